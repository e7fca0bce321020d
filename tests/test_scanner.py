"""The scanner finds exactly what `finditer` finds, with every vocabulary, on any text."""
from __future__ import annotations

import functools
import sys

import pytest
import regex
from hypothesis import given, settings, strategies as st

from claims.extraction import baselines, datasets
from claims.extraction.hardware import _vocabulary
from claims.extraction.normalize import _PATTERN as NORMALIZE_PATTERN, normalize
from claims.extraction.scanner import Scanner
from claims.extraction.syntax import required, skeleton, starts
from claims.extraction.vocab import metric_cues, number_words
from claims.patterns import load_patterns
from claims.readers import read_papers
from claims.resources import seeds_dir

VOCABULARIES = {
    "datasets": (lambda: [datasets._rules().vocabulary.patterns[0]], False),
    "dataset frames": (lambda: [f.pattern for f in datasets._rules().frames], False),
    "baselines": (lambda: [c.pattern for c in baselines._rules().cues], False),
    "hardware": (lambda: list(_vocabulary().scanner.patterns), True),
    "metric": (lambda: [c.pattern for c in metric_cues()], False),
    "number words": (lambda: [number_words()[0]], False),
    "normalize": (lambda: [NORMALIZE_PATTERN], False),
}


def _spans(matches):
    return [(m.span(), m.groupdict(), m.lastgroup) for m in matches]


@functools.cache
def _scanner(name: str) -> Scanner:
    return Scanner(VOCABULARIES[name][0]())


def _assert_same(name: str, text: str, pos: int = 0, endpos: int | None = None) -> None:
    scanner, overlapped = _scanner(name), VOCABULARIES[name][1]
    end = len(text) if endpos is None else endpos
    found = scanner.scan(text, pos, end, overlapped=overlapped)
    patterns = scanner.patterns
    for pattern, matches in zip(patterns, found):
        assert _spans(matches) == _spans(pattern.finditer(text, pos, end, overlapped=overlapped)), \
            (name, pattern.pattern[:80], text[:120])


def _example_texts() -> list[str]:
    texts = []
    for pattern_file in load_patterns().files:
        for rule in pattern_file.rules:
            for example in list(rule.examples) + list(rule.not_claims):
                texts.append(example.text)
    return texts


@pytest.fixture(scope="module")
def seed_abstracts() -> list[str]:
    return [p.abstract for p in read_papers([seeds_dir()]) if p.abstract]


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_scanner_equals_finditer_on_every_seed_and_example(name, seed_abstracts):
    for text in seed_abstracts + _example_texts():
        _assert_same(name, text if name == "normalize" else normalize(text).text)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_scanner_equals_finditer_inside_a_window(name, seed_abstracts):
    for text in seed_abstracts[:40]:
        text = normalize(text).text
        for pos, endpos in ((0, len(text) // 2), (len(text) // 3, len(text)), (17, 18), (5, 5)):
            _assert_same(name, text, pos, endpos)


# Text built from the vocabularies' own words, digits, spaces of every kind and characters whose
# case folding is special, so that starts, near-misses and fallbacks all occur.
PIECES = ["NVIDIA ", "nvidia", "V100", "A100 ", "RTX 3090", "GPU", "gpus", "FPGA", "ZCU102", "Jetson",
          "TX2", "edge ", "the edge", "CPU", "multi-core ", "in-memory ", "processing ", "accuracy",
          "top-1", "latency", "speedup", "BLEU", "F1", "AUC", "ms", "x", "×", "$\\times$", "\\%",
          "%", "two-fold", "twice", "an order of magnitude", "half", "1.5", "3", "10^4", " ", "  ",
          "\t", "\n", "\u00a0", "-", "–", ".", ",", "(", ")", "İ", "ı", "ß", "ﬁ", "K", "ſ", "٣",
          "Ⅻ", "é", "É", "µ", "μ", "wall-clock time", "training time", "overhead", "memory overhead"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_scanner_equals_finditer_on_generated_text(pieces):
    text = "".join(pieces)
    for name in VOCABULARIES:
        _assert_same(name, text)


def test_starts_of_simple_patterns():
    assert starts(r"(?:Tesla-)?[VA]100|RTX\d{4}") == {"a000", "rtx0000", "tesla-a0", "tesla-v0", "v000"}
    assert starts(r"GPUs?") == {"gpu"}
    assert starts(r"(?<![\p{L}\p{N}])(?:BLEU|ROUGE-L)") == {"bleu", "rouge-l"}
    assert starts(r"a{2,3}b") == {"aab", "aaab"}
    assert starts(r"(?:ab){0,2}c") == {"c", "abc", "ababc"}
    assert starts(r"x\sy") == {"x y", "x\ty"}
    assert starts(r"[+^]x[ab]") == {"+xa", "+xb", "^xa", "^xb"}      # "^]" closes a class
    assert starts(r"[]a]b") == {"]b", "ab"}


@pytest.mark.parametrize("pattern", [
    r"\w+ing", r".gpu", r"(?:gpu)?", r"[^a]gpu",                  # may start anywhere
    r"(?:gpu){e<=1}", r"[[:alpha:]]pu", r"[\w--\d]pu",           # read otherwise by `re`
    r"\L<words>", r"(?V1)gpu", r"(?|a|b)", r"(?(1)a|b)", r"(a)(?1)",
])
def test_starts_are_unknown_where_the_syntax_cannot_tell(pattern):
    assert starts(pattern) is None


def test_required_literals():
    assert required(r"(?:\w+\s+)?overheads?") == {"overhead"}
    assert required(r"\p{L}{3,20}ing\s+times?") == {"time"}
    assert required(r"(?:GPU|FPGA)\s+(?:cluster|board)") == {"cluster", "board"}
    assert required(r"\d+\s*x") is None                          # nothing three letters long


def test_skeleton_reads_digits_as_zero_and_refuses_special_folding():
    assert skeleton("A100 GPU\tand\nRTX-3090") == "a000 gpu\tand\trtx-0000"
    for text in ("Straße", "İstanbul", "ﬁne", "a dotless ı", "٣ times", "a\u00a0b", "x\u2009y"):
        assert skeleton(text) is None


def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_every_character_ignorecase_matches_to_a_literal_folds_to_it_or_has_no_skeleton():
    """The scanner's premise: where `regex` (IGNORECASE, VERSION1) matches a pattern character to a
    text character, the skeletons agree, or the text is scanned in full."""
    literals = set("abcdefghijklmnopqrstuvwxyz0123456789-+./%")
    for pattern_file in load_patterns().files:
        for rule in pattern_file.rules:
            for cue in rule.cues:
                literals |= {c for c in cue if not c.isascii()}
    everything = _all_characters()
    for literal in sorted(literals):
        for char in regex.findall(regex.escape(literal), everything, regex.IGNORECASE | regex.VERSION1):
            assert skeleton(char) is None or skeleton(char) == skeleton(literal), (literal, char)
