"""Papers for the engines, one at a time: every reader's input plus Parquet tables of records,
deduplicated by normalized title with only 64-bit title keys in memory (`keys.KeySet`)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Problem, ReadReport
from ..readers import expand_inputs, read_file
from ..readers.records import Source, known_by, normalize_title, paper_from_fields
from .keys import KeySet
from .progress import open_position

PARQUET_SUFFIXES = (".parquet", ".pq")
_BATCH_ROWS = 2048


def title_key(title: str) -> int:
    """A paper's dedupe key: 64 bits of BLAKE2b of its normalized title, as a signed int64.

    Two different titles share a key with probability about n^2 / 2^65 (1e-7 for 2.7 million
    papers), for 8 bytes per paper instead of the title itself.

    >>> title_key("Deep Model Assembling") == title_key("deep model  assembling!")
    True
    """
    digest = hashlib.blake2b(normalize_title(title).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def paper_key(paper: Paper) -> int:
    """`title_key` of what the paper is known by: its title, or its abstract when it has none."""
    return title_key(known_by(paper.title, paper.abstract))


@dataclass
class PaperStream:
    """Unique papers of every input, first copy first: a later copy of a title is skipped.

    Unlike `claims.papers.merge_papers`, a later copy cannot fill the fields the first one lacks
    (the first is already written by then): put the richest input first.
    """

    inputs: Iterable[str | Path]
    strict: bool = False
    report: ReadReport = field(default_factory=ReadReport)
    files: int = 0
    duplicates: int = 0
    _seen: KeySet = field(default_factory=KeySet)
    _reading: str | Path | None = None
    _bytes_done: int = 0

    def __iter__(self) -> Iterator[Paper]:
        for path in expand_inputs(self.inputs, self.report, self.strict):
            found = False
            self._reading = path
            for paper in read_any(path, self.report, self.strict):
                if not self._seen.add(paper_key(paper)):
                    self.duplicates += 1
                    continue
                found = True
                yield paper
            self.files += found
            self._reading = None
            self._bytes_done += _file_size(path)

    def position(self) -> int:
        """Bytes of the input files read so far: those finished, and how far into the one
        being read this process is (all of it when it was read whole and closed)."""
        if self._reading is None or str(self._reading) == "-":
            return self._bytes_done
        at = open_position(self._reading)
        return self._bytes_done + (at if at is not None else _file_size(self._reading))


def _file_size(path: str | Path) -> int:
    try:
        return os.path.getsize(path) if str(path) != "-" else 0
    except OSError:
        return 0


def read_any(path: str | Path, report: ReadReport, strict: bool = False) -> Iterator[Paper]:
    """The papers of one input: a Parquet table of records, or anything `read_file` reads."""
    if Path(str(path)).suffix.casefold() in PARQUET_SUFFIXES:
        return read_parquet(path, report, strict)
    return read_file(path, report, strict)


def read_parquet(path: str | Path, report: ReadReport, strict: bool = False,
                 row_groups: Iterable[int] | None = None, first_row: int = 1) -> Iterator[Paper]:
    """Papers of a Parquet table with one record per row (the columns a JSON record would have),
    batch by batch; problems name the row (1-based, counted over the whole file)."""
    import pyarrow.parquet as pq

    source = Source(Path(path).name, str(path))
    try:
        table = pq.ParquetFile(path)
        batches = table.iter_batches(batch_size=_BATCH_ROWS,
                                     row_groups=list(row_groups) if row_groups is not None else None)
        row = first_row
        for batch in batches:
            for record in batch.to_pylist():
                try:
                    paper = paper_from_fields(record, source, row)
                except ValueError as exc:
                    _record(report, Problem(f"{source.shown}: row {row}", str(exc)), strict)
                else:
                    report.read += 1
                    yield paper
                row += 1
    except (OSError, ValueError) as exc:     # pyarrow's errors derive from these
        if isinstance(exc, InputError):
            raise
        message = "no such file" if isinstance(exc, FileNotFoundError) else \
            f"not a readable parquet table ({type(exc).__name__}: {_short(exc)})"
        _record(report, Problem(source.shown, message, True), strict)


def _record(report: ReadReport, problem: Problem, strict: bool) -> None:
    report.problems.append(problem)
    if strict:
        raise InputError(str(problem))


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:120] + ("…" if len(text) > 120 else "")
