"""Excel workbooks, as Scopus, Web of Science and spreadsheets save them: .xlsx read with
openpyxl row by row, Excel 97-2003 .xls with xlrd. Every sheet whose header row names an abstract
column is read; each row after it is a record (the columns a CSV row would have)."""
from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ..model import Paper, Problem
from .records import ABSTRACT_KEYS, Source, paper_from_fields

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"       # Excel 97-2003 workbooks, and password-protected .xlsx
# A password-protected .xlsx is an OLE2 file holding a stream of this name (its directory entry
# stores the name in UTF-16).
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_LOCKED = "a password-protected workbook, which cannot be read; save it without a password or as CSV"
# A header is looked for in the first rows only: export tools put a line or two above it.
_HEADER_ROWS = 10

Sheet = tuple[str, Iterable[tuple]]     # a sheet's name and its rows of cell values


def is_workbook(handle: BinaryIO) -> bool:
    """Whether a seekable ZIP file is an Excel workbook (it holds xl/workbook.xml)."""
    try:
        with zipfile.ZipFile(handle) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False
    finally:
        handle.seek(0)


def read_xlsx(handle: BinaryIO, source: Source) -> Iterator[Paper | Problem]:
    """Papers of a seekable .xlsx file; a row's problem names its row (and sheet)."""
    import openpyxl     # only for workbooks: it takes a while to import

    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:        # noqa: BLE001 - a damaged workbook raises many kinds
        yield _unreadable(source, exc)
        return
    try:
        yield from _papers_of_sheets(
            [(sheet.title, sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets],
            source)
    finally:
        workbook.close()


def read_xls(data: bytes, source: Source) -> Iterator[Paper | Problem]:
    """Papers of an Excel 97-2003 workbook (Web of Science's "Excel" export)."""
    import xlrd

    if _ENCRYPTION_INFO in data:
        yield source.problem(None, _LOCKED, fatal=True)
        return
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Silent())
    except xlrd.XLRDError as exc:
        yield source.problem(None, _LOCKED if "encrypt" in str(exc).casefold() else
                             f"an Office file that holds no Excel workbook ({exc})", fatal=True)
        return
    except Exception as exc:        # noqa: BLE001 - a damaged workbook raises many kinds
        yield _unreadable(source, exc)
        return
    try:
        sheets = [(sheet.name, _xls_rows(sheet, book.datemode))
                  for sheet in (book.sheet_by_index(i) for i in range(book.nsheets))]
        yield from _papers_of_sheets(sheets, source)
    finally:
        book.release_resources()


def _papers_of_sheets(sheets: list[Sheet], source: Source) -> Iterator[Paper | Problem]:
    read, first_sheet = 0, None
    for title, rows in sheets:
        rows = iter(rows)
        header, header_row, first_row = _header(rows)
        if header is None:
            first_sheet = first_sheet or (title, first_row)
            continue
        read += 1
        where = f"{source.shown}: sheet {title!r} row" if len(sheets) > 1 else f"{source.shown}: row"
        for number, row in enumerate(rows, start=header_row + 1):
            record = {name: value for name, value in zip(header, map(_cell, row))
                      if name and value not in (None, "")}
            if not record:
                continue
            try:
                yield paper_from_fields(record, source, number)
            except ValueError as exc:
                yield Problem(f"{where} {number}", str(exc))
    if not read:
        title, columns = first_sheet or ("", [])
        yield source.problem(None, f"no sheet has an abstract column (sheet {title!r}: "
                                   f"{', '.join(columns) or 'empty'})", fatal=True)


def _header(rows: Iterator[tuple]) -> tuple[list[str] | None, int, list[str]]:
    """The header row's names and number within the first `_HEADER_ROWS` rows, and the first
    row's non-empty cells (to name in a message when there is no header)."""
    first: list[str] = []
    for number, row in enumerate(rows, start=1):
        names = ["" if value is None else str(value).strip() for value in row]
        first = first or [name for name in names if name]
        if any(name.casefold() in ABSTRACT_KEYS for name in names):
            return names, number, first
        if number == _HEADER_ROWS:
            break
    return None, 0, first


def _cell(value: Any) -> Any:
    """A cell as a record value: dates as ISO text, text stripped, whole floats as ints (.xls
    stores every number as a float: a year of 2021.0)."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _xls_rows(sheet, datemode: int) -> Iterator[tuple]:
    import xlrd

    no_value = (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR)   # #N/A is no value
    for index in range(sheet.nrows):
        yield tuple(xlrd.xldate_as_datetime(cell.value, datemode)
                    if cell.ctype == xlrd.XL_CELL_DATE else
                    (None if cell.ctype in no_value else cell.value)
                    for cell in sheet.row(index))


def _unreadable(source: Source, exc: Exception) -> Problem:
    text = " ".join(str(exc).split())[:120]
    return source.problem(None, f"not a readable Excel workbook ({type(exc).__name__}: {text})",
                          fatal=True)


class _Silent:
    """xlrd writes warnings about odd files to a log; the reader's messages say what matters."""

    def write(self, _text: str) -> None:
        pass
