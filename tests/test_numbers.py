"""The cheap tests in front of the number stage's small searches: each skips a search only where
the search must fail, checked on every short string of an alphabet rich in what the patterns read."""
from __future__ import annotations

from itertools import product

from hypothesis import given, settings, strategies as st

from claims.extraction import numbers
from claims.extraction.numbers import _GLUED_LEFT, _GLUED_RIGHT, _RANGE_LINK

_ALPHABET = list(" -~taond\t\n_@/.^:#,5xβé\u0301")


def _short_strings(most: int):
    for size in range(most + 1):
        for chars in product(_ALPHABET, repeat=size):
            yield "".join(chars)


def test_the_left_glue_search_is_skipped_only_where_it_fails():
    skipped = 0
    for left in _short_strings(3):
        if not numbers._may_glue_left(left):
            skipped += 1
            assert _GLUED_LEFT.search(left) is None, left
    assert skipped > 500
    assert not numbers._may_glue_left("") and not numbers._may_glue_left("ab ")
    assert numbers._may_glue_left("a- ") and _GLUED_LEFT.search("a- ")


def test_the_range_link_match_is_skipped_only_where_it_fails():
    skipped = 0
    for text in _short_strings(4):
        if text[:1] not in numbers._LINK_FIRST and text[1:2] not in numbers._LINK_FIRST:
            skipped += 1
            assert _RANGE_LINK.match(text) is None, text
    assert skipped > 1000


def test_the_right_glue_search_is_skipped_only_where_it_fails():
    for text in _short_strings(3):
        if text[:1] in numbers._NOT_GLUED_RIGHT:
            assert _GLUED_RIGHT.search(text) is None, text


_NUMBER_TEXT = st.lists(st.sampled_from(
    ["5", "12.5", "3", "-", "+", "~", " ", "to", "and", "between", "from", "x", "%", "ms", "a", "B", "ResNet",
     "/", ".", ",", "_", "@", ":", "^", "10^", "β", "\t", "fold", "times", "s", "-fold", "(", ")"]),
    max_size=14).map("".join)


def _mentions_without_the_tests(text, monkeypatch_targets):
    saved = {name: getattr(numbers, name) for name in monkeypatch_targets}
    try:
        numbers._may_glue_left = lambda left: True
        numbers._LINK_FIRST = _Everything()
        numbers._NOT_GLUED_RIGHT = frozenset()
        return numbers.find_numbers(text)
    finally:
        for name, value in saved.items():
            setattr(numbers, name, value)


class _Everything:
    def __contains__(self, item):
        return True


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_NUMBER_TEXT)
def test_mentions_are_those_found_with_every_search_run(text):
    assert numbers.find_numbers(text) == _mentions_without_the_tests(
        text, ("_may_glue_left", "_LINK_FIRST", "_NOT_GLUED_RIGHT"))


def test_the_tests_do_skip_searches_on_plain_text():
    calls = []

    class Counted:
        def __init__(self, pattern):
            self.compiled, self.pattern, self.flags = pattern, pattern.pattern, pattern.flags

        def search(self, *args, **kwargs):
            calls.append(self.pattern)
            return self.compiled.search(*args, **kwargs)

        match = search

    saved = numbers._GLUED_LEFT, numbers._RANGE_LINK, numbers._GLUED_RIGHT
    try:
        numbers._GLUED_LEFT, numbers._RANGE_LINK, numbers._GLUED_RIGHT = map(Counted, saved)
        mentions = numbers.find_numbers("It runs 3.5x faster with 12 layers and 5-10% less energy.")
    finally:
        numbers._GLUED_LEFT, numbers._RANGE_LINK, numbers._GLUED_RIGHT = saved
    assert [(m.value_low, m.value, m.unit) for m in mentions] == [(None, 3.5, "x"), (None, 12.0, None), (5.0, 10.0, "%")]
    # Only "5-10%" asks: "-" may glue a name on ("5-fold") or link a range; no search elsewhere.
    assert calls == [saved[2].pattern, saved[1].pattern]
