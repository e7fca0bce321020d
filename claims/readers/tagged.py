"""Tagged reference exports, one field a line: RIS (Zotero, Mendeley, EndNote, Scopus, SciELO),
PubMed MEDLINE / .nbib, Web of Science plain text, and EndNote's refer format (.enw: "%T title").

RIS records are parsed with rispy, one record at a time, so a broken record is reported by its
line and its neighbours are read. MEDLINE and Web of Science share one small line grammar: a
tag, then its value, and continuation lines indented under it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import regex
import rispy

from ..model import Paper, Problem
from .jsonrec import numbered
from .records import Source, clean_doi, flip_name, paper_from_fields

RIS_TAG = regex.compile(r"^[A-Z][A-Z0-9]  -(?: |$)")
RIS_START = regex.compile(r"^TY  -(?: |$)", flags=regex.MULTILINE)
MEDLINE_START = regex.compile(r"^PMID- ?\d", flags=regex.MULTILINE)
_MEDLINE_TAG = regex.compile(r"^([A-Z][A-Z0-9 ]{1,3})- (.*)$")
_WOS_TAG = regex.compile(r"^([A-Z][A-Z0-9]) (.*)$|^(ER|EF)\s*$")
ENDNOTE_START = regex.compile(r"^%0 \S", flags=regex.MULTILINE)
_ENDNOTE_TAG = regex.compile(r"^%([A-Z0-9@!#$&()*+^~?<>\]\[|])(?: (.*))?$")
WOS_START = regex.compile(r"\A(?:FN (?:Clarivate|Thomson)[^\n]{0,200}\n)?(?:VR [^\n]{0,20}\n)?PT [A-Z]")


def looks_like_ris(text: str) -> bool:
    return RIS_START.search(text[:20000]) is not None


def looks_like_medline(text: str) -> bool:
    return MEDLINE_START.search(text[:20000]) is not None


def looks_like_endnote(text: str) -> bool:
    head = text.lstrip("\ufeff \n")
    return head.startswith("%") and ENDNOTE_START.search(head[:20000]) is not None


def looks_like_wos(text: str) -> bool:
    return WOS_START.match(text.lstrip("\ufeff \n")) is not None


# ---------------------------------------------------------------- RIS

def read_ris(text: str, source: Source) -> Iterator[Paper | Problem]:
    starts = [m.start() for m in RIS_START.finditer(text)]
    line, counted = 1, 0
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        line += text.count("\n", counted, start)
        counted = start
        chunk = text[start:end]
        try:
            entries = rispy.loads(chunk if "\nER  -" in chunk else chunk.rstrip("\n") + "\nER  - \n")
        except Exception as exc:  # noqa: BLE001 - rispy's own errors must not sink the file
            yield source.problem(line, f"record {n + 1}: malformed RIS record ({_short(exc)}); skipped")
            continue
        if len(entries) != 1:
            yield source.problem(line, f"record {n + 1}: malformed RIS record; skipped")
            continue
        yield _paper(_ris_fields(entries[0]), source, line, n + 1)


def _ris_fields(entry: dict) -> dict:
    """rispy's names to ours. Title: TI or T1; abstract: AB or N2; venue: the journal (T2, JO,
    JF, J2); DOI: DO (or a doi.org URL); date: DA or PY/Y1."""
    fields = {"entry_type": entry.get("type_of_reference", "")}
    fields["title"] = entry.get("title") or entry.get("primary_title") or ""
    fields["abstract"] = entry.get("abstract") or entry.get("notes_abstract") or ""
    names = (entry.get("authors") or []) + (entry.get("first_authors") or [])
    fields["authors"] = [flip_name(name) for name in names]
    fields["date"] = entry.get("date") or entry.get("publication_year") or entry.get("year") or ""
    fields["year"] = entry.get("year") or entry.get("publication_year") or ""
    fields["venue"] = next((entry[key] for key in ("secondary_title", "journal_name",
                                                   "alternate_title3", "alternate_title1")
                            if entry.get(key)), "")
    urls = entry.get("urls") or []
    fields["doi"] = entry.get("doi") or next((u for u in urls if clean_doi(u)), "")
    fields["url"] = next((u for u in urls if u.startswith(("http://", "https://"))), "")
    for key in ("keywords", "publisher", "volume", "number", "start_page", "end_page", "issn",
                "id", "notes", "accession_number", "language"):
        if entry.get(key):
            value = entry[key]
            fields[f"ris_{key}" if key == "id" else key] = \
                "; ".join(value) if isinstance(value, list) else value
    return fields


# ---------------------------------------------------------------- MEDLINE / Web of Science

def read_medline(text: str, source: Source) -> Iterator[Paper | Problem]:
    for n, (line, tags) in enumerate(_tagged_records(text, _medline_line), start=1):
        yield _paper(_medline_fields(tags), source, line, n)


def read_wos(text: str, source: Source) -> Iterator[Paper | Problem]:
    records = _tagged_records(text, _wos_line)
    for n, (line, tags) in enumerate(records, start=1):
        yield _paper(_wos_fields(tags), source, line, n)


def read_endnote(text: str, source: Source) -> Iterator[Paper | Problem]:
    for n, (line, tags) in enumerate(_tagged_records(text, _endnote_line), start=1):
        yield _paper(_endnote_fields(tags), source, line, n)


_Parsed = tuple[str | None, str] | None      # (tag or None for a continuation, value); None ends a record


def _medline_line(line: str) -> _Parsed:
    if not line.strip():
        return None
    if line.startswith("      "):
        return (None, line.strip())
    match = _MEDLINE_TAG.match(line)
    return (match.group(1).strip(), match.group(2).strip()) if match else (None, line.strip())


def _endnote_line(line: str) -> _Parsed:
    if not line.strip():
        return None
    match = _ENDNOTE_TAG.match(line)
    if match is None:
        return (None, line.strip())
    return ("%" + match.group(1), (match.group(2) or "").strip())


def _wos_line(line: str) -> _Parsed:
    if line.startswith("   "):
        return (None, line.strip())
    match = _WOS_TAG.match(line)
    if match is None:
        return (None, line.strip()) if line.strip() else ("", "")
    if match.group(3):
        return None
    return (match.group(1), match.group(2).strip())


def _tagged_records(text: str, parse: Callable[[str], _Parsed]) -> Iterator[tuple[int, dict]]:
    """(first line, {tag: [values]}) of each record. A continuation line extends the last value
    of its tag, except for the tags where each line is a value of its own (names, addresses)."""
    tags: dict[str, list[str]] = {}
    last, start = "", 0
    for number, line in enumerate(text.split("\n"), start=1):
        parsed = parse(line)
        if parsed is None:
            if tags:
                yield start, tags
            tags, last = {}, ""
            continue
        tag, value = parsed
        if tag == "" or tag in ("FN", "VR", "EF"):
            continue
        if tag is None:
            if last in _ONE_PER_LINE:
                tags[last].append(value)
            elif last:
                tags[last][-1] = f"{tags[last][-1]} {value}".strip()
            continue
        if not tags:
            start = number
        tags.setdefault(tag, []).append(value)
        last = tag
    if tags:
        yield start, tags


_ONE_PER_LINE = {"AU", "AF", "C1", "CR", "BE", "BF", "CA", "%A", "%E"}


def _medline_fields(tags: dict[str, list[str]]) -> dict:
    first = lambda tag: tags.get(tag, [""])[0]      # noqa: E731
    doi = next((value for tag in ("LID", "AID") for value in tags.get(tag, [])
                if value.endswith("[doi]")), "")
    fields = {
        "title": first("TI") or first("BTI"), "abstract": " ".join(tags.get("AB", [])),
        "authors": [_medline_name(name) for name in tags.get("FAU") or tags.get("AU") or []],
        "date": first("DP"), "venue": first("JT") or first("TA"),
        "doi": doi.removesuffix("[doi]").strip(), "pmid": first("PMID"),
        "pmcid": first("PMC"), "publication_type": "; ".join(tags.get("PT", [])),
    }
    return fields


def _medline_name(name: str) -> str:
    """`Thompson, Frank R 3rd` -> `Frank R Thompson 3rd`; `Thompson FR` stays as written."""
    return flip_name(name) if "," in name else name


def _wos_fields(tags: dict[str, list[str]]) -> dict:
    first = lambda tag: " ".join(tags.get(tag, []))     # noqa: E731
    names = tags.get("AF") or tags.get("AU") or []
    date = " ".join(part for part in (first("PD"), first("PY")) if part)
    return {
        "title": first("TI"), "abstract": first("AB"), "authors": [flip_name(n) for n in names],
        "date": date, "year": first("PY"), "venue": first("SO"), "doi": first("DI"),
        "wos_id": first("UT"), "document_type": first("DT"), "publisher": first("PU"),
        "arxiv_id": first("AR") if first("AR").startswith("arXiv") else "",
    }


def _endnote_fields(tags: dict[str, list[str]]) -> dict:
    first = lambda tag: tags.get(tag, [""])[0]      # noqa: E731
    urls = tags.get("%U", [])
    return {
        "title": first("%T"), "abstract": " ".join(tags.get("%X", [])),
        "authors": [flip_name(name) for name in tags.get("%A", [])], "year": first("%D"),
        "date": first("%8") or first("%D"), "venue": first("%J") or first("%B"),
        "doi": first("%R") or next((u for u in urls if clean_doi(u)), ""),
        "url": next((u for u in urls if u.startswith(("http://", "https://"))), ""),
        "reference_type": first("%0"), "publisher": first("%I"),
    }


def _paper(fields: dict, source: Source, line: int, position: int) -> Paper | Problem:
    try:
        return paper_from_fields(fields, source, line)
    except ValueError as exc:
        return source.problem(line, numbered(str(exc), position))


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:100]
