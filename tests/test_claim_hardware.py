"""The claim's `hardware` field where the rules are written in code (claims/extraction/claim_hardware.py)
or read only by the hardware pickers (words.comparison), each on sentences written for it. The
vocabulary replays its own examples (patterns/hardware/*.yaml)."""
from __future__ import annotations

import pytest

from claims.extraction.pipeline import extract, read

FIELDS = ("text", "value", "metric", "kind", "baseline", "hardware")


def _claims(text: str) -> list[tuple]:
    return [tuple(getattr(claim, name) for name in FIELDS) for claim in extract(text)]


# context.class_word_named: a bare singular class word after the one product of its class.
@pytest.mark.parametrize("text, expected", [
    ("The tracker was profiled on a Raspberry Pi 4B. On-device inference takes 120 ms per frame.",
     [("120 ms per frame", 120.0, "latency", "absolute", None, "Raspberry Pi 4B")]),
    # Two products of the class: the class word names neither.
    ("We test on a Jetson Nano and a Raspberry Pi 4. On-device latency is 35 ms.",
     [("35 ms", 35.0, "latency", "absolute", None, "On-device")]),
    # A plural class word speaks of the class, not of the product named before.
    ("It runs on an NVIDIA A100. On modern GPUs, latency falls by 40%.",
     [("40%", 40.0, "latency", "change", None, "modern GPUs")]),
])
def test_a_class_word_after_the_one_named_product_is_that_product(text, expected):
    assert _claims(text) == expected


def test_the_class_word_rule_is_traced():
    reading = read("The tracker was profiled on a Raspberry Pi 4B. On-device inference takes 120 ms per frame.")
    (trace,) = [t for t in reading.traces if t.kept]
    hardware = next(decision for decision in trace.fields if decision.field == "hardware")
    assert "context.class_word_named" in hardware.rules


# other.hpc_resource (resource: true): on the paper's list, never a claim's hardware.
def test_hpc_resources_are_no_claims_hardware():
    assert _claims("On the cluster's HPC resources, the solver reaches up to 51% higher throughput.") == [
        ("51%", 51.0, "throughput", "change", None, None)]


# words.comparison: a platform in the object of a verb of comparison is the baseline's.
@pytest.mark.parametrize("text, expected", [
    ("On an FPGA, our kernel surpasses an NVIDIA A100 GPU by 2.1x in energy efficiency.",
     [("2.1x", 2.1, "energy_efficiency", "ratio", "NVIDIA A100 GPU", "FPGA")]),
    ("On a Jetson Orin, the planner outperforms a Xeon CPU baseline by 3.4x in throughput.",
     [("3.4x", 3.4, "throughput", "ratio", "Xeon CPU baseline", "Jetson Orin")]),
])
def test_a_platform_after_a_verb_of_comparison_is_the_baselines(text, expected):
    assert _claims(text) == expected
