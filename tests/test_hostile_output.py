"""No half-written output: a full disk, Ctrl-C or any error while writing leaves the previous
outputs byte for byte and no temporary file behind (claims.atomic.atomic_open everywhere)."""
from __future__ import annotations

import errno
import json
import os

import pandas as pd
import pytest

from claims.atomic import atomic_files, atomic_open
from claims.cli import main
from claims.errors import OutputError
from claims.papers import write_table

PAPERS = [{"title": f"Paper {n}", "abstract": f"Paper {n} is {n + 2}x faster than the baseline."}
          for n in range(40)]


class _Failing:
    """A file handle that raises `exc` once `budget` characters (or bytes) have been written."""

    def __init__(self, handle, budget: int, exc: BaseException):
        self._handle, self._budget, self._exc = handle, budget, exc

    def write(self, data):
        self._budget -= len(data)
        if self._budget < 0:
            raise self._exc
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return self._handle.__exit__(*exc_info)


def fail_writes_after(monkeypatch, budget: int, exc: BaseException) -> None:
    """Every file atomic_open opens fails once `budget` characters went into it."""
    real = os.fdopen
    monkeypatch.setattr("claims.atomic.os.fdopen",
                        lambda fd, *a, **k: _Failing(real(fd, *a, **k), budget, exc))


def snapshot(folder) -> dict[str, bytes]:
    """Every file of `folder`, hidden temporary files included."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def previous_run(tmp_path):
    """An input file and the output folder of an earlier, successful `claims extract`."""
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in PAPERS[:3]))
    out = tmp_path / "out"
    assert main(["extract", str(source), "--out", str(out), "--quiet"]) == 0
    bigger = tmp_path / "more.jsonl"
    bigger.write_text("".join(json.dumps(p) + "\n" for p in PAPERS))
    return bigger, out, snapshot(out)


@pytest.mark.parametrize("budget", [0, 500, 3000])
def test_full_disk_during_extract_keeps_the_previous_tables(previous_run, monkeypatch, capsys, budget):
    source, out, before = previous_run
    fail_writes_after(monkeypatch, budget, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert main(["extract", str(source), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith(f"claims: {out}/") and err[-1].endswith(": cannot write: No space left on device")
    assert "Traceback" not in "\n".join(err)
    assert snapshot(out) == before


def test_full_disk_at_fsync_keeps_the_previous_tables(previous_run, monkeypatch, capsys):
    source, out, before = previous_run
    calls = []
    real = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:          # the last of the three tables cannot be flushed to disk
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr("claims.atomic.os.fsync", fsync)
    assert main(["extract", str(source), "--out", str(out), "--quiet"]) == 1
    assert capsys.readouterr().err.splitlines()[-1].endswith(": cannot write: No space left on device")
    assert snapshot(out) == before


def test_ctrl_c_inside_the_writer_keeps_the_previous_tables(previous_run, monkeypatch, capsys):
    source, out, before = previous_run
    fail_writes_after(monkeypatch, 2000, KeyboardInterrupt())
    assert main(["extract", str(source), "--out", str(out), "--quiet"]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == (
        "claims: interrupted; no output file was left half-written")
    assert snapshot(out) == before


def test_ctrl_c_during_extraction_keeps_the_previous_tables(previous_run, monkeypatch, capsys):
    source, out, before = previous_run

    def interrupted(papers, fmt):
        raise KeyboardInterrupt

    monkeypatch.setattr("claims.engine.local.extract_chunk", interrupted)
    assert main(["extract", str(source), "--out", str(out), "--quiet"]) == 130
    assert snapshot(out) == before


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "md", "parquet"])
@pytest.mark.parametrize("exc", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space left on device")],
                         ids=["ctrl-c", "full-disk"])
def test_write_table_is_whole_or_not_at_all(tmp_path, monkeypatch, fmt, exc):
    target = tmp_path / f"table.{fmt}"
    write_table(pd.DataFrame({"a": [1, 2]}), target, fmt)
    before = snapshot(tmp_path)
    fail_writes_after(monkeypatch, 10, exc)
    with pytest.raises(OutputError if isinstance(exc, OSError) else KeyboardInterrupt):
        write_table(pd.DataFrame({"a": list(range(1000))}), target, fmt)
    assert snapshot(tmp_path) == before


def test_report_output_is_whole_or_not_at_all(previous_run, monkeypatch, capsys):
    _, out, _ = previous_run
    report = out.parent / "speedups.md"
    report.write_text("previous report\n")
    fail_writes_after(monkeypatch, 10, OSError(errno.ENOSPC, "No space left on device"))
    assert main(["report", str(out), "--view", "speedups", "-o", str(report)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"claims: {report}: cannot write: No space left on device")
    assert report.read_text() == "previous report\n"
    assert not list(out.parent.glob(".speedups.md.*"))


def test_atomic_open_in_a_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(OutputError, match=r"blocker/out.csv: cannot write: "):
        with atomic_open(blocker / "out.csv") as handle:
            handle.write("never")
    assert blocker.read_text() == "x"


def test_atomic_open_error_in_the_body_removes_the_temporary_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(ZeroDivisionError):
        with atomic_open(target) as handle:
            handle.write("half")
            1 / 0
    assert snapshot(tmp_path) == {"out.txt": b"old"}


@pytest.mark.parametrize("failing_sync", [1, 2, 3])
def test_atomic_files_replace_all_targets_or_none(tmp_path, monkeypatch, failing_sync):
    names = ["papers.csv", "claims.csv", "platforms.csv"]
    for name in names:
        (tmp_path / name).write_text(f"old {name}")
    calls = []
    real = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == failing_sync:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr("claims.atomic.os.fsync", fsync)
    with pytest.raises(OutputError, match=f"{names[failing_sync - 1]}: cannot write: No space left"):
        with atomic_files([tmp_path / n for n in names]) as handles:
            for handle, name in zip(handles, names):
                handle.write(f"new {name}")
    assert snapshot(tmp_path) == {n: f"old {n}".encode() for n in names}


def test_atomic_files_ctrl_c_while_writing(tmp_path):
    (tmp_path / "a.csv").write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_files([tmp_path / "a.csv", tmp_path / "b.csv"]) as (a, b):
            a.write("new")
            raise KeyboardInterrupt
    assert snapshot(tmp_path) == {"a.csv": b"old"}
