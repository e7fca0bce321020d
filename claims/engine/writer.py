"""The three output tables written chunk by chunk, each into a temporary file that replaces the
target only when the whole run succeeded: CSV and JSON Lines are appended as text, Excel rows to
a write-only workbook saved at the end (`claims.spreadsheet`). Parquet chunks
are gathered into row groups of about ROW_GROUP_BYTES (pyarrow.parquet.ParquetWriter): a writer
keeps every row group's metadata until it closes, so one row group per small chunk would make
memory grow with the corpus."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..atomic import atomic_files
from ..errors import OutputError
from ..spreadsheet import SheetWriter
from .chunks import TABLES, ChunkResult, arrow_schema, empty_frame

FORMATS = ("csv", "jsonl", "parquet", "xlsx")
ROW_GROUP_BYTES = 16 * 2**20


class TableWriters:
    """Append each chunk's encoded tables to `DIR/<table>.<fmt>`; rows are counted."""

    def __init__(self, handles: dict, targets: dict, fmt: str):
        self._handles = handles
        self._targets = targets
        self._fmt = fmt
        self._parquet = {}
        self._sheets = {}
        self._pending: dict[str, list] = {name: [] for name in TABLES}   # Arrow tables not yet written
        self._pending_bytes = dict.fromkeys(TABLES, 0)
        self.counts = dict.fromkeys(TABLES, 0)
        for name, handle in handles.items():
            if fmt == "csv":
                handle.write(empty_frame(name).to_csv(index=False, lineterminator="\n"))
            elif fmt == "parquet":
                import pyarrow.parquet as pq

                self._parquet[name] = pq.ParquetWriter(handle, arrow_schema(name))
            elif fmt == "xlsx":
                self._sheets[name] = SheetWriter(handle, name, empty_frame(name).columns, targets[name])

    def write(self, chunk: ChunkResult) -> None:
        for name in TABLES:
            payload = chunk.payloads[name]
            self.counts[name] += chunk.counts[name]
            with self._writing(name):
                if self._fmt == "parquet":
                    if payload.num_rows:
                        self._pending[name].append(payload)
                        self._pending_bytes[name] += payload.nbytes
                        if self._pending_bytes[name] >= ROW_GROUP_BYTES:
                            self._flush(name)
                elif self._fmt == "xlsx":
                    self._sheets[name].append(payload)
                elif payload:
                    self._handles[name].write(payload)

    @contextlib.contextmanager
    def _writing(self, name: str) -> Iterator[None]:
        """A failed write of table `name` as an OutputError that names its file."""
        try:
            yield
        except OSError as exc:
            raise OutputError(f"{self._targets[name]}: cannot write: {exc.strerror or exc}") from None

    def _flush(self, name: str) -> None:
        import pyarrow as pa

        pending = self._pending[name]
        if pending:
            table = pa.concat_tables(pending)
            self._parquet[name].write_table(table, row_group_size=max(table.num_rows, 1))
            pending.clear()
            self._pending_bytes[name] = 0

    def finish(self) -> None:
        """Write what is still gathered; call once, after the last chunk."""
        for name in self._parquet:
            with self._writing(name):
                self._flush(name)
        for name, sheet in self._sheets.items():
            with self._writing(name):
                sheet.save()

    def _close(self, failing: bool) -> None:
        """Close the Parquet writers; a failure to close is raised unless one is in flight."""
        for sheet in self._sheets.values() if failing else ():
            sheet.discard()
        error = None
        for name, writer in self._parquet.items():
            try:
                close_parquet(writer)
            except OSError as exc:
                error = error or OutputError(f"{self._targets[name]}: cannot write: "
                                             f"{exc.strerror or exc}")
        if error is not None and not failing:
            raise error


def close_parquet(writer) -> None:
    """Close a pyarrow ParquetWriter once, even when closing fails (a full disk): it stays
    marked open then, and its __del__ would try again and print "Exception ignored"."""
    try:
        writer.close()
    finally:
        writer.is_open = False


@contextlib.contextmanager
def open_tables(out_dir: str | Path, fmt: str) -> Iterator[TableWriters]:
    """Writers for papers, claims and platforms in `out_dir`; on any error none of the three
    targets is touched (the temporary files vanish)."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: not a directory")
    binary = fmt in ("parquet", "xlsx")
    mode = "wb" if binary else "w"
    targets = {name: folder / f"{name}.{fmt}" for name in TABLES}
    # All three tables are synced before the first is renamed: a failure never mixes new claims
    # with old papers.
    with atomic_files(list(targets.values()), mode, newline=None if binary else "") as files:
        handles = dict(zip(targets, files))
        writers = TableWriters(handles, targets, fmt)
        failing = True
        try:
            yield writers
            writers.finish()
            failing = False
        finally:
            writers._close(failing)
