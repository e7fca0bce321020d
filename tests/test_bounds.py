"""Bounds that keep one paper's cost and rows in proportion (claims.build, claims.engine):
abstracts over the length limit are skipped by name, long claim sentences are clipped around
the number, chunks are cut by characters as well as papers, a chunk whose tables do not fit in
memory is built paper by paper, and a Parquet writer that fails to close stays quiet."""
from __future__ import annotations

import gc
import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claims.build import (ABSTRACT_LIMIT, SENTENCE_LIMIT, AbstractTooLong, claim_rows,
                          clip_window, platform_rows)
from claims.cli import main
from claims.engine import chunks as chunks_module
from claims.engine.chunks import CHUNK_CHARS, chunked, extract_chunk
from claims.engine.writer import close_parquet
from claims.model import Paper, Problem

CLAIM = "It runs 2x faster on an NVIDIA A100 GPU. "


def paper_record(abstract: str, title: str = "Long One") -> dict:
    return {"paper_id": "p1", "title": title, "source": "in.jsonl", "line": 3, "abstract": abstract}


# --- abstracts over the limit ---------------------------------------------------------------

def test_an_abstract_over_the_limit_is_skipped_by_name():
    long = (CLAIM * (ABSTRACT_LIMIT // len(CLAIM) + 1))[:ABSTRACT_LIMIT + 1]
    problems: list[Problem] = []
    assert list(claim_rows([paper_record(long)], problems)) == []
    assert list(platform_rows([paper_record(long)], problems)) == []
    assert [str(p) for p in problems] == [
        'in.jsonl:3: paper p1 "Long One": abstract of 100,001 characters is over the limit of '
        "100,000; not extracted"]
    with pytest.raises(AbstractTooLong):
        list(claim_rows([paper_record(long)]))


def test_an_abstract_at_the_limit_is_extracted():
    at_limit = (CLAIM * (ABSTRACT_LIMIT // len(CLAIM) + 1))[:ABSTRACT_LIMIT]
    rows = list(claim_rows([paper_record(at_limit)]))
    assert len(rows) == at_limit.count("2x") and {r["text"] for r in rows} == {"2x"}


def test_the_engine_keeps_the_paper_row_and_names_the_paper():
    long = Paper(title="Runaway", abstract="x" * (ABSTRACT_LIMIT + 5), paper_id="r1",
                 source="in.jsonl", line=7)
    short = Paper(title="Short", abstract="It is 3x faster.", paper_id="s1", source="in.jsonl",
                  line=8)
    result = extract_chunk([long, short], "csv")
    assert result.counts == {"papers": 2, "claims": 1, "platforms": 0}
    assert [str(p) for p in result.problems] == [
        'in.jsonl:7: paper r1 "Runaway": abstract of 100,005 characters is over the limit of '
        "100,000; not extracted; paper kept without claims"]


def test_the_cli_says_which_paper_was_skipped(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"title": "Runaway", "abstract": "y " * ABSTRACT_LIMIT}) + "\n"
                      + json.dumps({"title": "Fine", "abstract": "It is 3x faster."}) + "\n")
    assert main(["extract", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("claims: in.jsonl:1: paper ") and err[0].endswith(
        '"Runaway": abstract of 199,999 characters is over the limit of 100,000; not extracted; '
        "paper kept without claims")
    assert err[1] == ("claims: read 2 papers from 1 file; skipped 0 records; 1 paper kept "
                      "without claims (see above)")


# --- long claim sentences -------------------------------------------------------------------

class CountingStr(str):
    """An abstract that counts the searches made in it."""

    searches = 0

    def rfind(self, *args):
        CountingStr.searches += 1
        return super().rfind(*args)


def test_a_long_sentence_is_clipped_around_each_claim_in_one_search():
    # One sentence of 2,280 characters with 60 claims, all with the same text.
    abstract = ("Our kernel is 12.5x faster than X and " * 60).strip() + "."
    CountingStr.searches = 0
    rows = list(claim_rows([paper_record(CountingStr(abstract))]))
    assert len(rows) == 60 and CountingStr.searches == 1
    for row in rows:
        assert abstract[row["start"]:row["end"]] == row["text"] == "12.5x"
        assert row["sentence"] == clip_window(abstract, row["start"], row["end"])
        assert len(row["sentence"]) <= SENTENCE_LIMIT + 2
    assert rows[0]["sentence"].startswith("Our kernel is 12.5x") and rows[0]["sentence"].endswith("…")
    assert rows[30]["sentence"].startswith("…") and rows[30]["sentence"].endswith("…")
    assert rows[-1]["sentence"].endswith("12.5x faster than X and.")


def test_short_sentences_are_kept_whole():
    abstract = "We study kernels. Our kernel is 12.5x faster than cuBLAS on an A100."
    [row] = claim_rows([paper_record(abstract)])
    assert row["sentence"] == "Our kernel is 12.5x faster than cuBLAS on an A100."


@pytest.mark.parametrize("sentence, start, end, limit, clipped", [
    ("a b c 5x d e f", 6, 8, 100, "a b c 5x d e f"),
    ("alpha beta 5x gamma delta epsilon zeta", 11, 13, 20, "…beta 5x gamma…"),
    ("5x faster than every one of them all", 0, 2, 16, "5x faster than…"),
    ("all of them are slower than ours at 5x", 36, 38, 12, "…ours at 5x"),
    ("x" * 50 + " 2x", 51, 53, 10, "…2x"),
    ("from 82.0% to 89.9% overall", 0, 19, 10, "from 82.0% to 89.9%…"),
])
def test_clip_window(sentence, start, end, limit, clipped):
    assert clip_window(sentence, start, end, limit) == clipped


# --- chunks: bounded in characters; built paper by paper when memory runs out -------------------

def test_chunks_are_cut_by_characters_as_well_as_papers():
    big = [Paper(title=f"B{i}", abstract="x" * (CHUNK_CHARS // 2)) for i in range(5)]
    small = [Paper(title=f"S{i}", abstract="tiny") for i in range(5)]
    assert [len(c) for c in chunked(big + small, size=4)] == [2, 2, 4, 2]
    assert [len(c) for c in chunked(small, size=2)] == [2, 2, 1]


def test_a_chunk_too_big_for_memory_is_built_paper_by_paper(monkeypatch):
    real = chunks_module._encoded

    def encoded(papers, claims, platforms, fmt, problems):
        if len(papers) > 1 or any(p.title == "Huge" for p, rows in claims if rows):
            raise MemoryError
        return real(papers, claims, platforms, fmt, problems)

    monkeypatch.setattr(chunks_module, "_encoded", encoded)
    papers = [Paper(title=t, abstract="It is 3x faster on a V100 GPU.", paper_id=t.lower(),
                    source="in.jsonl", line=n) for n, t in enumerate(["One", "Huge", "Two"], 1)]
    for fmt in ("csv", "parquet"):
        result = extract_chunk(papers, fmt)
        assert result.counts == {"papers": 3, "claims": 2, "platforms": 2}, fmt
        assert [str(p) for p in result.problems] == [
            "in.jsonl:2: extraction failed (MemoryError: its claim rows do not fit in memory); "
            "paper kept without claims"]
    assert result.payloads["claims"].column("paper_id").to_pylist() == ["one", "two"]


class FullDisk:
    """A file whose writes fail once `full` is set, as on a disk that filled up."""

    def __init__(self):
        self.full, self.closed = False, False

    def write(self, data) -> int:
        if self.full:
            raise OSError(28, "No space left on device")
        return len(data)

    def flush(self):
        pass

    def close(self):
        self.closed = True


def test_a_parquet_writer_that_cannot_close_is_closed_once_and_quietly(monkeypatch):
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    disk = FullDisk()
    writer = pq.ParquetWriter(disk, pa.schema([("text", pa.string())]))
    writer.write_table(pa.table({"text": ["x" * 10_000]}))
    disk.full = True                    # the footer, written on close, does not fit
    with pytest.raises(OSError):
        close_parquet(writer)
    assert writer.is_open is False
    del writer
    gc.collect()
    assert unraisable == []
