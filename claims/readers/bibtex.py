"""BibTeX files whose entries carry `abstract` fields, parsed with bibtexparser (1.x).

Entries are parsed in batches; a batch whose entries do not come out key for key is parsed one
entry at a time, so a broken entry is reported with its line and its neighbours are still read.
`@string` macros apply to the entries after them.
"""
from __future__ import annotations

from collections.abc import Iterator

import bibtexparser
import regex
from bibtexparser.bibdatabase import UndefinedString
from bibtexparser.bparser import BibTexParser

from ..model import Paper, Problem
from .latex import latex_to_text
from .records import Source, find_arxiv_id, flip_name, paper_from_fields

ENTRY_START = regex.compile(r"^[ \t]{0,40}@[ \t]{0,40}(?P<type>[A-Za-z]{1,30})[ \t]{0,40}[{(]",
                            flags=regex.MULTILINE)
_SKIPPED_TYPES = {"comment", "preamble"}


def looks_like_bibtex(text: str) -> bool:
    return ENTRY_START.search(text) is not None


_KEY = regex.compile(r"[ \t\n]{0,80}([^,\s{}()]{0,200})[ \t\n]{0,80},")
# Entries parsed in one call: bibtexparser costs milliseconds per call and grows faster than
# linearly with the text of one call, so neither one call per entry nor one per file scales.
BATCH_ENTRIES = 200


def read_bibtex(text: str, source: Source) -> Iterator[Paper | Problem]:
    starts = list(ENTRY_START.finditer(text))
    macros = ""
    batch: list[tuple[int, str, str | None]] = []       # (line, chunk, key)
    line, counted = 1, 0            # line numbers counted on as we go: linear in the file size
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        chunk = text[match.start():end]
        line += text.count("\n", counted, match.start())
        counted = match.start()
        entry_type = match["type"].casefold()
        if entry_type in _SKIPPED_TYPES:
            continue
        if entry_type == "string":
            yield from _read_batch(batch, macros, source)     # a macro applies to the entries after it
            batch = []
            macros += chunk + "\n"
            continue
        key = _KEY.match(text, match.end())
        batch.append((line, chunk, key.group(1) if key else None))
        if len(batch) == BATCH_ENTRIES:
            yield from _read_batch(batch, macros, source)
            batch = []
    yield from _read_batch(batch, macros, source)


def _read_batch(batch: list[tuple[int, str, str | None]], macros: str,
                source: Source) -> Iterator[Paper | Problem]:
    """Parse a batch of entries in one call when the entries found are exactly the entries
    started, key for key; else entry by entry, so a broken one is reported by its line and its
    neighbours are kept."""
    if not batch:
        return
    keys = [key for _, _, key in batch]
    if None not in keys:
        try:
            entries = _parse(macros + "".join(chunk for _, chunk, _ in batch))
        except Exception:       # noqa: BLE001 - entry by entry below says which entry
            entries = []
        if [entry.get("ID") for entry in entries] == keys:
            for (line, _, _), entry in zip(batch, entries):
                yield _paper_or_problem(entry, source, line)
            return
    for line, chunk, _ in batch:
        try:
            entries = _parse(macros + chunk)
        except UndefinedString as exc:
            macro = exc.args[0] if exc.args else ""
            yield source.problem(line, f"BibTeX entry uses an undefined @string macro {macro!r}; skipped")
            continue
        except Exception as exc:    # noqa: BLE001 - the parser's own bug must not sink the file
            yield source.problem(line, f"malformed BibTeX entry ({type(exc).__name__}); skipped")
            continue
        if len(entries) != 1:
            yield source.problem(line, "malformed BibTeX entry; skipped")
            continue
        yield _paper_or_problem(entries[0], source, line)


def _paper_or_problem(entry: dict, source: Source, line: int) -> Paper | Problem:
    try:
        return paper_from_fields(_fields(entry), source, line)
    except ValueError as exc:
        return source.problem(line, f"BibTeX entry {entry.get('ID', '')!r}: {exc}")


def _parse(text: str) -> list[dict]:
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False,
                          interpolate_strings=True)
    return [_decoded(e) for e in bibtexparser.loads(text, parser=parser).entries]


# Fields that are identifiers, not text: a `~` or `%` in a URL is part of it.
_VERBATIM_FIELDS = {"ID", "ENTRYTYPE", "url", "doi", "eprint", "file", "urldate"}


def _decoded(entry: dict) -> dict:
    """LaTeX accents, braces and text macros of every text field as Unicode (pylatexenc)."""
    return {key: value if key in _VERBATIM_FIELDS or not isinstance(value, str)
            else latex_to_text(value, tie=True) for key, value in entry.items()}


def _fields(entry: dict) -> dict:
    fields = {key: value for key, value in entry.items() if key not in ("ENTRYTYPE", "ID")}
    fields["entry_type"] = entry.get("ENTRYTYPE", "")
    fields["bibtex_key"] = entry.get("ID", "")
    if "author" in fields:
        fields["author"] = ", ".join(flip_name(name) for name in
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
