"""API records that nest their fields, made flat for `records.paper_from_fields`.

- Crossref works: `title` and `container-title` are lists, the abstract is JATS XML
  (`<jats:p>...</jats:p>`), dates are `{"date-parts": [[2021, 5, 3]]}` objects;
- Hugging Face daily papers: the paper's fields are under `paper`, the abstract is `summary`;
- S2ORC: title, abstract, authors, venue and ids are under `metadata`;
- OpenAlex works: the venue and the landing page are under `primary_location`;
- Semantic Scholar: the venue may be under `journal` or `publicationVenue`;
- the Kaggle arXiv snapshot: title and names carry LaTeX accents (`Ji{\\v r}{\\'i}`), and the
  names come parsed as `[last, first, suffix]`.

    >>> flat_record({"paper": {"id": "2404.01234", "title": "T", "summary": "S."}, "numComments": 2})
    {'numComments': 2, 'id': '2404.01234', 'title': 'T', 'summary': 'S.'}
"""
from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import regex

from .latex import latex_to_text

_TAG = regex.compile(r"<[^<>]{0,400}>")
# Tags that end a paragraph or heading stand for a space; inline ones (<jats:sup>) for nothing.
_BLOCK_TAG = regex.compile(r"</?(?:jats:)?(?:p|title|sec|list|list-item|break)\b[^<>]{0,400}>")
_JATS_HEADING = regex.compile(r"^\s*<jats:title>\s*(?:abstract|summary)\s*</jats:title>",
                              flags=regex.IGNORECASE)
_CROSSREF_DATES = ("published", "published-print", "published-online", "issued", "created")


def flat_record(record: dict) -> dict:
    """The record with the fields of the known nested shapes moved to the top; others as given."""
    if "authors_parsed" in record or ("versions" in record and "submitter" in record):
        return _arxiv_snapshot(record)      # first: the one shape read by the million
    if isinstance(record.get("paper"), dict) and "title" in record["paper"]:
        return _hugging_face(record)
    if isinstance(record.get("metadata"), dict) and "title" in record["metadata"] \
            and "title" not in record:
        return _s2orc(record)
    if ("DOI" in record and any(key in record for key in _CROSSREF_DATES + ("container-title",))) \
            or _date_parts(record.get("issued")):     # CSL JSON (Zotero) has Crossref's shape
        return _crossref(record)
    if isinstance(record.get("primary_location"), dict) or "publicationVenue" in record \
            or isinstance(record.get("journal"), dict):
        return _venue_inside(record)
    return record


def _arxiv_snapshot(record: dict) -> dict:
    flat = dict(record)
    if isinstance(record.get("title"), str):
        flat["title"] = latex_to_text(record["title"])
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and all(isinstance(item, list) for item in parsed):
        flat.pop("authors_parsed")
        flat["authors"] = [latex_to_text(" ".join(str(p) for p in item[1:2] + item[:1] + item[2:3] if p))
                           for item in parsed]
    elif isinstance(record.get("authors"), str):
        flat["authors"] = latex_to_text(record["authors"])
    return flat


def _hugging_face(record: dict) -> dict:
    inner = dict(record["paper"])
    flat = {key: value for key, value in record.items()
            if key != "paper" and key not in inner and not isinstance(value, (dict, list))}
    flat.update(inner)
    return flat


def _s2orc(record: dict) -> dict:
    metadata = record["metadata"]
    flat = {key: value for key, value in record.items() if key != "metadata"}
    flat.update(metadata)
    if "paper_id" in flat and "id" not in flat:
        flat["s2orc_paper_id"] = flat.pop("paper_id")
    return flat


def _crossref(record: dict) -> dict:
    flat = {key: value for key, value in record.items()
            if key not in ("title", "container-title", "abstract", "URL", "DOI", "link")}
    flat["title"] = _first(record.get("title"))
    subtitle = _first(record.get("subtitle"))
    if subtitle and flat["title"]:
        flat["title"] = f"{flat['title']}: {subtitle}"
    flat.pop("subtitle", None)
    if isinstance(record.get("abstract"), str):
        flat["abstract"] = strip_jats(record["abstract"])
    flat["venue"] = _first(record.get("container-title"))
    flat["doi"] = record.get("DOI")
    flat["url"] = record.get("URL")
    for key in _CROSSREF_DATES:
        if (date := _date_parts(record.get(key))):
            flat["date"] = date
            flat["year"] = int(date[:4])
            break
    for key in _CROSSREF_DATES:
        flat.pop(key, None)
    return flat


def _venue_inside(record: dict) -> dict:
    flat = dict(record)
    location = record.get("primary_location")
    if isinstance(location, Mapping):
        source = location.get("source")
        if isinstance(source, Mapping) and source.get("display_name") and not flat.get("venue"):
            flat["venue"] = source["display_name"]
        if location.get("landing_page_url") and not flat.get("url"):
            flat["landing_page_url"] = location["landing_page_url"]
    for key in ("journal", "publicationVenue"):
        inner = record.get(key)
        if isinstance(inner, Mapping):
            flat.pop(key)
            if inner.get("name") and not flat.get("venue"):
                flat["venue"] = inner["name"]
    return flat


def strip_jats(text: str) -> str:
    """Crossref's JATS abstract as plain text: a leading "Abstract" heading dropped, tags
    removed, entities decoded.

    >>> strip_jats("<jats:title>Abstract</jats:title><jats:p>It is <jats:italic>2x</jats:italic> &amp; fast.</jats:p>")
    'It is 2x & fast.'
    """
    text = _JATS_HEADING.sub("", text)
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", text))
    return " ".join(html.unescape(text).split())


def _first(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    return value if isinstance(value, str) else ""


def _date_parts(value: Any) -> str:
    """{"date-parts": [[2021, 5, 3]]} -> "2021-05-03" (or "2021-05", "2021"); "" when absent."""
    if not isinstance(value, Mapping):
        return ""
    parts = value.get("date-parts")
    if not (isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]):
        return ""
    # Zotero's CSL JSON writes the year as text: [["2023", 5, 3]].
    numbers = [int(p) if isinstance(p, str) and p.isdigit() else p for p in parts[0][:3]]
    numbers = [p for p in numbers if isinstance(p, int)]
    if not numbers or not 1000 <= numbers[0] <= 2999:
        return ""
    return "-".join([f"{numbers[0]:04d}"] + [f"{n:02d}" for n in numbers[1:]])
