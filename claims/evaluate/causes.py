"""Each error of a scoring tied to the rule that decided it, and the errors grouped by cause.

The extraction records what happened to every number of an abstract (`Reading.traces`): the trace
of a kept number lists each field with the rules that set it (`Decision`), and that of a dropped
number ends with the rule that dropped it. From them:

- a false negative (a gold claim not found) is grouped by what became of its number: dropped by a
  rule (the last of its trace), found with another value_low, found once for two gold claims,
  taken as the baseline_value of a pair, or not read as a number at all;
- a false positive is grouped by the rules that set its metric (the metric rule that typed it);
- a typed mismatch by its gold and found families, then by the metric rule;
- a field mismatch by its field, then by the rules that set the found value;
- a platform class on one side only (hardware F1) by whether the gold or the found list has it,
  and its class.

The found claim of an error is told from the paper's other claims by its place in the list
(`index`); its trace is the kept trace with the same start and family. Where no trace fits (a
found record without offsets, a paper whose second reading ran past the time limit) the error
goes under NO_TRACE.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ExtractionTimeout
from .gold import normalize_title
from .scoring import ClaimRef, ClassMismatch, FieldMismatch, Scores, TypedMismatch, _close, _number, family

NOT_READ = "not read as a number"
NO_PAPER = "paper not in the inputs"
NO_ABSTRACT = "paper without an abstract"
OTHER_LOW = "found with another value_low"
SHARED = "found once, matched to another gold claim"
NO_TRACE = "(no trace)"
NO_RULE = "(no rule)"
_DROPPED = "dropped by "
_PAIR_BASELINE = "taken as the baseline_value of a pair by "

Error = ClaimRef | TypedMismatch | FieldMismatch | ClassMismatch


@dataclass(frozen=True, slots=True)
class Explained:
    """An error with its cause. `named` are the rule ids the cause names (the rule that dropped
    the number, the metric rules, ...); `rules` all those of the trace that decided (for a
    dropped number every rule it met, the dropping one last); `note` says more where there is
    more."""

    error: Error
    cause: str
    named: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self.error), "cause": self.cause, "rules": list(self.rules),
                "note": self.note}


@dataclass(frozen=True, slots=True)
class Group:
    """Errors sharing a cause (`key`), in the order they were scored; `groups` splits them
    further (by rule); `rules` are the rule ids the key names."""

    key: str
    items: tuple[Explained, ...]
    rules: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "rules": list(self.rules), "count": len(self.items)}
        if self.groups:
            data["groups"] = [group.as_dict() for group in self.groups]
        else:
            data["items"] = [item.as_dict() for item in self.items]
        return data


@dataclass(frozen=True, slots=True)
class ErrorReport:
    """The errors of a scoring, grouped by cause, and the family confusion over value matches."""

    confusion: Mapping[tuple[str, str], int]
    false_negatives: tuple[Group, ...]
    false_positives: tuple[Group, ...]
    typed_mismatches: tuple[Group, ...]
    field_mismatches: tuple[Group, ...]
    class_mismatches: tuple[Group, ...] = ()

    def rules(self) -> list[str]:
        """Every rule id the groups name, in order of first appearance."""
        found: dict[str, None] = {}
        for groups in (self.false_negatives, self.false_positives, self.typed_mismatches,
                       self.field_mismatches):
            for group in _walk(groups):
                found.update(dict.fromkeys(group.rules))
        return list(found)

    def as_dict(self, where: Callable[[str], str | None]) -> dict[str, Any]:
        """Plain JSON-ready data; `where` says where a rule is written (for `rules`)."""
        return {
            "confusion": [{"gold": gold, "found": found, "count": n}
                          for (gold, found), n in self.confusion.items()],
            **{name: [group.as_dict() for group in getattr(self, name)]
               for name in ("false_negatives", "false_positives", "typed_mismatches",
                            "field_mismatches", "class_mismatches")},
            "rules": {rule: where(rule) for rule in self.rules()},
        }


TracesOf = Callable[[Mapping], Sequence[Any]]


def explain_errors(scores: Scores, found: Sequence[Mapping], traces_of: TracesOf | None = None) -> ErrorReport:
    """Group the errors of `scores` by cause. `found` are the found papers that were scored (with
    their `abstract`); `traces_of(paper)` gives a found paper's traces, by default by reading its
    abstract again (`claims.extraction.pipeline.read`). Only papers with an error are read."""
    trails = _Trails(found, traces_of or _read_traces)
    negatives = [_why_missed(ref, trails.of(ref.paper)) for ref in scores.false_negatives]
    positives = [_by_metric_rule(ref, trails.of(ref.paper)) for ref in scores.false_positives]
    typed = [_by_metric_rule(item, trails.of(item.paper)) for item in scores.typed_mismatches]
    fields = [_by_field_rule(item, trails.of(item.paper)) for item in scores.field_mismatches]
    return ErrorReport(
        confusion=scores.confusion,
        false_negatives=_grouped(negatives, lambda e: e.cause),
        false_positives=_grouped(positives, lambda e: e.cause),
        typed_mismatches=_grouped(typed, _families, by_rule=True),
        field_mismatches=_grouped(fields, lambda e: e.error.field, by_rule=True),
        class_mismatches=_grouped([Explained(item, f"{'missed' if item.missed else 'extra'} {item.hw_class}")
                                   for item in scores.class_mismatches], lambda e: e.cause),
    )


def _read_traces(paper: Mapping) -> Sequence[Any]:
    from ..extraction.pipeline import read

    return read(str(paper.get("abstract") or ""), paper.get("title")).traces


class _Trail:
    """One found paper's claims, each with its kept trace, and its dropped numbers' traces."""

    def __init__(self, paper: Mapping | None, traces: Iterable[Any] | None):
        self.paper = paper
        self.unread = traces is None        # reading it again failed (a pattern's time limit)
        traces = traces or ()
        self.claims = [dict(c) for c in (paper or {}).get("claims") or [] if isinstance(c, Mapping)]
        self.dropped = []
        kept: dict[tuple[Any, str], deque] = defaultdict(deque)
        for trace in traces:
            if trace.kept:
                metric = _decision(trace, "metric")
                kept[trace.start, str(metric.value if metric else "").strip().lower()].append(trace)
            else:
                self.dropped.append(trace)
        # Two claims of one number ("latency and energy by 30%") share a start; their families differ.
        self.traces = []
        for claim in self.claims:
            queue = kept.get((claim.get("start"), family(claim)))
            self.traces.append(queue.popleft() if queue else None)

    def trace(self, index: int):
        return self.traces[index] if 0 <= index < len(self.traces) else None


class _Trails:
    """The trails of the found papers, each built the first time an error asks for it."""

    def __init__(self, found: Sequence[Mapping], traces_of: TracesOf):
        self._papers: dict[str, Mapping] = {}
        for paper in found:
            self._papers.setdefault(normalize_title(paper.get("title")), paper)
        self._traces_of = traces_of
        self._trails: dict[str, _Trail] = {}

    def of(self, title: str) -> _Trail:
        key = normalize_title(title)
        if key not in self._trails:
            paper = self._papers.get(key)
            traces: Sequence[Any] | None = ()
            if paper is not None and paper.get("abstract"):
                try:
                    traces = self._traces_of(paper)
                except ExtractionTimeout:
                    traces = None
            self._trails[key] = _Trail(paper, traces)
        return self._trails[key]


def _why_missed(ref: ClaimRef, trail: _Trail) -> Explained:
    """What became of a gold claim's number. A dropped number whose text fits the gold text
    comes first; then a found claim of the same value; then a pair that took it as baseline."""
    if trail.paper is None:
        return Explained(ref, NO_PAPER)
    if not trail.paper.get("abstract"):
        return Explained(ref, NO_ABSTRACT)
    if trail.unread:
        return Explained(ref, NO_TRACE)
    dropped = [t for t in trail.dropped if _close(t.value, ref.value)]
    fitting = [t for t in dropped if _texts_fit(t.text, ref.text)]
    if fitting:
        return _dropped(ref, fitting[0])
    same = [(i, c) for i, c in enumerate(trail.claims) if _close(_number(c.get("value")), ref.value)]
    for index, claim in same:
        if _lows_agree(_number(claim.get("value_low")), ref.value_low):
            return Explained(ref, SHARED, (), _rules(trail.trace(index)), f"found {_shown(claim)}")
    if same:
        index, claim = same[0]
        rules = _rules(trail.trace(index))
        low = _number(claim.get("value_low"))
        pair = _pair_rule(rules)
        return Explained(ref, OTHER_LOW, (), rules, f"found {_shown(claim)} " + (
            f"with value_low {_num(low)}" if low is not None else "without value_low")
            + (f" ({pair})" if pair else ""))
    for index, claim in enumerate(trail.claims):
        if _close(_number(claim.get("baseline_value")), ref.value):
            rules = _rules(trail.trace(index))
            pair = _pair_rule(rules)
            cause = _PAIR_BASELINE + (pair or "a rule")
            return Explained(ref, cause, (pair,) if pair else (), rules, f"in {_shown(claim)}")
    if dropped:
        return _dropped(ref, dropped[0])
    return Explained(ref, NOT_READ)


def _dropped(ref: ClaimRef, trace) -> Explained:
    rule = trace.rule_ids[-1] if trace.rule_ids else "?"
    notes = []
    if not _texts_fit(trace.text, ref.text):
        notes.append(f"read as {_quoted(trace.text)}")
    name = getattr(trace, "name", None)
    if name and _flat(name) not in _flat(ref.text):
        notes.append(f"in {_quoted(name)}")
    return Explained(ref, _DROPPED + rule, (rule,), tuple(trace.rule_ids), "; ".join(notes))


def _by_metric_rule(error: ClaimRef | TypedMismatch, trail: _Trail) -> Explained:
    trace = trail.trace(error.index)
    if trace is None:
        return Explained(error, NO_TRACE)
    decision = _decision(trace, "metric")
    rules = tuple(decision.rules) if decision else ()
    return Explained(error, " ".join(rules) or NO_RULE, rules, rules)


def _by_field_rule(error: FieldMismatch, trail: _Trail) -> Explained:
    trace = trail.trace(error.index)
    if trace is None:
        return Explained(error, NO_TRACE)
    decision = _decision(trace, error.field)
    rules = tuple(decision.rules) if decision else ()
    if not rules and error.field == "direction":
        # An absolute claim has no direction: what decided is the rule that set the kind.
        kind = _decision(trace, "kind")
        if kind is not None and kind.rules:
            return Explained(error, f"{' '.join(kind.rules)} (kind {kind.value}: no direction)",
                             tuple(kind.rules), tuple(kind.rules))
    return Explained(error, " ".join(rules) or NO_RULE, rules, rules)


def _families(item: Explained) -> str:
    error = item.error
    return f"gold {error.gold_metric or '-'}, found {error.found_metric or '-'}"


def _grouped(items: list[Explained], key: Callable[[Explained], str], by_rule: bool = False) -> tuple[Group, ...]:
    """Groups by `key`, largest first (then by key); with `by_rule`, each split by cause."""
    buckets: dict[str, list[Explained]] = defaultdict(list)
    for item in items:
        buckets[key(item)].append(item)
    groups = []
    for name, members in buckets.items():
        if by_rule:
            groups.append(Group(name, tuple(members), groups=_grouped(members, lambda e: e.cause)))
        else:
            groups.append(Group(name, tuple(members), members[0].named))
    return tuple(sorted(groups, key=lambda g: (-len(g.items), g.key)))


def _walk(groups: Iterable[Group]) -> Iterable[Group]:
    for group in groups:
        yield group
        yield from _walk(group.groups)


def _decision(trace, field: str):
    return next((d for d in getattr(trace, "fields", ()) if d.field == field), None)


def _rules(trace) -> tuple[str, ...]:
    return tuple(trace.rule_ids) if trace is not None else ()


def _texts_fit(found: str, gold: str) -> bool:
    """Whether one text holds the other ("71%" in "up to 71%"), white space and case aside."""
    a, b = _flat(found), _flat(gold)
    return bool(a and b) and (a in b or b in a)


def _flat(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _lows_agree(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or _close(a, b)


def _num(value: float | None) -> str:
    return "none" if value is None else f"{value:.10g}"


def _pair_rule(rules: Sequence[str]) -> str | None:
    return next((rule for rule in reversed(rules) if rule.startswith("pair.")), None)


def _quoted(text: str, width: int = 40) -> str:
    """Text between quotes, white space collapsed, cut at `width` characters."""
    flat = " ".join(str(text).split())
    return f"'{flat if len(flat) <= width else flat[:width - 1] + '…'}'"


def _shown(claim: Mapping) -> str:
    return f"{_quoted(claim.get('text') or '')} = {_num(_number(claim.get('value')))}"
