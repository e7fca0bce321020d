"""No good record is lost for a bad neighbour, and no input costs more memory than a bounded
line: deep JSON, NUL bytes, long CSV fields, long lines, huge lines on stdin, compressed and
truncated input, Parquet by content, and the messages of a run."""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from claims.cli import main
from claims.model import ReadReport
from claims.readers import read_file, read_papers, streams

GOOD = [{"title": f"Good {n}", "abstract": f"It is {n}x faster."} for n in range(1, 4)]


def jsonl(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    report = ReadReport()
    papers = list(read_papers([path], report))
    return papers, [str(p).replace(f"{tmp_path}/", "") for p in report.problems], report


# ------------------------------------------------------------------------------ deep JSON

DEEP = b'{"title": "Deep", "abstract": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def test_json_lines_nested_100000_deep_cost_their_record(tmp_path):
    papers, problems, _ = read(tmp_path, "in.jsonl", jsonl(GOOD[0], DEEP, GOOD[1]))
    assert [p.title for p in papers] == ["Good 1", "Good 2"]
    assert problems == ["in.jsonl:2: record 2 is JSON nested too deep to read; skipped"]


def test_json_nested_900_deep_parses_but_the_field_is_refused(tmp_path):
    record = b'{"title": "Deep", "abstract": ' + b"[" * 900 + b'"x"' + b"]" * 900 + b"}"
    papers, problems, _ = read(tmp_path, "in.jsonl", jsonl(GOOD[0], record, GOOD[1]))
    assert [p.title for p in papers] == ["Good 1", "Good 2"]
    assert problems == ["in.jsonl:2: a field is nested more than 16 levels deep"]


@pytest.mark.parametrize("wrap", [lambda items: b"[" + items + b"]",
                                  lambda items: b'{"meta": {}, "results": [' + items + b"]}"])
def test_a_deep_record_inside_a_json_document_costs_that_record(tmp_path, wrap):
    items = b",\n".join([json.dumps(GOOD[0]).encode(), DEEP, json.dumps(GOOD[1]).encode()])
    papers, problems, _ = read(tmp_path, "in.json", wrap(b"\n" + items + b"\n"))
    assert [p.title for p in papers] == ["Good 1", "Good 2"]
    assert problems == ["in.json:3: record 2 is JSON nested too deep to read; skipped"]


# ------------------------------------------------------------------------------------ CSV

def test_one_nul_byte_in_a_csv_costs_its_row_only(tmp_path):
    rows = [f"Paper {n},It is {n}x faster." for n in range(1, 6)]
    rows[2] = "Paper 3,It is 3x \x00 faster."
    papers, problems, _ = read(tmp_path, "in.csv", ("title,abstract\n" + "\n".join(rows) + "\n").encode())
    assert [p.title for p in papers] == ["Paper 1", "Paper 2", "Paper 4", "Paper 5"]
    assert problems == ["in.csv:4: row holds a NUL byte (a damaged file?); row skipped"]


def test_a_nul_byte_in_other_text_layouts_is_dropped_with_a_note(tmp_path):
    data = b"@article{k, title={Fast\x00 Kernels}, abstract={It is 2x faster.}}\n"
    papers, problems, _ = read(tmp_path, "in.bib", data)
    assert [p.title for p in papers] == ["Fast Kernels"]
    assert problems == ["in.bib: 1 NUL bytes removed before reading (a damaged file?)"]


def test_csv_fields_over_128_kib_are_read(tmp_path):
    long_abstract = "It is 2x faster. " * 20_000         # 340 KB
    data = f'title,abstract\nLong,"{long_abstract}"\nShort,It is 3x faster.\n'.encode()
    papers, problems, _ = read(tmp_path, "in.csv", data)
    assert problems == [] and [p.title for p in papers] == ["Long", "Short"]
    assert papers[0].abstract == long_abstract.strip()


# ------------------------------------------------------------------------------ long lines

class Pipe:
    """A stdin that makes its bytes only as they are read, and records how much each read asks."""

    def __init__(self, chunks):
        self._chunks, self._pending, self.largest_read, self.made = iter(chunks), b"", 0, 0

    def read(self, size=-1):
        assert size is not None and size > 0, "stdin must never be read whole"
        self.largest_read = max(self.largest_read, size)
        while len(self._pending) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self.made += len(chunk)
            self._pending += chunk
        out, self._pending = self._pending[:size], self._pending[size:]
        return out


def test_a_jsonl_whose_first_line_is_over_64_kib_is_read_line_by_line(monkeypatch):
    first = json.dumps({"title": "Long", "abstract": "It is 2x faster. " * 10_000}).encode() + b"\n"
    lines = [first] + [json.dumps({"title": f"P{n}", "abstract": "x"}).encode() + b"\n"
                       for n in range(20_000)]
    pipe = Pipe(lines)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": pipe})())
    papers = read_file("-", ReadReport())
    assert next(papers).title == "Long"
    assert pipe.made < len(b"".join(lines)) // 2        # the rest is not read yet
    assert sum(1 for _ in papers) == 20_000


def test_a_line_over_the_limit_costs_one_line_and_bounded_memory(monkeypatch):
    monkeypatch.setattr(streams, "MAX_LINE_BYTES", 1 << 20)
    huge = [b'{"title": "Huge", "abstract": "'] + [b"x" * 65536] * 800 + [b'"}\n']   # 52 MB
    pipe = Pipe(huge + [json.dumps(GOOD[0]).encode() + b"\n"])
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": pipe})())
    report = ReadReport()
    assert [p.title for p in read_file("-", report)] == ["Good 1"]
    assert [str(p) for p in report.problems] == [
        "<stdin>:1: line of 52,428,834 bytes, longer than the 1 MiB a record may take; skipped"]
    assert pipe.largest_read <= 2 << 20


def test_zcat_of_a_huge_single_line_into_stdin_gives_one_clear_line(monkeypatch, capsys):
    monkeypatch.setattr(streams, "MAX_LINE_BYTES", 1 << 20)
    compressed = io.BytesIO()
    with gzip.GzipFile(fileobj=compressed, mode="wb") as gz:
        gz.write(b'{"title": "x", "abstract": "')
        for _ in range(300):
            gz.write(b"7" * 100_000)                    # 30 MB on one line, never in memory
    pipe = Pipe([compressed.getvalue()])
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": pipe})())
    assert main(["papers", "-"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "claims: <stdin>:1: line of 30,000,028 bytes, longer than the 1 MiB a record may take; "
        "skipped",
        "claims: read 0 papers from 1 file; skipped 1 record"]


def test_a_file_too_large_to_read_whole_is_refused_by_name(tmp_path, monkeypatch):
    monkeypatch.setattr(streams, "MAX_WHOLE_BYTES", 1000)
    papers, problems, _ = read(tmp_path, "big.bib", b"@article{k, title={T}}\n" + b"%" * 2000)
    assert papers == [] and problems == [
        "big.bib: larger than 0.000953674 MiB, too large to read whole; only JSON Lines and "
        "Parquet are read as a stream"]


# ----------------------------------------------------------------------------- compression

COMPRESSORS = {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress,
               "zstd": zstandard.ZstdCompressor().compress}


@pytest.mark.parametrize("name", sorted(COMPRESSORS))
@pytest.mark.parametrize("layout, data", [
    ("jsonl", jsonl(*GOOD)),
    ("bibtex", b"@article{a, title={Good 1}, abstract={It is 1x faster.}}\n"
               b"@article{b, title={Good 2}, abstract={It is 2x faster.}}\n"),
])
def test_compressed_input_is_read_by_its_magic_bytes_whatever_its_name(tmp_path, name, layout, data):
    papers, problems, _ = read(tmp_path, "download.dat", COMPRESSORS[name](data))
    assert problems == []
    assert [(p.title, p.abstract, p.line) for p in papers] == [
        (f"Good {n}", f"It is {n}x faster.", n) for n in range(1, 3 if layout == "bibtex" else 4)]


def test_a_truncated_gzip_keeps_the_records_before_the_cut(tmp_path):
    records = [{"title": f"Paper {n}", "abstract": "It is 2x faster. " * 20} for n in range(2000)]
    data = gzip.compress(jsonl(*records))
    papers, problems, _ = read(tmp_path, "snapshot.json.gz", data[:len(data) // 2])
    assert 0 < len(papers) < 2000
    assert [p.title for p in papers] == [f"Paper {n}" for n in range(len(papers))]
    assert problems == ["snapshot.json.gz: cannot read the gzip data: it ends early (a truncated "
                        "download?)"]


def test_a_gzip_arxiv_snapshot_reads_through_extract(tmp_path, capsys):
    snapshot = tmp_path / "arxiv-snapshot.json.gz"
    snapshot.write_bytes(gzip.compress(jsonl(
        {"id": "2101.00001", "title": "Fast Kernels", "abstract": "It runs 3.1x faster on an A100.",
         "authors": "Ann Lee", "categories": "cs.LG", "update_date": "2023-01-01",
         "versions": [{"version": "v1", "created": "Mon, 4 Jan 2021 10:00:00 GMT"}]})))
    assert main(["extract", str(snapshot), "--out", str(tmp_path / "out")]) == 0
    papers = (tmp_path / "out" / "papers.csv").read_text().splitlines()
    assert papers[1].startswith("2101.00001,Fast Kernels,Ann Lee,2021-01-04,2021,cs.LG,")


# --------------------------------------------------------------------------------- Parquet

def test_parquet_is_read_by_content_in_claims_papers(tmp_path, capsys):
    table = pa.Table.from_pylist(GOOD[:2] + [{"title": None, "abstract": None}])
    pq.write_table(table, tmp_path / "records.data")
    assert main(["papers", str(tmp_path / "records.data"), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Good 1", "Good 2"]
    assert err.splitlines() == [
        f"claims: {tmp_path / 'records.data'}: row 3: record 3 has neither title nor abstract; "
        "skipped",
        "claims: read 2 papers from 1 file; skipped 1 record"]


# -------------------------------------------------------------------------------- messages

def test_messages_name_positions_and_the_summary_counts_everything(tmp_path, capsys):
    data = jsonl(GOOD[0], b"null", {"title": "No Abstract"}, {"year": 2020}, GOOD[0])
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    assert main(["papers", str(path), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 3             # header, Good 1 and No Abstract
    assert err.splitlines() == [
        f"claims: {path}:2: record 2 is null, not a paper",
        f"claims: {path}:4: record 4 has neither title nor abstract; skipped",
        "claims: read 2 papers from 1 file; skipped 2 records; merged 1 duplicate; 1 paper has "
        "no abstract (kept)"]


def test_one_good_paper_is_one_paper_from_one_file(tmp_path, capsys):
    path = tmp_path / "one.jsonl"
    path.write_bytes(jsonl(GOOD[0]))
    assert main(["papers", str(path)]) == 0
    assert capsys.readouterr().err == "claims: read 1 paper from 1 file; skipped 0 records\n"


def test_an_unsupported_file_names_the_supported_formats(tmp_path, capsys):
    path = tmp_path / "notes.yaml"         # prose, but named as something else
    path.write_text("Some prose.\nNo papers here.\n")
    assert main(["papers", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"claims: {path}: unknown layout; supported: JSON/JSON Lines, CSV/TSV, Excel (.xlsx, "
        ".xls), BibTeX, RIS, EndNote (XML or .enw), PubMed (MEDLINE or XML), Web of Science, "
        "arXiv Atom or OAI-PMH XML, Parquet, listing pages, a plain-text abstract (.txt, .md "
        "or stdin), each also gzip/bzip2/xz/zstd compressed")
