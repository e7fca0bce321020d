"""A metric a number does not own: taken from elsewhere in its sentence (`metric.sentence`) or from the sentence
before (`metric.previous_sentence`).

The sentence before must state a result or the metric it studies around its metric cues, and an efficiency
family reaches a percent only where the number's own clause speaks of saving or speed: "KAT-Coder-V2 achieves
79.6% on SWE-bench Verified" after "... with up to 6.2x speedup" is a score, not a speedup, and so is "an overall
average AFFC of 71.9%" in a sentence that names the Faster R-CNN model.
"""
from __future__ import annotations

from ..matching import compiled, match_at, search_at_end
from ..spec import EFFICIENCY_METRICS, FAMILIES
from .cues import CueHit, SentenceCues
from .draft import Draft
from .rulebook.cues import word_pattern

_RESULT_WINDOW = 120       # characters around the sentence before's metric cues read for a result
_EFFICIENCY = frozenset(EFFICIENCY_METRICS)
_PERCENTS = frozenset({"%", "pp"})
_QUALITY = frozenset(f for f, a in FAMILIES.items() if a["group"] == "quality" and f != "other")
_AFTER_WINDOW = 40         # characters after the number read for a word of saving or speed ("40% less memory")
_KEPT_WINDOW = 80          # characters before a borrowed cue read for a verb of keeping ("while maintaining lower")


def states_result(text: str, earlier: SentenceCues, floor: int) -> bool:
    """Whether the sentence before, around its metric cues, states a result or the metric it
    studies ("NTK computation can be reduced", "we study inference latency"): a metric noun of a
    method's description ("clusters errors by type", "via per-rail power attribution") names no
    metric for the next sentence's numbers. Read in the text around the cues, up to the number's
    clause (the sentences' own bounds are not passed here)."""
    window_end = max(min(earlier.hits[-1].end + _RESULT_WINDOW, floor), earlier.hits[-1].end)
    return word_pattern("words.carries_metric").search(
        text, max(0, earlier.hits[0].start - _RESULT_WINDOW), window_end) is not None


def carries_family(text: str, draft: Draft, family: str, cue: CueHit | None = None) -> bool:
    """Whether `family`, named elsewhere, may type `draft`: an efficiency family reaches a percent
    only where the number's clause holds a word of saving or speed (words.efficiency_change: "cuts it by 38%",
    "40% less"); a bare percent there is a score or a gain of quality ("leading to 5.4% improvement on
    MME-Realworld" after a sentence on computation)."""
    if cue is not None and names_kept(text, cue):
        return False
    if family not in _EFFICIENCY or draft.number.unit not in _PERCENTS:
        return True
    end = min(len(text), draft.number.end + _AFTER_WINDOW)
    # the borrowed cue itself is no word of its clause ("the Faster R-CNN model ... an AFFC of 71.9%")
    return any(cue is None or found.end() <= cue.start or found.start() >= cue.end
               for found in word_pattern("words.efficiency_change").finditer(text, draft.reach.floor, end))


def names_kept(text: str, cue: CueHit) -> bool:
    """Whether the cue names a quantity the method keeps, not one it measures ("while retaining prediction
    accuracy", "without sacrificing accuracy", "with negligible accuracy drop"): a figure elsewhere in the
    sentence is not of that metric ("more than 95% reduction in CPU time, while retaining prediction accuracy")."""
    if match_at(word_pattern("words.cue_figure_after"), text, cue.end, min(len(text), cue.end + _KEPT_WINDOW)):
        return False    # "while maintaining a cost-of-pass of 0.51": a figure of its own is measured
    before = text[max(0, cue.start - _KEPT_WINDOW):cue.start]
    if search_at_end(word_pattern("words.kept_quantity_before"), before) is not None:
        return True
    return search_at_end(word_pattern("words.small_change_before"), before) is not None and \
        match_at(word_pattern("words.kept_quantity_after"), text, cue.end) is not None


# A new clause between the two claims: "an attack success rate of 73%, while our second attack reduced the
# performance of its target detector by 62%" speaks of another system's quality.
_CLAUSE_BREAK = compiled(r"\b(?:while|whereas|but|although|though)\b|;")


def performance_source(text: str, draft: Draft, sibling: Draft | None, named: frozenset[str]) -> Draft | None:
    """The claim before `draft` in its sentence whose named quality metric a bare "performance" refers back
    to ("an average classification accuracy of 66.14%, with performance reaching 78.06% in base classes"):
    spec 3 takes an unnamed metric from the sentence; "performance" names none. Of the same unit only (a
    percent and percentage points agree), and typed by its own cue (`named`: the rules that name a metric)."""
    if sibling is None or sibling.metric not in _QUALITY or sibling.metric_how not in named or \
            _CLAUSE_BREAK.search(text, sibling.number.end, draft.number.start):
        return None
    units = {draft.number.unit, sibling.number.unit}
    return sibling if len(units) == 1 or units == _PERCENTS else None
