"""Number words, units, metric cues, kind and qualifier cues, not-a-claim filters, and the named
word lists and gaps of patterns/words.yaml, compiled once per process."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, partial
from types import MappingProxyType
from typing import NamedTuple

import regex

from ...errors import PatternError
from ...matching import PatternSet, compile_rule, pattern_set
from ...patterns import Rule, load_patterns
from .loading import Cue, alternation

# Where a side cue is read, and how it is anchored there: one "before" the number ends right
# before it; one "after" it starts right after it (and its unit).
# A cue read before a number that opens on a letter starts a word: "lower" is no cue inside
# "Flower" or "follower"; a sign may stand glued to a name ("FID<1.5"). A "named" cue is read
# before the number too, but only where no other cue gave a qualifier (qualifier.py).
_BEFORE = (r"(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:", r")\s*$")
_ANCHORS = {"before": _BEFORE, "named": _BEFORE, "after": (r"^\s*(?:", ")")}


@cache
def metric_cues() -> tuple[Cue, ...]:
    """One cue per rule of patterns/metrics/, in file order. A cue starts a word: "WER" must not
    match inside "lower"."""
    return tuple(Cue(r.id, compile_rule(r"(?<![\p{L}\p{N}])(?:" + alternation(r.cues) + ")"), r.attrs, f.name)
                 for f, r in load_patterns().rules("metric"))


@cache
def metric_set() -> PatternSet:
    """All metric cues, scanned together in `metric_cues` order."""
    return pattern_set([cue.pattern for cue in metric_cues()])


@cache
def unit_matcher() -> tuple[regex.Pattern, tuple[Rule, ...]]:
    """One pattern matching any unit right at a position; group i+1 is rule i."""
    rules = tuple(r for f in load_patterns().role("units") for r in f.rules)
    body = "|".join(f"({alternation(r.cues)})" if r.attrs.get("case_sensitive")
                    else f"((?i:{alternation(r.cues)}))" for r in rules)
    return compile_rule(rf"\s?(?:{body})", regex.VERSION1), rules


@cache
def number_words() -> tuple[regex.Pattern, tuple[Rule, ...], Mapping[str, float]]:
    """One pattern of every number-word rule (group i+1 is rule i), the rules, and the words'
    values (`words:` of patterns/numbers.yaml)."""
    files = load_patterns().role("numbers")
    rules = tuple(r for f in files for r in f.rules)
    words: dict[str, float] = {}
    for f in files:
        for word, value in (f.attrs.get("words") or {}).items():
            words[" ".join(str(word).lower().split())] = float(value)
    body = "|".join(f"({alternation(r.cues)})" for r in rules)
    # A word glued by a hyphen to a word before it is the tail of another: "fifty-three percent" is
    # no "three percent", "non-zero" no "zero" (pool round 20).
    return compile_rule(rf"(?<![\p{{L}}\p{{N}}])(?<!\p{{L}}-)(?:{body})"), rules, MappingProxyType(words)


@cache
def number_word_set() -> PatternSet:
    return pattern_set([number_words()[0]])


@cache
def side_cues(role: str, where: str) -> tuple[Cue, ...]:
    """The rules of `role` (kind, qualifier) read on one side of a number: `before` (anchored at
    its end), `after` (anchored at its start), `metric` (in the metric's words), `sign`."""
    opening, closing = _ANCHORS.get(where, ("(?:", ")"))
    return tuple(Cue(r.id, compile_rule(opening + alternation(r.cues) + closing), r.attrs, f.name)
                 for f, r in load_patterns().rules(role) if r.attrs.get("where", "before") == where)


@cache
def direction_cues(where: str) -> tuple[Cue, ...]:
    """The kind rules that give a direction, unanchored to be found anywhere in a window: after
    a number from a word edge, before it ending anywhere."""
    cues = []
    for cue in side_cues("kind", where):
        if not cue.attrs.get("direction"):
            continue
        source = cue.pattern.pattern
        source = source.replace(r"^\s*", r"\b", 1) if where == "after" else source.removesuffix(r"\s*$")
        cues.append(Cue(cue.rule_id, compile_rule(source, regex.IGNORECASE), cue.attrs, cue.family))
    return tuple(cues)


@cache
def right_direction_matcher() -> tuple[regex.Pattern, tuple[tuple[int, Cue], ...]]:
    """The direction cues read after a number as one alternation, each in a group of its own,
    with the group's number and its cue. At the first place where one of them matches, the
    alternation takes the first that does: the cue a search of each one by one picks (the
    earliest start, ties to the first)."""
    groups, number = [], 1
    for cue in direction_cues("after"):
        groups.append((number, cue))
        number += 1 + cue.pattern.groups        # the groups a cue holds come after its own
    pattern = "|".join(f"({cue.pattern.pattern})" for cue in direction_cues("after"))
    return compile_rule(pattern, regex.IGNORECASE), tuple(groups)


@cache
def left_kind_cues() -> tuple[PatternSet, tuple[Cue, ...], tuple[Cue, ...]]:
    """One set over what the kind stage reads before a number: the direction cues (found
    anywhere), then the kind cues (ending right before the number). With the two lists."""
    directions = direction_cues("before")
    kinds = tuple(cue for cue in side_cues("kind", "before") if cue.attrs.get("kind"))
    return pattern_set([cue.pattern for cue in directions + kinds]), directions, kinds


@cache
def after_pattern(source: str) -> regex.Pattern:
    """One of a kind rule's `after:` patterns (words that must follow the number)."""
    return compile_rule(source, regex.IGNORECASE)


@cache
def qualifier_set(where: str) -> tuple[tuple[Cue, ...], PatternSet, regex.Pattern]:
    """The qualifier cues of one side, a set of them, and one alternation of them all (it matches
    at a place where one of them does, and only there: most numbers have none)."""
    cues = side_cues("qualifier", where)
    return cues, pattern_set([cue.pattern for cue in cues]), \
        compile_rule("|".join(f"(?:{cue.pattern.pattern})" for cue in cues))


@cache
def list_qualifiers() -> frozenset[str]:
    """The qualifier rules whose qualifier, written once before a list, covers the list."""
    return frozenset(r.id for _, r in load_patterns().rules("qualifier") if r.attrs.get("covers_list"))


@dataclass(frozen=True, slots=True)
class FilterRule:
    """A not-a-claim filter of patterns/filters/: it drops a number whose text `before` and
    `after` match (either one with `either`), unless `unless_before` matches; `year` drops only
    a bare year; `bare_only`, `whole_only` and `unit_in` limit it to numbers of one shape;
    `unless_metric_before` spares a number that a metric cue names right before it; `over_lists`
    drops the other figures of a list it drops one of (the setting's noun is written once)."""

    rule_id: str
    reason: str
    before: regex.Pattern | None
    after: regex.Pattern | None
    either: bool
    year: bool
    bare_only: bool
    unit_in: frozenset[str]
    unless_before: regex.Pattern | None
    whole_only: bool = False    # only a whole number written in digits ("Veo 3", "12,000"; not "AUROC 0.91")
    unless_metric_before: bool = False  # not where a metric's name stands right before ("HOTA 65")
    over_lists: bool = False    # drops the whole list its number closes or opens ("90%, 80%, and 70% thresholds")

    def applies_to(self, bare: bool, unit: str | None) -> bool:
        return not (self.bare_only and not bare) and not (self.unit_in and unit not in self.unit_in)

    @property
    def may_spare(self) -> bool:
        """Whether the rule may spare a number of its shape that its patterns hit: a year test, a
        whole-number test or an exception read around the number."""
        return self.year or self.whole_only or self.unless_before is not None or self.unless_metric_before


@cache
def filter_rules() -> tuple[FilterRule, ...]:
    out = []
    for _, r in load_patterns().rules("filter"):
        out.append(FilterRule(r.id, str(r.attrs.get("reason", r.id)), _side(r, "before"), _side(r, "after"),
                              bool(r.attrs.get("any")), bool(r.attrs.get("year")),
                              bool(r.attrs.get("bare_only")), frozenset(r.attrs.get("unit_in") or ()),
                              _side(r, "unless_before"), bool(r.attrs.get("whole_only")),
                              bool(r.attrs.get("unless_metric_before")), bool(r.attrs.get("over_lists"))))
    return tuple(out)


def _side(rule: Rule, key: str) -> regex.Pattern | None:
    """A filter's `before`/`after` list as one pattern (the loader has checked each cue)."""
    cues = rule.attrs.get(key)
    return compile_rule(alternation(cues)) if cues else None


@cache
def filter_window_set(owners: tuple[tuple[str, int], ...]) -> PatternSet:
    """The patterns of `owners` ((key, filter index), in order), scanned together; ASCII windows
    with their possessive forms."""
    return pattern_set([getattr(filter_rules()[index], key) for key, index in owners], ascii_forms=True)


@cache
def words() -> Mapping[str, frozenset[str] | regex.Pattern]:
    """The named word lists and patterns of patterns/words.yaml: a list of words is a frozenset
    of lower-case words, a `pattern:` entry a compiled pattern."""
    found: dict[str, frozenset[str] | regex.Pattern] = {}
    for _, rule in load_patterns().rules("words"):
        if "words" in rule.attrs:
            listed = rule.attrs["words"]
            if not isinstance(listed, list) or not all(isinstance(word, str) for word in listed):
                raise PatternError(f"{rule.location}: {rule.id}: `words` must be a list of quoted words "
                                   "(YAML reads a bare on, no or yes as a boolean)")
            found[rule.id] = frozenset(word.lower() for word in listed)
        elif rule.cues:
            # Named words match with simple case folding (these are words, not a rule's cues).
            flags = regex.IGNORECASE if rule.attrs.get("ignore_case", True) else 0
            found[rule.id] = compile_rule(alternation(rule.cues) if len(rule.cues) > 1 else rule.cues[0], flags)
        else:
            raise PatternError(f"{rule.location}: {rule.id}: needs `words:` or `cues:`")
    return MappingProxyType(found)


@cache
def word_list(name: str) -> frozenset[str]:
    found = words()[name]
    assert isinstance(found, frozenset), name
    return found


@cache
def word_pattern(name: str) -> regex.Pattern:
    found = words()[name]
    assert isinstance(found, regex.Pattern), name
    return found


@cache
def background_sets() -> tuple[PatternSet, PatternSet, PatternSet]:
    """The words of the paper's own work and of background; those of a general fact alone; those
    of a general fact and of a result."""
    return (pattern_set([word_pattern("words.own_work"), word_pattern("words.background")]),
            pattern_set([word_pattern("words.general")]),
            pattern_set([word_pattern("words.general"), word_pattern("words.result")]))


@cache
def normalize_rules() -> tuple[PatternSet, tuple[str, ...], Folds]:
    """The replacements of patterns/normalize.yaml as one alternation (group i+1 is rule i,
    tried in file order, case-sensitive), each rule's replacement, and the rules that fold
    characters to their compatibility form (`fold: nfkc`), as an alternation of their own."""
    rules = [r for _, r in load_patterns().rules("normalize")]
    replacing = [r for r in rules if "fold" not in r.attrs]
    folding = [r for r in rules if "fold" in r.attrs]
    pattern = compile_rule("|".join(f"({alternation(r.cues)})" for r in replacing), regex.VERSION1)
    folds = Folds(compile_rule("|".join(f"({alternation(r.cues)})" for r in folding), regex.VERSION1)
                  if folding else None, tuple(_FOLDS[r.attrs["fold"]] for r in folding))
    return pattern_set([pattern]), tuple(str(r.attrs.get("replace", "")) for r in replacing), folds


@cache
def normalize_rule(rule_id: str) -> regex.Pattern:
    """One replacement of patterns/normalize.yaml on its own, for a stage that reads the original text."""
    for _, rule in load_patterns().rules("normalize"):
        if rule.id == rule_id:
            return compile_rule(alternation(rule.cues), regex.VERSION1)
    raise PatternError(f"patterns/normalize.yaml: no rule {rule_id}")


class Folds(NamedTuple):
    """Rules that replace each character they match by its compatibility form: full-width
    "１２.５ｘ" reads as "12.5x". Their characters are never ASCII, so only a text that is not
    ASCII is read for them, by a pattern of their own (in the one alternation they would leave
    the scanner no start to gate on: a full-width digit folds to a digit, which every number
    begins with)."""

    pattern: regex.Pattern | None
    functions: tuple[Callable[[str], str], ...]


_FOLDS = {"nfkc": partial(unicodedata.normalize, "NFKC")}
