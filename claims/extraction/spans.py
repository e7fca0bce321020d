"""The span type shared by the context finders (datasets, methods, baselines), and the helpers
that read their rule files.

Context rules may hold `<SHAPE>` placeholders (a name shape defined once under the file's
top-level `shapes:`); they are expanded here, after the loader has checked each cue compiles.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import regex

from ..errors import PatternError
from ..patterns import PatternFile, load_patterns
from .vocab import compile_rule

_SHAPE_REF = regex.compile(r"<([A-Z][A-Z0-9_]*)>")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in text: `name` is canonical, `text == source[start:end]` is the surface."""

    name: str
    start: int
    end: int
    text: str


def pattern_file(path: str) -> PatternFile:
    """The loaded rule file at `path` (relative to patterns/), or a PatternError naming it."""
    for candidate in load_patterns().files:
        if candidate.path == path:
            return candidate
    raise PatternError(f"{path}: rule file is missing from patterns/")


def expand_shapes(cue: str, shapes: Mapping[str, str], where: str) -> str:
    """Replace every `<SHAPE>` of `cue` with its definition; unknown shapes are a PatternError."""
    unknown = [name for name in _SHAPE_REF.findall(cue) if name not in shapes]
    if unknown:
        raise PatternError(f"{where}: unknown shape(s) {', '.join(unknown)}")
    return _SHAPE_REF.sub(lambda m: shapes[m[1]], cue)


def compile_checked(pattern: str, where: str, flags: int = 0) -> regex.Pattern:
    """`vocab.compile_rule` with VERSION1 added to `flags`; a bad pattern is a PatternError naming
    where it was written."""
    try:
        return compile_rule(pattern, flags | regex.VERSION1)
    except regex.error as exc:
        raise PatternError(f"{where}: pattern does not compile: {exc}") from None


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
