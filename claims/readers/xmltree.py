"""XML inputs parsed safely (defusedxml: no entity bombs, no external entities)."""
from __future__ import annotations

from collections.abc import Generator
from xml.etree.ElementTree import Element, ParseError

import regex
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from ..model import Problem
from .records import Source


def parse_xml(text: str, source: Source) -> Generator[Problem, None, Element | None]:
    """The root element; a document that does not parse yields one fatal problem and returns None.

    Used as `root = yield from parse_xml(text, source)` inside a reader.
    """
    try:
        return ElementTree.fromstring(text)
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        yield source.problem(line, f"malformed XML: {_reason(exc)}", fatal=True)
    except DefusedXmlException as exc:
        yield source.problem(None, f"XML refused for safety: {type(exc).__name__}", fatal=True)
    return None


def tag_lines(text: str, tag: regex.Pattern) -> list[int]:
    """The line of each match of `tag`, in order: ElementTree keeps no line numbers, and the n-th
    <entry> tag in the text is the n-th entry element."""
    lines, line, counted = [], 1, 0
    for match in tag.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.append(line)
    return lines


def _reason(exc: ParseError) -> str:
    # "mismatched tag: line 7, column 4" -> "mismatched tag (column 4)"; the line is in the prefix.
    message = str(exc)
    head, _, tail = message.partition(": line ")
    column = tail.partition("column ")[2]
    return f"{head} (column {column})" if column else head
