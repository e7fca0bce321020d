"""Drop number mentions that are not claims (CLAIMS_SPEC.md sections 1, 7 and 8).

Two kinds of rule: local ones from patterns/filters/ (text right before or after the number),
and the sentence-level rule that numbers in background sentences about prior work are no claims.
"""
from __future__ import annotations

from functools import cache
from itertools import compress

import regex

from ..matching import PatternSet, budget

from .numbers import Mention
from .vocab import FilterRule, filter_rules

_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_OWN_WORK = regex.compile(
    r"\b(?:we|our|ours|this\s+(?:paper|work|study|article|letter|thesis)|here(?:in)?|in\s+this|"
    r"(?:results|experiments|evaluations?|simulations|measurements)\s+(?:show|demonstrate|indicate|reveal|confirm)\w*)\b",
    regex.IGNORECASE,
)
_BACKGROUND = regex.compile(
    r"\b(?:prior|previous|previously|existing|conventional|traditional|typically|commonly|widely|currently|"
    r"although|however|despite|remains?|suffers?|costl(?:y|ier)|expensive|bottlenecks?|has\s+been|have\s+been|"
    r"is\s+known|are\s+known|recent(?:ly)?)\b",
    regex.IGNORECASE,
)


_GENERAL_WORDS = ("typically", "generally", "usually", "commonly", "conventionally", "traditionally")
_GENERAL = regex.compile(r"\b(?:" + "|".join(_GENERAL_WORDS) + r")\b", regex.IGNORECASE)
_RESULT = regex.compile(r"\b(?:achiev|outperform|improv|reduc|surpass|attain|deliver|yield|speed|accelerat)\w*",
                        regex.IGNORECASE)


@cache
def _side(keys: tuple[str, ...], group: tuple[bool, frozenset[str]]) -> tuple[tuple[tuple[str, int], ...], PatternSet]:
    """The patterns under `keys` (before, after, unless_before) of the filters of one `group`
    (see `_group`) in one scanner, each with its key and the index of its rule."""
    indexed = [((key, index), getattr(rule, key)) for index, rule in enumerate(filter_rules())
               if _group(rule) == group for key in keys if getattr(rule, key) is not None]
    return tuple(owner for owner, _ in indexed), PatternSet([pattern for _, pattern in indexed])


def _group(rule: FilterRule) -> tuple[bool, frozenset[str]]:
    """The shape of mention a filter applies to: bare numbers only or any, and which units."""
    return rule.bare_only, rule.unit_in


def _applies(group: tuple[bool, frozenset[str]], has_unit_or_word: bool, unit: str | None) -> bool:
    bare_only, unit_in = group
    return not (bare_only and has_unit_or_word) and not (unit_in and unit not in unit_in)


@cache
def _applicable(has_unit_or_word: bool, unit: str | None) -> tuple[tuple[bool, frozenset[str]], ...]:
    """The groups of filters a mention of this shape can be dropped by. The others are skipped
    before their patterns are read, so scanning only these gives the same verdict."""
    groups = dict.fromkeys(_group(rule) for rule in filter_rules())
    return tuple(group for group in groups if _applies(group, has_unit_or_word, unit))


# A run of letters and hyphens before white space: "(?:[\p{L}-]+\s+){0,2}?" ("of the labeled data").
_RUN_BEFORE_SPACE = regex.compile(r"(?<!\\)\[\\p\{L\}-\]([+*])(?=\\s\+)")


def _ascii_form(pattern: regex.Pattern) -> regex.Pattern:
    r"""`pattern` with each run of letters and hyphens before white space made possessive: the
    same matches in ASCII text, found without backtracking into the run.

    Under full case folding (VERSION1 with IGNORECASE) the class `[\p{L}-]` also matches "ss",
    "st" or "fi" as one item (the folds of "ß", "ﬆ", "ﬁ"), and each step back into a run of it
    costs about a microsecond ("of the Optibench dataset" took 20 us where the cue was absent).
    In ASCII text every character of such an item is a letter on its own, so a run goes on to the
    first character that is neither letter nor hyphen, and white space can follow the run only
    there: a shorter run is followed by a letter or hyphen, where `\s+` fails (only a run before
    `\s+` is changed: one before `\s*` could end anywhere). Patterns with a
    lookbehind are left as they are (read backwards, the run would end elsewhere).
    """
    if "(?<" in pattern.pattern:
        return pattern
    source = _RUN_BEFORE_SPACE.sub(lambda m: m.group(0) + "+", pattern.pattern)
    return pattern if source == pattern.pattern else regex.compile(source, pattern.flags)


@cache
def _shape_rules(has_unit_or_word: bool, unit: str | None, n_of_m: bool = False) \
        -> tuple[tuple[int, FilterRule], ...]:
    """The filters, with their indexes, that can drop a mention of this shape, in rule order.
    "10 of the 16 benchmarks" skips every filter with an `after`: the noun counts the 16, not the 10."""
    groups = _applicable(has_unit_or_word, unit)
    return tuple((index, rule) for index, rule in enumerate(filter_rules())
                 if _group(rule) in groups and not (n_of_m and rule.after is not None))


@cache
def _scanners(owners: tuple[tuple[str, int], ...]) -> tuple[PatternSet, PatternSet]:
    """A scanner of the patterns of `owners` ((key, rule index), in order), and one of their
    ASCII forms (`_ascii_form`), for ASCII windows."""
    patterns = [getattr(filter_rules()[index], key) for key, index in owners]
    ascii_forms = [_ascii_form(pattern) for pattern in patterns]
    return PatternSet(patterns), PatternSet(ascii_forms) if ascii_forms != patterns else PatternSet(patterns)


def _hits(window: str, owners: tuple[tuple[str, int], ...]) -> frozenset[tuple[str, int]]:
    """The owners (key, rule index) of the patterns of `owners` that match `window`."""
    if not owners:
        return _NO_HITS
    scanner, ascii_scanner = _scanners(owners)
    found = (ascii_scanner if window.isascii() else scanner).scan(window, timeout=budget(len(window)))
    return frozenset(compress(owners, found))


_NO_HITS: frozenset[tuple[str, int]] = frozenset()


@cache
def _after_owners(shape: tuple[bool, str | None, bool]) -> tuple[tuple[str, int], ...]:
    """The patterns after the number of the filters of `shape`, as (key, rule index)."""
    return tuple(("after", index) for index, rule in _shape_rules(*shape) if rule.after is not None)


@cache
def _live_rules(shape: tuple[bool, str | None, bool], after_hits: frozenset[tuple[str, int]]) \
        -> tuple[tuple[tuple[int, FilterRule], ...], tuple[tuple[str, int], ...]]:
    """The filters of `shape` that may still drop a mention whose `after` cues `after_hits` are,
    in rule order, and the patterns before the number they read.

    A filter that needs its `after` cue, where it was not found, can drop nothing; the filters
    after the first one that drops the mention whatever precedes it are never reached. Only the
    others' patterns are read before the number."""
    live = []
    for index, rule in _shape_rules(*shape):
        hit_after = ("after", index) in after_hits
        if rule.year:
            live.append((index, rule))
            continue
        if rule.after is not None and not hit_after and not rule.either:
            continue
        live.append((index, rule))
        if rule.unless_before is None and (hit_after if rule.either else rule.before is None):
            break               # drops the mention, whatever precedes it
    owners = tuple((key, index) for index, rule in live for key in ("before", "unless_before")
                   if getattr(rule, key) is not None)
    return tuple(live), owners


def drop_reason(text: str, sentence_start: int, mention: Mention) -> str | None:
    """The id of the filter that drops `mention`, or None when it may be a claim.

    The text after the number is read first: what it holds decides which filters may still drop
    the number, and only their patterns are read in the text before it."""
    if mention.dropped:
        return mention.dropped
    shape = (not mention.bare, mention.unit, mention.word_kind == "n_of_m")     # as `_shape_rules` reads it
    after_owners = _after_owners(shape)
    after_hits = _hits(text[mention.end:mention.end + 80], after_owners)
    before_owners = _live_rules(shape, after_hits)[1]
    hits = _hits(text[max(sentence_start, mention.start - 80):mention.start], before_owners)
    for rule_id, year in _verdicts(shape, after_hits, hits):
        if not year:
            return rule_id
        surface = text[mention.start:mention.number_end].lstrip("+-")
        if mention.unit is None and not mention.word_kind and _YEAR.match(surface):
            return rule_id
    return None


@cache
def _verdicts(shape: tuple[bool, str | None, bool], after_hits: frozenset[tuple[str, int]],
              hits: frozenset[tuple[str, int]]) -> tuple[tuple[str, bool], ...]:
    """The filters of `shape` (`_live_rules`) that drop a mention whose cues after and before it
    are `after_hits` and `hits`, in rule order up to the first that drops it whatever its number:
    (rule id, whether it drops only a year)."""
    verdicts = []
    for index, rule in _live_rules(shape, after_hits)[0]:
        if ("unless_before", index) in hits:
            continue
        if rule.year:
            verdicts.append((rule.rule_id, True))
            continue
        hit_before = ("before", index) in hits
        hit_after = ("after", index) in after_hits
        if (hit_before or hit_after) if rule.either else \
                (rule.before is None or hit_before) and (rule.after is None or hit_after):
            verdicts.append((rule.rule_id, False))
            break
    return tuple(verdicts)


def background_sentences(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the opening sentences that only describe prior work or the field.

    Only sentences before the first one that speaks of the paper's own work ("we", "our",
    "this paper") can be background, and only when they use the words of background
    ("existing", "typically", "however", "costlier").
    """
    background = set()
    opening = True
    general = _may_hold_general(text)
    for index, (start, end) in enumerate(spans):
        if not opening and not general:
            break       # past the opening, only a general fact makes background
        own, of_background = _own_and_background(text, start, end)
        if own:
            opening = False
        if opening and of_background:
            background.add(index)
        elif general and not own:
            sentence = text[start:end]
            if _GENERAL.search(sentence) and not _RESULT.search(sentence):
                # "LUTs typically outnumber DSPs by a factor of 100": a general fact, wherever it stands.
                background.add(index)
    return background


_SENTENCE_SCANNER = PatternSet([_OWN_WORK, _BACKGROUND])


def _own_and_background(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether text[start:end] holds a match of `_OWN_WORK`, and one of `_BACKGROUND`.

    One scan of both, in place: they are tried only where one of their words begins (a search
    tries every alternative at every character), and the whole text's skeleton is shared by every
    sentence. In place, a match sees the character before `start`, where the sentence alone has
    none: the same, for these patterns, unless it is a letter, digit or underscore (`\\b`), so
    the sentence is cut out where it is not white space.
    """
    if start and not text[start - 1].isspace():
        own, of_background = _SENTENCE_SCANNER.scan(text[start:end])
    else:
        own, of_background = _SENTENCE_SCANNER.scan(text, start, end)
    return bool(own), bool(of_background)


def _may_hold_general(text: str) -> bool:
    """False when no sentence of `text` can match `_GENERAL`: none of its words is in the text.

    Each character that IGNORECASE matches to a letter of those words case-folds to that very
    letter, but for the dotted capital I, so the case-folded text holds every word a match spells.
    """
    if "\u0130" in text:
        return True
    folded = text.casefold()
    return any(word in folded for word in _GENERAL_WORDS)
