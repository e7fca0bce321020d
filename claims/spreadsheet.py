"""The tables as Excel workbooks (`claims extract --format xlsx`): one file per table, one sheet
named after it, header row frozen. Written row by row in openpyxl's write-only mode (memory stays
flat) and read back by `claims.load`.

A cell holds what the CSV would, typed: numbers as numbers, yes/no as booleans, missing as empty.
Excel's own limits are kept, not broken: text that opens with "=" stays text (never a formula that
runs), a cell holds at most 32,767 characters (a longer abstract is cut and ends in "…"), and a
sheet at most 1,048,576 rows (a table with more is refused; CSV and Parquet have no limit).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd
import regex

from .errors import InputError, OutputError

MAX_ROWS = 1_048_576
MAX_CELL = 32_767
_CUT = "…"
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")     # what a worksheet refuses


def worksheet_text(text: str) -> str:
    """`text` without the control characters a worksheet cannot store (a stray bell in a title)."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def text_stays_text(cell):
    """A cell whose text opens with "=" (a title, a method name) stored as text, never as a
    formula that Excel would run; any other cell as it is."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell


def sheet_rows(frame: pd.DataFrame) -> list[tuple]:
    """The frame's rows as plain Python values for a worksheet (picklable: workers make them)."""
    return [tuple(map(_cell, row)) for row in frame.itertuples(index=False, name=None)]


def _cell(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):                          # numpy scalars
        return _cell(value.item())
    if isinstance(value, str):
        value = worksheet_text(value)
        return value if len(value) <= MAX_CELL else value[:MAX_CELL - 1] + _CUT
    return value


class SheetWriter:
    """One table's workbook, appended to chunk by chunk and saved to `handle` at the end."""

    def __init__(self, handle: BinaryIO, name: str, columns: Iterable[str], target: Path):
        from openpyxl import Workbook

        self._handle, self._target, self._rows = handle, target, 1
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(name)
        self._sheet.freeze_panes = "A2"
        self._sheet.append(list(columns))

    def append(self, rows: list[tuple]) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._rows += len(rows)
        if self._rows > MAX_ROWS:
            raise OutputError(f"{self._target}: more rows than an Excel sheet holds "
                              f"({MAX_ROWS - 1:,}); write csv or parquet")
        for row in rows:
            if any(isinstance(v, str) and v.startswith("=") for v in row):
                row = [text_stays_text(WriteOnlyCell(self._sheet, value=v))
                       if isinstance(v, str) and v.startswith("=") else v for v in row]
            self._sheet.append(row)

    def save(self) -> None:
        self._book.save(self._handle)

    def discard(self) -> None:
        """End an unsaved sheet's row writer, which would otherwise complain when collected
        ("Exception ignored in ... _write_rows"); openpyxl removes its temporary file at exit."""
        try:
            self._sheet.close()
        except Exception:       # noqa: BLE001 - already saved or closed: nothing is left open
            pass


def read_sheet(path: Path) -> tuple[list[str] | None, list[dict], list[str]]:
    """A table workbook's header, its rows as records and where each is (`row N`)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:        # noqa: BLE001 - a damaged workbook raises many kinds
        raise InputError(f"{path}: not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(v) if v is not None else "" for v in next(rows, ())] or None
        records, where = [], []
        for number, row in enumerate(rows, start=2):
            if any(v is not None for v in row):
                records.append(dict(zip(header or (), row)))
                where.append(f"row {number}")
    finally:
        book.close()
    return header, records, where
