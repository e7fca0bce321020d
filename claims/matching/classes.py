r"""What characters a pattern's matches can consume: `widest_without_space` (how far a match
without white space reaches) and `confining_class` (a class holding every character a match
consumes), read off the syntax tree as `syntax` reads it."""
from __future__ import annotations

from re import _constants as C

import regex

from .syntax import PROPERTY, parse_tree

SPACE_CHARS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def widest_without_space(pattern: str) -> int | None:
    """The most characters a match of `pattern` can span, where no match can hold white space; None
    where one may, or where the syntax cannot tell (unbounded repeats, syntax only `regex` reads).

    >>> widest_without_space(r"[A-Z]\\d{1,3}"), widest_without_space(r"a\\s?b")
    (12, None)
    """
    tree = parse_tree(pattern)
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
    properties = dict.fromkeys(found[0] for found in PROPERTY.finditer(pattern))
    if _PRIVATE_USE.search(pattern) or any(text.startswith("\\P") for text in properties):
        return None
    stand_ins = {text: chr(_STAND_IN + number) for number, text in enumerate(properties)}
    tree = parse_tree(PROPERTY.sub(lambda found: stand_ins[found[0]], pattern))
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
