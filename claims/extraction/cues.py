"""Metric cues in a sentence, and which of them a number owns.

A number owns the cue right after it when only filler words stand between ("1.35x speedup",
"9.23x lower EDAP"), and the cue before it in its clause when the words between are few or lead
into the number ("reduces latency by 68.1%", "AUC of 0.95"). The metric, scores and kind stages
read these answers; they are computed once per number (`Reach`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, islice

from ..matching import budget, compiled, match_at
from .names import TakenRanges
from .numbers import Number
from .rulebook.cues import metric_cues, metric_set, word_list, word_pattern

WORD = compiled(r"[\p{L}\p{N}][\p{L}\p{N}'@.-]*")
_GAP_BREAK = compiled(r"[\d;:,.()]")
_DIGIT_OR_SEMICOLON = compiled(r"\d|;")
_ASIDE = compiled(r"\([^()]{0,40}\)")
# A spread written right after a number ("$0.7516\pm0.0043$ AUPRC", "0.7281 +/- 0.0050 test positive F1") belongs to
# it: the cue after the spread is the number's own.
_SPREAD = compiled(r"\s?\$?\s?(?:±|\+/-|\+-|\\pm|plus\sor\sminus)\s?\$?\s?\d{1,6}(?:\.\d{1,6})?\s?(?:\\?%)?\s?\$?")
# A cue glued by a hyphen to the word after it is a modifier ("memory-efficient SDPA",
# "accuracy-critical layers"): it names no metric of a number after it.
_COMPOUND = compiled(r"-\p{L}")
_COLON_GAP = compiled(r"\s?:\s?")
# Only the last stretch before a number is read for its clause, so a long sentence costs no more
# per number.
CLAUSE_WINDOW = 300


@dataclass(slots=True)
class CueHit:
    start: int
    end: int
    family: str
    rule_id: str
    surface: str


def find_cues(text: str, start: int, end: int) -> list[CueHit]:
    """Metric cues of text[start:end], in text order; where two overlap, the longer (then the one
    of a named family, then the earlier) keeps its characters."""
    hits = []
    found = metric_set().scan(text, start, end, timeout=budget(end - start))
    # Most cues find nothing: only those that do are read (`compress` skips the rest in C).
    for cue, matches in compress(zip(metric_cues(), found), found):
        for match in matches:
            match_start, match_end = match.span()
            if match_end > match_start:
                hits.append(CueHit(match_start, match_end, cue.family, cue.rule_id, match.group(0).strip()))
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (-(h.end - h.start), h.family == "other", h.start))
    taken = TakenRanges()
    return sorted((hit for hit in hits if taken.claim(hit.start, hit.end)), key=lambda h: h.start)


def names_compared_system(text: str, hit: CueHit, sentence_start: int) -> bool:
    """Whether the cue is a modifier in the name of a system the sentence beats ("outperforms memory
    baselines on ScienceWorld by 7 points", "surpasses the low-bit KV cache implementation (QServe) by
    4.3x"): it names the system, not the metric of the figure after "by"."""
    if not match_at(word_pattern("words.compared_system_after"), text, hit.end):
        return False
    before = text[max(sentence_start, hit.start - 80):hit.start]
    return word_pattern("words.beats_before").search(before) is not None


class SentenceCues:
    """The metric cues of one sentence, in text order, with their starts and ends for bisection
    and their subsets by family, each computed once."""

    def __init__(self, hits: list[CueHit]) -> None:
        self.hits = hits
        self.starts = [h.start for h in hits]
        self.ends = [h.end for h in hits]
        self._subsets: dict[frozenset[str], SentenceCues] = {}
        self._by_rules: dict[tuple[bool, frozenset[str]], SentenceCues] = {}

    def __bool__(self) -> bool:
        return bool(self.hits)

    def __iter__(self):
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def last_before(self, position: int) -> CueHit | None:
        """The last cue ending at or before `position` (cues do not overlap: ends are in order)."""
        index = bisect_right(self.ends, position)
        return self.hits[index - 1] if index else None

    def any_within(self, start: int, end: int) -> bool:
        """Whether a cue overlaps text[start:end]."""
        index = bisect_right(self.ends, start)
        return index < len(self.hits) and self.hits[index].start < end

    def of(self, families: frozenset[str]) -> SentenceCues:
        """The cues of these families only."""
        if families not in self._subsets:
            self._subsets[families] = SentenceCues([h for h in self.hits if h.family in families])
        return self._subsets[families]

    def within(self, start: int, end: int) -> list[CueHit]:
        """The cues that lie inside text[start:end] (in order, they are one run of the list)."""
        return self.hits[bisect_left(self.starts, start):bisect_right(self.ends, end)]

    def of_rules(self, rule_ids: frozenset[str]) -> SentenceCues:
        """The cues of these rules only."""
        return self._rules(rule_ids, keep=True)

    def without(self, rule_ids: frozenset[str]) -> SentenceCues:
        """The cues of every rule but these (the same object where none is of them)."""
        return self._rules(rule_ids, keep=False)

    def _rules(self, rule_ids: frozenset[str], keep: bool) -> SentenceCues:
        if (keep, rule_ids) not in self._by_rules:
            kept = [h for h in self.hits if (h.rule_id in rule_ids) == keep]
            self._by_rules[keep, rule_ids] = self if len(kept) == len(self.hits) else SentenceCues(kept)
        return self._by_rules[keep, rule_ids]


NO_CUES = SentenceCues([])


def words(span_text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(span_text)]


def without_aside(gap: str) -> str:
    """`gap` without its first aside in brackets: "3.25 times (geomean) speedup", "3.84x (up to
    5.05x) higher area efficiency" own the cue after the aside."""
    return _ASIDE.sub(" ", gap, count=1) if "(" in gap else gap


def right_owned(text: str, number: Number, cues: SentenceCues, limit: int, loose: bool = False) -> CueHit | None:
    """The first cue after `number`, where the number owns it (none past `limit`); `loose` where no cue before
    the number owns it: then a number with a unit also owns a cue two modifiers away."""
    index = bisect_left(cues.starts, number.end)
    if index == len(cues.hits):
        return None
    hit = cues.hits[index]
    if hit.start > limit:
        return None
    gap = without_aside(text[number.end:hit.start])
    if (spread := _SPREAD.match(gap)) is not None:
        gap = " " + gap[spread.end():]
    if _GAP_BREAK.search(gap):
        return None
    gap_words = words(gap)
    modifiers = [w for w in gap_words if w not in word_list("words.fillers")]
    if len(gap_words) > 4 or set(modifiers) & word_list("words.not_modifiers"):
        return None
    if len(modifiers) <= 1:
        return hit
    # "98.3% field-level extraction accuracy", "2.42x higher wall-clock generation throughput", "99% of the target
    # model's accuracy": two modifiers of the cue's noun phrase, where the number has a unit (a bare number before a
    # phrase is often a name's: "Stage 1 performs high-recall fault detection"), no cue before it is its own ("the area
    # overhead remains below 0.2% of the full SoC area") and no word between opens another phrase ("under the same memory")
    if loose and len(modifiers) == 2 and number.unit is not None and \
            not set(modifiers) & word_list("words.phrase_openers") and \
            all(w in modifiers or w in word_list("words.tight_fillers") for w in gap_words):
        return hit
    return None


def left_owned(text: str, number: Number, cues: SentenceCues, floor: int) -> CueHit | None:
    """The last cue of the clause before `number` (from `floor`) when it owns the number: the gap
    holds no digit or semicolon, and three words or fewer once the lead-out words at its end are
    cut off ("accuracy reaches up to 95%")."""
    # Cues do not overlap, so their ends are in order too: the last one ending before the number
    # is the last before it, and an earlier one starts before it, so also before `floor`.
    index = bisect_right(cues.ends, number.start)
    if not index or cues.hits[index - 1].start < floor:
        return None
    hit = cues.hits[index - 1]
    gap = text[hit.end:number.start]
    if _DIGIT_OR_SEMICOLON.search(gap) or _COMPOUND.match(gap):
        return None
    # The cut leaves a prefix, which holds no more words than the gap: a gap of three words or
    # fewer needs no cut. Else the lead-out words must run from the fourth word to the end (a
    # lead-out word is letters alone or one mark, so no run of them crosses a word's start).
    fourth = next(islice(WORD.finditer(gap), 3, None), None)
    if fourth is None:
        return hit
    return hit if word_pattern("words.lead_out").fullmatch(gap, fourth.start()) else None


def clause_floor(text: str, sentence_start: int, position: int) -> int:
    """Start of the clause that holds `position`: after the last clause break before it."""
    floor = max(sentence_start, position - CLAUSE_WINDOW)
    # A break may look at the number's first characters (", which is 2.72x higher" restates the
    # figure before it: no break), so the search runs a little past `position`.
    for match in word_pattern("words.clause_break").finditer(text, floor, position + 2):
        if match.end() > position:
            break
        floor = match.end()
    return floor


@dataclass(frozen=True, slots=True)
class Reach:
    """Where a number's clause starts, and the cues of its sentence it owns right after it and
    before it: read once per number, by the scores, metric, kind and qualifier stages."""

    floor: int
    right: CueHit | None
    left: CueHit | None


def reach(text: str, sentence: tuple[int, int], number: Number, cues: SentenceCues) -> Reach:
    floor = clause_floor(text, sentence[0], number.start)
    left = left_owned(text, number, cues, floor) or _colon_label(text, number, cues, sentence[0])
    return Reach(floor, right_owned(text, number, cues, sentence[1], loose=left is None), left)


def _colon_label(text: str, number: Number, cues: SentenceCues, sentence_start: int) -> CueHit | None:
    """The cue that labels the number with a colon right before it ("accuracy: 91.2%", "F1: 0.77"):
    the colon breaks the clause (words.clause_break), yet the label is the number's own: the cue
    that owns the number from the sentence's start, where only a colon stands between them."""
    hit = left_owned(text, number, cues, sentence_start)
    return hit if hit is not None and _COLON_GAP.fullmatch(text, hit.end, number.start) else None
