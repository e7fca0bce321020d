"""Which sentences describe prior work or the field rather than the paper's own work
(CLAIMS_SPEC.md section 1: figures about prior work are no claims).

Only sentences before the first one that speaks of the paper's own work ("we", "our", "this
paper") can be background, and only when they use the words of background ("existing",
"however", "costlier") or are the abstract's first sentence; a sentence that names the paper's own system ("Kin outperforms existing
methods by 3.2%", the name from the title or the abstract's proposal) speaks of its own work as
"we" does. Anywhere, a sentence of a general fact ("LUTs typically outnumber DSPs
by a factor of 100") without a word of a result is background. The words are in patterns/words.yaml.
"""
from __future__ import annotations

from typing import Callable

from ..matching import budget
from .rulebook.cues import background_sets

RULE = "filter.background_sentence"
# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "filter.background_sentence": "a sentence about prior work or the field, not the paper's own work (words: "
        "patterns/words.yaml own_work, background, general, result)",
}


def background_sentences(text: str, spans: list[tuple[int, int]],
                         names_own_system: Callable[[int, int], bool] = lambda start, end: False) -> set[int]:
    """Indexes of the sentences of `text` (`spans`) that are background. `names_own_system`
    tells whether text[start:end] names the paper's own system (`own_system_test`); it is asked
    only of an opening sentence with words of background and none of the paper's own work."""
    opening_words, general_anywhere, general_words = background_sets()
    # A general word anywhere is one in some sentence: its matches hold no stop.
    general = bool(general_anywhere.scan(text, timeout=budget(len(text)))[0])
    background = set()
    opening = True
    first_sets_scene = False
    for index, (start, end) in enumerate(spans):
        if not opening and not general:
            break               # past the opening, only a general fact makes background
        own, of_background = _scan(opening_words, text, start, end)
        if opening and not own and (of_background or index == 0):
            own = names_own_system(start, end)
        if own:
            if opening and first_sets_scene:
                background.add(0)
            opening = False
        if opening and of_background:
            background.add(index)
        elif general and not own:
            general_here, result = _scan(general_words, text, start, end)
            if general_here and not result:
                background.add(index)
        # An abstract's first sentence that does not speak of the paper's work sets the scene ("Rare
        # cancers comprise 20-25% of all malignancies", "Modern LLMs reach 60-70% diagnostic
        # accuracy"; pool round 20), background words or not, once a later sentence turns to the
        # paper's own work: an abstract that never does keeps its first sentence.
        first_sets_scene = first_sets_scene or (index == 0 and opening)
    return background


def own_system_test(text: str, title: str | None, name_of: Callable[[], str | None]) -> Callable[[int, int], bool]:
    """Whether a sentence text[start:end] names the paper's own system as a whole word. Only a
    title's name is asked for ("Kin: Fast ..."): a name the abstract proposes comes with "we",
    which ends the opening anyway. The title's prefix must stand in the sentence before the name
    (`name_of`, methods.method_decision) is computed: most background sentences never ask."""
    prefix = title.split(":", 1)[0].strip() if title and ":" in title else ""
    if not prefix or len(prefix) > 40:
        return lambda start, end: False

    def names_it(start: int, end: int) -> bool:
        if text.find(prefix, start, end) < 0:
            return False
        name = name_of()
        return bool(name) and _whole_word_in(text, name, start, end)
    return names_it


def _whole_word_in(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word` stands in text[start:end] with no letter, digit, "-" or "_" glued to it."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _glued(text[at - 1])) and (after >= len(text) or not _glued(text[after])):
            return True
        at = text.find(word, at + 1, end)
    return False


def _glued(char: str) -> bool:
    return char.isalnum() or char in "-_"


def _scan(words, text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether each of the two patterns of `words` matches in the sentence text[start:end]. The
    sentence is scanned in place, where white space or nothing precedes it (the patterns read
    no further back than a word edge); cut out otherwise."""
    if start and not text[start - 1].isspace():
        first, second = words.scan(text[start:end])
    else:
        first, second = words.scan(text, start, end)
    return bool(first), bool(second)
