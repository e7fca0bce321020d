"""Where does pattern P match in text T: the one boundary between the rules and the engine.

The stages of `claims.extraction` write what a number, a cue or a name looks like; this package
answers where it matches, and its contract is that every answer is exactly the one plain `regex`
gives. Everything here that makes an answer faster lives behind that contract:

- `pattern_set`: several compiled patterns scanned together (`finditer` of each), tried only where
  one of their matches can start (`scanner.Scanner`: an Aho-Corasick pass over the text's
  skeleton finds the start strings the patterns' syntax allows, `starts`, `syntax`, `classes`);
- `compile_rule`: a rule's pattern compiled with its word edges in a form that stays fast under
  full case folding (`edges`);
- `match_at`: a match at a position that reads no further than the pattern can (`reach`);
- `number_spans` and `SentenceEnds`: hand-written readers of the number and sentence-end
  patterns for ASCII text (`readers`).

Setting the environment variable `CLAIMS_MATCHING=plain` before the process starts turns all of
it off: every scan is each pattern's own `finditer`, rules compile as written, and the readers
give way to their patterns. The tables must be the same either way (tests/test_matching.py runs
the seeds, every pattern example and generated text both ways).

>>> patterns = pattern_set([compile_rule(r"(?<![\\p{L}\\p{N}])(?:NVIDIA\\s+)?[VA]100")])
>>> [m.group(0) for m in patterns.scan("An nvidia V100 and an A100.")[0]]
['nvidia V100', 'A100']
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

import regex

from .compiled import compiled
from .edges import fast_edges
from .forms import ascii_form
from .heads import HeadAndRest
from .limits import budget
from .mode import PLAIN
from .reach import match_at
from .readers import NUMBER, SentenceEnds, number_spans, search_at_end
from .scanner import Scanner

__all__ = ["FLAGS", "HeadAndRest", "NUMBER", "PLAIN", "PatternSet", "SentenceEnds", "budget", "compile_rule",
           "compiled", "match_at", "number_spans", "pattern_set", "search_at_end"]

# Every rule ignores case, with full case folding ("ß" matches "ss").
FLAGS = regex.IGNORECASE | regex.VERSION1


def compile_rule(pattern: str, flags: int = FLAGS) -> regex.Pattern:
    """A rule's pattern compiled with `flags` (once per rule set: `compiled`); its word edges in
    their fast forms unless plain."""
    return compiled(pattern if PLAIN else fast_edges(pattern), flags)


class _PlainSet:
    """`PatternSet` on plain `regex`: each pattern's own `finditer`."""

    def __init__(self, patterns: Sequence[regex.Pattern]) -> None:
        self.patterns = tuple(patterns)

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False,
             timeout: float | None = None) -> list[Sequence[regex.Match]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        return [list(pattern.finditer(text, pos, end, overlapped=overlapped, timeout=timeout))
                for pattern in self.patterns]

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        return iter(self.scan(text, pos, endpos, **options)[index])


class _AsciiAware:
    """A `Scanner` of the patterns, and one of their ASCII forms (`forms.ascii_form`) for ASCII
    text."""

    def __init__(self, patterns: Sequence[regex.Pattern]) -> None:
        self.patterns = tuple(patterns)
        forms = [ascii_form(pattern) for pattern in self.patterns]
        self._any = Scanner(self.patterns)
        self._ascii = Scanner(forms) if forms != list(self.patterns) else self._any

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, **options) -> list[Sequence[regex.Match]]:
        return (self._ascii if text.isascii() else self._any).scan(text, pos, endpos, **options)

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        return iter(self.scan(text, pos, endpos, **options)[index])


class PatternSet(Protocol):
    """Several compiled patterns scanned together (what `pattern_set` returns)."""

    patterns: tuple[regex.Pattern, ...]

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False,
             timeout: float | None = None) -> list[Sequence[regex.Match]]:
        """For every pattern, the matches its `finditer(text, pos, endpos)` finds."""

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        """The matches of pattern `index` alone."""


def pattern_set(patterns: Sequence[regex.Pattern], *, ascii_forms: bool = False) -> PatternSet:
    """Several compiled patterns, scanned together. With `ascii_forms`, ASCII text is scanned with
    the patterns' possessive forms (`forms.ascii_form`)."""
    if PLAIN:
        return _PlainSet(patterns)
    return _AsciiAware(patterns) if ascii_forms else Scanner(patterns)
