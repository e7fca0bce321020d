"""`claims fetch`: papers from arXiv, OpenAlex and Semantic Scholar as JSON Lines records that
every command reads back.

    >>> paper_record(Paper(title="T", abstract="A.", paper_id="2401.01234", arxiv_id="2401.01234",
    ...                    source="api", extra=(("paperId", "p1"),)))
    {'paper_id': '2401.01234', 'title': 'T', 'arxiv_id': '2401.01234', 'abstract': 'A.', 'paperId': 'p1'}
"""
from __future__ import annotations

from ..model import Paper
from .cache import ResponseCache, default_cache_dir
from .http import Api, BadBody, Clock, FetchError
from .sources import (ARXIV_INTERVAL, ARXIV_URL, OPENALEX_INTERVAL, OPENALEX_URL, S2_FIELDS,
                      S2_INTERVAL, S2_URL, Tally, fetch_arxiv, fetch_openalex, fetch_s2)

__all__ = ["ARXIV_INTERVAL", "ARXIV_URL", "OPENALEX_INTERVAL", "OPENALEX_URL", "S2_FIELDS",
           "S2_INTERVAL", "S2_URL", "Api", "BadBody", "Clock", "FetchError", "ResponseCache",
           "Tally", "default_cache_dir", "fetch_arxiv", "fetch_openalex", "fetch_s2",
           "paper_record"]

# The fields a record carries, in this order; where it was read from (source, line) is not one.
RECORD_FIELDS = ("paper_id", "title", "authors", "date", "year", "category", "venue", "doi",
                 "arxiv_id", "url", "abstract")


def paper_record(paper: Paper) -> dict:
    """The JSON Lines record of a fetched paper: its fields and the source's own ids, none empty."""
    record = {name: getattr(paper, name) for name in RECORD_FIELDS
              if getattr(paper, name) not in ("", None)}
    for key, value in paper.extra:
        record.setdefault(key, value)
    return record
