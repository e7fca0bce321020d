"""Daily listing pages (seed page 003_): title, abstract, then `• 24 authors` or an organization,
a `·` line and `Apr 9, 2024 1` (date and upvotes); some entries have neither.

What comes before the first title (Subscribe, "Daily Papers", the page date) is page furniture:
the first entry is the first line followed by an abstract-sized paragraph.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Paper, Problem
from .listing import MONTH
from .records import Source, make_paper

SEPARATOR = "·"
AUTHOR_COUNT = regex.compile(r"[•·*-]? ?(?P<count>\d{1,5}) authors?")
DATE_LINE = regex.compile(
    rf"(?P<date>{MONTH} \d{{1,2}}(?:, (?P<year>\d{{4}}))?)(?: (?P<upvotes>\d{{1,7}}))?")


def is_paragraph(line: str) -> bool:
    """Abstract-sized: titles stay far below both limits (the longest seed title has 157 chars)."""
    return len(line) >= 250 or line.count(" ") >= 35


def read_daily(lines: list[str], source: Source) -> Iterator[Paper | Problem]:
    items = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    i = _next_entry(items, 0)
    while i is not None and i < len(items):
        (line, title), (_, abstract) = items[i], items[i + 1]
        fields: dict = {"extra": {}}
        j = i + 2
        if j + 1 < len(items) and items[j + 1][1] == SEPARATOR:
            count = AUTHOR_COUNT.fullmatch(items[j][1])
            if count:
                fields["extra"]["author_count"] = count["count"]
            else:
                fields["org"] = items[j][1]
            j += 1
        if j < len(items) and items[j][1] == SEPARATOR:
            date = DATE_LINE.fullmatch(items[j + 1][1]) if j + 1 < len(items) else None
            if date is None:
                yield source.problem(items[j][0], "expected a date after '·'")
                j += 1
            else:
                fields.update(date=date["date"], year=int(date["year"]) if date["year"] else None)
                if date["upvotes"]:
                    fields["extra"]["upvotes"] = date["upvotes"]
                j += 2
        yield make_paper(source, line, title=title, abstract=abstract, **fields)
        following = _next_entry(items, j)
        if following is not None and following != j:
            yield source.problem(items[j][0], "unexpected text between entries; skipped")
        i = following


def _next_entry(items: list[tuple[int, str]], start: int) -> int | None:
    """Index of the next title: a short line followed by a paragraph."""
    for k in range(start, len(items) - 1):
        if not is_paragraph(items[k][1]) and items[k][1] != SEPARATOR and is_paragraph(items[k + 1][1]):
            return k
    return None
