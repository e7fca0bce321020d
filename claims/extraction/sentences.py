"""Split normalized text into sentences, as half-open spans.

A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit or bracket,
unless the word before the stop is a known abbreviation ("e.g.", "et al.", "vs.", "Fig.").
"""
from __future__ import annotations

from collections.abc import Iterable

import regex
from .limits import budget

_ABBREVIATIONS = (r"e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Eqs|No|approx|resp|ca|etc|Prof|Inc|Ltd|"
                  r"w\.r\.t|a\.k\.a|Tab|Vol|pp")
# Abbreviations only as capitalized: in lower case they are units that end sentences ("latency
# drops to 5 ms. We ...", "3 sec.").
_CAPITALIZED_ABBREVIATIONS = r"Ms|Mr|Dr|Jr|St|Sec"
# What makes a full stop no sentence end, read back from the character after it.
_ABBREVIATED = r"(?i:\b(?:" + _ABBREVIATIONS + r"))\.|\b(?:" + _CAPITALIZED_ABBREVIATIONS + r"|\p{Lu})\."
# After the stop: an optional closing quote or bracket, the white space (the sentence's trailing
# white space, group 1), and what may begin the next sentence.
_CLOSING, _SPACE, _OPENING = r"[\"')\]]", r"\s", r"[\p{Lu}\d(\[\"']"
# The abbreviation test is a lookbehind at the full stop, so one C-level scan finds the sentence
# ends; it cannot reach back past the sentence's start, which only white space precedes.
_BOUNDARY = regex.compile(r"(?:\.(?<!" + _ABBREVIATED + r")|[!?])" + _CLOSING + r"?(" + _SPACE + r"+)(?=" +
                          _OPENING + r")")
# The full stops the abbreviation test holds at: few, and found by the engine's fast search for
# a literal ".", where `_BOUNDARY` (which may begin with three characters) is tried at every one.
_ABBREVIATED_STOP = regex.compile(r"\.(?<=" + _ABBREVIATED + r")")


def _ascii_members(character_class: str) -> frozenset[str]:
    """The ASCII characters a class matches, as the `regex` engine reads it (its `\\s` is not
    `str.isspace`: it leaves out the separators U+001C..U+001F)."""
    pattern = regex.compile(character_class)
    return frozenset(character for character in map(chr, range(128)) if pattern.fullmatch(character))


_ASCII_CLOSING, _ASCII_SPACE, _ASCII_OPENING = map(_ascii_members, (_CLOSING, _SPACE, _OPENING))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of `text`, trailing white space excluded.

    >>> t = "We propose X, e.g. for GPUs. It is 5x faster vs. YOLO. Done."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['We propose X, e.g. for GPUs.', 'It is 5x faster vs. YOLO.', 'Done.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in (_ascii_ends(text) if text.isascii() else _ends(text)):
        if end > start:
            spans.append((start, end))
        start = next_start
    if start < len(text):
        end = _rstrip(text, start, len(text))
        if end > start:
            spans.append((start, end))
    return spans


def _ends(text: str) -> Iterable[tuple[int, int]]:
    """Per sentence end, where its trailing white space begins and ends (group 1 of `_BOUNDARY`)."""
    return (match.span(1) for match in _BOUNDARY.finditer(text, timeout=budget(len(text))))


def _ascii_ends(text: str) -> list[tuple[int, int]]:
    """`_ends` of an ASCII text, read without trying `_BOUNDARY` at every character.

    Each regex call pays for reading the clock (its time limit), once per match `finditer`
    yields: more than the scan itself. Here the stops come from `str.find`, what follows each
    one is read in Python with the pattern's own classes, and the abbreviation test is one scan
    for the (few) full stops it holds at. A boundary consumes only its stop, a closing character
    and white space, so no stop lies inside another's match: each stop is judged on its own.
    """
    length = len(text)
    ends: list[tuple[int, int]] = []
    abbreviated: set[int] | None = None
    for stop in _stops(text):
        space = stop + 1
        if space < length and text[space] in _ASCII_CLOSING:
            space += 1
        after = space
        while after < length and text[after] in _ASCII_SPACE:
            after += 1
        if after == space or after == length or text[after] not in _ASCII_OPENING:
            continue
        if text[stop] == ".":
            if abbreviated is None:
                abbreviated = {match.start() for match in
                               _ABBREVIATED_STOP.finditer(text, timeout=budget(length))}
            if stop in abbreviated:
                continue
        ends.append((space, after))
    return ends


def _stops(text: str) -> list[int]:
    """Where `.`, `!` and `?` occur in `text`, in order."""
    stops = _positions(text, ".")
    if "!" in text or "?" in text:
        stops = sorted(stops + _positions(text, "!") + _positions(text, "?"))
    return stops


def _positions(text: str, character: str) -> list[int]:
    found = []
    position = text.find(character)
    while position >= 0:
        found.append(position)
        position = text.find(character, position + 1)
    return found


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
