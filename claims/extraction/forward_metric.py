"""A metric a number takes from a later number of its sentence (CLAIMS_SPEC.md section 3: a number
that names no metric takes it from its sentence).

`metric.forward`: the cue after the last number of a list is every number's ("1.7x, 1.25x speedup"),
and so is the cue after the last of parallel "by" items of one verb ("outperforms X on MMMU by 8.09%
and MMMU-Pro by 4.87% gain in accuracy"). `metric.gain_toward_level`: a gain that names no metric,
followed by the level it brings a named quality metric to ("a further 5 percentage points, achieving
100% accuracy"), is a gain of that metric.
"""
from __future__ import annotations

from ..spec import FAMILIES
from .draft import Draft
from .labels import own_words_before_list
from .rulebook.cues import word_pattern

RULES = {
    "metric.forward": 'the cue after the last number of the list ("1.7x, 1.25x speedup", gap.forward), or of parallel '
        '"by" items of one verb with no cue of their own ("by 8.09% and MMMU-Pro by 4.87% gain in accuracy", '
        'gap.forward_by); not to a number that completes the cue before it ("transcription accuracy above 85%, and '
        '90% precision", words.completes_cue)',
    "metric.gain_toward_level": 'a gain that names no metric (no cue, or a bare "performance"), then the level of a '
        'named quality metric it leads to ("a further 5 percentage points, achieving 100% accuracy", '
        'words.toward_level): a gain of that metric (spec 3), not `other`',
}

_QUALITY = frozenset(f for f, a in FAMILIES.items() if a["group"] == "quality" and f != "other")
_PERCENTS = frozenset({"%", "pp"})
_LEVEL_GAP = 90            # characters at most between the gain and the level it leads to


def share_forward(text: str, drafts: list[Draft]) -> None:
    """"$1.7\\times, 1.25\\times$ speedup", "168x and 8.7x geo-mean speedup": the cue after the last
    number of a list is every number's cue."""
    for index in range(len(drafts) - 2, -1, -1):
        current, following = drafts[index], drafts[index + 1]
        if current.metric_how == "metric.right" or _completes_left(text, current):
            continue
        if following.metric_how != "metric.right" and not following.forwarded:
            continue
        if following.metric_hit is not None and \
                own_words_before_list(text, current.number.end, following.number.end, following.metric_hit):
            continue
        gap = text[current.number.end:following.number.start]
        if current.number.unit != following.number.unit:
            continue
        # parallel "by" items ("on A by 8.09% and B by 4.87% gain in accuracy") share the cue only where
        # the earlier one found none of its own anywhere
        if word_pattern("gap.forward").fullmatch(gap) or \
                current.metric_how == "metric.default" and word_pattern("gap.forward_by").fullmatch(gap):
            current.metric, current.metric_text, current.metric_hit = (
                following.metric, following.metric_text, following.metric_hit)
            current.forwarded = True
            current.decide("metric", "metric.forward", *following.decisions["metric"][1:])
            current.rule_ids.append("metric.forward")


def _completes_left(text: str, draft: Draft) -> bool:
    """The number completes the cue before it ("transcription accuracy above 85%", "an F1 of 0.87"):
    that cue is its own, not the one after the next number of the list."""
    return draft.metric_how == "metric.left" and draft.metric_hit is not None and \
        word_pattern("words.completes_cue").fullmatch(text, draft.metric_hit.end, draft.number.start) is not None


def gains_toward_level(text: str, drafts: list[Draft]) -> None:
    """"provides an additional 5 percentage points, achieving 100% accuracy", "increases performance by up to 5
    percentage points, achieving 88% accuracy": a gain with no metric of its own, right before the level of a
    quality metric that the next number names by its own cue, is a gain of that metric. Of percents only (a
    percent and percentage points agree), and only where a verb of reaching joins them (words.toward_level): "by
    12%, while maintaining 95% accuracy" keeps the accuracy of another claim."""
    for current, following in zip(drafts, drafts[1:]):
        if not _unnamed(current) or following.metric not in _QUALITY or not following.owns_cue:
            continue
        if current.number.unit not in _PERCENTS or following.number.unit not in _PERCENTS:
            continue
        if following.number.start - current.number.end > _LEVEL_GAP or not \
                word_pattern("words.toward_level").fullmatch(text, current.number.end, following.number.start):
            continue
        current.metric, current.metric_text, current.metric_hit, current.metric_how = (
            following.metric, following.metric_text, following.metric_hit, "metric.gain_toward_level")
        current.decide("metric", "metric.gain_toward_level", *following.decisions["metric"][1:])
        current.rule_ids.append("metric.gain_toward_level")


def _unnamed(draft: Draft) -> bool:
    """Whether the number names no metric: no cue at all, or only a bare "performance"."""
    if draft.metric != "other" or draft.forwarded:
        return False
    return draft.metric_how == "metric.default" or \
        draft.metric_hit is not None and draft.metric_hit.rule_id == "other.performance"
