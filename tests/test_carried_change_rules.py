"""kind.elided_verb, kind.noun_list and kind.colon_list (claims/extraction/carried_change.py): a number after "by" in a clause that names
its quantity but leaves out the verb takes the change right before it in its sentence; synthetic
sentences of other domains with the exact claims expected, and near misses where the rule stays out."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    "the verb of the change before": [
        ("We propose Kin. Kin cuts the p99 latency by 31%, and the energy per query by 22%.",
         [dict(text="31%", value=31.0, metric="latency", kind="change", direction="decrease"),
          dict(text="22%", value=22.0, metric="energy", kind="change", direction="decrease")]),
        ("We propose Kin. Kin raises the hit rate by 12.5%, the recall by 9.1%, and the coverage by 4.2%.",
         [dict(text="12.5%", value=12.5, kind="change", direction="increase"),
          dict(text="9.1%", value=9.1, kind="change", direction="increase"),
          dict(text="4.2%", value=4.2, kind="change", direction="increase")]),
        # a list after the elided clause takes its change on (kind.list)
        ("We propose Kin. The drift error is lowered by 18.0% and 25.5%, and the heading error by 30.1% and 41.7% "
         "on the two routes.",
         [dict(text="18.0%", value=18.0, metric="error", kind="change", direction="decrease"),
          dict(text="25.5%", value=25.5, metric="error", kind="change", direction="decrease"),
          dict(text="30.1%", value=30.1, metric="error", kind="change", direction="decrease"),
          dict(text="41.7%", value=41.7, metric="error", kind="change", direction="decrease")]),
    ],
    "the items of a list governed by a noun of change": [
        # each item names its own metric and unit
        ("We propose Kin. Kin yields average gains of 3.1 ROUGE points on summarization and 4.6% exact match on QA.",
         [dict(text="3.1", value=3.1, kind="change", direction="increase"),
          dict(text="4.6%", value=4.6, metric="accuracy", kind="change", direction="increase")]),
        # an aside with digits between the items
        ("We propose Kin. Kin brings relative improvements of 12% on Flickr30K (R@1) and 9% on MSCOCO (R@5) over "
         "CLIP.",
         [dict(text="12%", value=12.0, kind="change", direction="increase"),
          dict(text="9%", value=9.0, kind="change", direction="increase")]),
        ("We propose Kin. Kin improves the grasp by 31% in success (p = 0.02) and 18% in stability (p < 0.01).",
         [dict(text="31%", value=31.0, kind="change", direction="increase"),
          dict(text="18%", value=18.0, kind="change", direction="increase")]),
    ],
    "a list after a colon that a noun of change announces": [
        ("We propose Kin. Kin brings relative improvements over the base model without any tuning: 41.5% on legal "
         "clauses, 30.2% on contracts, and 12% on statutes.",
         [dict(text="41.5%", value=41.5, kind="change", direction="increase"),
          dict(text="30.2%", value=30.2, kind="change", direction="increase"),
          dict(text="12%", value=12.0, kind="change", direction="increase")]),
        ("We propose Kin. Kin brings consistent energy savings over Linux CFS across workloads: 22% on web serving and "
         "31% on batch jobs.",
         [dict(text="22%", value=22.0, kind="change", direction="decrease"),
          dict(text="31%", value=31.0, kind="change", direction="decrease")]),
    ],
    "near misses": [
        # the figures after the colon name levels of a metric, or no change announces them
        ("We propose Kin. Kin shows clear gains on all suites: 91.2% recall on MS MARCO and 88.0% recall on NQ.",
         [dict(text="91.2%", value=91.2, kind="absolute"),
          dict(text="88.0%", value=88.0, kind="absolute")]),
        ("We propose Kin. Kin is evaluated on two suites: 91.2% on MS MARCO and 88.0% on NQ.",
         [dict(text="91.2%", value=91.2, kind="absolute"),
          dict(text="88.0%", value=88.0, kind="absolute")]),
        # a comparison of two levels after the change spells it out
        ("We propose Kin. The best model trails human raters by 21 points, 61.5 vs. 82.5, on the spatial split.",
         [dict(text="21", value=21.0, kind="change", direction="decrease"),
          dict(text="61.5 vs. 82.5", value=61.5, kind="absolute", baseline_value=82.5)]),
        # a verb of its own opens a new item: the level reached
        ("We propose Kin. Kin yields gains of 2.4 points on ARC and reaches 71.3% on GSM8K.",
         [dict(text="2.4", value=2.4, kind="change", direction="increase"),
          dict(text="71.3%", value=71.3, kind="absolute")]),
        # a clause with its own verb ("is covered by"): "by" there names no change of the verb before
        ("We propose Kin. Kin lowers the tail latency by 14%, and the remaining load is covered by 62% of the "
         "replicas.",
         [dict(text="14%", value=14.0, metric="latency", kind="change", direction="decrease"),
          dict(text="62%", value=62.0, kind="absolute")]),
        ("We propose Kin. Kin lowers the tail latency by 14%, and the warm pool served by 62% of the replicas "
         "stays idle.",
         [dict(text="14%", value=14.0, metric="latency", kind="change", direction="decrease"),
          dict(text="62%", value=62.0, kind="absolute")]),
        # another unit: not the same change
        ("We propose Kin. Kin shortens the build time by 35%, and the artifact by 120 MB.",
         [dict(text="35%", value=35.0, kind="change", direction="decrease"),
          dict(text="120 MB", value=120.0, kind="absolute")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_exact_claims(text, expected):
    assert_exact_claims(text, expected)
