"""Partitions of the inputs for the Dask engine, and the papers of one partition.

Partitions are byte blocks of JSON Lines files (cut at line starts), row groups of Parquet
tables, and any other input whole.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ClaimsError
from ..model import Paper, Problem, ReadReport
from ..readers import decoded_lines, expand_inputs, read_file, streams_as_jsonl
from ..readers.jsonrec import GOLD_NOTE, _is_gold, read_jsonl_lines
from ..readers.records import Note, Source
from .sources import PARQUET_SUFFIXES, read_parquet

BLOCK_BYTES = 32 << 20          # a JSON Lines partition: about 64,000 arXiv abstracts
PARQUET_ROWS = 50_000           # row groups are joined until a partition holds this many rows


@dataclass(frozen=True)
class Partition:
    """A piece of one input: `kind` is "jsonl" (bytes start..end), "parquet" (row groups, the
    first of them at 1-based row `first_row`) or "file" (read whole)."""

    index: int
    file: int
    path: str
    kind: str
    start: int = 0
    end: int = 0
    row_groups: tuple[int, ...] = ()
    first_row: int = 1


def plan_partitions(inputs: Sequence[str | Path], report: ReadReport, strict: bool,
                    block_bytes: int = BLOCK_BYTES, parquet_rows: int = PARQUET_ROWS,
                    ) -> tuple[list[Partition], list[Problem]]:
    """Cut every input into partitions, in input order; gold files are skipped with a note."""
    partitions: list[Partition] = []
    notes: list[Problem] = []
    for number, path in enumerate(expand_inputs(inputs, report, strict)):
        if str(path) == "-":
            raise ClaimsError("--engine dask cannot read stdin: give files (workers read them)")
        shown = str(path)
        size = _size(path)
        if size is None:
            partitions.append(Partition(len(partitions), number, shown, "file"))  # its reader says why
        elif Path(shown).suffix.casefold() in PARQUET_SUFFIXES:
            partitions += _parquet_partitions(shown, number, len(partitions), parquet_rows)
        else:
            with open(path, "rb") as handle:
                head = handle.read(1 << 16)
            if not streams_as_jsonl(head, Path(shown).suffix.casefold()):
                partitions.append(Partition(len(partitions), number, shown, "file"))
            elif _first_record_is_gold(head):
                notes.append(Note(shown, GOLD_NOTE, True))
            else:
                for start in range(0, max(size, 1), block_bytes):
                    partitions.append(Partition(len(partitions), number, shown, "jsonl", start,
                                                min(start + block_bytes, size)))
    return partitions, notes


def _size(path) -> int | None:
    try:
        return os.path.getsize(path) if os.path.isfile(path) else None
    except OSError:
        return None


def _parquet_partitions(path: str, file: int, first_index: int, rows: int) -> list[Partition]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception:           # noqa: BLE001 - the reader reports the broken file by name
        return [Partition(first_index, file, path, "parquet", row_groups=())]
    partitions, groups, count, first_row = [], [], 0, 1
    for group in range(meta.num_row_groups):
        groups.append(group)
        count += meta.row_group(group).num_rows
        if count >= rows or group == meta.num_row_groups - 1:
            partitions.append(Partition(first_index + len(partitions), file, path, "parquet",
                                        row_groups=tuple(groups), first_row=first_row))
            first_row += count
            groups, count = [], 0
    return partitions or [Partition(first_index, file, path, "parquet", row_groups=())]


def _first_record_is_gold(head: bytes) -> bool:
    import json

    for line in head.decode("utf-8-sig", errors="replace").split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            return _is_gold(record)
    return False


def partition_papers(part: Partition, report: ReadReport, first_line: int = 1,
                     lines_seen: list[int] | None = None) -> Iterator[Paper]:
    """The papers of one partition, problems into `report` (never raising for bad records);
    for a JSON Lines block, `lines_seen[0]` ends as the number of lines it holds."""
    if part.kind == "file":
        yield from read_file(part.path, report)
    elif part.kind == "parquet":
        yield from read_parquet(part.path, report, row_groups=part.row_groups or None,
                                first_row=part.first_row)
    else:
        source = Source(Path(part.path).name, part.path)
        counter = lines_seen if lines_seen is not None else [0]

        def counted(lines):
            for line in lines:
                counter[0] += 1
                yield line

        with open(part.path, "rb") as handle:
            lines = decoded_lines(b"", _block_lines(handle, part.start, part.end), source,
                                  first_line)
            for item in read_jsonl_lines(counted(lines), source, first_line, check_gold=False):
                if isinstance(item, Paper):
                    report.read += 1
                    yield item
                else:
                    report.problems.append(item)


def _block_lines(handle, start: int, end: int) -> Iterator[bytes]:
    """Lines that start in [start, end): a line cut by `start` belongs to the block before."""
    position = start
    if start:
        handle.seek(start - 1)
        position += len(handle.readline()) - 1
    while position < end:
        line = handle.readline()
        if not line:
            return
        position += len(line)
        yield line[:-1] if line.endswith(b"\n") else line
