"""Exact claims on sentences of the spec's phenomena, and invariants over every seed abstract."""
from __future__ import annotations

import dataclasses
import math

import pytest

import claims
from claims.readers import read_papers
from claims.resources import seed_pages

# (text, [expected claims]); each expected claim lists text and value and the fields that matter.
CASES = [
    ("Furthermore, it reduces latency by up to 68.1% and token consumption by 68.6% compared to "
     "unconstrained dynamic architectures.",
     [dict(text="68.1%", value=68.1, metric="latency", kind="change", direction="decrease", unit="%",
           qualifier="up_to", baseline="unconstrained dynamic architectures"),
      dict(text="68.6%", value=68.6, metric="cost", kind="change", direction="decrease", unit="%",
           qualifier="up_to")]),
    ("Our accelerator achieves around 5.6x improvement on the frame rate (i.e., 56.8 FPS vs. 10.0 FPS).",
     [dict(text="5.6x", value=5.6, metric="throughput", kind="ratio", direction="increase", unit="x",
           qualifier="about"),
      dict(text="56.8 FPS vs. 10.0 FPS", value=56.8, metric="throughput", kind="absolute", unit="FPS",
           baseline_value=10.0, direction=None)]),
    ("H2Learn achieves 5.74-10.20x speedup and 5.25-7.12x energy saving compared to NVIDIA V100 GPU.",
     [dict(text="5.74-10.20x", value=10.2, value_low=5.74, metric="speedup", kind="ratio", unit="x"),
      dict(text="5.25-7.12x", value=7.12, value_low=5.25, metric="energy", kind="ratio",
           direction="decrease")]),
    ("GRACE improved diagnostic accuracy from 82.0% to 89.9%.",
     [dict(text="from 82.0% to 89.9%", value=89.9, baseline_value=82.0, metric="accuracy",
           kind="absolute", unit="%")]),
    ("It speeds up inference by between 2.34 times and 8.32 times on CIFAR-10.",
     [dict(text="2.34 times and 8.32 times", value=8.32, value_low=2.34, unit="x", kind="ratio",
           metric="speedup", dataset="CIFAR-10")]),
    ("The model reaches a macro-AUC of 0.9188 and an NPV 0.953 with OR 3.14 (P<0.001).",
     [dict(text="0.9188", value=0.9188, metric="auc", kind="absolute", unit=None),
      dict(text="0.953", value=0.953, metric="other", kind="absolute"),
      dict(text="3.14", value=3.14, metric="other", kind="absolute")]),
    ("Energon achieves $168\\times$ and $8.7\\times$ geo-mean speedup and up to $10^4\\times$ and "
     "$10^3\\times$ energy reduction.",
     [dict(value=168.0, metric="speedup", qualifier="average", unit="x"),
      dict(value=8.7, metric="speedup", qualifier="average"),
      dict(value=10000.0, metric="energy", qualifier="up_to", direction="decrease"),
      dict(value=1000.0, metric="energy", qualifier="up_to", direction="decrease")]),
    ("AttentionDSE achieves up to \\textbf{3.9\\% higher Pareto Hypervolume} and over "
     "\\textbf{80\\% reduction in exploration time}.",
     [dict(text="3.9\\%", value=3.9, metric="other", kind="change", direction="increase", qualifier="up_to"),
      dict(text="80\\%", value=80.0, metric="time", kind="change", direction="decrease",
           qualifier="more_than")]),
    ("It consumes 0.36 kWh per 3,000 slides, 171x lower than Virchow2.",
     [dict(text="0.36 kWh", value=0.36, metric="energy", kind="absolute", unit="kWh", si_value=1296000.0,
           si_unit="joule"),
      dict(text="171x", value=171.0, metric="energy", kind="ratio", direction="decrease", gain=171.0)]),
    ("MultiMend fixes 2,077 bugs in total.",
     [dict(text="2,077", value=2077.0, metric="other", kind="absolute", unit=None)]),
    ("BM-Global is a magnitude faster than state-of-the-art algorithms.",
     [dict(text="a magnitude", value=10.0, metric="speedup", kind="ratio", qualifier="about", unit="x")]),
    ("The average latency is reduced by 36% and 46% on a server GPU and an edge device respectively.",
     [dict(value=36.0, metric="latency", kind="change", direction="decrease", qualifier="average"),
      dict(value=46.0, metric="latency", kind="change", direction="decrease", qualifier="average")]),
    ("We quantize LLaMA-7B and Mixtral-8x7B to 3-bit on CIFAR-10 with ResNet-101, GPT-4 and 2:4 "
     "sparsity at 50% sparsity, using 8 GPUs (p = 0.03).", []),
    ("The attack achieves 100% success rate on ImageNet (95% CI 0.97 to 0.99) ± 0.1.",
     [dict(text="100%", value=100.0, metric="success_rate", kind="absolute", dataset="ImageNet")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_exact_claims(text, expected):
    found = claims.extract(text)
    assert [(c.text, c.value) for c in found] == [
        (e.get("text", c.text), e["value"]) for e, c in zip(expected, found)] and len(found) == len(expected), \
        [(c.text, c.value, c.metric) for c in found]
    for want, claim in zip(expected, found):
        for field, value in want.items():
            got = getattr(claim, field)
            if isinstance(value, float) and got is not None:
                assert math.isclose(got, value, rel_tol=1e-6), (field, got, value)
            else:
                assert got == value, (claim.text, field, got, value)


def test_nothing_found_is_an_empty_list():
    assert claims.extract("") == []
    assert claims.extract("We study the problem in depth.") == []


def test_claims_are_frozen():
    claim = claims.extract("It is 5x faster.")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.value = 1.0


def test_explain_names_the_rule_that_dropped_a_number():
    traces = {t.text: t for t in claims.explain("ResNet-101 reaches 76.1% top-1 accuracy at 50% sparsity.")}
    assert traces["76.1%"].kept is True
    assert traces["50%"].kept is False and "filter.sparsity_level" in traces["50%"].rule_ids
    assert traces["101"].kept is False and "filter.name_glued_left" in traces["101"].rule_ids


@pytest.fixture(scope="module")
def seed_papers():
    return list(read_papers(seed_pages()))


def test_offsets_hold_on_every_seed_claim(seed_papers):
    count = 0
    for paper in seed_papers:
        for claim in claims.extract(paper.abstract, title=paper.title):
            assert paper.abstract[claim.start:claim.end] == claim.text
            assert claim.sentence and claim.text in claim.sentence
            assert claim.value_low is None or claim.value_low <= claim.value
            count += 1
    assert count > 250


def test_fields_stay_in_the_spec_vocabularies(seed_papers):
    from claims.model import DIRECTIONS, KINDS, METRICS, QUALIFIERS
    for paper in seed_papers:
        for claim in claims.extract(paper.abstract, title=paper.title):
            assert claim.metric in METRICS and claim.kind in KINDS
            assert claim.direction in DIRECTIONS + (None,)
            assert claim.qualifier in QUALIFIERS + (None,)
            assert (claim.direction is None) == (claim.kind == "absolute")
