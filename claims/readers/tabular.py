"""CSV and TSV files with a header naming (case-insensitively) a title and an abstract column.

Every other column is kept in `Paper.extra`, unless it maps to a paper field (authors, year, ...).
"""
from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from ..model import Paper, Problem
from .records import ABSTRACT_KEYS, TITLE_KEYS, Source, paper_from_fields

DELIMITERS = ",\t;|"
# The csv module stops at 128 KiB a field by default and would drop the row; a field may be as
# long as a file read whole.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def header_cells(first_line: str, delimiter: str) -> list[str]:
    return [cell.strip().strip('"').strip().casefold() for cell in first_line.split(delimiter)]


def guess_delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv" or first_line.count("\t") > first_line.count(","):
        return "\t"
    return max(DELIMITERS, key=first_line.count)


def looks_tabular(first_line: str) -> bool:
    """A header row naming a title or an abstract column among several columns."""
    delimiter = guess_delimiter(first_line, "")
    cells = header_cells(first_line, delimiter)
    return len(cells) > 1 and any(cell in TITLE_KEYS + ABSTRACT_KEYS for cell in cells)


def read_tabular(text: str, source: Source, suffix: str) -> Iterator[Paper | Problem]:
    first_line = text.split("\n", 1)[0]
    delimiter = guess_delimiter(first_line, suffix)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [cell.strip() for cell in next(reader)]
    except (StopIteration, csv.Error) as exc:
        yield source.problem(1, f"unreadable CSV header: {exc}", fatal=True)
        return
    folded = [cell.casefold() for cell in header]
    # Without a title column each row is a paper known by its abstract, as a plain-text one is.
    if not any(cell in ABSTRACT_KEYS for cell in folded):
        yield source.problem(1, f"no abstract column (columns: {', '.join(header)})", fatal=True)
        return
    yield from _rows(text, reader, header, source, delimiter)


def _rows(text: str, reader, header: list[str], source: Source,
          delimiter: str) -> Iterator[Paper | Problem]:
    """The records after the header. A row the parser rejects (an unterminated quote would
    swallow the rest of the file into one field) is reported and parsing starts again on the
    line after it, so the rows below are kept."""
    offset, base = 0, 0             # lines of `text` before what `reader` reads, and their length
    previous_end = reader.line_num
    while True:
        start = offset + previous_end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # A quote left open runs into the next lines until the parser gives up there.
            unclosed = "end of data" in str(exc) or offset + reader.line_num > start
            reason = "unterminated quoted field" if unclosed else f"malformed CSV row: {exc}"
            yield source.problem(start, f"{reason}; row skipped")
            base = _line_start(text, base, start - offset)
            if base is None:
                return
            offset, previous_end = start, 0
            reader = csv.reader(_lines_from(text, base), delimiter=delimiter, strict=True)
            continue
        previous_end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield source.problem(start, f"row has {len(row)} fields, the header has {len(header)}")
            continue
        if any("\x00" in cell for cell in row):
            yield source.problem(start, "row holds a NUL byte (a damaged file?); row skipped")
            continue
        try:
            yield paper_from_fields(dict(zip(header, row)), source, start)
        except ValueError as exc:
            yield source.problem(start, str(exc))


def _line_start(text: str, position: int, lines: int) -> int | None:
    """Index where the line `lines` lines after the one starting at `position` starts, or None."""
    position -= 1
    for _ in range(lines):
        position = text.find("\n", position + 1)
        if position < 0:
            return None
    return position + 1


def _lines_from(text: str, position: int) -> Iterator[str]:
    """The lines of `text` from `position` on, with their line ends, without copying the rest."""
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end + 1
        yield text[position:end]
        position = end
