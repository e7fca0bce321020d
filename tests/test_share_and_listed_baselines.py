"""Baselines of shares, of "A by x, B by y" lists and of "matching X (its figure)" (CLAIMS_SPEC.md
section 2, `baseline`), shown on whole claims: patterns/context/baselines.yaml baseline.share_of and
claims/extraction/self_share.py (shares), claims/extraction/listed_by.py (lists), baseline.matching.
Sentences written for the rules, in other domains than the abstracts that showed them (round 26)."""
from __future__ import annotations

import pytest

from exact_claims import claim_mismatches


def _claim(text, value, metric, kind, direction=None, baseline=None, **fields) -> dict:
    return {"text": text, "value": value, "metric": metric, "kind": kind, "direction": direction,
            "baseline": baseline, **fields}


# A share of a named system's figure names it: a range or a pair of shares, "keeps", a speed or an
# efficiency, digits among the metric's modifiers; "original" also after achieve/reach, without its
# article or before more modifiers. "model performance" and shares of tasks name no system.
@pytest.mark.parametrize("text, expected", [
    ("The pruned speech tagger keeps 93-97% of the teacher's accuracy on every corpus.",
     [_claim("93-97%", 97.0, "accuracy", "ratio", "decrease", "teacher", value_low=93.0)]),
    ("The quantized model keeps 96% of Qwen2.5-7B's unquantized 4-shot GSM8K accuracy.",
     [_claim("96%", 96.0, "accuracy", "ratio", "decrease", "Qwen2.5-7B")]),
    ("Our fused kernel retains 88% of FlashAttention-3's efficiency at a 32K context.",
     [_claim("88%", 88.0, "other", "ratio", "decrease", "FlashAttention-3")]),
    ("The distilled policies maintain 91.5% and 95.2% of the original model performance on both suites.",
     [_claim("91.5%", 91.5, "other", "ratio", "decrease", "original model"),
      _claim("95.2%", 95.2, "other", "ratio", "decrease", "original model")]),
    # the model before the method stays the baseline of its own share only
    ("The compressed detector achieves 98.2% of the original detection accuracy while cutting FLOPs by 2.5x.",
     [_claim("98.2%", 98.2, "accuracy", "ratio", "decrease", "original"),
      _claim("2.5x", 2.5, "compute", "ratio", "decrease", None)]),
    ("Our 4-bit variant preserves 99.4% of original performance at a 3x lower memory footprint.",
     [_claim("99.4%", 99.4, "other", "ratio", "decrease", "original"),
      _claim("3x", 3.0, "memory", "ratio", "decrease", None)]),
    # near misses
    ("The summarizer preserves 97% of model performance while reading 40% fewer tokens.",
     [_claim("97%", 97.0, "other", "ratio", "decrease", None),
      _claim("40%", 40.0, "cost", "change", "decrease", None)]),
    ("The pruned encoder preserves 95.8% of VQA and 73.9% of VTG performance.",
     [_claim("95.8%", 95.8, "other", "ratio", "decrease", None),
      _claim("73.9%", 73.9, "other", "ratio", "decrease", None)]),
    ("After pruning, the parser keeps 95% of its parsing accuracy.",
     [_claim("95%", 95.0, "accuracy", "ratio", "decrease", None)]),
])
def test_a_share_of_a_named_figure_names_the_baseline(text, expected):
    assert not claim_mismatches(text, expected)


# listed_by.py: "A by x, B by y and C by z" after a comparison verb: each member after the first
# names the baseline of its own figure; a short label in brackets belongs to the name, an aside
# with the member's own figure may stand before "by". Near misses: the next member is a metric of a
# list of gains, a benchmark after "on", a verb that opens the next clause.
@pytest.mark.parametrize("text, expected", [
    ("The ranker beats bm25 by 4.1 points, splade by 1.2 points and ColBERT by 0.8 points in nDCG@10.",
     [_claim("4.1", 4.1, "other", "change", "increase", "bm25"),
      _claim("1.2", 1.2, "other", "change", "increase", "splade"),
      _claim("0.8", 0.8, "other", "change", "increase", "ColBERT")]),
    ("Our segmenter surpasses U-Net (2d) by 4.2% and nnU-Net (3d) by 1.7% in Dice.",
     [_claim("4.2%", 4.2, "other", "change", "increase", "U-Net (2d)"),
      _claim("1.7%", 1.7, "other", "change", "increase", "nnU-Net (3d)")]),
    ("The planner outperforms the greedy heuristic by 18% and even learned schedulers by 6% in makespan.",
     [_claim("18%", 18.0, "time", "change", "decrease", "greedy heuristic"),
      _claim("6%", 6.0, "time", "change", "decrease", "learned schedulers")]),
    ("The tagger outperforms CRF taggers by 2.1 F1, BiLSTM by 1.4 F1 and ELMo by 0.6 F1.",
     [_claim("2.1", 2.1, "f1", "change", "increase", "CRF taggers"),
      _claim("1.4", 1.4, "f1", "change", "increase", "BiLSTM"),
      _claim("0.6", 0.6, "f1", "change", "increase", "ELMo")]),
    ("The index surpasses HNSW (0.91 recall) by 4% and IVF-PQ (0.87 recall) by 9% in recall.",
     [_claim("0.91", 0.91, "other", "absolute", None, None),
      _claim("4%", 4.0, "other", "change", "increase", "HNSW"),
      _claim("0.87", 0.87, "other", "absolute", None, None),
      _claim("9%", 9.0, "other", "change", "increase", "IVF-PQ")]),
    # near misses
    ("It outperforms LoRA by 2.1% in accuracy, latency by 20% and memory use by 12%.",
     [_claim("2.1%", 2.1, "accuracy", "change", "increase", "LoRA"),
      _claim("20%", 20.0, "latency", "change", "decrease", "LoRA"),
      _claim("12%", 12.0, "memory", "change", "decrease", "LoRA")]),
    ("Kin outperforms GPT-4o on GSM8K by 3.2% and MATH by 4.1%.",
     [_claim("3.2%", 3.2, "other", "change", "increase", "GPT-4o"),
      _claim("4.1%", 4.1, "other", "change", "increase", "GPT-4o")]),
    ("Compared with the dense model, pruning reduces latency by 31%, energy by 24% and memory by 18%.",
     [_claim("31%", 31.0, "latency", "change", "decrease", "dense model"),
      _claim("24%", 24.0, "energy", "change", "decrease", "dense model"),
      _claim("18%", 18.0, "memory", "change", "decrease", "dense model")]),
])
def test_each_member_of_a_by_list_names_its_baseline(text, expected):
    assert not claim_mismatches(text, expected)


# patterns/context/baselines.yaml baseline.matching: a parity verb whose object carries its own
# figure in brackets names the compared system (the figure is the baseline_value, pair.parity_baseline);
# "matched" as an adjective names none.
@pytest.mark.parametrize("text, expected", [
    ("On the held-out split the cascade reaches 93.0% accuracy, effectively matching the oracle router (98.0%) "
     "while cutting compute costs by 61%.",
     [_claim("93.0%", 93.0, "accuracy", "absolute", None, "oracle router", baseline_value=98.0),
      _claim("61%", 61.0, "compute", "change", "decrease", "oracle router")]),
    ("The tiny tagger reaches 88.2% accuracy, matching the CRF baseline (88.5%) with 40x fewer parameters.",
     [_claim("88.2%", 88.2, "accuracy", "absolute", None, "CRF baseline", baseline_value=88.5),
      _claim("40x", 40.0, "model_size", "ratio", "decrease", "CRF baseline")]),
    ("The sampler reaches a perplexity of 61.2 at matched data entropy (4.31).",
     [_claim("61.2", 61.2, "perplexity", "absolute", None, None)]),
])
def test_a_matched_system_with_its_figure_is_the_baseline(text, expected):
    assert not claim_mismatches(text, expected)
