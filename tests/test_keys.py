"""KeySet behaves as a set of int64 keys, across the merges of its recent keys."""
from hypothesis import given, settings, strategies as st

from claims.engine.keys import KeySet

INT64 = st.integers(min_value=-2**63, max_value=2**63 - 1)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(INT64 | st.integers(-5, 5), max_size=200), st.lists(INT64 | st.integers(-9, 9), max_size=50),
       st.integers(1, 8), st.sampled_from([8, 64, 1 << 25]))
def test_keyset_is_a_set_of_int64(added, probed, batch, buckets):
    # Few buckets: keys share them, and a set bit must still lead to the binary search.
    keys, reference = KeySet(batch=batch, buckets=buckets), set()
    for key in added:
        assert (key in keys) == (key in reference)
        assert keys.add(key) == (key not in reference)
        reference.add(key)
    assert len(keys) == len(reference)
    assert all(key in keys for key in reference)
    assert all((key in keys) == (key in reference) for key in probed)


def test_merged_keys_set_the_bits_of_their_buckets_and_only_those():
    keys = KeySet(batch=3, buckets=64)
    for key in (5, -3, 70, 1):       # the first three are merged; 1 stays recent
        keys.add(key)
    set_bits = {8 * i + b for i, byte in enumerate(keys._merged_buckets) for b in range(8) if byte >> b & 1}
    assert set_bits == {5, -3 & 63, 70 & 63}
    assert (5 in keys, 70 in keys, 1 in keys, 6 in keys, 5 + 64 in keys) == (True, True, True, False, False)
