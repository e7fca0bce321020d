"""Hostile text: each string completes through `claims.extract` and its claims keep the
invariants. Sizes here keep every test to a second or two; `bench/bench_hostile.py` doubles the
sizes to show time against length (linear or not). The regex time limit is the last guard: a
paper that hits it is reported by name and kept without claims, never dropped silently."""
from __future__ import annotations

import json
import math

import pytest

import claims
from claims.cli import main
from claims.errors import ExtractionTimeout
from claims.model import DIRECTIONS, KINDS, METRICS, QUALIFIERS

# name -> text; the corpus at its full size where that runs in about a second.
HOSTILE = {
    "200k digits": "9" * 200_000,
    "1.1. x 50k": "1.1." * 50_000,
    "100k nested parens": "(" * 100_000 + "5" + ")" * 100_000,
    "256 KB line without spaces": ("a1b2%x3.4-" * 26_000)[:262_144],
    "5% x 6k": "5% " * 6_000,
    "1 MB of x": "x" * 1_000_000,
    "x and X runs with a number": "x" * 100_000 + " 2x " + "X" * 100_000,
    "1%, x 2k": "1%, " * 2_000,
    "1. x 3k": "1. " * 3_000,
    "from 1 x 3k": "from 1 " * 3_000,
    "LaTeX times x 20k": "5$\\times$" * 20_000,
    "braces x 50k": "{" * 50_000 + "3.5x faster" + "}" * 50_000,
    "unicode minus runs": "\u2212" * 100_000 + "5%",
    "thin spaces": "\u2009" * 100_000 + "2x faster",
    "3k sentences": "It is 2x faster. " * 3_000,
    "long word": "supercalifragilistic" * 10_000 + " 3x",
    "10^ runs": "10^" * 30_000,
    "range chains": "1-2-3-4-5-" * 10_000,
}


def assert_claims_are_sound(text: str, found: list) -> None:
    for claim in found:
        assert text[claim.start:claim.end] == claim.text
        assert math.isfinite(claim.value)
        assert claim.value_low is None or (math.isfinite(claim.value_low) and claim.value_low <= claim.value)
        assert claim.metric in METRICS and claim.kind in KINDS
        assert claim.direction is None or claim.direction in DIRECTIONS
        assert claim.qualifier is None or claim.qualifier in QUALIFIERS


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_completes_with_sound_claims(name):
    text = HOSTILE[name]
    assert_claims_are_sound(text, claims.extract(text))


@pytest.mark.parametrize("name", ["200k digits", "1 MB of x", "100k nested parens", "10^ runs"])
def test_hostile_text_without_a_claim_gives_none(name):
    assert claims.extract(HOSTILE[name]) == []


def test_explain_completes_on_hostile_text():
    text = HOSTILE["5% x 6k"]
    traces = claims.explain(text)
    assert len(traces) == 6_000 and all(t.text == "5%" for t in traces)


def test_a_real_claim_survives_a_hostile_neighbourhood():
    text = "(" * 5_000 + " " + "9" * 5_000 + ". Our kernel runs 3.5x faster than cuBLAS. " + "1.1." * 5_000
    found = claims.extract(text)
    assert [(c.text, c.value, c.metric, c.kind, c.direction) for c in found] == [
        ("3.5x", 3.5, "speedup", "ratio", "increase")]
    assert_claims_are_sound(text, found)


def _timeout_only_on_long_texts(monkeypatch, above: int = 100_000):
    """The pattern time limit, made tiny for texts above `above` characters in every stage: the
    real regex timeout fires on the long abstract (in the first stage that runs a pattern over
    it) and nowhere else."""
    import claims.extraction
    import claims.matching
    from importlib import import_module
    from pkgutil import walk_packages
    for package in (claims.extraction, claims.matching):
        for info in walk_packages(package.__path__, package.__name__ + "."):
            module = import_module(info.name)
            if hasattr(module, "budget") and not info.name.endswith(".limits"):
                monkeypatch.setattr(module, "budget", lambda length: 1e-9 if length > above else 60.0)


def test_a_pattern_timeout_raises_extraction_timeout(monkeypatch):
    _timeout_only_on_long_texts(monkeypatch)
    with pytest.raises(ExtractionTimeout, match="time limit"):
        claims.extract("It runs 2x faster. " * 10_000)
    assert [c.text for c in claims.extract("It runs 2x faster.")] == ["2x"]


def test_cli_reports_a_timed_out_paper_by_name_and_keeps_the_rest(tmp_path, monkeypatch, capsys):
    # Under the abstract length limit (claims.build.ABSTRACT_LIMIT), which would skip it first.
    _timeout_only_on_long_texts(monkeypatch, above=50_000)
    source = tmp_path / "papers.jsonl"
    records = [{"title": "Short One", "abstract": "It runs 2x faster."},
               {"title": "Hostile", "abstract": "It runs 2x faster. " * 4_000},
               {"title": "Short Two", "abstract": "It cuts energy by 30%."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "out"
    assert main(["extract", str(source), "--out", str(out), "--format", "jsonl", "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "Traceback" not in "\n".join(err)
    timed_out = [line for line in err if "ExtractionTimeout" in line]
    assert len(timed_out) == 1 and timed_out[0].startswith("claims: papers.jsonl:2: ")
    assert "time limit" in timed_out[0] and "paper kept without claims" in timed_out[0]
    assert "1 paper kept without claims (see above)" in err[-2]
    papers = [json.loads(line)["title"] for line in (out / "papers.jsonl").read_text().splitlines()]
    rows = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    assert papers == ["Short One", "Hostile", "Short Two"]
    assert [(r["title"], r["text"]) for r in rows] == [("Short One", "2x"), ("Short Two", "30%")]


def test_full_width_digits_and_signs_read_as_ascii_and_map_back():
    """Issue 18: full-width text (East Asian input, some PDF extractions) gave no claims. It is
    read as its ASCII compatibility form; each claim's text and offsets stay those of the original."""
    text = "ＬｉｔｅＮｅｔ ｉｓ １２.５ｘ ｆａｓｔｅｒ ｔｈａｎ ＴｅｎｓｏｒＲＴ ａｎｄ ｒｅａｃｈｅｓ ８７．６％ ｔｏｐ－１ ａｃｃｕｒａｃｙ．"
    found = claims.extract(text)
    assert [(c.text, c.value, c.unit, c.metric, c.kind, c.baseline, c.method) for c in found] == [
        ("１２.５ｘ", 12.5, "x", "speedup", "ratio", "TensorRT", "LiteNet"),
        ("８７．６％", 87.6, "%", "accuracy", "absolute", None, "LiteNet")]
    assert all(text[c.start:c.end] == c.text for c in found)
