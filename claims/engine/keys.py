"""A set of 64-bit keys at about 8 bytes a key, to deduplicate millions of papers in flat memory.

A Python set of ints costs some 60 bytes a key: 160 MB for all of arXiv, and growing with every
paper read. `KeySet` keeps recent keys in a small set and merges them, a batch at a time, into one
sorted NumPy array.
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

    def __init__(self, batch: int = 1 << 16) -> None:
        self._sorted = np.empty(0, dtype=np.int64)
        self._recent: set[int] = set()
        self._batch = batch

    def __contains__(self, key: int) -> bool:
        if key in self._recent:
            return True
        index = int(np.searchsorted(self._sorted, key))
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
            # Two sorted runs: the stable sort merges them in linear time.
            self._sorted = np.sort(np.concatenate((self._sorted, recent)), kind="stable")
            self._recent.clear()
        return True
