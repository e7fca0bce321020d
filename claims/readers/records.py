"""Turn what a reader found (a dict of fields, or the parts of a page entry) into a `Paper`.

Every reader goes through `make_paper`, so paper ids, title normalization and whitespace handling
are the same whatever the input format.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

import regex

from ..model import Paper, Problem
from .ids import ARXIV_ID, arxiv_id_of_doi, clean_doi, find_arxiv_id  # noqa: F401 - re-exported
from .names import _authors_text, flip_name  # noqa: F401 - re-exported
from .text import squash  # noqa: F401 - re-exported

_NOT_ALNUM = regex.compile(r"[^a-z0-9]+")
_NOT_WORD = regex.compile(r"[\W_]+")
# Every byte but the ASCII letters a-z and digits: what `_NOT_ALNUM` removes from ASCII text.
_NOT_ALNUM_BYTES = bytes(b for b in range(256) if not (b"a"[0] <= b <= b"z"[0] or b"0"[0] <= b <= b"9"[0]))
_YEAR = regex.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")


@dataclass(frozen=True, slots=True)
class Source:
    """Where records come from: `name` goes into `Paper.source`, `shown` into problem messages."""

    name: str       # the file name, e.g. 000_20a9048784cc11d1.txt, or <stdin>
    shown: str      # the path as the user gave it

    def at(self, line: int | None) -> str:
        return self.shown if line is None else f"{self.shown}:{line}"

    def problem(self, line: int | None, message: str, fatal: bool = False) -> Problem:
        return Problem(self.at(line), message, fatal)


@dataclass(frozen=True, slots=True)
class Note(Problem):
    """A file deliberately not read as papers (gold annotations): worth saying, not an error."""


def normalize_title(title: str) -> str:
    """The matching key of CLAIMS_SPEC.md section 6: lower-case, letters and digits only.

    >>> normalize_title("HE^2: A Communication-Light Architecture")
    'he2acommunicationlightarchitecture'
    """
    # The scorer's rule (ASCII letters and digits) keeps ids equal to the gold's; a title with
    # no ASCII letter at all (e.g. in Chinese) would collapse to "", so it keeps its own letters.
    lowered = title.lower()
    if lowered.isascii():       # nearly every title: deleting bytes is ten times the regex's speed
        kept = lowered.encode("ascii").translate(None, _NOT_ALNUM_BYTES).decode("ascii")
    else:
        kept = _NOT_ALNUM.sub("", lowered)
    return kept or _NOT_WORD.sub("", title.casefold())


def title_hash(title: str) -> str:
    """Stable short id of a paper without an arXiv id: 10 hex digits of sha1 of the normalized title.

    >>> title_hash("Deep Model Assembling")
    'fc3b383efd'
    """
    return hashlib.sha1(normalize_title(title).encode("utf-8")).hexdigest()[:10]


def known_by(title: str, abstract: str) -> str:
    """The text a paper is known by, for its id and for finding its copies: its title, or the
    abstract of a paper read without one (a plain-text abstract), so that two untitled papers
    are two papers, and the same one read twice is one.

    >>> known_by("", "Kin is fast.")
    'Kin is fast.'
    """
    return title or abstract


def year_of(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def make_paper(source: Source, line: int | None, *, title: str, abstract: str = "",
               arxiv_id: str = "", authors: str = "", date: str = "", year: int | None = None,
               category: str = "", has_code: bool | None = None, org: str = "",
               venue: str = "", doi: str = "", url: str = "", bibtex_key: str = "",
               extra: Mapping[str, Any] | None = None) -> Paper:
    """Build a Paper with its id: the arXiv id where known (also from an arXiv DOI), else the
    title hash (of the abstract for a paper without a title, see `known_by`)."""
    extra_items = []
    for key, value in (extra or {}).items():
        if value is not None and (text := _as_text(value)) != "":
            extra_items.append((str(key), text))
    doi = clean_doi(doi)
    arxiv_id = arxiv_id or arxiv_id_of_doi(doi)
    return Paper(
        title=title, abstract=abstract, paper_id=arxiv_id or title_hash(known_by(title, abstract)),
        authors=authors, date=date, year=year, category=category, has_code=has_code, org=org,
        venue=venue, doi=doi, arxiv_id=arxiv_id, url=url, bibtex_key=bibtex_key,
        source=source.name, line=line, extra=tuple(extra_items),
    )


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(_as_text(v) for v in value)
    return squash(value)


# Field names of the record shapes we know, matched case-insensitively, best first.
TITLE_KEYS = ("title", "display_name", "paper_title", "ti", "article title", "document title")
ABSTRACT_KEYS = ("abstract", "summary", "abstract_text", "abstractnote", "abstract note", "ab",
                 "abstracttext")
_AUTHOR_KEYS = ("authors", "author", "authorships", "creators", "author full names", "af", "au",
                "authorstring")
_DATE_KEYS = ("date", "publication_date", "publicationdate", "published", "update_date",
              "updated", "created", "publishedat", "publication date", "firstpublicationdate")
_YEAR_KEYS = ("year", "publication_year", "publication year", "py", "pubyear")
_CATEGORY_KEYS = ("category", "primary_category", "categories", "fieldsofstudy")
_ID_KEYS = ("arxiv_id", "arxiv", "eprint", "id", "externalids", "ids", "url", "doi")
_ORG_KEYS = ("org", "organization", "affiliation")
_CODE_KEYS = ("has_code", "code")
_VENUE_KEYS = ("venue", "journal", "booktitle", "journal-ref", "journal_ref", "container-title",
               "publication title", "source title", "publicationvenue", "so", "publication",
               "journal/book", "source_title", "journaltitle")
_DOI_KEYS = ("doi", "di", "externalids", "ids")
_URL_KEYS = ("url", "link", "landing_page_url", "ur")
_BIBTEX_KEYS = ("bibtex_key", "citation_key", "citationkey", "citekey", "citation key")
# The optional fields by the keys that can hold them: a record names few of them (a snapshot
# line holds title, abstract and id), and a field none of whose keys is there is skipped whole.
_FIELD_OF_KEY: dict[str, set[str]] = {}
for _name, _keys in (
        ("authors", _AUTHOR_KEYS), ("date", _DATE_KEYS), ("year", _YEAR_KEYS),
        ("category", _CATEGORY_KEYS), ("id", _ID_KEYS), ("org", _ORG_KEYS), ("code", _CODE_KEYS),
        ("venue", _VENUE_KEYS), ("doi", _DOI_KEYS), ("url", _URL_KEYS), ("bibtex", _BIBTEX_KEYS),
        ("versions", ("versions",))):
    for _key in _keys:
        _FIELD_OF_KEY.setdefault(_key, set()).add(_name)
_NO_FIELDS: set[str] = set()


def paper_from_fields(fields: Mapping[str, Any], source: Source, line: int | None) -> Paper:
    """Map any flat record (arXiv snapshot, Semantic Scholar, OpenAlex, a CSV row, ...);
    `shapes.flat_record` first flattens the API shapes that nest their fields. A record with an
    abstract and no title is a paper known by its abstract, as a plain-text abstract is.

    Raises ValueError with a short message when the record has neither title nor abstract.
    """
    by_key, present = _key_plan(tuple(fields))
    used: set[str] = set()

    def take(keys: tuple[str, ...]) -> Any:
        for key in keys:
            if key in by_key and fields[by_key[key]] not in (None, "", [], {}):
                used.add(by_key[key])
                return fields[by_key[key]]
        return None

    title = squash(_text_field("title", take(TITLE_KEYS)))
    abstract_value = take(ABSTRACT_KEYS)
    if abstract_value is None and "abstract_inverted_index" in by_key:
        used.add(by_key["abstract_inverted_index"])
        abstract_value = rebuild_inverted_abstract(fields[by_key["abstract_inverted_index"]])
    abstract = squash(_flatten(_text_field("abstract", abstract_value)))
    if not title and not abstract:
        raise ValueError("record has neither title nor abstract; skipped")
    first_version = _first_version(fields[by_key["versions"]]) if "versions" in present else ""
    date = first_version or (squash(take(_DATE_KEYS)) if "date" in present else "")
    year_value = take(_YEAR_KEYS) if "year" in present and not first_version else None
    year = year_of(str(year_value)) if year_value is not None else (year_of(date) if date else None)
    category = (squash(_flatten(take(_CATEGORY_KEYS))).replace(";", " ").split(" ")[0]
                if "category" in present else "")
    arxiv_id = ""
    for key in _ID_KEYS if "id" in present else ():
        if key in by_key and (found := find_arxiv_id(_id_text(fields[by_key[key]]))):
            arxiv_id = found
            used.add(by_key[key])
            break
    code_value = take(_CODE_KEYS) if "code" in present else None
    has_code = _as_bool(code_value) if code_value is not None else None
    authors = _authors_text(take(_AUTHOR_KEYS)) if "authors" in present else ""
    org = squash(_flatten(take(_ORG_KEYS))) if "org" in present else ""
    venue = squash(_flatten(take(_VENUE_KEYS))) if "venue" in present else ""
    doi = ""
    for key in _DOI_KEYS if "doi" in present else ():
        if key in by_key and (found := clean_doi(_doi_text(fields[by_key[key]]))):
            doi = found
            used.add(by_key[key])
            break
    url = ""
    for key in _URL_KEYS if "url" in present else ():
        value = fields.get(by_key.get(key, ""))
        if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
            url = value.strip()
            used.add(by_key[key])
            break
    bibtex_key = squash(take(_BIBTEX_KEYS)) if "bibtex" in present else ""
    # Whatever was not mapped to a paper field stays as metadata (CSV columns, scores, ...).
    extra = {str(k): v for k, v in fields.items()
             if k not in used and isinstance(v, (str, int, float, bool))}
    return make_paper(
        source, line, title=title, abstract=abstract, arxiv_id=arxiv_id, authors=authors,
        date=date, year=year, category=category, has_code=has_code, org=org, venue=venue,
        doi=doi, url=url, bibtex_key=bibtex_key, extra=extra,
    )


@lru_cache(maxsize=512)
def _key_plan(keys: tuple) -> tuple[dict[str, Any], frozenset[str]]:
    """The record's keys by their folded names, and the fields they can fill; records of one
    source share their keys, so this is worked out once per shape, not once per record."""
    by_key = {str(k).strip().casefold(): k for k in keys}
    present = frozenset().union(*(_FIELD_OF_KEY.get(key, _NO_FIELDS) for key in by_key))
    return by_key, present


_RFC2822_DATE = regex.compile(r"[A-Za-z]{3}, (\d{1,2}) ([A-Za-z]{3}) (\d{4}) ")
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"), start=1)}


def _first_version(versions: Any) -> str:
    """The date of an arXiv snapshot's first version ("Mon, 2 Apr 2007 19:18:42 GMT") as
    2007-04-02; "" when the record does not say."""
    if not isinstance(versions, list) or not versions or not isinstance(versions[0], Mapping):
        return ""
    created = versions[0].get("created")
    if not isinstance(created, str):
        return ""
    match = _RFC2822_DATE.match(created)     # the snapshot's one layout, without email's parser
    if match and (month := _MONTHS.get(match.group(2).casefold())):
        return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"
    try:
        return parsedate_to_datetime(created).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def rebuild_inverted_abstract(index: Any) -> str:
    """OpenAlex stores abstracts as {word: [positions]}; put every word back at its positions.

    >>> rebuild_inverted_abstract({"We": [0], "it": [2, 4], "test": [1, 3]})
    'We test it test it'
    """
    if not isinstance(index, Mapping):
        return ""
    placed: dict[int, str] = {}
    for word, positions in index.items():
        for position in positions if isinstance(positions, list) else ():
            if isinstance(position, int):
                placed[position] = str(word)
    return " ".join(placed[p] for p in sorted(placed))


def _text_field(role: str, value: Any) -> str:
    """A title or abstract as text: a string, a list of strings (paragraphs, Crossref titles) or
    an object holding one under `text`/`value`; null is missing. Anything else is a broken
    record, reported rather than turned into a made-up text such as "5" or "True".

    >>> _text_field("abstract", ["First part.", {"text": "Second."}])
    'First part. Second.'
    >>> _text_field("abstract", 5)
    Traceback (most recent call last):
    ValueError: abstract is a number (5), not text
    """
    text = _text_of(value, 0)
    if text is None:
        raise ValueError(f"{role} is {_describe(value)}, not text")
    return text


# Lists and objects inside a field deeper than this are not a text anyone wrote; the limit keeps
# a hostile record (a list nested 900 deep) from exhausting the stack.
MAX_FIELD_DEPTH = 16


def _too_deep(depth: int) -> None:
    if depth > MAX_FIELD_DEPTH:
        raise ValueError(f"a field is nested more than {MAX_FIELD_DEPTH} levels deep")


def _text_of(value: Any, depth: int) -> str | None:
    if type(value) is str:
        return value
    _too_deep(depth)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        parts = [_text_of(v, depth + 1) for v in value]
        return None if any(p is None for p in parts) else " ".join(parts)
    if isinstance(value, Mapping):
        for key in ("text", "value", "#text", "display_name", "name"):
            if key in value:
                return _text_of(value[key], depth + 1)
    return None


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value:g})" if isinstance(value, float) else f"a number ({value})"
    if isinstance(value, (list, tuple)):
        return "a list of non-text items"
    if isinstance(value, Mapping):
        return "an object without a text field"
    return f"a {type(value).__name__}"


def _flatten(value: Any, depth: int = 0) -> str:
    if type(value) is str:
        return value
    _too_deep(depth)
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(v, depth + 1) for v in value)
    if isinstance(value, Mapping):       # e.g. {"term": "cs.LG"} or {"text": ...}
        for key in ("term", "text", "value", "name", "display_name"):
            if key in value:
                return _flatten(value[key], depth + 1)
        return ""
    return "" if value is None else str(value)


def _id_text(value: Any) -> str:
    if isinstance(value, Mapping):       # Semantic Scholar externalIds / OpenAlex ids
        for key, inner in value.items():
            if str(key).casefold() == "arxiv":
                return f"arXiv:{inner}"
        return ""
    return _flatten(value)


def _doi_text(value: Any) -> str:
    if isinstance(value, Mapping):       # Semantic Scholar externalIds / OpenAlex ids
        for key, inner in value.items():
            if str(key).casefold() == "doi" and isinstance(inner, str):
                return inner
        return ""
    return value if isinstance(value, str) else ""


def _as_bool(value: Any) -> bool | None:
    text = str(value).strip().casefold()
    if text in ("1", "true", "yes", "y", "code"):
        return True
    if text in ("0", "false", "no", "n", ""):
        return False
    return None
