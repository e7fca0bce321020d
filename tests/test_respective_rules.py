"""metric.respective (claims/extraction/respective.py): a list of gains read "respectively" after as
many figures that each name their metric takes those metrics in order; synthetic sentences of other
domains with the exact claims expected, and near misses where the rule stays out."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    "gains in order of the named figures": [
        ("We propose Kin. Kin reaches a BLEU of 41.2 and a chrF of 63.5 on WMT22, outperforming the strongest "
         "baseline by 1.8 and 2.6 points, respectively.",
         [dict(text="41.2", value=41.2, metric="bleu", kind="absolute"),
          dict(text="63.5", value=63.5, metric="other", kind="absolute"),
          dict(text="1.8", value=1.8, metric="bleu", kind="change", direction="increase"),
          dict(text="2.6", value=2.6, metric="other", metric_text="chrF", kind="change", direction="increase")]),
        ("We propose Kin. Kin achieves 88.4% accuracy, 0.912 AUC and 84.0% F1 on the cohort, surpassing the "
         "radiologist model by 3.1%, 2.2% and 4.5%, respectively.",
         [dict(text="88.4%", value=88.4, metric="accuracy"), dict(text="0.912", value=0.912, metric="auc"),
          dict(text="84.0%", value=84.0, metric="f1"),
          dict(text="3.1%", value=3.1, metric="accuracy", kind="change", direction="increase"),
          dict(text="2.2%", value=2.2, metric="auc", kind="change", direction="increase"),
          dict(text="4.5%", value=4.5, metric="f1", kind="change", direction="increase")]),
    ],
    "near misses": [
        # one metric named for all the figures: the list keeps it
        ("We propose Kin. Kin reaches 71.2% and 65.3% accuracy on the two splits, surpassing the baseline by 2.1% and "
         "1.4%, respectively.",
         [dict(text="71.2%", value=71.2, metric="accuracy"), dict(text="65.3%", value=65.3, metric="accuracy"),
          dict(text="2.1%", value=2.1, metric="accuracy", kind="change"),
          dict(text="1.4%", value=1.4, metric="accuracy", kind="change")]),
        # not read "respectively": the gains stay with the metric named last
        ("We propose Kin. Kin reaches a BLEU of 41.2 and a chrF of 63.5 on WMT22, outperforming the strongest "
         "baseline by 1.8 and 2.6 points.",
         [dict(text="41.2", value=41.2, metric="bleu"), dict(text="63.5", value=63.5, metric="other"),
          dict(text="1.8", value=1.8, metric="other"), dict(text="2.6", value=2.6, metric="other")]),
        # a family that improves by falling: the direction was read for the borrowed metric, so no swap
        ("We propose Kin. Kin reaches 12.1% WER and 91.0% accuracy, improving on the baseline by 1.9% and 2.4%, "
         "respectively.",
         [dict(text="12.1%", value=12.1, metric="error"), dict(text="91.0%", value=91.0, metric="accuracy"),
          dict(text="1.9%", value=1.9, kind="change"), dict(text="2.4%", value=2.4, kind="change")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_exact_claims(text, expected):
    assert_exact_claims(text, expected)
