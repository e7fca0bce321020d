"""The type of a name found in text by the context finders (datasets, baselines)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Name:
    """A name found in text: `name` is canonical, `text == source[start:end]` is the surface, and
    `rule_id` the rule that found it."""

    name: str
    start: int
    end: int
    text: str
    rule_id: str = ""


def overlaps(a: Name, b: Name) -> bool:
    return a.start < b.end and b.start < a.end
