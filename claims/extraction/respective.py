"""A list of gains read "respectively" after a list of figures that each name their metric: the
gains follow the figures in order ("achieves 92.97% precision, 92.80% recall and 97.10% mAP@50,
outperforming the baseline by 2.34, 4.68 and 1.40 percentage points, respectively": 2.34 is a gain
in precision, not in the mAP@50 named last).
"""
from __future__ import annotations

from ..matching import compiled, match_at
from ..spec import POLARITY
from .draft import Draft
from .pairs import LIST_GAP

RULES = {
    "metric.respective": 'a list of numbers that took its metric from a list or carry, read "respectively", right '
        "after as many figures that each name their own metric of at least two names: each number the metric of the "
        "figure in its place (\"an F1-score of 92.54% and an IoU of 86.12%, surpassing X by 0.64% and 1.1%, "
        "respectively\")",
}

# The metric rules of a figure that names its own metric, and of a number that borrowed one.
_OWN = frozenset({"metric.left", "metric.right", "metric.label"})
_BORROWED = frozenset({"metric.list", "metric.carry"})
# The end of the list: "respectively" after the last number (past a unit word and a comma).
_RESPECTIVELY = compiled(r"\s?(?:percentage\s+points?|points?|pp)?\s?,?\s?respectively\b")


def metrics_by_position(text: str, drafts: list[Draft]) -> None:
    """Give each number of a borrowed list read "respectively" the metric of the named figure in its
    place, where the figures right before the list are as many and name at least two metrics."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence_index, []).append(draft)
    for sentence in by_sentence.values():
        _resolve_sentence(text, sentence)


def _resolve_sentence(text: str, drafts: list[Draft]) -> None:
    index = 0
    while index < len(drafts):
        end = index
        while end < len(drafts) and drafts[end].metric_how in _BORROWED and \
                (end == index or LIST_GAP.fullmatch(text, drafts[end - 1].number.end, drafts[end].number.start)):
            end += 1
        size = end - index
        if size >= 2 and match_at(_RESPECTIVELY, text, drafts[end - 1].number.end) and index >= size:
            _by_position(drafts[index - size:index], drafts[index:end])
        index = max(end, index + 1)


def _by_position(named: list[Draft], borrowed: list[Draft]) -> None:
    if any(draft.metric_how not in _OWN for draft in named) or len({d.metric_text for d in named}) < 2:
        return
    # A family that improves by falling would turn "outperforms X by" into a decrease: the kind stage
    # read the direction for the borrowed family, so only families that rise (or have no way) swap.
    if any(POLARITY.get(draft.metric) == "decrease" for draft in named + borrowed):
        return
    for source, target in zip(named, borrowed):
        if (target.metric, target.metric_text) == (source.metric, source.metric_text):
            continue
        target.metric, target.metric_text, target.metric_hit = source.metric, source.metric_text, source.metric_hit
        target.decide("metric", "metric.respective", *source.decisions.get("metric", ())[1:])
        target.rule_ids.append("metric.respective")
