"""Baselines that belong to one figure only, not to the rest of its sentence: the model a from-to
pair improves ("improves Qwen2.5-7B from 17.4% to 57.3%") and a name a figure is placed below or
above ("only 12% below CNN"). The context stage asks these before its other baseline rules."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..matching import compiled
from .draft import Draft
from .picking import PLACED_AGAINST, Choice, Mention

# A pair's improved model (baseline.improved_model) and what may stand between it and the pair's
# "from": a possessive and up to three words of the metric, no clause mark.
IMPROVED = "baseline.improved_model"
_IMPROVED_GAP = compiled(r"(?:\x27s|\u2019s)?(?:\s+[\w@.-]{1,25}){0,3}\s+")

# A name a figure is placed below or above without a determiner (baseline.below_above_name): that figure's only.
PLACED_NAME = "baseline.below_above_name"
# Farther than any gap _IMPROVED_GAP or PLACED_AGAINST reads (three words, a bracket and "below that of
# the"): the names beyond it are not tried, so a long list of figures reads each name a bounded number of times.
_MOST_GAP = 160


def improved_in_pair(text: str, draft: Draft, improved: list[Mention]) -> Choice | None:
    """baseline.improved_model: the model named as what a pair improves ("improves Qwen2.5-7B's
    accuracy from 17.4% to 57.3%") is that pair's baseline, and no other figure's. `improved` holds
    the sentence's such names in the order of their ends; only those within a gap's reach are read."""
    if draft.baseline_value is None:
        return None
    for index in range(bisect_right(improved, draft.start, key=_end) - 1, -1, -1):
        mention = improved[index]
        if draft.start - mention.end > _MOST_GAP:
            break
        if _IMPROVED_GAP.fullmatch(text, mention.end, draft.start):
            return mention.text, ("context.improved_pair", IMPROVED)
    return None


def placed_against(text: str, draft: Draft, placed: list[Mention]) -> Choice | None:
    """baseline.below_above_name: "only 12% below CNN" names the gap's baseline, of that figure only.
    `placed` holds the sentence's such names in the order of their starts."""
    for index in range(bisect_left(placed, draft.end, key=_start), len(placed)):
        mention = placed[index]
        if mention.start - draft.end > _MOST_GAP:
            break
        if PLACED_AGAINST.fullmatch(text, draft.end, mention.start):
            return mention.text, ("context.placed_against", PLACED_NAME)
    return None


def _end(mention: Mention) -> int:
    return mention.end


def _start(mention: Mention) -> int:
    return mention.start
