"""arXiv OAI-PMH responses (`ListRecords`, `GetRecord`) in the `arXiv`, `arXivRaw` and `oai_dc`
metadata formats, parsed with defusedxml.

The year and date are those of the first version: `created` (arXiv), the first `<version>`
(arXivRaw), the earliest `dc:date` (oai_dc). A deleted record is reported and skipped.
"""
from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element

import regex

from ..model import Paper, Problem
from .latex import latex_to_text
from .records import Source, find_arxiv_id, paper_from_fields
from .xmltree import parse_xml, tag_lines

OAI = "{http://www.openarchives.org/OAI/2.0/}"
ARXIV = "{http://arxiv.org/OAI/arXiv/}"
ARXIV_RAW = "{http://arxiv.org/OAI/arXivRaw/}"
OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}"
DC = "{http://purl.org/dc/elements/1.1/}"
_RECORD_TAG = regex.compile(r"<(?:[A-Za-z_][\w.-]{0,30}:)?record[\s>]")
_AND = regex.compile(r",\s*and\s+|\s+and\s+|,\s*")


def read_oai(text: str, source: Source) -> Iterator[Paper | Problem]:
    root = yield from parse_xml(text, source)
    if root is None:
        return
    if root.tag != f"{OAI}OAI-PMH":
        yield source.problem(1, f"XML root is <{root.tag}>, not <OAI-PMH>", fatal=True)
        return
    for error in root.iter(f"{OAI}error"):
        yield source.problem(None, f"OAI-PMH error {error.get('code', '')}: "
                                   f"{' '.join((error.text or '').split())}", fatal=True)
    lines = tag_lines(text, _RECORD_TAG)
    for n, record in enumerate(root.iter(f"{OAI}record")):
        line = lines[n] if n < len(lines) else None
        header = record.find(f"{OAI}header")
        identifier = _text(header, f"{OAI}identifier") if header is not None else ""
        if header is not None and header.get("status") == "deleted":
            yield source.problem(line, f"record {n + 1} ({identifier}) is deleted in the archive; skipped")
            continue
        metadata = record.find(f"{OAI}metadata")
        inner = metadata[0] if metadata is not None and len(metadata) else None
        if inner is None:
            yield source.problem(line, f"record {n + 1} has no metadata; skipped")
            continue
        reader = _FORMATS.get(inner.tag)
        if reader is None:
            yield source.problem(line, f"record {n + 1}: metadata format <{inner.tag}> is not "
                                       "arXiv, arXivRaw or oai_dc; skipped")
            continue
        fields = reader(inner)
        fields["title"] = latex_to_text(fields["title"])
        fields["authors"] = [latex_to_text(name) for name in fields["authors"]]
        fields["oai_identifier"] = identifier
        try:
            yield paper_from_fields(fields, source, line)
        except ValueError as exc:
            yield source.problem(line, f"record {n + 1}: {exc}")


def _arxiv(meta: Element) -> dict:
    names = []
    for author in meta.iter(f"{ARXIV}author"):
        parts = [_text(author, f"{ARXIV}{tag}") for tag in ("forenames", "keyname", "suffix")]
        names.append(" ".join(p for p in parts if p))
    created = _text(meta, f"{ARXIV}created")
    return {
        "title": _text(meta, f"{ARXIV}title"), "abstract": _text(meta, f"{ARXIV}abstract"),
        "authors": names, "arxiv_id": _text(meta, f"{ARXIV}id"), "date": created,
        "year": created[:4], "category": _text(meta, f"{ARXIV}categories"),
        "doi": _text(meta, f"{ARXIV}doi"), "journal-ref": _text(meta, f"{ARXIV}journal-ref"),
        "comments": _text(meta, f"{ARXIV}comments"), "updated": _text(meta, f"{ARXIV}updated"),
        "license": _text(meta, f"{ARXIV}license"),
    }


def _arxiv_raw(meta: Element) -> dict:
    versions = meta.findall(f"{ARXIV_RAW}version")
    first = _iso_date(_text(versions[0], f"{ARXIV_RAW}date")) if versions else ""
    authors = _text(meta, f"{ARXIV_RAW}authors")
    return {
        "title": _text(meta, f"{ARXIV_RAW}title"), "abstract": _text(meta, f"{ARXIV_RAW}abstract"),
        "authors": [name for name in _AND.split(" ".join(authors.split())) if name],
        "arxiv_id": _text(meta, f"{ARXIV_RAW}id"), "date": first, "year": first[:4],
        "category": _text(meta, f"{ARXIV_RAW}categories"), "doi": _text(meta, f"{ARXIV_RAW}doi"),
        "journal-ref": _text(meta, f"{ARXIV_RAW}journal-ref"),
        "comments": _text(meta, f"{ARXIV_RAW}comments"),
        "submitter": _text(meta, f"{ARXIV_RAW}submitter"), "versions": len(versions) or "",
    }


def _oai_dc(meta: Element) -> dict:
    descriptions = [_squash(e.text) for e in meta.findall(f"{DC}description")]
    abstract = next((d for d in descriptions if not d.startswith("Comment:")), "")
    comments = next((d[len("Comment:"):].strip() for d in descriptions if d.startswith("Comment:")), "")
    dates = sorted(d for d in (_squash(e.text) for e in meta.findall(f"{DC}date")) if d)
    identifiers = [_squash(e.text) for e in meta.findall(f"{DC}identifier")]
    url = next((i for i in identifiers if i.startswith(("http://", "https://"))), "")
    return {
        "title": _text(meta, f"{DC}title"), "abstract": abstract,
        "authors": [_squash(e.text) for e in meta.findall(f"{DC}creator")],
        "arxiv_id": next((find_arxiv_id(i) for i in identifiers if "arxiv" in i.casefold()), ""),
        "date": dates[0] if dates else "", "year": dates[0][:4] if dates else "",
        "doi": next((i for i in identifiers if i.casefold().startswith(("doi:", "10."))), ""),
        "url": url, "subject": "; ".join(_squash(e.text) for e in meta.findall(f"{DC}subject")),
        "comments": comments,
    }


_FORMATS = {f"{ARXIV}arXiv": _arxiv, f"{ARXIV_RAW}arXivRaw": _arxiv_raw, f"{OAI_DC}dc": _oai_dc}


def _iso_date(text: str) -> str:
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _text(element: Element | None, tag: str) -> str:
    found = element.find(tag) if element is not None else None
    return _squash(found.text) if found is not None else ""


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())
