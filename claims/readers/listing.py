"""Listing pages whose entries start with a header line such as `99.3LGMay 29` or `CVAug 10, 2022Code`.

The header is [score][arXiv category][date][Code]. Two entry shapes follow it:
- compact (seed pages 000_, 002_): the title and the authors run together on the next line,
  sometimes ending in ` · org`, then the abstract on the line after;
- spaced (seed page 001_, an author profile): the title, then the authors and the abstract as
  paragraphs of their own, after blank lines.
Everything before the first header (profile name, h-index, citations, scores) is page furniture.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Paper, Problem
from .records import Source, make_paper

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
HEADER = regex.compile(
    rf"(?P<score>\d{{1,3}}(?:\.\d{{1,2}})?)?(?P<category>[A-Z]{{2,3}})"
    rf"(?P<date>{MONTH} \d{{1,2}}(?:, (?P<year>\d{{4}}))?)(?P<code>Code)?")
_ORG_TAIL = regex.compile(r" · (?P<org>[^·]{1,80})$")
_ET_AL = " et al."
_SEAM_PUNCTUATION = "?!.:;)]}\"”"
# One author: 1-5 name words (`Diego A. Cuji`, `Ching-pei Lee`, `van der Berg`).
_NAME = regex.compile(r"[\p{L}'’.-]{1,40}(?: [\p{L}'’.-]{1,40}){0,4}")
_LONGEST_NAME = 5 * 41


def is_header(line: str) -> bool:
    return HEADER.fullmatch(line) is not None


def read_listing(lines: list[str], source: Source) -> Iterator[Paper | Problem]:
    starts = [i for i, line in enumerate(lines) if is_header(line)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        header = HEADER.fullmatch(lines[start])
        body = [(i + 1, lines[i].strip()) for i in range(start + 1, end) if lines[i].strip()]
        if not body:
            yield source.problem(start + 1, "entry header without a title; skipped")
            continue
        fields = dict(
            date=header["date"], year=int(header["year"]) if header["year"] else None,
            category=header["category"], has_code=header["code"] is not None,
            extra={"score": header["score"]} if header["score"] else None,
        )
        # Spaced entries put a blank line between the title and the authors.
        spaced = len(body) > 1 and body[1][0] > body[0][0] + 1
        if not spaced:
            yield from _compact_entry(body, source, start + 1, fields)
        else:
            title = body[0][1]
            authors = body[1][1] if len(body) > 1 else ""
            abstract = body[2][1] if len(body) > 2 else ""
            yield make_paper(source, start + 1, title=title, authors=authors, abstract=abstract,
                             **fields)


def _compact_entry(body: list[tuple[int, str]], source: Source, line: int,
                   fields: dict) -> Iterator[Paper | Problem]:
    glued = body[0][1]
    abstract = body[1][1] if len(body) > 1 else ""
    org_match = _ORG_TAIL.search(glued)
    org = org_match["org"].strip() if org_match else ""
    if org_match:
        glued = glued[:org_match.start()]
    split = split_title_authors(glued)
    if split is None:
        yield source.problem(body[0][0], "cannot tell the title from the authors; "
                                         "the whole line is kept as the title")
        title, authors = glued, ""
    else:
        title, authors = split
    yield make_paper(source, line, title=title, authors=authors, abstract=abstract, org=org,
                     **fields)


def split_title_authors(glued: str) -> tuple[str, str] | None:
    """Split `<title><First author>, <author>, <author>[ et al.]` where nothing separates the two.

    The authors are the comma-separated names at the end; the piece that holds the seam is
    `<end of title><first author>`, and the seam is the last place in it where a capital starts a
    word that is not separated by a space: after a lower-case letter, digit or punctuation
    (`pruningLing`, `Models?Renye`), or as the last capital of a run (`FPGASung-En`). The name
    after the seam must have at least two words, so capitals inside names (`McDonald`) are not
    taken for the seam.

    >>> split_title_authors("Quantization framework for FPGASung-En Chang, Yanyu Li et al.")
    ('Quantization framework for FPGA', 'Sung-En Chang, Yanyu Li et al.')
    >>> split_title_authors("Is It Safe?Renye Yan, Jikang Cheng")
    ('Is It Safe?', 'Renye Yan, Jikang Cheng')
    """
    names = glued[:-len(_ET_AL)] if glued.endswith(_ET_AL) else glued
    pieces = names.split(", ")
    # Walk left over the pieces that are plain names; the first one that is not holds the seam.
    seam_piece = len(pieces) - 1
    while seam_piece > 0 and _is_plain_name(pieces[seam_piece]):
        seam_piece -= 1
    head = ", ".join(pieces[:seam_piece])
    piece = pieces[seam_piece]
    cut = _find_seam(piece)
    if cut is None:
        return None
    title = (head + ", " if head else "") + piece[:cut]
    return title.strip(), glued[len(title):].strip()


def _is_plain_name(piece: str) -> bool:
    return _NAME.fullmatch(piece) is not None and _find_seam(piece) is None


def _find_seam(piece: str) -> int | None:
    """Index where the first author starts inside `piece`, or None."""
    for cut in range(len(piece) - 2, 0, -1):        # the last seam wins: titles hold camel case
        if len(piece) - cut > _LONGEST_NAME:
            break
        here, before, after = piece[cut], piece[cut - 1], piece[cut + 1]
        if not (here.isupper() and after.islower()):
            continue
        # An apostrophe or hyphen before a capital is inside a name (O'Brien, Sung-En).
        if before.isalnum() or before in _SEAM_PUNCTUATION:
            name = _NAME.fullmatch(piece, cut)      # bounded: at most 5 words of 40 letters
            if name and " " in name.group():
                return cut
    return None
