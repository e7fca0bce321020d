"""What `scanner.Scanner` reads off its patterns' syntax, as plain data: which strings may begin
a match of which pattern, which literals gate or bound which, which patterns run in full. The
analysis (`plan`) costs seconds for the rule book's vocabularies and depends on the patterns'
sources and flags alone, so `cached_plan` keeps it in the rule cache (`claims.rulecache`); the
scanner compiles what the plan names and builds its automaton from the plan's words."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..rulecache import cached
from .classes import confining_class
from .compiled import compiled
from .edges import fast_edges, plain_edges
from .starts import starts
from .syntax import anchored, branches, required, word_start

# Starts of up to 12 characters, where a pattern has not too many: "dedicated " and "dedicated\t"
# rather than "dedicate", fewer tries of the pattern where it does not match. Not beyond 256: a
# pattern listing thousands of long starts (every spacing and case of a vocabulary's names) gives
# several overlapping hits at one place, each handled in Python, and an automaton that takes most
# of a new process's first extract to build (at 4,096: 189,000 words against 46,500; 14% more
# instructions an abstract, 52% more for import and the first extract).
LONG_PREFIX = 12
MAX_LONG_STARTS = 256
MIN_LONG_START = 3
# An anchored pattern can begin only where the string begins, so its starts save at most one try
# there: a few short ones do that as well as thousands ("^\s?%?\s?(?:noise|dropout|...)" lists a
# string per spacing and word), and every scanner holding the pattern keeps the list.
MAX_ANCHORED_STARTS = 64

# Skeleton characters that only a letter or a digit shows as: an ASCII letter (from it, or from a
# letter folding to it, as the Kelvin sign) or "0" (an ASCII digit).
WORD_SKELETON = frozenset("abcdefghijklmnopqrstuvwxyz0")

Codes = tuple[tuple[int, ...], tuple[int, ...], "tuple[tuple[int, ...], ...] | None"]


class ScanPlan(NamedTuple):
    always: tuple[int, ...]                        # no starts and no required literals: run in full
    anchored: frozenset[int]                       # match only where the string begins
    anchored_by_start: dict[str, list[int]]        # anchored patterns by the start they need
    # Patterns run in full, each with the sources of its alternatives (None: no alternatives to
    # scan for), where one of them matches is where the pattern may.
    split: dict[int, tuple[str, ...] | None]
    outside: dict[int, str]                        # confined patterns: their class's complement
    words: tuple[str, ...]                         # what the automaton finds, in its order
    codes: tuple[Codes, ...]                       # per word: see `plan`
    no_bound: tuple[int, ...]                      # per pattern: last start without a literal seen
    shift: int                                     # candidate = (start << shift) + pattern index


def cached_plan(patterns: Sequence[regex.Pattern]) -> ScanPlan:
    """`plan(patterns)`, from the rule cache when a process analysed the same patterns before."""
    key = tuple((pattern.pattern, pattern.flags) for pattern in patterns)
    return cached("scan plan", key, lambda: plan(patterns))


def _alternative_sources(pattern: regex.Pattern, source: str) -> tuple[str, ...] | None:
    """The sources of `pattern`'s alternatives (`syntax.branches`), where each compiles alone."""
    found = branches(source)
    if found is None:
        return None
    alternatives = tuple(fast_edges(alternative) for alternative in found)
    try:
        for alternative in alternatives:
            compiled(alternative, pattern.flags)
    except regex.error:           # an alternative refers to a group another one holds
        return None
    return alternatives


def _starts(source: str, flags: int) -> frozenset[str] | None:
    """The strings one of which begins every match, or None where they cannot be listed or one
    is a single letter, digit or space (nearly everywhere: trying the pattern there costs more
    than one full scan). Up to LONG_PREFIX characters long where that makes few enough strings of
    MIN_LONG_START characters or more; else up to `starts.PREFIX_LENGTH`."""
    found = starts(source, flags, LONG_PREFIX, MAX_LONG_STARTS)
    if found is None or min(map(len, found), default=0) < MIN_LONG_START:
        found = starts(source, flags)
    if found is None or any(len(text) == 1 and (text.isalnum() or text == " ") for text in found):
        return None
    return found


def _shared(kept: dict[tuple, tuple], value: tuple) -> tuple:
    """The first tuple equal to `value` that `kept` saw (`value` itself the first time)."""
    return kept.setdefault(value, value)


def plan(patterns: Sequence[regex.Pattern]) -> ScanPlan:
    """How a scanner of `patterns` finds where each may match (see `scanner`)."""
    always: list[int] = []
    anchored_: set[int] = set()
    anchored_by_start: dict[str, list[int]] = {}
    split: dict[int, tuple[str, ...] | None] = {}
    outside: dict[int, str] = {}
    starting: dict[str, set[int]] = {}    # start string -> patterns it may begin
    bounded_starting: dict[str, set[int]] = {}    # the same, where no letter or digit precedes
    gating: dict[str, set[int]] = {}      # literal -> patterns run in full where it occurs
    confining: dict[str, set[int]] = {}   # literal -> patterns run in the runs that hold it
    # Literal -> patterns with starts whose matches hold one of their literals, at or after
    # the start (`required` reads no lookbehind, whose text lies before it). Not where every
    # start holds a literal itself: the literal would be found wherever the start is.
    bounding: dict[str, set[int]] = {}
    for index, pattern in enumerate(patterns):
        # The syntax is read with the word edges as written (`edges.plain_edges`).
        source, flags = plain_edges(pattern.pattern), pattern.flags
        if anchored(source, flags):
            anchored_.add(index)
            found = starts(source, flags, most=MAX_ANCHORED_STARTS)
            if found is not None:
                for text in found:
                    anchored_by_start.setdefault(text, []).append(index)
                continue
        elif (found := _starts(source, flags)) is not None:
            opening = word_start(source, flags)
            for text in found:
                # Where a letter or digit comes right before, the pattern cannot begin.
                bounded = opening == "word" or (opening == "boundary" and text[0] in WORD_SKELETON)
                (bounded_starting if bounded else starting).setdefault(text, set()).add(index)
            literals = required(source)
            if literals and not all(any(literal in text for literal in literals) for text in found):
                for literal in literals:
                    bounding.setdefault(literal, set()).add(index)
            continue
        literals = required(source)
        if literals is None:
            always.append(index)
        members = confining_class(source) if literals and index not in anchored_ else None
        if members is not None:
            outside[index] = "[^" + members[1:]
        for literal in literals or ():
            (gating if members is None else confining).setdefault(literal, set()).add(index)
        if index not in anchored_ and members is None:
            split[index] = _alternative_sources(pattern, source)
    words = sorted(starting.keys() | bounded_starting.keys() | gating.keys() | bounding.keys()
                   | confining.keys())
    # Per word, in the automaton's order: the codes of the patterns it may begin, of those it
    # may begin where no letter or digit precedes, and None, or else the patterns its presence
    # lets run, those it lets match where they start at or before it, and those it lets run
    # in its run (most words are starts alone: their hits skip those three).
    # Thousands of words share a few hundred codes: each is kept once, which makes the plan
    # smaller in memory and, pickled with references, about a tenth as long to read back.
    shared: dict[tuple, tuple] = {}
    starting_codes, bounded_codes, *literal_codes = ({word: _shared(shared, tuple(sorted(indexes)))
                                                      for word, indexes in table.items()}
                                                     for table in (starting, bounded_starting, gating, bounding, confining))
    literal_words = gating.keys() | bounding.keys() | confining.keys()
    codes = tuple(_shared(shared, (starting_codes.get(word, ()), bounded_codes.get(word, ()),
                                   _shared(shared, tuple(table.get(word, ()) for table in literal_codes))
                                   if word in literal_words else None))
                  for word in words)
    # Per pattern, the last place a match can start while no literal has been seen: none for
    # a pattern bounded by its literals, any for the others.
    bounded_patterns = set().union(*bounding.values())
    no_bound = tuple(-1 if index in bounded_patterns else sys.maxsize for index in range(len(patterns)))
    return ScanPlan(tuple(always), frozenset(anchored_), anchored_by_start, split, outside, tuple(words),
                    codes, no_bound, max(1, (len(patterns) - 1).bit_length()))
