"""The three sources, page by page, as Papers: the arXiv API (Atom), OpenAlex works and the
Semantic Scholar Graph API's paper search.

Each follows its API's published rules: arXiv asks for one request every 3 seconds and pages of
at most 2,000; OpenAlex takes pages of at most 200 through a cursor and a `mailto` for its polite
pool; Semantic Scholar's relevance search pages by offset up to 1,000 results, with an optional
API key sent as `x-api-key`.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from ..model import Paper
from ..readers.atom import read_atom
from ..readers.records import Source, find_arxiv_id, paper_from_fields
from ..readers.shapes import flat_record
from .http import Api, BadBody, FetchError

ARXIV_URL = "https://export.arxiv.org/api"
OPENALEX_URL = "https://api.openalex.org"
S2_URL = "https://api.semanticscholar.org/graph/v1"
ARXIV_INTERVAL, OPENALEX_INTERVAL, S2_INTERVAL = 3.0, 0.1, 1.0
ARXIV_PAGE, OPENALEX_PAGE, S2_PAGE = 100, 200, 100
S2_SEARCH_LIMIT = 1000
S2_FIELDS = ("title", "abstract", "authors", "year", "publicationDate", "venue", "journal",
             "publicationVenue", "externalIds", "url")
_OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"


@dataclass
class Tally:
    """What a fetch skipped, for its summary line."""

    untitled: int = 0
    notes: list[str] = field(default_factory=list)


def is_arxiv_id(text: str) -> bool:
    return find_arxiv_id(text) != "" and len(text.strip()) <= 40 and " " not in text.strip()


# ------------------------------------------------------------------------------------- arXiv

def fetch_arxiv(api: Api, terms: list[str], max_results: int, sort: str = "relevance",
                page_size: int = ARXIV_PAGE, tally: Tally | None = None) -> Iterator[Paper]:
    """Papers for arXiv ids (`2401.01234 2312.00001`) or one search query (`cat:cs.AR AND
    abs:FPGA`), at most `max_results`."""
    tally = tally or Tally()
    if terms and all(is_arxiv_id(term) for term in terms):
        ids = [term.strip() for term in terms][:max_results]
        for start in range(0, len(ids), page_size):
            chunk = ids[start:start + page_size]
            papers, _ = api.get("query", {"id_list": ",".join(chunk), "max_results": len(chunk)},
                                _atom_page(tally))
            yield from papers
        return
    query = " ".join(terms)
    params = {"search_query": query, "sortBy": {"relevance": "relevance",
                                                 "submitted": "submittedDate",
                                                 "updated": "lastUpdatedDate"}[sort],
              "sortOrder": "descending"}
    start, sent = 0, 0
    while sent < max_results:
        size = min(page_size, max_results - sent)
        papers, total = api.get("query", {**params, "start": start, "max_results": size},
                                _atom_page(tally))
        if not papers:
            return
        for paper in papers[:max_results - sent]:
            sent += 1
            yield paper
        start += len(papers)
        if total is not None and start >= total:
            return


def _atom_page(tally: Tally):
    def parse(body: bytes) -> tuple[list[Paper], int | None]:
        try:
            root = ElementTree.fromstring(body)
        except (ParseError, DefusedXmlException) as exc:
            raise BadBody(f"not an Atom feed: {type(exc).__name__}") from None
        if not root.tag.endswith("feed"):
            raise BadBody(f"XML root <{root.tag}> is not an Atom <feed>")
        total_text = root.findtext(f"{_OPENSEARCH}totalResults")
        papers = []
        for item in read_atom(body.decode("utf-8", errors="replace"), Source("arxiv", "arxiv")):
            if isinstance(item, Paper):
                papers.append(item)
            elif "arXiv API error" in item.message:
                raise FetchError(f"arxiv: {item.message}")
            else:
                tally.untitled += 1
        total = int(total_text) if total_text and total_text.strip().isdigit() else None
        return papers, total
    return parse


# ---------------------------------------------------------------------------------- OpenAlex

def fetch_openalex(api: Api, search: str, filters: list[str], max_results: int,
                   mailto: str = "", api_key: str = "", page_size: int = OPENALEX_PAGE,
                   tally: Tally | None = None) -> Iterator[Paper]:
    """Works matching `search` and `filters` (OpenAlex filter syntax), newest first only if a
    sort filter says so; abstracts are rebuilt from the inverted index."""
    tally = tally or Tally()
    params = {"per-page": min(page_size, max_results)}
    if search:
        params["search"] = search
    if filters:
        params["filter"] = ",".join(filters)
    if mailto:
        params["mailto"] = mailto
    if api_key:
        params["api_key"] = api_key
    cursor, sent = "*", 0
    while cursor and sent < max_results:
        results, cursor = api.get("works", {**params, "cursor": cursor}, _openalex_page)
        if not results:
            return
        for paper in _papers(results, tally):
            if sent >= max_results:
                return
            sent += 1
            yield paper


def _openalex_page(body: bytes) -> tuple[list, str | None]:
    page = _json(body)
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        raise BadBody("no list of results")
    meta = page.get("meta") if isinstance(page.get("meta"), dict) else {}
    return page["results"], meta.get("next_cursor")


# ------------------------------------------------------------------------- Semantic Scholar

def fetch_s2(api: Api, query: str, fields: list[str], max_results: int, year: str = "",
             page_size: int = S2_PAGE, tally: Tally | None = None) -> Iterator[Paper]:
    """Papers of the relevance search for `query`; title and abstract are always asked for."""
    tally = tally or Tally()
    wanted = list(dict.fromkeys(["title", "abstract"] + (fields or list(S2_FIELDS))))
    if max_results > S2_SEARCH_LIMIT:
        tally.notes.append(f"Semantic Scholar's relevance search gives at most "
                           f"{S2_SEARCH_LIMIT:,} papers; --max {max_results:,} was cut to that")
        max_results = S2_SEARCH_LIMIT
    params = {"query": query, "fields": ",".join(wanted)}
    if year:
        params["year"] = year
    offset, sent = 0, 0
    while sent < max_results:
        size = min(page_size, max_results - sent, S2_SEARCH_LIMIT - offset)
        if size <= 0:
            return
        data, next_offset = api.get("paper/search", {**params, "offset": offset, "limit": size},
                                    _s2_page)
        for paper in _papers(data, tally):
            if sent >= max_results:
                return
            sent += 1
            yield paper
        if not data or next_offset is None:
            return
        offset = next_offset


def _s2_page(body: bytes) -> tuple[list, int | None]:
    page = _json(body)
    if not isinstance(page, dict) or not isinstance(page.get("data", []), list):
        raise BadBody("no list of papers under 'data'")
    following = page.get("next")
    return page.get("data", []), following if isinstance(following, int) else None


# -------------------------------------------------------------------------------- shared

def _json(body: bytes):
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadBody(f"invalid JSON: {str(exc)[:80]}") from None


def _papers(records: list, tally: Tally) -> Iterator[Paper]:
    source = Source("api", "api")
    for record in records:
        if not isinstance(record, dict):
            tally.untitled += 1
            continue
        try:
            yield paper_from_fields(flat_record(record), source, None)
        except ValueError:
            tally.untitled += 1
