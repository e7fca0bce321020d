"""arXiv API Atom feeds (`http://export.arxiv.org/api/query?...`), parsed with defusedxml."""
from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

import regex

from ..model import Paper, Problem
from .latex import latex_to_text
from .records import Source, find_arxiv_id, make_paper, squash, year_of
from .xmltree import parse_xml, tag_lines

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_ENTRY_TAG = regex.compile(r"<(?:[A-Za-z_][\w.-]{0,30}:)?entry[\s>]")


def read_atom(text: str, source: Source) -> Iterator[Paper | Problem]:
    root = yield from parse_xml(text, source)
    if root is None:
        return
    if root.tag != f"{ATOM}feed":
        yield source.problem(1, f"XML root is <{root.tag}>, not an Atom <feed>", fatal=True)
        return
    lines = tag_lines(text, _ENTRY_TAG)
    for n, entry in enumerate(root.iter(f"{ATOM}entry")):
        line = lines[n] if n < len(lines) else None
        title = squash(latex_to_text(_text(entry, f"{ATOM}title")))
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
        authors = ", ".join(squash(latex_to_text(_text(a, f"{ATOM}name")))
                            for a in entry.findall(f"{ATOM}author"))
        links = [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
        yield make_paper(
            source, line, title=title, abstract=squash(_text(entry, f"{ATOM}summary")),
            arxiv_id=find_arxiv_id(_text(entry, f"{ATOM}id")), authors=authors,
            date=published[:10], year=year_of(published[:4]) if published else None,
            category=category, doi=_text(entry, f"{ARXIV}doi"),
            venue=squash(_text(entry, f"{ARXIV}journal_ref")),
            url=links[0].get("href", "") if links else _text(entry, f"{ATOM}id"),
            extra={"comment": _text(entry, f"{ARXIV}comment"),
                   "updated": _text(entry, f"{ATOM}updated")},
        )


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""
