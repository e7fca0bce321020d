"""Parquet tables of paper records, one record a row (the columns a JSON record would have),
read batch by batch with pyarrow."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Paper, Problem
from .jsonrec import numbered
from .records import Source, paper_from_fields
from .shapes import flat_record

PARQUET_MAGIC = b"PAR1"
_BATCH_ROWS = 2048


def read_parquet(handle: BinaryIO, source: Source) -> Iterator[Paper | Problem]:
    """Papers of a seekable Parquet file; a row's problem names the row (1-based)."""
    import pyarrow.parquet as pq

    row = 1
    try:
        table = pq.ParquetFile(handle)
        for batch in table.iter_batches(batch_size=_BATCH_ROWS):
            for record in batch.to_pylist():
                try:
                    yield paper_from_fields(flat_record(record), source, row)
                except ValueError as exc:
                    yield Problem(f"{source.shown}: row {row}", numbered(str(exc), row))
                row += 1
    except (OSError, ValueError) as exc:        # pyarrow's errors derive from these
        text = " ".join(str(exc).split())[:120]
        yield source.problem(None, f"not a readable parquet table ({type(exc).__name__}: {text})",
                             fatal=True)
