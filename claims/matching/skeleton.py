"""The skeleton of a text: what start strings and required literals are matched against.

Case-folded, every digit read as "0" and every space but " " read as a tab, so that a pattern's
`\\d` stands for one character and `\\s` for two, and the start lists stay short.
"""
from __future__ import annotations

from functools import lru_cache

import regex

# Starts are matched against a skeleton of the text: case-folded, every digit read as "0" and
# every space but " " read as a tab, so "\d" stands for one character and "\s" for two, and the
# start lists stay short. A text holding a dotless i (which IGNORECASE matches to "I" though it
# folds to itself), or a character that folds to several ("ß"), is scanned in full.
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if regex.match(r"\s", c))
_ASCII_DIGIT = "0123456789"


class _SkeletonTable(dict):
    """A `str.translate` table: digits to "0", white space but " " to a tab, as `regex` reads
    `\\d` and `\\s`. The ASCII ones are filled in; any other is looked up once, when a text or a
    pattern's literal first holds it (the table of every code point would cost a second)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = "0" if _DIGIT.match(char) else "\t" if char != " " and _SPACE.match(char) else char
        self[code] = value
        return value


_DIGIT, _SPACE = regex.compile(r"\d"), regex.compile(r"\s")
SKELETON = _SkeletonTable(str.maketrans({**{d: "0" for d in _ASCII_DIGIT},
                                         **{s: "\t" for s in _ASCII_SPACE if s != " "}}))
# The same for ASCII text, as a table of bytes.
ASCII_SKELETON = bytes(ord(chr(code).casefold().translate(SKELETON)) for code in range(128)) \
    + bytes(range(128, 256))
_DOTLESS_I = "\u0131"
_OTHER_DIGIT_OR_SPACE = regex.compile(r"[[\d\s]--\p{ASCII}]", regex.VERSION1)


def skeleton(text: str) -> str | None:
    """`text` as start strings and literals are matched against it, or None where it cannot be
    (case folding changes its length, or it holds a dotless i)."""
    if text.isascii():            # the common case, about five times faster as bytes
        return text.encode("ascii").translate(ASCII_SKELETON).decode("ascii")
    folded = text.casefold()
    if len(folded) != len(text) or _DOTLESS_I in text:
        return None
    characters = "".join(set(text))     # each character once
    if _OTHER_DIGIT_OR_SPACE.search(characters):
        # "１２.５ｘ", "a\u00a0b": the other digits and spaces, by the table (a lookup a character).
        folded = folded.translate(SKELETON)
    # UTF-8 writes an ASCII character as its own byte, and no other character with a byte below
    # 128: the table translates the ASCII characters alone, far faster than str.translate.
    return folded.encode("utf-8", "surrogatepass").translate(ASCII_SKELETON) \
        .decode("utf-8", "surrogatepass")


# A text this long is an abstract (raw or normalized), not a window cut from one.
WHOLE_TEXT = 400


def cached_skeleton(text: str) -> str | None:
    """The skeleton of `text`, shared by the scans of one abstract. The windows the later stages
    scan (a clause, the characters around a number) are kept apart, so that they do not push the
    abstract's own skeleton out of the cache."""
    return _whole_skeleton(text) if len(text) >= WHOLE_TEXT else _window_skeleton(text)


@lru_cache(maxsize=2)             # an abstract and its normalized text
def _whole_skeleton(text: str) -> str | None:
    return skeleton(text)


@lru_cache(maxsize=4)
def _window_skeleton(text: str) -> str | None:
    return skeleton(text)
