"""Read papers from every input a user has; the layout is detected from the content.

    >>> from claims.readers import read_papers
    >>> papers = list(read_papers(["seeds/000_20a9048784cc11d1.txt"]))
    >>> papers[0].title, papers[0].date, papers[0].category
    ('DynaGraph: Lightweight Multi-Model Interaction Framework via Dynamic Topological Reconfiguration', 'May 28', 'MA')

Problems (a missing file, a broken record) go into a `ReadReport` instead of stopping the run,
so good records are never lost; with `strict=True` the first one raises `InputError`.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Problem, ReadReport
from .atom import read_atom
from .bibtex import looks_like_bibtex, read_bibtex
from .daily import AUTHOR_COUNT, SEPARATOR, read_daily
from .decode import decode
from .jsonrec import looks_like_jsonl, read_json, read_jsonl
from .listing import is_header, read_listing
from .records import Note, Source
from .researcher import is_item_header, read_researcher
from .tabular import looks_tabular, read_tabular

__all__ = ["LAYOUTS", "Note", "ReadReport", "detect_layout", "expand_inputs", "read_file",
           "read_papers"]

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
    """Yield the papers of one file (or of stdin for "-"); its problems go into `report`."""
    source = Source("<stdin>", "<stdin>") if str(path) == STDIN else Source(Path(path).name, str(path))
    try:
        data = sys.stdin.buffer.read() if str(path) == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        return _record(report, source.problem(None, "no such file", True), strict)
    except IsADirectoryError:
        return _record(report, source.problem(None, "is a directory", True), strict)
    except OSError as exc:
        return _record(report, source.problem(None, f"cannot read: {exc.strerror or exc}", True),
                       strict)
    try:
        text = decode(data)
    except InputError as exc:
        return _record(report, source.problem(None, str(exc), True), strict)
    if not text.strip():
        return _record(report, source.problem(None, "empty file", True), strict)
    suffix = "" if str(path) == STDIN else Path(path).suffix.casefold()
    layout = detect_layout(text, suffix)
    if layout is None:
        return _record(report, source.problem(None, UNKNOWN_LAYOUT, True), strict)
    for item in _READERS[layout](text, source, suffix):
        if isinstance(item, Paper):
            report.read += 1
            yield item
        else:
            _record(report, item, strict)


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
