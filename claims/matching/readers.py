"""Hand-written readers of two patterns that run on every abstract, each exactly its pattern.

A `regex` call pays for reading the clock (its time limit) and for trying the pattern at every
character: for the number pattern, whose optional sign and alternatives hide its first character
from the engine's fast scan, about 14 ns a character. In ASCII text the places where a match can
begin are found with `str.find`/`bytes.find` (memchr) and read in Python as the pattern would.
Other text, and every text under `CLAIMS_MATCHING=plain`, keeps the pattern's own `finditer`.
tests/test_matching.py compares each reader with its pattern, exhaustively on short strings.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex


from .classes import confining_class
from .edges import plain_edges
from .limits import budget
from .mode import PLAIN

NUMBER = regex.compile(
    r"(?<sign>[+-])?(?<num>10\^-?\d{1,3}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d{1,12})?|\.\d{1,12})",
    regex.VERSION1,
)
# (start, start of the number without its sign, end, sign or None)
NumberSpan = tuple[int, int, int, "str | None"]


def number_spans(text: str) -> Iterator[NumberSpan]:
    """The matches of `NUMBER.finditer(text)`, each as (start, start of its "num", end, sign).

    >>> text = "-1,234.5 x 10^-3, 12,34 and .25"
    >>> [text[start:end] for start, _, end, _ in number_spans(text)]
    ['-1,234.5', '10^-3', '12', '34', '.25']
    """
    if PLAIN or not text.isascii():
        for match in NUMBER.finditer(text, timeout=budget(len(text))):
            yield match.start(), match.start("num"), match.end(), match.group("sign")
        return
    # A match can only start at a digit or up to two characters before it ("+5", ".5", "-.5").
    marks = text.encode("ascii").translate(_DIGITS_MARKED)
    position = 0
    while (start := marks.find(_DIGIT_MARK, position)) >= 0:
        if start - 2 >= position and text[start - 2] in "+-" and text[start - 1] == ".":
            start -= 2
        elif start - 1 >= position and text[start - 1] in "+-.":
            start -= 1
        number = _read_number(text, marks, start)
        yield number
        position = number[2]


_DIGIT_MARK = ord("0")
_DIGITS_MARKED = bytes(_DIGIT_MARK if chr(byte).isdigit() and byte < 128 else ord(" ") for byte in range(256))
_NOT_DIGIT = ord(" ")


def _read_number(text: str, marks: bytes, start: int) -> NumberSpan:
    """`NUMBER.match(text, start)` in ASCII text, where `start` is a digit or a sign or "." that
    one comes after (`marks`: the text with every digit "0", every other character " "). Its
    alternatives, in order: "10^", an optional "-" and 1-3 digits; 1-3 digits and groups of ","
    and three digits, and "." and digits; up to 15 digits, and "." and up to 12 digits; "." and
    up to 12 digits. None of its quantifiers has anything after it to give characters back to,
    so each reads as far as it can.
    """
    sign = text[start] if text[start] in "+-" else None
    begin = start + 1 if sign else start
    if text[begin] == ".":
        return start, begin, begin + 1 + _digits(marks, begin + 1, 12), sign
    run = _digits(marks, begin, 16)         # 16: enough to tell every alternative apart
    if run == 2 and text.startswith("10^", begin):
        exponent = begin + 4 if text[begin + 3:begin + 4] == "-" and _digits(marks, begin + 4, 1) else begin + 3
        if count := _digits(marks, exponent, 3):
            return start, begin, exponent + count, sign
    end = begin + run
    if run <= 3 and text[end:end + 1] == "," and _digits(marks, end + 1, 3) == 3:
        while text[end:end + 1] == "," and _digits(marks, end + 1, 3) == 3:
            end += 4
        if text[end:end + 1] == "." and (decimals := _digits(marks, end + 1)):
            end += 1 + decimals
        return start, begin, end, sign
    end = begin + min(run, 15)
    if text[end:end + 1] == "." and (decimals := _digits(marks, end + 1, 12)):
        end += 1 + decimals
    return start, begin, end, sign


def _digits(marks: bytes, position: int, most: int | None = None) -> int:
    """How many digits run from `position` on, counted up to `most`: a run of digits is read
    no further than the number needs, so a long run, read number by number, stays linear."""
    limit = len(marks) if most is None else min(len(marks), position + most)
    end = marks.find(_NOT_DIGIT, position, limit)
    return (limit if end < 0 else end) - position


class SentenceEnds:
    r"""The sentence-end pattern built from its parts, and where it matches.

    A sentence ends at a stop (`.`, `!`, `?`), unless `abbreviated` matches the text up to and
    including a full stop, then an optional `closing` character, white space (`space`, one or
    more: the sentence's trailing white space) and, not consumed, an `opening` character.

    >>> ends = SentenceEnds(r"\b(?:e\.g|vs)\.", r"[\"')\]]", r"\s", r"[\p{Lu}\d(\[\"']")
    >>> text = "It wins, e.g. Here. Yes! No"
    >>> [text[:s] for s, e in ends.spans(text)]
    ['It wins, e.g. Here.', 'It wins, e.g. Here. Yes!']
    """

    def __init__(self, abbreviated: str, closing: str, space: str, opening: str) -> None:
        self.pattern = regex.compile(rf"(?:\.(?<!{abbreviated})|[!?]){closing}?({space}+)(?={opening})")
        # The full stops the abbreviation test holds at: few, and found by the engine's fast
        # search for a literal "."
        self._abbreviated_stop = regex.compile(rf"\.(?<={abbreviated})")
        self._closing, self._space, self._opening = map(_ascii_members, (closing, space, opening))

    def spans(self, text: str) -> list[tuple[int, int]] | Iterator[tuple[int, int]]:
        """Per sentence end, where its trailing white space begins and ends (group 1)."""
        if PLAIN or not text.isascii():
            return (match.span(1) for match in self.pattern.finditer(text, timeout=budget(len(text))))
        return self._ascii_spans(text)

    def _ascii_spans(self, text: str) -> list[tuple[int, int]]:
        """The stops come from `str.find`, what follows each one is read with the pattern's own
        classes, and the abbreviation test is one scan for the (few) full stops it holds at. A
        boundary consumes only its stop, a closing character and white space, so no stop lies
        inside another's match: each stop is judged on its own."""
        length = len(text)
        ends: list[tuple[int, int]] = []
        abbreviated: set[int] | None = None
        for stop in _stops(text):
            space = stop + 1
            if space < length and text[space] in self._closing:
                space += 1
            after = space
            while after < length and text[after] in self._space:
                after += 1
            if after == space or after == length or text[after] not in self._opening:
                continue
            if text[stop] == ".":
                if abbreviated is None:
                    abbreviated = {match.start() for match in
                                   self._abbreviated_stop.finditer(text, timeout=budget(length))}
                if stop in abbreviated:
                    continue
            ends.append((space, after))
        return ends


def _ascii_members(character_class: str) -> frozenset[str]:
    """The ASCII characters a class matches, as the `regex` engine reads it (its `\\s` is not
    `str.isspace`: it leaves out the separators U+001C..U+001F)."""
    pattern = regex.compile(character_class)
    return frozenset(character for character in map(chr, range(128)) if pattern.fullmatch(character))


def _stops(text: str) -> list[int]:
    """Where `.`, `!` and `?` occur in `text`, in order."""
    stops = _positions(text, ".")
    if "!" in text or "?" in text:
        stops = sorted(stops + _positions(text, "!") + _positions(text, "?"))
    return stops


def _positions(text: str, character: str) -> list[int]:
    found = []
    position = text.find(character)
    while position >= 0:
        found.append(position)
        position = text.find(character, position + 1)
    return found


def search_at_end(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """`pattern.search(text)` for a pattern that only matches at the end of the text (`$`).

    Where every character a match consumes belongs to one class (`classes.confining_class`), the
    match lies in the run of such characters that ends the text, and a search from where that run
    starts finds it (it sees the same text before it): the engine no longer tries every earlier
    character.

    >>> lead_in = regex.compile(r"(?:\\s*\\b(?:by|of)\\s*)+$", regex.IGNORECASE)
    >>> search_at_end(lead_in, "it cuts latency by ").span()
    (15, 19)
    """
    outside = None if PLAIN else _outside_before(pattern.pattern, pattern.flags)
    if outside is None:
        return pattern.search(text)
    before = outside.search(text)
    return pattern.search(text, before.end() if before is not None else 0)


@lru_cache(maxsize=64)
def _outside_before(source: str, flags: int) -> regex.Pattern | None:
    """A reverse search for the last character outside the pattern's confining class, or None."""
    members = confining_class(plain_edges(source))
    return None if members is None else regex.compile("(?r)[^" + members[1:], flags & regex.IGNORECASE)
