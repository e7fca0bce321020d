r"""A pattern rewritten to match the same in ASCII text without backtracking into letter runs.

Under full case folding (VERSION1 with IGNORECASE) the class `[\p{L}-]` also matches "ss", "st"
or "fi" as one item (the folds of "ß", "ﬆ", "ﬁ"), and each step back into a run of it costs
about a microsecond ("of the Optibench dataset" took 20 us where the cue was absent). In ASCII
text every character of such an item is a letter on its own, so a run goes on to the first
character that is neither letter nor hyphen, and white space can follow the run only there: a
shorter run is followed by a letter or hyphen, where `\s+` fails. So a run before `\s+` may be
possessive (only a run before `\s+` is changed: one before `\s*` could end anywhere). Patterns
with a lookbehind are left as they are (read backwards, the run would end elsewhere).

>>> ascii_form(regex.compile(r"of\s+(?:[\p{L}-]+\s+){0,2}?data")).pattern
'of\\s+(?:[\\p{L}-]++\\s+){0,2}?data'
"""
from __future__ import annotations

import regex

from .compiled import compiled

# A run of letters and hyphens before white space: "(?:[\p{L}-]+\s+){0,2}?" ("of the labeled data").
_RUN_BEFORE_SPACE = regex.compile(r"(?<!\\)\[\\p\{L\}-\]([+*])(?=\\s\+)")


def ascii_form(pattern: regex.Pattern) -> regex.Pattern:
    """`pattern` with each run of letters and hyphens before white space made possessive: the
    same matches in ASCII text."""
    if "(?<" in pattern.pattern:
        return pattern
    source = _RUN_BEFORE_SPACE.sub(lambda m: m.group(0) + "+", pattern.pattern)
    return pattern if source == pattern.pattern else compiled(source, pattern.flags)
