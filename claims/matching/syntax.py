r"""What a pattern's syntax says about its matches, read off the syntax tree of the standard
library's parser (`tree`).

`required(pattern)` lists strings one of which occurs inside every match, written in the skeleton
alphabet (`skeleton.skeleton`), or None where the tree cannot tell. `anchored` tells a pattern
that matches only at the string's start, `word_start` one that opens with "no letter or digit
before", and `branches` cuts an alternation into patterns of their own. `starts.starts` lists the
strings every match begins with. `scanner.Scanner` uses them to try a pattern only where it can
match.

>>> sorted(required(r"(?:Tesla-)?[VA]100 GPU"))
['000 gpu']
"""
from __future__ import annotations

from functools import lru_cache

import regex

# The parser of the standard library's `re`: the `regex` package has no public syntax tree. Its
# syntax is a superset; what `re` cannot read, or might read differently, gets None.
from re import _constants as C, _parser as sre

from .skeleton import SKELETON

MIN_LITERAL = 3                   # a shorter literal is in nearly every text: no filter at all
# Syntax only the `regex` package has, or reads its own way: named lists, version and fuzzy
# flags, grapheme and search anchors, branch reset, conditionals and recursion.
_UNSUPPORTED = regex.compile(r"\\L<|\(\?[a-zA-Z]*[rVwfbeu]|\\X|\\G|\(\?\||\(\?\(|\(\?&|\(\?R|\(\?P>|\(\?\d")
_NAMED_GROUP = regex.compile(r"\(\?P?<[A-Za-z_]\w*>")        # names may repeat across branches
PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
# Letter and digit properties: they hold no white space.
_WORD_PROPERTY = regex.compile(r"\\p\{(?:L[ultmo]?|N[dlo]?|Alpha|Alnum)\}")



def anchored(pattern: str, flags: int = 0) -> bool:
    r"""True when every match of `pattern` (compiled with `flags`) begins where the string does
    (`^` without MULTILINE, or `\A`): `finditer` from a later `pos` finds nothing.

    >>> anchored(r"(?:^\s?bits?)|(?:^\s?bpw)"), anchored(r"^a|b"), anchored(r"^a", regex.MULTILINE)
    (True, False, False)
    """
    tree = parse_items(pattern)
    return tree is not None and _begins_at_start(tree, not flags & regex.MULTILINE) is True


def _begins_at_start(items: list, caret: bool) -> bool | None:
    """True or False once the first item of width decides it; None while all are zero width."""
    for op, av in items:
        if op is C.AT:
            if av is C.AT_BEGINNING_STRING or (av is C.AT_BEGINNING and caret):
                return True
            if av is C.AT_BEGINNING:
                return False
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            found = _begins_at_start(list(av[-1]), caret and not av[1] & sre.SRE_FLAG_MULTILINE)
        elif op is C.ATOMIC_GROUP:
            found = _begins_at_start(list(av), caret)
        elif op is C.BRANCH:
            found = all(_begins_at_start(list(branch), caret) is True for branch in av[1]) or False
        else:
            return False
        if found is not None:
            return found
    return None


# Lookbehinds that fail after any letter or digit, as a pattern may open with them.
_NO_WORD_BEFORE = (r"(?<![\p{L}\p{N}])", r"(?<![\p{N}\p{L}])", r"(?<!\w)", r"(?<![\w-])", r"(?<![-\w])")


def word_start(pattern: str, flags: int = 0) -> str:
    r"""Where every match of `pattern` begins: "word" after no letter or digit (it opens with
    such a lookbehind), "boundary" at a word boundary (it opens with \b), "" anywhere.

    >>> word_start(r"(?<![\p{L}\p{N}])(?:gpu|cpu)"), word_start(r"\bover"), word_start(r"(?<!\w)a|b")
    ('word', 'boundary', '')
    """
    tree = parse_items(pattern)
    if not tree:
        return ""
    op, av = tree[0]
    if op is C.ASSERT_NOT and av[0] == -1 and pattern.startswith(_NO_WORD_BEFORE):
        return "word"
    if op is C.AT and av is C.AT_BOUNDARY and pattern.startswith(r"\b") and not flags & regex.WORD:
        return "boundary"
    return ""


def branches(pattern: str) -> list[str] | None:
    r"""Patterns, one per alternative, that match at every place where `pattern` does: its own
    top-level alternatives, or else those of its first top-level group that alternates (a
    plain, named, non-capturing or flag-scoped group after nothing but anchors and lookarounds),
    each with the rest of `pattern` around it. None when `pattern` has no such alternation or
    syntax this reading cannot follow.

    The `regex` package finds a single alternative fast (it seeks the literal that alternative
    needs) but tries an alternation at every character, so that scanning for each alternative
    and trying `pattern` where one matched costs a fraction of its `finditer`.

    >>> branches(r"(?<!x)(?:(?:a+ing time)|(?:wall time))s?")
    ['(?<!x)(?:(?:a+ing time))s?', '(?<!x)(?:(?:wall time))s?']
    >>> branches(r"ab|c[|]d"), branches(r"(?!a|b)c") is None
    (['ab', 'c[|]d'], True)
    """
    if parse_items(pattern) is None or "(?x" in pattern or "(?#" in pattern:
        return None
    groups = _groups(pattern)
    if groups is None:
        return None
    top = [bar for depth, bar in groups["bars"] if depth == 0]
    if top:
        cuts = [-1, *top, len(pattern)]
        return [pattern[a + 1:b] for a, b in zip(cuts, cuts[1:])]
    for opened, body, closed in groups["top"]:
        bars = [bar for depth, bar in groups["bars"] if depth == 1 and opened < bar < closed]
        if bars and _GROUP_OPENING.fullmatch(pattern, opened, body):
            if not _zero_width(pattern[:opened]):
                return None       # each alternative would redo what comes before it
            cuts = [body - 1, *bars, closed]
            return [pattern[:body] + pattern[a + 1:b] + pattern[closed:] for a, b in zip(cuts, cuts[1:])]
    return None


def _zero_width(pattern: str) -> bool:
    """True when `pattern` consumes nothing: anchors and lookarounds only."""
    tree = parse_items(pattern)
    return tree is not None and all(op in (C.AT, C.ASSERT, C.ASSERT_NOT) for op, _ in tree)


# The groups whose alternatives may be cut apart: plain, named, non-capturing and flag-scoped
# ones; a lookaround's or an atomic group's alternatives do not stand for the group alone.
_GROUP_OPENING = regex.compile(r"\((?:\?[a-zA-Z-]*:|\?P?<[A-Za-z_]\w*>)?")
_GROUP_KIND = regex.compile(r"\?(?:P?<[A-Za-z_]\w*>|[:=!>]|<[=!]|[a-zA-Z-]*:?)")


def _groups(pattern: str) -> dict | None:
    """The "|" of `pattern` with their group depth, and its top-level groups as (where the group
    opens, where its alternatives begin, where it closes); None when unbalanced."""
    bars: list[tuple[int, int]] = []
    top: list[tuple[int, int, int]] = []
    stack: list[tuple[int, int]] = []
    position, length = 0, len(pattern)
    while position < length:
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            position = _class_end(pattern, position)
            continue
        if char == "(":
            body = position + 1
            if pattern.startswith("?", body):
                match = _GROUP_KIND.match(pattern, body)
                body = match.end() if match else body
            stack.append((position, body))
            position = body
            continue
        if char == ")":
            if not stack:
                return None
            opened, body = stack.pop()
            if not stack:
                top.append((opened, body, position))
        elif char == "|":
            bars.append((len(stack), position))
        position += 1
    return None if stack else {"bars": bars, "top": top}


def _class_end(pattern: str, opened: int) -> int:
    """Where the character class opened at `opened` ends (past its "]")."""
    position = opened + 1
    if pattern.startswith("^", position):
        position += 1
    if pattern.startswith("]", position):
        position += 1             # a "]" first in a class is a member
    while position < len(pattern):
        if pattern[position] == "\\":
            position += 2
        elif pattern[position] == "]":
            return position + 1
        else:
            position += 1
    return position


def required(pattern: str) -> frozenset[str] | None:
    r"""Skeleton strings, one of which occurs in every match of `pattern`, or in what one of its
    lookaheads matches (which lies in the text searched, at or after the match's start); None when
    unknown. Lookbehinds and negative lookaheads are not read.

    >>> sorted(required(r"(?:\w+\s+)?overheads?")), sorted(required(r"(?<=GPUs\s)\s*speedup"))
    (['overhead'], ['speedup'])
    >>> sorted(required(r"\d\s?\((?=prior|best)")), required(r"\d\s?\((?!prior|best)")
    (['best', 'prior'], None)
    """
    tree = parse_items(pattern)
    found = None if tree is None else _sequence(tree)
    return frozenset(found) if found else None


def parse_items(pattern: str) -> list | None:
    tree = parse_tree(pattern)
    return None if tree is None else list(tree)


@lru_cache(maxsize=16)           # each pattern is read by several of the functions above in turn
def parse_tree(pattern: str):
    r"""The `re` parser's tree of `pattern` (an `sre` SubPattern), or None where `re` cannot read
    it as `regex` does. Letter and digit properties read as `\w`, every other property as `\W`:
    what they match of the skeleton is unknown either way, and only the first holds no space."""
    if _UNSUPPORTED.search(pattern) or _foreign_syntax(pattern):
        return None
    plain = PROPERTY.sub(lambda m: r"\w" if _WORD_PROPERTY.fullmatch(m[0]) else r"\W",
                          _NAMED_GROUP.sub("(?:", pattern))
    try:
        return sre.parse(plain)
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


def _sequence(items: list) -> set[str] | None:
    """The best literal set of a sequence: the one whose shortest member is longest, then the one
    with the fewest members, then the first."""
    found = _literal_sets(items)
    return found[0] if found else None


# How many literal sets a part of a pattern offers the parts around it, the best first.
MAX_LITERAL_SETS = 8


def _literal_sets(items: list) -> list[set[str]]:
    """Literal sets of a sequence, each with one member in every match, the best first."""
    found: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append({"".join(run).casefold().translate(SKELETON)})
            run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            # Zero width: the literals on both sides stay adjacent. What a lookahead reads lies
            # in the text searched, from the match's start on, as the match does.
            if op is C.ASSERT and av[0] == 1:
                found += _literal_sets(list(av[1]))
        else:
            flush()
            found += _node(op, av)
    flush()
    kept = [candidate for candidate in found if min(map(len, candidate)) >= MIN_LITERAL]
    return sorted(kept, key=_score, reverse=True)[:MAX_LITERAL_SETS]     # stable: ties keep order


def _node(op, av) -> list[set[str]]:
    if op is C.SUBPATTERN:
        return _literal_sets(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _literal_sets(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        return _literal_sets(list(body)) if low >= 1 else []
    if op is C.BRANCH:
        offered = [_literal_sets(list(branch)) for branch in av[1]]
        if not all(offered):
            return []
        # Every match holds one branch, so a union of one set per branch: the union of their
        # best sets, and unions chosen branch by branch to stay best ("time" in every branch
        # rather than a different word in each), from each set of the first branch.
        unions = [set().union(*(sets[0] for sets in offered))]
        for chosen in [set(), *offered[0]]:
            for sets in offered:
                chosen = max((chosen | candidate for candidate in sets), key=_score)
            unions.append(chosen)
        return unions
    return []


def _score(candidate: set[str]) -> tuple[int, int]:
    return min(map(len, candidate)), -len(candidate)
