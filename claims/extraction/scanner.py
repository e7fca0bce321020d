r"""Run a pattern only where one of its matches can start.

A vocabulary pattern (hundreds of hardware names, dozens of metric cues) is slow in the `regex`
package: `finditer` tries every alternative at every character. Yet each match starts with one of
a few short strings, which the pattern's syntax tree gives (`syntax.starts`): "nvidia", "tesla",
"v100"... `Scanner` finds the places where those strings occur, in one Aho-Corasick pass over the
text's skeleton, and tries the compiled pattern only there (`pattern.match` at that position,
which sees the same lookbehind context as `finditer` does). The matches are exactly those of
`pattern.finditer`: a position where no possible start occurs is a position where `finditer`
fails. A pattern whose starts cannot be listed runs in full, but only on text that holds one of
its required literals (`syntax.required`); a text without a skeleton runs every pattern in full.

>>> scanner = Scanner([regex.compile(r"(?<!\w)(?:NVIDIA\s+)?[VA]100", regex.IGNORECASE)])
>>> [m.group(0) for m in scanner.finditer(0, "An nvidia V100 and an A100.")]
['nvidia V100', 'A100']
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import ahocorasick
import regex

from .syntax import required, skeleton, starts


@lru_cache(maxsize=4)             # one abstract's scanners share its skeleton
def _skeleton(text: str) -> str | None:
    return skeleton(text)


class Scanner:
    """`finditer` of several compiled patterns, tried only where their matches can start."""

    def __init__(self, patterns: Sequence[regex.Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._full: list[tuple[int, frozenset[str] | None]] = []   # with literals that gate it
        by_start: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            found = starts(pattern.pattern)
            if found is None or any(len(s) == 1 and (s.isalnum() or s == " ") for s in found):
                # A start of one letter, digit or space is nearly everywhere: trying the pattern
                # there costs more than one full scan.
                self._full.append((index, required(pattern.pattern)))
                continue
            for text in found:
                by_start.setdefault(text, set()).add(index)
        self._automaton = ahocorasick.Automaton()
        for text, indexes in by_start.items():
            self._automaton.add_word(text, (len(text), tuple(sorted(indexes))))
        self._anchored = bool(by_start)
        if self._anchored:
            self._automaton.make_automaton()

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        """The matches of pattern `index`, as `patterns[index].finditer(text, pos, endpos, ...)`."""
        return iter(self.scan(text, pos, endpos, **options)[index])

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False,
             timeout: float | None = None) -> list[list[regex.Match]]:
        """For every pattern, the matches its `finditer` finds in text[pos:endpos]."""
        end = len(text) if endpos is None else min(endpos, len(text))
        folded = _skeleton(text)
        found: list[list[regex.Match]] = [[] for _ in self.patterns]
        full = [(i, None) for i in range(len(self.patterns))] if folded is None else self._full
        for index, literals in full:
            if literals is None or any(folded.find(literal, pos, end) >= 0 for literal in literals):
                found[index] = list(self.patterns[index].finditer(text, pos, end, overlapped=overlapped,
                                                                  timeout=timeout))
        if folded is None or not self._anchored or end <= pos:
            return found
        candidates: dict[int, set[int]] = {}
        for last, (length, indexes) in self._automaton.iter(folded, pos, end):
            for index in indexes:
                candidates.setdefault(index, set()).add(last - length + 1)
        for index, positions in candidates.items():
            pattern, out, reached = self.patterns[index], found[index], pos
            for start in sorted(positions):
                if start < reached:
                    continue
                match = pattern.match(text, start, end, timeout=timeout)
                if match is not None:
                    out.append(match)
                    if not overlapped:
                        reached = max(match.end(), start + 1)
        return found
