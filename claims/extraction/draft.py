"""A claim under construction, as the typing, pairing and context stages fill it in."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..spec import lower_is_better
from .cues import CueHit, Reach
from .numbers import Number

# The fields of a claim whose deciding rule a draft records (`Draft.decisions`), in the order
# `claims explain` shows them.
TRACED_FIELDS = ("unit", "metric", "kind", "direction", "qualifier", "baseline_value", "baseline", "dataset",
                 "hardware", "method")

# The metric_text of a figure whose metric the abstract does not name (spec section 3: `other`, as "performance").
UNNAMED_METRIC = "performance"


@dataclass(slots=True)
class Draft:
    """Positions are in normalized text. `rule_ids` are the rules listed in the claims table;
    `decisions` maps each traced field to the rules that set it."""

    number: Number
    sentence_index: int
    reach: Reach
    metric: str = "other"
    metric_text: str = UNNAMED_METRIC
    metric_hit: CueHit | None = None
    metric_how: str = ""              # the metric rule: metric.right, metric.left, metric.list, ...
    forwarded: bool = False           # the metric was then shared from the next number (metric.forward)
    kind: str = "absolute"
    direction: str | None = None
    qualifier: str | None = None
    qualifier_source: str | None = None
    baseline_value: float | None = None
    start: int = 0
    end: int = 0
    rule_ids: list[str] = field(default_factory=list)
    decisions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context: dict[str, str | None] = field(default_factory=dict)    # baseline, dataset, hardware, method

    def decide(self, name: str, *rules: str) -> None:
        """Record the rules that set field `name` (a later decision replaces an earlier one)."""
        self.decisions[name] = rules

    def branch(self, rule: str) -> Draft:
        """A copy decided further by `rule` (a pair, a second metric of the same number), with rule ids,
        decisions and context of its own: filling the copy's context never fills the original's."""
        twin = copy.copy(self)
        twin.rule_ids, twin.decisions, twin.context = [*self.rule_ids, rule], dict(self.decisions), dict(self.context)
        return twin

    def set_kind(self, kind: str, direction: str | None, rule: str) -> None:
        """Set the kind and direction together, as one later rule that overrides the kind stage's reading."""
        self.kind, self.direction = kind, direction
        self.decide("kind", rule)
        self.decide("direction", rule)
        self.rule_ids.append(rule)

    def set_qualifier(self, qualifier: str, source: str, *traced: str) -> None:
        """Set the qualifier and the rule it came from (`source`, listed in the claims table); `traced` are
        the rules `claims explain` shows for it."""
        self.qualifier, self.qualifier_source = qualifier, source
        self.decide("qualifier", *traced)
        self.rule_ids.append(source)

    def take_kind(self, source: Draft, rule: str) -> None:
        """Take the kind and direction of `source`, another number of its list or clause, by `rule`."""
        self.set_kind(source.kind, source.direction, rule)

    def prefers_baseline(self, value: float) -> bool:
        """Whether a listed baseline's `value` is a stronger baseline_value than the one held (lower where
        lower is better for the claim's metric): after a list of compared systems the strongest is kept."""
        if self.baseline_value is None:
            return True
        return value < self.baseline_value if lower_is_better(self.metric, self.metric_text) else value > self.baseline_value

    @property
    def owns_cue(self) -> bool:
        """Whether the metric came from a cue the number owns (right after it, or before it)."""
        return self.metric_how in ("metric.right", "metric.left")
