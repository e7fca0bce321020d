"""JSON Lines and JSON documents of paper records (arXiv snapshot, Semantic Scholar, OpenAlex, ...).

A JSON document may be a list of records, one record, or an object holding the list under a key
such as `results` (OpenAlex API) or `data` (Semantic Scholar API). Each record keeps the line
where it starts. A file of gold annotations (records with `claims` and no abstract) is not papers.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Paper, Problem
from .records import ABSTRACT_KEYS, TITLE_KEYS, Note, Source, paper_from_fields

LIST_KEYS = ("results", "data", "papers", "works", "items", "records", "entries")
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"
GOLD_NOTE = "gold annotations (records with \"claims\" and no abstract), not papers; file skipped"


def looks_like_jsonl(text: str) -> bool:
    """JSON Lines when the first non-blank line is a whole JSON object by itself, or when it is
    broken but the next one is (a pretty-printed document never has a whole object there)."""
    lines = [line for line in text.split("\n", 20)[:20] if line.strip()][:2]
    for n, line in enumerate(lines):
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            if n == 0 and not (line.lstrip().startswith("{") and line.rstrip().endswith("}")):
                return False
    return False


def read_jsonl(text: str, source: Source) -> Iterator[Paper | Problem]:
    return read_jsonl_lines(text.split("\n"), source)


def read_jsonl_lines(lines: Iterable[str | Problem], source: Source, first_line: int = 1,
                     check_gold: bool = True) -> Iterator[Paper | Problem]:
    """The records of JSON Lines given line by line, so a large file never sits in memory whole.

    A line may also be a `Problem` already (bytes that could not be decoded): it is passed on.
    `first_line` and `check_gold=False` serve a block read from the middle of a file.
    """
    checked = not check_gold
    for number, line in enumerate(lines, start=first_line):
        if isinstance(line, Problem):
            yield line
            continue
        if not line or line.isspace():      # what strip() would empty, without copying the line
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield source.problem(number, f"invalid JSON: {_reason(exc)}")
            continue
        if not checked and isinstance(record, dict):
            checked = True
            if _is_gold(record):
                yield Note(source.shown, GOLD_NOTE, True)
                return
        yield _paper_or_problem(record, source, number)


def read_json(text: str, source: Source) -> Iterator[Paper | Problem]:
    try:
        for record, line in _records(text):
            if _is_gold(record):
                yield Note(source.shown, GOLD_NOTE, True)
                return
            yield _paper_or_problem(record, source, line)
    except ValueError as exc:
        pos = getattr(exc, "pos", 0) or 0
        line = text.count("\n", 0, pos) + 1
        yield source.problem(line, f"invalid JSON: {_reason(exc)}; the rest of the file is skipped",
                             fatal=True)


def _records(text: str) -> Iterator[tuple[Any, int]]:
    """Yield (record, start line) without loading the whole document first."""
    pos = _skip(text, 0)
    if text.startswith("[", pos):
        yield from _array(text, pos)
        return
    if not text.startswith("{", pos):
        raise json.JSONDecodeError("expected a JSON object or array", text, pos)
    whole, end = _DECODER.raw_decode(text, pos)
    if _skip(text, end) != len(text):
        raise json.JSONDecodeError("extra data after the JSON document", text, _skip(text, end))
    if any(key in whole for key in TITLE_KEYS):
        yield whole, text.count("\n", 0, pos) + 1
        return
    for key in LIST_KEYS:
        if isinstance(whole.get(key), list):
            start = text.find(f'"{key}"')
            yield from _array(text, _skip(text, text.index("[", start)))
            return
    raise json.JSONDecodeError("no list of records (results, data, papers, ...) and no title",
                               text, pos)


def _array(text: str, pos: int) -> Iterator[tuple[Any, int]]:
    pos = _skip(text, pos + 1)
    line, counted = text.count("\n", 0, pos) + 1, pos     # counted on, not from 0: linear time
    while not text.startswith("]", pos):
        record, end = _DECODER.raw_decode(text, pos)
        line += text.count("\n", counted, pos)
        counted = pos
        yield record, line
        pos = _skip(text, end)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif not text.startswith("]", pos):
            raise json.JSONDecodeError("expected ',' or ']' between records", text, pos)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _is_gold(record: Any) -> bool:
    return (isinstance(record, dict) and "claims" in record
            and not any(key in record for key in ABSTRACT_KEYS + ("abstract_inverted_index",)))


def _paper_or_problem(record: Any, source: Source, line: int) -> Paper | Problem:
    if not isinstance(record, dict):
        return source.problem(line, f"record is a JSON {type(record).__name__}, not an object")
    try:
        return paper_from_fields(record, source, line)
    except ValueError as exc:
        return source.problem(line, str(exc))


def _reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    return str(exc)
