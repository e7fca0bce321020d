"""Which sentences describe prior work or the field rather than the paper's own work
(CLAIMS_SPEC.md section 1: figures about prior work are no claims).

Only sentences before the first one that speaks of the paper's own work ("we", "our", "this
paper") can be background, and only when they use the words of background ("existing",
"however", "costlier"); a sentence that names the paper's own system ("Kin outperforms existing
methods by 3.2%", the name from the title or the abstract's proposal) speaks of its own work as
"we" does. Anywhere, a sentence of a general fact ("LUTs typically outnumber DSPs
by a factor of 100") without a word of a result is background. The words are in patterns/words.yaml.
"""
from __future__ import annotations

from typing import Callable

import regex

from ..matching import budget
from .rulebook.cues import background_sets

RULE = "filter.background_sentence"
# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "filter.background_sentence": "a sentence about prior work or the field, not the paper's own work (words: "
        "patterns/words.yaml own_work, background, general, result)",
}


def background_sentences(text: str, spans: list[tuple[int, int]],
                         own_name: Callable[[], str | None] = lambda: None) -> set[int]:
    """Indexes of the sentences of `text` (`spans`) that are background. `own_name` gives the
    name of the paper's system (asked only where an opening sentence has words of background)."""
    opening_words, general_anywhere, general_words = background_sets()
    # A general word anywhere is one in some sentence: its matches hold no stop.
    general = bool(general_anywhere.scan(text, timeout=budget(len(text)))[0])
    background = set()
    opening = True
    named: list = []        # the pattern of the paper's own name, built on first need (None: no name)
    for index, (start, end) in enumerate(spans):
        if not opening and not general:
            break               # past the opening, only a general fact makes background
        own, of_background = _scan(opening_words, text, start, end)
        if opening and of_background and not own:
            own = _names_own_system(text, start, end, own_name, named)
        if own:
            opening = False
        if opening and of_background:
            background.add(index)
        elif general and not own:
            general_here, result = _scan(general_words, text, start, end)
            if general_here and not result:
                background.add(index)
    return background


def _names_own_system(text: str, start: int, end: int, own_name: Callable[[], str | None], named: list) -> bool:
    """Whether the sentence text[start:end] names the paper's own system as a whole word."""
    if not named:
        name = own_name()
        named.append(None if not name else regex.compile(r"(?<![\w-])" + regex.escape(name) + r"(?![\w-])"))
    return named[0] is not None and named[0].search(text, start, end) is not None


def _scan(words, text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether each of the two patterns of `words` matches in the sentence text[start:end]. The
    sentence is scanned in place, where white space or nothing precedes it (the patterns read
    no further back than a word edge); cut out otherwise."""
    if start and not text[start - 1].isspace():
        first, second = words.scan(text[start:end])
    else:
        first, second = words.scan(text, start, end)
    return bool(first), bool(second)
