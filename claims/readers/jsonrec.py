"""JSON Lines and JSON documents of paper records (arXiv snapshot, Semantic Scholar, OpenAlex,
Crossref, S2ORC, Hugging Face daily papers, ...).

A JSON document may be a list of records, one record, or an API page holding the list under a
key such as `results` (OpenAlex), `data` or `recommendedPapers` (Semantic Scholar) or
`message.items` (Crossref). A page saved on one line, as `curl` saves it, is read the same way.
Each record keeps the line where it starts. A file of gold annotations (records with `claims`
and no abstract) is not papers. JSON nested too deep for the parser costs its record only.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Paper, Problem
import regex

from .records import ABSTRACT_KEYS, TITLE_KEYS, Note, Source, paper_from_fields
from .shapes import flat_record

LIST_KEYS = ("results", "data", "recommendedPapers", "papers", "works", "items", "records",
             "entries")
TOO_DEEP = "JSON nested too deep to read; skipped"
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
        # A record's position is its line: the same whether the file is read whole or in blocks.
        position = number
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield source.problem(number, f"invalid JSON: {_reason(exc)}")
            continue
        except RecursionError:
            yield source.problem(number, f"record {position} is {TOO_DEEP}")
            continue
        if not checked and isinstance(record, dict):
            checked = True
            if _is_gold(record):
                yield Note(source.shown, GOLD_NOTE, True)
                return
        inner = _wrapped_records(record)
        if inner is None:
            yield _paper_or_problem(record, source, number, position)
            continue
        for n, item in enumerate(inner, start=1):      # an API page on one line
            yield _paper_or_problem(item, source, number, n)


def read_json(text: str, source: Source) -> Iterator[Paper | Problem]:
    try:
        for position, (record, line) in enumerate(_records(text), start=1):
            if isinstance(record, _TooDeep):
                yield source.problem(line, f"record {position} is {TOO_DEEP}")
                continue
            if _is_gold(record):
                yield Note(source.shown, GOLD_NOTE, True)
                return
            yield _paper_or_problem(record, source, line, position)
    except ValueError as exc:
        pos = getattr(exc, "pos", 0) or 0
        line = text.count("\n", 0, pos) + 1
        yield source.problem(line, f"invalid JSON: {_reason(exc)}; the rest of the file is skipped",
                             fatal=True)


class _TooDeep:
    """Stands for a record the JSON parser could not read for its depth."""


def _records(text: str) -> Iterator[tuple[Any, int]]:
    """Yield (record, start line) without loading the whole document first."""
    pos = _skip(text, 0)
    if text.startswith("[", pos):
        yield from _array(text, pos)
        return
    if not text.startswith("{", pos):
        raise json.JSONDecodeError("expected a JSON object or array", text, pos)
    try:
        whole, end = _DECODER.raw_decode(text, pos)
    except RecursionError:      # a record deep inside a page: read the page's list record by record
        if (found := _list_start(text, pos, None)) is None:
            yield _TooDeep(), text.count("\n", 0, pos) + 1
            return
        yield from _array(text, found)
        return
    if _skip(text, end) != len(text):
        raise json.JSONDecodeError("extra data after the JSON document", text, _skip(text, end))
    inner = _wrapped_records(whole)
    if inner is None:
        yield whole, text.count("\n", 0, pos) + 1
        return
    found = _list_start(text, pos, len(inner))
    if found is None:
        line = text.count("\n", 0, pos) + 1
        yield from ((record, line) for record in inner)
        return
    yield from _array(text, found)


def _wrapped_records(record: Any) -> list | None:
    """The records of an API page (OpenAlex `results`, Semantic Scholar `data` and
    `recommendedPapers`, Crossref `message`, Europe PMC `resultList`), or None for a record that is no page."""
    if not isinstance(record, dict) or any(key in record for key in TITLE_KEYS):
        return None
    message = record.get("message")
    if isinstance(message, dict):           # Crossref: one work, or a list of them
        items = message.get("items")
        return items if isinstance(items, list) else [message]
    result_list = record.get("resultList")
    if isinstance(result_list, dict) and isinstance(result_list.get("result"), list):
        return result_list["result"]        # Europe PMC's search
    for key in LIST_KEYS:
        if isinstance(record.get(key), list):
            return record[key]
    return None


# Where a page's list opens (Europe PMC's sits in resultList.result), to number its records' lines.
_LIST_KEY = regex.compile(r'"(?:' + "|".join(LIST_KEYS + ("result",)) + r')"\s*:\s*\[')


def _list_start(text: str, pos: int, length: int | None) -> int | None:
    """Where the page's list of records opens, found as the first `"results": [` (or the like)
    whose array holds `length` records; None when no such array is found."""
    for match in _LIST_KEY.finditer(text, pos):
        start = match.end() - 1
        if length is None:
            return start
        try:
            count = sum(1 for _ in _array(text, start))
        except ValueError:
            continue
        if count == length:
            return start
    return None


def _array(text: str, pos: int) -> Iterator[tuple[Any, int]]:
    pos = _skip(text, pos + 1)
    line, counted = text.count("\n", 0, pos) + 1, pos     # counted on, not from 0: linear time
    while not text.startswith("]", pos):
        try:
            record, end = _DECODER.raw_decode(text, pos)
        except RecursionError:
            record, end = _TooDeep(), skip_value(text, pos)
        line += text.count("\n", counted, pos)
        counted = pos
        yield record, line
        pos = _skip(text, end)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif not text.startswith("]", pos):
            raise json.JSONDecodeError("expected ',' or ']' between records", text, pos)


_BRACKETS = regex.compile(r'[\[\]{}"]')
_STRING_END = regex.compile(r'(?:[^"\\]|\\.)*"', flags=regex.DOTALL)


def skip_value(text: str, pos: int) -> int:
    """The end of the JSON array or object that opens at `pos`, found by counting brackets
    outside strings: how a record too deep for the parser is stepped over."""
    depth = 0
    while (match := _BRACKETS.search(text, pos)) is not None:
        char, pos = match.group(), match.end()
        if char == '"':
            string = _STRING_END.match(text, pos)
            if string is None:
                break
            pos = string.end()
        elif char in "[{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return pos
    raise json.JSONDecodeError("unterminated array or object", text, len(text))


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _is_gold(record: Any) -> bool:
    return (isinstance(record, dict) and "claims" in record
            and not any(key in record for key in ABSTRACT_KEYS + ("abstract_inverted_index",)))


_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", int: "a number",
               float: "a number", bool: "a boolean"}


def _paper_or_problem(record: Any, source: Source, line: int, position: int) -> Paper | Problem:
    if record is None:
        return source.problem(line, f"record {position} is null, not a paper")
    if not isinstance(record, dict):
        kind = _JSON_TYPES.get(type(record), "a value")
        return source.problem(line, f"record {position} is {kind}, not a paper")
    try:
        return paper_from_fields(flat_record(record), source, line)
    except ValueError as exc:
        return source.problem(line, numbered(str(exc), position))


def numbered(message: str, position: int) -> str:
    """ "record has no title" -> "record 3 has no title": a message about the whole record names
    its position; one about a field ("abstract is a number (5), not text") is left as it is."""
    if message.startswith("record "):
        return f"record {position} {message[len('record '):]}"
    return message


def _reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    return str(exc)
