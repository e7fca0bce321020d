"""A family borrowed from elsewhere that the number's own unit rules out (spec 3): "superior quality
(~+2.0 dB)" after "25x faster" is no speedup, "distances from 0.4 m to 1.2 m" before "2.1 frames per
second" no throughput, "by 3.5 and 3.6 percentage points" no speedup. A unit that names a family
itself ("12 ms", "40 FPS") is typed by it already (metric.unit); these units name none."""
from __future__ import annotations

# Levels, angles and lengths: a difference in decibels, degrees or metres is an error, a PSNR, a power
# or another outcome, never one of these families. An accuracy may be one ("sub-voxel accuracy (0.235 mm)"
# is accuracy in probe tuned's gold).
_LEVEL_OR_LENGTH = frozenset({"dB", "deg", "m", "cm", "mm", "km", "um", "nm"})
_NOT_LEVEL_OR_LENGTH = frozenset({"speedup", "throughput", "latency", "time", "training_time", "model_size",
                                  "memory", "compute", "cost", "auc", "f1", "map", "bleu",
                                  "success_rate"})
# Percentage points: a difference of two rates, never a speed or a duration.
_NOT_POINTS = frozenset({"speedup", "throughput", "latency", "time", "training_time"})


def unit_rules_out(family: str, unit: str | None) -> bool:
    """Whether a number written with `unit` cannot be of `family`."""
    if unit == "pp":
        return family in _NOT_POINTS
    return unit in _LEVEL_OR_LENGTH and family in _NOT_LEVEL_OR_LENGTH
