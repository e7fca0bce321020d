"""The three output tables (claims, papers, platforms): their dtypes, and reading them back typed.

Every table has one dtype per column, in one place, so a notebook, a report and a spreadsheet
export all see the same types: text is pandas ``"string"``, real numbers ``"Float64"``, counts
and offsets ``"Int64"`` and ``has_code`` ``"boolean"``. Missing values are ``<NA>`` everywhere
(an empty CSV cell reads back as ``<NA>``, never as ``""`` or ``nan``).

>>> frame = claims_frame([{"paper_id": "p1", "metric": "speedup", "kind": "ratio",
...                        "value": "104.5", "unit": "x", "rule_ids": ("speedup.x", "unit.x")}])
>>> str(frame["value"].dtype), float(frame.loc[0, "value"]), frame.loc[0, "rule_ids"]
('Float64', 104.5, 'speedup.x unit.x')
"""
from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from itertools import chain
from operator import itemgetter
from pathlib import Path

import pandas as pd

from .errors import ClaimsError, InputError
from .outdir import reading
from .spreadsheet import read_sheet
from .model import (
    CLAIM_COLUMNS, DIRECTIONS, HARDWARE_CLASSES, KINDS, METRICS, PAPER_COLUMNS, PLATFORM_COLUMNS,
    QUALIFIERS, Problem,
)

__all__ = [
    "CLAIM_DTYPES", "PAPER_DTYPES", "PLATFORM_DTYPES", "Tables", "load",
    "claims_frame", "papers_frame", "platforms_frame", "table_columns",
]

_FLOAT_COLUMNS = {"value", "value_low", "baseline_value", "si_value", "gain"}
_INT_COLUMNS = {"start", "end", "year", "line"}
_BOOL_COLUMNS = {"has_code"}


def _dtype(column: str) -> str:
    if column in _FLOAT_COLUMNS:
        return "Float64"
    if column in _INT_COLUMNS:
        return "Int64"
    if column in _BOOL_COLUMNS:
        return "boolean"
    return "string"


CLAIM_DTYPES: dict[str, str] = {c: _dtype(c) for c in CLAIM_COLUMNS}
PAPER_DTYPES: dict[str, str] = {c: _dtype(c) for c in PAPER_COLUMNS}
PLATFORM_DTYPES: dict[str, str] = {c: _dtype(c) for c in PLATFORM_COLUMNS}

# A table without these cannot be joined or compared; any other missing column reads as <NA>,
# so tables written before a column was added still load.
_REQUIRED = {
    "claims": ("paper_id", "metric", "kind", "value"),
    "papers": ("paper_id", "title"),
    "platforms": ("paper_id", "name", "class"),
}
# Closed vocabularies of CLAIMS_SPEC.md: a row outside them would give a report a wrong polarity.
_VOCABULARIES = {
    "claims": {"metric": METRICS, "kind": KINDS, "direction": DIRECTIONS, "qualifier": QUALIFIERS,
               "hardware_class": HARDWARE_CLASSES},
    "papers": {},
    "platforms": {"class": HARDWARE_CLASSES},
}
_DTYPES = {"claims": CLAIM_DTYPES, "papers": PAPER_DTYPES, "platforms": PLATFORM_DTYPES}
_SUFFIXES = (".csv", ".parquet", ".jsonl", ".xlsx")
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


@dataclass(frozen=True, eq=False)
class Tables:
    """A tables directory read back: three typed DataFrames and the records skipped on the way."""

    claims: pd.DataFrame
    papers: pd.DataFrame
    platforms: pd.DataFrame
    problems: tuple[Problem, ...] = ()


def claims_frame(rows: Iterable[Mapping | object]) -> pd.DataFrame:
    """Type claim records (mappings or `claims.model.Claim`) as the claims table.

    Raises `ClaimsError` naming the first record that does not fit."""
    return _strict_frame("claims", rows)


def papers_frame(rows: Iterable[Mapping | object]) -> pd.DataFrame:
    """Type paper records (mappings or `claims.model.Paper`) as the papers table."""
    return _strict_frame("papers", rows)


def platforms_frame(rows: Iterable[Mapping | object]) -> pd.DataFrame:
    """Type platform records (mappings with a `class` key) as the platforms table."""
    return _strict_frame("platforms", rows)


def load(directory: str | Path) -> Tables:
    """Read claims, papers and platforms back from `directory` with the tables' dtypes.

    Each table is `<name>.csv`, else `<name>.parquet`, else `<name>.jsonl`, else `<name>.xlsx`. The claims table is
    required; a missing papers or platforms table reads as an empty one (a claims table exported
    alone still makes every report). A record that breaks its table's types or vocabularies is
    skipped and listed in `Tables.problems`; an unreadable file raises `InputError` naming it.
    The three are read under the folder's shared lock: a run publishing new tables there waits,
    so they all come from the same run (`claims.outdir`).
    """
    with reading(directory):
        return _load(directory)


def _load(directory: str | Path) -> Tables:
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a directory (give the folder holding claims.csv)")
    problems: list[Problem] = []
    frames = {}
    for name in ("claims", "papers", "platforms"):
        # A parquet table may be one file or a folder of parts (`claims extract --engine dask`).
        path = next((folder / f"{name}{s}" for s in _SUFFIXES if (folder / f"{name}{s}").is_file()
                     or (s == ".parquet" and (folder / f"{name}{s}").is_dir())),
                    None)
        if path is None:
            if name == "claims":
                raise InputError(f"{folder}: no claims table (claims.csv, claims.parquet, "
                                 "claims.jsonl or claims.xlsx)")
            frames[name] = _empty(name)
            continue
        header, records, where = _read_records(path)
        frame, bad = _typed(name, header, records, where, str(path), require=True)
        frames[name] = frame
        problems.extend(Problem(p.where, f"{p.message} (record skipped)") for p in bad)
    return Tables(frames["claims"], frames["papers"], frames["platforms"], tuple(problems))


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _DTYPES[name].items()})


def table_columns(name: str, rows: Iterable[Mapping | object]) -> dict[str, list]:
    """The typed values of the rows of table `name` ("claims", "papers" or "platforms"), column
    by column, in the table's column order (None where missing): what its frame function puts
    in each column, for a writer that needs no DataFrame. Raises `ClaimsError` as it does."""
    columns, _ = _strict_columns(name, rows)
    return columns


def _strict_frame(name: str, rows: Iterable[Mapping | object]) -> pd.DataFrame:
    return _frame(*_strict_columns(name, rows))


def _strict_columns(name: str, rows: Iterable[Mapping | object]) -> tuple[dict[str, list], dict[str, str]]:
    records = [row if type(row) is dict else _as_mapping(row) for row in rows]
    columns = _plain_columns(name, records)
    if columns is not None:
        return columns, dict(_DTYPES[name])
    columns, dtypes, problems = _typed_columns(name, None, records,
                                               [f"record {i}" for i in range(1, len(records) + 1)], name)
    if problems:
        raise ClaimsError(str(problems[0]))
    return columns, dtypes


_NONE = type(None)
_PLAIN_TYPES = {"string": {str, _NONE}, "Float64": {float, _NONE}, "Int64": {int, _NONE},
                "boolean": {bool, _NONE}}
_ALLOWED = {name: {column: {*allowed, None} for column, allowed in vocabularies.items()}
            for name, vocabularies in _VOCABULARIES.items()}


def _plain_columns(name: str, records: list[Mapping]) -> dict[str, list] | None:
    """`_typed_columns` of records that are plain dicts holding exactly the table's columns, each
    value None or of its column's plain type (str, float, int or bool), inside the vocabularies:
    the rows the extractor makes. Typed column by column, with one C-level pass per column for
    its types (about a quarter of the time of typing row by row); None for any other records,
    which the row-by-row typing settles (with the same values, or the problem it reports).
    """
    dtypes = _DTYPES[name]
    if not records or set(map(type, records)) != {dict} or set(map(len, records)) != {len(dtypes)}:
        return None
    try:     # each record has len(dtypes) keys, so one holding all of them holds nothing else
        cells = list(map(itemgetter(*dtypes), records))
    except KeyError:
        return None
    allowed = _ALLOWED[name]
    columns = {}
    for (column, dtype), values in zip(dtypes.items(), zip(*cells)):
        if not set(map(type, values)) <= _PLAIN_TYPES[dtype]:
            return None
        if dtype == "string":
            typed = [value if value and not value.isspace() else None for value in values]
        elif dtype == "Float64":
            typed = [None if value != value else value for value in values]    # NaN -> None
        elif dtype == "Int64":
            typed = [None if value is None else int(float(value)) for value in values]
        else:
            typed = list(values)
        if column in allowed and not set(typed) <= allowed[column]:
            return None
        columns[column] = typed
    return columns


def _as_mapping(row: Mapping | object) -> Mapping:
    if isinstance(row, Mapping):
        return row
    if is_dataclass(row):
        record = {f.name: getattr(row, f.name) for f in fields(row)}
        if "hw_class" in record:             # model.Platform names its class field hw_class
            record["class"] = record.pop("hw_class")
        return record
    raise ClaimsError(f"cannot make a table row of {type(row).__name__}")


def _read_records(path: Path) -> tuple[list[str] | None, list[dict], list[str]]:
    """The file's header (CSV and parquet), its records as dicts of raw values, and where each
    record is (`line N`, `row N`)."""
    try:
        if path.suffix == ".xlsx":
            return read_sheet(path)
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            return (list(frame.columns), frame.to_dict("records"),
                    [f"row {i}" for i in range(1, len(frame) + 1)])
        with path.open(encoding="utf-8-sig", newline="") as handle:
            if path.suffix == ".jsonl":
                return _jsonl_records(path, handle)
            return _csv_records(path, handle)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except InputError:
        raise
    except Exception as exc:               # pyarrow raises its own family for a broken file
        raise InputError(f"{path}: not a readable parquet table ({type(exc).__name__})") from None


def _csv_records(path: Path, handle) -> tuple[list[str], list[dict], list[str]]:
    reader = csv.reader(handle)
    try:
        header = next(reader, None)
        if not header:
            raise InputError(f"{path}: empty file (no header row)")
        records, where, line = [], [], reader.line_num + 1
        for row in reader:
            here = f"line {line}"
            line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                records.append({"__bad__": f"{len(row)} fields where the header has {len(header)}"})
            else:
                records.append(dict(zip(header, row)))
            where.append(here)
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num}: malformed CSV ({exc})") from None
    return header, records, where


def _jsonl_records(path: Path, handle) -> tuple[None, list[dict], list[str]]:
    records, where = [], []
    for number, text in enumerate(handle, 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            record = {"__bad__": f"not JSON ({exc.msg})"}
        if not isinstance(record, dict):
            record = {"__bad__": "not a JSON object"}
        records.append(record)
        where.append(f"line {number}")
    if not records:
        raise InputError(f"{path}: empty file (no records)")
    return None, records, where


def _typed(name: str, header: list[str] | None, records: list[Mapping], where: list[str],
           source: str, require: bool = False) -> tuple[pd.DataFrame, list[Problem]]:
    """Records -> the typed table; a record that does not fit is dropped and reported.

    `require`: the file must carry the join and ranking columns (records built in code may
    leave them out: a `Claim` has no paper_id until the table stage adds it)."""
    columns, dtypes, problems = _typed_columns(name, header, records, where, source, require)
    return _frame(columns, dtypes), problems


def _frame(columns: dict[str, list], dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(values, dtype=dtypes[c]) for c, values in columns.items()})


def _typed_columns(name: str, header: list[str] | None, records: list[Mapping], where: list[str],
                   source: str, require: bool = False) -> tuple[dict[str, list], dict[str, str], list[Problem]]:
    """`_typed` before the frame: the typed values by column, each column's dtype, the problems."""
    dtypes = _DTYPES[name]
    seen = list(header) if header is not None else [
        k for k in dict.fromkeys(chain.from_iterable(records)) if k != "__bad__"]
    missing = [c for c in _REQUIRED[name] if c not in seen] if require else []
    if missing and (header is not None or records):
        raise InputError(f"{source}: missing column{'s' * (len(missing) > 1)}: "
                         f"{', '.join(missing)}")
    extra = [c for c in seen if c not in dtypes]
    rows, problems = [], []
    for record, here in zip(records, where):
        try:
            rows.append(_typed_row(name, record, dtypes, extra))
        except ValueError as exc:
            location = (f"{source}:{here.split()[-1]}" if here.startswith("line")
                        else f"{source}: {here}")
            problems.append(Problem(location, str(exc)))
    columns = {c: [r[c] for r in rows] for c in [*dtypes, *extra]}
    return columns, {**dtypes, **dict.fromkeys(extra, "string")}, problems


def _typed_row(name: str, record: Mapping, dtypes: Mapping[str, str], extra: list[str]) -> dict:
    if "__bad__" in record:
        raise ValueError(record["__bad__"])
    row = {}
    get = record.get
    for column, dtype in dtypes.items():
        raw = get(column)
        # Most cells are text, missing, a float or an offset: those are settled here, without a
        # call, as `_cell` settles them.
        kind = type(raw)
        if raw is None:
            row[column] = None
        elif kind is str and dtype == "string":
            row[column] = None if not raw or raw.isspace() else raw
        elif kind is float and dtype == "Float64":
            row[column] = None if raw != raw else raw       # NaN is the one float unequal to itself
        elif kind is int and dtype == "Int64":
            row[column] = int(float(raw))
        else:
            row[column] = _cell(column, dtype, raw)
    for column, allowed in _VOCABULARIES[name].items():
        value = row[column]
        if value is not None and value not in allowed:
            raise ValueError(f"{column}: {value!r} is not one of {', '.join(allowed)}")
    for column in extra:
        row[column] = _cell(column, "string", record.get(column))
    return row


def _cell(column: str, dtype: str, raw):
    if raw is None or (isinstance(raw, float) and math.isnan(raw)) or raw is pd.NA:
        return None
    if isinstance(raw, str) and not raw.strip():
        return None
    if dtype == "string":
        if column == "rule_ids" and not isinstance(raw, str):
            return " ".join(str(r) for r in raw)
        return raw if isinstance(raw, str) else _plain(raw)
    if dtype == "boolean":
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise ValueError(f"{column}: {raw!r} is not true or false")
    try:
        number = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{column}: {raw!r} is not a number") from None
    if math.isnan(number):
        return None
    if dtype == "Int64":
        if not number.is_integer():
            raise ValueError(f"{column}: {raw!r} is not a whole number")
        return int(number)
    return number


def _plain(value) -> str:
    """A non-text cell as text: 2021 rather than 2021.0 for a JSON number used as an id."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
