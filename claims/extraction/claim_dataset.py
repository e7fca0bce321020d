"""The datasets a claim was measured on (CLAIMS_SPEC.md section 2 `dataset`, section 8).

A claim takes the datasets of its own sentence as `picking.pick` chooses them (its place in a
"respectively" list, the name right after the number, else every dataset of the sentence), with
refinements written here:
- a list of names right after the number is the claim's whole list ("75% of the models on MedNLI
  and TREC Clinical Trials Track": one number on two datasets is one claim, section 8);
- the fallback "every dataset of the sentence" reads only the claim's clause between semicolons
  (outside brackets);
- a quality claim whose sentence names none takes the datasets of the nearest of the two
  sentences before it, when that sentence states its evaluation set-up ("Experiments on HotpotQA
  and MuSiQue ... . It improves exact match by 4.1 points."). Efficiency claims ("2.3x faster")
  do not borrow: their figure is rarely tied to a benchmark;
- a quality claim that finds no dataset so, in an abstract that names one dataset only and opens a
  sentence on it as its set-up ("Using the Muharaf dataset of ..."), takes it when it comes after
  that sentence (`dataset.sole_setup`);
- in a paper that introduces a benchmark ("we introduce X, a novel benchmark", or a title such as
  "X: A Benchmark for ..."), or takes part in a shared task ("our system for the X 2025 shared
  task"), a quality claim that finds no dataset so takes that benchmark
  (`dataset.benchmark_paper`, with `dataset.title_data` where the title named it).
The rules' words are in patterns/context/fields.yaml (dataset.name_list, dataset.earlier_setup).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..matching import compiled, match_at
from ..spec import EFFICIENCY_METRICS
from .datasets import after_indefinite_article
from .draft import Draft
from .picking import NEXT_CLAUSE, Choice, Mention, SentenceNames, clause_bounds, listed_run, pick
from .platforms import Platform
from .rulebook.names import field_cues

__all__ = ["BENCHMARK_RULE", "TITLE_DATA_RULE", "DatasetChooser", "off_platforms"]

BENCHMARK_RULE = "dataset.frame.introduced_benchmark"
TITLE_DATA_RULE = "dataset.title_data"
SOLE_RULE = "dataset.sole_setup"
INSIDE_RULE = "dataset.sole_named_setup"
BRACKET_RULE = "dataset.bracket_after_name"
BY_RULE = "dataset.name_before_by"
ON_BRACKET_RULE = "dataset.frame.on_bracket"
METRIC_OWNER_RULE = "dataset.name_before_metric"
# The data a paper builds itself: a benchmark it introduces, or a dataset it constructs or curates
# ("We construct HazardRecQA by ...") or measures on as new data of its own ("using HausaSafety, a
# novel adversarial dataset"), and the shared task a system paper takes part in ("our system
# for the NLPAI4Health 2025 shared task"): its quality figures are measured there where nothing
# nearer names their data.
_OWN_DATA_RULES = frozenset({BENCHMARK_RULE, "dataset.frame.introduced", "dataset.frame.shared_task",
                             "dataset.frame.own_apposition"})


def off_platforms(datasets: list[Mention], platforms: list[Platform]) -> list[Mention]:
    """The datasets less those a frame read inside a platform's name ("13 ms on MSP430", "1.5x on
    A100-80GB", "on GAP9", "on the MediaTek Dimensity 9500"): a frame takes any name after "on", and
    what a figure was measured on may be a device as well as data. A name that only holds a platform's
    word ("OULU-NPU", "UAV-Human") is data, as is a name of the dataset vocabulary or data the paper
    introduces, and an accelerator design that a design tool is run on ("power reductions on NVDLA and
    BlackParrot": the benchmark designs of an EDA paper). Both lists are in text order: one pass."""
    spans = [(p.start, p.end) for p in platforms if p.hw_class != "asic"]
    if not spans:
        return datasets
    kept, index = [], 0
    for mention in datasets:
        while index < len(spans) and spans[index][1] <= mention.start:
            index += 1
        framed = mention.rule_id.startswith("dataset.frame.") or mention.rule_id == "dataset.list_neighbour"
        inside = index < len(spans) and spans[index][0] <= mention.start and mention.end <= spans[index][1]
        if framed and inside and mention.rule_id not in _OWN_DATA_RULES:
            continue
        kept.append(mention)
    return kept


def _clause_breaks(text: str) -> list[int]:
    """The semicolons outside brackets: "On ProteinGym (217 assays; 2.5M mutants), X uses 0.15% of
    the data" is one clause."""
    breaks, depth = [], 0
    for mark in _CLAUSE_MARK.finditer(text):
        char = mark[0]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif not depth:
            breaks.append(mark.start())
    return breaks


_CLAUSE_MARK = compiled(r"[()\[\];]")
# From a name (and its kind word: "the X benchmark (71.2%)") to a number inside the bracket opened
# right after it, not closed before the number.
_LIST_GAP = compiled(r",?[ ](?:and|or)[ ](?:the[ ])?|,[ ](?:the[ ])?")
# A split named after the name belongs to it: "RefCOCO val (66.78%), RefCOCO+ testB (53.43%)".
_OPEN_BRACKET = compiled(r"(?:[ ](?:val|validation|dev|test|testA|testB|test-dev|test-std|val2017|minival)(?:[ ]?(?:set|split))?)?"
                         r"(?:[ ](?:dataset|benchmark|test[ ]set|split)s?)?[ ]?\([^()]{0,80}")
# From a name (and its kind word) to the number of the change measured on it: "improves accuracy on
# CIFAR-10 by 2.12% and on X by 9.73%", "reducing ankle error on MOYO by up to 30%".
_BY_GAP = compiled(r"(?:[ ](?i:dataset|benchmark|test[ ]set|split)s?)?(?:[ ]\([^()]{1,30}\))?[ ]by[ ](?:(?:up[ ]to|over|about|nearly|around|"
                   r"approximately|roughly|almost|more[ ]than|an[ ]average[ ]of|on[ ]average)[ ])?[~+\-]?")
# From a name to a from-to pair that opens right after it: "boosting accuracy on Sudoku-Hard from
# 54.5% to 96.9% and on MazeNav-2 from ...": the pair was measured on the name before its "from".
_FROM_GAP = compiled(r"(?:[ ](?i:dataset|benchmark|test[ ]set|split)s?)?(?:[ ]\([^()]{1,30}\))?[ ]")
# A dataset's name written as the first word of the number's metric ("SpreadsheetBench Pass@1", "AMC23
# accuracy", "the PBEBench-Hard hard-tier accuracy"), and from that metric to the number: a link word or
# two ("from", "rising from", "of", "by up to") or a bracket opened after the metric ("FHM accuracy (up to
# +2.1%, from 79.9% to 82.0%)").
_NAME_TO_METRIC = compiled(r"(?:'s)?(?:[ ](?i:dataset|benchmark|test[ ]set))?(?:[ ][\p{L}\d]{1,12}-[\p{L}\d-]{1,12})?[ ]")
_METRIC_TO_NUMBER = compiled(r"(?:[ ]?[:=]|[ ]\((?:[^()]{0,24},[ ])?)?(?:[ ]?(?:of|from|by|is|was|at|to|up[ ]to|reaches|reached|"
                             r"reaching|rises|rising|rose|increases|increasing|improves|improving|drops|dropping|falls|"
                             r"falling|goes|going)){0,3}[ ]?[~+\-]?\$?")
# ", and further boosts ...", ", while ...": a clause of its own begins (picking.py's clause words).
_CLAUSE_WORD = compiled(r",\s+(?:and|while|whereas|but)\s")


# A model's own compute and size ("0.098 GFLOPs", "0.74 M parameters") belong to the model: as
# absolute figures they take a dataset only when one is named right after the number or in a
# "respectively" list, never the sentence's datasets at large. A saving ("43% less training
# cost on ImageNet-1K") is measured on the data and keeps them.
_SIZE_METRICS = frozenset({"compute", "model_size"})
_SETUP_WINDOW = 60      # characters before an earlier sentence's dataset where its set-up word is looked for
_EARLIER = 2            # how many sentences back a claim may borrow its datasets
_SETUP_WINDOW_INSIDE = 80   # characters before the sole dataset where dataset.sole_named_setup's words are looked for
# The kind word after the sole dataset that dataset.sole_named_setup needs ("the X dataset", "the X test set"), perhaps
# after two words that say what the data is ("the X image corpus", "the X cloud segmentation benchmark").
_KIND_WORD_AFTER = compiled(r"(?:[ ]\p{Ll}[\p{Ll}-]{1,20}){0,2}[ ](?i:dataset|data[ ]set|test[ ]set|corpus|cohort|benchmark)\b")


class DatasetChooser:
    """The dataset field of each claim of one abstract, built once per abstract (the semicolons
    and each sentence's borrowed datasets are computed once for all its claims)."""

    def __init__(self, text: str, spans: list[tuple[int, int]], mentions: list[Mention],
                 in_sentence: dict[int, list[Mention]], title_data: str | None = None) -> None:
        self.text, self.spans, self.mentions, self.in_sentence = text, spans, mentions, in_sentence
        self.starts = [m.start for m in mentions]
        self.breaks = _clause_breaks(text)
        self.earlier: dict[int, Choice | None] = {}
        # Per clause, where a clause word opens a clause of its own; per stretch of a sentence, its datasets joined.
        self.clause_marks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self.joined: dict[tuple[int, int], Choice | None] = {}
        self.clause_words: dict[tuple[int, int], list[int]] = {}
        # The benchmark the paper introduces ("we introduce MM-BrowseComp, a novel benchmark"):
        # its quality figures are measured on it where nothing nearer names their data.
        own = next((m for m in mentions if m.rule_id in _OWN_DATA_RULES), None)
        self.benchmark = own.text if own is not None else None
        self.benchmark_rule = BENCHMARK_RULE
        # Figures before the sentence that introduces the data were measured before it ("uses up to
        # 4.3x fewer tokens. ... Finally, we propose 4KPro, a new benchmark"); a title names it from the start.
        self.benchmark_from = self._sentence_start(own.start) if own is not None else 0
        if self.benchmark is None and title_data and title_data in text:
            # "ChipBench: A Next-Step Benchmark for ...": the title names the paper's benchmark.
            self.benchmark, self.benchmark_rule = title_data, TITLE_DATA_RULE
        self.sole = self._sole_setup(mentions)

    def choose(self, draft: Draft, here: SentenceNames) -> Choice | tuple[None, tuple[str, ...]] | None:
        if not here.datasets:
            if draft.metric in EFFICIENCY_METRICS:
                return None
            earlier = self._earlier(draft.sentence_index)
            if earlier is None and self.benchmark is not None and draft.start >= self.benchmark_from:
                return self.benchmark, ("dataset.benchmark_paper", self.benchmark_rule)
            return earlier or self._sole(draft)
        choice = pick(self.text, draft, here, here.datasets, join=True)
        # A name right after the number inside its bracket wins ("81.2% on X (vs. 77.0% on Y)"); one
        # past the bracket's end does not ("on X (+5.3) and Y (+3.2)").
        by_owner = self._by_owner(draft, here) or self._metric_owner(draft, here)
        if by_owner is not None and (choice is None or not choice[1][0].startswith("context.respectively")):
            return by_owner
        owner = self._bracket_owner(draft, here)
        if choice is not None and choice[1][0] == "context.right_after":
            after = next(m for m in here.datasets if m.start >= draft.end and m.text == choice[0])
            if owner is None or ")" not in self.text[draft.end:after.start]:
                return self._with_list(draft, here, choice)
        if owner is not None:
            return owner
        if choice is None:
            return None
        rules = choice[1]
        if rules[0] == "context.sentence":
            if draft.metric in _SIZE_METRICS and draft.kind == "absolute":
                # "On VOC, the model obtains 39.6% mAP50 with 0.098 GFLOPs and 0.74 M parameters":
                # the cost of a model is the model's, whatever data its sentence names.
                return None, ("dataset.size_unbound",)
            clause = self._clause(draft, here)
            if clause is None and self.benchmark is not None and all(m.text == self.benchmark for m in here.datasets):
                # "a) the best model reaches 32.2% on OneEval-Hard; b) accuracy drops from 53% to 25%": a
                # clause naming no data, in a sentence naming only the paper's benchmark, is measured on it.
                return self.benchmark, ("dataset.benchmark_paper", self.benchmark_rule)
            if clause is not None and ON_BRACKET_RULE in clause[1]:
                return self._without_later_brackets(draft, here, clause)
            return clause
        return choice

    def _sentence_start(self, position: int) -> int:
        index = bisect_right([start for start, _ in self.spans], position) - 1
        return self.spans[index][0] if index >= 0 else 0

    def _bracket_owner(self, draft: Draft, here: SentenceNames) -> Choice | None:
        """The dataset whose bracket holds the number: "on Flickr30k-1k (BLEU-4 12.29, METEOR 27.98)
        and MSCOCO-1k (BLEU-4 12.00)", "ARC-AGI (32.8%)": the figures in a bracket opened right
        after a name were measured on it, whatever names the sentence lists around it."""
        before, count = _before(here, draft.start)
        if not count:
            return None
        name = before[count - 1]
        if not _OPEN_BRACKET.fullmatch(self.text, name.end, draft.start):
            return None
        if count > 1 and _LIST_GAP.fullmatch(self.text, before[count - 2].end, name.start):
            return None     # "on X and Y (with a 6.1% gain)": the bracket follows the whole list
        return name.text, (BRACKET_RULE, name.rule_id)

    def _by_owner(self, draft: Draft, here: SentenceNames) -> Choice | None:
        """The datasets named right before the "by" of a change ("on CIFAR-10 by 2.12% and on the
        DTD by 9.73%", "on ARC and GPQA by over 2 points") or before the "from" of a from-to pair
        ("on T2I-X from 82.18 to 88.37 and on T2I-Y from ..."): the figure was measured there, not
        on the name after the number (which the next figure is on). A "respectively" list keeps
        its order."""
        before, count = _before(here, draft.start)
        gap = _FROM_GAP if self.text.startswith("from ", draft.start) else _BY_GAP
        if not count or not gap.fullmatch(self.text, before[count - 1].end, draft.start):
            return None
        run = [before[count - 1]]
        for earlier in (before[i] for i in range(count - 2, -1, -1)):
            if not _LIST_GAP.fullmatch(self.text, earlier.end, run[0].start):
                break
            run.insert(0, earlier)
        names = dict.fromkeys(m.text for m in run)
        return "; ".join(names), (BY_RULE, *dict.fromkeys(m.rule_id for m in run))

    def _metric_owner(self, draft: Draft, here: SentenceNames) -> Choice | None:
        """The dataset named as the first word of the number's own metric ("improve SpreadsheetBench Pass@1
        from 0.397 to 0.505 and BigCodeBench Pass@1 from ...", "AMC23 accuracy rising from 63% to 80%"):
        the figure was measured there, not on the name after it, which heads the next item."""
        hit = draft.metric_hit
        if hit is None or hit.end > draft.start:
            return None
        before, count = _before(here, hit.start)
        if not count or not _NAME_TO_METRIC.fullmatch(self.text, before[count - 1].end, hit.start) \
                or not _METRIC_TO_NUMBER.fullmatch(self.text, hit.end, draft.start):
            return None
        name = before[count - 1]
        if after_indefinite_article(self.text, name.start):
            return None     # "an LLM-judge accuracy of 0.85": a kind of metric, no data
        return name.text, (METRIC_OWNER_RULE, name.rule_id)

    def _sole_setup(self, mentions: list[Mention]) -> tuple[Mention, str] | None:
        """The one dataset the abstract names, where a sentence opens on it as its evaluation
        set-up ("Using the Muharaf dataset of ..., we evaluate ...", "On LIBERO-Spatial, ...",
        "We use the TIdigits dataset of ..."): every later figure was measured there, as the
        paper has no other data to report on. None where it names two or none, or names its one
        only in passing ("labels translated from the Visual Genome dataset")."""
        if len({m.text for m in mentions}) != 1:
            return None
        opening, inside = field_cues()["dataset.sole_setup"], field_cues()["dataset.sole_named_setup"]
        for index, items in self.in_sentence.items():
            start = self.spans[index][0]
            for mention in items:
                if opening.fullmatch(self.text, start, mention.start):
                    return mention, SOLE_RULE
                if (match_at(_KIND_WORD_AFTER, self.text, mention.end) is not None
                        and inside.search(self.text, max(start, mention.start - _SETUP_WINDOW_INSIDE), mention.start)):
                    return mention, INSIDE_RULE
        return None

    def _sole(self, draft: Draft) -> Choice | None:
        """The abstract's one set-up dataset, for a claim after the sentence that sets it up."""
        if self.sole is None or self.sole[0].start > draft.start:
            return None
        mention, rule = self.sole
        return mention.text, (rule, mention.rule_id)

    def _with_list(self, draft: Draft, here: SentenceNames, choice: Choice) -> Choice:
        """The name right after the number, with the names listed right after it."""
        text, name_list = self.text, field_cues()["dataset.name_list"]
        chosen = next(m for m in here.datasets if m.start >= draft.end and m.text == choice[0])
        following = self.mentions[bisect_left(self.starts, chosen.start) + 1:]
        names = [m.text for m in listed_run(text, chosen, following, name_list)]
        if len(names) == 1:
            return choice
        return "; ".join(dict.fromkeys(names)), (*choice[1], "dataset.name_list")

    def _clause(self, draft: Draft, here: SentenceNames) -> Choice | None:
        """Every dataset of the claim's clause (between semicolons of its sentence), joined."""
        low, high = clause_bounds(self.breaks, draft, here.sentence)
        # "X reaches 0.87 on ..., and on the EUVP dataset, it yields 23.5": a comma and a clause
        # word open a clause of its own; where the claim's clause names datasets, they are its.
        if (low, high) not in self.clause_marks:
            marks = list(NEXT_CLAUSE.finditer(self.text, low, high))
            self.clause_marks[low, high] = ([m.start() for m in marks], [m.end() for m in marks])
        starts, ends = self.clause_marks[low, high]
        before, after = bisect_right(ends, draft.start), bisect_left(starts, draft.end)
        opened, closed = ends[before - 1] if before else low, starts[after] if after < len(starts) else high
        return self._names_between(here, opened, closed) or self._names_between(here, low, high)

    def _names_between(self, here: SentenceNames, low: int, high: int) -> Choice | None:
        """The datasets of the sentence that start from `low` to `high`, joined (once per stretch)."""
        if (low, high) not in self.joined:
            index = here.index(here.datasets)
            items = here.datasets[bisect_left(index.starts, low):bisect_left(index.starts, high)] if index.ordered \
                else [m for m in here.datasets if low <= m.start < high]
            self.joined[low, high] = ("; ".join(dict.fromkeys(i.text for i in items)),
                                      ("context.sentence", *dict.fromkeys(i.rule_id for i in items))) if items else None
        return self.joined[low, high]

    def _without_later_brackets(self, draft: Draft, here: SentenceNames, clause: Choice) -> Choice | None:
        """The clause's datasets less a name that only "on X (figure)" found past a clause word after
        the number: "improving BLEU by +10.98 and +4.36, respectively, and further boosts F1 on
        RadGenome-ChestCT (0.421)" ties the name to its bracket's figure, not to the figures of the
        clause before; "an 11.5% MAE reduction compared to X on METR LA (2.99 vs. 3.38)" keeps it.
        (Only sentences that hold such a name come here; their clause words are read once.)"""
        if here.sentence not in self.clause_words:
            self.clause_words[here.sentence] = [m.start() for m in _CLAUSE_WORD.finditer(self.text, *here.sentence)]
        words = self.clause_words[here.sentence]
        past = {m.text for m in here.datasets if m.rule_id == ON_BRACKET_RULE and m.start >= draft.end
                and bisect_left(words, draft.end) < bisect_left(words, m.start)}
        past -= {m.text for m in here.datasets if m.rule_id != ON_BRACKET_RULE or m.start < draft.end}
        names = [name for name in clause[0].split("; ") if name not in past]
        return ("; ".join(names), clause[1]) if names else None

    def _earlier(self, index: int) -> Choice | None:
        if index not in self.earlier:
            self.earlier[index] = self._find_earlier(index)
        return self.earlier[index]

    def _find_earlier(self, index: int) -> Choice | None:
        setup = field_cues()["dataset.earlier_setup"]
        for earlier in range(index - 1, max(-1, index - 1 - _EARLIER), -1):
            items = self.in_sentence.get(earlier)
            if not items:
                continue
            start = self.spans[earlier][0]
            if not any(setup.search(self.text, max(start, m.start - _SETUP_WINDOW), m.start) for m in items):
                return None
            names = list(dict.fromkeys(i.text for i in items))
            return "; ".join(names), ("dataset.earlier_setup", *dict.fromkeys(i.rule_id for i in items))
        return None


def _before(here: SentenceNames, position: int) -> tuple[list[Mention], int]:
    """The sentence's datasets and how many of the first of them end at or before `position`,
    found by bisection: a sentence of n figures and n names costs n log n, not n squared
    (mentions out of order are filtered)."""
    index = here.index(here.datasets)
    if index.ordered:
        return here.datasets, bisect_right(index.ends, position)
    before = [m for m in here.datasets if m.end <= position]
    return before, len(before)
