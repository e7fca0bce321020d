"""The papers table: papers from every input, one row per distinct paper, and table writers.

    >>> df = read("seeds")
    >>> len(df), list(df.columns) == list(PAPER_COLUMNS)
    (266, True)

Column dtypes: `year` and `line` are nullable integers (Int64), `has_code` a nullable boolean;
every other column is a pandas "string" column where a missing value is "" (never NA), so
filters such as `df[df.org != ""]` need no NA handling.
"""
from __future__ import annotations

import dataclasses
import io
import json
import math
import os
from collections.abc import Iterable, Sequence
from operator import attrgetter
from pathlib import Path

import pandas as pd
from tabulate import tabulate

from .atomic import atomic_open
from .errors import InputError, OutputError
from .model import PAPER_COLUMNS, Paper, ReadReport
from .readers import Note, read_papers
from .readers.records import known_by, normalize_title, title_hash

FORMATS = ("csv", "jsonl", "parquet", "md")
_INTEGER_COLUMNS = ("year", "line")
_BOOLEAN_COLUMNS = ("has_code",)


def read(path_or_paths: str | os.PathLike | Sequence[str | os.PathLike], *,
         report: ReadReport | None = None, strict: bool = False,
         extra: bool = False, skip_missing: bool = False) -> pd.DataFrame:
    """The deduplicated papers table of one input or several (files, directories, "-").

    A path that does not exist raises InputError naming it, unless `skip_missing` (then it is a
    problem in `report`, like a bad record). Problems go into `report` when one is given; when
    nothing at all could be read, InputError names the first problem. With `extra=True`,
    metadata kept from the inputs (CSV columns, scores, upvotes, DOIs) is added as further
    columns.
    """
    inputs = [path_or_paths] if isinstance(path_or_paths, (str, os.PathLike)) else list(path_or_paths)
    missing = [p for p in inputs if str(p) != "-" and not os.path.exists(p)]
    if missing and not skip_missing:
        raise InputError(f"{missing[0]}: no such file or directory (skip_missing=True reads the rest)")
    report = report if report is not None else ReadReport()
    papers = merge_papers(read_papers(inputs, report, strict))
    serious = [problem for problem in report.problems if not isinstance(problem, Note)]
    if not papers and serious:
        more = f" (and {len(serious) - 1} more problems)" if len(serious) > 1 else ""
        raise InputError(f"no papers read: {serious[0]}{more}")
    return papers_frame(papers, extra=extra)


def merge_papers(papers: Iterable[Paper]) -> list[Paper]:
    """One paper per normalized title (abstract, for a paper without one: `known_by`), in
    first-seen order; later copies fill its empty fields.

    The paper id becomes the arXiv id as soon as any copy knows it.
    """
    merged: dict[str, Paper] = {}
    for paper in papers:
        key = normalize_title(known_by(paper.title, paper.abstract))
        first = merged.get(key)
        merged[key] = paper if first is None else _fill(first, paper)
    return list(merged.values())


def _fill(first: Paper, later: Paper) -> Paper:
    changes = {}
    for field in dataclasses.fields(Paper):
        mine, theirs = getattr(first, field.name), getattr(later, field.name)
        if field.name == "paper_id":
            if (mine == title_hash(known_by(first.title, first.abstract))
                    and theirs != title_hash(known_by(later.title, later.abstract))):
                changes["paper_id"] = theirs
        elif field.name == "extra":
            known = {key for key, _ in mine}
            added = tuple(item for item in theirs if item[0] not in known)
            if added:
                changes["extra"] = mine + added
        elif field.name not in ("source", "line") and mine in ("", None) and theirs not in ("", None):
            changes[field.name] = theirs
    return dataclasses.replace(first, **changes) if changes else first


def papers_frame(papers: Iterable[Paper], extra: bool = False) -> pd.DataFrame:
    """A DataFrame with PAPER_COLUMNS (and the extra metadata columns when asked) and fixed dtypes."""
    if not extra:
        papers = papers if isinstance(papers, Sequence) else list(papers)
        frame = _plain_papers_frame(papers)
        if frame is not None:
            return frame
    rows = []
    extra_columns: dict[str, None] = {}
    for paper in papers:
        row = {column: getattr(paper, column) for column in PAPER_COLUMNS}
        if extra:
            for key, value in paper.extra:
                extra_columns.setdefault(key, None)
                row[key] = value
        rows.append(row)
    columns = list(PAPER_COLUMNS) + [c for c in extra_columns if c not in PAPER_COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    for column in columns:
        if column in _INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in _BOOLEAN_COLUMNS:
            frame[column] = frame[column].astype("boolean")
        else:
            frame[column] = frame[column].fillna("").astype("string")
    return frame


# Whole numbers that a float64 column holds exactly: the general path below reads a column of
# whole numbers with a gap as floats before typing it Int64.
_EXACT_INTEGER = 2 ** 53
_NONE = type(None)
_INT_OR_NONE, _BOOL_OR_NONE, _TEXT_OR_NONE = {int, _NONE}, {bool, _NONE}, {str, _NONE}


def _plain_papers_frame(papers: Sequence[Paper]) -> pd.DataFrame | None:
    """`papers_frame` of papers whose fields all hold their declared types, built column by
    column, about three times faster than typing a frame of rows; None for any other papers."""
    columns = paper_columns(papers)
    if columns is None:
        return None
    return pd.DataFrame({column: pd.Series(values, dtype=_dtype(column)) for column, values in columns.items()})


def paper_columns(papers: Sequence[Paper]) -> dict[str, list] | None:
    """The values of `papers_frame(papers)` column by column, where every field holds its
    declared type (text, a whole number, a boolean or None; missing text is ""), for a writer
    that needs no DataFrame; None where some field holds anything else."""
    if not papers:
        return {column: [] for column in PAPER_COLUMNS}
    columns = {}
    # One C-level pass gathers the fields, and one per column collects the types it holds.
    for column, values in zip(PAPER_COLUMNS, zip(*map(attrgetter(*PAPER_COLUMNS), papers))):
        kinds = set(map(type, values))
        if column in _INTEGER_COLUMNS:
            numbers = [v for v in values if v is not None]
            if not kinds <= _INT_OR_NONE or (numbers and not -_EXACT_INTEGER <= min(numbers) <= max(numbers) <= _EXACT_INTEGER):
                return None
        elif column in _BOOLEAN_COLUMNS:
            if not kinds <= _BOOL_OR_NONE:
                return None
        elif not kinds <= _TEXT_OR_NONE:
            return None
        elif _NONE in kinds:
            values = ["" if v is None else v for v in values]
        columns[column] = list(values)
    return columns


def _dtype(column: str) -> str:
    if column in _INTEGER_COLUMNS:
        return "Int64"
    return "boolean" if column in _BOOLEAN_COLUMNS else "string"


def format_table(df: pd.DataFrame, fmt: str, *, note: str | None = None,
                 shorten: dict[str, int] | None = None) -> str:
    """The table as csv, jsonl or md (GitHub Markdown) text; `shorten` caps named columns in md.

    >>> print(format_table(pd.DataFrame({"a": [1], "b": ["x|y"]}), "md"), end="")
    | a   | b    |
    |-----|------|
    | 1   | x\\|y |
    """
    if fmt == "csv":
        return df.to_csv(index=False, lineterminator="\n")
    if fmt == "jsonl":
        return "".join(json.dumps(_json_row(row), ensure_ascii=False) + "\n"
                       for row in df.to_dict(orient="records"))
    if fmt == "md":
        cells = [[_md_cell(value, (shorten or {}).get(column)) for column, value in row.items()]
                 for row in df.to_dict(orient="records")]
        table = tabulate(cells, headers=list(df.columns), tablefmt="github", disable_numparse=True)
        return (f"<!-- {note} -->\n\n" if note else "") + table + "\n"
    raise OutputError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")


def write_table(df: pd.DataFrame, path: str | os.PathLike, fmt: str | None = None, *,
                note: str | None = None) -> Path:
    """Write any DataFrame whole or not at all as csv, jsonl, parquet or md (by `fmt` or suffix)."""
    target = Path(path)
    fmt = fmt or target.suffix.lstrip(".").casefold()
    if fmt not in FORMATS:
        raise OutputError(f"{target}: unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        buffer = io.BytesIO()
        df.to_parquet(buffer, index=False)
        with atomic_open(target, "wb") as handle:
            handle.write(buffer.getvalue())
    else:
        with atomic_open(target, "w", newline="") as handle:
            handle.write(format_table(df, fmt, note=note))
    return target


def _json_row(row: dict) -> dict:
    return {key: _json_value(value) for key, value in row.items()}


def _json_value(value):
    if value is pd.NA or value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):          # numpy scalars
        return value.item()
    return value


def _md_cell(value, limit: int | None) -> str:
    value = _json_value(value)
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if limit and len(text) > limit:
        cut = text[:limit - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return text.replace("|", "\\|")
