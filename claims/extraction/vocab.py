"""Compile the rule files of patterns/ into the matchers the extraction stages use, once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Mapping

import regex

from ..matching import FLAGS, PatternSet, compile_rule
from ..patterns import Rule, load_patterns
from ..spec import POLARITY

@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled rule: its id, its matcher and the rule's other keys."""

    rule_id: str
    pattern: regex.Pattern
    attrs: Mapping[str, Any]
    family: str


def alternation(cues: tuple[str, ...] | list[str]) -> str:
    return "|".join(f"(?:{c})" for c in cues)


def _compile_side(rule: Rule, key: str) -> regex.Pattern | None:
    """Compile a filter's `before`/`after` list (the loader has checked and expanded each cue)."""
    cues = rule.attrs.get(key)
    return compile_rule(alternation(cues)) if cues else None


@cache
def metric_cues() -> tuple[Cue, ...]:
    # A cue starts a word: "WER" must not match inside "lower".
    return tuple(Cue(r.id, compile_rule(r"(?<![\p{L}\p{N}])(?:" + alternation(r.cues) + ")"), r.attrs, f.name)
                 for f, r in load_patterns().rules("metric"))


@cache
def metric_scanner() -> PatternSet:
    """All metric cues, each tried only where it can start; `scan` gives them in `metric_cues` order."""
    return PatternSet([cue.pattern for cue in metric_cues()])


@cache
def metric_polarity() -> Mapping[str, str | None]:
    """The direction in which each family gets better (`good_direction` of its file)."""
    return POLARITY


@cache
def unit_matcher() -> tuple[regex.Pattern, tuple[Rule, ...]]:
    """One pattern matching any unit right at a position; group i+1 is rule i."""
    rules = tuple(r for f in load_patterns().role("units") for r in f.rules)
    body = "|".join(f"({alternation(r.cues)})" if r.attrs.get("case_sensitive")
                    else f"((?i:{alternation(r.cues)}))" for r in rules)
    return compile_rule(rf"\s?(?:{body})", regex.VERSION1), rules


@cache
def number_words() -> tuple[regex.Pattern, tuple[Rule, ...], Mapping[str, float]]:
    files = load_patterns().role("numbers")
    rules = tuple(r for f in files for r in f.rules)
    words: dict[str, float] = {}
    for f in files:
        for word, value in (f.attrs.get("words") or {}).items():
            words[" ".join(str(word).lower().split())] = float(value)
    body = "|".join(f"({alternation(r.cues)})" for r in rules)
    return compile_rule(rf"(?<![\p{{L}}\p{{N}}])(?:{body})"), rules, MappingProxyType(words)


@cache
def number_word_scanner() -> PatternSet:
    return PatternSet([number_words()[0]])


@cache
def side_cues(role: str) -> tuple[Cue, ...]:
    """Rules whose `cues` apply before or after a number (kind and qualifier files)."""
    out = []
    for f, r in load_patterns().rules(role):
        where = r.attrs.get("where", "before")
        anchor = {"before": r"\s*$", "after": "", "metric": "", "sign": ""}.get(where, "")
        pattern = compile_rule((r"^\s*(?:" if where == "after" else "(?:") + alternation(r.cues) + ")" + anchor)
        out.append(Cue(r.id, pattern, r.attrs, f.name))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class FilterRule:
    rule_id: str
    reason: str
    before: regex.Pattern | None
    after: regex.Pattern | None
    either: bool
    year: bool
    bare_only: bool
    unit_in: frozenset[str]
    unless_before: regex.Pattern | None


@cache
def filter_rules() -> tuple[FilterRule, ...]:
    patterns = load_patterns()
    out = []
    for f, r in patterns.rules("filter"):
        before = _compile_side(r, "before")
        after = _compile_side(r, "after")
        out.append(FilterRule(r.id, str(r.attrs.get("reason", r.id)), before, after,
                              bool(r.attrs.get("any")), bool(r.attrs.get("year")),
                              bool(r.attrs.get("bare_only")), frozenset(r.attrs.get("unit_in") or ()),
                              _compile_side(r, "unless_before")))
    return tuple(out)
