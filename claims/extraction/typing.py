"""Give each candidate number its metric family, kind, direction and qualifier.

The metric is the family whose cue the number owns: a cue right after it ("1.35x speedup",
"9.23x lower EDAP"), or a cue it completes ("reduces latency by 68.1%", "AUC of 0.95"); failing
those, the nearest cue of its sentence, then of the sentence before, then what its unit implies.
"""
from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, islice

import regex

from ..matching import PatternSet, budget

from .numbers import Mention
from .vocab import Cue, metric_cues, metric_polarity, metric_scanner, side_cues

_FILLERS = frozenset(
    "the a an of on in for to at with its their our and or than by lower higher fewer less more "
    "improvement improvements reduction reductions gain gains increase decrease better relative "
    "absolute overall total improved reduced average drop drops saving savings boost percent points".split())
# Units whose dimension fixes the family unless the owned cue is of the same dimension.
_UNIT_GROUPS = {
    "latency": {"latency", "training_time", "time"}, "time": {"latency", "training_time", "time"},
    "memory": {"memory", "model_size"}, "model_size": {"memory", "model_size", "compute"},
    "throughput": {"throughput"}, "energy": {"energy"}, "power": {"power", "energy"},
    "energy_efficiency": {"energy_efficiency"}, "area": {"area"}, "psnr": {"psnr"}, "compute": {"compute"},
}
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'@.-]*")
_GAP_BREAK = regex.compile(r"[\d;:,.()]")
_DIGIT_OR_SEMICOLON = regex.compile(r"\d|;")
_LIST_WORD = regex.compile(r",|\band\b|/")
_DECIMAL = regex.compile(r"\d+(?:\.\d+)?")
_LEADING_WORD = regex.compile(r"^\s*\p{L}+")
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s+(?:while|whereas|but|which|and\s+(?:we|it|the))\b|\bwhile\b|\bwhereas\b")
_LEAD_OUT = regex.compile(
    r"(?:\s*(?:by|of|to|at|is|was|were|are|be|reaches|reaching|reached|achieves|achieving|achieved|"
    r"attains|attaining|yields|yielding|with|from|:|=|as|only|just|nearly|about|around|up|over|"
    r"approximately|an|a|average|on|roughly|than|more|less|least|most|maximum|exceeding|surpassing|"
    r"respectively|scores?|scoring|obtains|obtaining|reported|gives|giving|delivers|delivering|"
    r"improves|improved|reduced|reduces|lowered|boosted|increased|decreased|[(\[,~<>]|\+|-)\s*)*$",
    regex.IGNORECASE)
_BY_BEFORE = regex.compile(r"(?:\bby|\bof)\s+(?:\p{L}+\s+){0,3}$|\bby\s*$", regex.IGNORECASE)
# "reduces latency by (up to) 68.1%": a change. "AUC of 0.95" is not.
_BY_KIND = regex.compile(
    r"\bby\s+(?:(?:up\s+to|about|around|nearly|approximately|roughly|almost|only|over|more\s+than|at\s+least|"
    r"as\s+much\s+as|an?\s+average\s+of|an?\s+factor\s+of|a\s+margin\s+of|an?|~)\s*)*$", regex.IGNORECASE)
# "loses only 0.4 points", "drops 2%": a verb of change right before the number.
_CHANGE_VERB_BEFORE = regex.compile(
    r"\b(?:los(?:es|e|t|ing)|gain(?:s|ed|ing)?|drop(?:s|ped|ping)?|sacrific(?:es?|ed|ing)|improv(?:es?|ed|ing)|"
    r"sav(?:es?|ed|ing)|skip(?:s|ped|ping)?|"
    r"increas(?:es?|ed|ing)|decreas(?:es?|ed|ing)|reduc(?:es?|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|up\s+to\s+|nearly\s+|less\s+than\s+|over\s+|more\s+than\s+|~\s*)?$",
    regex.IGNORECASE)
# "25% reduction", "0.71% accuracy drop", "15% end-to-end speedup": the noun after the number makes it
# a change; a clause word in between ("with negligible perplexity increase") breaks the link.
_CHANGE_NOUN_AFTER = regex.compile(
    r"^\s*(?:\(?\s*(?:absolute|relative)\s*\)?\s+)?(?:(?!(?:with|while|and|at|in|for|on)\b)\p{L}[\p{L}\p{N}-]*\s+){0,2}?"
    r"(?:improvements?|reductions?|gains?|drops?|increases?|decreases?|boosts?|savings?|degradation|"
    r"decline|loss|uplift|lift|speed-?ups?|acceleration)\b", regex.IGNORECASE)
_CHANGE_NOUN_BEFORE = regex.compile(
    r"(?:improvements?|reductions?|gains?|drops?|increases?|decreases?|boosts?|savings?|degradation|"
    r"decline|loss)\s+(?:of|by|is|was|are|were|remains?|stays?)\s+(?:\p{L}+\s+){0,3}$", regex.IGNORECASE)


@dataclass(slots=True)
class CueHit:
    start: int
    end: int
    family: str
    rule_id: str
    surface: str


@dataclass(slots=True)
class Draft:
    """A claim under construction; positions are in normalized text."""

    mention: Mention
    sentence_index: int
    metric: str = "other"
    metric_text: str = "performance"
    metric_hit: CueHit | None = None
    kind: str = "absolute"
    direction: str | None = None
    qualifier: str | None = None
    qualifier_source: str | None = None
    baseline_value: float | None = None
    start: int = 0
    end: int = 0
    rule_ids: list[str] = field(default_factory=list)


def find_cues(text: str, start: int, end: int) -> list[CueHit]:
    """Metric cues of text[start:end], overlaps resolved to the longest."""
    hits = []
    found = metric_scanner().scan(text, start, end, timeout=budget(end - start))
    # Most of the 69 cues find nothing: only those that do are read (`compress` skips the rest in C).
    for cue, matches in compress(zip(metric_cues(), found), found):
        for match in matches:
            match_start, match_end = match.span()
            if match_end > match_start:
                hits.append(CueHit(match_start, match_end, cue.family, cue.rule_id, match.group(0).strip()))
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (-(h.end - h.start), h.family == "other", h.start))
    kept: list[CueHit] = []
    for hit in hits:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _words(span_text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(span_text)]


def right_owned(text: str, mention: Mention, hits: list[CueHit], limit: int) -> CueHit | None:
    for hit in hits:
        if hit.start < mention.end:
            continue
        gap = text[mention.end:hit.start]
        if hit.start > limit or _GAP_BREAK.search(gap):
            return None
        words = _words(gap)
        modifiers = [w for w in words if w not in _FILLERS]
        if len(words) <= 4 and len(modifiers) <= 1 and not (set(modifiers) & _NOT_MODIFIERS):
            return hit
        return None
    return None


def left_owned(text: str, mention: Mention, hits: list[CueHit], floor: int) -> CueHit | None:
    before = [h for h in hits if h.end <= mention.start and h.start >= floor]
    if not before:
        return None
    hit = before[-1]
    gap = text[hit.end:mention.start]
    if _DIGIT_OR_SEMICOLON.search(gap):
        return None
    # The hit owns the number when the gap, its lead-out words cut off the end, holds three words
    # or fewer. The cut leaves a prefix, which holds no more words than the gap: a gap of three
    # words or fewer needs no cut.
    words = _WORD.finditer(gap)
    fourth = next(islice(words, 3, None), None)
    if fourth is None:
        return hit
    return hit if _lead_out_from(gap, fourth.start()) else None


def _lead_out_from(gap: str, fourth: int) -> bool:
    """Whether `_LEAD_OUT.sub("", gap)` leaves three words or fewer, where `gap`'s fourth word
    starts at `fourth`: whether the lead-out words run from there to the end.

    The cut removes the tail from the first place from which the rest is all lead-out words (each
    word of the prefix it leaves is a word of the gap that starts before that place), so it
    leaves three words or fewer when that place is at or before `fourth`. A run of lead-out words
    from an earlier place reaches `fourth` where one of its words starts: a lead-out word is
    letters alone or one mark, and the character before a word's start is no letter or digit
    (else the word would have begun earlier), so no lead-out word runs across it; from there
    the run goes on to the end. One match at `fourth` decides, where the cut tries every place
    (1-20 us).
    """
    return _LEAD_OUT.match(gap, fourth) is not None


CLAUSE_WINDOW = 300


def clause_floor(text: str, sentence_start: int, position: int) -> int:
    """Start of the clause that holds `position`: after the last clause break before it."""
    # Only the last stretch before the number is read, so a long sentence costs no more per number.
    floor = max(sentence_start, position - CLAUSE_WINDOW)
    for match in _CLAUSE_BREAK.finditer(text, floor, position):
        floor = match.end()
    return floor


@dataclass(frozen=True, slots=True)
class Reach:
    """Where a number's clause starts (`clause_floor`) and the cues of its sentence it owns right
    after it and before it: read once per number, by the ownership of the sentence's cues and by
    each typing step."""

    floor: int
    right: CueHit | None
    left: CueHit | None


def reach(text: str, sentence: tuple[int, int], mention: Mention, hits: list[CueHit]) -> Reach:
    floor = clause_floor(text, sentence[0], mention.start)
    return Reach(floor, right_owned(text, mention, hits, sentence[1]), left_owned(text, mention, hits, floor))


def type_metric(draft: Draft, text: str, hits: list[CueHit], previous_hits: Callable[[], list[CueHit]],
                owned_elsewhere: set[int], reached: Reach, sibling: Draft | None = None) -> None:
    """Choose the metric cue the number owns; `sibling` is the previous claim of its sentence.
    `previous_hits` gives the cues of the sentence before, called only when none of its own fit;
    `reached` is the number's `reach` over `hits`."""
    mention = draft.mention
    hit, how = reached.right, "metric.right"
    left = reached.left
    if hit is None or (left is not None and _BY_BEFORE.search(text[left.end:mention.start])
                       and not _adjacent(text, mention, hit)):
        if left is not None:
            hit, how = left, "metric.left"
    unit_family = mention.unit_metric if mention.unit not in ("%", "x", "pp", None) else None
    if hit is None and sibling is not None and "metric.default" not in sibling.rule_ids and \
            _list_gap(text[sibling.mention.end:mention.start]) and \
            (unit_family is None or sibling.metric in _UNIT_GROUPS.get(unit_family, {unit_family})):
        draft.metric, draft.metric_text, draft.metric_hit = sibling.metric, sibling.metric_text, sibling.metric_hit
        draft.rule_ids.append("metric.list")
        return
    if unit_family and (hit is None or hit.family not in _UNIT_GROUPS.get(unit_family, {unit_family})):
        draft.metric, draft.metric_text = unit_family, text[mention.number_end:mention.end].strip()
        draft.rule_ids.append("metric.unit")
        return
    if hit is None:
        candidates = [h for h in hits if id(h) not in owned_elsewhere]
        if candidates:
            hit, how = min(candidates, key=lambda h: _distance(text, mention, h)), "metric.sentence"
        elif not hits and (earlier := previous_hits()):
            hit, how = earlier[-1], "metric.previous_sentence"
    if hit is None:
        draft.rule_ids.append("metric.default")
        return
    _set_metric(draft, hit, how, mention)


def _set_metric(draft: Draft, hit: CueHit, how: str, mention: Mention) -> None:
    family = hit.family
    if family == "other" and hit.rule_id == "other.performance" and mention.unit == "x":
        family = "speedup"      # "improves the performance of X by 4x" is a speedup (spec 3)
    draft.metric, draft.metric_text, draft.metric_hit = family, hit.surface, hit
    draft.rule_ids += [how, hit.rule_id]


def _list_gap(gap: str) -> bool:
    """Two numbers of one list: "88.1% accuracy on A and 82.3% on B", "0.36 kWh per 3,000 slides, 171x"."""
    return len(gap.split()) <= 8 and bool(_LIST_WORD.search(gap)) and ";" not in gap


# "by 36% and 46%", "95.0% on OpenVLA-OFT and 94.8%": numbers of one list, at most a short
# "on <dataset>" between them.
_KIND_LIST_GAP = regex.compile(
    r"\s?(?:(?:on|in|for|at|with)\s+[^\s,;]+(?:\s+[^\s,;]+)?\s?)?(?:,\s?(?:and\s+)?|and\s+|/|\s(?:and|or)\s)\s?",
    regex.IGNORECASE)


def share_kind(text: str, drafts: list[Draft]) -> None:
    """"reduced by 36% and 46%": later numbers of a list take the first one's kind and direction."""
    for previous, current in zip(drafts, drafts[1:]):
        if previous.kind == "absolute" or current.kind != "absolute" or previous.mention.unit != current.mention.unit:
            continue
        gap = text[previous.mention.end:current.mention.start]
        if _KIND_LIST_GAP.fullmatch(gap):
            current.kind, current.direction = previous.kind, previous.direction
            current.rule_ids.append("kind.list")


# "30.8x/2.5x geomean speedup", "1.40x-3.08x per-layer and 1.21x-1.98x end-to-end speedup"
_FORWARD_GAP = regex.compile(r"\s?(?:[\p{L}][\p{L}-]*\s+){0,2}?(?:,\s?(?:and\s+)?|and\s+|or\s+|/)\s?|\s?/\s?",
                             regex.IGNORECASE)


def share_forward(text: str, drafts: list[Draft]) -> None:
    """"$1.7\\times, 1.25\\times$ speedup", "168x and 8.7x geo-mean speedup": the cue after the last
    number of a list is every number's cue."""
    for index in range(len(drafts) - 2, -1, -1):
        current, following = drafts[index], drafts[index + 1]
        if current.sentence_index != following.sentence_index or "metric.right" in current.rule_ids:
            continue
        if "metric.right" not in following.rule_ids and "metric.forward" not in following.rule_ids:
            continue
        gap = text[current.mention.end:following.mention.start]
        if _FORWARD_GAP.fullmatch(gap) and current.mention.unit == following.mention.unit:
            current.metric, current.metric_text, current.metric_hit = (
                following.metric, following.metric_text, following.metric_hit)
            current.rule_ids.append("metric.forward")


def _adjacent(text: str, mention: Mention, hit: CueHit) -> bool:
    return not _words(text[mention.end:hit.start])


def _distance(text: str, mention: Mention, hit: CueHit) -> float:
    if hit.end <= mention.start:
        gap = text[hit.end:mention.start]
        penalty = 0.0
    else:
        gap = text[mention.end:hit.start]
        penalty = 0.5
    return len(_words(gap)) + penalty + 4 * len(_DECIMAL.findall(gap))


@cache
def _side(role: str, where: str):
    return tuple(c for c in side_cues(role) if c.attrs.get("where", "before") == where)


@cache
def _direction_cues(where: str) -> tuple[tuple[regex.Pattern, str | None], ...]:
    """The kind cues of one side with their direction, unanchored to be found anywhere in a window:
    after a number from a word edge, before it ending anywhere (only cues that give a direction)."""
    if where == "after":
        return tuple((_ignorecase(c.pattern.pattern.replace(r"^\s*", r"\b", 1)), c.attrs.get("direction"))
                     for c in _side("kind", "after"))
    return tuple((_ignorecase(c.pattern.pattern.removesuffix(r"\s*$")), c.attrs["direction"])
                 for c in _side("kind", "before") if c.attrs.get("direction"))


@cache
def _ignorecase(pattern: str) -> regex.Pattern:
    """A pattern built from a cue's source, compiled once (V0 IGNORECASE, as these always were)."""
    return regex.compile(pattern, regex.IGNORECASE)


def type_kind(draft: Draft, text: str, sentence: tuple[int, int], floor: int) -> None:
    """The number's kind and direction; `floor` is where its clause starts (`clause_floor`)."""
    mention = draft.mention
    left = text[floor:mention.start]
    right = text[mention.end:min(sentence[1], mention.end + 60)]
    unit = mention.unit
    right_words = " ".join(_WORD.findall(right)[:4])
    right_direction = _right_direction(right_words)
    # The cues before the number are read only where a rule asks for them: a factor ("2.5x") is
    # a ratio whatever precedes it, and mostly has its direction from its own words.
    before = None
    if mention.word_kind == "n_of_m":
        draft.kind = "absolute"
    elif unit == "%" and _retains((before := _LeftCues(left)).ratio_cues, right):
        draft.kind, draft.rule_ids = "ratio", draft.rule_ids + ["kind.retains"]
    elif unit == "x" or (unit is None and draft.metric == "speedup" and not mention.word_kind):
        draft.kind = "ratio"      # "a speedup of 2.5" is a factor without its "x"
    elif unit == "pp" or mention.sign:
        draft.kind = "change"
    elif ((before := before or _LeftCues(left)).by and (before.direction or right_direction)) or \
            before.change_verb or _CHANGE_NOUN_AFTER.match(right) or before.change_noun:
        draft.kind = "change"
    elif unit in ("%", None) and right_direction and _LEADING_WORD.match(right) and \
            _words(right)[:1] and _words(right)[0] in _COMPARATIVES:
        draft.kind = "change"
    else:
        draft.kind = "absolute"
    if draft.kind == "absolute":
        draft.direction = None
        return
    direction = (mention.direction or (("decrease" if mention.sign == "-" else "increase") if mention.sign else None)
                 or right_direction or _metric_text_direction(draft.metric_text))
    if not direction:
        direction = (before or _LeftCues(left)).direction
    if draft.rule_ids and "kind.retains" in draft.rule_ids:
        direction = "decrease" if mention.value < 100 else "increase"
    polarity = metric_polarity().get(draft.metric)
    window = left + " " + right_words
    if direction == "increase" and polarity == "decrease" and not mention.sign and \
            _EVALUATIVE.search(window) and not _EXPLICIT_INCREASE.search(window):
        direction = "decrease"
        draft.rule_ids.append("kind.evaluative_polarity")
    draft.direction = direction or polarity or "increase"


_NOT_MODIFIERS = frozenset("is are was were be being been as while when which that compared over "
                           "against vs versus using achieving reaching".split())
_COMPARATIVES = frozenset("higher lower more less fewer faster slower better worse smaller larger greater "
                          "cheaper shorter improvement reduction gain drop increase decrease above below".split())
# Words that say "better" without saying which way the number moved: for a metric where lower is
# better (latency, runtime, perplexity) they mean a decrease.
_EVALUATIVE = regex.compile(
    r"\b(?:improv\w*|outperform\w*|better|enhanc\w*|beat\w*|surpass\w*|advanc\w*)\b", regex.IGNORECASE)
_EXPLICIT_INCREASE = regex.compile(
    r"\b(?:higher|more|larger|greater|increas\w*|rais\w*|boost\w*|grow\w*|ris\w*|above|longer)\b", regex.IGNORECASE)


def _right_direction(right_words: str) -> str | None:
    """The direction the first direction cue of the four words after a number gives: of two
    starting at one place, the first in order."""
    pattern, groups = _right_direction_matcher()
    match = pattern.search(right_words)
    if match is None:
        return None
    return next(direction for group, direction in groups if match.start(group) >= 0)


@cache
def _right_direction_matcher() -> tuple[regex.Pattern, tuple[tuple[int, str | None], ...]]:
    """The "after" direction cues as one alternation, each in a group of its own, with the
    group's number and the cue's direction. At the first place where one of them matches, the
    alternation takes the first that does: the cue a search of each one by one picks (the
    earliest start, ties to the first)."""
    groups, number = [], 1
    for cue, direction in _direction_cues("after"):
        groups.append((number, direction))
        number += 1 + cue.groups        # the groups a cue holds come after its own
    pattern = "|".join(f"({cue.pattern})" for cue, _ in _direction_cues("after"))
    return _ignorecase(pattern), tuple(groups)


def _metric_text_direction(metric_text: str) -> str | None:
    words = set(_words(metric_text))
    if words & {"reduction", "saving", "savings", "drop", "loss", "compression"}:
        return "decrease"
    if words & {"improvement", "gain", "increase", "boost", "speedup", "acceleration"}:
        return "increase"
    return None


def _retains(ratio_cues: list[Cue], right: str) -> bool:
    """"retains 95% of the accuracy": a ratio cue found before the number, with its words after."""
    for cue in ratio_cues:
        after = cue.attrs.get("after") or []
        if not after or any(_ignorecase(a).search(right) for a in after):
            return True
    return False


class _LeftCues:
    """What type_kind reads in the text before a number, found in one scan of it: the direction
    its last direction cue gives, the kind cues it ends with, and the ratio cues it holds."""

    __slots__ = ("direction", "by", "change_verb", "change_noun", "ratio_cues")

    def __init__(self, left: str) -> None:
        scanner, directions, ratio_cues = _left_scanner()
        found = scanner.scan(left)
        best = None
        # The last cue wins; of two starting at one place, the first in order.
        for (_, direction), matches in zip(directions, found):
            for match in matches:
                if best is None or match.start() > best[0]:
                    best = (match.start(), direction)
        self.direction = best[1] if best else None
        rest = found[len(directions):]
        self.by, self.change_verb, self.change_noun = bool(rest[0]), bool(rest[1]), bool(rest[2])
        self.ratio_cues = [cue for cue, matches in zip(ratio_cues, rest[3:]) if matches]


@cache
def _left_scanner() -> tuple[PatternSet, tuple[tuple[regex.Pattern, str | None], ...], tuple[Cue, ...]]:
    """One scanner over the direction cues before a number, then `_BY_KIND`, `_CHANGE_VERB_BEFORE`,
    `_CHANGE_NOUN_BEFORE`, then the ratio cues of the kind rules; with the first and the last."""
    directions = _direction_cues("before")
    ratio_cues = tuple(cue for cue in side_cues("kind") if cue.attrs.get("kind") == "ratio")
    patterns = [pattern for pattern, _ in directions] + [_BY_KIND, _CHANGE_VERB_BEFORE, _CHANGE_NOUN_BEFORE] + \
        [cue.pattern for cue in ratio_cues]
    return PatternSet(patterns), directions, ratio_cues


def type_qualifier(draft: Draft, text: str, sentence: tuple[int, int], floor: int) -> None:
    """The number's qualifier ("up to"); `floor` is where its clause starts (`clause_floor`)."""
    mention = draft.mention
    left = _without_lead_in(text[max(floor, mention.start - 60):mention.start])
    right = text[mention.end:min(sentence[1], mention.end + 40)]
    found: list[tuple[str, str]] = []
    if mention.qualifier:
        found.append((mention.qualifier, "number.word"))
    for cue, matches in zip(_side("qualifier", "before"), _qualifier_scanner().scan(left)):
        if matches:
            found.append((cue.attrs["qualifier"], cue.rule_id))
    # Most numbers have none of the cues after them or in their metric's words: one search of all
    # of a side's cues at once says so, and only where one matches are they read one by one.
    after_cues, any_after = _any_cue("after")
    if any_after.match(right):
        for cue in after_cues:
            if cue.pattern.match(right):
                found.append((cue.attrs["qualifier"], cue.rule_id))
    metric_cues_, any_metric = _any_cue("metric")
    in_metric_text = any_metric.search(draft.metric_text) is not None
    prefix = None       # read once, and only when a cue is not in the metric's own words
    for cue in metric_cues_:
        if in_metric_text and cue.pattern.search(draft.metric_text):
            found.append((cue.attrs["qualifier"], cue.rule_id))
            continue
        if prefix is None:
            prefix = _metric_prefix(text, draft)
            in_prefix = any_metric.search(prefix) is not None
        if in_prefix and cue.pattern.search(prefix):
            found.append((cue.attrs["qualifier"], cue.rule_id))
    if found:
        draft.qualifier, draft.qualifier_source = min(found, key=lambda f: _PRECEDENCE.index(f[0]))
        draft.rule_ids.append(draft.qualifier_source)


@cache
def _any_cue(where: str) -> tuple[tuple[Cue, ...], regex.Pattern]:
    """The qualifier cues of one side, and an alternation of them all: it matches at a place
    where one of them does, and only there."""
    cues = _side("qualifier", where)
    flags = {cue.pattern.flags for cue in cues}
    assert len(flags) == 1, "the cues of one side are compiled alike"
    return cues, regex.compile("|".join(f"(?:{cue.pattern.pattern})" for cue in cues), flags.pop())


@cache
def _qualifier_scanner() -> PatternSet:
    """The qualifier cues read before a number, in one scanner: most are found nowhere in it."""
    return PatternSet([cue.pattern for cue in _side("qualifier", "before")])


_LEAD_IN = ("by", "of", "a", "an", "is", "was", "reaching", "reaches", "achieving", "achieves", "with")
_LEAD_IN_WORDS = regex.compile(r"(?:\s*\b(?:" + "|".join(_LEAD_IN) + r")\s*)+$", regex.IGNORECASE)
# What a `_LEAD_IN_WORDS` match can hold in ASCII text, and the letters its words end with (read
# off the words, so that a word added to them keeps the shortcut exact).
_ASCII_LETTERS_AND_SPACES = string.ascii_letters + string.whitespace
_LEAD_IN_LAST_LETTERS = frozenset(word[-1] for word in _LEAD_IN) | frozenset(word[-1].upper() for word in _LEAD_IN)


def _without_lead_in(left: str) -> str:
    """`_LEAD_IN_WORDS.sub(" ", left)`, where in ASCII text the pattern is searched only where a
    match can start. The pattern tries every character of the window, and its one match ends the
    text: its last letter ends one of its words ("by", "of", "with"...), and it lies in the tail of
    letters and white space (the search from there sees the same word boundary before it)."""
    if not left.isascii():
        return _LEAD_IN_WORDS.sub(" ", left)
    stripped = left.rstrip()
    if not stripped or stripped[-1] not in _LEAD_IN_LAST_LETTERS:
        return left
    match = _LEAD_IN_WORDS.search(left, len(left.rstrip(_ASCII_LETTERS_AND_SPACES)))
    return left if match is None else left[:match.start()] + " " + left[match.end():]


_PRECEDENCE = ("up_to", "at_least", "at_most", "more_than", "less_than", "about", "average")


def _metric_prefix(text: str, draft: Draft) -> str:
    """The two words before the metric cue ("average accuracy", "geo-mean speedup")."""
    hit = draft.metric_hit
    if hit is None:
        return ""
    words = _WORD.findall(text[max(0, hit.start - 25):hit.start])
    return " ".join(words[-2:]) if abs(hit.start - draft.mention.start) < 80 else ""
