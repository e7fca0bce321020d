"""Whitespace of every input field made one space, and control characters dropped."""
from __future__ import annotations

from typing import Any

import regex

_SPACES = regex.compile(r"\s+")
# str.split() also splits at the information separators U+001C..U+001F, which `\s` does not match;
# only text holding one needs the (three times slower) regex. Four `in` tests find them several
# times faster than a regex search.
_SEPARATORS = "\x1c\x1d\x1e\x1f"
# Control characters that are no whitespace (a bell or escape pasted into a title) mean nothing
# in text, and break what is written from it: a LaTeX report stops at one, a worksheet refuses it.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def squash(text: Any) -> str:
    """Trim and collapse whitespace runs (line wraps of feeds and snapshots) into one space;
    drop control characters.

    >>> squash("Bell\\x07 paper:\\n  fast")
    'Bell paper: fast'
    """
    if text is None or text == "":
        return ""
    text = text if type(text) is str else str(text)
    if _CONTROL.search(text) is not None:
        text = _CONTROL.sub("", text)
    if _is_squashed(text):
        return text
    if any(separator in text for separator in _SEPARATORS):
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def _is_squashed(text: str) -> bool:
    """Whether `squash` leaves `text` as it is, decided without splitting it (a quarter of the
    time on an abstract): ASCII text where the only whitespace is single inner spaces.

    Every whitespace character str.split() knows outside ASCII (NBSP, thin space, ...) sends
    the text to the split; inside ASCII these are the tests, one fast scan each, the double
    space last as it is the slowest.
    """
    return (text.isascii() and "\n" not in text and "\t" not in text and "\r" not in text
            and "\x0b" not in text and "\x0c" not in text and "\x1c" not in text
            and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text
            and text[:1] != " " and text[-1:] != " " and "  " not in text)
