r"""Which strings every match of a pattern begins with, read off its syntax tree (`syntax.tree`).

>>> sorted(starts(r"(?:Tesla-)?[VA]100|RTX\d{4}"))
['a000', 'rtx0000', 'tesla-a0', 'tesla-v0', 'v000']
>>> starts(r"\w+ing") is None
True
"""
from __future__ import annotations

from re import _constants as C, _parser as sre
from typing import NamedTuple

import regex

from .skeleton import SKELETON
from .syntax import parse_items

PREFIX_LENGTH = 8                 # long enough to be rare in text, short enough to stay few
MAX_STARTS = 8192

def starts(pattern: str, flags: int = regex.FULLCASE | regex.IGNORECASE,
           length: int = PREFIX_LENGTH, most: int = MAX_STARTS) -> frozenset[str] | None:
    """Skeleton strings, one of which begins every match of `pattern`; None when unknown.

    `flags` are the compiled pattern's. A character that folds to several ("ﬁ" to "fi") matches
    its folded letters only under full case folding (IGNORECASE with FULLCASE); elsewhere it
    matches only itself, which no text with a skeleton holds, so it starts nothing. The strings
    grow up to `length` characters (longer ones are rarer in text but more), and stop growing
    where there would be more than `most` of them.
    """
    tree = parse_items(pattern)
    if tree is None:
        return None
    found = _extend({""}, tree, _Reading(flags & (regex.FULLCASE | regex.IGNORECASE), length, most))
    if found is None:
        return None
    texts = found[0] | found[1]
    if "" in texts:
        return None
    return _without_extensions(texts)


def _without_extensions(texts: set[str]) -> frozenset[str]:
    """`texts` without those that extend another one: "gpu" covers "gpus"."""
    # In sorted order the strings that extend one follow it, so a string extends one of those
    # kept before it exactly when it extends the last one kept.
    kept: list[str] = []
    for text in sorted(texts):
        if not (kept and text.startswith(kept[-1])):
            kept.append(text)
    return frozenset(kept)


Grown = tuple[set[str], set[str]]   # (strings that may still grow, strings complete)


class _Reading(NamedTuple):
    case: int                     # the FULLCASE and IGNORECASE flags in force
    length: int                   # how long a start may grow
    most: int                     # how many starts one step may make


def _extend(opened: set[str], items: list, reading: _Reading) -> Grown | None:
    """The strings `opened` grow into over `items`; only open ones are carried from step to step."""
    done: set[str] = set()
    index = 0
    while opened and index < len(items):
        run = _literal_run(items, index, reading.case)
        # A run of literals adds the same characters to every string, so it cannot make more
        # strings than there are: read at once, it grows them as its steps one by one would.
        if len(run) > 1 and len(opened) <= reading.most:
            opened, closed = _grown_by(opened, run, reading.length)
            index += len(run)
        else:
            step = _step(opened, *items[index], reading)
            if step is None:
                return None
            opened, closed = step
            index += 1
        done |= closed
    return opened, done


def _literal_run(items: list, index: int, case: int) -> str:
    """The skeleton characters of the literals from items[index] on, while each is one character."""
    run = []
    for op, av in items[index:]:
        if op is not C.LITERAL:
            break
        chars = _folded(chr(av), case)
        if len(chars) != 1:
            break
        char = next(iter(chars))
        if len(char) != 1:
            break
        run.append(char)
    return "".join(run)


def _grown_by(opened: set[str], run: str, length: int) -> Grown:
    """`opened` each followed by `run`, those that reach `length` characters cut there and closed."""
    grown: set[str] = set()
    complete: set[str] = set()
    short = length - len(run)           # a string shorter than this stays open
    for text in opened:
        if len(text) < short:
            grown.add(text + run)
        else:                           # one step adds a character at least, as `_step` does
            complete.add((text + run)[:max(length, len(text) + 1)])
    return grown, complete


def _step(opened: set[str], op, av, reading: _Reading) -> Grown | None:
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return opened, set()      # zero width: what comes next starts at the same place
    if op is C.SUBPATTERN:
        _, added, removed, body = av          # inline flags, as in "(?i:...)"
        if added & sre.SRE_FLAG_IGNORECASE:
            reading = reading._replace(case=reading.case | regex.IGNORECASE)
        if removed & sre.SRE_FLAG_IGNORECASE:
            reading = reading._replace(case=reading.case & ~regex.IGNORECASE)
        return _extend(opened, list(body), reading)
    if op is C.ATOMIC_GROUP:
        return _extend(opened, list(av), reading)
    if op is C.BRANCH:
        union: set[str] = set()
        union_done: set[str] = set()
        for branch in av[1]:
            found = _extend(opened, list(branch), reading)
            if found is None:
                return None
            union |= found[0]
            union_done |= found[1]
        return _capped((union, union_done), opened, reading)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(opened, low, high, list(body), reading)
    chars = _chars(op, av, reading.case)
    if chars is None:
        return set(), set(opened)
    grown = {text + char for text in opened for char in chars}
    complete = {text for text in grown if len(text) >= reading.length}
    return _capped((grown - complete, complete), opened, reading)


def _repeat(opened: set[str], low: int, high: int, body: list, reading: _Reading) -> Grown | None:
    """Every match makes some number k of passes over the body. The strings after k passes stay
    open for what follows, for k up to a few past the minimum; after the last pass listed (or
    when the list grows too long) they close, covering every larger k. A string that completes
    within a pass is a start whatever follows."""
    most = min(high, low + reading.length)
    union: set[str] = set()
    done: set[str] = set()
    current = opened
    for passes in range(most + 1):
        if passes == most:
            return (union, done | current) if high > most else (union | current, done)
        after = _extend(current, body, reading)
        if after is None:
            return None
        if len(union) + len(done) + len(current) + len(after[0]) + len(after[1]) > reading.most:
            return union, done | current
        if passes >= low:
            union |= current
        done |= after[1]
        current = after[0]
    return union, done


def _capped(grown: Grown, opened: set[str], reading: _Reading) -> Grown:
    """`grown`, or where it holds too many strings, their longest prefixes that are few enough,
    closed (a prefix of a start is a start)."""
    if len(grown[0]) + len(grown[1]) <= reading.most:
        return grown
    every = grown[0] | grown[1]
    for length in range(max(map(len, every)) - 1, 0, -1):
        cut = {text[:length] for text in every}
        if len(cut) <= reading.most:
            return set(), cut
    return set(), set(opened)


def _chars(op, av, case: int) -> set[str] | None:
    """The skeleton characters one item matches (none: only in texts without a skeleton), or None
    when too many or unknown."""
    if op is C.LITERAL:
        return _folded(chr(av), case)
    if op is C.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                found = _folded(chr(value), case)
            elif kind is C.RANGE and value[1] - value[0] < 32:
                found = set()
                for code in range(value[0], value[1] + 1):
                    found |= _folded(chr(code), case)
            elif kind is C.CATEGORY and value is C.CATEGORY_SPACE:
                found = {" ", "\t"}
            elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                found = {"0"}
            else:
                return None
            out |= found
        return out if len(out) <= 64 else None
    return None


def _folded(char: str, case: int) -> set[str]:
    """`char` as the skeleton shows it, matched with `case` (the FULLCASE and IGNORECASE flags in
    force). A character that folds to several ("ﬁ" to "fi") only occurs in texts that are scanned
    in full; only full case folding matches it to its folded letters, which then are a start."""
    folded = char.casefold()
    if len(folded) > 1 and case != regex.FULLCASE | regex.IGNORECASE:
        return set()
    return {folded.translate(SKELETON)}


# Where no match can hold white space, a match lies inside one run of other characters. U+3000 is
# the last character Python calls white space.
