"""Round 17 phrasing grid of the context fields (baseline, dataset, hardware, method): simple,
well-understood claims ("3.1x speedup", "92.5% top-1 accuracy", "35% lower latency") inside the
context phrasings abstracts use, each rendered with the exact fields the spec (v1.3, sections 2,
8 and 9) and the gold conventions give it.

Conventions asserted (and why):
- baseline: named as the abstract names it, without a leading article (the tuned/tuned8 gold:
  "CPU baseline", "state-of-the-art", "NVIDIA A100 GPU"); a list of baselines stays one string
  ("llama.cpp, executorch, mllm, and MediaPipe" in tuned8). Absolute claims take no baseline
  unless paired with a baseline figure (held11), so absolute frames assert baseline None.
- dataset: the benchmark's name; two benchmarks of one number are joined by "; " (spec 8).
- hardware: the commercial platform of the claim's own sentence, without the article (spec 8, 9).
- method: the paper's name, from "We propose Kin." or from the title "Kin: ..."; "our method"
  resolves to it (spec 2); with no name anywhere it is None (spec 7).
Left out (open in the spec or the gold): a platform that is itself the baseline ("faster than an
A100 GPU": its claim hardware); a named product after "than/over <named baseline> on" ("3.1x
faster than FlashAttention-2 on an NVIDIA A100 GPU"), which the seed gold reads as the baseline's
own set-up ("171x lower than Virchow2 on an RTX3090 GPU", baseline "Virchow2 on an RTX3090 GPU",
hardware the device of the sentence before) and the pool never writes (0 abstracts); "across GLUE tasks" style datasets (whether "tasks" is part of the
name), absolute claims beside a bare "outperforming X" (held11 keeps those null but tuned8 is mixed).

Pool counts that justify the frames (grep -c -E on /work/probe16/mine16.jsonl, abstracts):
"x faster than" 10, "x speedup over" 4, "over [A-Z]..." 81, "compared to the state-of-the-art" 8,
"over the state-of-the-art" 8, "relative to" 103, "compared with" 88, "on ImageNet" 22,
"on edge devices" 21, "on an NVIDIA" 4, "on the X and Y benchmarks" 9, "We propose Name," 112,
"Our method" 264, "Our proposed" 44, "The proposed framework" 36, "Experiments show that" 103.
"""
from __future__ import annotations

from typing import Iterator

TITLE = "Kin: Fast and Accurate Inference for Vision Transformers"
PLAIN_TITLE = "Fast and Accurate Inference for Vision Transformers"

# Subjects: (name, sentence prefix, title, method expected)
SUBJECTS = {
    "propose_name": ("We propose Kin. Kin", None, "Kin"),
    "title_name": ("Kin", TITLE, "Kin"),
    "our_method_titled": ("Our method", TITLE, "Kin"),
    "our_proposed_titled": ("Our proposed approach", TITLE, "Kin"),
    "proposed_framework_titled": ("The proposed framework", TITLE, "Kin"),
    "experiments_show_titled": ("Experiments show that Kin", TITLE, "Kin"),
    "presents_which": ("This paper presents Kin, which", None, "Kin"),
    "our_method_untitled": ("Our method", PLAIN_TITLE, None),
}

# Factors: (text as written, value)
FACTORS = [("3.1x", 3.1), ("3.1×", 3.1), ("3.1$\\times$", 3.1), ("12x", 12.0), ("2.45x", 2.45)]
PERCENTS = [("35%", 35.0), ("35\\%", 35.0), ("12.5%", 12.5)]
ACCURACIES = [("92.5%", 92.5), ("92.5\\%", 92.5), ("78.13%", 78.13)]

BASELINES = {
    # written after the comparison word: (as written, as expected)
    "FlashAttention-2": ("FlashAttention-2", "FlashAttention-2"),
    "ResNet-50": ("ResNet-50", "ResNet-50"),
    "PyTorch": ("PyTorch", "PyTorch"),
    "cuBLAS": ("cuBLAS", "cuBLAS"),
    "the_sota": ("the state-of-the-art", "state-of-the-art"),
    "sota_methods": ("state-of-the-art methods", "state-of-the-art methods"),
    "cpu_baseline": ("a CPU baseline", "CPU baseline"),
    "two_names": ("FlashAttention-2 and xFormers", "FlashAttention-2 and xFormers"),
    "existing_methods": ("existing methods", "existing methods"),
    "prior_work": ("prior work", "prior work"),
}

DATASETS = {
    "ImageNet": ("on ImageNet", "ImageNet"),
    "CIFAR-10": ("on CIFAR-10", "CIFAR-10"),
    "GSM8K": ("on GSM8K", "GSM8K"),
    "COCO_LVIS": ("on the COCO and LVIS benchmarks", "COCO; LVIS"),
    "the_benchmark": ("on the MMLU benchmark", "MMLU"),
}

HARDWARE = {
    "A100": ("on an NVIDIA A100 GPU", "NVIDIA A100 GPU"),
    "ZCU102": ("on a Xilinx ZCU102 FPGA", "Xilinx ZCU102 FPGA"),
    "RPi4": ("on a Raspberry Pi 4", "Raspberry Pi 4"),
    "RTX4090": ("on a single RTX 4090", "RTX 4090"),
    "Jetson": ("on an NVIDIA Jetson Orin Nano", "NVIDIA Jetson Orin Nano"),
    "edge_devices": ("on edge devices", "edge devices"),
    "FPGAs": ("on FPGAs", "FPGAs"),
    "single_GPU": ("on a single GPU", "single GPU"),
}
# Class words only: after "than/over <named baseline> on" they are where both ran (spec 8; the
# named products there are left out, see the module's docstring).
HARDWARE_CLASSES = ("edge_devices", "FPGAs", "single_GPU")

# Frames of a relative claim against a baseline: (name, template, metric, kind, direction, unit, number list)
# {s} subject, {n} number, {b} baseline.
RELATIVE_FRAMES = [
    ("speedup_over", "{s} achieves a {n} speedup over {b}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("faster_than", "{s} is {n} faster than {b}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("runs_faster_than", "{s} runs {n} faster than {b}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("speedup_compared_to", "{s} delivers a {n} speedup compared to {b}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("speedup_relative_to", "{s} yields a {n} speedup relative to {b}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("higher_throughput_than", "{s} achieves {n} higher throughput than {b}.", "throughput", "ratio", "increase", "x", FACTORS),
    ("lower_latency_than", "{s} achieves {n} lower latency than {b}.", "latency", "change", "decrease", "%", PERCENTS),
    ("reduces_latency_compared", "{s} reduces latency by {n} compared to {b}.", "latency", "change", "decrease", "%", PERCENTS),
    ("reduces_latency_compared_with", "{s} reduces latency by {n} compared with {b}.", "latency", "change", "decrease", "%", PERCENTS),
    ("reduces_energy_over", "{s} reduces energy consumption by {n} over {b}.", "energy", "change", "decrease", "%", PERCENTS),
    ("outperforms_by_accuracy", "{s} outperforms {b} by {n} in accuracy.", "accuracy", "change", "increase", "%", PERCENTS),
    ("improves_accuracy_over", "{s} improves accuracy by {n} over {b}.", "accuracy", "change", "increase", "%", PERCENTS),
    ("fewer_parameters_than", "{s} uses {n} fewer parameters than {b}.", "model_size", "ratio", "decrease", "x", FACTORS),
    ("higher_energy_efficiency", "{s} achieves {n} higher energy efficiency than {b}.", "energy_efficiency", "ratio", "increase", "x", FACTORS),
]

# Frames with a context phrase after the claim: {s} subject, {n} number, {c} context phrase.
DATASET_FRAMES = [
    ("achieves_top1_on", "{s} achieves {n} top-1 accuracy {c}.", "accuracy", "absolute", None, "%", ACCURACIES),
    ("reaches_accuracy_on", "{s} reaches an accuracy of {n} {c}.", "accuracy", "absolute", None, "%", ACCURACIES),
    ("attains_accuracy_on", "{s} attains {n} accuracy {c}.", "accuracy", "absolute", None, "%", ACCURACIES),
    ("improves_accuracy_by_on", "{s} improves accuracy by {n} {c}.", "accuracy", "change", "increase", "%", PERCENTS),
    ("f1_score_of_on", "{s} achieves an F1 score of {n} {c}.", "f1", "absolute", None, None, [("0.912", 0.912), ("87.4", 87.4)]),
]

HARDWARE_FRAMES = [
    ("speedup_on", "{s} achieves a {n} speedup {c}.", "speedup", "ratio", "increase", "x", FACTORS),
    ("reduces_latency_on", "{s} reduces latency by {n} {c}.", "latency", "change", "decrease", "%", PERCENTS),
    ("runs_at_fps_on", "{s} runs at {n} {c}.", "throughput", "absolute", None, "FPS", [("56.8 FPS", 56.8), ("120 FPS", 120.0)]),
    ("latency_ms_on", "{s} achieves a latency of {n} {c}.", "latency", "absolute", None, "ms", [("4.2 ms", 4.2), ("18 ms", 18.0)]),
]

# Both: a baseline and a platform, or a baseline and a dataset, in the one sentence.
COMBINED_FRAMES = [
    ("speedup_over_on_hw", "{s} achieves a {n} speedup over {b} {c}.", "speedup", "ratio", "increase", "x", FACTORS, "hardware"),
    ("faster_than_on_hw", "{s} is {n} faster than {b} {c}.", "speedup", "ratio", "increase", "x", FACTORS, "hardware"),
    ("on_hw_speedup_over", "{C}, {s2} achieves a {n} speedup over {b}.", "speedup", "ratio", "increase", "x", FACTORS, "hardware"),
    ("outperforms_by_on_data", "{s} outperforms {b} by {n} in accuracy {c}.", "accuracy", "change", "increase", "%", PERCENTS, "dataset"),
    ("on_data_outperforms_by", "{C}, {s2} outperforms {b} by {n} in accuracy.", "accuracy", "change", "increase", "%", PERCENTS, "dataset"),
    ("higher_accuracy_than_on_data", "{s} achieves {n} higher accuracy than {b} {c}.", "accuracy", "change", "increase", "%", PERCENTS, "dataset"),
    ("outperforms_by_on_data_short", "{s} outperforms {b} by {n} {c}.", "other", "change", "increase", "%", PERCENTS, "dataset"),
]


def _claim(text, value, metric, kind, direction, unit, baseline=None, dataset=None, hardware=None, method=None):
    return dict(text=text, value=value, metric=metric, kind=kind, direction=direction, unit=unit,
                baseline=baseline, dataset=dataset, hardware=hardware, method=method)


def _sentence(prefix: str, template: str, **fields) -> str:
    return template.format(s=prefix, **fields)


def cases() -> Iterator[tuple[str, str | None, list[dict], dict]]:
    """(sentence, title, expected claims, tags) for every rendered combination; tags name the
    frame and fillers (for tallies)."""
    for frame, template, metric, kind, direction, unit, numbers in RELATIVE_FRAMES:
        for subject, (prefix, title, method) in SUBJECTS.items():
            for number, value in numbers:
                for base, (written, expected) in BASELINES.items():
                    text = _sentence(prefix, template, n=number, b=written)
                    yield text, title, [_claim(number, value, metric, kind, direction, unit, baseline=expected,
                                               method=method)], \
                        dict(frame=frame, subject=subject, number=number, baseline=base)
    for frames, table, field in ((DATASET_FRAMES, DATASETS, "dataset"), (HARDWARE_FRAMES, HARDWARE, "hardware")):
        for frame, template, metric, kind, direction, unit, numbers in frames:
            for subject, (prefix, title, method) in SUBJECTS.items():
                for number, value in numbers:
                    for name, (written, expected) in table.items():
                        text = _sentence(prefix, template, n=number, c=written)
                        yield text, title, [_claim(number, value, metric, kind, direction, unit, method=method,
                                                   **{field: expected})], \
                            dict(frame=frame, subject=subject, number=number, **{field: name})
    for frame, template, metric, kind, direction, unit, numbers, field in COMBINED_FRAMES:
        table = HARDWARE if field == "hardware" else DATASETS
        for subject, (prefix, title, method) in SUBJECTS.items():
            if "{C}" in template and not prefix.startswith(("Kin", "Our", "The")):
                continue    # a subject that opens its own sentence cannot follow a fronted phrase
            for number, value in numbers:
                for base in ("FlashAttention-2", "the_sota", "two_names", "existing_methods"):
                    written_b, expected_b = BASELINES[base]
                    for name, (written, expected) in table.items():
                        if field == "hardware" and "{C}" not in template and name not in HARDWARE_CLASSES:
                            continue    # a named product after the baseline: open (module docstring)
                        if "{C}" in template:
                            second = prefix if prefix.startswith("Kin") else prefix[0].lower() + prefix[1:]
                            text = template.format(C=written[0].upper() + written[1:], s2=second, n=number,
                                                   b=written_b)
                        else:
                            text = _sentence(prefix, template, n=number, b=written_b, c=written)
                        yield text, title, [_claim(number, value, metric, kind, direction, unit, baseline=expected_b,
                                                   method=method, **{field: expected})], \
                            dict(frame=frame, subject=subject, number=number, baseline=base, **{field: name})


# Frames of two numbers, each with its own context (spec 2: "A list read with "respectively" is one
# claim per number, each with its own dataset, baseline or setting"). Pool: "by N% and M% ...
# respectively" 15 abstracts, "N% on X and M% on Y" 6, "Compared to/with X," 13, "On X, " 58.
PAIR_SUBJECTS = ("propose_name", "title_name", "our_method_titled", "our_method_untitled")
PAIR_FRAMES = [
    ("respectively_datasets", "{s} achieves {a} and {b} top-1 accuracy on ImageNet and CIFAR-100, respectively.",
     "accuracy", "absolute", None, [dict(dataset="ImageNet"), dict(dataset="CIFAR-100")]),
    ("respectively_baselines", "{s} outperforms FlashAttention-2 and xFormers by {a} and {b} in accuracy, respectively.",
     "accuracy", "change", "increase", [dict(baseline="FlashAttention-2"), dict(baseline="xFormers")]),
    ("per_number_datasets", "{s} improves accuracy by {a} on ImageNet and {b} on CIFAR-100.",
     "accuracy", "change", "increase", [dict(dataset="ImageNet"), dict(dataset="CIFAR-100")]),
    # pool: "a 17% improvement over base models and a 15% gain over SFT models" (p-2504.13958)
    ("two_claims_two_baselines", "{s} achieves a {a} speedup over FlashAttention-2 and a {b} speedup over xFormers.",
     "speedup", "ratio", "increase", [dict(baseline="FlashAttention-2"), dict(baseline="xFormers")]),
    ("two_gains_two_baselines", "{s} yields a {a} improvement in accuracy over ResNet-50 and a {b} gain over ViT-B.",
     "accuracy", "change", "increase", [dict(baseline="ResNet-50"), dict(baseline="ViT-B")]),
]
PAIR_NUMBERS = [(("3.2%", 3.2), ("4.1%", 4.1)), (("12.5\\%", 12.5), ("8\\%", 8.0))]
PAIR_FACTORS = [(("3.1x", 3.1), ("2.4x", 2.4)), (("3.1×", 3.1), ("1.8×", 1.8))]

FRONTED_FRAMES = [
    ("compared_to_fronted", "Compared to {b}, {s2} achieves a {n} speedup.", "speedup", "ratio", "increase", "x",
     FACTORS, "baseline", BASELINES, ("FlashAttention-2", "ResNet-50", "PyTorch", "cuBLAS", "two_names")),
    ("compared_with_fronted", "Compared with {b}, {s2} reduces latency by {n}.", "latency", "change", "decrease", "%",
     PERCENTS, "baseline", BASELINES, ("FlashAttention-2", "ResNet-50", "PyTorch", "cuBLAS", "two_names")),
    ("on_dataset_fronted", "{B}, {s2} achieves {n} top-1 accuracy.", "accuracy", "absolute", None, "%",
     ACCURACIES, "dataset", DATASETS, ("ImageNet", "CIFAR-10", "GSM8K", "COCO_LVIS")),
]
FRONTED_SUBJECTS = ("title_name", "our_method_titled", "our_proposed_titled", "proposed_framework_titled",
                    "our_method_untitled")


def pair_cases() -> Iterator[tuple[str, str | None, list[dict], dict]]:
    for frame, template, metric, kind, direction, contexts in PAIR_FRAMES:
        for subject in PAIR_SUBJECTS:
            prefix, title, method = SUBJECTS[subject]
            unit = "x" if kind == "ratio" else "%"
            for (first, first_value), (second, second_value) in (PAIR_FACTORS if unit == "x" else PAIR_NUMBERS):
                text = template.format(s=prefix, a=first, b=second)
                expected = [_claim(number, value, metric, kind, direction, unit, method=method, **context)
                            for (number, value), context in zip(((first, first_value), (second, second_value)), contexts)]
                yield text, title, expected, dict(frame=frame, subject=subject, number=first)


def fronted_cases() -> Iterator[tuple[str, str | None, list[dict], dict]]:
    for frame, template, metric, kind, direction, unit, numbers, field, table, names in FRONTED_FRAMES:
        for subject in FRONTED_SUBJECTS:
            prefix, title, method = SUBJECTS[subject]
            second = prefix if prefix.startswith("Kin") else prefix[0].lower() + prefix[1:]
            for number, value in numbers:
                for name in names:
                    written, expected = table[name]
                    front = written[0].upper() + written[1:]
                    text = template.format(b=written, B=front, s2=second, n=number)
                    yield text, title, [_claim(number, value, metric, kind, direction, unit, method=method,
                                               **{field: expected})], dict(frame=frame, subject=subject, number=number,
                                                                           **{field: name})


def all_cases() -> Iterator[tuple[str, str | None, list[dict], dict]]:
    yield from cases()
    yield from pair_cases()
    yield from fronted_cases()
