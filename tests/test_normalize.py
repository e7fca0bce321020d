"""`normalize` returns text with nothing to rewrite as one verbatim segment, without the general
build: the result must be the one the general build gives."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from claims.extraction import normalize as normalize_module
from claims.extraction.normalize import Normalized, normalize
from claims.readers import read_papers
from claims.resources import seed_pages


def _built(text: str) -> Normalized:
    """The general build, run on every match of the pattern in every text (as `normalize` was
    before its pre-test, its scanner and its early return)."""
    return normalize_module._rewritten(text, normalize_module._PATTERN.finditer(text))


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


_PIECES = ["a", "5", " ", "sim", "times", "s", "t", "*", "\\", "$", "{", "}", "x", "\t", "\n", "\v", "<", ",",
           "%", "\x85", "×", "\u1680", "٣"]


def _texts_of_pieces(length: int):
    if length == 0:
        yield ""
        return
    for head in _texts_of_pieces(length - 1):
        for piece in _PIECES:
            yield head + piece


def test_the_scan_is_skipped_only_where_it_finds_nothing():
    cleared = 0
    texts = [text for length in range(5) for text in _texts_of_pieces(length)]
    texts += [f"1{a}{b}1 {a}{b}" for a in map(chr, range(128)) for b in map(chr, range(128))]
    for text in texts:
        if not normalize_module._may_rewrite(text):
            cleared += 1
            assert normalize_module._PATTERN.search(text) is None, text
    assert cleared > 20_000           # the skip is exercised, not only the scan


def test_the_scan_is_not_skipped_at_the_glued_latex_words():
    may_rewrite = normalize_module._may_rewrite
    assert not may_rewrite("3 times faster, similar to simulation")
    assert not may_rewrite("times 3 and sim 4, x sim")
    assert may_rewrite("2.36sim 8.02times") and may_rewrite("2.36 sim 8") and may_rewrite("1times")
    assert may_rewrite("a  b") and may_rewrite("a**b") and may_rewrite("a – b") and may_rewrite("a\tb")
    assert normalize("2.36 sim 8.02times").text == "2.36~ 8.02x"
