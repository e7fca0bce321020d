"""direction.own_item (claims/extraction/own_item.py, read by kind.py): a number that names its own metric after it,
where the last direction cue before it is an earlier figure's (a figure stands between, or right before the cue),
moves the way its family improves; synthetic sentences of other domains with the exact claims expected, and near
misses where the cue stays the number's."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    "a figure between the cue and the number": [
        # round 27 pool26: "reduces uncontended distributed-lock latency by 2.9x, achieves 2.8x throughput"
        ("We propose Kin. Kin cuts the p99 commit latency by 3.4x, delivers 2.2x throughput on the TPC-C mix.",
         [dict(text="3.4x", value=3.4, metric="latency", kind="ratio", direction="decrease"),
          dict(text="2.2x", value=2.2, metric="throughput", kind="ratio", direction="increase")]),
        ("We propose Kin. Kin shrinks the KV cache by up to 60% and achieves up to 3 times decoding throughput.",
         [dict(text="60%", value=60.0, kind="change", direction="decrease", qualifier="up_to"),
          dict(text="3 times", value=3.0, metric="throughput", kind="ratio", direction="increase",
               qualifier="up_to")]),
    ],
    "a figure right before the cue": [
        # dev-a d338: "a 90% memory saving and a 6.6X throughput over standard chain-of-thought reasoning"
        ("We propose Kin. Pruning the cache gives a 72% memory saving and a 4.1x throughput over the dense server.",
         [dict(text="72%", value=72.0, metric="memory", kind="change", direction="decrease"),
          dict(text="4.1x", value=4.1, metric="throughput", kind="ratio", direction="increase")]),
    ],
    "near misses": [
        # a bare list of figures shares the cue before it
        ("We propose Kin. Kin reduces the tail latency on the three boards by 6x, 3x and 2.5x.",
         [dict(text="6x", value=6.0, metric="latency", kind="ratio", direction="decrease"),
          dict(text="3x", value=3.0, metric="latency", kind="ratio", direction="decrease"),
          dict(text="2.5x", value=2.5, metric="latency", kind="ratio", direction="decrease")]),
        # one figure alone: the verb before it is its own
        ("We propose Kin. Kin reduces 2.1x memory on the edge board.",
         [dict(text="2.1x", value=2.1, metric="memory", kind="ratio", direction="decrease")]),
        # a figure before the cue across a comma opens another item: the verb is the number's
        ("We propose Kin. Kin trims decode steps by 2.3x, lowering the per-token latency by 41%.",
         [dict(text="2.3x", value=2.3, kind="ratio", direction="decrease"),
          dict(text="41%", value=41.0, metric="latency", kind="change", direction="decrease")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_own_item_direction(text, expected):
    assert_exact_claims(text, expected)
