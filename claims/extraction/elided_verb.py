"""A change whose verb is left out (gapping): "the mean position error is reduced by 41.0%, and the
mean orientation error by 55.6%", "reducing the minADE by 4.35%, the minFDE by 8.74%, and the MR by
20%". The second clause names its quantity and "by" but no verb; the verb of the change before it in
the sentence is its verb, so the number is a change the same way (spec 2: kind and direction).
"""
from __future__ import annotations

from ..matching import compiled
from .draft import Draft

RULES = {
    "kind.elided_verb": 'a number after "by" in a clause with no verb takes the change right before it in its sentence '
        '("is reduced by 41.0%, and the orientation error by 55.6%")',
}

# The gap from the change before to the number: a list break, then up to six words of the quantity
# named, then "by" (and a bound). No word of a new clause, and no passive before "by" ("is followed by
# 12%", "offset by 5%": there "by" names an agent, not the size of the change).
_ELIDED_GAP = compiled(
    r"(?:\s?\([^()]{0,40}\))?\s?(?:,\s?(?:and\s+)?|\s(?:and|while)\s+)"
    r"(?:(?!(?:while|whereas|but|which|when|with|is|are|was|were|be|been|being|it|we|they)\b)[\p{L}\p{N}@/-]+\s+){1,6}"
    r"(?<!ed\s)by\s+(?:(?:up\s+to|about|around|nearly|approximately|roughly|almost|over|more\s+than|at\s+least|~)\s*)?")


def elided_verb_change(text: str, previous: Draft, current: Draft) -> None:
    """An absolute number after "by" in a clause with no verb takes the kind and direction of the
    change right before it in its sentence (previous)."""
    if current.kind != "absolute" or previous.kind != "change" or \
            "kind.evaluative_polarity" in previous.decisions.get("direction", ()) or \
            previous.number.unit != current.number.unit or \
            not _ELIDED_GAP.fullmatch(text, previous.number.end, current.number.start):
        return
    current.kind, current.direction = previous.kind, previous.direction
    current.decide("kind", "kind.elided_verb")
    current.decide("direction", "kind.elided_verb")
    current.rule_ids.append("kind.elided_verb")
