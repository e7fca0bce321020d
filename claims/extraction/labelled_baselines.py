"""A compared system's bracket of several figures, one per metric the claim reported before it
(CLAIMS_SPEC.md sections 2 and 7: the baseline's own number is the claim's baseline_value).

"an MAE of 21.69 and an RMSE of 29.96, far better than Prophet (MAE: 59.78, RMSE: 81.22)", "an FID of 15.9 and
a PSNR of 19.1 dB, outperforming SVDQuant (FID 18.9, PSNR 17.6)", "98.4% execution success and 92.5% semantic
accuracy, outperforming a prompted baseline (95.6% execution, 89.4% semantic accuracy)": the N figures of the
bracket are the baseline's figures of the N claims right before the comparison, in order; they are no claims
of their own. pairs.py joins one bracketed figure to the figure right before it; this reads brackets of two
or more.
"""
from __future__ import annotations

import regex

from ..matching import compiled
from .draft import Draft
from .scores import COMPARED_WITH

# From the last claim to the bracket: a comparison and the compared system's name (digits only in a name:
# "Gemini Flash 2.0"), then the bracket's label before its first figure.
_COMPARISON_TO_BRACKET = compiled(r"^[^;()]{0,80}?\b" + COMPARED_WITH + r"\s+[^;()]{1,80}?\(\s?\$?[^\d();$]{0,25}$",
                                  regex.IGNORECASE)
# Between two figures of one bracket: the rest of the first one's label and the next one's, no other figure.
_INSIDE_BRACKET = compiled(r"^[^\d();]{1,40}$")
# After the bracket's last figure: its label's last words and the closing bracket.
_BRACKET_CLOSE = compiled(r"^[^\d();]{0,30}\)")
# ") and ARIMA (MAE: ", "), or B (": the next compared system's bracket of the same figures.
_NEXT_SYSTEM = compiled(r"^[^\d();]{0,30}\)\s?(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)[^;()]{1,40}?\(\s?\$?[^\d();$]{0,25}$",
                        regex.IGNORECASE)
_MOST_FIGURES = 6

RULES = {
    "pair.labelled_bracket": '"an MAE of 21.69 and an RMSE of 29.96, far better than Prophet (MAE: 59.78, RMSE: 81.22)": '
        "a compared system's bracket of two or more figures holds the baseline's figures of as many claims right "
        "before the comparison, in order (each of one unit and metric with its claim, or a bracket figure of no "
        "named family); after a list of such systems the strongest figure is the baseline_value",
}


def fold_labelled_brackets(text: str, drafts: list[Draft]) -> list[Draft]:
    """Join each compared system's bracket of several figures to the claims it answers; returns the drafts
    that stay (the bracketed figures go)."""
    folded: set[int] = set()
    index = 0
    while index < len(drafts):
        size = _bracket_size(text, drafts, index)
        if size >= 2 and index >= size and _answers(drafts[index - size:index], drafts[index:index + size]):
            claims = drafts[index - size:index]
            for claim, figure in zip(claims, drafts[index:index + size]):
                _take_baseline_figure(claim, figure.number.value)
            folded.update(range(index, index + size))
            index += size
            while _next_system(text, drafts, index, size, claims):
                for claim, figure in zip(claims, drafts[index:index + size]):
                    if claim.prefers_baseline(figure.number.value):
                        claim.baseline_value = figure.number.value
                folded.update(range(index, index + size))
                index += size
        else:
            index += 1
    return [draft for position, draft in enumerate(drafts) if position not in folded]


def _bracket_size(text: str, drafts: list[Draft], first: int) -> int:
    """How many drafts from `first` on stand in one bracket, closed after the last (0 where the first
    opens none after a comparison)."""
    if first == 0 or drafts[first - 1].sentence_index != drafts[first].sentence_index or \
            not _COMPARISON_TO_BRACKET.match(text[drafts[first - 1].end:drafts[first].start]):
        return 0
    return _members(text, drafts, first)


def _members(text: str, drafts: list[Draft], first: int) -> int:
    """The drafts of the bracket opened right before drafts[first], or 0 where it does not close after them."""
    last = first
    while last + 1 < len(drafts) and last - first + 1 < _MOST_FIGURES and \
            drafts[last + 1].sentence_index == drafts[first].sentence_index and \
            _INSIDE_BRACKET.match(text[drafts[last].end:drafts[last + 1].start]):
        last += 1
    return last - first + 1 if _BRACKET_CLOSE.match(text[drafts[last].end:drafts[last].end + 31]) else 0


def _answers(claims: list[Draft], figures: list[Draft], listed: bool = False) -> bool:
    """Whether each bracketed figure is the baseline's of its claim: one sentence, absolute figures with
    no baseline_value yet (unless a system `listed` after the first), one unit (or one left unwritten) and
    one metric (or a figure of no named family)."""
    if claims[0].sentence_index != figures[0].sentence_index:
        return False
    for claim, figure in zip(claims, figures):
        if claim.kind != "absolute" or figure.kind != "absolute" or (claim.baseline_value is not None and not listed):
            return False
        if claim.number.unit and figure.number.unit and claim.number.unit != figure.number.unit:
            return False
        if figure.metric not in (claim.metric, "other"):
            return False
    return True


def _next_system(text: str, drafts: list[Draft], index: int, size: int, claims: list[Draft]) -> bool:
    """Whether drafts[index:index + size] are the next compared system's bracket of the same figures."""
    return index + size <= len(drafts) and drafts[index].sentence_index == claims[0].sentence_index and \
        _NEXT_SYSTEM.match(text[drafts[index - 1].end:drafts[index].start]) is not None and \
        _members(text, drafts, index) == size and \
        _answers(claims, drafts[index:index + size], listed=True)


def _take_baseline_figure(claim: Draft, value: float) -> None:
    claim.baseline_value = value
    claim.decide("baseline_value", "pair.labelled_bracket")
    claim.rule_ids.append("pair.labelled_bracket")
