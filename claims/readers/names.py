"""Author names of every input as one string "First Last, First Last"."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .text import squash

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"}


def flip_name(name: str) -> str:
    """`Last, First` (RIS, MEDLINE, Web of Science, BibTeX, Zotero) as `First Last`, with a
    suffix kept last whether it is written `Last, First, Suffix` or BibTeX's `Last, Jr, First`.

    >>> flip_name("Thompson, F.R., III"), flip_name("Thompson, III, F.R."), flip_name("Ann Lee")
    ('F.R. Thompson III', 'F.R. Thompson III', 'Ann Lee')
    """
    parts = [part.strip() for part in name.split(",")]
    if len(parts) == 1:
        return squash(name)
    suffix = ""
    if len(parts) >= 3 and parts[1].casefold() in _SUFFIXES:
        suffix, parts = parts[1], [parts[0]] + parts[2:]
    elif parts[-1].casefold() in _SUFFIXES:
        suffix, parts = parts[-1], parts[:-1]
    last, first = parts[0], " ".join(parts[1:])
    words = first.split()
    if not suffix and len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        first, suffix = " ".join(words[:-1]), words[-1]      # MEDLINE: "Thompson, Frank R 3rd"
    return squash(" ".join(p for p in (first, last, suffix) if p))


def _authors_text(value: Any) -> str:
    """Authors as one string "A, B, C", from a string, a list of names or a list of objects.

    A string of `Last, First` names joined by ";" (Zotero, Web of Science) is flipped name by
    name, and so is one `Surname, First`; other strings are kept as written ("A. Lee, B. Chen"
    has no order to restore).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        if ";" in value:
            return ", ".join(flip_name(name) for name in value.split(";") if name.strip())
        last, comma, first = value.partition(",")
        if comma and "," not in first and " " not in last.strip() and first.strip():
            return flip_name(value)         # one author, "Chen, Bo"
        return squash(value)
    if isinstance(value, Mapping):
        value = [value]
    names = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        if isinstance(item, Mapping) and isinstance(item.get("author"), Mapping):
            item = item["author"]            # OpenAlex authorships
        if isinstance(item, Mapping):
            name = item.get("name") or item.get("display_name") or _parts_name(item)
        elif isinstance(item, (list, tuple)):    # arXiv snapshot authors_parsed: [last, first, suffix]
            name = " ".join(str(p) for p in (item[1:2] + item[:1] + item[2:3]) if p)
        else:
            name = flip_name(str(item)) if "," in str(item) else str(item)
        if isinstance(name, str) and (name := squash(name)):
            names.append(name)
    return ", ".join(names)


def _parts_name(item: Mapping) -> str:
    """A name given in parts: Crossref `given`/`family`, S2ORC `first`/`middle`/`last`/`suffix`
    (middle a list of names), arXiv OAI `forenames`/`keyname`."""
    parts = []
    for key in ("given", "first", "forenames", "middle", "family", "last", "keyname", "suffix"):
        value = item.get(key)
        if isinstance(value, (list, tuple)):
            parts.extend(str(v) for v in value if isinstance(v, str) and v.strip())
        elif isinstance(value, str) and value.strip():
            parts.append(value)
    return " ".join(parts)
