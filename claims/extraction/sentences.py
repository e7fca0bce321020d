"""Split normalized text into sentences, as half-open spans.

A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit or bracket,
unless the word before the stop is a known abbreviation ("e.g.", "et al.", "vs.", "Fig.").
"""
from __future__ import annotations

from ..matching import SentenceEnds

_ABBREVIATIONS = (r"e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Eqs|No|approx|resp|ca|etc|Prof|Inc|Ltd|"
                  r"w\.r\.t|a\.k\.a|Tab|Vol|pp")
# Abbreviations only as capitalized: in lower case they are units that end sentences ("latency
# drops to 5 ms. We ...", "3 sec.").
_CAPITALIZED_ABBREVIATIONS = r"Ms|Mr|Dr|Jr|St|Sec"
# What makes a full stop no sentence end, read back from the character after it.
_ABBREVIATED = r"(?i:\b(?:" + _ABBREVIATIONS + r"))\.|\b(?:" + _CAPITALIZED_ABBREVIATIONS + r"|\p{Lu})\."
_ENDS = SentenceEnds(_ABBREVIATED, closing=r"[\"')\]]", space=r"\s", opening=r"[\p{Lu}\d(\[\"']")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of `text`, trailing white space excluded.

    >>> t = "We propose X, e.g. for GPUs. It is 5x faster vs. YOLO. Done."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['We propose X, e.g. for GPUs.', 'It is 5x faster vs. YOLO.', 'Done.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in _ENDS.spans(text):
        if end > start:
            spans.append((start, end))
        start = next_start
    if start < len(text):
        end = _rstrip(text, start, len(text))
        if end > start:
            spans.append((start, end))
    return spans


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
