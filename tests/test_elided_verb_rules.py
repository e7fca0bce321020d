"""kind.elided_verb (claims/extraction/elided_verb.py): a number after "by" in a clause that names
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
    "near misses": [
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
