"""Names coined as a benchmark's ("SalBench", "MMLongBench-Doc", "JudgeBench-GPT"): the data a
figure is measured on wherever they stand (datasets.yaml dataset.frame.bench_named), and the
paper's own benchmark where the paper introduces one (dataset.frame.introduced_benchmark)."""
from __future__ import annotations

import pytest

from exact_claims import claim_mismatches


@pytest.mark.parametrize("text, expected", [
    # A verb no frame reads before the name: "drops X from a to b".
    ("Masking the selected heads drops DocLongBench-Pro from 48.2% to 5.7% accuracy.",
     [{"text": "from 48.2% to 5.7%", "value": 5.7, "metric": "accuracy", "direction": None,
       "baseline_value": 48.2, "dataset": "DocLongBench-Pro"}]),
    # A size token after the name: the name alone is read.
    ("The agent reaches 73.4% accuracy on HiRes-Bench 4K.",
     [{"text": "73.4%", "value": 73.4, "metric": "accuracy", "kind": "absolute", "dataset": "HiRes-Bench"}]),
    # A model family in the name: the benchmark is named after the models it tests.
    ("On RankBench-GPT (350 hard pairs), the judge's accuracy climbs from 64.6% to 78.6%.",
     [{"text": "from 64.6% to 78.6%", "value": 78.6, "metric": "accuracy", "direction": None,
       "baseline_value": 64.6, "dataset": "RankBench-GPT"}]),
    # Named in the set-up sentence before the figure ("using X").
    ("We evaluate twelve detectors using OddOneBench. Even the best model reaches only 47.6% accuracy.",
     [{"text": "47.6%", "value": 47.6, "metric": "accuracy", "kind": "absolute", "dataset": "OddOneBench"}]),
    # A numbered successor glued to the name.
    ("The strongest agent solves 31% of the tasks on TaskBench3.",
     [{"text": "31%", "value": 31, "kind": "absolute", "dataset": "TaskBench3"}]),
    # Near misses: a plain "Bench", a tool named by its verb, a lower-case head stay no data.
    ("The Bench press load rose by 12% after 8 weeks.",
     [{"text": "12%", "value": 12, "kind": "change", "direction": "increase", "dataset": None}]),
    ("Our search finds 26.7% more errors than AutoBencher.",
     [{"text": "26.7%", "value": 26.7, "kind": "change", "dataset": None}]),
    ("It scores 64% on design-bench tasks.",
     [{"text": "64%", "value": 64, "kind": "absolute", "dataset": None}]),
])
def test_a_name_coined_as_a_benchmarks_is_the_data(text, expected):
    assert not claim_mismatches(text, expected)


@pytest.mark.parametrize("text, expected", [
    # The paper's benchmark, whatever its apposition calls it: its figures are measured there.
    ("We introduce PlotRef-bench, a rigorous evaluation framework of 990 samples. Even the best model "
     "achieves only 66.6% in synthetic samples.",
     [{"text": "66.6%", "value": 66.6, "kind": "absolute", "dataset": "PlotRef-bench"}]),
    ("This work presents RouteXBench (RXB), a principled evaluation protocol. Our router achieves "
     "16.7% relative improvements over the best baselines.",
     [{"text": "16.7%", "value": 16.7, "kind": "change", "direction": "increase", "dataset": "RouteXBench"}]),
    # The name the paper introduces recurs with its version: the first version is another benchmark.
    ("This paper introduces JudgeBench 2, a new benchmark. Models score 20 points lower on JudgeBench 2 "
     "than on the first JudgeBench.",
     [{"text": "20", "value": 20, "dataset": "JudgeBench 2"}]),
    # A name coined as a benchmark's that the paper introduces as an experiment is no benchmark of it.
    ("We introduce AblateBench, an 840-run empirical framework executing an ablation on one model. "
     "Our findings reveal an inversion. The baseline achieved 100% robustness.",
     [{"text": "100%", "value": 100, "kind": "absolute", "dataset": None}]),
    # An efficiency figure borrows no benchmark.
    ("We introduce PlotRef-bench, a suite of 990 samples. Our judge is 2.1x faster than GPT-4o.",
     [{"text": "2.1x", "value": 2.1, "metric": "speedup", "dataset": None}]),
])
def test_a_benchmark_the_paper_introduces_holds_its_figures(text, expected):
    assert not claim_mismatches(text, expected)


@pytest.mark.parametrize("text, expected", [
    # The kind first, then the name between commas (dataset.frame.introduced_benchmark).
    ("To fill this gap, we build a novel benchmark, GSM-Quest, where an agent must collect the premises. "
     "We observe that even GPT-5 only achieves 67% accuracy.",
     [{"text": "67%", "value": 67, "metric": "accuracy", "kind": "absolute", "dataset": "GSM-Quest"}]),
    ("We introduce a new benchmark, TabDrift-9, of shifted tables. The best model reaches only 41.5% F1.",
     [{"text": "41.5%", "value": 41.5, "metric": "f1", "kind": "absolute", "dataset": "TabDrift-9"}]),
    # Near miss: no name between the commas, the paper's figure keeps no invented data.
    ("We build a new benchmark, and our detector reaches 71% accuracy.",
     [{"text": "71%", "value": 71, "metric": "accuracy", "kind": "absolute", "dataset": None}]),
])
def test_a_benchmark_named_after_its_kind_holds_its_figures(text, expected):
    assert not claim_mismatches(text, expected)
