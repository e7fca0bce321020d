"""Data out of a report: csv and tsv (the data frame, one row per claim), json (the frame with the
report's title, notes and command), and xlsx (openpyxl: one sheet per section, as the document
shows it, with the paper cells linked).
"""
from __future__ import annotations

import io
import json
import math
import re

import pandas as pd

from ..spreadsheet import text_stays_text, worksheet_text
from .formats import Report, plain, table
from .present import Link

__all__ = ["csv", "json_document", "tsv", "xlsx"]

# Excel forbids these in sheet names, and caps them at 31 characters.
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH = 60


def csv(report: Report) -> str:
    return report.frame.to_csv(index=False, lineterminator="\n")


def tsv(report: Report) -> str:
    # A tab or line break inside a cell would split it; TSV readers expect none, so they go.
    frame = report.frame.copy()
    for column in frame.columns:
        if frame[column].dtype == "string" or frame[column].dtype == object:
            frame[column] = frame[column].map(
                lambda v: " ".join(str(v).split()) if isinstance(v, str) else v)
    return frame.to_csv(index=False, sep="\t", lineterminator="\n")


def json_document(report: Report) -> str:
    def cell(value):
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return None
        return value.item() if hasattr(value, "item") else value

    frame = report.frame
    rows = [{c: cell(v) for c, v in zip(frame.columns, row)}
            for row in frame.itertuples(index=False, name=None)]
    document = {
        "generated_by": report.command,
        "title": report.title,
        "facts": {k: v.url if isinstance(v, Link) else v for k, v in report.facts},
        "notes": [note for section in report.sections for note in section.notes],
        "columns": list(frame.columns),
        "rows": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def xlsx(report: Report) -> bytes:
    """One sheet per section (its notes above the table), header row frozen and bold, columns
    sized to their text, paper cells linked to the paper."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for section in report.sections or ():
        sheet = book.create_sheet(_sheet_name(section.heading, used))
        top = 1
        for note in section.notes:
            text_stays_text(sheet.cell(row=top, column=1, value=_value(note))).font = Font(italic=True)
            top += 1
        headers, rows, right = table(section)
        for col, text in enumerate(headers, 1):
            sheet.cell(row=top, column=col, value=text).font = Font(bold=True)
        widths = [len(h) for h in headers]
        for r, row in enumerate(rows, top + 1):
            for col, value in enumerate(row, 1):
                written = _value(value)
                cell = text_stays_text(sheet.cell(row=r, column=col, value=written))
                if isinstance(value, Link) and value.url:
                    cell.hyperlink = value.url
                    cell.font = Font(color="0563C1", underline="single")
                if right[col - 1]:
                    cell.alignment = Alignment(horizontal="right")
                widths[col - 1] = max(widths[col - 1], len(str(written or "")))
        for col, width in enumerate(widths, 1):
            sheet.column_dimensions[sheet.cell(row=top, column=col).column_letter].width = \
                min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    if not book.sheetnames:
        book.create_sheet("Report")
    handle = io.BytesIO()
    book.save(handle)
    return handle.getvalue()


def _value(value):
    """A cell as Excel should hold it: whole numbers and floats stay numbers, the rest text."""
    if isinstance(value, Link):
        return worksheet_text(value.text) or None
    if isinstance(value, bool) or value is None or value is pd.NA:
        return plain(value) or None
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        return value
    if hasattr(value, "item"):                          # numpy and pandas scalars
        return _value(value.item())
    return worksheet_text(plain(value)) or None


def _sheet_name(heading: str, used: set[str]) -> str:
    base = _SHEET_UNSAFE.sub(" ", heading).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name
