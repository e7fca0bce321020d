"""A bounded, deterministic fuzz run (hypothesis, derandomize=True) of the readers and of
`claims.extract`, seeded with the small real files of tests/data/fuzz_seeds/: each seed is
mutated (bytes flipped, cut, spliced, repeated) and written under several suffixes.

Readers must give papers or one-line problems naming the file, never raise; extract must give
sound claims. When a fuzz case fails, hypothesis prints the bytes: add them to the seeds.
"""
from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

import claims
from claims.errors import InputError
from claims.model import DIRECTIONS, KINDS, METRICS, QUALIFIERS, ReadReport
from claims.readers import read_file

SEEDS_DIR = Path(__file__).parent / "data" / "fuzz_seeds"
SEEDS = {path.name: path.read_bytes() for path in sorted(SEEDS_DIR.iterdir())}
SUFFIXES = ["", ".txt", ".jsonl", ".json", ".csv", ".tsv", ".bib", ".xml", ".atom", ".ndjson", ".ris",
            ".nbib", ".gz"]
ABSTRACTS = [line for line in SEEDS["abstracts.txt"].decode("utf-8").splitlines() if line]
FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "splice", "repeat", "delete"]))
        at = draw(st.integers(0, len(data)))
        if action == "flip" and data:
            index = min(at, len(data) - 1)
            data[index] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"\x00", b"\r", b"\n", b'"', b"{", b"}", b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xe2\x80"]))
        elif action == "splice":
            other = draw(st.sampled_from(sorted(SEEDS.values())))
            start = draw(st.integers(0, len(other)))
            data[at:at] = other[start:start + draw(st.integers(1, 200))]
        elif action == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 40))] * draw(st.integers(2, 20))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 20))]
    return bytes(data)


seed_bytes = st.sampled_from(sorted(SEEDS)).flatmap(lambda name: mutated(SEEDS[name]))


def check_read(path: Path, strict: bool = False) -> None:
    report = ReadReport()
    try:
        papers = list(read_file(path, report, strict))
    except InputError as exc:
        assert strict and str(exc).startswith(str(path))
        return
    assert report.read == len(papers)
    for paper in papers:
        assert paper.title or paper.abstract        # a plain-text abstract may have no title
        assert paper.title == paper.title.strip() and "\n" not in paper.title
        assert isinstance(paper.abstract, str) and paper.source == path.name
        assert paper.line is None or paper.line >= 1
    for problem in report.problems:
        assert problem.where.startswith(str(path)) and problem.message
        assert "\n" not in problem.message, problem.message


@FUZZ
@given(seed_bytes, st.sampled_from(SUFFIXES), st.booleans())
def test_readers_on_mutated_seeds(tmp_path_factory, data, suffix, strict):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    check_read(path, strict)


@settings(FUZZ, max_examples=100)
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_readers_on_random_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    check_read(path)


def test_every_seed_reads_without_surprise(tmp_path):
    for name, data in SEEDS.items():
        path = tmp_path / name
        path.write_bytes(data)
        check_read(path)


@st.composite
def mutated_abstract(draw) -> str:
    text = draw(st.sampled_from(ABSTRACTS))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.text(max_size=6) | st.sampled_from(
            ["x", "×", "%", "\\%", "$", "{", "}", "-", "–", "−", "~", ".", ",", " to ", " and ",
             "10^", "e3", "0" * 30, "(", ")", "\u200b", "\n\n"]))
        if draw(st.booleans()):
            text = text[:at] + piece + text[at:]
        else:
            text = text[:at] + piece + text[at + draw(st.integers(1, 10)):]
    return text


@FUZZ
@given(mutated_abstract())
def test_extract_on_mutated_abstracts(text):
    for claim in claims.extract(text):
        assert text[claim.start:claim.end] == claim.text
        assert math.isfinite(claim.value)
        assert claim.value_low is None or claim.value_low <= claim.value
        assert claim.metric in METRICS and claim.kind in KINDS
        assert claim.direction in DIRECTIONS + (None,) and claim.qualifier in QUALIFIERS + (None,)
