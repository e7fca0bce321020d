"""Read papers from every input a user has; the layout is detected from the content.

    >>> from claims.readers import read_papers
    >>> papers = list(read_papers(["seeds/000_20a9048784cc11d1.txt"]))
    >>> papers[0].title, papers[0].date, papers[0].category
    ('DynaGraph: Lightweight Multi-Model Interaction Framework via Dynamic Topological Reconfiguration', 'May 28', 'MA')

Problems (a missing file, a broken record) go into a `ReadReport` instead of stopping the run,
so good records are never lost; with `strict=True` the first one raises `InputError`.
"""
from __future__ import annotations

import codecs
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Problem, ReadReport
from .atom import read_atom
from .bibtex import looks_like_bibtex, read_bibtex
from .daily import AUTHOR_COUNT, SEPARATOR, read_daily
from .decode import decode
from .jsonrec import looks_like_jsonl, read_json, read_jsonl, read_jsonl_lines
from .listing import is_header, read_listing
from .records import Note, Source
from .researcher import is_item_header, read_researcher
from .tabular import looks_tabular, read_tabular

__all__ = ["LAYOUTS", "Note", "ReadReport", "decoded_lines", "detect_layout", "expand_inputs",
           "read_file", "read_papers", "streams_as_jsonl"]

STDIN = "-"
LAYOUTS = ("listing", "daily", "researcher", "jsonl", "json", "csv", "bibtex", "atom")
UNKNOWN_LAYOUT = ("unknown layout: not a listing page, JSON/JSON Lines, CSV/TSV, BibTeX "
                  "or Atom feed of papers")


def read_papers(inputs: Sequence[str | Path], report: ReadReport | None = None,
                strict: bool = False) -> Iterator[Paper]:
    """Yield the papers of every input (file, directory or "-" for stdin), record by record."""
    report = report if report is not None else ReadReport()
    for path in expand_inputs(inputs, report, strict):
        yield from read_file(path, report, strict)


def expand_inputs(inputs: Iterable[str | Path], report: ReadReport,
                  strict: bool = False) -> Iterator[str | Path]:
    """Files in the order given; a directory gives its files, recursively and sorted.

    Hidden files and folders (.git, .DS_Store) inside a directory are not inputs.
    """
    for item in inputs:
        if str(item) == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                _record(report, Problem(str(item), "directory holds no files", True), strict)
            yield from files
        else:
            yield path


def read_file(path: str | Path, report: ReadReport, strict: bool = False) -> Iterator[Paper]:
    """Yield the papers of one file (or of stdin for "-"); its problems go into `report`.

    JSON Lines are read line by line (memory stays flat however long the file); every other
    layout is read whole, as its records can span the file.
    """
    source = Source("<stdin>", "<stdin>") if str(path) == STDIN else Source(Path(path).name, str(path))
    suffix = "" if str(path) == STDIN else Path(path).suffix.casefold()
    try:
        handle = sys.stdin.buffer if str(path) == STDIN else open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        return _record(report, source.problem(None, "no such file", True), strict)
    except IsADirectoryError:
        return _record(report, source.problem(None, "is a directory", True), strict)
    except OSError as exc:
        return _record(report, source.problem(None, f"cannot read: {exc.strerror or exc}", True),
                       strict)
    try:
        try:
            head = handle.read(_HEAD_BYTES)
            if streams_as_jsonl(head, suffix):
                items = read_jsonl_lines(decoded_lines(head, handle, source), source)
                yield from _papers(items, report, strict)
                return
            data = head + handle.read()
        except OSError as exc:
            return _record(report, source.problem(None, f"cannot read: {exc.strerror or exc}",
                                                  True), strict)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    try:
        text = decode(data)
    except InputError as exc:
        return _record(report, source.problem(None, str(exc), True), strict)
    if not text.strip():
        return _record(report, source.problem(None, "empty file", True), strict)
    layout = detect_layout(text, suffix)
    if layout is None:
        return _record(report, source.problem(None, UNKNOWN_LAYOUT, True), strict)
    yield from _papers(_READERS[layout](text, source, suffix), report, strict)


def _papers(items: Iterable[Paper | Problem], report: ReadReport, strict: bool) -> Iterator[Paper]:
    for item in items:
        if isinstance(item, Paper):
            report.read += 1
            yield item
        else:
            _record(report, item, strict)


# Enough of a file to tell JSON Lines from a JSON document (looks_like_jsonl reads two lines).
_HEAD_BYTES = 1 << 16


def streams_as_jsonl(head: bytes, suffix: str) -> bool:
    """Whether the file can be read line by line: UTF-8 JSON Lines, by its first whole lines."""
    first_line = head.lstrip().split(b"\n", 1)[0]
    if b"\x00" in first_line or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False            # binary, or UTF-16/32: the whole-file path says why or decodes it
    whole_lines = head[:head.rfind(b"\n") + 1] if len(head) == _HEAD_BYTES else head
    if not whole_lines.strip():
        return False
    try:
        text = whole_lines.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return detect_layout(text.replace("\r\n", "\n").replace("\r", "\n"), suffix) == "jsonl"


def decoded_lines(head: bytes, handle: Iterable[bytes], source: Source,
                  first_line: int = 1) -> Iterator[str | Problem]:
    """Lines of a byte stream (`head`, then the rest from `handle`) as text, numbered as `decode`
    would number them from `first_line`; a line that is not text (NUL bytes) becomes a Problem
    in its place."""
    number = first_line - 1
    for raw in _byte_lines(head, handle):
        if number == 0 and first_line == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = decode(raw)
            except InputError as exc:
                number += 1
                yield source.problem(number, str(exc))
                continue
        if "\r" in text:
            parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if parts[-1] == "" and text.endswith("\r"):
                parts.pop()
        else:
            parts = [text]
        for part in parts:
            number += 1
            yield part


def _byte_lines(head: bytes, handle) -> Iterator[bytes]:
    pieces = head.split(b"\n")
    rest = pieces.pop()
    yield from pieces
    for line in handle:
        if rest:
            line, rest = rest + line, b""
        yield line[:-1] if line.endswith(b"\n") else line
    if rest:
        yield rest


def detect_layout(text: str, suffix: str = "") -> str | None:
    """Name of the layout of a decoded file (one of LAYOUTS), or None when none fits."""
    head = text.lstrip("\ufeff \t\n")
    first_line = head.split("\n", 1)[0]
    if head.startswith("<"):
        return "atom" if "<feed" in head[:5000] else None
    if head.startswith(("{", "[")):
        return "jsonl" if suffix in (".jsonl", ".ndjson") or looks_like_jsonl(head) else "json"
    if suffix in (".csv", ".tsv") or looks_tabular(first_line):
        return "csv"
    if suffix in (".bib", ".bibtex") or looks_like_bibtex(text):
        return "bibtex"
    lines = text.split("\n")
    if any(is_header(line) for line in lines):
        return "listing"
    if any(is_item_header(line.strip()) for line in lines):
        return "researcher"
    if any(line.strip() == SEPARATOR or AUTHOR_COUNT.fullmatch(line.strip()) for line in lines):
        return "daily"
    return None


def _record(report: ReadReport, problem: Problem, strict: bool) -> None:
    """Keep the problem for the summary; in strict mode anything but a note stops the run."""
    report.problems.append(problem)
    if strict and not isinstance(problem, Note):
        raise InputError(str(problem))


_Reader = Callable[[str, Source, str], Iterable[Paper | Problem]]
_READERS: dict[str, _Reader] = {
    "listing": lambda text, source, _: read_listing(text.split("\n"), source),
    "daily": lambda text, source, _: read_daily(text.split("\n"), source),
    "researcher": lambda text, source, _: read_researcher(text.split("\n"), source),
    "jsonl": lambda text, source, _: read_jsonl(text, source),
    "json": lambda text, source, _: read_json(text, source),
    "csv": read_tabular,
    "bibtex": lambda text, source, _: read_bibtex(text, source),
    "atom": lambda text, source, _: read_atom(text.lstrip("\ufeff"), source),
}
