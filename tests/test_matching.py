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
        assert list(readers.find_numbers(text)) == found, text
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
