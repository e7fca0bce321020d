"""Helpers shared by the rule book's modules: a compiled cue, rule files by path, `<SHAPE>`
placeholders, and compiling a pattern with an error that names where it was written."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ...errors import PatternError
from ...matching import compile_rule, compiled
from ...patterns import PatternFile, load_patterns

_SHAPE_REF = compiled(r"<([A-Z][A-Z0-9_]*)>")


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled rule: its id, its matcher, the rule's other keys and its file's name."""

    rule_id: str
    pattern: regex.Pattern
    attrs: Mapping[str, Any]
    family: str


def alternation(cues: tuple[str, ...] | list[str]) -> str:
    return "|".join(f"(?:{c})" for c in cues)


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
    """`matching.compile_rule` with VERSION1 added to `flags`; a bad pattern is a PatternError
    naming where it was written."""
    try:
        return compile_rule(pattern, flags | regex.VERSION1)
    except regex.error as exc:
        raise PatternError(f"{where}: pattern does not compile: {exc}") from None
