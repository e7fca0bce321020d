"""Score found claims against gold annotations, exactly as CLAIMS_SPEC.md section 6.

Papers are paired by title (lower-case, letters and digits only). Within a paper a found claim
matches a gold claim when their values agree, and their value_low where either has one, to within
1e-6 relative; each gold claim is matched at most once. Among all such pairings the one chosen has
the most typed matches (same metric family), then the most value matches, then the most pairs
with the same text: an assignment problem, solved exactly with scipy's `linear_sum_assignment`.

A found paper whose title is not in the gold is ignored (and counted); a gold paper missing from
the found papers counts all its claims and platform classes as false negatives. Where two gold
papers share a title they pair with found papers of that title in order of appearance.

Empty denominators: precision with nothing found is 1.0 when there was nothing to find, else 0.0
(recall alike); F1 is 2TP / (2TP + FP + FN), 1.0 when all three are 0. A field accuracy over no typed
match is None.

>>> gold = [{"title": "A", "claims": [{"text": "5.6x", "value": 5.6, "metric": "speedup"}]}]
>>> found = [{"title": "a", "claims": [{"text": "5.6x", "value": 5.6, "metric": "latency"}]}]
>>> s = score(gold, found)
>>> s.value.f1, s.typed.f1, s.typed_mismatches[0].found_metric
(1.0, 0.0, 'latency')
"""
from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import regex
from scipy.optimize import linear_sum_assignment

from .gold import normalize_title

__all__ = ["EXACT_FIELDS", "OVERLAP_FIELDS", "ClaimRef", "ClassMismatch", "FieldMismatch", "FieldScore",
           "PRF", "Scores", "TypedMismatch", "family", "score"]

EXACT_FIELDS = ("kind", "direction", "unit", "qualifier", "baseline_value")
OVERLAP_FIELDS = ("baseline", "dataset", "hardware", "method")
REL_TOL = 1e-6

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        # 2tp / (2tp + fp + fn) is the harmonic mean of precision and recall, without rounding.
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class FieldScore:
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A false positive (a found claim) or a false negative (a gold claim). `index` is the
    claim's place in its paper's list (found claims for a false positive, the gold line's
    claims for a false negative), counted from 0."""

    paper: str
    paper_id: str | None       # the gold paper's `id`
    index: int
    text: str
    value: float | None
    value_low: float | None
    metric: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class TypedMismatch:
    """A value match whose metric families differ: it counts for value F1 but not typed F1."""

    paper: str
    paper_id: str | None
    index: int                 # the found claim's place in its paper's list
    text: str                  # the found claim's text
    value: float
    gold_metric: str | None
    found_metric: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class FieldMismatch:
    """A typed match that disagrees on one field."""

    paper: str
    paper_id: str | None
    index: int                 # the found claim's place in its paper's list
    field: str
    text: str                  # the found claim's text
    value: float
    gold: Any
    found: Any
    sentence: str


@dataclass(frozen=True, slots=True)
class ClassMismatch:
    """A platform class of a paper's list on one side only (hardware F1): `missed` (gold only)
    or not (found only), with the names each side lists under that class."""

    paper: str
    paper_id: str | None
    hw_class: str
    missed: bool
    gold_names: tuple[str, ...]
    found_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    value: PRF
    typed: PRF
    hardware: PRF
    fields: Mapping[str, FieldScore]
    # (gold family, found family) -> value matches: the diagonal holds the typed matches.
    confusion: Mapping[tuple[str, str], int]
    papers_gold: int
    papers_matched: int
    papers_ignored: int        # found papers whose title is not in the gold
    false_positives: tuple[ClaimRef, ...]
    false_negatives: tuple[ClaimRef, ...]
    typed_mismatches: tuple[TypedMismatch, ...]
    field_mismatches: tuple[FieldMismatch, ...]
    class_mismatches: tuple[ClassMismatch, ...] = ()

    def figures(self) -> dict[str, Any]:
        """The figures as plain JSON-ready data (no error lists)."""
        return {
            "papers": {"gold": self.papers_gold, "matched": self.papers_matched,
                       "missing": self.papers_gold - self.papers_matched,
                       "ignored_found": self.papers_ignored},
            "value": self.value.as_dict(), "typed": self.typed.as_dict(),
            "fields": {name: s.as_dict() for name, s in self.fields.items()},
            "hardware": self.hardware.as_dict(),
        }

    def errors(self) -> dict[str, list[dict[str, Any]]]:
        """Every error as plain JSON-ready data."""
        return {name: [dataclasses.asdict(item) for item in getattr(self, name)]
                for name in ("false_positives", "false_negatives", "typed_mismatches",
                             "field_mismatches", "class_mismatches")}


def score(gold: Sequence[Mapping], found: Sequence[Mapping]) -> Scores:
    """Score `found` papers against `gold` papers (both shaped like lines of the gold file).

    Found papers may carry `abstract`: a false negative without a sentence then shows the
    abstract's sentence holding its text.
    """
    found_by_title: dict[str, list[Mapping]] = {}
    for paper in found:
        found_by_title.setdefault(normalize_title(paper.get("title")), []).append(paper)
    tally = _Tally()
    matched = 0
    for gold_paper in gold:
        candidates = found_by_title.get(normalize_title(gold_paper.get("title")))
        found_paper = candidates.pop(0) if candidates else None
        matched += found_paper is not None
        tally.add_paper(gold_paper, found_paper or {})
    ignored = sum(len(rest) for rest in found_by_title.values())
    return Scores(
        value=PRF(tally.value_tp, tally.n_found - tally.value_tp, tally.n_gold - tally.value_tp),
        typed=PRF(tally.typed_tp, tally.n_found - tally.typed_tp, tally.n_gold - tally.typed_tp),
        hardware=PRF(*tally.hardware),
        fields=MappingProxyType({name: FieldScore(tally.correct[name], tally.typed_tp)
                                 for name in EXACT_FIELDS + OVERLAP_FIELDS}),
        confusion=MappingProxyType(dict(sorted(tally.confusion.items()))),
        papers_gold=len(gold), papers_matched=matched, papers_ignored=ignored,
        false_positives=tuple(tally.false_positives), false_negatives=tuple(tally.false_negatives),
        typed_mismatches=tuple(tally.typed_mismatches),
        field_mismatches=tuple(tally.field_mismatches),
        class_mismatches=tuple(tally.class_mismatches),
    )


class _Tally:
    """Running counts over papers; `score` turns them into a frozen Scores."""

    def __init__(self) -> None:
        self.n_gold = self.n_found = self.value_tp = self.typed_tp = 0
        self.hardware = [0, 0, 0]
        self.correct = dict.fromkeys(EXACT_FIELDS + OVERLAP_FIELDS, 0)
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.false_positives: list[ClaimRef] = []
        self.false_negatives: list[ClaimRef] = []
        self.typed_mismatches: list[TypedMismatch] = []
        self.field_mismatches: list[FieldMismatch] = []
        self.class_mismatches: list[ClassMismatch] = []

    def add_paper(self, gold_paper: Mapping, found_paper: Mapping) -> None:
        title = str(gold_paper.get("title", ""))
        paper_id = gold_paper.get("id")
        paper_id = None if paper_id is None else str(paper_id)
        gold = [_as_dict(c) for c in gold_paper.get("claims") or []]
        found = [_as_dict(c) for c in found_paper.get("claims") or []]
        self.n_gold += len(gold)
        self.n_found += len(found)
        pairs = _match(gold, found)
        gold_used = {g for g, _ in pairs}
        found_used = {f for _, f in pairs}
        abstract = str(found_paper.get("abstract") or "")
        for g, f in pairs:
            self._add_match(title, paper_id, f, gold[g], found[f])
        self.false_negatives += [_ref(title, paper_id, i, c, abstract)
                                 for i, c in enumerate(gold) if i not in gold_used]
        self.false_positives += [_ref(title, paper_id, i, c, abstract)
                                 for i, c in enumerate(found) if i not in found_used]
        gold_classes = _classes(gold_paper.get("hardware"))
        found_classes = _classes(found_paper.get("hardware"))
        self.hardware[0] += len(gold_classes.keys() & found_classes.keys())
        self.hardware[1] += len(found_classes.keys() - gold_classes.keys())
        self.hardware[2] += len(gold_classes.keys() - found_classes.keys())
        for hw_class in sorted(gold_classes.keys() ^ found_classes.keys()):
            self.class_mismatches.append(ClassMismatch(
                title, paper_id, hw_class, hw_class in gold_classes,
                gold_classes.get(hw_class, ()), found_classes.get(hw_class, ())))

    def _add_match(self, title: str, paper_id: str | None, index: int, gold: dict, found: dict) -> None:
        self.value_tp += 1
        self.confusion[family(gold), family(found)] += 1
        sentence = str(found.get("sentence") or "")
        value = _number(found.get("value"))
        if not _same_metric(gold, found):
            self.typed_mismatches.append(TypedMismatch(
                title, paper_id, index, str(found.get("text", "")), value, gold.get("metric"),
                found.get("metric"), sentence))
            return
        self.typed_tp += 1
        for name in EXACT_FIELDS + OVERLAP_FIELDS:
            agree = _field_agrees(name, gold.get(name), found.get(name))
            self.correct[name] += agree
            if not agree:
                self.field_mismatches.append(FieldMismatch(
                    title, paper_id, index, name, str(found.get("text", "")), value,
                    gold.get(name), found.get(name), sentence))


def _match(gold: list[dict], found: list[dict]) -> list[tuple[int, int]]:
    """Index pairs (gold, found) of the best pairing: most typed, then value, then same-text pairs.

    Each pair's weight puts those three in lexicographic order: with n the most pairs possible,
    a typed match outweighs any number of value and text matches, and a value match any number of
    text matches.
    """
    if not gold or not found:
        return []
    n = min(len(gold), len(found))
    weights = np.zeros((len(gold), len(found)), dtype=np.int64)
    for g, gold_claim in enumerate(gold):
        for f, found_claim in enumerate(found):
            if _values_agree(gold_claim, found_claim):
                weights[g, f] = ((n + 1) ** 2 * _same_metric(gold_claim, found_claim) + (n + 1)
                                 + (_text(gold_claim) == _text(found_claim)))
    rows, cols = linear_sum_assignment(weights, maximize=True)
    # The assignment may pair claims of weight 0 (no value agreement); those are no match.
    return sorted((int(g), int(f)) for g, f in zip(rows, cols) if weights[g, f] > 0)


def _values_agree(gold: Mapping, found: Mapping) -> bool:
    if not _close(_number(gold.get("value")), _number(found.get("value"))):
        return False
    gold_low, found_low = _number(gold.get("value_low")), _number(found.get("value_low"))
    if gold_low is None and found_low is None:
        return True
    return _close(gold_low, found_low)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def _field_agrees(name: str, gold: Any, found: Any) -> bool:
    gold, found = _empty_to_none(gold), _empty_to_none(found)
    if name in OVERLAP_FIELDS:
        return _words_overlap(gold, found)
    if name == "baseline_value":
        if gold is None or found is None:
            return gold is None and found is None
        return _close(_number(gold), _number(found))
    return gold == found


def _words_overlap(gold: Any, found: Any) -> bool:
    """At least half of the gold words occur in the found value; no gold words: found has none."""
    gold_words = set(_WORD.findall(str(gold).lower())) if gold is not None else set()
    found_words = set(_WORD.findall(str(found).lower())) if found is not None else set()
    if not gold_words:
        return not found_words
    return 2 * len(gold_words & found_words) >= len(gold_words)


def family(claim: Mapping) -> str:
    """A claim's metric family as compared: trimmed and lower-case ("" where it has none)."""
    return str(claim.get("metric") or "").strip().lower()


def _same_metric(gold: Mapping, found: Mapping) -> bool:
    return family(gold) == family(found)


def _text(claim: Mapping) -> str:
    return str(claim.get("text") or "")


def _ref(title: str, paper_id: str | None, index: int, claim: Mapping, abstract: str) -> ClaimRef:
    sentence = str(claim.get("sentence") or "") or _sentence_around(abstract, _text(claim))
    return ClaimRef(title, paper_id, index, _text(claim), _number(claim.get("value")),
                    _number(claim.get("value_low")), claim.get("metric"), sentence)


def _sentence_around(abstract: str, text: str) -> str:
    """The sentence of `abstract` holding `text` (first occurrence), or '' where it is absent."""
    at = abstract.find(text) if text else -1
    if at < 0:
        return ""
    start = 0
    for end in _SENTENCE_END.finditer(abstract, 0, at):
        start = end.end()
    stop = _SENTENCE_END.search(abstract, at + len(text))
    return abstract[start:stop.end() if stop else len(abstract)].strip()


def _classes(platforms: Any) -> dict[str, tuple[str, ...]]:
    """A paper's platform classes, each with the names listed under it."""
    classes: dict[str, tuple[str, ...]] = {}
    for item in platforms or []:
        item = _as_dict(item)
        hw_class = item.get("class", item.get("hw_class"))
        if isinstance(hw_class, str) and hw_class.strip():
            key = hw_class.strip().lower()
            classes[key] = classes.get(key, ()) + (str(item.get("name") or ""),)
    return classes


def _as_dict(item: Any) -> dict:
    if isinstance(item, Mapping):
        return dict(item)
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return {}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _empty_to_none(value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
