"""Numbers joined by slashes that are lists of figures, not fractions ("2/3"), names ("24/7") or dates.

Two decimals joined by a slash are two scores ("95.8/94.1 UAS/LAS", "1.8/3.3 WER"). Three or more
figures joined by slashes and followed by a unit or a name are one figure each ("132/119/119 FPS",
"87/7/48 ms", "100/100/98.9/99.7% test accuracy": seeds and the blind samples count each of them);
two whole numbers stay a fraction or a name.
"""
from __future__ import annotations

from ..matching import compiled, match_at

_DECIMAL_BEFORE_SLASH = compiled(r"\d\.\d+/$")
_DECIMAL_AFTER_SLASH = compiled(r"/\d+\.\d")
# Three to six figures joined by slashes, then (after one space at most) a letter or a percent sign.
_CHAIN = compiled(r"\d{1,5}(?:\.\d{1,4})?%?(?:/\d{1,5}(?:\.\d{1,4})?%?){2,5}(?=\s?(?:\p{L}|\\?%))")
_CHAIN_CHARACTERS = frozenset("0123456789./%")
# A year among the figures makes a date ("2024/05/01"), not a list.
_YEAR = compiled(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")
_LONGEST_CHAIN = 60


def follows_list_slash(text: str, start: int, decimal: bool) -> bool:
    """The number at `start`, right after a slash, is the second or a later figure of a slash list."""
    if decimal and _DECIMAL_BEFORE_SLASH.search(text, max(0, start - 12), start):
        return True
    return _in_chain(text, start)


def precedes_list_slash(text: str, start: int, number_end: int, decimal: bool) -> bool:
    """The number at `start`..`number_end`, right before a slash, is a figure of a slash list."""
    if decimal and match_at(_DECIMAL_AFTER_SLASH, text, number_end):
        return True
    return _in_chain(text, start)


def _in_chain(text: str, start: int) -> bool:
    """`start` opens a figure of a chain of three or more slashed figures with a unit or name after it."""
    chain_start = start
    floor = max(0, start - _LONGEST_CHAIN)
    while chain_start > floor and text[chain_start - 1] in _CHAIN_CHARACTERS:
        chain_start -= 1
    if chain_start > 0 and (text[chain_start - 1].isalnum() or text[chain_start - 1] in "-_"):
        return False        # "v1/2/3", "M-1/2/4": part of a name
    chain = match_at(_CHAIN, text, chain_start)
    return chain is not None and chain.end() > start and not _YEAR.search(chain.group())
