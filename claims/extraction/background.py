"""Which sentences describe prior work or the field rather than the paper's own work
(CLAIMS_SPEC.md section 1: figures about prior work are no claims).

Only sentences before the first one that speaks of the paper's own work ("we", "our", "this
paper") can be background, and only when they use the words of background ("existing",
"however", "costlier"); anywhere, a sentence of a general fact ("LUTs typically outnumber DSPs
by a factor of 100") without a word of a result is background. The words are in patterns/words.yaml.
"""
from __future__ import annotations

from bisect import bisect_right

from ..matching import budget
from .rulebook.cues import background_set

RULE = "filter.background_sentence"


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "filter.background_sentence": "a sentence about prior work or the field, not the paper's own work (words: "
        "patterns/words.yaml own_work, background, general, result)",
}


def background_sentences(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the sentences of `text` (`spans`) that are background."""
    # One scan of the whole text: the words' matches hold no stop, so each lies in one sentence.
    own, of_background, general, result = (_sentences_holding(found, spans) for found in
                                           background_set().scan(text, timeout=budget(len(text))))
    background = set()
    opening = True
    for index in range(len(spans)):
        if index in own:
            opening = False
        if opening and index in of_background:
            background.add(index)
        elif index in general and index not in own and index not in result:
            background.add(index)
    return background


def _sentences_holding(matches, spans: list[tuple[int, int]]) -> set[int]:
    starts = [start for start, _ in spans]
    holding = set()
    for match in matches:
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= spans[index][1]:
            holding.add(index)
    return holding
