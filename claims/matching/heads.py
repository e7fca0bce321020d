"""The matches of a pattern that opens with a name (no white space, bounded width) and goes on
with a rest that can be scanned for alone: "FooNet achieves", where the name may start at any
letter and a plain `finditer` would try every one.

Each match's rest starts where its name ends, so the pattern is tried only in the run of
non-space characters before each place where the rest matches (found overlapped, by a pattern
set), and no further back than the name's width.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from .classes import SPACE_CHARS
from .limits import budget
from .mode import PLAIN
from .reach import match_at


class HeadAndRest:
    """`pattern.finditer(text)`, found faster; `rest` is a pattern set of the part of `pattern`
    after its name (None: run in full), `head_width` the most characters the name spans."""

    def __init__(self, pattern: regex.Pattern, rest, head_width: int) -> None:
        self.pattern = pattern
        self._rest = None if PLAIN else rest
        self._width = head_width

    def finditer(self, text: str) -> Iterator[regex.Match]:
        timeout = budget(len(text))
        if self._rest is None:
            yield from self.pattern.finditer(text, timeout=timeout)
            return
        reached = 0                   # where finditer would look next: matches do not overlap
        tried = 0                     # positions before this were candidates of an earlier name end
        for rest in self._rest.scan(text, overlapped=True, timeout=timeout)[0]:
            stop = rest.start()
            start, floor = stop, max(tried, stop - self._width)
            while start > floor and text[start - 1] not in SPACE_CHARS:
                start -= 1
            tried = stop
            for position in range(max(start, reached), stop):
                if position < reached:
                    continue
                match = match_at(self.pattern, text, position, timeout=timeout)
                if match is not None:
                    yield match
                    reached = match.end()
