"""arXiv API Atom feeds (`http://export.arxiv.org/api/query?...`), parsed with defusedxml."""
from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import regex
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from ..model import Paper, Problem
from .records import Source, find_arxiv_id, make_paper, squash, year_of

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_ENTRY_TAG = regex.compile(r"<(?:[A-Za-z_][\w.-]{0,30}:)?entry[\s>]")


def read_atom(text: str, source: Source) -> Iterator[Paper | Problem]:
    try:
        root = ElementTree.fromstring(text)
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        yield source.problem(line, f"malformed XML: {_reason(exc)}", fatal=True)
        return
    except DefusedXmlException as exc:
        yield source.problem(None, f"XML refused for safety: {type(exc).__name__}", fatal=True)
        return
    if root.tag != f"{ATOM}feed":
        yield source.problem(1, f"XML root is <{root.tag}>, not an Atom <feed>", fatal=True)
        return
    # ElementTree keeps no line numbers; the n-th <entry> tag in the text is the n-th entry.
    lines, line, counted = [], 1, 0
    for match in _ENTRY_TAG.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.append(line)
    for n, entry in enumerate(root.iter(f"{ATOM}entry")):
        line = lines[n] if n < len(lines) else None
        title = squash(_text(entry, f"{ATOM}title"))
        if not title:
            yield source.problem(line, "Atom entry has no title")
            continue
        if title == "Error" and "api/errors" in _text(entry, f"{ATOM}id"):
            yield source.problem(line, f"arXiv API error: {squash(_text(entry, f'{ATOM}summary'))}")
            continue
        published = _text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated")
        primary = entry.find(f"{ARXIV}primary_category")
        category = primary.get("term", "") if primary is not None else ""
        if not category and (first := entry.find(f"{ATOM}category")) is not None:
            category = first.get("term", "")
        authors = ", ".join(squash(_text(a, f"{ATOM}name")) for a in entry.findall(f"{ATOM}author"))
        yield make_paper(
            source, line, title=title, abstract=squash(_text(entry, f"{ATOM}summary")),
            arxiv_id=find_arxiv_id(_text(entry, f"{ATOM}id")), authors=authors,
            date=published[:10], year=year_of(published[:4]) if published else None,
            category=category, extra={"doi": _text(entry, f"{ARXIV}doi"),
                                      "journal_ref": _text(entry, f"{ARXIV}journal_ref")},
        )


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _reason(exc: ParseError) -> str:
    # "mismatched tag: line 7, column 4" -> "mismatched tag (column 4)"; the line is in the prefix.
    message = str(exc)
    head, _, tail = message.partition(": line ")
    column = tail.partition("column ")[2]
    return f"{head} (column {column})" if column else head
