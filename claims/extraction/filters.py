"""Drop numbers that are set-up, not outcomes (CLAIMS_SPEC.md sections 1, 7 and 8): the rules of
patterns/filters/, each reading the text right before and after the number ("5-fold
cross-validation", "a learning rate of 0.01", "at 50% sparsity").

The text after the number is read first: what it holds decides which filters may still drop the
number, and only their patterns are read in the text before it.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..matching import budget, compiled
from .cues import NO_CUES, SentenceCues
from .numbers import Number
from .rulebook.cues import FilterRule, filter_rules, filter_window_set

# A year, or a span or pair of years ("2008-2009", "TREC 2021/2022").
_YEAR = compiled(r"^(?:19|20)\d\d(?:\s?(?:-{1,2}|–|/)\s?(?:19|20)\d\d)?$")
_WHOLE = compiled(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")      # "3", "2021", "203,226"
WINDOW = 80                 # characters read on each side of a number
# What joins two figures of one list: "25%, 50%, and 75%", "0.3 or 0.5".
_LIST_GAP = compiled(r"\s?,\s?(?:(?:and|or)\s)?|\s(?:and|or)\s")
_LIST_GAP_LONGEST = 8

Shape = tuple[bool, "str | None", bool]     # (bare, unit, "n of m")
Owners = tuple[tuple[str, int], ...]        # (key, filter index) of each pattern of a set


def drop_reason(text: str, sentence_start: int, number: Number,
                sentence_cues: Callable[[], SentenceCues] = lambda: NO_CUES) -> str | None:
    """The id of the first filter that drops `number`, or None. `sentence_cues` gives the metric
    cues of the number's sentence, read only by a filter that spares a number a metric names."""
    shape = (number.bare, number.unit, number.word_kind == "n_of_m")
    after_hits = _hits(text[number.end:number.end + WINDOW], _after_owners(shape))
    live, before_owners = _live_rules(shape, after_hits)
    before_hits = _hits(text[max(sentence_start, number.start - WINDOW):number.start], before_owners)
    for index, rule in live:
        if ("unless_before", index) in before_hits:
            continue
        if rule.year:
            if number.unit is None and not number.word_kind and \
                    _YEAR.match(text[number.start:number.number_end].lstrip("+-")):
                return rule.rule_id
            continue
        if rule.whole_only and not _WHOLE.match(text[number.start:number.number_end]):
            continue
        if rule.unless_metric_before and _named_by_metric(text, number, sentence_cues()):
            continue
        hit_before, hit_after = ("before", index) in before_hits, ("after", index) in after_hits
        if (hit_before or hit_after) if rule.either else \
                (rule.before is None or hit_before) and (rule.after is None or hit_after):
            return rule.rule_id
    return None


def spread_over_lists(text: str, numbers: list[Number], rules: list[str | None]) -> list[str | None]:
    """`rules` (the rule that drops each of a sentence's `numbers`, or None) with a setting
    dropped from a whole list: the setting's noun is written once, after the last figure ("applying
    90%, 80%, and 70% thresholds") or before the first ("thresholds (25%, 50%, and 75%)"), so the
    filter that reads it drops one figure; a list is figures of one unit joined by commas and an
    "and" or "or", nothing else between them."""
    spreading = _list_rule_ids()
    out = list(rules)
    first = 0
    while first < len(numbers):
        last, joined = first, False
        while last + 1 < len(numbers) and numbers[last + 1].unit == numbers[first].unit:
            gap = text[numbers[last].end:numbers[last + 1].start]
            if len(gap) > _LIST_GAP_LONGEST or not _LIST_GAP.fullmatch(gap):
                break
            joined = joined or "," not in gap or gap.rstrip().endswith(("and", "or"))
            last += 1
        rule = next((r for r in rules[first:last + 1] if r in spreading), None) if joined else None
        if rule:
            out[first:last + 1] = [r or rule for r in out[first:last + 1]]
        first = last + 1
    return out


@cache
def _list_rule_ids() -> frozenset[str]:
    return frozenset(rule.rule_id for rule in filter_rules() if rule.over_lists)


def _named_by_metric(text: str, number: Number, cues: SentenceCues) -> bool:
    """Whether a metric cue ends right before the number, only a space between ("HOTA 65")."""
    cue = cues.last_before(number.start)
    return cue is not None and not text[cue.end:number.start].strip()


@cache
def _shape_rules(shape: Shape) -> tuple[tuple[int, FilterRule], ...]:
    """The filters, with their indexes, that apply to a number of this shape, in rule order.
    "10 of the 16 benchmarks" skips every filter with an `after`: the noun counts the 16."""
    bare, unit, n_of_m = shape
    return tuple((index, rule) for index, rule in enumerate(filter_rules())
                 if rule.applies_to(bare, unit) and not (n_of_m and rule.after is not None))


@cache
def _after_owners(shape: Shape) -> Owners:
    return tuple(("after", index) for index, rule in _shape_rules(shape) if rule.after is not None)


@cache
def _live_rules(shape: Shape, after_hits: frozenset[tuple[str, int]]) \
        -> tuple[tuple[tuple[int, FilterRule], ...], Owners]:
    """The filters that may still drop a number of `shape` whose `after` cues are `after_hits`,
    in rule order, and the patterns before the number they read. A filter that needs its `after`
    cue, where it was not found, drops nothing; the filters after the first one that drops the
    number whatever precedes it are never reached."""
    live = []
    for index, rule in _shape_rules(shape):
        hit_after = ("after", index) in after_hits
        if not rule.year and rule.after is not None and not hit_after and not rule.either:
            continue
        live.append((index, rule))
        if not rule.may_spare and (hit_after if rule.either else rule.before is None):
            break
    owners = tuple((key, index) for index, rule in live for key in ("before", "unless_before")
                   if getattr(rule, key) is not None)
    return tuple(live), owners


def _hits(window: str, owners: Owners) -> frozenset[tuple[str, int]]:
    """The owners of the patterns that match in `window`."""
    if not owners:
        return frozenset()
    found = filter_window_set(owners).scan(window, timeout=budget(len(window)))
    return frozenset(owner for owner, matches in zip(owners, found) if matches)
