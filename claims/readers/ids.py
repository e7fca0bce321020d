"""Identifiers inside ids, URLs, DOIs and notes: arXiv ids and DOIs."""
from __future__ import annotations

from typing import Any

import regex

# New-style (2101.00001, 0704.0001v2) and old-style (hep-th/9901001, math.OC/0501001) arXiv ids.
ARXIV_ID = regex.compile(
    r"(?<![\w.])(\d{4}\.\d{4,5}|[a-z][a-z-]{0,15}(?:\.[A-Z]{2})?/\d{7})(?:v\d{1,3})?(?![\w.])")


def find_arxiv_id(text: Any) -> str:
    """The arXiv id inside an id, URL or note, without its version; "" when there is none.

    >>> find_arxiv_id("http://arxiv.org/abs/2101.00001v2")
    '2101.00001'
    """
    if not isinstance(text, str):
        return ""
    head = text[:300]
    if "." not in head and "/" not in head:     # both forms need one (most ids are no arXiv id)
        return ""
    match = ARXIV_ID.search(head)
    return match.group(1) if match else ""


_DOI = regex.compile(r"10\.\d{4,9}/\S{1,400}")
_ARXIV_DOI = regex.compile(r"10\.48550/arxiv\.(.{1,40})", flags=regex.IGNORECASE)


def clean_doi(value: Any) -> str:
    """The bare DOI of a DOI, `doi:` note or doi.org URL; "" when there is none.

    >>> clean_doi("https://doi.org/10.48550/arXiv.2101.00001")
    '10.48550/arXiv.2101.00001'
    """
    if not isinstance(value, str) or "10." not in value:
        return ""
    match = _DOI.search(value[:500])
    return match.group(0).rstrip(".,;") if match else ""


def arxiv_id_of_doi(doi: str) -> str:
    """arXiv's own DOIs (10.48550/arXiv.X) name the arXiv id X.

    >>> arxiv_id_of_doi("10.48550/arXiv.2312.00001")
    '2312.00001'
    """
    match = _ARXIV_DOI.fullmatch(doi) if doi else None
    return find_arxiv_id(match.group(1)) if match else ""
