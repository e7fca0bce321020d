"""Hardware platform detection: canonical names and classes, dedupe, glosses, background, spans."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction.platforms import find_platforms, platform_mentions, trace_platforms
from claims.model import HARDWARE_CLASSES, Platform

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _named(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.hw_class) for p in find_platforms(text)]


@pytest.mark.parametrize("text, name, hw_class", [
    ("measured on a Tesla-V100", "NVIDIA V100", "gpu"),
    ("measured on an Nvidia Tesla V100", "NVIDIA V100", "gpu"),
    ("measured on one V100 GPU", "NVIDIA V100", "gpu"),
    ("measured on 8 A100 GPUs", "NVIDIA A100", "gpu"),
    ("measured on an H100", "NVIDIA H100", "gpu"),
    ("measured on an H200", "NVIDIA H200", "gpu"),
    ("measured on an RTX3090", "NVIDIA RTX 3090", "gpu"),
    ("measured on an RTX 2080 Ti", "NVIDIA RTX 2080 Ti", "gpu"),
    ("measured on a GeForce RTX 4090", "NVIDIA RTX 4090", "gpu"),
    ("measured on a Titan RTX", "NVIDIA Titan RTX", "gpu"),
    ("measured on an Nvidia Jetson TX2 GPU", "NVIDIA Jetson TX2", "edge"),
    ("measured on a Jetson Nano", "NVIDIA Jetson Nano", "edge"),
    ("measured on a Jetson AGX Orin", "NVIDIA Jetson AGX Orin", "edge"),
    ("measured on a Jetson Xavier NX", "NVIDIA Jetson Xavier NX", "edge"),
    ("measured on an NVIDIA DRIVE PX 2", "NVIDIA DRIVE PX 2", "edge"),
    ("measured on a Xilinx ZCU102 FPGA", "AMD Xilinx ZCU102", "fpga"),
    ("measured on a ZCU104", "AMD Xilinx ZCU104", "fpga"),
    ("measured on a ZC706", "AMD Xilinx ZC706", "fpga"),
    ("measured on an Alveo U50", "AMD Xilinx Alveo U50", "fpga"),
    ("measured on an Alveo U250", "AMD Xilinx Alveo U250", "fpga"),
    ("measured on an Alveo U280", "AMD Xilinx Alveo U280", "fpga"),
    ("measured on a VCU118", "AMD Xilinx VCU118", "fpga"),
    ("measured on an Intel Arria 10", "Intel Arria 10", "fpga"),
    ("measured on an Intel Stratix 10", "Intel Stratix 10", "fpga"),
    ("measured on an Intel Agilex", "Intel Agilex", "fpga"),
    ("measured on an Intel Xeon Gold 6248", "Intel Xeon Gold 6248", "cpu"),
    ("measured on an Intel Core i9-13900K", "Intel Core i9-13900K", "cpu"),
    ("measured on an Apple M2 chip", "Apple M2", "cpu"),
    ("measured on a Qualcomm Snapdragon 865", "Qualcomm Snapdragon 865", "mobile"),
    ("measured on a Qualcomm Adreno 640", "Qualcomm Adreno 640", "mobile"),
    ("measured on a Qualcomm Hexagon 698", "Qualcomm Hexagon 698", "mobile"),
    ("measured on a TPU v3", "Google TPU v3", "npu"),
    ("measured on a Cloud TPU v5p", "Google TPU v5p", "npu"),
    ("measured on an Edge TPU", "Edge TPU", "npu"),
    ("measured on a Coral Dev Board", "Coral Dev Board", "edge"),
    ("measured on a Hailo-8", "Hailo-8", "npu"),
    ("measured on a Raspberry Pi 4", "Raspberry Pi 4", "edge"),
    ("measured on an Arm Cortex-A76", "Arm Cortex-A76", "cpu"),
    ("measured on an Arm Cortex-M4", "Cortex-M4", "mcu"),
    ("measured on a RISC-V processor", "RISC-V", "cpu"),
    ("measured on UPMEM", "UPMEM PIM", "pim"),
    ("measured on Loihi", "Loihi", "npu"),
    ("measured on TrueNorth", "TrueNorth", "npu"),
    ("measured on SpiNNaker", "SpiNNaker", "npu"),
])
def test_canonical_name_and_class(text, name, hw_class):
    assert _named(text) == [(name, hw_class)]


@pytest.mark.parametrize("text, expected", [
    ("It runs on a single consumer-grade GPU.", [("consumer-grade GPU", "gpu")]),
    ("It targets edge devices.", [("edge devices", "edge")]),
    ("The model is deployed on FPGAs.", [("FPGAs", "fpga")]),
    ("It runs on microcontrollers.", [("microcontrollers", "mcu")]),
    ("A compute-in-memory macro saves 40% energy.", [("compute-in-memory macro", "pim")]),
    ("It runs on mobile phones and smartphones.", [("mobile phones", "mobile"), ("smartphones", "mobile")]),
    ("The ASIC is 3x faster than the CPU.", [("ASIC", "asic"), ("CPU", "cpu")]),
    ("Inference happens on-device.", [("on-device", "edge")]),
    ("It scales to a supercomputer.", [("supercomputer", "other")]),
])
def test_classes_named_without_a_model(text, expected):
    assert _named(text) == expected


def test_dedupe_keeps_first_mention_per_name():
    text = "We run on GPUs. One GPU suffices. The V100 GPU and a Tesla V100 agree."
    found = find_platforms(text)
    assert found == [
        Platform("GPUs", "gpu", "GPUs", 10, 14),
        Platform("NVIDIA V100", "gpu", "V100 GPU", 38, 46),
    ]
    assert [p.text for p in platform_mentions(text)] == ["GPUs", "GPU", "V100 GPU", "Tesla V100"]


def test_class_word_glossed_by_model_is_one_platform():
    text = "Latency drops by 36% on a server GPU (Nvidia Tesla-V100)."
    assert find_platforms(text) == [Platform("NVIDIA V100", "gpu", "Nvidia Tesla-V100", 38, 55)]
    verdicts = [(t.text, t.verdict) for t in trace_platforms(text) if t.verdict != "overlap"]
    assert verdicts == [("server GPU", "gloss"), ("Nvidia Tesla-V100", "kept")]


def test_model_beats_overlapping_class_word():
    assert _named("Experiments on the ZC706 FPGA platform show 8.3x speedup.") == [("AMD Xilinx ZC706", "fpga")]


@pytest.mark.parametrize("text", [
    "GPUs are widely used to train deep networks.",
    "Training the baseline costs 1,000 GPU-hours.",
    "Due to the limited GPU memory, large batches do not fit.",
    "ResNet-50 and MobileNetV2 reach 76.1% and 72.0% top-1 accuracy.",
    "The V100x codec and HV100 gene are unrelated.",
    "We use the alternating direction method of multipliers.",
])
def test_background_and_lookalikes_are_no_platforms(text):
    assert find_platforms(text) == []


def test_background_verdict_names_its_rule():
    traces = trace_platforms("Current neuromorphic chips cannot support BPTT.")
    assert [(t.text, t.verdict) for t in traces] == [
        ("neuromorphic chips", "background:hardware.background.prior_work")]


def test_sentences_are_split_only_for_a_hit_that_needs_its_sentence(monkeypatch):
    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook

    calls = []
    monkeypatch.setattr(hardware, "split_sentences", lambda text: calls.append(text) or [(0, len(text))])
    blocked_only = "Training the baseline costs 1,000 GPU-hours. It is slow."
    assert [t.verdict for t in hardware.trace_platforms.__wrapped__(blocked_only)] == ["blocked"]
    assert calls == []
    kept = "It runs 3x faster on a V100 GPU."            # no background cue anywhere
    assert [t.verdict for t in hardware.trace_platforms.__wrapped__(kept)] == ["kept", "overlap"]
    assert calls == []
    cued = "GPUs are widely used on a V100 GPU."
    assert [t.verdict for t in hardware.trace_platforms.__wrapped__(cued)] == [
        "background:hardware.background.widely", "background:hardware.background.widely", "overlap"]
    assert calls == [cued]


def test_every_class_is_reachable():
    text = ("We compare a V100 GPU, a Xeon CPU, a ZCU102 FPGA, an ASIC, a PIM chip, an NPU, "
            "a Galaxy S20, a Jetson Nano, an STM32F746 and an HPC cluster.")
    assert sorted({p.hw_class for p in find_platforms(text)}) == sorted(HARDWARE_CLASSES)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_spans_index_the_text_on_every_seed(path):
    text = path.read_text(encoding="utf-8")
    mentions = platform_mentions(text)
    assert mentions, f"{path.name}: the seed pages all name some hardware"
    for platform in mentions:
        assert text[platform.start:platform.end] == platform.text
        assert platform.hw_class in HARDWARE_CLASSES
    firsts = find_platforms(text)
    assert all((p.name, p.hw_class, p.text, p.start, p.end) in
               {(m.name, m.hw_class, m.text, m.start, m.end) for m in mentions} for p in firsts)


@pytest.mark.parametrize("text", [
    "x" * 1_000_000,
    "7" * 200_000,
    "-" * 1_000_000,
    "GPU " * 50_000,
    "NVIDIA RTX " * 50_000,
    "on the edge " * 50_000,
    "GPUs are widely used. " * 20_000,
], ids=["1MB-no-spaces", "200k-digits", "1MB-hyphens", "GPU-x50k", "NVIDIA-RTX-x50k", "on-the-edge-x50k",
        "background-x20k"])
def test_hostile_input_completes(text):
    for platform in platform_mentions(text):
        assert text[platform.start:platform.end] == platform.text


def test_background_cues_scan_a_sentence_in_place_as_cut_out():
    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook
    from claims.extraction.sentences import split_sentences

    vocabulary = rulebook.vocabulary()
    assert vocabulary.background_in_place
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("GPUs are widely used. Existing FPGAs cannot scale. We typically use (TPUs). Done")
    matched = 0
    for text in texts:
        for start, end in split_sentences(text):
            cut_out = hardware._background_rule(vocabulary, text[start:end], 0, end - start)
            assert hardware._background_rule(vocabulary, text, start, end) == cut_out, text[start:end]
            matched += cut_out is not None
    assert matched >= 3


@pytest.mark.parametrize("cue, reads_before", [
    (r"\b(?:typically|usually)\b", False),
    (r"(?<![\w-])GPUs", True),
    (r"(?<=on )GPUs", True),
    (r"^GPUs", True),
    (r"\AGPUs", True),
    (r"(?P<name>GPUs)", False),
])
def test_what_a_cue_reads_before_its_match(cue, reads_before):
    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook

    assert bool(rulebook._READS_BEFORE.search(cue)) is reads_before


def test_a_cue_that_reads_before_its_match_scans_the_sentence_cut_out():
    import dataclasses

    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook
    from claims.matching.scanner import Scanner
    from claims.matching import compile_rule

    vocabulary = dataclasses.replace(
        rulebook.vocabulary(), background=(rulebook.BackgroundRule("test.anchored", (0,), False),),
        background_cues=Scanner([compile_rule(r"^GPUs")]), background_in_place=False)
    text = "Yes. GPUs run."
    assert hardware._background_rule(vocabulary, text, 5, len(text)) == "test.anchored"
    in_place = dataclasses.replace(vocabulary, background_in_place=True)
    assert hardware._background_rule(in_place, text, 5, len(text)) is None


def test_a_template_is_filled_from_the_groups_of_its_rule():
    import dataclasses

    import regex

    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook

    rule = rulebook.PlatformRule("test.model", "gpu", "r0", "NVIDIA {model}{missing} {suffix}", True, False, ())
    pattern = regex.compile(r"(?P<r0>(?:Tesla\s+)?(?P<r0_model>V100)(?:-(?P<r0_suffix>SXM2))?)", regex.I)
    filled = rulebook._with_filling(rule, pattern)
    assert filled.filling == (("NVIDIA ", "r0_model"), ("", None), (" ", "r0_suffix"), ("", None))
    assert hardware._name(filled, pattern.match("Tesla  v100"), "Tesla  v100") == "NVIDIA v100"
    assert hardware._name(filled, pattern.match("V100-SXM2"), "V100-SXM2") == "NVIDIA V100 SXM2"
    surface_named = dataclasses.replace(rule, template=None)
    assert rulebook._with_filling(surface_named, pattern).filling == ()
    assert hardware._name(surface_named, pattern.match("Tesla \n V100"), "Tesla \n V100") == "Tesla V100"


def test_the_whole_text_rules_background_out_only_where_no_sentence_is_background():
    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook
    from claims.extraction.sentences import split_sentences

    vocabulary = rulebook.vocabulary()
    assert vocabulary.background_gated
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += ["Existing FPGAs are slow. It cannot scale.",
              "Existing FPGAs cannot scale.", "We typically use TPUs", "It runs on a V100 GPU."]
    verdicts = []
    for text in texts:
        possible = hardware._background_possible(vocabulary, text)
        fired = any(hardware._background_rule(vocabulary, text, start, end)
                    for start, end in split_sentences(text) or [(0, len(text))])
        assert possible or not fired, text[:80]
        verdicts.append((possible, fired))
    # An `all` rule whose cues lie in different sentences is possible in the whole text alone.
    assert verdicts[-4:] == [(True, False), (True, True), (True, True), (False, False)]


@pytest.mark.parametrize("cue, reads_around", [
    (r"\b(?:typically|usually)\b", False),
    (r"\bwidely(?=\s)", True),
    (r"\bwidely(?!\s)", True),
    (r"(?<=on )GPUs", True),
    (r"GPUs$", True),
    (r"GPUs\Z", True),
    (r"(?i:GPUs)", True),
])
def test_what_a_cue_reads_around_its_match(cue, reads_around):
    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook

    assert bool(rulebook._READS_AROUND.search(cue)) is reads_around


def test_background_is_always_possible_for_cues_that_read_around_their_match():
    import dataclasses

    import claims.extraction.platforms as hardware
    import claims.extraction.rulebook.hardware as rulebook

    vocabulary = dataclasses.replace(rulebook.vocabulary(), background_gated=False)
    assert hardware._background_possible(vocabulary, "It runs on a V100 GPU.")
    assert not hardware._background_possible(rulebook.vocabulary(), "It runs on a V100 GPU.")


# Round 11 (other.not_hardware_negated): hardware the method does without, said with "no",
# "-free" or "without" and an article, is no platform; the platform it runs on stays, and a
# negation that is not about the platform ("no loss of accuracy on GPUs") leaves the platform.
@pytest.mark.parametrize("text, expected", [
    ("The pipeline needs no GPU and runs on a laptop CPU in 3 minutes.", [("laptop CPU", "cpu")]),
    ("A GPU-free planner reaches 20 Hz on a Raspberry Pi 5.", [("Raspberry Pi 5", "edge")]),
    ("Even without access to GPUs, training takes 2 hours on a Xeon CPU.", [("Intel Xeon", "cpu")]),
    ("The kernel runs with no loss of accuracy on GPUs.", [("GPUs", "gpu")]),
    ("It adds no GPU memory overhead on the A100.", [("GPU memory", "gpu"), ("NVIDIA A100", "gpu")]),
])
def test_hardware_done_without_is_no_platform(text, expected):
    assert [(p.name, p.hw_class) for p in platform_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A phone's name that names a data set, and the same bare name elsewhere in the abstract.
    ("Experiments on the Kubric-4D, iPhone, and DL3DV datasets show gains. On iPhone, LPIPS is reduced by 18.56%.", []),
    ("Depth error falls by 14% on the ScanNet++ iPhone RGB-D subset, and PSNR on iPhone rises.", []),
    ("On the DyCheck and iPhone datasets the model is 2x faster than HyperNeRF.", []),
    # Near misses: a handset model with its number, a phone with no data set named by it, and a
    # lower-case device word, which carries nothing over ("a smartphone dataset" was taken by a phone).
    ("On the iPhone dataset PSNR rises by 1 dB, and the app runs at 30 FPS on an iPhone 14.",
     [("iPhone 14", "mobile")]),
    ("The app runs at 30 FPS on an iPhone and on Android phones.", [("iPhone", "mobile"), ("Android phones", "mobile")]),
    ("We release a smartphone dataset of receipts; inference on a smartphone takes 20 ms.", [("smartphone", "mobile")]),
])
def test_a_phone_that_names_a_dataset_is_no_platform(text, expected):
    assert [(p.name, p.hw_class) for p in find_platforms(text)] == expected


def test_a_claim_on_a_dataset_named_by_a_phone_takes_no_hardware():
    from claims import extract

    text = ("We evaluate on the ScanNet++ iPhone RGB-D subset. "
            "The decoder needs 47.45 ms per frame on the iPhone subset, 3x faster than NeRF.")
    assert [(c.text, c.value, c.metric, c.kind, c.direction, c.hardware) for c in extract(text)] == [
        ("47.45 ms per frame", 47.45, "latency", "absolute", None, None),
        ("3x", 3.0, "speedup", "ratio", "increase", None)]


@pytest.mark.parametrize("text, expected", [
    # An acronym the abstract defines as a method's initials names no platform, anywhere in it.
    ("We propose the Concept-based Unsupervised Domain Adaptation (CUDA) framework. CUDA aligns concepts "
     "and runs on GPUs.", [("GPUs", "gpu")]),
    ("Our shallow Channel-Independent Model (CIM-S) has 5.5K parameters.", []),
    ("A Global Prior Unifier (GPU) module fuses the views; the GPU adds 2% accuracy on an RTX 4090.",
     [("NVIDIA RTX 4090", "gpu")]),
    # Near misses: a hardware expansion, or an acronym with no definition, stays a platform.
    ("Kernels written in Compute Unified Device Architecture (CUDA) run 3x faster.", [("CUDA", "gpu")]),
    ("The Tensor Processing Unit (TPU) is 2x faster.", [("Tensor Processing Unit (TPU)", "npu")]),
    ("An Unmanned Aerial Vehicle (UAV) flies the route. The UAV lands 2x sooner.",
     [("Unmanned Aerial Vehicle (UAV)", "other"), ("UAV", "other")]),
    ("We implement it in CUDA on an A100.", [("CUDA", "gpu"), ("NVIDIA A100", "gpu")]),
])
def test_an_acronym_defined_as_a_methods_initials_is_no_platform(text, expected):
    assert [(p.name, p.hw_class) for p in find_platforms(text)] == expected
