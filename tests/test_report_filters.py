"""`claims report` with a filter that matches nothing: one line saying so and naming the
closest values, exit 1, never an empty table (claims/commands/_filters.py, claims/suggest.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.cli import main
from claims.suggest import closest, did_you_mean

FIXTURE = Path(__file__).resolve().parent / "data" / "reports"


@pytest.mark.parametrize("options, message", [
    (["--view", "leaderboard", "--metric", "accuracy", "--dataset", "ImageNett"],
     "--dataset ImageNett: no claim on this dataset in {F}; did you mean 'ImageNet' or "
     "'ImageNet-1k'?"),
    (["--view", "speedups", "--hardware", "jetsn"],
     "--hardware jetsn: no claim or platform matches it in {F}; did you mean 'NVIDIA Jetson Orin "
     "Nano', 'NVIDIA Jetson TX2' or 'Jetson Orin Nano'?"),
    (["--view", "hardware", "--hardware", "cpu"],
     "--hardware cpu: no claim or platform matches it in {F}; did you mean 'gpu'?"),
    (["--view", "paper", "--paper", "Quazar-ViT"],
     "--paper Quazar-ViT: no paper id, title or method matches it in {F}; did you mean "
     "'Quasar-ViT', 'Auto-ViT-Acc' or 'Quasar-ViT: Hardware-Oriented Quantization-Aware "
     "Architecture Search for Vision Transformers'?"),
    (["--view", "paper", "--paper", "Zorblax"],
     "--paper Zorblax: no paper id, title or method matches it in {F} (16 papers there)"),
    (["--view", "leaderboard", "--metric", "bleu"],
     "--metric bleu: no claim of this metric in {F}; metrics there: accuracy (10), other (7), "
     "speedup (4), throughput (4), latency (3), auc (2), energy (1), cost (1), and 1 more"),
    (["--view", "matrix", "--metric", "energy", "--dataset", "ImageNet"],
     "no claim matches --metric energy --dataset ImageNet together in {F}; metrics on ImageNet: "
     "accuracy (8), throughput (4), latency (2), other (2), compute (1), speedup (1)"),
    (["--view", "leaderboard", "--dataset", "StrategyQA"],
     "no claim matches --metric speedup (the default) --dataset StrategyQA together in {F}; "
     "metrics on StrategyQA: accuracy (1)"),
])
def test_a_filter_matching_nothing_names_the_closest_values(capsys, options, message):
    assert main(["report", str(FIXTURE), *options]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"claims: {message.format(F=FIXTURE)}\n")


@pytest.mark.parametrize("options", [
    ["--view", "speedups", "--hardware", "zcu"],             # part of a platform's name
    ["--view", "hardware", "--hardware", "fpga"],            # a class
    ["--view", "paper", "--paper", "ns01"],                  # a paper without claims
    ["--view", "paper", "--paper", "LitePath"],              # a method
    ["--view", "leaderboard", "--metric", "accuracy", "--dataset", "imagenet-1k"],
])
def test_a_filter_that_matches_still_reports(capsys, options):
    assert main(["report", str(FIXTURE), *options]) == 0
    assert capsys.readouterr().out


def test_closest_ignores_case_and_punctuation_and_reads_words():
    assert closest("cifar10", ["CIFAR-10", "CIFAR-100", "MNIST"]) == ["CIFAR-10", "CIFAR-100"]
    assert closest("tx2", ["Jetson TX2", "RTX 3090"]) == ["Jetson TX2"]
    assert closest("zzz", ["ImageNet"]) == [] and did_you_mean("a", []) == ""
