"""A bracketed "X to Y" right after a change of size Y - X is the change's from-to, not a range.

"improves physical commonsense by 11pp (55.8% to 66.8%)", "the gain is +12.8pp (37.2% to 50.0%)": the two
figures in the bracket are the old and new values whose difference the change states, so the bracket is
one claim with the new figure in value and the old in baseline_value (spec 7), as "from 55.8% to 66.8%"
is. A rising "X to Y" stays a range elsewhere ("achieves the highest accuracy (0.83 to 0.89)").
"""
from __future__ import annotations

import dataclasses

from ..matching import compiled, match_at
from .draft import Draft

RULES = {
    "pair.bracketed_rise": '"by 11pp (55.8% to 66.8%)": a bracketed "X to Y" right after a change whose size is '
        'Y - X (in points, or relative in %) is the from-to of that change: Y in value, X as baseline_value',
}
_RULE = "pair.bracketed_rise"
# "(55.8% to 66.8%)", "(F1: 0.80 to 0.97)": the bracket opens right before the low figure, after a label at most.
_OPENING = compiled(r"\(\s?(?:[\p{L}][\p{L}\d@-]{0,15}\s?:\s?)?\$?$")
_TO = compiled(r"\$?\\?%?\$?\s?to\s")
_CLOSING = compiled(r"\s?\)")
# "by 11pp (", "by 4.4pp on average (": a short gap with no figure, clause break or bracket.
_CHANGE_GAP = compiled(r"[^\d;()]{0,40}")


def bracketed_rises(text: str, drafts: list[Draft]) -> None:
    """Turn each bracketed rising range that spells out the change before it into a from-to pair."""
    for previous, draft in zip(drafts, drafts[1:]):
        number = draft.number
        low = number.value_low
        if low is None or previous.kind != "change" or previous.sentence_index != draft.sentence_index:
            continue
        opening = text.rfind("(", max(0, number.start - 20), number.start + 1)
        if opening < previous.end or not _OPENING.search(text, opening, number.start) \
                or not _CHANGE_GAP.fullmatch(text, previous.end, opening):
            continue
        if not _TO.search(text, number.start, number.number_end) or not match_at(_CLOSING, text, draft.end):
            continue
        if not _states_change(previous.number.value, previous.number.unit, low, number.value, number.unit):
            continue
        draft.number = dataclasses.replace(number, value_low=None)
        draft.baseline_value = low
        draft.decide("baseline_value", _RULE)
        draft.rule_ids.append(_RULE)


def _states_change(change: float, change_unit: str | None, low: float, high: float, unit: str | None) -> bool:
    """`change` is high - low (points, or the figures' own unit), or for a change in % also (high - low) / low."""
    difference = high - low
    if abs(difference - change) <= 0.051 * max(1.0, abs(change) / 10) and change_unit in ("pp", "%", None, unit):
        return True
    return change_unit == "%" and low > 0 and abs(difference / low * 100 - change) <= 0.51
