"""The platform vocabulary of patterns/hardware/, compiled once per process (see
`claims.extraction.platforms` for how it is read).

Each rule is compiled with its cues wrapped so that a match starts and ends at a word edge (a cue
may not start or end inside a word: "GPU" must not fire in "GPUs2" nor "MCU" in "QuantMCU"), and
tried only where one of its matches can start. Specific rules (named models) come first: at one
position, among equally long matches, the first rule wins (POSIX, leftmost-longest).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

import regex

from ...errors import PatternError
from ...matching import FLAGS, PatternSet, compile_rule, compiled, pattern_set
from ...patterns import load_patterns

# The start test sits outside the alternation, so that inside a word, or in a run of spaces or
# hyphens, one look settles each position instead of one per rule.
_WORD_START = r"(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])"
_WORD_END = r"(?![\p{L}\p{N}])"
_GROUP_NAME = compiled(r"\(\?P?<([A-Za-z_]\w*)>")
_TEMPLATE_FIELD = compiled(r"\{([A-Za-z_]\w*)\}")
# What a background cue may read before its match, and so tell a sentence scanned in place (white
# space precedes it) from the sentence cut out (nothing does): a lookbehind or an anchor. Read
# loosely: a `^` in a class counts too, which only costs the in-place scan.
_READS_BEFORE = compiled(r"\(\?<[=!]|\^|\\[AG]")
# A cue that reads nothing outside its match but word boundaries (no group other than `(?:`, no
# anchor): only white space or nothing lies next to a sentence, so a match in a sentence is a
# match in the whole text, and one scan of the whole text tells whether any sentence can be
# background (`Vocabulary.background_gated`).
_READS_AROUND = compiled(r"\(\?(?!:)|[\^$]|\\[AGZz]")


@dataclass(frozen=True, slots=True)
class PlatformRule:
    rule_id: str
    hw_class: str
    group: str                     # name of the rule's group in the combined regex
    template: str | None
    specific: bool
    blocks: bool
    requires: tuple[regex.Pattern, ...]
    resource: bool = False         # a resource of the platform ("GPU memory"): never a claim's hardware
    carrier: bool = False          # a robot, drone or vehicle: a claim's hardware only where set up as one
    # The template read once: (literal text, the group whose value follows it, or None).
    filling: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class BackgroundRule:
    rule_id: str
    cues: tuple[int, ...]          # indexes of its cues in the vocabulary's background scanner
    needs_all: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    scanner: PatternSet               # one pattern per rule, specific rules first
    ranked: tuple[PlatformRule, ...]      # the rules in the scanner's order
    background: tuple[BackgroundRule, ...]
    background_cues: PatternSet       # every background rule's cues, rule by rule
    background_in_place: bool      # the cues may scan a sentence in place (`_background_rule`)
    specific_ids: frozenset[str]   # the ids of the named-model rules
    resource_ids: frozenset[str]   # the ids of the rules that name a resource of a platform
    carrier_ids: frozenset[str]    # the ids of the rules that name a robot, drone or vehicle
    background_gated: bool         # the whole text may rule background out (`_background_possible`)


@cache
def vocabulary() -> Vocabulary:
    alternatives: list[str] = []
    rules: dict[str, PlatformRule] = {}
    background: list[BackgroundRule] = []
    background_cues: list[regex.Pattern] = []
    problems: list[str] = []
    patterns = load_patterns()
    for _, rule in patterns.rules("hardware_filter"):
        indexes = tuple(range(len(background_cues), len(background_cues) + len(rule.cues)))
        background_cues += [compile_rule(c) for c in rule.cues]
        background.append(BackgroundRule(rule.id, indexes, bool(rule.attrs.get("all"))))
    for pattern_file in patterns.role("hardware"):
        for rule in pattern_file.rules:
            group = f"r{len(rules)}"
            body = "|".join(f"(?:{_namespace(cue, group)})" for cue in rule.cues)
            alternatives.append(f"(?P<{group}>(?:{body}){_WORD_END})")
            try:
                requires = tuple(compile_rule(c) for c in rule.attrs.get("requires") or ())
            except (regex.error, TypeError) as exc:
                problems.append(f"{rule.location}: {rule.id}: `requires` does not compile: {exc}")
                requires = ()
            template = rule.attrs.get("name")
            if template is not None and not isinstance(template, str):
                problems.append(f"{rule.location}: {rule.id}: `name` must be a string")
                template = None
            for field in _TEMPLATE_FIELD.findall(template or ""):
                if not any(_GROUP_NAME.search(c) and f"<{field}>" in c for c in rule.cues):
                    problems.append(f"{rule.location}: {rule.id}: name field {{{field}}} is no group of its cues")
            rules[group] = PlatformRule(rule.id, pattern_file.name, group, template,
                                 bool(rule.attrs.get("specific")), bool(rule.attrs.get("blocks")), requires,
                                 bool(rule.attrs.get("resource")), bool(rule.attrs.get("carrier")))
    if problems:
        raise PatternError("invalid hardware patterns:\n" + "\n".join(problems))
    # Specific rules first: at one position, among equally long matches, the first rule wins.
    order = sorted(range(len(alternatives)), key=lambda i: not rules[f"r{i}"].specific)
    compiled = [compile_rule(_WORD_START + alternatives[i], FLAGS | regex.POSIX) for i in order]
    ranked = tuple(_with_filling(rules[f"r{i}"], pattern) for i, pattern in zip(order, compiled))
    in_place = not any(_READS_BEFORE.search(cue.pattern) for cue in background_cues)
    gated = not any(_READS_AROUND.search(cue.pattern) for cue in background_cues)
    return Vocabulary(pattern_set(compiled), ranked, tuple(background), pattern_set(background_cues), in_place,
                       frozenset(rule.rule_id for rule in ranked if rule.specific),
                       frozenset(rule.rule_id for rule in ranked if rule.resource),
                       frozenset(rule.rule_id for rule in ranked if rule.carrier), gated)


def _with_filling(rule: PlatformRule, pattern: regex.Pattern) -> PlatformRule:
    """`rule` with its template split into literal text and the groups of `pattern` that fill it
    (a field no group of the pattern holds is filled with nothing)."""
    if rule.template is None:
        return rule
    pieces = _TEMPLATE_FIELD.split(rule.template)     # literal, field, literal, ..., literal
    groups = [f"{rule.group}_{field}" for field in pieces[1::2]]
    filling = tuple((literal, group if group in pattern.groupindex else None)
                    for literal, group in zip(pieces[::2], groups + [None]))
    return dataclasses.replace(rule, filling=filling)


def _namespace(cue: str, group: str) -> str:
    """Prefix a cue's named groups with its rule's group, so names stay unique in the combined regex."""
    return _GROUP_NAME.sub(lambda m: f"(?P<{group}_{m[1]}>", cue)


