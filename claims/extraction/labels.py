"""The label written right before a number that names its own quantity ("(Rmi=0.7653)", "a tool
usage ratio of 14.5%", "and a TMCC of 0.95"): where no cue is the number's own, such a number is
`other` with the label as metric_text (spec 3, "any other outcome"), not the metric of a number
before it or of a cue elsewhere in the sentence."""
from __future__ import annotations

from ..matching import compiled, match_at, search_at_end
from .cues import CueHit, SentenceCues
from .rulebook.cues import word_pattern

_LABEL_WINDOW = 60      # characters before a number read for a label ("(mean difference: ")
_DEFINITION_WINDOW = 400    # characters before a number searched for an acronym's definition ("pixel error (PE)")
_CUE_BEFORE_DEFINITION = 3  # a cue ending this close before the bracket is the one it defines
# A list label must look like a metric's own name: an acronym or identifier ("PICP", "DTW-MJE",
# "kitti_score", "Jensen-Shannon Divergence"), not a common noun ("a reduction of", "the baseline of").
_NAME_SHAPED = compiled(r"_|\p{Lu}\S*\p{Lu}|\p{Lu}\S*\s\p{Lu}")
# One or two words right after a number, before the "and" (or comma) of a list: "0.455 average overlap and".
_WORDS_AFTER = compiled(r"\s((?:\p{L}[\p{L}\p{N}@-]*\s){1,2}?)(?:,\s?(?:and\s)?|and\s|or\s)")
# Words that only qualify a number or say it is a change ("8% relative and 5% absolute gains"): no quantity.
_QUALIFYING_WORD = compiled(r"relative|absolute|overall|average|on|improvements?|gains?|increases?|decreases?|"
                            r"reductions?|drops?|higher|lower|better|worse|more|fewer|less|points?|pp|respectively")


def own_label(text: str, start: int, cues: SentenceCues, bare: bool = False) -> tuple[str, str] | None:
    """The label that names the number at `start` ("(Rmi=0.7653)", "(mean difference: 0.469 cm3)",
    ", and a TMCC of 0.95"), if one does and no metric cue lies in it ("(accuracy: 90.9%" names
    the metric that cue gives), with the word rule that read it. A `bare` number (no unit) is also
    named by the acronym or the name of a measured quantity that made it a claim (`score.acronym_label`:
    "with RVDs of 1.68", "a low FID-SD of 12.21"; `score.measure_of`: "achieves mean task quality of 0.815"),
    not by a noun elsewhere in its sentence ("a global memory bank" gave memory)."""
    offset = max(0, start - _LABEL_WINDOW)
    window = text[offset:start]
    rule = "words.label_before"
    found = search_at_end(word_pattern(rule), window)
    if found is None and bare:
        rule = "words.score_label_before"
        found = search_at_end(word_pattern(rule), window)
        if found is not None and _defined(text, start, found.group("label"), cues):
            found = None
    if found is None and bare:
        # "an average iteration count of 4.38" (`score.measure_of`): the name of what was measured
        rule = "words.measure_of_before"
        found = search_at_end(word_pattern(rule), window)
    if found is None:
        rule = "words.list_label_before"
        found = search_at_end(word_pattern(rule), window)
        if found is None or not _NAME_SHAPED.search(found.group("label")) or \
                _defined(text, start, found.group("label"), cues):
            return None
    if cues.any_within(offset + found.start("label"), offset + found.end("label")):
        return None
    return found.group("label"), rule


def _defined(text: str, start: int, label: str, cues: SentenceCues) -> bool:
    """Whether the sentence spelt the label out in brackets right after a metric cue ("pixel error
    (PE) of 5.43% ... PE of 7.04%"): the cue names its family, which a list still carries. An
    acronym spelt out in words no cue reads ("prediction interval coverage probability (PICP)")
    names no family."""
    at = text.rfind(f"({label})", max(0, start - _DEFINITION_WINDOW), start)
    return at >= 0 and cues.any_within(max(0, at - _CUE_BEFORE_DEFINITION), at)


def own_words_before_list(text: str, end: int, following_end: int, following_cue: CueHit) -> bool:
    """Whether the number ending at `end` names its own quantity in the words after it, while the next
    number of the list ("0.455 average overlap and 0.509 accuracy", "12.9% NDS and 9.5% mAP", ending
    at `following_end`) is followed at once by its cue: that cue is the next number's alone. Parallel
    modifiers leave the cue shared: apart from it ("94.32% white-box and 67.28% black-box attack success")
    or as the first words of a longer cue ("2.1x per-layer and 1.6x end-to-end speedup", "60% weight and 35%
    activation memory reduction": fewer words than the cue)."""
    words = match_at(_WORDS_AFTER, text, end)
    if words is None or text[following_end:following_cue.start].strip():
        return False
    own = words.group(1).split()
    return len(own) >= len(following_cue.surface.split()) and \
        not all(_QUALIFYING_WORD.fullmatch(word) for word in own)
