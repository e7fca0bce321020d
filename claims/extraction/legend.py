"""Where every rule id a trace shows is written: a rule of patterns/ (its file and line), or a
named rule of a stage module (its `RULES`, with the words that document it).

>>> where("unit.factor")  # doctest: +ELLIPSIS
'patterns/units.yaml:...'
>>> where("metric.default")
'claims/extraction/metric.py: no cue: `other`, as "performance"'
"""
from __future__ import annotations

from functools import cache

from ..patterns import load_patterns
from . import background, baselines, claim_hardware, context, carried_change, forward_metric, image_decibels, kind, \
    labelled_baselines, listed_by, metric, numbers, training_runtime, pairs, picking, qualifier, respective, rising_pairs, \
    scores, two_metrics

# The stage modules that name rules in code, in data-flow order.
_MODULES = (numbers, background, baselines, listed_by, scores, metric, forward_metric, image_decibels, training_runtime, kind,
            carried_change, qualifier, rising_pairs, labelled_baselines, pairs, two_metrics, respective, picking, claim_hardware,
            context)


@cache
def code_rules() -> dict[str, str]:
    """Each rule named in code, with its module and description."""
    found: dict[str, str] = {}
    for module in _MODULES:
        path = module.__name__.replace(".", "/") + ".py"
        for rule_id, description in module.RULES.items():
            found[rule_id] = f"{path}: {description}"
    return found


@cache
def data_rules() -> dict[str, str]:
    """Each rule of patterns/, with its file and line, and the words that say why where it has
    them (`reason` of a filter, `description` of a named word list)."""
    found = {}
    for pattern_file in load_patterns().files:
        for rule in pattern_file.rules:
            words = rule.attrs.get("reason") or rule.attrs.get("description")
            found[rule.id] = f"patterns/{rule.location}" + (f": {words}" if isinstance(words, str) else "")
    return found


def where(rule_id: str) -> str | None:
    """Where `rule_id` is written, or None for an id no rule has."""
    return data_rules().get(rule_id) or code_rules().get(rule_id)
