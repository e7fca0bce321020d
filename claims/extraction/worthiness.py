"""Decide whether a number that survived the filters states an outcome at all.

A number with a unit (%, x, ms, FPS, ...) or written as words ("twofold") is a candidate claim.
A bare number is one only when it is read as a score ("AUC of 0.953", "NPV 0.953", "OR 3.14",
"70.73 Top1 accuracy"), a count of outcomes ("fixes 2,077 bugs"), or a signed change ("+10.3").
"""
from __future__ import annotations

import regex

from collections.abc import Callable

from .numbers import Mention
from .typing import CueHit, clause_floor, left_owned, right_owned

# "a speedup of 2.5": a factor written without its "x".
_FACTOR_FAMILIES = frozenset({"speedup"})
_SCORE_FAMILIES = frozenset({"auc", "f1", "bleu", "psnr", "perplexity", "map", "accuracy", "error", "other",
                             "success_rate"})
_FACTOR_LINK = regex.compile(r"\s*(?:of|:|=|is|was)\s*(?:about\s+|around\s+|up\s+to\s+|nearly\s+)?")
_OUTCOME_COUNT = regex.compile(
    r"^\s?(?:(?:and|,|or)\s+\d[\d,]*\s+)?(?:more\s+|additional\s+|extra\s+|unique\s+|new\s+|real(?:-world)?\s+|"
    r"previously\s+unknown\s+|multi-hunk\s+|single-hunk\s+|zero-day\s+|correct\s+)?"
    r"(?:bugs|vulnerabilit(?:y|ies)|CVEs|issues|theorems|fixes|patches|faults|defects|errors)\b",
    regex.IGNORECASE)
_OUTCOME_VERB = regex.compile(
    r"\b(?:fix|repair|solv|prov|detect|discover|find|found|identif|resolv|uncover|patch|generat|produc)\w*",
    regex.IGNORECASE)


def is_claim_worthy(text: str, sentence: tuple[int, int], mention: Mention, hits: list[CueHit],
                    previous: Mention | None = None,
                    previous_hits: Callable[[], list[CueHit]] = list) -> str | None:
    """None when the number may be a claim, else the id of the rule that turned it down.

    `previous` is the last number of the sentence already taken as a candidate: a bare number
    continues its list ("PPVs of 1.0, 0.991, and 0.966", "from 1.95 to 1.98", "of which 1,455").
    `previous_hits` gives the cues of the sentence before, called only when a rule reads them.
    """
    if not mention.bare:
        return None
    if mention.sign:
        return None
    if previous is not None and previous.unit is None and _continues(text[previous.end:mention.start]):
        return None
    if _PARENTHESISED.match(text[mention.start - 1:mention.end + 1]) and 0 <= mention.value <= 1 and \
            (any(h.family in _SCORE_FAMILIES for h in hits) or
             any(h.family in _SCORE_FAMILIES for h in previous_hits())):
        return None
    right = text[mention.end:min(sentence[1], mention.end + 60)]
    sentence_text = text[max(sentence[0], mention.start - 300):min(sentence[1], mention.end + 300)]
    if _OUTCOME_COUNT.match(right) and _OUTCOME_VERB.search(sentence_text):
        return None
    floor = clause_floor(text, sentence[0], mention.start)
    left_hit = left_owned(text, mention, [h for h in hits if h.family in _SCORE_FAMILIES], floor)
    if left_hit is not None and _tight(text[left_hit.end:mention.start]):
        return None
    factor_hit = left_owned(text, mention, [h for h in hits if h.family in _FACTOR_FAMILIES], floor)
    if factor_hit is not None and _FACTOR_LINK.fullmatch(text[factor_hit.end:mention.start]):
        return None
    right_hit = right_owned(text, mention, [h for h in hits if h.family in _SCORE_FAMILIES], sentence[1])
    if right_hit is not None and len(text[mention.end:right_hit.start].split()) <= 2:
        return None
    if 0 <= mention.value <= 1 and "." in text[mention.start:mention.number_end] and \
            any(h.family in _SCORE_FAMILIES and h.family != "other" or h.rule_id == "other.scores" for h in hits):
        return None
    return "filter.bare_number"


_CONTINUATION = regex.compile(
    r"^(?:\s[\p{L}-]+){0,2}?(?:\s?,\s?(?:and\s+)?|\s(?:and|or)\s|\s?(?:to|vs\.?|versus)\s|,\s?(?:of\s+)?which\s+|"
    r"[^;.]{0,60}\b(?:and|whereas|while)\s+(?:\p{L}+\s+){0,3})$", regex.IGNORECASE)
# "(0.872)": a bare score given in brackets after the system it belongs to.
_PARENTHESISED = regex.compile(r"^\(\s?\d*\.\d+\s?\)$")


def _continues(gap: str) -> bool:
    """The gap between two numbers of one list or pair."""
    return len(gap.split()) <= 12 and bool(_CONTINUATION.match(gap))


def _tight(gap: str) -> bool:
    """A score name and its number are close: "AUC 0.95", "AUC of 0.95", "kappa = 0.76"."""
    return len(gap.split()) <= 5 and ";" not in gap
