r"""What a pattern's syntax says every match holds: how it can start, and what it must contain.

`starts(pattern)` lists strings one of which begins every match ("nvidia", "tesla", "v100"...);
`required(pattern)` lists strings one of which occurs inside every match. Both are read off the
syntax tree and written in the skeleton alphabet (`skeleton(text)`), and both are None where the
tree cannot tell (a pattern may start with any letter). `scanner.Scanner` uses them to try a
pattern only where it can match.

>>> sorted(starts(r"(?:Tesla-)?[VA]100|RTX\d{4}"))
['a000', 'rtx0000', 'tesla-a0', 'tesla-v0', 'v000']
>>> starts(r"\w+ing") is None
True
"""
from __future__ import annotations

import regex

# The parser of the standard library's `re`: the `regex` package has no public syntax tree. Its
# syntax is a superset; what `re` cannot read, or might read differently, gets None.
from re import _constants as C, _parser as sre

PREFIX_LENGTH = 8                 # long enough to be rare in text, short enough to stay few
MAX_STARTS = 8192
MIN_LITERAL = 3                   # a shorter literal is in nearly every text: no filter at all
# Syntax only the `regex` package has, or reads its own way: named lists, version and fuzzy
# flags, grapheme and search anchors, branch reset, conditionals and recursion.
_UNSUPPORTED = regex.compile(r"\\L<|\(\?[a-zA-Z]*[rVwfbeu]|\\X|\\G|\(\?\||\(\?\(|\(\?&|\(\?R|\(\?P>|\(\?\d")
_NAMED_GROUP = regex.compile(r"\(\?P?<[A-Za-z_]\w*>")        # names may repeat across branches
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
# Starts are matched against a skeleton of the text: case-folded, every ASCII digit read as "0"
# and every ASCII space but " " read as a tab, so "\d" stands for one character and "\s" for
# two, and the start lists stay short. A text holding a non-ASCII digit or space, or a dotless i (which IGNORECASE matches to
# "I" though it folds to itself), is scanned in full.
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if regex.match(r"\s", c))
_ASCII_DIGIT = "0123456789"
SKELETON = str.maketrans({**{d: "0" for d in _ASCII_DIGIT}, **{s: "\t" for s in _ASCII_SPACE if s != " "}})
_EXOTIC = regex.compile(r"[[\d\s]--\p{ASCII}]|\u0131", regex.VERSION1)


def starts(pattern: str) -> frozenset[str] | None:
    """Skeleton strings, one of which begins every match of `pattern`; None when unknown."""
    tree = _parse(pattern)
    if tree is None:
        return None
    found = _extend({("", True)}, tree)
    if found is None or any(not text for text, _ in found):
        return None
    texts = {text for text, _ in found}
    # "gpu" covers "gpus": a string that extends another one in the list adds no start.
    return frozenset(t for t in texts if not any(t[:n] in texts for n in range(1, len(t))))


def required(pattern: str) -> frozenset[str] | None:
    r"""Skeleton strings, one of which occurs in every match of `pattern`; None when unknown.

    >>> sorted(required(r"(?:\w+\s+)?overheads?"))
    ['overhead']
    """
    tree = _parse(pattern)
    found = None if tree is None else _sequence(tree)
    return frozenset(found) if found else None


def _parse(pattern: str) -> list | None:
    if _UNSUPPORTED.search(pattern) or _foreign_syntax(pattern):
        return None
    plain = _PROPERTY.sub(lambda m: r"\w" if m[0][1] == "p" else r"\W", _NAMED_GROUP.sub("(?:", pattern))
    try:
        return list(sre.parse(plain))
    except Exception:             # noqa: BLE001 - any syntax `re` rejects means "unknown"
        return None


def _foreign_syntax(pattern: str) -> bool:
    """True for a nested set in a class (`[[:alpha:]]`, `[\\w--\\d]` under VERSION1) or a fuzzy
    constraint (`{e<=1}`), which `re` would read as literal characters."""
    inside = escaped = False
    opened = 0                    # where the class's members begin: a "]" there is a member
    for position, char in enumerate(pattern):
        if escaped:
            escaped = char in "pPN" and pattern[position + 1:position + 2] == "{"
            continue
        if char == "\\":
            escaped = True
        elif inside:
            if char == "[" or pattern.startswith(("--", "&&", "||", "~~"), position):
                return True
            if char == "]" and position != opened:
                inside = False
        elif char == "[":
            inside = True
            opened = position + 2 if pattern.startswith("^", position + 1) else position + 1
        elif char == "{" and pattern[position + 1:position + 2].isalpha():
            return True
    return False


State = set[tuple[str, bool]]     # (text so far, whether it may still grow)


def _extend(state: State | None, items: list) -> State | None:
    for op, av in items:
        if state is None or not any(open_ for _, open_ in state):
            return state
        state = _step(state, op, av)
    return state


def _step(state: State, op, av) -> State | None:
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return state              # zero width: what comes next starts at the same place
    if op is C.SUBPATTERN:
        return _extend(state, list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _extend(state, list(av))
    if op is C.BRANCH:
        union: State = set()
        for branch in av[1]:
            found = _extend(state, list(branch))
            if found is None:
                return None
            union |= found
        return _capped(union, state)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(state, low, high, list(body))
    chars = _chars(op, av)
    if chars is None:
        return _closed(state)
    grown = {(text + char, len(text) + 1 < PREFIX_LENGTH) if open_ else (text, False)
             for text, open_ in state for char in (chars if open_ else ("",))}
    return _capped(grown, state)


def _repeat(state: State, low: int, high: int, body: list) -> State | None:
    """Every match makes some number k of passes over the body. The strings after k passes stay
    open for what follows, for k up to a few past the minimum; after the last pass listed (or
    when the list grows too long) they close, covering every larger k."""
    most = min(high, low + PREFIX_LENGTH)
    union: State = set()
    current: State = state
    for passes in range(most + 1):
        if passes == most:
            return union | (_closed(current) if high > most else current)
        after = _extend(current, body)
        if after is None:
            return None
        if len(union) + len(current) + len(after) > MAX_STARTS:
            return union | _closed(current)
        if passes >= low:
            union |= current
        current = after
    return union


def _capped(grown: State, before: State) -> State:
    return grown if len(grown) <= MAX_STARTS else _closed(before)


def _closed(state: State) -> State:
    return {(text, False) for text, _ in state}


def _sequence(items: list) -> set[str] | None:
    """The best literal set of a sequence: the one whose shortest member is longest."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and min(map(len, candidate)) >= MIN_LITERAL and (
                best is None or _score(candidate) > _score(best)):
            best = candidate

    def flush() -> None:
        if run:
            consider({"".join(run).casefold().translate(SKELETON)})
            run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue              # zero width: the literals on both sides stay adjacent
        else:
            flush()
            consider(_node(op, av))
    flush()
    return best


def _node(op, av) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None
            union |= found
        return union
    return None


def _score(candidate: set[str]) -> tuple[int, int]:
    return min(map(len, candidate)), -len(candidate)


def _chars(op, av) -> set[str] | None:
    """The skeleton characters one item matches, or None when too many or unknown."""
    if op is C.LITERAL:
        return _folded(chr(av))
    if op is C.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                found = _folded(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 32:
                found = set()
                for code in range(value[0], value[1] + 1):
                    found |= _folded(chr(code))
            elif kind is C.CATEGORY and value is C.CATEGORY_SPACE:
                found = {" ", "\t"}
            elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                found = {"0"}
            else:
                return None
            out |= found
        return out if len(out) <= 64 else None
    return None


def _folded(char: str) -> set[str]:
    """`char` as the skeleton shows it. A character that folds to several ("ﬁ" to "fi") only
    occurs in texts that are scanned in full, and its folded letters stay a valid start."""
    return {char.casefold().translate(SKELETON)}


def skeleton(text: str) -> str | None:
    """`text` as start strings and literals are matched against it, or None where it cannot be
    (case folding changes its length, or it holds a non-ASCII digit or space or a dotless i)."""
    folded = text.casefold()
    if len(folded) != len(text) or (not text.isascii() and _EXOTIC.search(text)):
        return None
    return folded.translate(SKELETON)
