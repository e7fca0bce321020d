"""The output folder shared by runs and readers (claims.outdir), with a second real process:
one run at a time, leftovers of killed runs removed, and a reader that never sees the tables of
two runs."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claims.atomic import atomic_files
from claims.errors import OutputError
from claims.outdir import LOCK_NAME, leftovers, publishing, reading, run_lock
from claims.tables import load

pytest.importorskip("fcntl")

HOLD = """
import sys
from claims.outdir import {lock}
with {lock}(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()        # until the test closes our stdin
"""


class Holder:
    """A second process holding one of the folder's locks until `release()`."""

    def __init__(self, lock: str, folder: Path):
        self.process = subprocess.Popen([sys.executable, "-c", HOLD.format(lock=lock), str(folder)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline() == "held\n"

    def release(self) -> None:
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0


def test_a_second_run_is_refused_while_the_first_holds_the_folder(tmp_path):
    holder = Holder("run_lock", tmp_path)
    with pytest.raises(OutputError) as refused:
        with run_lock(tmp_path):
            pass
    assert str(refused.value) == (f"{tmp_path}: another claims run (process {holder.process.pid}) "
                                  "is writing there; wait for it to finish or choose another --out")
    holder.release()
    assert not (tmp_path / LOCK_NAME).exists()      # the holder removed it on its way out
    with run_lock(tmp_path):
        assert (tmp_path / LOCK_NAME).read_text() == f"{__import__('os').getpid()}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_left_by_a_killed_run_does_not_stop_the_next(tmp_path):
    (tmp_path / LOCK_NAME).write_text("999999\n")   # no one holds it: its run died
    with run_lock(tmp_path):
        pass
    assert list(tmp_path.iterdir()) == []


def test_the_lock_holder_removes_what_killed_runs_left_and_nothing_else(tmp_path):
    stale = [tmp_path / ".claims.csv.k2j3.tmp", tmp_path / ".papers.parquet.x_1.tmp",
             tmp_path / ".claims-dask-0123456789ab"]
    stale[0].write_text("half a table")
    stale[1].write_bytes(b"PAR1")
    stale[2].mkdir()
    (stale[2] / "claims.parquet").mkdir()
    kept = [tmp_path / "claims.csv", tmp_path / ".notes.txt.tmp", tmp_path / ".report.md.a.tmp",
            tmp_path / "reports"]
    for path in kept[:3]:
        path.write_text("mine")
    kept[3].mkdir()
    assert sorted(leftovers(tmp_path)) == sorted(stale)
    with run_lock(tmp_path):
        assert sorted(tmp_path.iterdir()) == sorted(kept + [tmp_path / LOCK_NAME])
    assert sorted(tmp_path.iterdir()) == sorted(kept)


def test_an_output_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file")
    with pytest.raises(OutputError, match=r"out: not a directory$"):
        with run_lock(blocker):
            pass


def _tables(folder: Path, run: str) -> None:
    """Publish the three tables of one run, each row naming the run."""
    paths = [folder / f"{name}.csv" for name in ("papers", "claims", "platforms")]
    columns = {"papers": "paper_id,title", "claims": "paper_id,metric,kind,value",
               "platforms": "paper_id,name,class"}
    rows = {"papers": f"{run},T", "claims": f"{run},speedup,ratio,2", "platforms": f"{run},GPU,gpu"}
    with atomic_files(paths) as handles:
        for path, handle in zip(paths, handles):
            name = path.stem
            handle.write(f"{columns[name]}\n{rows[name]}\n")


def test_a_run_publishes_only_when_no_reader_is_reading(tmp_path):
    _tables(tmp_path, "old")
    reader = Holder("reading", tmp_path)
    publisher = threading.Thread(target=_tables, args=(tmp_path, "new"))
    publisher.start()
    time.sleep(0.5)
    assert publisher.is_alive()                 # waiting for the reader
    assert {load(tmp_path).claims["paper_id"][0]} == {"old"}   # readers share the lock
    reader.release()
    publisher.join(timeout=30)
    tables = load(tmp_path)
    assert {tables.claims["paper_id"][0], tables.papers["paper_id"][0],
            tables.platforms["paper_id"][0]} == {"new"}


def test_a_reader_waits_while_a_run_publishes(tmp_path):
    _tables(tmp_path, "old")
    writer = Holder("publishing", tmp_path)
    loaded: list = []
    reader = threading.Thread(target=lambda: loaded.append(load(tmp_path)))
    reader.start()
    time.sleep(0.5)
    assert reader.is_alive() and loaded == []
    writer.release()
    reader.join(timeout=30)
    assert loaded[0].claims["paper_id"].tolist() == ["old"]


def test_locks_of_a_folder_that_cannot_be_opened_are_no_ops(tmp_path):
    with reading(tmp_path / "missing"), publishing(tmp_path / "missing"):
        pass
