r"""A match at a position, reading no further into the text than the pattern can.

Before it tries a pattern at `pos`, the `regex` module looks for the pattern's required string
("respectively", "the baseline") between `pos` and `endpos`. With no `endpos` that is the rest of
the text: a rule that matches after each number of a long text without its required string reads
the text once per number, and the run grows with the square of the text. `match_at` gives every
match an end no further than the pattern can read (`reach`), so the check reads a bounded window and
the answer is the one an unbounded match gives.

>>> import regex
>>> reach(regex.compile(r"\s?,?\s?respectively")), reach(regex.compile(r"\s*respectively"))
(46, 1000)
>>> match_at(regex.compile(r"\s?,?\s?respectively"), "5% and 7%, respectively", 9).group(0)
', respectively'
"""
from __future__ import annotations

import math
from functools import lru_cache

import regex
from re import _constants as C

from ..rulecache import cached
from .mode import PLAIN
from .syntax import parse_tree

# A pattern that can read on without end (`\s*`, `.+`) is given this many characters: no rule's
# match, nor what its lookaheads read, spans more (a longer one was never seen on 7,000 abstracts).
UNBOUNDED_REACH = 1000
# Under full case folding one character of a pattern can match three of the text ("ﬃ" is "ffi").
_FOLDED_WIDTH = 3
_ONE_CHARACTER = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def match_at(pattern: regex.Pattern, text: str, pos: int, endpos: int | None = None,
             timeout: float | None = None) -> regex.Match | None:
    """`pattern.match(text, pos, endpos)`, with `endpos` no further than the pattern's `reach`."""
    end = len(text) if endpos is None else endpos
    return pattern.match(text, pos, end if PLAIN else min(end, pos + reach(pattern)), timeout=timeout)


@lru_cache(maxsize=None)
def reach(pattern: regex.Pattern) -> int:
    """How many characters from its start a match of `pattern` and its lookaheads can read, at most
    UNBOUNDED_REACH; UNBOUNDED_REACH where the syntax does not tell. Kept in the rule cache: reading
    the syntax of every pattern a first extract uses would cost a new process a fifth of its start."""
    return cached("reach", pattern.pattern, lambda: _reach_of(pattern.pattern))


def _reach_of(source: str) -> int:
    tree = parse_tree(source)
    if tree is None:
        return UNBOUNDED_REACH
    read = _width_and_read(list(tree))[1]
    return UNBOUNDED_REACH if read == math.inf else min(UNBOUNDED_REACH, _FOLDED_WIDTH * int(read) + 1)


def _width_and_read(items: list) -> tuple[float, float]:
    """(the most characters the items consume, the most they read counting lookaheads and the one
    character a word boundary looks at)."""
    width = read = 0.0
    for op, av in items:
        if op in _ONE_CHARACTER:
            consumed, seen = 1, 1
        elif op is C.AT:
            consumed, seen = 0, 1
        elif op is C.SUBPATTERN:
            consumed, seen = _width_and_read(list(av[3]))
        elif op is C.ATOMIC_GROUP:
            consumed, seen = _width_and_read(list(av))
        elif op is C.BRANCH:
            options = [_width_and_read(list(branch)) for branch in av[1]]
            consumed, seen = max(o[0] for o in options), max(o[1] for o in options)
        elif op in _REPEATS:
            low, high, body = av
            inner_width, inner_read = _width_and_read(list(body))
            if high == C.MAXREPEAT and (inner_width or inner_read):
                consumed = seen = math.inf
            else:
                consumed = high * inner_width
                seen = (high - 1) * inner_width + inner_read if high else 0
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            consumed, seen = 0, (_width_and_read(list(body))[1] if direction == 1 else 0)
        elif op is C.GROUPREF_EXISTS:
            _, yes, no = av
            options = [_width_and_read(list(branch)) for branch in (yes, no) if branch is not None]
            consumed, seen = max(o[0] for o in options), max(o[1] for o in options)
        else:                     # a back reference, or syntax this reading does not know
            consumed = seen = math.inf
        read = max(read, width + seen)
        width += consumed
    return width, read
