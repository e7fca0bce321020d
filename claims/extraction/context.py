"""Fill each claim's baseline, dataset, hardware and method (CLAIMS_SPEC.md sections 2, 7 and 8).

Dataset, hardware and baseline come from the claim's own sentence (datasets: claim_dataset.py): the name right after the
number when there is one ("87.6% on StrategyQA"), each number its own element of a "respectively"
list, else every dataset of the sentence joined by "; " (one number on two datasets) and the
nearest platform or baseline. A claim whose sentence names no platform takes the one of the
sentence just before or after it (section 8). The method is the name the paper gives its system.
Each choice is recorded on the draft with the rules that made it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..matching import compiled, match_at
from ..spec import MEASURED_ON_HARDWARE
from .baselines import baseline_phrases
from .claim_dataset import BENCHMARK_RULE, DatasetChooser, off_platforms
from .claim_hardware import EarlierFullNames, claim_hardware, measured_platforms, neighbour_platform
from .datasets import find_datasets
from .document import Document
from .draft import Draft
from .evaluation_paper import FrameworkMentions, introduced_as_evaluator
from .label_owner import labelled_owner
from .method_owner import named_after, others_subject, own_part, plural_subjects
from .methods import parenthesized_owner, title_data_name
from .names import RESPECTIVELY
from .own_figure_baselines import IMPROVED, PLACED_NAME, improved_in_pair, placed_against
from .picking import PLACED_AGAINST, Choice, Mention, SentenceNames, by_sentence, pick
from .self_share import MOST_SELF_SHARES, is_self_share, owns_share
from .rulebook.names import field_cues
from .subjects import ClaimSubject, claim_subjects

# A number picked up as a name ("2.32~"): "32-bit floating-point baseline" is a name, "2.32~" is not.
_BARE_QUANTITY = compiled(r"^[\d.,]+\s?(?:[%~xX×]|times\b|$)")

# What joins the numbers of one list: a slash, a comma, "and" ("4.9, 2.0 and 1.9", "77.7%/78.5%").
_LIST_JOIN = compiled(r"\s?(?:/|,\s?(?:and\s)?|\sand\s)\s?")
# An absolute figure is measured against the comparison that follows it in its clause ("an error of
# 9% compared to commercial estimates"): no comma, semicolon or clause word between.
_SAME_CLAUSE = compiled(r"(?:(?!--|—|–)[^,;:()]){0,80}$")
# "94.5% accuracy, outperforming X by 30%": the comparison verbs state a second, relative figure;
# "1,455 are identical to the developer's patch" counts matches, it is not measured against one.
_RELATIVE_CUES = frozenset({"baseline.outperforms", "baseline.next_by", "baseline.comparable"})
# Cues whose baseline is tied to the figure of their own comparative ("a 59% lower error than X",
# "within 1% of X"): behind "while" that figure is its only one (baseline.while_own_figure).
_OWN_FIGURE_CUES = frozenset({"baseline.than", "baseline.within_of"})
# A sentence with more clauses that name their own comparison is a list repeated (see baselines_for).
_MOST_OWN_CLAUSES = 4
# "6.17% and 21.13% higher than X": the items of one list; "99.2% while using 53.8% fewer": a clause.
_LIST_AND = compiled(r"\band\b")
# The method rules of a paper about its data (a benchmark it introduces, a title naming its data).
_DATA_PAPER_RULES = frozenset({"method.benchmark_paper", "method.title_prefix"})
_CLAUSE_WORD = compiled(r"\b(?:while|whereas|with|by|using|which|that)\b|[;:()]")

_OWN_FIGURE_ONLY = frozenset({IMPROVED, PLACED_NAME})

# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "context.previous_sentence": 'the baseline of "outperforms X" stated without a figure in the sentence before',
    "context.absolute_compared": "an absolute figure takes the comparison that follows it in its clause",
    "dataset.benchmark_paper": "in a paper that introduces a benchmark (or constructs its own dataset), a quality "
                               "claim whose sentence and the two before it name no dataset takes that benchmark",
    "method.benchmark_paper": "a title name the paper introduces as a benchmark is what the numbers are measured on, "
                              "not the paper's method",
    "dataset.title_data": "a title that says the paper is about its benchmark or dataset (\"ChipBench: A "
                          "Benchmark for ...\") names the data its quality claims are measured on, where "
                          "nothing nearer names any",
    "context.inside_pair": "a pair that names its baseline between its two figures (\"64.9%, exceeding the "
                           "X baseline of 53.9%\") takes that name, not one named after the pair",
    "context.improved_pair": "a pair takes as its baseline the model named as what it improves, right before its "
                             "\"from\" (\"improves Qwen2.5-7B from 17.4% to 57.3%\"), ahead of a comparison after it",
    "context.placed_against": "a figure placed below or above a name without a determiner (\"only 12% below CNN\") "
                              "takes it as its baseline; no other figure of the sentence does",
    "baseline.share_owner": "the system a share is taken of (\"96.3% of the original performance\") is the baseline "
                            "of that share only, not of the sentence's other figures (\"a 9.3x FLOPs reduction\")",
    "baseline.earlier_full_name": "a baseline of one or two words that refers back to a platform the abstract named "
                                  "in full before (\"the Jetson\" after \"NVIDIA Jetson AGX Orin\") takes that name",
    "context.parallel_list": "a subject listing several systems, then a run of as many numbers (\"A, B and C "
                             "improve it by 4.9, 2.0 and 1.9\"): each number takes the system in its place",
    "method.title_unwritten": "a title prefix the abstract never writes gives way to the name the abstract proposes "
                              "(\"When LoRA Betrays: ...\" and \"we propose Masquerade-LoRA (MasqLoRA)\"); where it "
                              "proposes none, a prefix of several ordinary words (\"In-Context Fixation: ...\") names "
                              "no system",
    "dataset.size_unbound": "an absolute compute or model-size figure takes no dataset from its sentence at large, "
                            "only one named right after it or in its place of a \"respectively\" list",
    "dataset.bracket_after_name": "a figure inside a bracket opened right after a dataset's name (\"on X (BLEU-4 "
                                  "12.29, METEOR 27.98) and Y (...)\") is measured on that dataset",
    "dataset.name_before_by": "a change whose \"by\" follows a dataset's name (\"on CIFAR-10 by 2.12% and on "
                              "the DTD by 9.73%\") is measured on it (and on the names listed with it)",
    "dataset.name_before_metric": "a figure of a metric whose first word is a dataset's name (\"SpreadsheetBench "
                                  "Pass@1 from 0.397 to 0.505 and BigCodeBench Pass@1 from ...\") is measured on it",
    "dataset.defined_acronym": "a short form defined for a dataset in a bracket after its name (\"UK Biobank (UKB, "
                               "n=47,390)\") is that dataset where it recurs (\"AUC of 1.00 in UKB\")",
    "dataset.list_neighbour": "a name that looks like one (a digit, an inner capital or a hyphen), one token listed "
                              "beside a dataset found (\"across ImageNet-LT, CIFAR100-LT, and iNaturalist "
                              "datasets\"), is a dataset of that list (datasets.py `_list_neighbours`)",
}


def attach_context(doc: Document, drafts: list[Draft]) -> None:
    """Set `baseline`, `dataset`, `hardware` and `method` decisions on every draft (in
    `draft.decisions`, the values in `draft.context`)."""
    if not drafts:
        return
    text, spans = doc.text, doc.sentences
    method, method_rules = doc.method
    # The claim names the dataset as the abstract writes it ("ImageNet-1k", "Defects4J 1.2");
    # the canonical name only decides which mentions are the same dataset.
    datasets = off_platforms([Mention(d.text, d.start, d.end, d.rule_id) for d in find_datasets(text)], doc.platforms)
    platforms = measured_platforms(doc)
    title_data = title_data_name(doc.title or "")
    introduced = {d.text for d in datasets if d.rule_id == BENCHMARK_RULE}
    if (method is not None and method in introduced) or (method is None and title_data in introduced):
        # "MM-BrowseComp: A Comprehensive Benchmark ...": the title names the benchmark.
        method, method_rules = None, ("method.benchmark_paper", BENCHMARK_RULE)
    # "We introduce CLExEval, a human-in-the-loop framework for evaluating LLM clinical reasoning":
    # the paper's system measures other systems, so its figures are those systems' unless the
    # sentence speaks of the framework ("it achieves 0.94 correlation with human rankings").
    evaluator = method is not None and introduced_as_evaluator(text, method)
    # A benchmark's or an evaluation framework's paper reports the figures of the systems it tests.
    measures_others = evaluator or (method is None and (bool(introduced) or not _DATA_PAPER_RULES.isdisjoint(method_rules)))
    drafts_in: dict[int, list[Draft]] = {}
    for draft in drafts:
        drafts_in.setdefault(draft.sentence_index, []).append(draft)
    # Baselines are read only in the sentences whose claims ask for one (a comparison, or a value
    # with its baseline value), and in the sentence before where such a sentence names none.
    baselines: dict[int, list[Mention]] = {}

    improved_of: dict[int, list[Mention]] = {}    # per sentence, baselines of one figure only: the improved
    placed_of: dict[int, list[Mention]] = {}      # models by their ends, the names placed against by starts

    def baselines_of(index: int) -> list[Mention]:
        if index not in baselines:
            start, end = spans[index]
            found = [Mention(b.name, b.start + start, b.end + start, b.rule_id)
                     for b in baseline_phrases(text[start:end]) if not _BARE_QUANTITY.match(b.name)]
            # The model a pair improves is that pair's only (picking.py `improved_in_pair`).
            baselines[index] = [b for b in found if b.rule_id not in _OWN_FIGURE_ONLY]
            improved_of[index] = sorted((b for b in found if b.rule_id == IMPROVED), key=lambda b: b.end)
            placed_of[index] = sorted((b for b in found if b.rule_id == PLACED_NAME), key=lambda b: b.start)
        return baselines[index]

    # Per sentence, where the clause of each baseline's own comparison verb opens (", and
    # outperforms X"), or None; and the sentence's baselines less those a figure before such a
    # clause cannot take, kept alive so that pick() may cache its index of them by list.
    clause_opened: dict[int, list[tuple[int, int]]] = {}
    self_shares: dict[int, list[int]] = {}      # per sentence, its baselines that are the model before the method
    own_clause: dict[tuple[int, tuple[int, ...]], list[Mention]] = {}

    def baselines_for(draft: Draft) -> tuple[list[Mention], str]:
        """The baselines `draft` may take, and the rule that left some out ("" where none)."""
        index = draft.sentence_index
        items = baselines_of(index)
        if index not in clause_opened:
            opened = [(i, at) for i, b in enumerate(items) if (at := _next_clause_start(text, b)) is not None]
            # Each such clause gives the figures before it a list of their own: a sentence of many (a
            # list repeated) would give each figure one, so none is set aside there.
            clause_opened[index] = opened if len(opened) <= _MOST_OWN_CLAUSES else []
            shares = [i for i, b in enumerate(items) if is_self_share(b)]
            # Each share is its own figure's: a sentence of many would give each figure a list of its own.
            self_shares[index] = shares if len(shares) <= MOST_SELF_SHARES else []
        others = {i for i in self_shares[index] if not owns_share(text, draft, items[i])}
        dropped = tuple(sorted(others.union(i for i, opened in clause_opened[index] if draft.end <= opened)))
        if not dropped:
            return items, ""
        if (index, dropped) not in own_clause:
            own_clause[index, dropped] = [b for i, b in enumerate(items) if i not in dropped]
        first = items[dropped[0]].rule_id
        rule = "baseline.while_own_figure" if first in _OWN_FIGURE_CUES else \
            "baseline.share_owner" if first == "baseline.share_of" else "baseline.next_clause_verb"
        return own_clause[index, dropped], rule

    names = frozenset(m.text for m in (*datasets, *platforms))
    subjects = claim_subjects(text, spans, names, set(drafts_in), phrases=method is None or evaluator)
    subject_ends = [s.end for s in subjects]
    datasets_in, platforms_in = by_sentence(datasets, spans), by_sentence(platforms, spans)
    chooser = DatasetChooser(text, spans, datasets, datasets_in, title_data)
    per_sentence = {index: SentenceNames(text, spans[index], datasets_in.get(index, []),
                                         platforms_in.get(index, []), siblings)
                    for index, siblings in drafts_in.items()}
    parallel_places: dict[int, dict[int, int]] = {}
    neighbours: dict[int, Choice | None] = {}
    framework_mentions: dict[int, FrameworkMentions] = {}
    plural_subjects_of = {index: plural_subjects(text, spans[index]) for index in drafts_in}
    full_names = EarlierFullNames(doc.platforms)
    for draft in drafts:
        here = per_sentence[draft.sentence_index]
        _set(draft, "dataset", chooser.choose(draft, here))
        hardware = claim_hardware(text, draft, here, chooser.breaks)
        if hardware is None and draft.metric in MEASURED_ON_HARDWARE:
            # once per sentence: it reads the whole sentence and its neighbours, which a long list repeats
            if draft.sentence_index not in neighbours:
                neighbours[draft.sentence_index] = neighbour_platform(text, platforms_in, spans, draft.sentence_index, doc.background)
            hardware = neighbours[draft.sentence_index]
        _set(draft, "hardware", hardware)
        baseline = None
        if draft.kind != "absolute" or draft.baseline_value is not None:
            items, cut = baselines_for(draft)
            baseline = improved_in_pair(text, draft, improved_of[draft.sentence_index]) or \
                placed_against(text, draft, placed_of[draft.sentence_index]) or \
                _named_in_pair(draft, here, items) or pick(text, draft, here, items, join=False, prefer_after=True)
            if cut:
                baseline = (None, ()) if baseline is None else baseline
                baseline = (baseline[0], (*baseline[1], cut))
            figures_before = draft.sentence_index - 1 in drafts_in
            if baseline is None and draft.sentence_index and (not figures_before or match_at(field_cues()[
                    "baseline.previous_elaboration"], text, spans[draft.sentence_index][0])):
                baseline = _previous_baseline(text, draft, spans, baselines_of(draft.sentence_index - 1),
                                              figures_before)
        else:
            baseline = _comparison_after(text, draft, baselines_of(draft.sentence_index), here)
        if baseline is not None and baseline[0]:
            baseline = full_names.of(baseline, draft.start) or baseline
        _set(draft, "baseline", baseline)
        subject = _subject_of(draft, subjects, subject_ends, text, here, parallel_places)
        owner, owner_rule = labelled_owner(text, draft.start, names), "method.label_owner"
        if owner is None:
            owner, owner_rule = parenthesized_owner(text, draft.start, draft.end, names), "method.parenthesized_owner"
        if owner is not None:
            _set(draft, "method", (owner, (owner_rule,)))
        elif others_subject(plural_subjects_of[draft.sentence_index], draft.start, subject_ends):
            named = named_after(text, draft.end, names)
            _set(draft, "method", (named, ("method.others_subject", "method.figure_for_name")) if named
                 else (None, ("method.others_subject",)))
        elif subject is not None and subject[0] is not None:
            _set(draft, "method", own_part(subject, method))
        elif subject is None and measures_others and (named := named_after(text, draft.end, names)) is not None:
            _set(draft, "method", (named, ("method.figure_for_name",)))
        elif subject is None and evaluator:
            if draft.sentence_index not in framework_mentions:
                framework_mentions[draft.sentence_index] = FrameworkMentions(text, spans[draft.sentence_index], method)
            spoken = framework_mentions[draft.sentence_index].spoken_of_before(draft.start)
            _set(draft, "method", (method, (*method_rules, "method.evaluation_self")) if spoken
                 else (None, (*method_rules, "method.evaluation_paper")))
        else:
            own = (method, method_rules + subject[1]) if subject is not None else (method, method_rules)
            _set(draft, "method", own if method or method_rules else None)


def _named_in_pair(draft: Draft, here: SentenceNames, items: list[Mention]) -> Choice | None:
    """The baseline a pair names between its two figures ("64.9%, exceeding the zero-shot Qwen3-VL-4B
    baseline of 53.9% ... and outperforming all published baselines"): the figure before its name is its."""
    if draft.baseline_value is None or not items:
        return None
    index = here.index(items)
    if index.ordered:
        inside = items[bisect_left(index.starts, draft.start):bisect_left(index.starts, draft.end)]
    else:
        inside = [i for i in items if draft.start <= i.start]
    inside = [i for i in inside if i.end <= draft.end]
    return (inside[-1].text, ("context.inside_pair", inside[-1].rule_id)) if inside else None


def _next_clause_start(text: str, baseline: Mention) -> int | None:
    """Where the clause opens whose own comparison verb names `baseline` ("..., and outperforms
    the contest winners"), or None: a figure before that clause is not measured against it."""
    if baseline.rule_id in _OWN_FIGURE_CUES:
        opened = field_cues()["baseline.while_own_figure"].search(text, max(0, baseline.start - 150), baseline.start)
        return None if opened is None else opened.start()
    if baseline.rule_id != "baseline.outperforms":
        return None
    opened = field_cues()["baseline.next_clause_verb"].search(text, max(0, baseline.start - 60), baseline.start)
    return None if opened is None else opened.start()


def _set(draft: Draft, name: str, choice: tuple[str | None, tuple[str, ...]] | None) -> None:
    # A choice of None with rules records the rule that left the field empty.
    draft.context[name] = None if choice is None else choice[0]
    if choice is not None:
        draft.decide(name, *(rule for rule in choice[1] if rule))


def _subject_of(draft: Draft, subjects: list[ClaimSubject], ends: list[int], text: str,
                here: SentenceNames, parallel: dict[int, dict[int, int]]) -> tuple[str | None, tuple[str, ...]] | None:
    """The subject the claim's number follows in its sentence ("CXL-NIC achieves 5.5x"); its name
    None where it is the paper's own ("our method achieves"); None where the sentence has none.
    `parallel` keeps each subject's places of a parallel list (`_parallel_places`) across calls."""
    index = bisect_right(ends, draft.start) - 1
    if index < 0 or subjects[index].sentence_end < draft.end:
        return None
    subject = subjects[index]
    if len(subject.parts) > 1 and here.respectively_in(text, draft.end, subject.sentence_end):
        # "HD-PV and HARP achieve 6.1x and 3.5x ..., respectively": each number its name in turn.
        after = [d for d in here.siblings if subject.end <= d.start < subject.sentence_end]
        if after and len(after) % len(subject.parts) == 0:
            return subject.parts[after.index(draft) % len(subject.parts)], (subject.rule_id, "context.respectively")
    if len(subject.parts) > 1:
        if id(subject) not in parallel:     # once per subject, over the numbers it is the subject of
            limit = min(subject.sentence_end, ends[index + 1]) if index + 1 < len(ends) else subject.sentence_end
            parallel[id(subject)] = _parallel_places(subject, text, here, limit)
        place = parallel[id(subject)].get(id(draft))
        if place is not None:
            return subject.parts[place], (subject.rule_id, "context.parallel_list")
    return subject.name, (subject.rule_id,)


def _parallel_places(subject: ClaimSubject, text: str, here: SentenceNames, limit: int) -> dict[int, int]:
    """Where each number stands in a run of as many numbers as the subject names systems, written
    right after one another ("A, B and C improve the score by 4.9, 2.0 and 1.9", "A, B and C reach
    77.7%/78.5%/80.2% AP50"), by the id of its draft: the run is read in the order of the names, as
    "respectively" would say. A number outside such a run ("A and B reach 97.4%, and C achieves
    99.0%") has no place and keeps the whole subject."""
    runs: list[list[Draft]] = []
    for d in here.siblings[bisect_left(here.starts, subject.end):bisect_left(here.starts, limit)]:
        if runs and _LIST_JOIN.fullmatch(text, runs[-1][-1].end, d.start):
            runs[-1].append(d)
        else:
            runs.append([d])
    return {id(d): place for run in runs if len(run) == len(subject.parts) for place, d in enumerate(run)}


def _previous_baseline(text: str, draft: Draft, spans: list[tuple[int, int]], earlier: list[Mention],
                       figures_before: bool) -> tuple[str, tuple[str, ...]] | None:
    """The baseline a claim takes from the sentence before, which states no figure of its own.
    "AdaZero outperforms baseline models. ... it boosts returns by up to fifteen times": a
    comparison verb stated without a figure carries over to a relative figure of the next
    sentence; a sentence with figures of its own keeps its comparisons ("X is 1829x faster than a
    CPU. With accelerators, it delivers 963x"), and so do the other cues. A sentence that opens
    by spelling out the one before ("Specifically, F1 rises to 90%, up from 83%") takes its last
    comparison of any kind, for a pair's figure too, even where the sentence before has figures of
    its own ("X surpasses Y by 2.4% on average. For example, X achieves a 4.2% gain on Z")."""
    if draft.kind != "absolute" and not figures_before:
        verbs = [b for b in earlier if b.rule_id == "baseline.outperforms"]
        if verbs:
            return verbs[-1].text, ("context.previous_sentence", verbs[-1].rule_id)
    if earlier and match_at(field_cues()["baseline.previous_elaboration"], text, spans[draft.sentence_index][0]):
        return earlier[-1].text, ("baseline.previous_elaboration", earlier[-1].rule_id)
    return None


def _list_mate(text: str, draft: Draft, other: Draft) -> bool:
    """Whether `other` is the next item of the claim's own list: in its unit, joined by "and" with
    no clause word between ("6.17% and 21.13% higher than X", "within 0.1-4.8% and bulk moduli
    within 17-24% of X"), so the comparison after both is the claim's too."""
    if other.number.unit != draft.number.unit or other.start - draft.end > 40:
        return False
    gap = text[draft.end:other.start]
    return _LIST_AND.search(gap) is not None and _CLAUSE_WORD.search(gap) is None


def _comparison_after(text: str, draft: Draft, items: list[Mention], here: SentenceNames) \
        -> tuple[str, tuple[str, ...]] | None:
    """The comparison after an absolute figure ("0.92 AUC, higher than X"): the first of the
    sentence's baselines after it, found by bisection, so a sentence of many figures and many
    baselines costs n log n."""
    index = here.index(items)
    first = bisect_left(index.starts, draft.end) if index.ordered else \
        next((i for i, item in enumerate(items) if item.start >= draft.end), len(items))
    if first == len(items):
        return None
    item = items[first]
    for other in here.relative_from(draft.end):
        if other.end > item.start:
            break
        if not _list_mate(text, draft, other):
            # "99% optimal welfare while running three orders of magnitude faster than X", "1.5 ms
            # latency and 2.7x higher throughput than X": a relative figure between states the
            # comparison; a list of levels shares it ("0.07 m and 0.20 m compared to X").
            return None
    if item.rule_id in _RELATIVE_CUES:
        return None
    if item.rule_id == "baseline.below_above" and PLACED_AGAINST.fullmatch(text, draft.end, item.start):
        return item.text, ("context.absolute_compared", item.rule_id)
    if match_at(_SAME_CLAUSE, text, draft.end, item.start):
        return item.text, ("context.absolute_compared", item.rule_id)
    # "above 91% for GA attacks, which is higher than C-DL models": a relative clause that
    # compares the figure before it.
    if field_cues()["baseline.relative_comparison"].fullmatch(text, draft.end, item.start):
        return item.text, ("baseline.relative_comparison", item.rule_id)
    return None
