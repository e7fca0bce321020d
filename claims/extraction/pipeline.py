"""The extraction pipeline: one abstract in, its claims out, as a list of stages over one
`Document` (the text normalized, split into sentences and read for numbers once).

    candidates  which numbers may be claims: not part of a name, not in a background sentence,
                a bare number only where it reads as a score, not a set-up figure
    metric      the family each one names
    kind        absolute, change or ratio, and the direction
    qualifier   up to, about, at least, ...
    pairs       from-to and X-vs-Y pairs, qualifiers shared over lists, one number for two metrics
    context     baseline, dataset, hardware and method

`extract(text)` runs them and returns the claims; `explain(text)` is the same run, returning its
trace: every number, the rule that dropped it or, for a claim, each field with the rules that set it.
`read_batch(abstracts)` runs many abstracts stage by stage, the way a corpus is read.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import TypeVar

from ..errors import ClaimsError, ExtractionTimeout, PatternError
from ..matching import budget
from ..model import Claim
from ..units import gain, to_si
from .background import RULE as BACKGROUND
from .context import attach_context
from .cues import reach
from .document import Document
from .draft import TRACED_FIELDS, Draft
from .filters import drop_reason, spread_over_lists
from .kind import assign_kind, share_kind
from .image_decibels import image_decibels
from .training_runtime import training_runtime
from .metric import assign_metrics
from .numbers import NAME_RULES, Number
from .labelled_baselines import fold_labelled_brackets
from .pairs import resolve_pairs
from .respective import metrics_by_position
from .rising_pairs import bracketed_rises
from .platforms import paper_platforms
from .qualifier import assign_qualifier, share_qualifiers
from .scores import BARE, score_rule
from .two_metrics import split_two_metrics

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Decision:
    """How one field of a claim was set: its value and the rules that set it."""

    field: str
    value: object
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trace:
    """What happened to one number: kept as a claim, or dropped by a rule (`rule_ids` ends with
    it). `fields` are a claim's traced fields; `kept_by` the rule that read a bare number as a
    score."""

    text: str
    value: float
    kept: bool
    rule_ids: tuple[str, ...]
    sentence: str
    start: int = 0
    fields: tuple[Decision, ...] = ()
    kept_by: str | None = None
    name: str | None = None         # for a number dropped as part of a name, the name ("V100")


@dataclass
class Run:
    """The state one abstract's run passes from stage to stage."""

    doc: Document
    drafts: list[Draft] = field(default_factory=list)
    dropped: list[tuple[Number, str]] = field(default_factory=list)    # (number, the rule that dropped it)
    kept_by: dict[int, str] = field(default_factory=dict)               # id(number) -> score rule


def select_candidates(run: Run) -> None:
    """Stage `candidates`: a draft for every number no rule drops, in text order."""
    doc = run.doc
    if not doc.worth_reading:
        run.dropped = [(number, number.dropped) for number in doc.numbers]
        return
    text = doc.text
    for index, numbers in enumerate(doc.numbers_by_sentence):
        if not numbers:
            continue
        sentence = doc.sentences[index]
        previous_cues = partial(doc.cues, index - 1)
        candidates: list[Number] = []
        rules: list[str | None] = []
        for number in numbers:
            # The cheap tests first: most numbers are dropped as names or bare numbers. (A trace
            # reports a bare number's set-up filter first: `_dropped_trace`.)
            rule = number.dropped or (BACKGROUND if index in doc.background else None)
            if rule is None and number.bare:
                kept_by = score_rule(text, sentence, number, doc.cues(index),
                                     candidates[-1] if candidates else None, previous_cues)
                if kept_by is None:
                    rule = BARE
                else:
                    run.kept_by[id(number)] = kept_by
            rule = rule or drop_reason(text, sentence[0], number, partial(doc.cues, index))
            rules.append(rule)
            if not rule:
                candidates.append(number)
        if len(candidates) < len(numbers):
            rules = spread_over_lists(text, numbers, rules)
            candidates = [number for number, rule in zip(numbers, rules) if not rule]
        run.dropped.extend((number, rule) for number, rule in zip(numbers, rules) if rule)
        if candidates:
            cues = doc.cues(index)
            for number in candidates:
                draft = Draft(number, index, reach(text, sentence, number, cues), start=number.start,
                              end=number.end, rule_ids=list(number.rule_ids))
                if number.unit_rule:
                    draft.decide("unit", number.unit_rule)
                run.drafts.append(draft)


def assign_metric(run: Run) -> None:
    """Stage `metric`, sentence by sentence (a number may take its neighbour's family)."""
    doc = run.doc
    last: dict[int, Draft] = {}         # sentence index -> its last claim
    for index, drafts in _by_sentence(run.drafts):
        assign_metrics(doc.text, drafts, doc.cues(index), partial(doc.cues, index - 1), last.get(index - 1))
        last[index] = drafts[-1]
    image_decibels(doc.title, doc.text, doc.sentences, run.drafts)
    training_runtime(doc.text, run.drafts)


def assign_kinds(run: Run) -> None:
    """Stage `kind`."""
    for draft in run.drafts:
        assign_kind(draft, run.doc.text, run.doc.sentences[draft.sentence_index])


def assign_qualifiers(run: Run) -> None:
    """Stage `qualifier`; then the later numbers of a list take the first one's kind."""
    for draft in run.drafts:
        assign_qualifier(draft, run.doc.text, run.doc.sentences[draft.sentence_index])
    for _, drafts in _by_sentence(run.drafts):
        share_kind(run.doc.text, drafts)


def resolve(run: Run) -> None:
    """Stage `pairs`."""
    text = run.doc.text
    bracketed_rises(text, run.drafts)
    run.drafts = resolve_pairs(text, fold_labelled_brackets(text, run.drafts))
    share_qualifiers(text, run.drafts)
    run.drafts = split_two_metrics(text, run.drafts)
    metrics_by_position(text, run.drafts)


def attach(run: Run) -> None:
    """Stage `context`."""
    attach_context(run.doc, run.drafts)


STAGES: tuple[tuple[str, Callable[[Run], None]], ...] = (
    ("candidates", select_candidates),
    ("metric", assign_metric),
    ("kind", assign_kinds),
    ("qualifier", assign_qualifiers),
    ("pairs", resolve),
    ("context", attach),
)


@dataclass
class Reading:
    """The claims of one abstract, and on demand the trace of every number."""

    run: Run
    claims: list[Claim]

    @property
    def traces(self) -> list[Trace]:
        doc = self.run.doc
        traces = [_dropped_trace(doc, number, rule, self.run.kept_by.get(id(number)))
                  for number, rule in self.run.dropped]
        traces += [_kept_trace(draft, claim, self.run.kept_by.get(id(draft.number)))
                   for draft, claim in zip(self.run.drafts, self.claims)]
        return sorted(traces, key=lambda t: t.start)

    @property
    def platforms(self):
        """The paper's platforms (CLAIMS_SPEC.md sections 4 and 9), in order of first mention: the
        abstract's, then those named only in the title."""
        return paper_platforms(self.run.doc.original, self.run.doc.title)


# Abstracts read together, stage by stage (`read_batch`): every abstract of a batch goes through one
# stage before the next stage starts, so that stage's big compiled patterns and automata stay in
# the CPU caches (about 12% less CPU than abstract by abstract; 256 was about 6% faster than 64).
# A batch holds about 2 MB, and is the engine's chunk (engine/local.py CHUNK_PAPERS).
BATCH = 256


def read(text: str, title: str | None = None) -> Reading:
    """Run every stage over one abstract."""
    reading = read_batch([(text, title)])[0]
    if isinstance(reading, Exception):
        raise reading
    return reading


def read_batch(abstracts: Sequence[tuple[str | None, str | None]]) -> list[Reading | Exception]:
    """Run every stage over each (text, title) of `abstracts`, stage by stage. An abstract whose
    run raises gets the exception in its place (a pattern past its time limit as
    ExtractionTimeout) and leaves the run; the others go on."""
    runs: list[Run | Exception] = [_attempt(text, _start, text, title) for text, title in abstracts]
    for _, stage in STAGES:
        for index, run in enumerate(runs):
            if isinstance(run, Run) and (run.drafts or stage is select_candidates):
                failure = _attempt(abstracts[index][0], stage, run)
                if failure is not None:
                    runs[index] = failure
    return [_attempt(text, _reading, run) if isinstance(run, Run) else run
            for run, (text, _) in zip(runs, abstracts)]


def _start(text: str | None, title: str | None) -> Run:
    return Run(Document(text or "", title))


def _reading(run: Run) -> Reading:
    return Reading(run, [_claim(run.doc, draft) for draft in run.drafts])


def _attempt(text: str | None, step: Callable[..., _T], *args) -> _T | Exception:
    """`step(*args)`, or the exception it raises (a pattern past its time limit on `text` as
    ExtractionTimeout)."""
    try:
        return step(*args)
    except PatternError:
        raise                       # broken rules fail every abstract: the run cannot go on
    except TimeoutError:
        return ExtractionTimeout(
            f"a pattern ran past its time limit ({budget(len(text or '')):g} s) on this text "
            f"({len(text or ''):,} characters); skipped")
    except Exception as exc:        # noqa: BLE001 - one abstract's failure is its own
        return exc


def extract(text: str, title: str | None = None) -> list[Claim]:
    """The claims of one abstract, in text order; `[]` when there are none.

    >>> [(c.text, c.value, c.metric, c.kind, c.direction) for c in extract(
    ...     "Our accelerator runs 5.6$\\\\times$ faster than an RTX 3090.")]
    [('5.6$\\\\times$', 5.6, 'speedup', 'ratio', 'increase')]
    """
    return read(_one_text(text, "extract"), title).claims


def explain(text: str, title: str | None = None) -> list[Trace]:
    """Every number of `text` with the rules that kept, typed or dropped it."""
    return read(_one_text(text, "explain"), title).traces


def _one_text(text, call: str) -> str | None:
    """`text` when it is one abstract (None reads as empty), else ClaimsError saying what to call."""
    if text is None or isinstance(text, str):
        return text
    raise ClaimsError(f"claims.{call} takes one abstract as text (str), got {type(text).__name__}; "
                      f"for many, claims.extract_table(papers) takes a papers DataFrame")


def _by_sentence(drafts: list[Draft]):
    """The drafts grouped by sentence, in order (they come in text order)."""
    group: list[Draft] = []
    for draft in drafts:
        if group and draft.sentence_index != group[0].sentence_index:
            yield group[0].sentence_index, group
            group = []
        group.append(draft)
    if group:
        yield group[0].sentence_index, group


def _math_balanced(original: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to the LaTeX math delimiters it opens or closes, as the gold writes them
    ("$3.1\\times$", "$35\\%$", "1.8 mm$^2$"): normalizing reads "$3.1\\times$" as "3.1x", whose
    original span would start inside the math ("3.1\\times$"). Escaped dollars (money) are no delimiters."""
    surface = original[start:end]
    dollars = surface.count("$") - surface.count("\\$")
    opens = start > 0 and original[start - 1] == "$" and (start < 2 or original[start - 2] != "\\")
    closes = end < len(original) and original[end] == "$"
    if dollars % 2 == 1:
        if opens:
            return start - 1, end
        if closes:
            return start, end + 1
    elif dollars == 0 and opens and closes:
        return start - 1, end + 1
    return start, end


def _claim(doc: Document, draft: Draft) -> Claim:
    start, end = _math_balanced(doc.original, *doc.norm.to_original(draft.start, draft.end))
    number = draft.number
    si_value, si_unit = to_si(number.value, number.unit)
    factor = gain(draft.metric, draft.kind, draft.direction, number.value, number.unit)
    return Claim(
        text=doc.original[start:end], value=number.value, start=start, end=end,
        metric=draft.metric, metric_text=draft.metric_text, kind=draft.kind,
        direction=draft.direction if draft.kind != "absolute" else None,
        value_low=number.value_low, unit=number.unit, qualifier=draft.qualifier,
        baseline=draft.context.get("baseline"), baseline_value=draft.baseline_value,
        dataset=draft.context.get("dataset"), hardware=draft.context.get("hardware"),
        method=draft.context.get("method"), sentence=doc.original_sentence(draft.sentence_index),
        rule_ids=tuple(dict.fromkeys(draft.rule_ids)), si_value=si_value, si_unit=si_unit, gain=factor,
    )


def _dropped_trace(doc: Document, number: Number, rule: str, kept_by: str | None) -> Trace:
    """The trace of a dropped number, with the first rule that drops it in the order a reader
    is told: part of a name, a background sentence, a set-up filter ("the number of seeds"),
    a bare number. The run itself asks the bare-number rule first, as the cheaper one."""
    start, end = doc.norm.to_original(number.start, number.end)
    index = doc.sentence_of(number.start) if doc.sentences else 0
    if rule == BARE:
        rule = drop_reason(doc.text, doc.sentences[index][0], number, partial(doc.cues, index)) or BARE
    sentence = doc.original_sentence(index) if doc.sentences else ""
    name = _word_around(doc.original, start, end) if rule in NAME_RULES else None
    return Trace(doc.original[start:end], number.value, False, tuple(number.rule_ids + [rule]), sentence, start,
                 kept_by=kept_by, name=name)


def _word_around(text: str, start: int, end: int) -> str:
    """The run of characters without white space that holds text[start:end], without the
    punctuation around it."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(".,;:!?()[]{}\"'")


def _kept_trace(draft: Draft, claim: Claim, kept_by: str | None) -> Trace:
    fields = tuple(Decision(name, getattr(claim, name), draft.decisions.get(name, ()))
                   for name in TRACED_FIELDS)
    return Trace(claim.text, claim.value, True, claim.rule_ids, claim.sentence, claim.start, fields, kept_by)


def claim_record(claim: Claim) -> dict:
    """A claim as a plain dict with the spec's field names (rule ids joined by spaces)."""
    record = {name: getattr(claim, name) for name in Claim.__slots__}
    record["rule_ids"] = " ".join(claim.rule_ids)
    return record


def extract_papers(papers: Iterable) -> Iterator[dict | Exception]:
    """Each paper's claims and platforms, shaped like a line of the gold file (for `claims eval`),
    or the exception its extraction raised; `BATCH` papers at a time, as `claims extract` reads."""
    papers = iter(papers)
    while batch := list(islice(papers, BATCH)):
        readings = read_batch([(paper.abstract, paper.title) for paper in batch])
        for paper, reading in zip(batch, readings):
            yield reading if isinstance(reading, Exception) else {
                "title": paper.title,
                "claims": [claim_record(c) for c in reading.claims],
                "hardware": [{"name": p.name, "class": p.hw_class} for p in reading.platforms],
            }
