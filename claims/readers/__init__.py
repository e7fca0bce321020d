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
import io
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Paper, Problem, ReadReport
from .atom import read_atom
from .bibtex import looks_like_bibtex, read_bibtex
from .daily import AUTHOR_COUNT, SEPARATOR, read_daily
from .decode import decode
from .xml_exports import (looks_like_endnote_xml, looks_like_pubmed_xml, read_endnote_xml,
                          read_pubmed_xml)
from .excel import OLE2_MAGIC, ZIP_MAGIC, is_workbook, read_xls, read_xlsx
from .jsonrec import looks_like_jsonl, read_json, read_jsonl, read_jsonl_lines
from .listing import is_header, read_listing
from .oai import read_oai
from .parquet import PARQUET_MAGIC, read_parquet
from .plaintext import looks_like_abstract, read_plaintext
from .records import Note, Source
from .researcher import is_item_header, read_researcher
from . import streams
from .streams import (DECOMPRESSION_ERRORS, STDIN, LongLine, TooLarge, bounded_lines, open_input,
                      peek, read_whole)
from .tabular import looks_tabular, read_tabular
from .tagged import (looks_like_endnote, looks_like_medline, looks_like_ris, looks_like_wos,
                     read_endnote, read_medline, read_ris, read_wos)

__all__ = ["LAYOUTS", "Note", "ReadReport", "decoded_lines", "detect_layout", "expand_inputs",
           "read_file", "read_papers", "streams_as_jsonl"]

LAYOUTS = ("listing", "daily", "researcher", "jsonl", "json", "csv", "bibtex", "atom", "oai",
           "pubmed_xml", "endnote_xml", "ris", "endnote", "medline", "wos", "parquet", "text")
SUPPORTED = ("JSON/JSON Lines, CSV/TSV, Excel (.xlsx, .xls), BibTeX, RIS, EndNote (XML or .enw), "
             "PubMed (MEDLINE or XML), Web of Science, arXiv Atom or OAI-PMH XML, Parquet, "
             "listing pages, a plain-text abstract (.txt, .md or stdin), "
             "each also gzip/bzip2/xz/zstd compressed")
UNKNOWN_LAYOUT = f"unknown layout; supported: {SUPPORTED}"


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

    JSON Lines (and a JSON object on one line, as an API page is saved) are read line by line,
    so memory stays flat however long the file; every other layout is read whole (up to
    `MAX_WHOLE_BYTES`), as its records can span the file.
    """
    source = Source("<stdin>", "<stdin>") if str(path) == STDIN else Source(Path(path).name, str(path))
    suffix = "" if str(path) == STDIN else Path(path).suffix.casefold()
    try:
        opened = open_input(path)
    except FileNotFoundError:
        return _record(report, source.problem(None, "no such file", True), strict)
    except IsADirectoryError:
        return _record(report, source.problem(None, "is a directory", True), strict)
    except DECOMPRESSION_ERRORS as exc:
        return _record(report, source.problem(None, f"cannot read: {_why(exc)}", True), strict)
    what = f"{opened.compression} data" if opened.compression else "file"
    read_before, problems_before, files_before = report.read, len(report.problems), report.files
    try:
        yield from _read_opened(opened, source, suffix, report, strict)
    except DECOMPRESSION_ERRORS as exc:
        _record(report, source.problem(None, f"cannot read the {what}: {_why(exc)}", True), strict)
    except MemoryError:
        _record(report, source.problem(None, "out of memory reading this file; give it as "
                                             "JSON Lines, which is read line by line", True), strict)
    finally:
        opened.close()
        if report.read == read_before and any(p.fatal for p in report.problems[problems_before:]):
            report.files = files_before     # nothing read, and the file itself was refused


def _read_opened(opened, source: Source, suffix: str, report: ReadReport,
                 strict: bool) -> Iterator[Paper]:
    stream = opened.stream
    magic = peek(stream, 4)
    if magic == PARQUET_MAGIC:
        report.files += 1
        yield from _papers(read_parquet(_seekable(opened), source), report, strict)
        return
    if magic == OLE2_MAGIC:
        report.files += 1
        yield from _papers(read_xls(read_whole(b"", stream), source), report, strict)
        return
    if magic == ZIP_MAGIC:
        seekable = _seekable(opened)
        if not is_workbook(seekable):
            return _record(report, source.problem(None, "a ZIP archive, not a file of papers; "
                                                        "unpack it and give its files", True), strict)
        report.files += 1
        yield from _papers(read_xlsx(seekable, source), report, strict)
        return
    head = stream.read(_HEAD_BYTES)
    if streams_as_jsonl(head, suffix):
        lines = decoded_lines(b"", bounded_lines(head, stream), source)
        report.files += 1
        yield from _papers(read_jsonl_lines(lines, source), report, strict)
        return
    try:
        data = read_whole(head, stream)
    except TooLarge:
        limit = _mib(streams.MAX_WHOLE_BYTES)
        return _record(report, source.problem(None, f"larger than {limit}, too large to read "
                                                    "whole; only JSON Lines and Parquet are read "
                                                    "as a stream", True), strict)
    try:
        text = decode(data)
    except InputError as exc:
        return _record(report, source.problem(None, str(exc), True), strict)
    if not text.strip():
        return _record(report, source.problem(None, "empty file", True), strict)
    layout = detect_layout(text, suffix)
    if layout is None and looks_like_abstract(text, "" if opened.is_stdin else source.name):
        layout = "text"     # the fallback: after every layout, as it would take any prose
    if layout is None:
        return _record(report, source.problem(None, UNKNOWN_LAYOUT, True), strict)
    if "\x00" in text and layout not in ("csv", "jsonl"):
        # Only CSV rows and JSON lines can be skipped one by one; elsewhere the stray bytes go.
        _record(report, Note(source.shown, f"{text.count(chr(0))} NUL bytes removed before "
                                           "reading (a damaged file?)", True), strict)
        text = text.replace("\x00", "")
    report.files += 1
    yield from _papers(_READERS[layout](text, source, suffix), report, strict)


def _seekable(opened) -> BinaryIO:
    """The file itself where it can seek (uncompressed, not stdin), else its bytes in memory."""
    if opened.compression is None and not opened.is_stdin:
        return opened.raw
    return io.BytesIO(read_whole(b"", opened.stream))


def _mib(size: int) -> str:
    return f"{size / (1 << 20):g} MiB"


def _why(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "it ends early (a truncated download?)"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _papers(items: Iterable[Paper | Problem], report: ReadReport, strict: bool) -> Iterator[Paper]:
    for item in items:
        if isinstance(item, Paper):
            report.read += 1
            report.without_abstract += not item.abstract
            yield item
        else:
            _record(report, item, strict)


# Enough of a file to tell JSON Lines from a JSON document (looks_like_jsonl reads two lines).
_HEAD_BYTES = 1 << 16


def streams_as_jsonl(head: bytes, suffix: str) -> bool:
    """Whether the file can be read line by line: UTF-8 JSON Lines, by its first whole lines, or
    a first line of JSON longer than `head` (JSON Lines of long records, or one JSON object on a
    line: both are read line by line)."""
    text_head = head.lstrip(b" \t\r\n")
    if text_head.startswith(codecs.BOM_UTF8):
        text_head = text_head[len(codecs.BOM_UTF8):].lstrip(b" \t\r\n")
    first_line = text_head.split(b"\n", 1)[0]
    if b"\x00" in first_line or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False            # binary, or UTF-16/32: the whole-file path says why or decodes it
    if text_head.startswith(b"{") and b"\n" not in text_head and len(head) == _HEAD_BYTES:
        return True
    whole_lines = head[:head.rfind(b"\n") + 1] if len(head) == _HEAD_BYTES else head
    if not whole_lines.strip():
        return False
    try:
        text = whole_lines.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return detect_layout(text.replace("\r\n", "\n").replace("\r", "\n"), suffix) == "jsonl"


def decoded_lines(head: bytes, handle: Iterable[bytes | LongLine], source: Source,
                  first_line: int = 1) -> Iterator[str | Problem]:
    """Lines of a byte stream (`head`, then the rest from `handle`) as text, numbered as `decode`
    would number them from `first_line`; a line that is not text (NUL bytes), or that was too
    long to read (`LongLine`), becomes a Problem in its place."""
    number = first_line - 1
    for raw in _byte_lines(head, handle):
        if isinstance(raw, LongLine):
            number += 1
            yield source.problem(number, f"line of {raw.length:,} bytes, longer than the "
                                         f"{_mib(streams.MAX_LINE_BYTES)} a record may take; skipped")
            continue
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


def _byte_lines(head: bytes, handle) -> Iterator[bytes | LongLine]:
    pieces = head.split(b"\n")
    rest = pieces.pop()
    yield from pieces
    for line in handle:
        if isinstance(line, LongLine):
            yield line
            continue
        if rest:
            line, rest = rest + line, b""
        yield line[:-1] if line.endswith(b"\n") else line
    if rest:
        yield rest


def detect_layout(text: str, suffix: str = "") -> str | None:
    """Name of the layout of a decoded file (one of LAYOUTS), or None when none fits.

    A plain-text abstract is what is left when this says None (`plaintext.looks_like_abstract`
    decides, by the file's name as well), so prose is None here.
    """
    head = text.lstrip("\ufeff \t\n")
    first_line = head.split("\n", 1)[0]
    if head.startswith("<"):
        start = head[:5000]
        if looks_like_pubmed_xml(start):
            return "pubmed_xml"
        if looks_like_endnote_xml(start):
            return "endnote_xml"
        return "atom" if "<feed" in start else "oai" if "OAI-PMH" in start else None
    if head.startswith(("{", "[")):
        return "jsonl" if suffix in (".jsonl", ".ndjson") or looks_like_jsonl(head) else "json"
    if looks_like_wos(head):
        return "wos"
    if looks_like_ris(head):
        return "ris"
    if looks_like_endnote(head):
        return "endnote"
    if looks_like_medline(head):
        return "medline"
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
    "pubmed_xml": lambda text, source, _: read_pubmed_xml(text, source),
    "endnote_xml": lambda text, source, _: read_endnote_xml(text, source),
    "json": lambda text, source, _: read_json(text, source),
    "csv": read_tabular,
    "bibtex": lambda text, source, _: read_bibtex(text, source),
    "atom": lambda text, source, _: read_atom(text.lstrip("\ufeff"), source),
    "oai": lambda text, source, _: read_oai(text.lstrip("\ufeff"), source),
    "ris": lambda text, source, _: read_ris(text, source),
    "endnote": lambda text, source, _: read_endnote(text, source),
    "medline": lambda text, source, _: read_medline(text, source),
    "wos": lambda text, source, _: read_wos(text, source),
    "text": lambda text, source, _: read_plaintext(text, source),
}
