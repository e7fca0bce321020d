"""`normalize` returns text with nothing to rewrite as one verbatim segment, without the general
build: the result must be the one the general build gives."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from claims.extraction import normalize as normalize_module
from claims.extraction.normalize import Normalized, normalize
from claims.readers import read_papers
from claims.resources import seeds_dir


def _built(text: str) -> Normalized:
    """The general build, run for every text (as `normalize` was before its early return)."""
    pieces, starts, segments = [], [], []
    norm_pos = orig_pos = 0
    for match in normalize_module._PATTERN.finditer(text):
        if match.start() > orig_pos:
            chunk = text[orig_pos:match.start()]
            starts.append(norm_pos)
            segments.append((norm_pos, orig_pos, match.start(), True))
            pieces.append(chunk)
            norm_pos += len(chunk)
        replacement = normalize_module._TARGETS[match.lastindex - 1]
        if replacement:
            starts.append(norm_pos)
            segments.append((norm_pos, match.start(), match.end(), False))
            pieces.append(replacement)
            norm_pos += len(replacement)
        orig_pos = match.end()
    if orig_pos < len(text):
        starts.append(norm_pos)
        segments.append((norm_pos, orig_pos, len(text), True))
        pieces.append(text[orig_pos:])
    return Normalized(text, "".join(pieces), tuple(starts), tuple(s[1] for s in segments), tuple(segments))


def test_text_with_nothing_to_rewrite_is_one_verbatim_segment():
    assert normalize("") == _built("") == Normalized("", "", (), (), ())
    plain = "We reach 3.5x at 12 ms."
    assert normalize(plain) == _built(plain) == Normalized(plain, plain, (0,), (0,), ((0, 0, len(plain), True),))
    assert normalize(plain).to_original(9, 13) == (9, 13)


def test_normalize_is_the_general_build_on_the_seed_abstracts():
    texts = [paper.abstract for paper in read_papers([seeds_dir()])]
    assert sum(normalize(text).text == text for text in texts) > 10
    assert sum(normalize(text).text != text for text in texts) > 10
    for text in texts:
        assert normalize(text) == _built(text)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["a", "5", " ", "  ", "\t", "\n", "$", "\\times", "\\%", "{", "}", "**", "sim",
                                 "times", "×", "–", "\u200b", "ﬁ", "\\textbf{", "x"]), max_size=12).map("".join))
def test_normalize_is_the_general_build(text):
    assert normalize(text) == _built(text)
