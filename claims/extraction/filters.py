"""Drop number mentions that are not claims (CLAIMS_SPEC.md sections 1, 7 and 8).

Two kinds of rule: local ones from patterns/filters/ (text right before or after the number),
and the sentence-level rule that numbers in background sentences about prior work are no claims.
"""
from __future__ import annotations

from functools import cache

import regex

from .limits import budget
from .numbers import Mention
from .scanner import Scanner
from .vocab import filter_rules

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


_GENERAL = regex.compile(r"\b(?:typically|generally|usually|commonly|conventionally|traditionally)\b",
                         regex.IGNORECASE)
_RESULT = regex.compile(r"\b(?:achiev|outperform|improv|reduc|surpass|attain|deliver|yield|speed|accelerat)\w*",
                        regex.IGNORECASE)


@cache
def _side(*keys: str) -> tuple[tuple[tuple[str, int], ...], Scanner]:
    """The filters' patterns under `keys` (before, after, unless_before) in one scanner, each with
    its key and the index of its rule."""
    indexed = [((key, index), getattr(rule, key)) for index, rule in enumerate(filter_rules())
               for key in keys if getattr(rule, key) is not None]
    return tuple(owner for owner, _ in indexed), Scanner([pattern for _, pattern in indexed])


def _rules_hit(window: str, *keys: str) -> set[tuple[str, int]]:
    """(key, rule index) of every filter pattern under `keys` that matches `window`."""
    owners, scanner = _side(*keys)
    found = scanner.scan(window, timeout=budget(len(window)))
    return {owner for owner, matches in zip(owners, found) if matches}


def drop_reason(text: str, sentence_start: int, mention: Mention) -> str | None:
    """The id of the filter that drops `mention`, or None when it may be a claim."""
    if mention.dropped:
        return mention.dropped
    left = text[max(sentence_start, mention.start - 80):mention.start]
    right = text[mention.end:mention.end + 80]
    surface = text[mention.start:mention.number_end].lstrip("+-")
    hits = _rules_hit(left, "before", "unless_before") | _rules_hit(right, "after")
    for index, rule in enumerate(filter_rules()):
        if rule.bare_only and (mention.unit is not None or mention.word_kind is not None):
            continue
        if rule.unit_in and mention.unit not in rule.unit_in:
            continue
        if ("unless_before", index) in hits:
            continue
        if mention.word_kind == "n_of_m" and rule.after is not None:
            continue    # "10 of the 16 benchmarks": the noun counts the 16, not the 10
        if rule.year:
            if mention.unit is None and not mention.word_kind and _YEAR.match(surface):
                return rule.rule_id
            continue
        hit_before = ("before", index) in hits
        hit_after = ("after", index) in hits
        if rule.either:
            if hit_before or hit_after:
                return rule.rule_id
        elif (rule.before is None or hit_before) and (rule.after is None or hit_after):
            return rule.rule_id
    return None


def background_sentences(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the opening sentences that only describe prior work or the field.

    Only sentences before the first one that speaks of the paper's own work ("we", "our",
    "this paper") can be background, and only when they use the words of background
    ("existing", "typically", "however", "costlier").
    """
    background = set()
    opening = True
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        own = _OWN_WORK.search(sentence)
        if own:
            opening = False
        if opening and _BACKGROUND.search(sentence):
            background.add(index)
        elif not own and _GENERAL.search(sentence) and not _RESULT.search(sentence):
            # "LUTs typically outnumber DSPs by a factor of 100": a general fact, wherever it stands.
            background.add(index)
    return background
