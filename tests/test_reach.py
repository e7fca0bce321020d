"""`matching.match_at`: a match at a position ends its read where the pattern's reach does, and
gives the answer an unbounded match gives."""
from __future__ import annotations

import importlib
import pkgutil

import regex
from hypothesis import given, settings, strategies as st

import claims.extraction
from claims.matching import FLAGS, match_at
from claims.matching.reach import UNBOUNDED_REACH, reach


def test_the_reach_counts_what_the_match_and_its_lookaheads_read_three_times_over():
    # 15 characters, each of which may fold to three ("ﬃ" is "ffi"), and one more
    assert reach(regex.compile(r"\s?,?\s?respectively")) == 3 * 15 + 1
    # a lookahead reads past the match: "a" then "bcd"
    assert reach(regex.compile(r"a(?=bcd)")) == 3 * 4 + 1
    # a word boundary looks at the character after the match
    assert reach(regex.compile(r"points\b")) == 3 * 7 + 1
    # a look-behind reads backwards, not further on
    assert reach(regex.compile(r"(?<=\d\.\d{1,6})\s+pts")) == UNBOUNDED_REACH
    assert reach(regex.compile(r"(?<=\d\.\d{1,6})\s{1,2}pts")) == 3 * 5 + 1
    assert reach(regex.compile(r"(?:(?:,\s|\sand\s)\d{1,3}){0,3}\spoints")) == 3 * (3 * 8 + 7) + 1


def test_a_pattern_that_can_read_on_without_end_is_given_the_longest_reach():
    assert reach(regex.compile(r"\s*respectively")) == UNBOUNDED_REACH
    assert reach(regex.compile(r"(a)\1")) == UNBOUNDED_REACH                 # a back reference
    assert reach(regex.compile(r"\L<words>", words=["alpha", "beta"])) == UNBOUNDED_REACH   # regex-only syntax


def test_a_match_reads_no_further_than_its_reach():
    text = "0.91 and 0.93" + " x" * 5000 + " respectively"
    pattern = regex.compile(r"\s?,?\s?respectively", FLAGS)
    assert match_at(pattern, text, 4) is None
    assert match_at(pattern, text, len(text) - 13).group(0) == " respectively"
    assert match_at(pattern, text, 4, 20) is None


def _extraction_patterns() -> list[regex.Pattern]:
    found = {}
    for module in pkgutil.iter_modules(claims.extraction.__path__):
        for value in vars(importlib.import_module(f"claims.extraction.{module.name}")).values():
            if isinstance(value, regex.Pattern):
                found[value.pattern, value.flags] = value
    return list(found.values())


PATTERNS = _extraction_patterns()
WORDS = ["0.91", "12.5%", "2.1x", " and ", ", ", " ", "(", ")", "respectively", "points", "pp", "F1", "BLEU",
         "scores", "the", "baseline", "of", "by", "to", "in", "on", "ImageNet", "GPU", "ß", "ﬃ", "\u00a0", "-", "."]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), max_size=400), st.integers(0, 60), st.data())
def test_a_match_within_the_reach_is_the_unbounded_match(words, pos, data):
    """Texts longer than every reach, with no run of one kind longer than UNBOUNDED_REACH (the one
    place the answers may differ: a `\\s*` across a thousand spaces)."""
    text = "".join(words) + " " * data.draw(st.integers(0, 900)) + "".join(words[:20])
    pattern = data.draw(st.sampled_from(PATTERNS))
    pos = min(pos, len(text))
    bounded, unbounded = match_at(pattern, text, pos), pattern.match(text, pos)
    assert (bounded and (bounded.span(), bounded.groups())) == (unbounded and (unbounded.span(), unbounded.groups()))


def test_the_stages_match_with_patterns_of_bounded_reach_where_they_can():
    """A sanity floor on the reading itself: most of the stages' own patterns have a reach the
    syntax tells (the rest are read UNBOUNDED_REACH characters on)."""
    bounded = [p for p in PATTERNS if reach(p) < UNBOUNDED_REACH]
    assert len(PATTERNS) > 100 and len(bounded) > len(PATTERNS) / 3
