"""The quantity named by the phrase after "in" that follows a number of change (metric.change_in):
"a 89% improvement in context relevance scores", "reductions of 37% in mean absolute percentage
error (MAPE)", "surpassing the baselines by up to 35% in integrity scores".

Such a phrase is the number's own noun, so it outweighs a cue elsewhere in the sentence: the
previous item of a list ("73% reduction in redundant computations, 89% improvement in ..."), a metric
carried from earlier in the sentence, or one of the sentence before. The metric cue the phrase holds
(its last, the head of the phrase) gives the family; a phrase with none is `other`, the phrase its
metric_text. A phrase that ends in a word of a setting ("in the few-shot setting", "in dynamic
scenes") names where the number was measured, not what: no rule.
"""
from __future__ import annotations

from ..matching import compiled, match_at, search_at_end
from .cues import CueHit, SentenceCues
from .draft import Draft
from .rulebook.cues import word_pattern

# A phrase joined to the next by "and" ("in the SA and RC fields"): its head is further on.
_COORDINATED = compiled(r"\s*(?:and|or|&|/)\s*\p{L}")
# The phrase patterns read at most about 350 characters after the number. Their matches are bounded
# there: the `regex` module looks for a pattern's required words ("in") before it matches, and
# without an end it reads on to the next "in", however far, for every number.
_PHRASE_REACH = 400


def change_phrase(text: str, draft: Draft, cues: SentenceCues) -> tuple[CueHit | None, str] | None:
    """(the cue the phrase holds, or None; the phrase) where the number names its quantity by the
    phrase after "in", else None."""
    number = draft.number
    bound = number.end + _PHRASE_REACH
    found = match_at(word_pattern("words.change_in_after"), text, number.end, bound)
    after_change_word = found is not None
    if found is None:
        # "by up to 35% in integrity scores", "reductions of 37% in MAPE": the word of change before
        if search_at_end(word_pattern("words.change_of_before"), text[draft.reach.floor:number.start]) is None:
            return None
        found = match_at(word_pattern("words.in_after"), text, number.end, bound)
        if found is None:
            return None
    phrase = found.group("phrase")
    if word_pattern("words.setting_head").search(phrase):
        return None
    start, end = found.span("phrase")
    inside = cues.within(start, end)
    left = draft.reach.left
    if inside:
        if not after_change_word and left is not None and left.family != "other" and inside[-1].family == "other":
            return None     # "improves retrieval accuracy by 10.02% in R@1": the named metric the number completes
        return inside[-1], phrase
    if not phrase[0].islower() and f"({phrase})" not in text[:start]:
        # "a 9% improvement in GPQA-Diamond": a capitalized name may be a data set; an acronym the
        # abstract defined before ("Mean Accepted Length (MAL)") is a quantity
        return None
    if match_at(_COORDINATED, text, end, end + _PHRASE_REACH):
        return None     # "improvements in the SA and RC fields, respectively": the head comes later
    if after_change_word:
        return None, phrase
    # past "by", a phrase with no cue names the quantity only where no cue before the number is its
    # own and the phrase says "in terms of" or ends in a word of a score ("by up to 35% in integrity
    # scores"); else it says where the number was measured ("by 13.7% in ultra-low-data regimes")
    if left is None and (found.group("terms") or word_pattern("words.score_head").search(phrase)):
        return None, phrase
    return None
