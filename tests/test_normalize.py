"""`normalize` returns text with nothing to rewrite as one verbatim segment, and otherwise the
general build over the matches its pattern set finds: the result must be the one the general
build gives over the pattern's own matches."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from claims.extraction import normalize as normalize_module
from claims.extraction.rulebook.cues import normalize_rules
from claims.extraction.normalize import Normalized, normalize
from claims.readers import read_papers
from claims.resources import seed_pages


def _built(text: str) -> Normalized:
    """The general build, run on every match of the pattern's own `finditer`."""
    return normalize_module._rewritten(
        text, normalize_module.replacements(text, normalize_rules()[0].patterns[0].finditer(text)))


def test_text_with_nothing_to_rewrite_is_one_verbatim_segment():
    assert normalize("") == _built("") == Normalized("", "", (), (), ())
    plain = "We reach 3.5x at 12 ms."
    assert normalize(plain) == _built(plain) == Normalized(plain, plain, (0,), (0,), ((0, 0, len(plain), True),))
    assert normalize(plain).to_original(9, 13) == (9, 13)


def test_normalize_is_the_general_build_on_the_seed_abstracts():
    texts = [paper.abstract for paper in read_papers(seed_pages())]
    assert sum(normalize(text).text == text for text in texts) > 10
    assert sum(normalize(text).text != text for text in texts) > 10
    for text in texts:
        assert normalize(text) == _built(text)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["a", "5", " ", "  ", "\t", "\n", "$", "\\times", "\\%", "{", "}", "**", "sim",
                                 "times", "×", "–", "\u200b", "ﬁ", "\\textbf{", "x"]), max_size=12).map("".join))
def test_normalize_is_the_general_build(text):
    assert normalize(text) == _built(text)


def test_latex_words_glued_to_numbers_are_rewritten_and_plain_words_are_not():
    assert normalize("2.36 sim 8.02times").text == "2.36~ 8.02x"
    assert normalize("3 times faster, similar to simulation").text == "3 times faster, similar to simulation"
