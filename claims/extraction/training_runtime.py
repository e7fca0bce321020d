"""A figure of "runtime" is the time to train only in a paper about training (spec 3: `training_time`
is the time to train, fine-tune or converge; `time` any other duration).

"Re-ranking increases runtime by roughly a factor of 5", "drives runtime to 4.8x10^7 s on an unchanged
HCU": the run time of a system, `time` (time.runtime). In a paper that distributes gradient computation
or speeds up training jobs (words.training_topic), "a 16% improvement in runtime over the baseline GC
scheme" (seed) times the training run: `training_time`.
"""
from __future__ import annotations

from .draft import Draft
from .rulebook.cues import word_pattern

RULES = {
    "metric.training_runtime": 'a figure of "runtime" (time.runtime) in a paper about training (words.training_topic: '
        '"distribute gradient computation", "data-parallel training") is the time to train: `training_time`',
}

_RUNTIME_RULE = "time.runtime"


def training_runtime(text: str, drafts: list[Draft]) -> None:
    """Type `training_time` each runtime figure of `drafts` where the abstract is about training."""
    runtimes = [draft for draft in drafts if draft.metric == "time" and draft.metric_hit is not None
                and draft.metric_hit.rule_id == _RUNTIME_RULE]
    if not runtimes or word_pattern("words.training_topic").search(text) is None:
        return
    for draft in runtimes:
        draft.metric = "training_time"
        draft.metric_how = "metric.training_runtime"
        draft.decide("metric", "metric.training_runtime", _RUNTIME_RULE, "words.training_topic")
        draft.rule_ids.append("metric.training_runtime")
