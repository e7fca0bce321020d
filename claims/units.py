"""Claims on one scale: values in SI or canonical units (`to_si`) and improvement factors (`gain`).

Units come from pint's default registry plus `patterns/units.txt`, the units pint lacks (frame,
token, FLOP, MAC, parameter, TOPS, percentage point, ...). The registry is built once, lazily, and
each unit symbol is converted once: later calls multiply by a cached factor, so no pint object is
built per claim.

Canonical units, by what the symbol measures (the exact `si_unit` strings):

| measures             | symbols (examples)                         | si_unit            |
|----------------------|--------------------------------------------|--------------------|
| time                 | ns, us, ms, s, min, h                      | `second`           |
| rate (per time)      | FPS, tokens/s, images/s, QPS, TOPS, Hz, GHz | `1 / second`      |
| energy               | uJ, mJ, J, Wh, kWh                         | `joule`            |
| power                | mW, W                                      | `watt`             |
| work per energy      | TOPS/W, GOPS/W                             | `1 / joule`        |
| information          | KB, MB, GB, TB                             | `byte`             |
| bandwidth            | GB/s                                       | `byte / second`    |
| area                 | mm^2, um^2                                 | `meter ** 2`       |
| counts, factors      | x, M, B, K, FLOPs, GFLOPs, MACs, params    | `dimensionless`    |
| kept as written      | %, pp, dB                                  | `percent`, `percentage_point`, `decibel` |

Percent and percentage points stay in percent (the spec keeps 68.1, not 0.681) and decibels stay
decibels (a logarithmic unit has no factor). Information is counted in bytes, not pint's base bit,
because memory figures are stated in bytes.

>>> to_si(0.36, "kWh")
(1296000.0, 'joule')
>>> to_si(56.8, "FPS")
(56.8, '1 / second')
>>> gain("latency", "change", "decrease", 68.1, "%")
3.13479623824
"""
from __future__ import annotations

import math
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from .errors import PatternError
from .rulecache import cached
from .spec import EFFICIENCY_METRICS, LOWER_IS_BETTER, METRICS
from .resources import patterns_dir

if TYPE_CHECKING:                   # pint (and numpy with it) loads only to convert a new symbol
    import pint

__all__ = ["to_si", "convert", "significant", "gain", "unit_registry", "load_unit_definitions", "LOWER_IS_BETTER"]

DEFINITIONS = "units.txt"

# Spec symbols that pint would read otherwise (B = byte, K = kelvin, pp = printer's point) or not
# at all (x, KB, M); every other spec symbol is a pint expression as written.
_SPEC_SYMBOLS = {
    "x": "dimensionless", "×": "dimensionless", "X": "dimensionless",
    "pp": "percentage_point",
    "K": "thousand", "M": "million", "B": "billion", "T": "trillion",
    "KB": "kilobyte",
    "params": "parameter",
}

# Targets tried in order; the first with the symbol's dimensionality is its canonical unit.
_TARGETS = ("second", "1 / second", "joule", "watt", "1 / joule", "byte", "byte / second",
            "meter ** 2", "meter", "dimensionless")
_KEPT = {"percent", "percentage_point", "decibel"}

# Unit symbols are short; anything longer is not a unit and never reaches pint's parser.
_LONGEST_SYMBOL = 40
_NAME = regex.compile(r"[A-Za-z_][A-Za-z0-9_]{0,100}")


@cache
def unit_registry() -> pint.UnitRegistry:
    """Pint's default registry plus the bundled `patterns/units.txt`, built on first use."""
    return load_unit_definitions(patterns_dir() / DEFINITIONS, shown_as=f"patterns/{DEFINITIONS}")


def load_unit_definitions(path: str | Path, shown_as: str | None = None) -> pint.UnitRegistry:
    """A new registry with the definitions of `path`; every bad line is reported at once.

    Lines are defined one at a time (rather than with pint's `load_definitions`) so that each
    problem names its line: `patterns/units.txt:12: ...`. Redefining one of pint's own names is
    an error, and so is a definition that refers to a unit nobody defined.
    """
    import pint

    where = shown_as or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"{where}: cannot read unit definitions: {exc}") from None
    registry = pint.UnitRegistry(on_redefinition="raise")
    problems = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        problem = _define(registry, line)
        if problem:
            problems.append(f"{where}:{number}: {problem}")
    if problems:
        raise PatternError("invalid unit definitions:\n" + "\n".join(problems))
    return registry


def _define(registry: pint.UnitRegistry, line: str) -> str | None:
    import pint

    if line.startswith("@"):
        return "directives (@group, @system, ...) are not supported here; one definition per line"
    if "=" not in line:
        return f"{line!r} is not a definition (expected `name = definition`)"
    try:
        registry.define(line)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError) as exc:
        return str(exc).splitlines()[0]
    name = line.split("=", 1)[0].strip()
    if _NAME.fullmatch(name):
        # pint resolves a definition's references only when the unit is first used.
        try:
            registry.get_base_units(name)
        except (pint.errors.PintError, ValueError, TypeError, AttributeError) as exc:
            return f"{name}: {str(exc).splitlines()[0]}"
    return None


@lru_cache(maxsize=4096)  # bounded: junk unit strings must not grow it without end
def _conversion(symbol: str) -> tuple[float, str] | None:
    """(factor, canonical unit) for one spec unit symbol, or None when pint cannot read it. Kept
    in the rule cache (`claims.rulecache`, named by a hash of patterns/ and so of units.txt), so
    a process whose symbols were all converted before never loads pint."""
    if len(symbol) > _LONGEST_SYMBOL:
        return None
    return cached("unit conversions", (symbol, _pint_stamp()), lambda: _convert(symbol), most=4096)


@cache
def _pint_stamp() -> tuple[str, int, int]:
    """Which pint is installed, without importing it: another pint may convert otherwise."""
    origin = find_spec("pint").origin
    stat = Path(origin).stat()
    return origin, stat.st_mtime_ns, stat.st_size


def _convert(symbol: str) -> tuple[float, str] | None:
    registry = unit_registry()
    try:
        unit = registry.Unit(_SPEC_SYMBOLS.get(symbol, symbol))
    except Exception:  # noqa: BLE001 - pint's parser raises many kinds (ZeroDivisionError, tokenize) on junk
        return None
    if str(unit) in _KEPT:
        return 1.0, str(unit)
    # Compare root units, not dimensionality: pint counts bits as dimensionless, so by
    # dimensionality alone a byte would look like a factor.
    root = registry.get_root_units(unit)[1]
    for target in _TARGETS:
        target_unit = registry.Unit(target)
        if root == registry.get_root_units(target_unit)[1]:
            return float(registry.Quantity(1.0, unit).to(target_unit).magnitude), str(target_unit)
    base = registry.Quantity(1.0, unit).to_base_units()
    return float(base.magnitude), str(base.units)


def to_si(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """The value in SI or canonical units, with the unit as a string (table in the module doc).

    No unit written (None, empty, or pandas' NaN) keeps the value with no unit: a bare score, a
    count or an odds ratio is not known to be dimensionless. A unit pint cannot read, or no value,
    gives (None, None).

    >>> to_si(8.57, "ms")
    (0.00857, 'second')
    >>> to_si(68.1, "%"), to_si(5.6, "x"), to_si(3.0, "M")
    ((68.1, 'percent'), (5.6, 'dimensionless'), (3000000.0, 'dimensionless'))
    >>> to_si(0.953, None), to_si(2.0, "bananas")
    ((0.953, None), (None, None))
    """
    if value is None or not math.isfinite(value):
        return None, None
    if not isinstance(unit, str) or not unit.strip():
        return float(value), None
    conversion = _conversion(unit.strip())
    if conversion is None:
        return None, None
    factor, canonical = conversion
    return significant(value * factor), canonical


def convert(value: float, unit: str | None, to: str | None) -> float | None:
    """`value` in `unit` written in the unit `to`, where both measure one quantity; else None.

    >>> convert(6.0, "h", "min"), convert(16.0, "GB", "MB"), convert(5.0, "%", "x")
    (360.0, 16000.0, None)
    """
    if not unit or not to:
        return None
    source, target = _conversion(unit.strip()), _conversion(to.strip())
    if source is None or target is None or source[1] != target[1] or source[1] in ("dimensionless", "percent"):
        return None
    return significant(value * source[0] / target[0])


def significant(number: float) -> float:
    """`number` to 12 significant digits: 8.57 * 0.001 is 0.008570000000000001 in binary, and 12
    digits, far beyond any abstract's precision, give back the figure a reader expects."""
    return float(f"{number:.12g}")


# Metric polarity (patterns/spec.yaml `better`): a decrease of LOWER_IS_BETTER is an improvement;
# every other family except `other` improves by increasing.
_POLARITY = {metric: metric in LOWER_IS_BETTER for metric in METRICS}


def gain(metric: str, kind: str, direction: str | None, value: float, unit: str | None) -> float | None:
    """The improvement factor of a claim on one scale: above 1 better, below 1 worse, else None.

    "Better" follows the metric's polarity (LOWER_IS_BETTER, higher for the rest); `f` is the
    value as a factor, `p` the value in percent.

    | kind             | unit | metric                        | direction | gain          |
    |------------------|------|-------------------------------|-----------|---------------|
    | absolute         | any  | any                           | -         | None          |
    | any              | any  | `other` or not in the spec    | any       | None          |
    | ratio or change  | x    | higher is better              | increase  | f             |
    |                  |      |                               | decrease  | 1/f           |
    |                  |      | lower is better               | decrease  | f             |
    |                  |      |                               | increase  | 1/f           |
    | ratio ("X% of")  | %    | higher is better              | any       | p/100         |
    |                  |      | lower is better               | any       | 100/p         |
    | change           | %    | efficiency, higher is better  | increase  | 1 + p/100     |
    |                  |      |                               | decrease  | 1 - p/100     |
    |                  |      | efficiency, lower is better   | decrease  | 1/(1 - p/100) |
    |                  |      |                               | increase  | 1/(1 + p/100) |
    | change           | %    | quality (accuracy, error ...) | any       | None          |
    | change           | other units (pp, ms, dB, none) | any | any      | None          |
    | ratio            | other units                   | any | any       | None          |

    A percent change of a quality metric may be points or relative ("+5.7% accuracy"), so it
    has no factor. A unit `x` says the number is a factor whatever the kind. None also where the
    direction is missing for a factor, the value is missing or negative, a factor is 0, or a
    decrease is 100% or more (nothing is left to divide by).

    >>> gain("speedup", "ratio", "increase", 5.6, "x"), gain("energy", "ratio", "decrease", 171, "x")
    (5.6, 171.0)
    >>> gain("accuracy", "ratio", "decrease", 95, "%"), gain("throughput", "change", "increase", 40, "%")
    (0.95, 1.4)
    >>> gain("accuracy", "change", "increase", 5.7, "%") is None
    True
    """
    if kind not in ("ratio", "change") or metric == "other" or metric not in _POLARITY:
        return None
    if value is None or not math.isfinite(value) or value < 0:
        return None
    lower_is_better = _POLARITY[metric]
    if unit == "x":
        if value == 0 or direction not in ("increase", "decrease"):
            return None
        improved = (direction == "decrease") == lower_is_better
        return significant(value if improved else 1 / value)
    if unit != "%":
        return None
    if kind == "ratio":
        if lower_is_better:
            return None if value == 0 else significant(100 / value)
        return significant(value / 100)
    if metric not in EFFICIENCY_METRICS or direction not in ("increase", "decrease"):
        return None
    factor = 1 + value / 100 if direction == "increase" else 1 - value / 100
    if factor <= 0:
        return None
    return significant(1 / factor if lower_is_better else factor)
