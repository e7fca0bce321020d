"""Turn what a reader found (a dict of fields, or the parts of a page entry) into a `Paper`.

Every reader goes through `make_paper`, so paper ids, title normalization and whitespace handling
are the same whatever the input format.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..model import Paper, Problem

_NOT_ALNUM = regex.compile(r"[^a-z0-9]+")
_NOT_WORD = regex.compile(r"[\W_]+")
_SPACES = regex.compile(r"\s+")
# str.split() also splits at the information separators U+001C..U+001F, which `\s` does not match;
# only text holding one needs the (three times slower) regex. Four `in` tests find them several
# times faster than a regex search.
_SEPARATORS = "\x1c\x1d\x1e\x1f"
# Every byte but the ASCII letters a-z and digits: what `_NOT_ALNUM` removes from ASCII text.
_NOT_ALNUM_BYTES = bytes(b for b in range(256) if not (b"a"[0] <= b <= b"z"[0] or b"0"[0] <= b <= b"9"[0]))
# New-style (2101.00001, 0704.0001v2) and old-style (hep-th/9901001, math.OC/0501001) arXiv ids.
ARXIV_ID = regex.compile(
    r"(?<![\w.])(\d{4}\.\d{4,5}|[a-z][a-z-]{0,15}(?:\.[A-Z]{2})?/\d{7})(?:v\d{1,3})?(?![\w.])")
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


def squash(text: Any) -> str:
    """Trim and collapse whitespace runs (line wraps of feeds and snapshots) into one space."""
    if text is None:
        return ""
    text = str(text)
    if _is_squashed(text):
        return text
    if any(separator in text for separator in _SEPARATORS):
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def _is_squashed(text: str) -> bool:
    """Whether `squash` leaves `text` as it is, decided without splitting it (a quarter of the
    time on an abstract): ASCII text where the only whitespace is single inner spaces.

    Every whitespace character str.split() knows outside ASCII (NBSP, thin space, ...) sends
    the text to the split; inside ASCII these are the tests, one fast scan each, the double
    space last as it is the slowest.
    """
    return (text.isascii() and "\n" not in text and "\t" not in text and "\r" not in text
            and "\x0b" not in text and "\x0c" not in text and "\x1c" not in text
            and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text
            and text[:1] != " " and text[-1:] != " " and "  " not in text)


def year_of(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def make_paper(source: Source, line: int | None, *, title: str, abstract: str = "",
               arxiv_id: str = "", authors: str = "", date: str = "", year: int | None = None,
               category: str = "", has_code: bool | None = None, org: str = "",
               extra: Mapping[str, Any] | None = None) -> Paper:
    """Build a Paper with its id: the arXiv id where known, else the title hash."""
    extra_items = []
    for key, value in (extra or {}).items():
        if value is not None and (text := _as_text(value)) != "":
            extra_items.append((str(key), text))
    return Paper(
        title=title, abstract=abstract, paper_id=arxiv_id or title_hash(title), authors=authors,
        date=date, year=year, category=category, has_code=has_code, org=org,
        source=source.name, line=line, extra=tuple(extra_items),
    )


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(_as_text(v) for v in value)
    return squash(value)


# Field names of the record shapes we know, matched case-insensitively, best first.
TITLE_KEYS = ("title", "display_name", "paper_title")
ABSTRACT_KEYS = ("abstract", "summary", "abstract_text", "abstractnote")
_AUTHOR_KEYS = ("authors", "author", "authorships", "creators")
_DATE_KEYS = ("date", "publication_date", "publicationdate", "published", "update_date",
              "updated", "created")
_YEAR_KEYS = ("year", "publication_year")
_CATEGORY_KEYS = ("category", "primary_category", "categories", "fieldsofstudy")
_ID_KEYS = ("arxiv_id", "arxiv", "eprint", "id", "externalids", "ids", "url", "doi")
_ORG_KEYS = ("org", "organization", "affiliation")
_CODE_KEYS = ("has_code", "code")
# The optional fields by the keys that can hold them: a record names few of them (a snapshot
# line holds title, abstract and id), and a field none of whose keys is there is skipped whole.
_FIELD_OF_KEY = {key: name for name, keys in (
    ("authors", _AUTHOR_KEYS), ("date", _DATE_KEYS), ("year", _YEAR_KEYS),
    ("category", _CATEGORY_KEYS), ("id", _ID_KEYS), ("org", _ORG_KEYS), ("code", _CODE_KEYS))
    for key in keys}


def paper_from_fields(fields: Mapping[str, Any], source: Source, line: int | None) -> Paper:
    """Map any record with a title (arXiv snapshot, Semantic Scholar, OpenAlex, a CSV row, ...).

    Raises ValueError with a short message when the record has no title.
    """
    by_key = {str(k).strip().casefold(): k for k in fields}
    present = {_FIELD_OF_KEY.get(key) for key in by_key}
    used: set[str] = set()

    def take(keys: tuple[str, ...]) -> Any:
        for key in keys:
            if key in by_key and fields[by_key[key]] not in (None, "", [], {}):
                used.add(by_key[key])
                return fields[by_key[key]]
        return None

    title = squash(_text_field("title", take(TITLE_KEYS)))
    if not title:
        raise ValueError("record has no title")
    abstract_value = take(ABSTRACT_KEYS)
    if abstract_value is None and "abstract_inverted_index" in by_key:
        used.add(by_key["abstract_inverted_index"])
        abstract_value = rebuild_inverted_abstract(fields[by_key["abstract_inverted_index"]])
    abstract_value = _text_field("abstract", abstract_value)
    date = squash(take(_DATE_KEYS)) if "date" in present else ""
    year_value = take(_YEAR_KEYS) if "year" in present else None
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
    # Whatever was not mapped to a paper field stays as metadata (DOIs, venues, CSV columns).
    extra = {str(k): v for k, v in fields.items()
             if k not in used and isinstance(v, (str, int, float, bool))}
    return make_paper(
        source, line, title=title, abstract=squash(_flatten(abstract_value)), arxiv_id=arxiv_id,
        authors=authors, date=date, year=year, category=category, has_code=has_code, org=org,
        extra=extra,
    )


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
    text = _text_of(value)
    if text is None:
        raise ValueError(f"{role} is {_describe(value)}, not text")
    return text


def _text_of(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        parts = [_text_of(v) for v in value]
        return None if any(p is None for p in parts) else " ".join(parts)
    if isinstance(value, Mapping):
        for key in ("text", "value", "#text", "display_name", "name"):
            if key in value:
                return _text_of(value[key])
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


def _flatten(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(v) for v in value)
    if isinstance(value, Mapping):       # e.g. {"term": "cs.LG"} or {"text": ...}
        for key in ("term", "text", "value", "name", "display_name"):
            if key in value:
                return _flatten(value[key])
        return ""
    return "" if value is None else str(value)


def _id_text(value: Any) -> str:
    if isinstance(value, Mapping):       # Semantic Scholar externalIds / OpenAlex ids
        for key, inner in value.items():
            if str(key).casefold() == "arxiv":
                return f"arXiv:{inner}"
        return ""
    return _flatten(value)


def _authors_text(value: Any) -> str:
    """Authors as one string "A, B, C", from a string, a list of names or a list of objects."""
    if value is None:
        return ""
    if isinstance(value, str):
        return squash(value)
    if isinstance(value, Mapping):
        value = [value]
    names = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        if isinstance(item, Mapping) and isinstance(item.get("author"), Mapping):
            item = item["author"]            # OpenAlex authorships
        if isinstance(item, Mapping):
            name = item.get("name") or item.get("display_name") or " ".join(
                str(item[k]) for k in ("given", "family") if item.get(k))
        elif isinstance(item, (list, tuple)):    # arXiv snapshot authors_parsed: [last, first, suffix]
            name = " ".join(str(p) for p in (item[1:2] + item[:1]) if p)
        else:
            name = str(item)
        if squash(name):
            names.append(squash(name))
    return ", ".join(names)


def _as_bool(value: Any) -> bool | None:
    text = str(value).strip().casefold()
    if text in ("1", "true", "yes", "y", "code"):
        return True
    if text in ("0", "false", "no", "n", ""):
        return False
    return None
