"""find_datasets: spans, canonical names, context words, frames and hostile text.

The pattern file's examples are replayed by test_pattern_examples.py; these tests hold the
invariants that every example relies on.
"""
from __future__ import annotations

import pytest
import regex

from claims.extraction import datasets
from claims.extraction.rulebook.names import dataset_rules
from claims.extraction.datasets import find_datasets
from claims.extraction.names import Name as Mention
from claims.resources import seeds_dir


def test_exact_mentions_with_spans():
    text = "Top-1 on ILSVRC-2012 rises to 80.1%, and mIoU on the Foo-3D dataset to 51.0%."
    assert find_datasets(text) == [
        Mention("ImageNet", 9, 20, "ILSVRC-2012", "dataset.imagenet"),
        Mention("Foo-3D", 53, 59, "Foo-3D", "dataset.frame.named_dataset"),
    ]


def test_longer_spelling_wins():
    names = [m.name for m in find_datasets("CIFAR-100, SWE-bench Verified and SWE-bench Lite")]
    assert names == ["CIFAR-100", "SWE-bench Verified", "SWE-bench Lite"]


@pytest.mark.parametrize("text, expected", [
    ("Gains on MATH are 3 points.", ["MATH"]),
    ("GSM8K and MATH improve.", ["GSM8K", "MATH"]),
    ("MATH benchmark accuracy is 55%.", ["MATH"]),
    ("We teach MATH to pupils.", []),
    ("math word problems", []),
])
def test_math_only_as_the_benchmark(text, expected):
    assert [m.name for m in find_datasets(text)] == expected


@pytest.mark.parametrize("text", [
    "It runs on NVIDIA Jetson and Raspberry Pi boards.",
    "We fine-tune on LLaMA-7B and Mistral-7B.",
    "The ResNet-50 benchmark suite is run on FPGA.",
    "Our new benchmark and datasets are released.",
])
def test_hardware_models_and_descriptions_are_no_datasets(text):
    assert find_datasets(text) == []


# `_list_neighbours`: one-token items that look like names, listed beside a dataset found.
@pytest.mark.parametrize("text, expected", [
    ("Experiments on multiple benchmarks (e.g., Stanford2D3D, Matterport3D, and Deep360) show gains.",
     [("Stanford2D3D", "dataset.list_neighbour"), ("Matterport3D", "dataset.scene_document_agent"),
      ("Deep360", "dataset.list_neighbour")]),
    ("Gains hold on three QA sets (i.e., TriviaQA, NQ-Open, and MuSiQue).",
     [("TriviaQA", "dataset.reasoning_qa"), ("NQ-Open", "dataset.list_neighbour"), ("MuSiQue", "dataset.reasoning_qa")]),
    # The end of a longer name, a name the sentence goes on from, words that are no names, and
    # excluded tokens (models, metrics) are no items.
    ("On MVTec AD, VisA and BTAD we report 98% AUROC.",
     [("MVTec AD", "dataset.vision_benchmarks"), ("VisA", "dataset.reconstruction_anomaly"),
      ("BTAD", "dataset.reconstruction_anomaly")]),
    ("On CIFAR-10, FooNet-3 reaches 91%.", [("CIFAR-10", "dataset.cifar")]),
    ("PSNR, SSIM and LPIPS on Set5 and Urban100 improve; Llama-3-8B, and GSM8K too.",
     [("Set5", "dataset.frame.on_list"), ("Urban100", "dataset.frame.on_list"), ("GSM8K", "dataset.reasoning_qa")]),
])
def test_a_name_listed_beside_a_dataset_is_one(text, expected):
    assert [(m.text, m.rule_id) for m in find_datasets(text)] == expected


# `_list_neighbours` across brackets: in a list whose items each carry a bracket ("on NVOS (92.7% mIoU) and
# Spin-NeRF (95.2% mIoU) benchmarks"), the item before or after a found name's bracket is a name too,
# where its own bracket holds a figure or closes the list; an item without a bracket, or a plain word, is none.
@pytest.mark.parametrize("text, expected", [
    ("It leads on SegSet-3 (92.7% mIoU) and Spin-Field (95.2% mIoU) benchmarks.", ["SegSet-3", "Spin-Field"]),
    ("It is state of the art on FooNav-CE (64.2% SR) and BarNav-CE (67.0% SR) while using 282 GPU hours.",
     ["FooNav-CE", "BarNav-CE"]),
    ("Gains hold on ShelfQA (61.0%), TabQA-3 (55.2%) and GSM8K (91.5%).", ["ShelfQA", "TabQA-3", "GSM8K"]),
    ("Experiments on three benchmarks, HelpSet-2 (helpfulness), BeaverTails (harmlessness), and TruthfulQA (honesty), show gains.",
     ["HelpSet-2", "BeaverTails", "TruthfulQA"]),
    # near misses: no bracket after the item; a plain word; a model
    ("It leads on SegSet-3 (92.7% mIoU) and Spin-Field as well.", ["SegSet-3"]),
    ("It leads on SegSet-3 (92.7% mIoU) and Overall (95.2% mIoU).", ["SegSet-3"]),
    ("Scores on GSM8K (91.5%) and Llama-3-8B (80.2%) rise.", ["GSM8K"]),
])
def test_an_item_with_its_own_bracket_beside_a_dataset_is_one(text, expected):
    assert [m.name for m in find_datasets(text)] == expected


# A name the paper gives its own system is no dataset, though the vocabulary spells a benchmark so;
# a name the paper introduces as data (or as a framework and dataset) stays one.
@pytest.mark.parametrize("text, expected", [
    ("We propose BRACS (Barrier-Regulated Adaptive Closed-form Steering), a training-free steering framework. "
     "BRACS cuts CHAIR by 9.4 points and raises POPE F1 by 2.7 on POPE and BRACS.", ["POPE", "POPE"]),
    ("To this end, we propose MetaWorld, a novel framework that scales world models; MetaWorld is 2x faster.", []),
    ("We present \\textbf{GenEval}: an approach that unites two models. GenEval gains 9.4% on GenEval.", []),
    # The system's name and other data stay apart: CIFAR-10 is still data.
    ("We introduce Meta-World, a planning agent, and evaluate it on CIFAR-10.", ["CIFAR-10"]),
    # Near misses: the apposition calls the name data, or data is the head after the system word.
    ("We introduce MMLU-Pro, an enhanced benchmark framework. Accuracy on MMLU-Pro drops by 16%.", ["MMLU", "MMLU"]),
    ("We introduce KoBrowse-2, a web-browsing agent benchmark. Models reach 30% on KoBrowse-2.", ["KoBrowse-2", "KoBrowse-2"]),
    ("Here we present EvidenceGraph-7, a framework and dataset for literature graphs.", ["EvidenceGraph-7"]),
    ("We propose FastSeg, a segmenter, and test it on the BRACS dataset.", ["BRACS"]),
])
def test_the_papers_own_system_is_no_dataset(text, expected):
    assert [m.name for m in find_datasets(text)] == expected


# A word that a count and a plural kind word stand around names the kind of data, not a dataset ("across
# three public MMKG datasets", "on two standard VLN benchmarks, R2R and RxR"); a name that a list or a
# decimal stands before, and a name of the vocabulary, stay (round 28; pool26 25 of 31 changed claims right).
@pytest.mark.parametrize("text, expected", [
    ("Across three public MMKG datasets and multiple baselines, we observe gains of up to 7% Hits@1.", []),
    ("We evaluate the planner on two standard VLN benchmarks, R2R and RxR.", ["R2R", "RxR"]),
    ("Experiments on 3 public WSI classification datasets show a 3.1% higher AUC.", []),
    ("It reaches 71% on eight public HAR datasets and 64% on several low-resource Quechua corpora.", []),
    ("It improves accuracy by 17.5% on WikiText-103 and Web datasets.", ["WikiText-103", "Web"]),
    ("Dice falls from 0.928 on controlled IR datasets to 0.767 on AmbientEye.", ["IR", "AmbientEye"]),
    ("Our model leads on two CIFAR-10 benchmarks.", ["CIFAR-10"]),
])
def test_a_counted_kind_of_data_is_no_dataset(text, expected):
    assert [m.name for m in find_datasets(text)] == expected


def test_no_duplicate_spans_and_ordered():
    text = "Experiments on StrategyQA, MATH, and FinQA benchmarks (87.6% on StrategyQA)."
    found = find_datasets(text)
    assert [m.name for m in found] == ["StrategyQA", "MATH", "FinQA", "StrategyQA"]
    assert len({(m.start, m.end) for m in found}) == len(found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize("hostile", [
    "A" * 200_000,
    "Aa1 " * 50_000,
    "on " + "X1, " * 40_000 + "and Y2",
    "CIFAR-" + "1" * 100_000,
    "(" * 50_000 + "ImageNet" + ")" * 50_000,
])
def test_hostile_text_finishes(hostile):
    found = find_datasets(hostile)
    assert all(hostile[m.start:m.end] == m.text for m in found)


def test_offsets_hold_on_every_seed_line():
    for page in sorted(seeds_dir().glob("*.txt")):
        for line in page.read_text(encoding="utf-8").splitlines():
            for mention in find_datasets(line):
                assert line[mention.start:mention.end] == mention.text, (page.name, mention)


TOKEN_TEXTS = [
    "Results on the Foo.Bar and Baz-2 datasets and on the KiTS 2019 challenge, the X1 Y2 Z3 benchmark suite.",
    "on A-b, C.d. and E^2+ benchmarks; on " + "Q" * 45 + " and R1 datasets; the Foo Benchmark Suite is new",
    "datasets such as A1, B-2, and C.3 data sets: D4 and E5x. on MNIST-1.2.3 and 12345 datasets",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))])
def test_possessive_token_matches_what_the_backtracking_one_matches(text):
    # A name token never gives characters back (`{0,40}+`): after it comes a space, a comma or the
    # end of the pattern, and a shorter token would leave a token character next. The frames must
    # match exactly as with the token written to backtrack.
    # Frames that read a name of their own shape (dataset.frame.plain_modified: plain capitalised
    # words, every repeat bounded) do not use the token.
    rules = dataset_rules().frames
    frames = [frame.pattern for frame in rules if frame.rule_id != "dataset.frame.plain_modified"]
    possessive = "{0,40}+)"
    assert all(possessive in p.pattern for p in frames) and len(frames) == len(rules) - 1
    for pattern in frames:
        backtracking = regex.compile(pattern.pattern.replace(possessive, "{0,40})"), pattern.flags)
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in backtracking.finditer(text)]
