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


# Round 8 vocabulary, seen from the claim: the machine named by count keeps its phrase
# (gpu.nvidia_count_glued), the GPU done without is no platform (other.not_hardware_avoided),
# a vendor glued by a hyphen (gpu.nvidia_datacenter) and D-Wave solvers (other.quantum) are found.
@pytest.mark.parametrize("text, expected", [
    ("On one 8-H100 GPU node, the kernel cuts decode latency by 2.5x over the baseline.",
     [("2.5x", 2.5, "latency", "ratio", "baseline", "8-H100 GPU node")]),
    ("Our solver runs on a laptop CPU without requiring a GPU and is 3x faster than the reference code.",
     [("3x", 3.0, "speedup", "ratio", "reference code", "laptop CPU")]),
    ("A page is parsed in 0.8 seconds (NVIDIA-L20).",
     [("0.8 seconds", 0.8, "latency", "absolute", None, "NVIDIA-L20")]),
    ("D-Wave-based solvers cut routing time by 35% against OR-Tools.",
     [("35%", 35.0, "time", "change", "OR-Tools", "D-Wave-based solvers")]),
])
def test_platforms_named_by_count_hyphen_or_vendor_and_hardware_done_without(text, expected):
    assert _claims(text) == expected


# hardware.purpose: the target a result makes possible is no claim's hardware, and says so.
def test_the_target_a_result_makes_possible_is_not_where_it_was_measured():
    text = "The pruned CNN needs 80% fewer parameters, an essential requirement for efficient edge deployment."
    assert _claims(text) == [("80%", 80.0, "model_size", "change", None, None)]
    (trace,) = [t for t in read(text).traces if t.kept]
    hardware = next(decision for decision in trace.fields if decision.field == "hardware")
    assert hardware.rules == ("hardware.purpose",)
    # The platform it was measured on, named in the same sentence, is still taken.
    assert _claims("On a Jetson Nano the model runs at 30 FPS, making it suitable for edge devices.") == [
        ("30 FPS", 30.0, "throughput", "absolute", None, "Jetson Nano")]


# Round 11: a two-character GPU model listed beside a distinctive one is a GPU (gpu.nvidia_datacenter),
# so the number right before it takes it; a "respectively" list of platforms written with "the"
# ("the A100 and the H100", gap.name_run) gives each number its platform.
@pytest.mark.parametrize("text, expected", [
    ("It achieves speedups of 16.5x on L40, 14.7x on H800, and 13.9x on H20.",
     [("16.5x", 16.5, "speedup", "ratio", None, "L40"), ("14.7x", 14.7, "speedup", "ratio", None, "H800"),
      ("13.9x", 13.9, "speedup", "ratio", None, "H20")]),
    ("On the A100 and the H100, our kernel is 2.1x and 2.4x faster than FlashAttention, respectively.",
     [("2.1x", 2.1, "speedup", "ratio", "FlashAttention", "A100"),
      ("2.4x", 2.4, "speedup", "ratio", "FlashAttention", "H100")]),
    ("Decoding takes 41 ms and 35 ms on the L4 and the H100 GPUs, respectively.",
     [("41 ms", 41.0, "latency", "absolute", None, "L4"), ("35 ms", 35.0, "latency", "absolute", None, "H100 GPUs")]),
])
def test_short_gpu_models_in_a_list_and_respectively_platforms_with_articles(text, expected):
    assert _claims(text) == expected


# words.comparison: a bound on the claim's own figure ("less than 2 ms", "over 90%") is no
# comparison, so the platform after it is the claim's; a number of baseline platforms after
# "than" or "over" still compares.
@pytest.mark.parametrize("text, hardware", [
    ("The index answers a query in less than 2 ms on an Intel Xeon Gold 6248 CPU.", "Intel Xeon Gold 6248 CPU"),
    ("The decoder sustains more than 300 tokens per second on a single RTX 4090.", "RTX 4090"),
    ("The tagger labels over 95% of the tokens correctly on a Jetson Orin Nano.", "Jetson Orin Nano"),
    ("Our kernel reaches a 3.1x speedup over 8 V100 GPUs.", None),
])
def test_a_bound_before_the_platform_is_no_comparison(text, hardware):
    (claim,) = extract(text)
    assert claim.hardware == hardware


# words.comparison (round 22): "over" before a figure with its unit ("over 180 FPS", "over 12x",
# "over 40 hours") bounds the claim's own figure, so a platform later in the clause is not a
# baseline's: each figure of "X on P1 and Y on P2" keeps its own platform. "over" before a count of
# platforms ("over 16 A100 GPUs") still compares.
@pytest.mark.parametrize("text, expected", [
    ("The renderer achieves over 180 FPS on a desktop PC and 24 FPS on a Meta Quest 3.",
     [("180 FPS", 180.0, "throughput", "absolute", None, "desktop PC"),
      ("24 FPS", 24.0, "throughput", "absolute", None, "Meta Quest 3")]),
    ("Our tokenizer sustains over 9,000 tokens/s on an Apple M2 and 2,100 tokens/s on a Raspberry Pi 5.",
     [("9,000 tokens/s", 9000.0, "throughput", "absolute", None, "Apple M2"),
      ("2,100 tokens/s", 2100.0, "throughput", "absolute", None, "Raspberry Pi 5")]),
    ("The pipeline processes over 60 images per second on a single RTX 3060.",
     [("60 images per second", 60.0, "throughput", "absolute", None, "RTX 3060")]),
    ("The port runs over 12x faster on a Jetson Orin than the reference code.",
     [("12x", 12.0, "speedup", "ratio", "reference code", "Jetson Orin")]),
    # near miss: a count of platforms after "over" is the baseline's set-up
    ("Our kernel reaches a 3x speedup over 16 A100 GPUs.",
     [("3x", 3.0, "speedup", "ratio", None, None)]),
])
def test_a_bounded_figure_with_its_unit_keeps_the_platform_after_it(text, expected):
    assert _claims(text) == expected


# context.hardware_clause: a semicolon right after the claim's number ends its clause, so the
# platform of the next clause is not the claim's (the same bound as claim_dataset's, round 19b).
@pytest.mark.parametrize("text, expected", [
    ("We propose Kin. On an A100 GPU, Kin runs a query in 41 ms; on a Jetson Orin board it needs 95 ms.",
     [("41 ms", "A100 GPU"), ("95 ms", "Jetson Orin board")]),
    ("We propose Kin. On a Xeon CPU Kin reaches 120 FPS; on a Raspberry Pi 5 it still reaches 12 FPS.",
     [("120 FPS", "Xeon CPU"), ("12 FPS", "Raspberry Pi 5")]),
    # near miss: a platform after the number inside its own clause stays the claim's
    ("We propose Kin. Kin runs a query in 41 ms on an A100 GPU; the CPU path is slower.",
     [("41 ms", "A100 GPU")]),
])
def test_a_semicolon_after_the_number_ends_its_clause_for_the_hardware(text, expected):
    assert [(c.text, c.hardware) for c in extract(text)] == expected


# context.other_figure_platform: a quality figure does not take the platform named after a later
# efficiency figure of its sentence (the platform is where that figure was measured).
@pytest.mark.parametrize("text, expected", [
    ("Our tagger reaches 91.4% accuracy and decodes 1,150 tokens/s on an Intel Xeon CPU.",
     [("91.4%", 91.4, "accuracy", "absolute", None, None),
      ("1,150 tokens/s", 1150.0, "throughput", "absolute", None, "Intel Xeon CPU")]),
    ("The detector lifts recall from 61.2% to 83.5% while cutting inference latency by 37% on a Jetson Xavier NX.",
     [("from 61.2% to 83.5%", 83.5, "other", "absolute", None, None),
      ("37%", 37.0, "latency", "change", None, "Jetson Xavier NX")]),
    ("With only 1.8M parameters, the segmenter runs at 95 FPS on an RTX 3060 GPU.",
     [("1.8M", 1.8, "model_size", "absolute", None, None),
      ("95 FPS", 95.0, "throughput", "absolute", None, "RTX 3060 GPU")]),
    # An unnamed metric that is no factor ("within 2.1 dB of the oracle") is a quality figure.
    ("The codec comes within 2.1 dB of the oracle, with each frame encoded in 14 ms on a laptop.",
     [("2.1 dB", 2.1, "other", "change", "oracle", None),
      ("14 ms", 14.0, "latency", "absolute", None, "laptop")]),
])
def test_a_quality_figure_leaves_the_platform_of_a_later_efficiency_figure(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A factor whose metric is unnamed may be a speed: it keeps the platform after the next figure.
    ("The planner outperforms the reference solver by 4.5x and answers in 30 ms on a Jetson Nano.",
     [("4.5x", 4.5, "other", "ratio", "reference solver", "Jetson Nano"),
      ("30 ms", 30.0, "latency", "absolute", None, "Jetson Nano")]),
    # No efficiency figure between: the quality figure keeps the platform after it.
    ("On the test split, the quantized model keeps 88.2% accuracy on a Raspberry Pi 5.",
     [("88.2%", 88.2, "accuracy", "absolute", None, "Raspberry Pi 5")]),
    # The platform named before the quality figure is still its sentence's set-up.
    ("On an Alveo U250 FPGA, the engine runs at 310 FPS and keeps 76.1% top-1 accuracy.",
     [("310 FPS", 310.0, "throughput", "absolute", None, "Alveo U250 FPGA"),
      ("76.1%", 76.1, "accuracy", "absolute", None, "Alveo U250 FPGA")]),
    # An efficiency figure before the platform keeps it, whatever stands between.
    ("It is 2.3x faster and has 12% lower error on an NVIDIA A100 GPU.",
     [("2.3x", 2.3, "speedup", "ratio", None, "NVIDIA A100 GPU"),
      ("12%", 12.0, "error", "change", None, "NVIDIA A100 GPU")]),
])
def test_near_misses_of_the_other_figure_platform_keep_their_platform(text, expected):
    assert _claims(text) == expected


def test_the_other_figure_platform_rule_is_traced():
    reading = read("Our tagger reaches 91.4% accuracy and decodes 1,150 tokens/s on an Intel Xeon CPU.")
    first = next(t for t in reading.traces if t.kept)
    hardware = next(decision for decision in first.fields if decision.field == "hardware")
    assert hardware.rules == ("context.other_figure_platform",)


# cpu.processor_class (round 26): an instruction set's architectures and platforms are CPU platforms,
# lent by the set-up sentence before a figure of speed; a UAV network modelled by a routing paper is
# no platform (other.not_hardware_vehicle_network).
@pytest.mark.parametrize("text, expected", [
    ("Extensive experiments on mainstream x86 and ARM architectures confirm the trend. Compared to "
     "the baseline solver, the fused kernel achieves speedups of 7x to 83x.",
     [("7x to 83x", 83.0, "speedup", "ratio", "baseline solver", "ARM architectures")]),
    ("On Arm platforms, the generated code runs 4.5x faster than NumPy.",
     [("4.5x", 4.5, "speedup", "ratio", "NumPy", "Arm platforms")]),
    ("Our routing for multi-hop UAV networks cuts the end-to-end delay by 31%.",
     [("31%", 31.0, "latency", "change", None, None)]),
])
def test_instruction_set_platforms_and_vehicle_networks(text, expected):
    assert _claims(text) == expected
