"""The matching boundary's contract: the same matches as plain `regex`.

One generic test runs the whole extractor twice, once as shipped and once with
`CLAIMS_MATCHING=plain` (no automaton, no fast word edges, no hand-written readers), over the
seeds, every example of every rule file and generated text, and requires identical tables. The
hand-written readers are also compared with their patterns directly, exhaustively on short texts.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from itertools import product
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from claims.matching import readers
from claims.patterns import load_patterns
from claims.readers import read_papers
from claims.resources import seed_pages

ROOT = Path(__file__).resolve().parent.parent
_HOSTILE = ["ß" * 40 + " 5x faster", "İ 5% ı 3x", "１２.５ｘ faster", "x" * 3000 + " 12 ms", "1.1." * 200,
            "(" * 200 + "5%" + ")" * 200, "5% " * 300, "\u0130NVIDIA V100 GPUs: 2.5x", "ﬁne-tuning 3x faster"]


def _generated(abstracts: list[str], count: int) -> list[str]:
    """Abstracts made of shuffled sentences of the seeds, with numbers changed: text the rules
    were not written on, reproducibly."""
    rng = random.Random(20261205)
    sentences = [s for text in abstracts for s in text.split(". ") if s]
    out = []
    for _ in range(count):
        picked = rng.sample(sentences, 5)
        text = ". ".join(picked) + "."
        out.append("".join(str(rng.randint(1, 99)) if c.isdigit() and rng.random() < 0.3 else c for c in text))
    return out


def _corpus(path: Path) -> None:
    papers = list(read_papers(seed_pages()))
    records = [{"title": p.title, "abstract": p.abstract} for p in papers]
    for pattern_file in load_patterns().files:
        for rule in pattern_file.rules:
            for example in (*rule.examples, *rule.not_claims):
                records.append({"title": example.title or f"{rule.id} {example.location}", "abstract": example.text})
    records += [{"title": f"generated {n}", "abstract": text}
                for n, text in enumerate(_generated([p.abstract for p in papers], 300))]
    records += [{"title": f"hostile {n}", "abstract": text} for n, text in enumerate(_HOSTILE)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _extract(corpus: Path, out: Path, plain: bool) -> dict[str, bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_MATCHING"}
    if plain:
        env["CLAIMS_MATCHING"] = "plain"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    subprocess.run([sys.executable, "-m", "claims", "extract", str(corpus), "--out", str(out), "--format", "jsonl",
                    "--quiet"], check=True, env=env, capture_output=True)
    return {name: (out / f"{name}.jsonl").read_bytes() for name in ("claims", "platforms")}


def test_plain_regex_gives_the_same_tables(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    fast = _extract(corpus, tmp_path / "fast", plain=False)
    plain = _extract(corpus, tmp_path / "plain", plain=True)
    assert fast["claims"].count(b"\n") > 500 and fast["platforms"].count(b"\n") > 200
    for name in fast:
        assert fast[name] == plain[name], name


def _pattern_numbers(text):
    return [(m.start(), m.start("num"), m.end(), m.group("sign")) for m in readers.NUMBER.finditer(text)]


def test_numbers_read_in_ascii_text_are_those_the_pattern_finds():
    texts = ["".join(chars) for size in range(6) for chars in product("105,.^-+a ", repeat=size)]
    pieces = ["10^", "1", "0", "123", ",", ",000", ".", "-", "+", "a", " ", "1234567890123456", "^", ".1234567890123"]
    texts += ["".join(chars) for size in range(1, 5) for chars in product(pieces, repeat=size)]
    texts += [p.abstract for p in read_papers(seed_pages())]
    read = 0
    for text in texts:
        found = _pattern_numbers(text)
        assert list(readers.number_spans(text)) == found, text
        read += len(found)
    assert read > 100_000


def test_a_long_run_of_digits_is_read_in_linear_time():
    searched = []

    class CountedMarks(bytes):
        def find(self, sub, start=0, end=None):
            end = len(self) if end is None else end
            searched.append(end - start)
            return super().find(sub, start, end)

    text = "9" * 100_000
    marks = CountedMarks(text.encode().translate(readers._DIGITS_MARKED))
    position, read = 0, []
    while position < len(text):
        start, _, position, _ = readers._read_number(text, marks, position)
        read.append(text[start:position])
    assert read == [m.group(0) for m in readers.NUMBER.finditer(text)]
    assert sum(searched) < 3 * len(text)          # each run is read no further than its number needs


_ENDS = readers.SentenceEnds(r"\b(?:e\.g|vs|Fig|\p{Lu})\.", r"[\"')\]]", r"\s", r"[\p{Lu}\d(\[\"']")


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5])
def test_sentence_ends_in_ascii_text_are_those_the_pattern_finds(size):
    for chars in product(['.', '!', 'a', 'A', ' ', '\n', '"', ')', '(', '1', 'e.g', 'Fig', 'vs', '\x1c'], repeat=size):
        text = "".join(chars)
        assert list(_ENDS.spans(text)) == [m.span(1) for m in _ENDS.pattern.finditer(text)], repr(text)


def test_ascii_forms_make_only_runs_before_white_space_possessive():
    import regex
    from claims.matching.forms import ascii_form

    def form(source):
        return ascii_form(regex.compile(source, regex.IGNORECASE | regex.VERSION1)).pattern
    assert form(r"^\s?(?:[\p{L}-]+\s+){0,2}?data") == r"^\s?(?:[\p{L}-]++\s+){0,2}?data"
    assert form(r"\p{L}[\p{L}-]*\s+x") == r"\p{L}[\p{L}-]*+\s+x"
    for kept in (r"[\p{L}-]+\s*x", r"[\p{L}-]+\sx", r"\[\p{L}-]+\s+", r"(?<!x)[\p{L}-]+\s+y"):
        assert form(kept) == kept


def _changed_filter_patterns():
    from claims.extraction.rulebook.cues import filter_rules
    from claims.matching.forms import ascii_form
    patterns = [getattr(rule, key) for rule in filter_rules() for key in ("before", "after", "unless_before")
                if getattr(rule, key) is not None]
    return [(p, ascii_form(p)) for p in patterns if ascii_form(p) is not p]


_FILTER_WORDS = ["labels", "labeled", "data", "the", "of", "its", "training", "weights", "sparsity", "patients",
                 "seeds", "for", "and", "requiring", "in", "class", "ss", "st", "fi", "ff", "-", "x", "%", "3", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FILTER_WORDS), st.sampled_from([" ", "  ", "\t", "-"]),
                          st.text(alphabet="abfilstx- ", max_size=4)), max_size=14))
def test_ascii_forms_match_as_the_filters_do_in_ascii_text(pieces):
    text = " ".join(pieces)
    changed = _changed_filter_patterns()
    assert len(changed) >= 3
    for pattern, form in changed:
        assert [m.span() for m in form.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in form.finditer(text[1:])] == [m.span() for m in pattern.finditer(text[1:])]


def test_windows_beyond_ascii_are_read_with_the_patterns_as_written():
    # Full case folding lets [\p{L}-] take "j" and a combining caron as one item (the fold of
    # "ǰ"); the possessive run stops before the caron. So only ASCII text uses the ASCII forms.
    from claims.extraction.rulebook.cues import filter_rules
    from claims.matching import pattern_set
    from claims.matching.forms import ascii_form
    source = next(rule.after for rule in filter_rules() if rule.rule_id == "filter.sparsity_level")
    decomposed = " xj\u030c labels for the task"
    assert source.match(decomposed) and not ascii_form(source).match(decomposed)
    patterns = pattern_set([source], ascii_forms=True)
    assert patterns.scan(decomposed)[0] and patterns.scan(" of the labeled data")[0]


@pytest.mark.parametrize("left", [
    "", "cuts latency by ", "cuts latency by up to ", "an accuracy of ", "reaching an ", "reaching an average",
    "is 5", "xby ", "Xby an ", "ABy ", "with a ", "of a speedup of  ", "of\n", "by\x1c", "(by ", "by\u00a0",
    "ſ by ", "latency BY ", "a,by ", "it is", "It Was a ", "ß by", "İ of ",
])
def test_a_match_at_the_end_is_searched_from_where_its_run_starts(left):
    from claims.extraction.rulebook.cues import word_pattern
    pattern = word_pattern("words.lead_in")
    found, plain = readers.search_at_end(pattern, left), pattern.search(left)
    assert (found and found.span()) == (plain and plain.span())


def test_runs_of_letters_that_fold_to_two_are_read_in_linear_time():
    """Under full case folding "ß" matches "ss", and a case-blind class repeated beside a run of
    them tried every split: four in a row cost a scan its whole time limit. The text is read with
    "ss" (normalize.sharp_s), and the platform rules, which read the text as written, keep their
    listing classes case-sensitive."""
    from claims import extract

    text = "ßßßß, " * 30 + "ß" * 400 + " is 5x faster on Perlmutter, Frontier and Summit."
    assert [(c.text, c.value, c.metric, c.kind, c.hardware) for c in extract(text)] == [
        ("5x", 5.0, "speedup", "ratio", "Perlmutter and Frontier and Summit")]
