"""KeySet behaves as a set of int64 keys, across the merges of its recent keys."""
from hypothesis import given, settings, strategies as st

from claims.engine.keys import KeySet

INT64 = st.integers(min_value=-2**63, max_value=2**63 - 1)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(INT64 | st.integers(-5, 5), max_size=200), st.lists(INT64, max_size=50),
       st.integers(1, 8))
def test_keyset_is_a_set_of_int64(added, probed, batch):
    keys, reference = KeySet(batch=batch), set()
    for key in added:
        assert (key in keys) == (key in reference)
        assert keys.add(key) == (key not in reference)
        reference.add(key)
    assert len(keys) == len(reference)
    assert all(key in keys for key in reference)
    assert all((key in keys) == (key in reference) for key in probed)
