"""BibTeX files whose entries carry `abstract` fields, parsed with bibtexparser (1.x).

Entries are parsed one at a time, so a broken entry is reported with its line and its
neighbours are still read; `@string` macros apply to the entries after them.
"""
from __future__ import annotations

from collections.abc import Iterator

import bibtexparser
import regex
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from ..model import Paper, Problem
from .records import Source, find_arxiv_id, paper_from_fields

ENTRY_START = regex.compile(r"^[ \t]{0,40}@[ \t]{0,40}(?P<type>[A-Za-z]{1,30})[ \t]{0,40}[{(]",
                            flags=regex.MULTILINE)
_SKIPPED_TYPES = {"comment", "preamble"}


def looks_like_bibtex(text: str) -> bool:
    return ENTRY_START.search(text) is not None


def read_bibtex(text: str, source: Source) -> Iterator[Paper | Problem]:
    starts = list(ENTRY_START.finditer(text))
    macros = ""
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        chunk = text[match.start():end]
        line = text.count("\n", 0, match.start()) + 1
        entry_type = match["type"].casefold()
        if entry_type in _SKIPPED_TYPES:
            continue
        if entry_type == "string":
            macros += chunk + "\n"
            continue
        entries = _parse(macros + chunk)
        if len(entries) != 1:
            yield source.problem(line, "malformed BibTeX entry; skipped")
            continue
        try:
            yield paper_from_fields(_fields(entries[0]), source, line)
        except ValueError as exc:
            yield source.problem(line, f"BibTeX entry {entries[0].get('ID', '')!r}: {exc}")


def _parse(text: str) -> list[dict]:
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False,
                          interpolate_strings=True)
    parser.customization = convert_to_unicode      # LaTeX accents and braces -> unicode text
    return [e for e in bibtexparser.loads(text, parser=parser).entries]


def _fields(entry: dict) -> dict:
    fields = {key: value for key, value in entry.items() if key not in ("ENTRYTYPE", "ID")}
    fields["entry_type"] = entry.get("ENTRYTYPE", "")
    fields["key"] = entry.get("ID", "")
    if "author" in fields:
        fields["author"] = ", ".join(_first_last(name) for name in
                                     regex.split(r"\s+and\s+", fields["author"]) if name.strip())
    arxiv = ""
    if str(entry.get("archiveprefix", "arxiv")).casefold() == "arxiv":
        arxiv = find_arxiv_id(entry.get("eprint", ""))
    for key in ("journal", "url", "note", "howpublished"):
        arxiv = arxiv or (find_arxiv_id(entry.get(key, "")) if "arxiv" in entry.get(key, "").casefold()
                          else "")
    if arxiv:
        fields.pop("eprint", None)
        fields["arxiv_id"] = arxiv
    return fields


def _first_last(name: str) -> str:
    """BibTeX writes `Last, First`; the table writes `First Last` like every other input."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}".strip() if comma else name.strip()
