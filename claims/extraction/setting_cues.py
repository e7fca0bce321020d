"""Cues that name a setting, not a metric a later number may take (CLAIMS_SPEC.md sections 1 and 8).

A cue glued by one space to a figure that is no claim names that figure's setting: "a 28% latency increase
at 880M parameters, worsening to 48%" (the 48% is latency, not model size), "reduces TPR at 5% FPR to below
50%" (the 50% is the TPR; the FPR is the operating point). The number after such a cue does not complete it.
"""
from __future__ import annotations

from ..matching import compiled, search_at_end
from .cues import CueHit
from .draft import Draft

# A figure with a scale or a percent right before the cue ("880M parameters", "at 5% FPR"); not the last item
# of a list before it ("precision: 0.81, recall: 0.79") nor a bare number of a name ("Stage 2 training cost",
# "AIME 2025 pass@32", "444 parameters per sensor (80x fewer)").
_SETTING_FIGURE = compiled(r"(?<![\p{L}\p{N}_.,/@^-])(?P<figure>\d(?:[\d.,]*\d)?(?:\s?[KMBTkmb]|\s?\\?%))\s$")
# Units that no cue of size or rate must fit: a number in MB after "(50K parameters, " is still the model's size.
_UNITLESS = frozenset({"%", "x", "pp", None})


def setting_lefts(text: str, drafts: list[Draft]) -> set[int]:
    """The ids of the cues before the drafts (`reach.left`) that name the setting of a figure that is no claim,
    where the draft's unit does not tie it to the cue."""
    claim_ends = {draft.number.end for draft in drafts}
    found: set[int] = set()
    for draft in drafts:
        hit = draft.reach.left
        if hit is not None and draft.number.unit in _UNITLESS and (end := _figure_end(text, hit)) is not None \
                and end not in claim_ends:
            found.add(id(hit))
    return found


def _figure_end(text: str, hit: CueHit) -> int | None:
    """Where the figure glued to the cue ends, or None."""
    start = max(0, hit.start - 30)
    figure = search_at_end(_SETTING_FIGURE, text[start:hit.start])
    return start + figure.end("figure") if figure else None
