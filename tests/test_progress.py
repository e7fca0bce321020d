"""What `claims extract` shows while it runs: on a terminal a start-up line, then a bar with
the input's bytes, ETA and papers/s (papers only from stdin); nothing on a pipe or with
--quiet. And --jobs: every CPU by default for a large input, one for a small one."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

from claims.engine import local
from claims.engine.progress import input_bytes, open_position

CLAIMS = [sys.executable, "-m", "claims"]


def on_terminal(*args: str, stdin=None) -> tuple[int, str]:
    """Run claims with stderr on a 160-column terminal; its exit code and what it showed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    run = subprocess.Popen([*CLAIMS, *args], stdin=stdin or subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:         # EIO: the terminal's other end is closed
            break
        if not data:
            break
        shown += data
    os.close(master)
    return run.wait(), shown.decode("utf-8", "replace")


def frames(shown: str) -> list[str]:
    """Each state the terminal line went through."""
    return [part.strip() for part in shown.replace("\r", "\n").split("\n") if part.strip()]


def test_a_terminal_shows_the_rules_loading_then_a_bar_over_the_bytes(long_corpus, tmp_path):
    code, shown = on_terminal("extract", str(long_corpus), "--out", str(tmp_path / "out"),
                              "--jobs", "1")
    assert code == 0
    lines = frames(shown)
    assert lines[0].startswith("claims extract: loading the rules:   0%|")
    bars = [line for line in lines if line.startswith("claims extract:") and "%|" in line]
    last = bars[-1]
    assert last.startswith("claims extract: 100%|")
    total = f"{long_corpus.stat().st_size / 1024 / 1024:.2f}M"
    assert f"{total}/{total} [" in last and "4,000 papers, " in last and last.endswith(" papers/s")
    assert lines[-2] == "claims: read 4,000 papers from 1 file; skipped 0 records"
    assert lines[-1].startswith("claims: wrote 4,000 papers, ")


def test_from_stdin_the_bar_counts_papers(long_corpus, tmp_path):
    with long_corpus.open("rb") as stdin:
        code, shown = on_terminal("extract", "-", "--out", str(tmp_path / "out"), stdin=stdin)
    assert code == 0
    last = [line for line in frames(shown) if line.startswith("claims extract:")][-1]
    assert last.startswith("claims extract: 4000 papers [") and last.endswith("papers/s]")


@pytest.fixture
def one_paper(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"title": "One", "abstract": "It is 3x faster."}) + "\n")
    return path


def test_quiet_shows_no_bar_on_a_terminal(one_paper, tmp_path):
    code, shown = on_terminal("extract", str(one_paper), "--out", str(tmp_path / "out"), "--quiet")
    assert code == 0
    assert frames(shown) == ["claims: read 1 paper from 1 file; skipped 0 records",
                             f"claims: wrote 1 paper, 1 claim and 0 platforms to {tmp_path / 'out'}"]


def test_a_pipe_shows_no_bar(one_paper, tmp_path):
    run = subprocess.run([*CLAIMS, "extract", str(one_paper), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert run.stderr.splitlines() == [
        "claims: read 1 paper from 1 file; skipped 0 records",
        f"claims: wrote 1 paper, 1 claim and 0 platforms to {tmp_path / 'out'}"]


def test_input_size_is_the_files_bytes_or_unknown(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b"x" * 10)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.csv").write_bytes(b"y" * 5)
    (tmp_path / "d" / ".hidden").write_bytes(b"z" * 100)       # not an input
    assert input_bytes([tmp_path / "a.jsonl", tmp_path / "d"]) == 15
    assert input_bytes([tmp_path / "a.jsonl", "-"]) is None
    assert input_bytes([tmp_path / "missing.jsonl"]) is None


def test_the_position_is_read_from_the_open_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"0123456789" * 100)
    assert open_position(path) is None
    with path.open("rb", buffering=0) as handle:
        handle.read(123)
        assert open_position(path) == 123


@pytest.mark.parametrize("size, cpus, jobs", [
    (None, 8, 1), (local.AUTO_JOBS_BYTES - 1, 8, 1), (local.AUTO_JOBS_BYTES, 8, 8),
    (local.AUTO_JOBS_BYTES * 10, 2, 2),
])
def test_jobs_default_to_every_cpu_for_large_inputs(monkeypatch, size, cpus, jobs):
    monkeypatch.setattr(local.os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    assert local.default_jobs(size) == jobs


def test_the_cli_leaves_jobs_to_the_input_size(monkeypatch, tmp_path):
    seen = {}

    def fake_run_local(inputs, out, fmt, *, jobs, **kwargs):
        seen["jobs"] = jobs
        raise local.NothingRead(local.RunSummary())

    monkeypatch.setattr("claims.engine.run_local", fake_run_local)
    from claims.cli import main
    assert main(["extract", "x.jsonl", "--out", str(tmp_path)]) == 1
    assert seen == {"jobs": None}
    assert main(["extract", "x.jsonl", "--out", str(tmp_path), "--jobs", "3"]) == 1
    assert seen == {"jobs": 3}
