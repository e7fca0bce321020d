"""One abstract saved as plain text (a .txt or Markdown file, or stdin): one file, one paper.

    >>> from claims.readers.records import Source
    >>> paper, = read_plaintext("# Kin\\n\\nAbstract: Kin is 3.1x faster.\\n", Source("a.txt", "a.txt"))
    >>> paper.title, paper.abstract, paper.line
    ('Kin', 'Kin is 3.1x faster.', 1)

It is the fallback for a text no other layout claims, and only where that is safe: a file named
as structured data (`.csv`, `.bib`, `.json`, ...) or whose first line reads like structured data
(`{`, `<`, `@`, a RIS/MEDLINE/Web of Science tag, a CSV header) is left to its
`unknown layout` message, so a broken export is never read as one long abstract.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

import regex

from ..model import Paper, Problem
from .records import Source, make_paper, squash

# A name with another suffix (.csv, .bib, .json, .xml, .yaml, ...) says the file is something
# else: refused even when its content is prose, so a damaged export keeps its own message.
TEXT_SUFFIXES = ("", ".txt", ".text", ".md", ".markdown")
COMPRESSED_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz", ".zst", ".zstd")
TITLE_LIMIT = 300

_STRUCTURED_START = regex.compile(
    r"[{\[<@]"                          # JSON, XML/HTML, BibTeX
    r"|[A-Z][A-Z0-9]  -(?: |$)"         # RIS
    # MEDLINE pads its tags to four characters (PMID- , FAU - , TI  - ); a title such as
    # "GPU- and CPU-aware ..." or "BERT- and GPT-style ..." is no tag line.
    r"|(?:PMID|STAT|DCOM|EDAT|MHDA|CRDT|PHST|[A-Z]{3} )- "
    r"|(?:FN|VR|PT) \S")                # Web of Science plain text
_LETTER = regex.compile(r"\p{L}")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DELIMITERS = ",;|"
# A column name: a few words, no sentence punctuation.
_COLUMN_NAME = regex.compile(r"\w[\w .()/#%&+-]{0,39}")
_HEADING = regex.compile(r"#{1,6}[ \t]+")
_TITLE_LABEL = regex.compile(r"title[ \t]*:[ \t]*", flags=regex.IGNORECASE)
# `Abstract:`, `Abstract.`, IEEE's `Abstract—`, or the word alone; not `Abstract-Level ...`.
_ABSTRACT_LABEL = regex.compile(
    r"abstract(?:[ \t]*[:.\u2013\u2014][ \t]*|[ \t]+-[ \t]+|[ \t]*$)", flags=regex.IGNORECASE)
_SENTENCE_END = (".", "!", "?")
# A line ending in one of these continues on the next line: a hard-wrapped sentence, no title.
_CONTINUES = (",", ";", ":", "-", "\u2013", "\u2014", "(", "/")
_FUNCTION_WORDS = frozenset(
    "a an the of and or to in on for with by from at as than that which is are was were be "
    "its their our we this these".split())


def looks_like_abstract(text: str, name: str) -> bool:
    """Whether a text no layout claims is read as one abstract: `name` (the file name, "" for
    stdin) has a text suffix, and the first line does not begin like structured data."""
    if _suffix(name) not in TEXT_SUFFIXES or not _LETTER.search(text) or _mostly_controls(text):
        return False
    lines = _leading_lines(text.lstrip("\ufeff"), 2)
    return bool(lines) and _STRUCTURED_START.match(lines[0]) is None and not _looks_like_header(lines)


def _leading_lines(text: str, count: int) -> list[str]:
    """The first `count` non-blank lines, stripped, without splitting a file of any size."""
    lines: list[str] = []
    start = 0
    while len(lines) < count and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if line := text[start:end].strip():
            lines.append(line)
        start = end + 1
    return lines


def _mostly_controls(text: str) -> bool:
    """More than 1 character in 20 of the start is a control character: binary data that
    decoded (as `decode` judges files holding NUL bytes), not prose."""
    sample = text[:8192]
    return len(_CONTROLS.findall(sample)) * 20 > len(sample)


def _suffix(name: str) -> str:
    suffixes = [s.casefold() for s in PurePath(name).suffixes]
    while suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    # A file named by its arXiv id (2101.00001) has no suffix, only a dot in its name.
    return "" if suffix[1:].isdigit() else suffix


def _looks_like_header(lines: list[str]) -> bool:
    """A first line of column names (`id,name,score`) that the next line matches field for field
    (or quotes its fields, or is missing): a CSV whose columns no reader knows. `lines` are the
    first one or two non-blank lines."""
    first = lines[0]
    if "\t" in first:
        return True             # no title holds a tab; a TSV header does
    delimiter = max(_DELIMITERS, key=first.count)
    cells = [cell.strip().strip('"').strip() for cell in first.split(delimiter)]
    if len(cells) < 2 or not all(_COLUMN_NAME.fullmatch(cell) for cell in cells):
        return False
    if len(lines) == 1:
        return True
    second = lines[1]
    return (second.count(delimiter) == first.count(delimiter) or second.startswith('"')
            or f'{delimiter}"' in second or f'"{delimiter}' in second)


def read_plaintext(text: str, source: Source) -> Iterator[Paper | Problem]:
    """The one paper of the text: its title (see `_title`) and the rest, labels dropped, as
    the abstract, whitespace squashed."""
    lines = [(number, line.strip()) for number, line in
             enumerate(text.lstrip("\ufeff").split("\n"), start=1) if line.strip()]
    if not lines:
        return
    start = lines[0][0]
    title, body = _title(lines)
    if body:
        heading = _HEADING.match(body[0])
        first = body[0][heading.end():] if heading else body[0]
        label = _ABSTRACT_LABEL.match(first)
        if label:
            body = ([first[label.end():]] if label.end() < len(first) else []) + body[1:]
    abstract = squash(" ".join(body))
    if not title and not abstract:
        yield source.problem(start, "text has neither title nor abstract; skipped")
        return
    yield make_paper(source, start, title=title, abstract=abstract)


def _title(lines: list[tuple[int, str]]) -> tuple[str, list[str]]:
    """(title, lines of the abstract). The first line is the title when it reads as one: short,
    followed by more text, and not a sentence; a `Title:` label or a Markdown heading says so
    whatever its punctuation. Marks and labels are dropped."""
    number, first = lines[0]
    heading = _HEADING.match(first)
    label = _TITLE_LABEL.match(first, heading.end() if heading else 0)
    candidate = first[label.end() if label else heading.end() if heading else 0:].strip()
    rest = [line for _, line in lines[1:]]
    if _ABSTRACT_LABEL.match(candidate) or not candidate or len(candidate) > TITLE_LIMIT:
        return "", [candidate] + rest if candidate else rest
    if label or heading:
        return squash(candidate), rest
    if not rest or candidate.rstrip("\"'”’)]").endswith(_SENTENCE_END):
        return "", [candidate] + rest
    wrapped = lines[1][0] == number + 1 and _wrapped(candidate, rest[0])
    return ("", [candidate] + rest) if wrapped else (squash(candidate), rest)


def _wrapped(first: str, second: str) -> bool:
    """Whether `second`, right under `first` with no blank line between, continues its
    sentence (a hard-wrapped abstract) rather than starting the abstract under a title."""
    last_word = first.rsplit(None, 1)[-1].casefold()
    return (second[:1].islower() or first.endswith(_CONTINUES)
            or last_word in _FUNCTION_WORDS)
