"""A set of 64-bit keys at about 8 bytes a key, to deduplicate millions of papers in flat memory.

A Python set of ints costs some 60 bytes a key: 160 MB for all of arXiv, and growing with every
paper read. `KeySet` keeps recent keys in a small set and merges them, a batch at a time, into one
sorted NumPy array. A bit per bucket of key values (4 MB) says when no merged key can equal the
one asked about, so most lookups of a new key skip the binary search (a NumPy call of about a
microsecond).
"""
from __future__ import annotations

import numpy as np


class KeySet:
    """Membership and insertion of int64 keys.

    >>> keys = KeySet(batch=2)
    >>> [keys.add(key) for key in (5, -3, 7, 5)]
    [True, True, True, False]
    >>> (5 in keys, -3 in keys, 7 in keys, 4 in keys, len(keys))
    (True, True, True, False, 3)
    """

    def __init__(self, batch: int = 1 << 16, buckets: int = 1 << 25) -> None:
        self._sorted = np.empty(0, dtype=np.int64)
        self._recent: set[int] = set()
        self._batch = batch
        # Bit b of byte i is set when a merged key's low bits are 8 * i + b; keys are hashes, so
        # at 2.7 million merged keys about one new key in twelve still finds its bit set.
        self._bucket_mask = buckets - 1
        self._merged_buckets = bytearray(buckets // 8)

    def __contains__(self, key: int) -> bool:
        if key in self._recent:
            return True
        bucket = key & self._bucket_mask
        if not self._merged_buckets[bucket >> 3] >> (bucket & 7) & 1:
            return False
        index = int(self._sorted.searchsorted(key))
        return index < len(self._sorted) and int(self._sorted[index]) == key

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)

    def add(self, key: int) -> bool:
        """Add `key`; True when it was not there before."""
        if key in self:
            return False
        self._recent.add(key)
        if len(self._recent) >= self._batch:
            recent = np.sort(np.fromiter(self._recent, dtype=np.int64, count=len(self._recent)))
            buckets = recent & self._bucket_mask
            np.bitwise_or.at(np.frombuffer(self._merged_buckets, dtype=np.uint8), buckets >> 3,
                             (1 << (buckets & 7)).astype(np.uint8))
            # Two sorted runs: the stable sort merges them in linear time.
            self._sorted = np.sort(np.concatenate((self._sorted, recent)), kind="stable")
            self._recent.clear()
        return True
