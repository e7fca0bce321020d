r"""What a pattern's syntax says every match holds: how it can start, and what it must contain.

`starts(pattern)` lists strings one of which begins every match ("nvidia", "tesla", "v100"...);
`required(pattern)` lists strings one of which occurs inside every match. Both are read off the
syntax tree and written in the skeleton alphabet (`skeleton(text)`), and both are None where the
tree cannot tell (a pattern may start with any letter). `anchored` tells a pattern that matches
only at the string's start, `word_start` one that opens with "no letter or digit before", and
`branches` cuts an alternation into patterns of their own. `scanner.Scanner` uses them to try a
pattern only where it can match.

>>> sorted(starts(r"(?:Tesla-)?[VA]100|RTX\d{4}"))
['a000', 'rtx0000', 'tesla-a0', 'tesla-v0', 'v000']
>>> starts(r"\w+ing") is None
True
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

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
# Letter and digit properties: they hold no white space.
_WORD_PROPERTY = regex.compile(r"\\p\{(?:L[ultmo]?|N[dlo]?|Alpha|Alnum)\}")
# Starts are matched against a skeleton of the text: case-folded, every ASCII digit read as "0"
# and every ASCII space but " " read as a tab, so "\d" stands for one character and "\s" for
# two, and the start lists stay short. A text holding a non-ASCII digit or space, or a dotless i
# (which IGNORECASE matches to "I" though it folds to itself), is scanned in full.
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if regex.match(r"\s", c))
_ASCII_DIGIT = "0123456789"
SKELETON = str.maketrans({**{d: "0" for d in _ASCII_DIGIT}, **{s: "\t" for s in _ASCII_SPACE if s != " "}})
# The same for ASCII text, as a table of bytes.
_ASCII_SKELETON = bytes(ord(chr(code).casefold().translate(SKELETON)) for code in range(128)) \
    + bytes(range(128, 256))
_EXOTIC = regex.compile(r"[[\d\s]--\p{ASCII}]|\u0131", regex.VERSION1)


def starts(pattern: str, flags: int = regex.FULLCASE | regex.IGNORECASE,
           length: int = PREFIX_LENGTH, most: int = MAX_STARTS) -> frozenset[str] | None:
    """Skeleton strings, one of which begins every match of `pattern`; None when unknown.

    `flags` are the compiled pattern's. A character that folds to several ("ﬁ" to "fi") matches
    its folded letters only under full case folding (IGNORECASE with FULLCASE); elsewhere it
    matches only itself, which no text with a skeleton holds, so it starts nothing. The strings
    grow up to `length` characters (longer ones are rarer in text but more), and stop growing
    where there would be more than `most` of them.
    """
    tree = _parse(pattern)
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


def anchored(pattern: str, flags: int = 0) -> bool:
    r"""True when every match of `pattern` (compiled with `flags`) begins where the string does
    (`^` without MULTILINE, or `\A`): `finditer` from a later `pos` finds nothing.

    >>> anchored(r"(?:^\s?bits?)|(?:^\s?bpw)"), anchored(r"^a|b"), anchored(r"^a", regex.MULTILINE)
    (True, False, False)
    """
    tree = _parse(pattern)
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
    tree = _parse(pattern)
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
    if _parse(pattern) is None or "(?x" in pattern or "(?#" in pattern:
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
    tree = _parse(pattern)
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
    tree = _parse(pattern)
    found = None if tree is None else _sequence(tree)
    return frozenset(found) if found else None


def _parse(pattern: str) -> list | None:
    tree = _tree(pattern)
    return None if tree is None else list(tree)


@lru_cache(maxsize=16)           # each pattern is read by several of the functions above in turn
def _tree(pattern: str):
    r"""The `re` parser's tree of `pattern` (an `sre` SubPattern), or None where `re` cannot read
    it as `regex` does. Letter and digit properties read as `\w`, every other property as `\W`:
    what they match of the skeleton is unknown either way, and only the first holds no space."""
    if _UNSUPPORTED.search(pattern) or _foreign_syntax(pattern):
        return None
    plain = _PROPERTY.sub(lambda m: r"\w" if _WORD_PROPERTY.fullmatch(m[0]) else r"\W",
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
SPACE_CHARS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def widest_without_space(pattern: str) -> int | None:
    """The most characters a match of `pattern` can span, where no match can hold white space; None
    where one may, or where the syntax cannot tell (unbounded repeats, syntax only `regex` reads).

    >>> widest_without_space(r"[A-Z]\\d{1,3}"), widest_without_space(r"a\\s?b")
    (12, None)
    """
    tree = _tree(pattern)
    if tree is None:
        return None
    longest = tree.getwidth()[1]
    if longest >= C.MAXREPEAT or _consumes_space(list(tree)):
        return None
    # Read case-insensitively with full case folding, one character of the pattern may match up to
    # three of the text ("ΐ").
    return 3 * longest


def _consumes_space(items: list) -> bool:
    return any(_holds_space(op, av) for op, av in _consumed(items, lookaheads=False))


def _holds_space(op, av) -> bool:
    if op is C.AT:             # zero width
        return False
    if op is C.LITERAL:
        return chr(av) in SPACE_CHARS
    if op is C.IN:
        return any(_class_item_holds_space(o, a) for o, a in av)
    return True                # ANY, NOT_LITERAL, group references, anything unforeseen


def _consumed(items: list, lookaheads: bool):
    """The items of `items` that consume text, and its anchors, through groups, repeats and
    alternatives; with `lookaheads`, also those that its lookaheads read. Lookbehinds read text
    before the match and are skipped."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            if lookaheads and av[0] != -1:
                yield from _consumed(list(av[1]), lookaheads)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            yield from _consumed(list(av[2]), lookaheads)
        elif op is C.SUBPATTERN:
            yield from _consumed(list(av[-1]), lookaheads)
        elif op is C.ATOMIC_GROUP:
            yield from _consumed(list(av), lookaheads)
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _consumed(list(branch), lookaheads)
        else:
            yield op, av


def _class_item_holds_space(op, av) -> bool:
    if op is C.LITERAL:
        return chr(av) in SPACE_CHARS
    if op is C.RANGE:
        return any(av[0] <= ord(c) <= av[1] for c in SPACE_CHARS)
    if op is C.CATEGORY:
        return av not in (C.CATEGORY_WORD, C.CATEGORY_DIGIT)
    return True                # NEGATE and anything unforeseen


def confining_class(pattern: str) -> str | None:
    r"""A character class (as a pattern) holding every character a match of `pattern` consumes
    and every one its lookaheads may consume; None where the syntax cannot tell, or where the
    pattern tests text in another way (an anchor, a negated class or property, any character).

    Every match then lies inside one run of the class's characters, and a search that stops
    where the run does finds what a search over the whole text finds there: the character after
    the run is in no lookahead's reach, and is no letter or digit for a word boundary (the class
    then holds \w). Lookbehinds may hold anything: they read text before the place tried, which
    a search from the run's start sees as well.

    >>> confining_class(r"(?<!,)[A-Z][\w.-]{0,9} data(?=\w)\b"), confining_class(r"\p{N}+ ?%")
    ('[ \\-\\.\\w]', '[ \\%\\p{N}\\w]')
    >>> confining_class(r"a[^,]+"), confining_class(r"\P{N}+ data"), confining_class(r"^Ab")
    (None, None, None)
    """
    # `_tree` reads a letter or digit property as \w and any other as \W: each property stands
    # in the tree as a character of a private use area instead, read back as the property.
    properties = dict.fromkeys(found[0] for found in _PROPERTY.finditer(pattern))
    if _PRIVATE_USE.search(pattern) or any(text.startswith("\\P") for text in properties):
        return None
    stand_ins = {text: chr(_STAND_IN + number) for number, text in enumerate(properties)}
    tree = _tree(_PROPERTY.sub(lambda found: stand_ins[found[0]], pattern))
    members: set[str] = set()
    if tree is None or not _confined(list(tree), members, tuple(properties)):
        return None
    return "[" + "".join(sorted(members)) + "]"


def _confined(items: list, members: set[str], properties: tuple[str, ...]) -> bool:
    """Adds to `members` the class members `items` consume; False where they cannot be listed.
    `properties` are those the private use area's characters stand for, in order."""
    return all(_add_item(op, av, members, properties) for op, av in _consumed(items, lookaheads=True))


def _add_item(op, av, members: set[str], properties: tuple[str, ...]) -> bool:
    if op is C.AT:
        if av not in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            return False
        members.add(r"\w")        # the character after the run must be no word character
        return True
    if op is C.LITERAL:
        return _add_character(av, members, properties)
    if op is C.IN:
        for kind, value in av:
            if kind is C.LITERAL:
                found = _add_character(value, members, properties)
            elif kind is C.RANGE:
                found = all(_add_character(code, members, properties)
                            for code in range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value in _CATEGORY_MEMBERS:
                members.add(_CATEGORY_MEMBERS[value])
                found = True
            else:
                found = False
            if not found:
                return False
        return True
    return False               # any character, a negated literal, a group reference...


_CATEGORY_MEMBERS = {C.CATEGORY_WORD: r"\w", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}
_STAND_IN = 0xE000
# A character of the private use area (room for 6,400 properties), or an escape that may be one.
_PRIVATE_USE = regex.compile(r"[\uE000-\uF8FF]|\\u[eEfF][0-9a-fA-F]{3}|\\U0000[eEfF][0-9a-fA-F]{3}")


def _add_character(code: int, members: set[str], properties: tuple[str, ...]) -> bool:
    r"""Adds an ASCII character to `members`: a letter, digit or "_" as \w, which holds every
    character a case-insensitive match reads for it (the Kelvin sign for "k", "ß" for "ss"); an
    ASCII punctuation mark or space as itself, which nothing else folds to; a property's stand-in
    as the property, with \w, which holds what a case-insensitive match reads for a letter of
    it ("a" for \p{Lu}). False otherwise."""
    if 0 <= code - _STAND_IN < len(properties):
        members.update((properties[code - _STAND_IN], r"\w"))
        return True
    if code >= 128:
        return False
    char = chr(code)
    members.add(r"\w" if char.isalnum() or char == "_"
                else regex.escape(char, special_only=False, literal_spaces=True))
    return True


def skeleton(text: str) -> str | None:
    """`text` as start strings and literals are matched against it, or None where it cannot be
    (case folding changes its length, or it holds a non-ASCII digit or space or a dotless i)."""
    if text.isascii():            # the common case, about five times faster as bytes
        return text.encode("ascii").translate(_ASCII_SKELETON).decode("ascii")
    folded = text.casefold()
    if len(folded) != len(text) or _EXOTIC.search("".join(set(text))):     # each character once
        return None
    # UTF-8 writes an ASCII character as its own byte, and no other character with a byte below
    # 128: the table translates the ASCII characters alone, far faster than str.translate.
    return folded.encode("utf-8", "surrogatepass").translate(_ASCII_SKELETON) \
        .decode("utf-8", "surrogatepass")
