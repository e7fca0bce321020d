"""Whether a direction cue before a number is an earlier item's (CLAIMS_SPEC.md section 2: direction).

"reduces lock latency by 2.9x, achieves 2.8x throughput", "a 90% memory saving and a 6.6x throughput": the last
direction cue before the 2.8x or the 6.6x is that of the figure before it; the number names its own metric after it,
and moves the way that metric's family improves (kind.py, `direction.own_item`).
"""
from __future__ import annotations

import regex

from ..matching import compiled
from .cues import words

# A figure of a gain or size (in %, x, times), as an earlier item of a list holds it; one that owns the direction
# cue right after it, up to three words between and no comma ("a 90% memory saving", not ">2.3x, improving").
_FIGURE_TAIL = r"\d\s?(?:%|\\%|x\b|×|\$?\\times|times\b|-?fold\b)"
_FIGURE = compiled(_FIGURE_TAIL, regex.IGNORECASE)
_FIGURE_BEFORE_CUE = compiled(_FIGURE_TAIL + r"\$?(?:\s[\p{L}-]+){0,3}\s$", regex.IGNORECASE)

# The words of a bare list of figures ("by 6x, 3x and 2.5x"): none is an item of its own.
_LIST_WORDS = frozenset({"and", "or", "a", "an", "the", "by", "to", "up", "of", "over", "than", "respectively", "x"})


def owned_by_earlier_figure(left: str, cue_at: int) -> bool:
    """Whether the direction cue at `cue_at` of `left` belongs to an earlier figure: one stands between it and the
    number, and words of its own item follow that figure ("by 2.9x, achieves"; not the bare list "by 6x, 3x and"),
    or one stands right before the cue ("a 90% memory saving")."""
    last = None
    for last in _FIGURE.finditer(left, cue_at):
        pass
    if last is not None:
        return bool(set(words(left[last.end():])) - _LIST_WORDS)
    return _FIGURE_BEFORE_CUE.search(left, max(0, cue_at - 40), cue_at) is not None

