"""The shortcuts of claims.extraction.typing give what the plain forms they replace give."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from claims.extraction import typing
from claims.extraction.numbers import find_mentions
from claims.extraction.pipeline import extract

# Gaps between a cue and its number: lead-out words, other words, punctuation, odd spaces and
# letters that fold to ASCII ones ("ſ", the Kelvin sign).
_GAP_PIECES = [" ", "  ", "\n", "\t", "\x1c", "\u00a0", "by", "BY", "of", "an", "average", "up", "to", "nearly",
               "approximately", "reached", "the", "model", "GPU", "(", ",", "~", "+", "-", ":", "=", "nearby",
               "ſcores", "\u212aernel", "is", "a", "state-of-the-art", "e.g.", "it's"]


def _left_owned_the_long_way(text, mention, hits, floor):
    before = [h for h in hits if h.end <= mention.start and h.start >= floor]
    if not before:
        return None
    hit = before[-1]
    gap = text[hit.end:mention.start]
    if typing._DIGIT_OR_SEMICOLON.search(gap):
        return None
    return hit if len(typing._words(typing._LEAD_OUT.sub("", gap))) <= 3 else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=12))
def test_a_cue_owns_the_number_after_it_as_the_cut_of_its_lead_out_words_says(pieces):
    text = "latency" + "".join(pieces) + "42%"
    mention = find_mentions(text)[-1]
    hit = typing.CueHit(0, 7, "latency", "latency.noun", "latency")
    assert typing.left_owned(text, mention, [hit], 0) == _left_owned_the_long_way(text, mention, [hit], 0)


def test_a_short_gap_is_not_cut(monkeypatch):
    text = "latency of up to 42%"
    mention = find_mentions(text)[-1]
    hit = typing.CueHit(0, 7, "latency", "latency.noun", "latency")
    monkeypatch.setattr(typing, "_LEAD_OUT", None)      # a gap of four words or more would need it
    assert typing.left_owned(text, mention, [hit], 0) is hit


def _right_direction_one_by_one(right_words):
    best = None
    for pattern, direction in typing._direction_cues("after"):
        match = pattern.search(right_words)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), direction)
    return best[1] if best else None


@pytest.mark.parametrize("words", [
    "", "lower latency than", "higher and lower", "lowerx higher", "fewer more", "speed-ups over the",
    "reduction", "less", "BETTER", "savings gain", "our design", "smaller-than faster", "lessen more",
])
def test_the_direction_after_a_number_is_the_first_cue_searched_one_by_one(words):
    assert typing._right_direction(words) == _right_direction_one_by_one(words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["lower", "higher", "less", "more", "x", "-", " ", "speed", "ups", "loss",
                                 "gain", "é", "improvement", "Lower", "ſavings"]), max_size=8))
def test_the_direction_after_a_number_in_any_words(pieces):
    words = "".join(pieces)
    assert typing._right_direction(words) == _right_direction_one_by_one(words)


def test_a_factor_with_its_direction_in_its_own_words_reads_no_cues_before_it(monkeypatch):
    text = "Compared with the baseline that reduces memory, our kernel achieves a 3.1x speedup."
    expected = [(c.text, c.kind, c.direction) for c in extract(text)]
    assert expected == [("3.1x", "ratio", "increase")]
    scans = []
    real = typing._LeftCues

    def counted(left):
        scans.append(left)
        return real(left)
    monkeypatch.setattr(typing, "_LeftCues", counted)
    assert [(c.text, c.kind, c.direction) for c in extract(text)] == expected
    assert scans == []
    # A percentage reads them: "retains 95%" is a ratio.
    assert [(c.kind, c.direction) for c in extract("The pruned model retains 95% of the accuracy.")] == [
        ("ratio", "decrease")]
    assert len(scans) == 1
