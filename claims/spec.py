"""The closed lists of CLAIMS_SPEC.md and what each metric family is, read from patterns/spec.yaml.

Everything that needs a family, kind, direction, qualifier or hardware class reads it here: the
rule loader checks the rule files against it, the tables check their columns, the reports take
each family's polarity from it. Adding a metric family or a hardware class is a change to that
file (and a rule file of its own), not to code.

>>> METRICS[:3], "latency" in LOWER_IS_BETTER, "speedup" in EFFICIENCY_METRICS
(('speedup', 'latency', 'training_time'), True, True)
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import yaml

from .errors import PatternError
from .resources import patterns_dir

SPEC_FILE = "spec.yaml"
_FAMILY_KEYS = {"group", "better", "score", "factor", "on_hardware", "unit_fits"}
_GROUPS = ("efficiency", "quality")


def _load() -> dict[str, Any]:
    path = patterns_dir() / SPEC_FILE
    try:
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{SPEC_FILE}: cannot read the closed lists: {' '.join(str(exc).split())}") from None
    problems = []
    families = spec.get("metrics") if isinstance(spec, dict) else None
    if not isinstance(families, dict) or not families:
        raise PatternError(f"{SPEC_FILE}: `metrics` must map each family to its attributes")
    for family, attrs in families.items():
        if not isinstance(attrs, dict) or attrs.get("group") not in _GROUPS:
            problems.append(f"{SPEC_FILE}: metrics: {family}: needs `group: efficiency|quality`")
        elif set(attrs) - _FAMILY_KEYS:
            problems.append(f"{SPEC_FILE}: metrics: {family}: unknown keys {sorted(set(attrs) - _FAMILY_KEYS)}")
        elif attrs.get("better") not in (None, "increase", "decrease"):
            problems.append(f"{SPEC_FILE}: metrics: {family}: `better` must be increase or decrease")
        elif any(fit not in families for fit in attrs.get("unit_fits", ())):
            problems.append(f"{SPEC_FILE}: metrics: {family}: `unit_fits` names a family not listed")
    for key in ("kinds", "directions", "qualifiers", "hardware_classes", "other_lower_is_better"):
        values = spec.get(key)
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            problems.append(f"{SPEC_FILE}: `{key}` must be a list of names (quote yes/no/on)")
    if problems:
        raise PatternError("invalid closed lists:\n" + "\n".join(problems))
    return spec


_SPEC = _load()

FAMILIES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {family: MappingProxyType(dict(attrs)) for family, attrs in _SPEC["metrics"].items()})
METRICS: tuple[str, ...] = tuple(FAMILIES)
EFFICIENCY_METRICS: tuple[str, ...] = tuple(f for f, a in FAMILIES.items() if a["group"] == "efficiency")
KINDS: tuple[str, ...] = tuple(_SPEC["kinds"])
DIRECTIONS: tuple[str, ...] = tuple(_SPEC["directions"])
QUALIFIERS: tuple[str, ...] = tuple(_SPEC["qualifiers"])      # in precedence order
HARDWARE_CLASSES: tuple[str, ...] = tuple(_SPEC["hardware_classes"])
LOWER_IS_BETTER: frozenset[str] = frozenset(f for f, a in FAMILIES.items() if a.get("better") == "decrease")
OTHER_LOWER_IS_BETTER: frozenset[str] = frozenset(_SPEC["other_lower_is_better"])
POLARITY: Mapping[str, str | None] = MappingProxyType({f: a.get("better") for f, a in FAMILIES.items()})
SCORE_FAMILIES: frozenset[str] = frozenset(f for f, a in FAMILIES.items() if a.get("score"))
FACTOR_FAMILIES: frozenset[str] = frozenset(f for f, a in FAMILIES.items() if a.get("factor"))
MEASURED_ON_HARDWARE: frozenset[str] = frozenset(
    f for f in EFFICIENCY_METRICS if FAMILIES[f].get("on_hardware", True))


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING = re.compile(r"^(?:average|mean|overall|the)\s+")
_PLURAL_ACRONYM = re.compile(r"^([A-Z]{2,})s$")


def other_metric_key(metric_text: str) -> str:
    """The metric of an `other` claim as written, normalized for comparison: without case,
    punctuation, a leading "average", "mean", "overall" or "the", or an acronym's plural.

    >>> other_metric_key("FIDs"), other_metric_key("average Chamfer Distance"), other_metric_key("HD-95")
    ('fid', 'chamferdistance', 'hd95')
    """
    text = " ".join(_PLURAL_ACRONYM.sub(r"\1", word) for word in metric_text.split())
    return _NOT_ALNUM.sub("", _LEADING.sub("", text.lower()))


def lower_is_better(metric: str, metric_text: str | None) -> bool:
    """Whether a lower value of this metric is the better one: the family's polarity, and within
    `other` the outcomes of `other_lower_is_better` (FID, MSE, Chamfer distance, ...). The pairing
    of baselines and the leaderboards both ask here, so they never disagree.

    >>> lower_is_better("latency", None), lower_is_better("other", "mean FIDs"), lower_is_better("other", "Dice")
    (True, True, False)
    """
    if metric == "other":
        return other_metric_key(metric_text or "") in OTHER_LOWER_IS_BETTER
    return metric in LOWER_IS_BETTER


def unit_fits(family: str) -> frozenset[str]:
    """The families a number whose unit implies `family` may still be typed as (`unit_fits`)."""
    return frozenset(FAMILIES.get(family, {}).get("unit_fits", (family,)))
