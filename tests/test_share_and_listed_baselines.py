"""Baselines of shares and of "A by x, B by y" lists (CLAIMS_SPEC.md section 2, `baseline`), shown
on whole claims: patterns/context/baselines.yaml baseline.share_of and claims/extraction/self_share.py
(shares), claims/extraction/listed_by.py (lists). Sentences written for the rules, in other domains
than the abstracts that showed them (round 26)."""
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
