"""Normalize abstract text for matching, keeping a map back to the original offsets.

Abstracts carry LaTeX (`\\%`, `$\\times$`, `$\\sim$`, `\\textbf{...}`), Markdown bold, unicode
signs and odd spaces: patterns/normalize.yaml says what each becomes. Patterns run on the normalized text; every span found there maps back to a
half-open span of the original, so `original[start:end]` is always the claim's surface.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from heapq import merge
from itertools import chain
from dataclasses import dataclass

import regex

from ..matching import budget
from .rulebook.cues import normalize_rules

# Texts longer than this are normalized with the matches streamed (`normalize`).
STREAMED = 20_000

@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text and the segments that map it back to the original.

    Each segment is (normalized start, original start, original end, verbatim). A verbatim
    segment maps position by position; a replaced one maps as a whole.
    """

    original: str
    text: str
    _starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]
    _segments: tuple[tuple[int, int, int, bool], ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalized span to the half-open original span that produced it.

        >>> n = normalize("a 5.6$\\\\times$ speedup")
        >>> n.text
        'a 5.6x speedup'
        >>> s, e = n.to_original(2, 6)
        >>> n.original[s:e]
        '5.6$\\\\times$'
        """
        if end <= start:
            position = self._position(start, edge="start")
            return position, position
        return self._position(start, edge="start"), self._position(end - 1, edge="end")

    def to_normalized(self, position: int) -> int:
        """The normalized position of an original one (a position inside a replaced piece maps to
        the start of its replacement).

        >>> n = normalize("a $\\\\times$ b")
        >>> n.text, n.to_normalized(len(n.original) - 1)
        ('a x b', 4)
        """
        if not self._segments:
            return 0
        seg = max(0, bisect_right(self._orig_starts, position) - 1)
        norm_start, orig_start, orig_end, verbatim = self._segments[seg]
        if verbatim:
            return norm_start + min(position - orig_start, orig_end - orig_start)
        return norm_start if position < orig_end else norm_start + 1

    def _position(self, index: int, edge: str) -> int:
        if not self._segments:
            return 0
        seg = max(0, bisect_right(self._starts, index) - 1)
        norm_start, orig_start, orig_end, verbatim = self._segments[seg]
        if verbatim:
            offset = min(index - norm_start, orig_end - orig_start - 1)
            return orig_start + offset + (1 if edge == "end" else 0)
        return orig_start if edge == "start" else orig_end


def normalize(text: str) -> Normalized:
    """Normalize `text`; see the module docstring.

    >>> normalize("up to \\\\textbf{3.9\\\\%} and −20 ms").text
    'up to 3.9% and -20 ms'
    >>> normalize("１２.５ｘ ｆａｓｔｅｒ").text
    '12.5x faster'
    """
    rules, _, folds = normalize_rules()
    if len(text) > STREAMED:
        # The scanner hands back every match at once, each holding the spans of the pattern's
        # 26 groups (about 400 bytes a character of a text that is all markup): a long text
        # reads them from the pattern one at a time, the same matches.
        streamed = rules.patterns[0].finditer(text, timeout=budget(len(text)))
        first = next(streamed, None)
        matches: Iterable[regex.Match] = () if first is None else chain((first,), streamed)
    else:
        matches = rules.scan(text, timeout=budget(len(text)))[0]
    if not matches and (folds.pattern is None or text.isascii()):
        # Four abstracts in five: nothing to rewrite, the text is one verbatim segment.
        return Normalized(text, text, (0,), (0,), ((0, 0, len(text), True),)) if text else \
            Normalized(text, text, (), (), ())
    return _rewritten(text, replacements(text, matches))


def replacements(text: str, matches: Iterable[regex.Match]) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) of each of the normalize pattern's `matches` (in order, not
    overlapping), and, in a text that is not ASCII, of each character a fold rule matches
    outside them."""
    _, targets, folds = normalize_rules()
    replaced = ((m.start(), m.end(), targets[m.lastindex - 1]) for m in matches)
    if folds.pattern is None or text.isascii():
        yield from replaced
        return
    folded = ((m.start(), m.end(), folds.functions[m.lastindex - 1](m[0]))
              for m in folds.pattern.finditer(text, timeout=budget(len(text))))
    reached = 0
    for piece in merge(replaced, folded, key=lambda piece: piece[0]):   # a tie: the replaced first
        if piece[0] >= reached:         # a folded character inside a replaced span is replaced
            yield piece
            reached = piece[1]


def _rewritten(text: str, pieces: Iterable[tuple[int, int, str]]) -> Normalized:
    """`text` with each piece's span (in order, not overlapping) replaced by its replacement."""
    parts: list[str] = []
    starts: list[int] = []
    segments: list[tuple[int, int, int, bool]] = []
    norm_pos = orig_pos = 0
    for start, end, replacement in pieces:
        if start > orig_pos:
            chunk = text[orig_pos:start]
            starts.append(norm_pos)
            segments.append((norm_pos, orig_pos, start, True))
            parts.append(chunk)
            norm_pos += len(chunk)
        if replacement:
            starts.append(norm_pos)
            segments.append((norm_pos, start, end, False))
            parts.append(replacement)
            norm_pos += len(replacement)
        orig_pos = end
    if orig_pos < len(text):
        starts.append(norm_pos)
        segments.append((norm_pos, orig_pos, len(text), True))
        parts.append(text[orig_pos:])
    return Normalized(text, "".join(parts), tuple(starts), tuple(s[1] for s in segments), tuple(segments))
