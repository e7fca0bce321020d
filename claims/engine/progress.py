"""What `claims extract` shows on a terminal while it runs (nothing on a pipe or with --quiet).

- At once, a line saying the rules are loading (the first seconds of a run).
- Then a bar: when every input is a file, it counts the bytes read out of their total, with
  the ETA that gives, and papers and papers/s beside it; from standard input or a pipe it
  counts papers (and papers/s) without a total.

The bytes read are the input files finished plus the position of the one being read, taken
from the open file itself (/proc/self/fdinfo), so the bar follows any reader; where that is not
available, the file being read counts once it is done.
"""
from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

_FDS = "/proc/self/fd"


def input_bytes(inputs: Iterable[str | os.PathLike]) -> int | None:
    """Total size of the input files (directories walked as the readers walk them), or None
    when one input is standard input, a pipe or missing."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not any(
                    part.startswith(".") for part in p.relative_to(path).parts))
            elif path.is_file():
                total += path.stat().st_size
            else:
                return None
        except OSError:
            return None
    return total


def open_position(path: str | os.PathLike) -> int | None:
    """How far this process has read into `path` (bytes), if it holds the file open."""
    try:
        target = os.path.realpath(path)
        names = os.listdir(_FDS)
    except OSError:
        return None
    for name in names:
        try:
            if os.readlink(f"{_FDS}/{name}") != target:
                continue
            with open(f"/proc/self/fdinfo/{name}", encoding="ascii") as info:
                for line in info:
                    if line.startswith("pos:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return None


class Progress:
    """The start-up line and the bar; every method does nothing when not `enabled`."""

    def __init__(self, enabled: bool, total_bytes: int | None, desc: str = "claims extract"):
        self._bar = None
        self._desc = desc
        self._papers = 0
        self._started: float | None = None
        self._by_bytes = False
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        common = dict(file=sys.stderr, mininterval=0.5, dynamic_ncols=True,
                      desc=f"{desc}: loading the rules")
        if total_bytes:
            self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024,
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} "
                                        "[{elapsed}<{remaining}]{postfix}", **common)
        else:
            self._bar = tqdm(unit=" papers", **common)
        self._by_bytes = bool(total_bytes)

    def advance(self, papers: int, position: int | None = None) -> None:
        """`papers` more papers written; `position` is the bytes read so far, where known."""
        if self._bar is None:
            return
        now = time.monotonic()
        if self._started is None:           # the first chunk is out: the rules are loaded
            self._started = now
            self._bar.set_description_str(self._desc, refresh=False)
        self._papers += papers
        elapsed = now - self._started
        if not self._by_bytes:
            self._bar.update(papers)
            return
        rate = f", {self._papers / elapsed:,.0f} papers/s" if elapsed >= 0.5 else ""
        self._bar.set_postfix_str(f"{self._papers:,} papers{rate}", refresh=False)
        if position is not None and position > self._bar.n:
            self._bar.update(min(position, self._bar.total) - self._bar.n)

    def external_write_mode(self):
        """A block that prints on stderr without breaking the bar."""
        if self._bar is None:
            return contextlib.nullcontext()
        return self._bar.external_write_mode(file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
