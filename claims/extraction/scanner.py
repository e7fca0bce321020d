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

from collections.abc import Iterable, Iterator, Sequence
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
        self._always: list[int] = []          # no starts and no required literals: run in full
        starting: dict[str, set[int]] = {}    # start string -> patterns it may begin
        gating: dict[str, set[int]] = {}      # literal -> patterns run in full where it occurs
        for index, pattern in enumerate(self.patterns):
            found = starts(pattern.pattern)
            if found is None or any(len(s) == 1 and (s.isalnum() or s == " ") for s in found):
                # A start of one letter, digit or space is nearly everywhere: trying the pattern
                # there costs more than one full scan.
                literals = required(pattern.pattern)
                if literals is None:
                    self._always.append(index)
                for literal in literals or ():
                    gating.setdefault(literal, set()).add(index)
                continue
            for text in found:
                starting.setdefault(text, set()).add(index)
        self._automaton = ahocorasick.Automaton()
        for word in starting.keys() | gating.keys():
            self._automaton.add_word(word, (len(word), tuple(sorted(starting.get(word, ()))),
                                            tuple(sorted(gating.get(word, ())))))
        self._searchable = bool(starting or gating)
        if self._searchable:
            self._automaton.make_automaton()

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        """The matches of pattern `index`, as `patterns[index].finditer(text, pos, endpos, ...)`."""
        return iter(self.scan(text, pos, endpos, **options)[index])

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False,
             timeout: float | None = None) -> list[Sequence[regex.Match]]:
        """For every pattern, the matches its `finditer` finds in text[pos:endpos]."""
        end = len(text) if endpos is None else min(endpos, len(text))
        folded = _skeleton(text)
        found: list[Sequence[regex.Match]] = [()] * len(self.patterns)
        if folded is None:
            full: Iterable[int] = range(len(self.patterns))
            candidates: dict[int, set[int]] = {}
        else:
            full, candidates = self._candidates(folded, pos, end)
        for index in full:
            found[index] = list(self.patterns[index].finditer(text, pos, end, overlapped=overlapped,
                                                              timeout=timeout))
        for index, positions in candidates.items():
            pattern, out, reached = self.patterns[index], [], pos
            for start in sorted(positions):
                if start < reached:
                    continue
                match = pattern.match(text, start, end, timeout=timeout)
                if match is not None:
                    out.append(match)
                    if not overlapped:
                        reached = max(match.end(), start + 1)
            found[index] = out
        return found

    def _candidates(self, folded: str, pos: int, end: int) -> tuple[set[int], dict[int, set[int]]]:
        """The patterns to run in full, and for the others the positions where each may start."""
        full = set(self._always)
        candidates: dict[int, set[int]] = {}
        if self._searchable and end > pos:
            for last, (length, starting, gated) in self._automaton.iter(folded, pos, end):
                for index in starting:
                    candidates.setdefault(index, set()).add(last - length + 1)
                full.update(gated)
        return full, candidates
