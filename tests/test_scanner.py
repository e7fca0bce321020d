"""The scanner finds exactly what `finditer` finds, with every vocabulary, on any text."""
from __future__ import annotations

import functools
import sys

import pytest
import regex
from hypothesis import given, settings, strategies as st

from claims.extraction.rulebook.cues import filter_rules
from claims.extraction.rulebook.names import baseline_rules, dataset_rules
from claims.extraction.rulebook.hardware import vocabulary as _vocabulary
from claims.extraction.normalize import normalize
from claims.extraction.rulebook.cues import normalize_rules
from claims.matching.edges import plain_edges
from claims.matching.scanner import Scanner
from claims.matching.classes import confining_class
from claims.matching.plan import MAX_ANCHORED_STARTS, plan
from claims.matching.skeleton import SKELETON, skeleton
from claims.matching.starts import starts
from claims.matching.syntax import anchored, branches, required, word_start
from claims.extraction.rulebook.cues import metric_cues, number_words
from claims.patterns import load_patterns
from claims.readers import read_papers
from claims.resources import seed_pages

VOCABULARIES = {
    "datasets": (lambda: [dataset_rules().scanner.patterns[0]], False),
    "dataset frames": (lambda: [f.pattern for f in dataset_rules().frames], False),
    "baselines": (lambda: [c.pattern for c in baseline_rules().cues], False),
    "hardware": (lambda: list(_vocabulary().scanner.patterns), True),
    "metric": (lambda: [c.pattern for c in metric_cues()], False),
    "number words": (lambda: [number_words()[0]], False),
    "normalize": (lambda: list(normalize_rules()[0].patterns), False),
    "filters before": (lambda: _filter_patterns("before", "unless_before"), False),
    "filters after": (lambda: _filter_patterns("after"), False),
}


def _filter_patterns(*keys):
    """The patterns of every filter for `keys`, in filter order."""
    return [getattr(rule, key) for rule in filter_rules() for key in keys if getattr(rule, key) is not None]


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
    return [p.abstract for p in read_papers(seed_pages()) if p.abstract]


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_scanner_equals_finditer_on_every_seed_and_example(name, seed_abstracts):
    for text in seed_abstracts + _example_texts():
        _assert_same(name, text if name == "normalize" else normalize(text).text)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_scanner_equals_finditer_on_the_filters_windows(name, seed_abstracts):
    """The filters scan the 80 characters before and after each number, as a string of their own."""
    for text in seed_abstracts[:60]:
        text = normalize(text).text
        for number in regex.finditer(r"\d+", text):
            _assert_same(name, text[max(0, number.start() - 80):number.start()])
            _assert_same(name, text[number.end():number.end() + 80])


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_scanner_equals_finditer_inside_a_window(name, seed_abstracts):
    for text in seed_abstracts[:40]:
        text = normalize(text).text
        for pos, endpos in ((0, len(text) // 2), (len(text) // 3, len(text)), (17, 18), (5, 5)):
            _assert_same(name, text, pos, endpos)


class _RecordingAutomaton:
    """Stands for a scanner's automaton and records the length of every string it walks."""

    def __init__(self, automaton):
        self.automaton, self.walked = automaton, []

    def find_matches_as_indexes(self, text, **options):
        self.walked.append(len(text))
        return self.automaton.find_matches_as_indexes(text, **options)


def test_a_window_scan_walks_only_the_window_not_the_whole_text(monkeypatch):
    # The automaton reads its whole argument, so scanning each sentence of a long text must hand
    # it the sentence alone.
    scanner = Scanner([regex.compile(r"(?<!\w)(?:NVIDIA\s+)?[VA]100", regex.IGNORECASE)])
    recording = _RecordingAutomaton(scanner._automaton)
    monkeypatch.setattr(scanner, "_automaton", recording)
    text = "An A100. " * 1000 + "An nvidia V100 here."
    matches = scanner.scan(text, len(text) - 20, len(text))[0]
    assert [m.group(0) for m in matches] == ["nvidia V100"]
    assert [m.span() for m in matches] == [(len(text) - 17, len(text) - 6)]
    assert recording.walked == [20]
    scanner.scan(text)
    assert recording.walked == [20, len(text)]



class _Offered:
    """A compiled pattern that adds the characters each `match` may read to `counter`."""

    def __init__(self, pattern: regex.Pattern, counter: list[int]) -> None:
        self._pattern, self._counter = pattern, counter
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def match(self, text, pos=0, endpos=None, **options):
        self._counter[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self._pattern.match(text, pos, len(text) if endpos is None else endpos, **options)


def test_a_candidate_is_matched_within_its_patterns_reach(monkeypatch):
    # `regex` looks for a pattern's required string ("budgets") up to the match's end before it
    # matches: each candidate matched with the scan's end read the rest of the text.
    pattern = regex.compile(r"improvements?\s+in\s+(?:the\s+)?latency\s+budgets", regex.IGNORECASE)

    def offered(n: int) -> tuple[int, list[str]]:
        scanner, counter = Scanner([pattern]), [0]
        monkeypatch.setattr(scanner, "patterns", (_Offered(pattern, counter),))
        text = "an improvement in latency, " * n + "an improvement in the latency budgets."
        found = [m.group(0) for m in scanner.scan(text)[0]]
        return counter[0], found

    small, found = offered(1000)
    large, _ = offered(2000)
    assert found == ["improvement in the latency budgets"]
    assert 0 < large <= 2.2 * small


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_a_vocabulary_scanner_finds_what_its_patterns_find_scan_after_scan(name):
    scanner, overlapped = Scanner(VOCABULARIES[name][0]()), VOCABULARIES[name][1]
    texts = [paper.abstract for paper in read_papers(seed_pages()[:1])][:40]
    first = [_spans(m) for m in scanner.scan(texts[0], overlapped=overlapped)]
    for text in texts:
        assert [_spans(m) for m in scanner.scan(text, overlapped=overlapped)] == \
            [_spans(pattern.finditer(text, overlapped=overlapped)) for pattern in scanner.patterns]
    assert [_spans(m) for m in scanner.scan(texts[0], overlapped=overlapped)] == first

class _RecordingPattern:
    """Stands for a compiled pattern and records where `match` is tried."""

    def __init__(self, pattern):
        self.compiled, self.tried = pattern, []
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def match(self, text, pos, *args, **options):
        self.tried.append(pos)
        return self.compiled.match(text, pos, *args, **options)


@pytest.mark.parametrize("overlapped", [False, True])
def test_a_start_is_tried_only_where_a_required_literal_begins_at_or_after_it(overlapped):
    # "ab"/"cd" begin every match and "tail" lies in every match: a start with no "tail" from it
    # on cannot match. The second pattern's starts hold its literal, so it is tried at every start.
    patterns = [regex.compile(r"(?<!\w)(?:ab|cd)\w*?tail", regex.IGNORECASE),
                regex.compile(r"(?<!\w)(?:ab|cd)\w*", regex.IGNORECASE)]
    scanner = Scanner(patterns)
    assert scanner._no_bound == (-1, sys.maxsize)
    text = "ab cd. CDxtail ab AB tai"
    recording = _RecordingPattern(patterns[0])
    scanner.patterns = (recording, patterns[1])
    found = scanner.scan(text, overlapped=overlapped)
    assert recording.tried == [0, 3, 7]                   # not at 15 nor 18: no "tail" after them
    assert [m.span() for m in found[0]] == [(7, 14)]
    for pattern, matches in zip(patterns, found):
        assert _spans(matches) == _spans(pattern.finditer(text, overlapped=overlapped))
    recording.tried.clear()
    assert scanner.scan(text, 8)[0] == () and recording.tried == []     # its starts lie past "tail"


# Text built from the vocabularies' own words, digits, spaces of every kind and characters whose
# case folding is special, so that starts, near-misses and fallbacks all occur.
PIECES = ["NVIDIA ", "nvidia", "V100", "A100 ", "RTX 3090", "GPU", "gpus", "FPGA", "ZCU102", "Jetson",
          "TX2", "edge ", "the edge", "CPU", "multi-core ", "in-memory ", "processing ", "accuracy",
          "top-1", "latency", "speedup", "BLEU", "F1", "AUC", "ms", "x", "×", "$\\times$", "\\%",
          "%", "two-fold", "twice", "an order of magnitude", "half", "1.5", "3", "10^4", " ", "  ",
          "\t", "\n", "\u00a0", "-", "–", ".", ",", "(", ")", "İ", "ı", "ß", "ﬁ", "K", "ſ", "٣",
          "Ⅻ", "é", "É", "µ", "μ", "wall-clock time", "training time", "overhead", "memory overhead",
          " dataset", " Datasets", "benchmark", "CIFAR-10", "KiTS", ", ", " and ", "Foo-3D", "^", "_"]


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


def test_starts_grow_to_the_length_asked_and_are_cut_back_where_too_many():
    assert starts(r"abcdefghijklmnop") == {"abcdefgh"}
    assert starts(r"abcdefghijklmnop", length=12) == {"abcdefghijkl"}
    spaces = (" ", "\t")
    assert starts(r"x\s+y", length=4) == ({f"x{a}y" for a in spaces} | {f"x{a}{b}y" for a in spaces for b in spaces}
                                          | {f"x{a}{b}{c}" for a in spaces for b in spaces for c in spaces})
    letters = "abcde"
    assert starts(r"[a-e][a-e][a-e]x", most=100) == {a + b for a in letters for b in letters}
    assert starts(r"(?:[a-e][a-e][a-e]|z)x", most=100) == {a + b for a in letters for b in letters} | {"zx"}


def test_a_scanner_prefers_long_starts_unless_one_is_short():
    from claims.matching.plan import _starts

    def long_starts(pattern: str):
        return _starts(pattern, regex.compile(pattern).flags)
    assert long_starts(r"dedicated[ ]hardware") == {"dedicated ha"}
    assert long_starts(r"(?:xyz|abcdefghijklmn)y") == {"xyzy", "abcdefghijkl"}
    assert long_starts(r"(?:x|abcdefghijklmn)y") == {"xy", "abcdefgh"}    # "xy" is short
    assert long_starts(r"\d\w") is None                    # "0": nearly everywhere


def test_a_character_folding_to_several_starts_only_under_full_case_folding():
    full, simple = regex.FULLCASE | regex.IGNORECASE, regex.VERSION0
    assert starts(r"ﬁx|ab", full) == {"fix", "ab"}
    assert starts(r"ﬁx|ab", simple) == {"ab"}                     # "ﬁ" matches only itself
    assert starts(r"(?i:ﬁ)x|ab", regex.FULLCASE) == {"fix", "ab"}
    assert starts(r"(?-i:ﬁ)x|ab", full) == {"ab"}
    assert starts(r"ﬁx", simple) == set()                         # no text with a skeleton
    pattern = regex.compile(r"ﬁne|fit")
    scanner = Scanner([pattern])
    for text in ("a ﬁne fit", "a fine fit", "ﬁt"):
        assert _spans(scanner.scan(text)[0]) == _spans(pattern.finditer(text))


def test_anchored_patterns():
    assert anchored(r"^\s?bits?") and anchored(r"\Aab") and anchored(r"(?:^a|^b)c")
    assert anchored(r"(?<=x)^a") and anchored(r"(?:(?=x))^a") and anchored(r"(?i:^ab)")
    assert not anchored(r"^a|b") and not anchored(r"a^") and not anchored(r"(?:^a|b)c")
    assert not anchored(r"^a", regex.MULTILINE) and not anchored(r"(?m:^a)") and not anchored(r"\s?^a")
    assert anchored(r"\Aa", regex.MULTILINE)


@pytest.mark.parametrize("text, pos, endpos", [
    ("bits and bits", 0, None), (" bits", 0, None), ("bits", 1, None), ("a bits", 0, None),
    ("bi", 0, None), ("bits", 0, 3), ("", 0, None), ("ünits", 0, None), ("x\nbits", 2, None),
    ("İ bits", 0, None), ("patients", 0, None), ("three patients", 0, None),
])
def test_scanner_tries_an_anchored_pattern_only_at_the_start(text, pos, endpos):
    patterns = [regex.compile(p, regex.IGNORECASE) for p in (
        r"^\s?bits?", r"\A(?:bi|ün)", r"(?m)^bits", r"^(?:\w+\s+){0,2}?patients",
        r"^\w+(?:\s+\w+)?\s+patients|^patients", r"^.", r"^(?:k|\w+)")]
    found = Scanner(patterns).scan(text, pos, endpos)
    end = len(text) if endpos is None else endpos
    for pattern, matches in zip(patterns, found):
        assert _spans(matches) == _spans(pattern.finditer(text, pos, end)), pattern.pattern


@pytest.mark.parametrize("text", [
    "5% label noise", " % Gaussian noise", "%\tsalt-and-pepper dropout", "2% token dropout reduction",
    "% noise", "5% of the time", "", "noisy",
])
def test_an_anchored_pattern_with_thousands_of_starts_keeps_a_short_list(text):
    # Every spacing and word of "^\s?%?\s?(?:(?:token|...)[\s-]){0,2}(?:noise|...)" is a start of
    # its own; the plan keeps a few short ones, which gate its one try as well.
    words = "|".join(["token", "word", "feature", "input", "pixel", "label", "Gaussian", "salt-and-pepper"])
    pattern = regex.compile(rf"^\s?%?\s?(?:(?:{words})[\s-]){{0,2}}(?:dropout|noise|masking)(?!\p{{L}})"
                            r"(?!\s(?:reduction|removal))", regex.IGNORECASE | regex.VERSION1)
    assert len(starts(plain_edges(pattern.pattern), pattern.flags) or ()) > 1000
    assert len(plan([pattern]).anchored_by_start) <= MAX_ANCHORED_STARTS
    found = Scanner([pattern]).scan(text)[0]
    assert _spans(found) == _spans(pattern.finditer(text))


def test_branches_cut_the_first_alternation_after_nothing_but_lookarounds():
    assert branches(r"(?<!\w)(?:(?:\w+ing\s+time)|(?:wall\s+time))s?") == [
        r"(?<!\w)(?:(?:\w+ing\s+time))s?", r"(?<!\w)(?:(?:wall\s+time))s?"]
    assert branches(r"ab|c[|\]]d|\|e") == ["ab", r"c[|\]]d", r"\|e"]
    assert branches(r"[]|]a|b") == ["[]|]a", "b"]
    assert branches(r"^(?i:x|y)z") == ["^(?i:x)z", "^(?i:y)z"]
    assert branches(r"(?P<n>a|b)c") == ["(?P<n>a)c", "(?P<n>b)c"]


@pytest.mark.parametrize("pattern", [
    r"abc", r"a(?:x|y)", r"(?!a|b)c", r"(?=a|b)c", r"(?<=a|b)c", r"(?>a|b)c", r"(?|a|b)",
    r"(?x)a | b", r"(a|b", r"\L<words>|x",
])
def test_branches_are_none_where_cutting_would_not_stand_for_the_pattern(pattern):
    assert branches(pattern) is None


@pytest.mark.parametrize("text", [
    "reading time", "reading times and wall time", "the training time", "wall\ttime", "xwall time",
    "loading timewall time", "a", "", "reading   time, sorting time", "İ reading time",
])
def test_scanner_tries_a_pattern_in_full_only_where_an_alternative_matches(text):
    # "[^\S\n]" (white space but a line feed) keeps them from running in runs of a class.
    patterns = [regex.compile(p, regex.IGNORECASE) for p in (
        r"(?<!\w)(?:(?!training)\w{3,20}ing[^\S\n]+time|wall[^\S\n]+time)s?",
        r"(?:(\w+)ing|wall)[^\S\n]+time",                # cut at the top: "ing" and "wall"
        r"(?:\w+ing[^\S\n]+|wall[^\S\n]+)(?:time|timewall)",
    )]
    scanner = Scanner(patterns)
    assert all(scanner._split[index] for index in range(2)) and not scanner._outside
    for overlapped in (False, True):
        found = scanner.scan(text, overlapped=overlapped)
        for pattern, matches in zip(patterns, found):
            assert _spans(matches) == _spans(pattern.finditer(text, overlapped=overlapped)), pattern.pattern


def test_scanner_equals_finditer_where_a_class_matches_several_characters_under_full_case_folding():
    pattern = regex.compile(r"(?<![\w-])[\p{L}\d][\w-]{0,40}-based", regex.IGNORECASE | regex.VERSION1)
    text = "a" + "s" * 60 + "-based"
    assert [m.span() for m in pattern.finditer(text)] == [(0, 67)]   # 40 passes over "ss"
    assert _spans(Scanner([pattern]).scan(text)[0]) == _spans(pattern.finditer(text))


def test_required_literals():
    assert required(r"(?:\w+\s+)?overheads?") == {"overhead"}
    assert required(r"\p{L}{3,20}ing\s+times?") == {"time"}
    assert required(r"(?:GPU|FPGA)\s+(?:cluster|board)") == {"cluster", "board"}
    assert required(r"\d+\s*x") is None                          # nothing three letters long
    # A positive lookahead reads text from the match's start on; a lookbehind or a negative
    # lookahead may read text the match never reaches.
    assert required(r"\d\((?=(?:the\s)?(?:prior|best)\b)") == {"prior", "best"}
    assert required(r"x(?<=abcx)") is None and required(r"\d(?!prior)") is None
    assert required(r"ab(?=\s+cdef)") == {"cdef"} and required(r"abc(?=de)fg") == {"abcfg"}
    # One set per branch, chosen so that the union stays best: "time" is in both branches, where
    # each branch's own best set ("design", "search") would make the union common.
    assert required(r"(?:\w{3,9}ing\s+times?|(?:design|search)\s+times?)") == {"time"}
    assert required(r"(?:(?:design|search)\s+times?|\w{3,9}ing\s+times?)") == {"time"}
    assert required(r"(?:abcde\s+fg|hijkl\s+fg)") == {"abcde", "hijkl"}


@pytest.mark.parametrize("text", ["3 (prior", "3x (the best", "3 (none", "best 3 (", "3 (best 4 (prior",
                                  "İ 3 (prior"])
def test_a_pattern_gated_by_a_lookahead_literal_equals_finditer(text):
    # The first pattern has no starts and runs in full where a literal occurs; the second is
    # tried at its starts where a literal begins at or after them.
    patterns = [regex.compile(r"\d[^\s()]{0,3}\s?\((?=(?:the\s)?(?:prior|best)\b)", regex.IGNORECASE),
                regex.compile(r"(?<!\w)(?:nn|mm)\d\s?\((?=(?:the\s)?(?:prior|best)\b)", regex.IGNORECASE)]
    scanner = Scanner(patterns)
    assert scanner._always == [] and scanner._no_bound == (sys.maxsize, -1)
    for pos, endpos in ((0, len(text)), (0, len(text) - 1), (2, len(text)), (3, len(text))):
        for pattern, matches in zip(patterns, scanner.scan(text, pos, endpos)):
            assert _spans(matches) == _spans(pattern.finditer(text, pos, endpos))
        for pattern, matches in zip(patterns, scanner.scan("nn" + text, pos, endpos)):
            assert _spans(matches) == _spans(pattern.finditer("nn" + text, pos, endpos))


def test_skeleton_reads_digits_as_zero_and_refuses_special_folding():
    assert skeleton("A100 GPU\tand\nRTX-3090") == "a000 gpu\tand\trtx-0000"
    assert skeleton("A100 GPU\tand\nRTX-3090 é") == "a000 gpu\tand\trtx-0000 é"   # folded as str
    every_ascii = "".join(map(chr, range(128)))
    assert skeleton(every_ascii) == skeleton(every_ascii + "é")[:-1] \
        == every_ascii.casefold().translate(SKELETON)
    # Text that is not ASCII is translated as UTF-8 bytes, lone surrogates too.
    for text in ("Ünïcödé 12\n3\tK", "a\ud800 1\udfff\x0b", "😀 9\r",
                 every_ascii + "\u00e9\u2603\U0001F600"):
        assert skeleton(text) == text.casefold().translate(SKELETON)
    for text in ("Straße", "İstanbul", "ﬁne", "a dotless ı"):
        assert skeleton(text) is None
    # Every digit reads "0" and every space but " " a tab, as `regex` reads \d and \s (issue 18:
    # full-width digits and odd spaces no longer send a text to full scans).
    for text, expected in (("٣ times", "0 times"), ("a\u00a0b", "a\tb"), ("x\u2009Y", "x\ty"),
                           ("\uff11\uff12.\uff15\uff38", "00.\uff15\uff58".replace("\uff15", "0"))):
        assert skeleton(text) == expected


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



def test_confining_class_holds_what_matches_and_lookaheads_consume():
    assert confining_class(r"(?<![^,;])[A-Z][\w.-]{0,9} data") == r"[ \-\.\w]"    # lookbehinds: anything
    assert confining_class(r"(?i:k)b(?=[+^]|\d)") == r"[\+\^\d\w]"
    assert confining_class(r"x[ ]y\b") == r"[ \w]"
    assert confining_class(r"-\b") == r"[\-\w]"                          # \b: the class holds \w
    assert confining_class(r"\p{Lu}\p{Nd}:") == r"[\:\p{Lu}\p{Nd}\w]"
    assert confining_class(r"(?<!\p{L})x+(?!\p{N})") == r"[\p{N}\w]"     # what a lookahead may read
    members = regex.compile(confining_class(r"[\x00-\x2f]+[\]^\[]?abc"), regex.VERSION1)
    assert [c for c in map(chr, range(128)) if members.fullmatch(c)] == [
        *map(chr, range(0x30)), *"0123456789", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz"]
    for pattern in (r"a.b", r"a[^,]b", r"a\Wb", r"^ab", r"ab$", r"a\Zb", r"\P{N}b", r"é b", r"(a)\1",
                    r"a(?=.)", r"a(?!\S)", r"[à-é]b", r"\p{N}\uE000", r"\p{N}\U0000e000", "\\p{N}\ue000"):
        assert confining_class(pattern) is None, pattern


def test_confining_class_reads_no_other_character_for_an_ascii_one():
    r"""A class member stands for what `regex` (IGNORECASE, FULLCASE) matches to it: a letter or
    digit for \w, which holds every character matching one, a punctuation mark for itself."""
    everything = _all_characters()
    punctuation = "".join(c for c in map(chr, range(128)) if not c.isalnum() and c != "_")
    flags = regex.IGNORECASE | regex.FULLCASE | regex.VERSION1
    assert set(regex.findall(f"[{regex.escape(punctuation)}]", everything, flags)) == set(punctuation)
    assert not regex.findall(r"(?=[a-z0-9_])\W", everything, flags)
    assert not [c for c in everything if not c.isascii() and set(c.casefold()) & set(punctuation)]


@pytest.mark.parametrize("name", ["L", "Lu", "N", "No", "P", "So", "Mn"])
def test_a_property_s_class_holds_every_character_the_property_matches_case_insensitively(name):
    members = regex.compile(confining_class(rf"\p{{{name}}}+abc"))
    flags = regex.IGNORECASE | regex.FULLCASE | regex.VERSION1
    assert all(members.fullmatch(c) for c in regex.findall(rf"\p{{{name}}}", _all_characters(), flags))


class _RecordingFinditer:
    """Stands for a compiled pattern and records the windows `finditer` searches."""

    def __init__(self, pattern):
        self.pattern, self.searched = pattern, []

    def finditer(self, text, pos, endpos, **options):
        self.searched.append((pos, endpos))
        return self.pattern.finditer(text, pos, endpos, **options)


def test_a_confined_pattern_runs_only_in_the_runs_that_hold_its_literal():
    pattern = regex.compile(r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) (?i:dataset|benchmark)s?\b")
    scanner = Scanner([pattern])
    assert 0 in scanner._outside and not scanner._split
    text = "On Foo-3D, the ImageNet Dataset (and KiTS benchmarks) beat X data; DATASET, Bar dataset"
    recording = _RecordingFinditer(pattern)
    scanner.patterns = (recording,)
    found = scanner.scan(text)[0]
    assert [m.group("name") for m in found] == ["ImageNet", "KiTS", "Bar"]
    assert _spans(found) == _spans(pattern.finditer(text))
    # The runs around "Dataset", "benchmarks", "DATASET" and the last "dataset"; "data" holds no
    # literal, and no run is searched twice.
    assert [text[pos:end] for pos, end in recording.searched] == [
        " the ImageNet Dataset ", "and KiTS benchmarks", " DATASET", " Bar dataset"]
    recording.searched.clear()
    assert _spans(scanner.scan(text, 19, 55)[0]) == _spans(pattern.finditer(text, 19, 55))
    assert recording.searched == [(19, 32), (33, 52)]


@pytest.mark.parametrize("text", [
    "a Foo dataset", "Foo datasetX dataset", "Foo dataset-x", "Foo dataset_", "x-Foo dataset",
    "Foo Bar dataset dataset", "FOO DATASETS.", "Foo\tdataset", "Foo dataset\u00e9 Bar dataset",
    "İ Foo dataset", "Foo ﬁ dataset", "", "dataset", "+++a", "a+++ +++é +++",
])
def test_a_confined_pattern_equals_finditer_at_the_runs_edges(text):
    patterns = [regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in (
        r"(?<![\w-])[A-Z]\w* (?:[A-Z]\w* )?datasets?(?![_-])\b",
        r"(?<=\w )[A-Z]\w*(?= dataset) dataset(?=\w|\.)",
        r"[\x00-\x2f]*\+\+\+\b",     # a word character after the run would make a boundary
    )]
    scanner = Scanner(patterns)
    assert set(scanner._outside) == {0, 1, 2}
    for overlapped in (False, True):
        for pos, endpos in ((0, len(text)), (2, len(text)), (0, max(0, len(text) - 3))):
            found = scanner.scan(text, pos, endpos, overlapped=overlapped)
            for pattern, matches in zip(patterns, found):
                assert _spans(matches) == _spans(pattern.finditer(text, pos, endpos, overlapped=overlapped))


def test_an_alternation_confined_to_runs_runs_there_rather_than_where_an_alternative_matches():
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}{3,20}ing\s+times?|(?:design|search)\s+times?)"
                            r"(?!\p{N})", regex.IGNORECASE | regex.VERSION1)
    scanner = Scanner([pattern])
    assert branches(pattern.pattern) and 0 in scanner._outside and not scanner._split
    for text in ("the running time, design times and search time2", "İ search time", "x² loading time²"):
        for overlapped in (False, True):
            assert _spans(scanner.scan(text, overlapped=overlapped)[0]) == \
                _spans(pattern.finditer(text, overlapped=overlapped))


def test_windows_do_not_push_the_abstract_skeleton_out():
    from claims.matching import skeleton as scanning

    abstract = "We evaluate on ImageNet. " * 20
    scanner = Scanner([regex.compile(r"imagenet", regex.IGNORECASE)])
    scanner.scan(abstract)
    before = scanning._whole_skeleton.cache_info()
    for start in range(0, 100, 20):        # five windows, more than the window cache holds
        scanner.scan(abstract[start:start + 80])
    assert [m.start() for m in scanner.scan(abstract)[0]] == [m.start() for m in regex.finditer("ImageNet", abstract)]
    after = scanning._whole_skeleton.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (1, 0)


@given(st.sets(st.text(alphabet="ab0 \t", min_size=1, max_size=5), max_size=30))
def test_starts_keep_only_the_strings_that_extend_no_other(texts):
    from claims.matching.starts import _without_extensions

    assert _without_extensions(texts) == {t for t in texts if not any(t != o and t.startswith(o) for o in texts)}


_RUN_CASES = [
    r"abcdefghijklmnop", r"(?:ab|abcdefghij)klmnop", r"x(?:yz)+abcdefghij", r"(?:a|bcdefg)hijklmno",
    r"straße|STRASSE", r"(?i:ﬁle)name", r"(?-i:Ab)cdEF", r"[ab]cdefghijklm", r"(?:NVIDIA\s+)?(?:Tesla[- ]?)?V100",
]


@pytest.mark.parametrize("length, most", [(8, 8192), (12, 4096), (3, 8), (5, 2)])
def test_a_run_of_literals_grows_the_starts_as_its_characters_one_by_one_would(monkeypatch, length, most):
    """`syntax._extend` reads a run of literals at once; read character by character (no runs),
    every pattern of the vocabularies and these cases give the same starts."""
    from claims.matching import starts as syntax

    patterns = [(p, regex.IGNORECASE | regex.FULLCASE) for p in _RUN_CASES] \
        + [(p, regex.VERSION0) for p in _RUN_CASES] \
        + [(p.pattern, p.flags) for name in sorted(VOCABULARIES) for p in _scanner(name).patterns]

    def all_starts():
        return [syntax.starts(plain_edges(p), flags, length, most) for p, flags in patterns]
    with_runs = all_starts()
    monkeypatch.setattr(syntax, "_literal_run", lambda items, index, case: "")
    assert all_starts() == with_runs
    assert any(found for found in with_runs)


def test_a_scan_without_automaton_hits_still_runs_the_patterns_run_in_full_and_the_anchored_ones():
    in_full, anchored_start, listed = (regex.compile(p, regex.IGNORECASE) for p in (r"[^a]\d", r"^\s?bits?", r"nvidia"))
    assert Scanner([in_full])._always == [0]
    for patterns, text, expected in (([in_full, listed], "an x5 and y7", [["x5", "y7"], []]),
                                     ([anchored_start, listed], " bits of it", [[" bits"], []])):
        scanner = Scanner(patterns)
        assert [[m[0] for m in matches] for matches in scanner.scan(text)] == expected


def test_a_scanner_builds_its_automaton_at_its_first_scan_only():
    # A stage sets up its scanners when imported; building every automaton is most of a new
    # process's first extract, which scans with only some of them (issue 21: start-up).
    scanner = Scanner([regex.compile(r"(?<!\w)(?:NVIDIA\s+)?[VA]100", regex.IGNORECASE),
                       regex.compile(r"\bTPU\s?v\d", regex.IGNORECASE)])
    assert "_automaton" not in vars(scanner)
    assert [m.group(0) for m in scanner.scan("An nvidia V100 and a TPU v4.")[0]] == ["nvidia V100"]
    assert "_automaton" in vars(scanner)
    assert [m.group(0) for m in scanner.finditer(1, "A TPU v4, a TPUv5 and an A100.")] == ["TPU v4", "TPUv5"]


def test_scanners_of_the_same_words_share_one_automaton():
    patterns = [regex.compile(r"\bJetson\s+(?:Nano|TX2)\b", regex.IGNORECASE)]
    first, second = Scanner(patterns), Scanner(list(patterns))
    first.scan("a Jetson Nano"), second.scan("a Jetson TX2")
    assert first._automaton is second._automaton


def test_equal_codes_of_a_plan_are_one_object():
    # Thousands of start words share a few codes; kept once, the plan reads back fast.
    found = plan([regex.compile(r"\b(?:alpha|beta|gamma|delta)\d", regex.IGNORECASE),
                  regex.compile(r"\b(?:omega|sigma)x", regex.IGNORECASE)])
    by_words = dict(zip(found.words, found.codes))
    assert by_words == {"alpha0": ((), (0,), None), "beta0": ((), (0,), None), "delta0": ((), (0,), None),
                        "gamma0": ((), (0,), None), "omegax": ((), (1,), None), "sigmax": ((), (1,), None)}
    assert all(by_words[word] is by_words["alpha0"] for word in ("beta0", "delta0", "gamma0"))
    assert by_words["sigmax"] is by_words["omegax"]

