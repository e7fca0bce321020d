"""Units to SI (claims.units.to_si), improvement factors (claims.units.gain) and patterns/units.txt."""
from __future__ import annotations

import math

import pytest

from claims.errors import PatternError
from claims.units import gain, load_unit_definitions, to_si, unit_registry

# Every unit symbol the spec writes (sections 2 and 7), with the value 2.5 in canonical units.
SPEC_UNITS = [
    ("%", 2.5, "percent"),
    ("x", 2.5, "dimensionless"),
    ("pp", 2.5, "percentage_point"),
    ("ns", 2.5e-09, "second"),
    ("us", 2.5e-06, "second"),
    ("ms", 0.0025, "second"),
    ("s", 2.5, "second"),
    ("min", 150.0, "second"),
    ("h", 9000.0, "second"),
    ("FPS", 2.5, "1 / second"),
    ("tokens/s", 2.5, "1 / second"),
    ("images/s", 2.5, "1 / second"),
    ("samples/s", 2.5, "1 / second"),
    ("slides/h", 0.000694444444444, "1 / second"),
    ("QPS", 2.5, "1 / second"),
    ("Hz", 2.5, "1 / second"),
    ("MHz", 2.5e6, "1 / second"),
    ("GHz", 2.5e9, "1 / second"),
    ("TOPS", 2.5e12, "1 / second"),
    ("GOPS", 2.5e9, "1 / second"),
    ("TFLOPS", 2.5e12, "1 / second"),
    ("uJ", 2.5e-06, "joule"),
    ("mJ", 0.0025, "joule"),
    ("J", 2.5, "joule"),
    ("Wh", 9000.0, "joule"),
    ("kWh", 9.0e6, "joule"),
    ("mW", 0.0025, "watt"),
    ("W", 2.5, "watt"),
    ("TOPS/W", 2.5e12, "1 / joule"),
    ("GOPS/W", 2.5e9, "1 / joule"),
    ("KB", 2500.0, "byte"),
    ("MB", 2.5e6, "byte"),
    ("GB", 2.5e9, "byte"),
    ("TB", 2.5e12, "byte"),
    ("GB/s", 2.5e9, "byte / second"),
    ("K", 2500.0, "dimensionless"),
    ("M", 2.5e6, "dimensionless"),
    ("B", 2.5e9, "dimensionless"),
    ("FLOPs", 2.5, "dimensionless"),
    ("GFLOPs", 2.5e9, "dimensionless"),
    ("MACs", 2.5, "dimensionless"),
    ("GMACs", 2.5e9, "dimensionless"),
    ("params", 2.5, "dimensionless"),
    ("mm^2", 2.5e-06, "meter ** 2"),
    ("um^2", 2.5e-12, "meter ** 2"),
    ("dB", 2.5, "decibel"),
]


@pytest.mark.parametrize("symbol, si_value, si_unit", SPEC_UNITS, ids=[u[0] for u in SPEC_UNITS])
def test_every_spec_unit_converts(symbol, si_value, si_unit):
    value, unit = to_si(2.5, symbol)
    assert unit == si_unit
    assert math.isclose(value, si_value, rel_tol=1e-9)


@pytest.mark.parametrize("value, symbol, expected", [
    (0.36, "kWh", (1296000.0, "joule")),
    (8.57, "ms", (0.00857, "second")),
    (56.8, "FPS", (56.8, "1 / second")),
    (68.1, "%", (68.1, "percent")),
    (5.6, "x", (5.6, "dimensionless")),
    (185.0, "M", (185000000.0, "dimensionless")),
    (1.2, "pp", (1.2, "percentage_point")),
    (14.3, "GB", (14300000000.0, "byte")),
])
def test_issue_examples_are_exact(value, symbol, expected):
    assert to_si(value, symbol) == expected


def test_no_unit_keeps_the_value_without_a_unit():
    assert to_si(0.953, None) == (0.953, None)
    assert to_si(0.953, "") == (0.953, None)
    assert to_si(0.953, "  ") == (0.953, None)
    assert to_si(0.953, float("nan")) == (0.953, None)   # pandas' empty cell


def test_missing_value_or_unknown_unit_gives_nothing():
    assert to_si(None, "ms") == (None, None)
    assert to_si(float("nan"), "ms") == (None, None)
    assert to_si(3.0, "bananas") == (None, None)
    assert to_si(3.0, "1/0") == (None, None)
    assert to_si(3.0, "**") == (None, None)
    assert to_si(3.0, "9" * 100_000) == (None, None)


def test_surrounding_space_and_micro_sign_are_read():
    assert to_si(2.0, " ms ") == (0.002, "second")
    assert to_si(2.0, "µs") == (2e-06, "second")


def test_bundled_definitions_keep_pint_symbols_intact():
    registry = unit_registry()
    assert str(registry.Unit("B")) == "byte"        # spec's B (billions) is mapped, pint's stays
    assert str(registry.Unit("fps")) == "foot_per_second"
    assert registry.get_base_units("FPS")[0] == 1.0


def test_a_bad_definitions_line_names_file_and_line(tmp_path):
    path = tmp_path / "patterns" / "units.txt"
    path.parent.mkdir()
    path.write_text("# comment\nframe = 1 = _ = frames\n\nFPS = frame / second\n"
                    "fps = frame / second\nwidget = 3 * gizmo\n@group extra\n", encoding="utf-8")
    with pytest.raises(PatternError) as caught:
        load_unit_definitions(path, shown_as="patterns/units.txt")
    lines = str(caught.value).splitlines()
    assert lines[0] == "invalid unit definitions:"
    assert lines[1].startswith("patterns/units.txt:5: Cannot redefine 'fps'")
    assert lines[2] == "patterns/units.txt:6: widget: 'gizmo' is not defined in the unit registry"
    assert lines[3] == ("patterns/units.txt:7: directives (@group, @system, ...) are not supported "
                        "here; one definition per line")
    assert len(lines) == 4


def test_a_line_that_is_no_definition_names_its_line(tmp_path):
    path = tmp_path / "units.txt"
    path.write_text("frame = 1\nnonsense\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"^invalid unit definitions:\n"
                       rf"{path}:2: 'nonsense' is not a definition \(expected `name = definition`\)$"):
        load_unit_definitions(path)


def test_an_unreadable_definitions_file_is_a_pattern_error(tmp_path):
    path = tmp_path / "units.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(PatternError, match=r"^patterns/units.txt: cannot read unit definitions: "):
        load_unit_definitions(path, shown_as="patterns/units.txt")


# Every row of the rule table in claims.units.gain.
GAINS = [
    # the issue's examples
    ("5.6x faster", ("speedup", "ratio", "increase", 5.6, "x"), 5.6),
    ("reduces latency by 68.1%", ("latency", "change", "decrease", 68.1, "%"), 3.13479623824),
    ("171x lower energy", ("energy", "ratio", "decrease", 171.0, "x"), 171.0),
    ("retains 95% of accuracy", ("accuracy", "ratio", "decrease", 95.0, "%"), 0.95),
    ("+5.7% accuracy", ("accuracy", "change", "increase", 5.7, "%"), None),
    ("throughput +40%", ("throughput", "change", "increase", 40.0, "%"), 1.4),
    ("speeds up by 30%", ("speedup", "change", "increase", 30.0, "%"), 1.3),
    # absolute claims never
    ("87.6% accuracy", ("accuracy", "absolute", None, 87.6, "%"), None),
    ("56.8 FPS", ("throughput", "absolute", None, 56.8, "FPS"), None),
    # factors, both polarities, both directions
    ("1.3x more memory", ("memory", "ratio", "increase", 1.3, "x"), 0.769230769231),
    ("2x lower throughput", ("throughput", "ratio", "decrease", 2.0, "x"), 0.5),
    ("3x lower perplexity", ("perplexity", "ratio", "decrease", 3.0, "x"), 3.0),
    ("a factor written as a change", ("energy_efficiency", "change", "increase", 39.0, "x"), 39.0),
    ("a factor without direction", ("speedup", "ratio", None, 5.6, "x"), None),
    ("a zero factor", ("speedup", "ratio", "increase", 0.0, "x"), None),
    # "X% of" the baseline
    ("uses 25% of the memory", ("memory", "ratio", "decrease", 25.0, "%"), 4.0),
    ("0% of the energy", ("energy", "ratio", "decrease", 0.0, "%"), None),
    ("150% of the throughput", ("throughput", "ratio", "increase", 150.0, "%"), 1.5),
    # percent changes of efficiency metrics
    ("throughput drops by 20%", ("throughput", "change", "decrease", 20.0, "%"), 0.8),
    ("energy up by 25%", ("energy", "change", "increase", 25.0, "%"), 0.8),
    ("cuts compute by 50%", ("compute", "change", "decrease", 50.0, "%"), 2.0),
    ("a 100% decrease", ("energy", "change", "decrease", 100.0, "%"), None),
    ("a 120% decrease", ("latency", "change", "decrease", 120.0, "%"), None),
    ("a percent change without direction", ("latency", "change", None, 20.0, "%"), None),
    # percent changes of quality metrics are points or relative: no factor
    ("reduces error by 30%", ("error", "change", "decrease", 30.0, "%"), None),
    ("reduces perplexity by 30%", ("perplexity", "change", "decrease", 30.0, "%"), None),
    # other units
    ("+1.2 pp accuracy", ("accuracy", "change", "increase", 1.2, "pp"), None),
    ("20 ms less latency", ("latency", "change", "decrease", 20.0, "ms"), None),
    ("+0.5 dB PSNR", ("psnr", "change", "increase", 0.5, "dB"), None),
    ("a ratio with no unit", ("speedup", "ratio", "increase", 2.0, None), None),
    # metrics without a polarity
    ("nearly twofold odds", ("other", "ratio", "increase", 2.0, "x"), None),
    ("an unknown family", ("happiness", "ratio", "increase", 2.0, "x"), None),
    # values that cannot be a factor
    ("a negative value", ("speedup", "ratio", "increase", -2.0, "x"), None),
    ("no value", ("speedup", "ratio", "increase", float("nan"), "x"), None),
]


@pytest.mark.parametrize("args, expected", [g[1:] for g in GAINS], ids=[g[0] for g in GAINS])
def test_gain_rule_table(args, expected):
    assert gain(*args) == expected


def test_every_lower_is_better_family_gains_from_a_decrease():
    for metric in ("latency", "training_time", "time", "energy", "power", "memory", "model_size",
                   "compute", "area", "cost", "overhead", "error", "perplexity"):
        assert gain(metric, "ratio", "decrease", 4.0, "x") == 4.0, metric
        assert gain(metric, "ratio", "increase", 4.0, "x") == 0.25, metric


def test_every_higher_is_better_family_gains_from_an_increase():
    for metric in ("speedup", "throughput", "energy_efficiency", "accuracy", "auc", "f1",
                   "success_rate", "psnr", "map", "bleu"):
        assert gain(metric, "ratio", "increase", 4.0, "x") == 4.0, metric
        assert gain(metric, "ratio", "decrease", 4.0, "x") == 0.25, metric
