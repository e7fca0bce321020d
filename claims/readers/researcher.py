"""Researcher profile pages (seed page 004_): after the profile furniture (trust panels, follower
counts, collaboration prompts), each published item is `preprint2022arXiv`, its title, its abstract.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Paper, Problem
from .records import Source, make_paper

# [publication type][year][venue], run together: preprint2022arXiv, article2021Nature Medicine.
ITEM_HEADER = regex.compile(
    r"(?P<kind>preprint|article|journal|conference|inproceedings|book|chapter|thesis|dataset|other)"
    r"(?P<year>(?:19|20)\d{2})(?P<venue>\S[^\n]{0,80})?")


def is_item_header(line: str) -> bool:
    return ITEM_HEADER.fullmatch(line) is not None


def read_researcher(lines: list[str], source: Source) -> Iterator[Paper | Problem]:
    starts = [i for i, line in enumerate(lines) if is_item_header(line.strip())]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body = [lines[i].strip() for i in range(start + 1, end) if lines[i].strip()]
        if not body:
            yield source.problem(start + 1, "published item without a title; skipped")
            continue
        header = ITEM_HEADER.fullmatch(lines[start].strip())
        # The page shows only the year; it is the date as written.
        yield make_paper(
            source, start + 1, title=body[0], abstract=body[1] if len(body) > 1 else "",
            date=header["year"], year=int(header["year"]),
            extra={"type": header["kind"], "venue": (header["venue"] or "").strip()},
        )
