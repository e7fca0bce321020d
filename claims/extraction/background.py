"""Which sentences describe prior work or the field rather than the paper's own work
(CLAIMS_SPEC.md section 1: figures about prior work are no claims).

Only sentences before the first one that speaks of the paper's own work ("we", "our", "this
paper") can be background, and only when they use the words of background ("existing",
"however", "costlier"); anywhere, a sentence of a general fact ("LUTs typically outnumber DSPs
by a factor of 100") without a word of a result is background. The words are in patterns/words.yaml.
"""
from __future__ import annotations

from ..matching import budget
from .rulebook.cues import background_sets

RULE = "filter.background_sentence"
# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "filter.background_sentence": "a sentence about prior work or the field, not the paper's own work (words: "
        "patterns/words.yaml own_work, background, general, result)",
}


def background_sentences(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the sentences of `text` (`spans`) that are background."""
    opening_words, general_anywhere, general_words = background_sets()
    # A general word anywhere is one in some sentence: its matches hold no stop.
    general = bool(general_anywhere.scan(text, timeout=budget(len(text)))[0])
    background = set()
    opening = True
    for index, (start, end) in enumerate(spans):
        if not opening and not general:
            break               # past the opening, only a general fact makes background
        own, of_background = _scan(opening_words, text, start, end)
        if own:
            opening = False
        if opening and of_background:
            background.add(index)
        elif general and not own:
            general_here, result = _scan(general_words, text, start, end)
            if general_here and not result:
                background.add(index)
    return background


def _scan(words, text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether each of the two patterns of `words` matches in the sentence text[start:end]. The
    sentence is scanned in place, where white space or nothing precedes it (the patterns read
    no further back than a word edge); cut out otherwise."""
    if start and not text[start - 1].isspace():
        first, second = words.scan(text[start:end])
    else:
        first, second = words.scan(text, start, end)
    return bool(first), bool(second)
