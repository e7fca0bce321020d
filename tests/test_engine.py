"""The local engine: streaming reads, chunked and parallel extraction, incremental atomic writes.

Every comparison is exact: the streamed tables must equal, byte for byte (CSV, JSON Lines) or
frame for frame (Parquet), what the in-memory path (`write_tables`) writes.
"""
from __future__ import annotations

import codecs
import filecmp
import io
import json
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claims.cli import main
from claims.commands._inputs import read_inputs
from claims.commands.extract import write_tables
from claims.engine import NothingRead, run_local
from claims.engine import chunks as chunks_module
from claims.engine.sources import PaperStream, title_key
from claims.model import ReadReport
from claims.readers import decode, read_file
from claims.readers.jsonrec import read_jsonl
from claims.readers.records import Source
from claims.resources import seed_pages

SEED_PAGES = [str(page) for page in seed_pages()]

TABLES = ("papers", "claims", "platforms")
ABSTRACTS = [
    {"title": "FastNet: Quick inference", "abstract": "FastNet is 3.5x faster than ResNet-50 on ImageNet."},
    {"title": "SlimNet: Small models", "abstract": "SlimNet reduces memory by 40% on an NVIDIA Jetson Nano."},
    {"title": "fastnet quick inference!", "abstract": "A later copy: 9.9x faster."},
]


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    """The seeds written by the in-memory path, once per format."""
    inputs = read_inputs(SEED_PAGES)
    out = tmp_path_factory.mktemp("in_memory")
    for fmt in ("csv", "jsonl", "parquet"):
        write_tables(inputs.table, str(out / fmt), fmt)
    return out


def _same_tables(expected_dir, actual_dir, fmt):
    for name in TABLES:
        expected, actual = expected_dir / f"{name}.{fmt}", actual_dir / f"{name}.{fmt}"
        if fmt == "parquet":
            pd.testing.assert_frame_equal(pd.read_parquet(actual), pd.read_parquet(expected))
        else:
            assert filecmp.cmp(expected, actual, shallow=False), name


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_streamed_seed_tables_equal_the_in_memory_ones(seed_tables, tmp_path, fmt):
    # A chunk of 7 papers puts many chunk boundaries inside the 266 seed papers.
    summary = run_local(SEED_PAGES, tmp_path, fmt, chunk_size=7)
    _same_tables(seed_tables / fmt, tmp_path, fmt)
    assert (summary.papers, summary.files, summary.duplicates, summary.skipped) == (266, 5, 1, 0)
    assert summary.claims == len(pd.read_parquet(seed_tables / "parquet" / "claims.parquet"))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_jobs_give_the_same_output_as_one_job(seed_tables, tmp_path, fmt):
    summary = run_local(SEED_PAGES, tmp_path, fmt, jobs=2, chunk_size=16)
    _same_tables(seed_tables / fmt, tmp_path, fmt)
    assert summary.papers == 266


def test_parquet_row_groups_gather_chunks_up_to_a_size(tmp_path, monkeypatch):
    """Row groups gather chunks (a writer keeps each row group's metadata until it closes): the
    seeds fit one row group; with a tiny size every chunk is its own, and no row is lost."""
    run_local(SEED_PAGES, tmp_path / "default", "parquet", chunk_size=100)
    assert pq.ParquetFile(tmp_path / "default" / "papers.parquet").metadata.num_row_groups == 1
    monkeypatch.setattr("claims.engine.writer.ROW_GROUP_BYTES", 1)
    run_local(SEED_PAGES, tmp_path / "tiny", "parquet", chunk_size=100)
    small = pq.ParquetFile(tmp_path / "tiny" / "papers.parquet").metadata
    assert (small.num_row_groups, small.num_rows) == (3, 266)
    _same_tables(tmp_path / "default", tmp_path / "tiny", "parquet")


def test_cli_extract_streams_dedupes_and_reports_bad_lines(tmp_path, jsonl, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(jsonl), "--out", str(out), "--jobs", "2", "--quiet"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"claims: {jsonl}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "claims: read 2 papers from 1 file; skipped 1 record; merged 1 duplicate",
        f"claims: wrote 2 papers, 2 claims and 1 platform to {out}"]
    claims = pd.read_csv(out / "claims.csv")
    assert claims[["title", "text", "value", "metric"]].to_dict("records") == [
        {"title": "FastNet: Quick inference", "text": "3.5x", "value": 3.5, "metric": "speedup"},
        {"title": "SlimNet: Small models", "text": "40%", "value": 40.0, "metric": "memory"}]


def test_cli_usage_errors_exit_2(tmp_path, jsonl, capsys):
    assert main(["extract", str(jsonl), "--out", str(tmp_path), "--scheduler", "tcp://x:1"]) == 2
    assert main(["extract", str(jsonl), "--out", str(tmp_path), "--engine", "dask",
                 "--format", "csv"]) == 2
    assert main(["extract", str(jsonl), "--out", str(tmp_path), "--jobs", "-1"]) == 2
    assert not list(tmp_path.glob("*.csv"))


def test_nothing_read_writes_nothing_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n")
    out = tmp_path / "out"
    assert main(["extract", str(bad), "--out", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"claims: {bad}:1: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "claims: read 0 papers from 0 files; skipped 1 record"]
    assert not out.exists() or list(out.iterdir()) == []


def test_strict_stops_at_the_first_bad_record(tmp_path, jsonl, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(jsonl), "--out", str(out), "--strict"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"claims: {jsonl}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)"]
    assert not out.exists() or list(out.iterdir()) == []


def test_a_failing_run_leaves_earlier_outputs_untouched(tmp_path, jsonl, monkeypatch):
    out = tmp_path / "out"
    run_local([str(jsonl)], out, "csv")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def explode(papers, fmt):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker lost")
        return real(papers, fmt)

    real = chunks_module.extract_chunk
    monkeypatch.setattr("claims.engine.local.extract_chunk", explode)
    with pytest.raises(RuntimeError):
        run_local([str(jsonl), *SEED_PAGES], out, "csv", chunk_size=1)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before     # no temp files either


def test_a_paper_whose_extraction_fails_is_reported_and_the_rest_kept(tmp_path, jsonl, monkeypatch):
    # A stage that fails on one abstract of a batch (they run stage by stage): only that paper is lost.
    from claims.extraction import pipeline

    def fragile(run):
        if run.doc.title.startswith("FastNet"):
            raise RuntimeError("a bug in one rule")
        return real(run)

    name, real = pipeline.STAGES[2]
    monkeypatch.setattr(pipeline, "STAGES", (*pipeline.STAGES[:2], (name, fragile), *pipeline.STAGES[3:]))
    seen = []
    summary = run_local([str(jsonl)], tmp_path, "jsonl", on_problem=seen.append)
    assert [str(p) for p in seen] == [
        f"papers.jsonl:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)"
        .replace("papers.jsonl", str(jsonl)),
        "papers.jsonl:1: extraction failed (RuntimeError: a bug in one rule); paper kept without claims"]
    assert (summary.papers, summary.claims, summary.failed, summary.skipped) == (2, 1, 1, 1)
    papers = [json.loads(line)["title"] for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert papers == ["FastNet: Quick inference", "SlimNet: Small models"]


def test_parquet_input_reads_records_by_row(tmp_path):
    table = pa.Table.from_pylist(ABSTRACTS[:2] + [{"title": None, "abstract": None}])
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=2)
    seen = []
    summary = run_local([str(tmp_path / "in.parquet")], tmp_path / "out", "csv", on_problem=seen.append)
    assert [str(p) for p in seen] == [f"{tmp_path / 'in.parquet'}: row 3: record has neither title nor abstract; skipped"]
    assert (summary.papers, summary.claims) == (2, 2)


def test_broken_parquet_input_is_named(tmp_path):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    report = ReadReport()
    assert list(PaperStream([str(broken)], report=report)) == []
    assert len(report.problems) == 1 and report.problems[0].where == str(broken)
    assert report.problems[0].message.startswith("not a readable parquet table")


def test_title_keys_follow_the_scorers_normalization():
    assert title_key("FastNet: Quick inference") == title_key("fastnet quick inference!")
    assert title_key("FastNet") != title_key("SlimNet")


# --- the JSON Lines reader streams, and reads exactly what the whole-file reader reads ---

LONG = "x " * 40_000     # a first line longer than the reader's 64 KiB look-ahead


@pytest.mark.parametrize("data", [
    "\n".join(json.dumps(r) for r in ABSTRACTS).encode(),
    codecs.BOM_UTF8 + b'{"title": "A", "abstract": "1%"}\r\n{"title": "B"}\r\n\r\n',
    b'{"title": "Caf\xe9 net", "abstract": "2x"}\n{"title": "B", "abstract": "3x"}\n',
    json.dumps({"title": "Long", "abstract": LONG}).encode() + b"\n{bad\n" + b'{"title": "C"}',
    b'[1]\n{"title": "D", "abstract": "x"}\n"text"\n',
    b'{"title": "A", "claims": []}\n{"title": "B", "abstract": "x"}\n',
], ids=["plain", "bom-crlf", "cp1252-line", "long-first-line", "non-objects", "gold"])
def test_streamed_jsonl_reads_what_the_whole_file_reads(tmp_path, data):
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    streamed = list(read_file(path, report := ReadReport()))
    source = Source(path.name, str(path))
    whole = list(read_jsonl(decode(data), source))
    assert streamed == [item for item in whole if not hasattr(item, "message")]
    assert report.problems == [item for item in whole if hasattr(item, "message")]


def test_a_nul_line_is_one_bad_record_not_a_lost_file(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"title": "A", "abstract": "x"}\n{"title": "\x00"}\n{"title": "B"}\n')
    papers = list(read_file(path, report := ReadReport()))
    assert [p.title for p in papers] == ["A", "B"]
    assert [str(p) for p in report.problems] == [
        f"{path}:2: invalid JSON: Invalid control character at (column 12)"]


class _LineStream(io.RawIOBase):
    """stdin that fails the test if anyone reads it whole (read() or read(-1))."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self._pending = b""

    def readable(self):
        return True

    def read(self, size=-1):
        assert size is not None and size > 0, "the JSON Lines reader must not read stdin whole"
        while len(self._pending) < size:
            line = next(self._lines, None)
            if line is None:
                break
            self._pending += line
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def __iter__(self):
        if self._pending:
            yield self._pending
            self._pending = b""
        yield from self._lines


def test_stdin_jsonl_is_read_line_by_line(monkeypatch):
    produced = []

    def lines():
        for n in range(5000):
            produced.append(n)
            yield json.dumps({"title": f"Paper {n}", "abstract": "It is 2x faster."}).encode() + b"\n"

    stream = _LineStream(lines())
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stream})())
    papers = read_file("-", ReadReport())
    first = next(papers)
    assert first.title == "Paper 0" and first.source == "<stdin>"
    assert len(produced) < 5000          # the rest of stdin is not read yet
    assert sum(1 for _ in papers) == 4999


def test_dedupe_keeps_the_first_copy_across_inputs(tmp_path, jsonl):
    second = tmp_path / "more.jsonl"
    second.write_text(json.dumps({"title": "SLIMNET: small models", "abstract": "Other."}) + "\n"
                      + json.dumps({"title": "New paper", "abstract": "x"}) + "\n")
    stream = PaperStream([str(jsonl), str(second)])
    assert [(p.title, p.source) for p in stream] == [
        ("FastNet: Quick inference", "papers.jsonl"), ("SlimNet: Small models", "papers.jsonl"),
        ("New paper", "more.jsonl")]
    assert (stream.files, stream.duplicates) == (2, 2)


def test_nothing_read_is_an_error_naming_the_summary(tmp_path):
    with pytest.raises(NothingRead) as info:
        run_local([str(tmp_path / "missing.jsonl")], tmp_path / "out", "csv")
    assert info.value.summary.papers == 0
    assert not (tmp_path / "out" / "claims.csv").exists()


def _frame_path_payloads(papers, monkeypatch):
    """The chunk's Parquet tables as the DataFrame path makes them (the csv branch's frames)."""
    encoded = {}
    real = chunks_module.encode
    monkeypatch.setattr(chunks_module, "encode",
                        lambda frame, name, fmt: encoded.setdefault(name, real(frame, name, "parquet")))
    result = chunks_module.extract_chunk(papers, "csv")
    monkeypatch.undo()
    return encoded, result


def _assert_same_arrow(direct, via_frames):
    for name in TABLES:
        assert direct[name].equals(via_frames[name]), name
        assert direct[name].schema.equals(via_frames[name].schema, check_metadata=True), name
        assert direct[name].nbytes == via_frames[name].nbytes, name      # row groups are cut by it


def test_parquet_chunks_skip_the_frame_but_not_a_byte(monkeypatch):
    inputs = read_inputs(SEED_PAGES)
    from claims.model import Paper
    papers = [Paper(**{k: (None if pd.isna(v) else v) for k, v in row.items()})
              for row in inputs.table.head(60).to_dict("records")]
    via_frames, by_frame = _frame_path_payloads(papers, monkeypatch)
    direct = chunks_module.extract_chunk(papers, "parquet")
    _assert_same_arrow(direct.payloads, via_frames)
    assert direct.counts == by_frame.counts and direct.counts["claims"] > 0


def test_parquet_chunks_of_odd_rows_take_the_frame_path(monkeypatch):
    from claims.model import Paper
    papers = [Paper(title="A", abstract="It is 3.5x faster than ResNet-50 on a V100 GPU.", paper_id=7),
              Paper(title="B", abstract="It cuts latency by 40%.", paper_id="b")]
    real = chunks_module.paper_claim_rows

    def one_bad(record, found):
        for row in real(record, found):
            yield {**row, "metric": "charm"} if row["title"] == "B" else row

    monkeypatch.setattr(chunks_module, "paper_claim_rows", one_bad)
    via_frames, by_frame = _frame_path_payloads(papers, monkeypatch)
    monkeypatch.setattr(chunks_module, "paper_claim_rows", one_bad)
    direct = chunks_module.extract_chunk(papers, "parquet")
    _assert_same_arrow(direct.payloads, via_frames)
    assert direct.counts == by_frame.counts and direct.counts["claims"] == 1
    assert [p.message.split(";")[0] for p in direct.problems] == [p.message.split(";")[0] for p in by_frame.problems]
    assert len(direct.problems) == 1
