"""One chunk of papers in, its three tables out, already encoded for the output format.

Encoding happens here, in the worker, so the parent process only appends bytes (or Arrow
tables) to files and never becomes the bottleneck of a parallel run.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import pandas as pd

from ..build import AbstractTooLong, paper_claim_rows, paper_claims, platform_rows
from ..errors import ClaimsError
from ..model import PLATFORM_COLUMNS, Paper, Problem
from ..papers import format_table, paper_columns, papers_frame
from ..spreadsheet import sheet_rows
from ..tables import claims_frame, platforms_frame, table_columns

TABLES = ("papers", "claims", "platforms")
# Characters of abstract text per chunk, beside its count of papers: about 700 real abstracts,
# so only runaway ones cut a chunk short.
CHUNK_CHARS = 1_000_000


@dataclass(frozen=True)
class ChunkResult:
    """A chunk's tables encoded as `payloads[name]` (str for csv/jsonl, pyarrow.Table for
    parquet, rows of plain values for xlsx), their row counts, and the papers whose extraction failed."""

    payloads: dict
    counts: dict
    problems: tuple[Problem, ...] = ()


def empty_frame(name: str) -> pd.DataFrame:
    """A typed table with no rows: the header of a CSV file, the schema of a Parquet one."""
    if name == "papers":
        return papers_frame([])
    if name == "claims":
        return claims_frame([])
    return platforms_frame([])[list(PLATFORM_COLUMNS)]


@functools.lru_cache(maxsize=None)
def arrow_schema(name: str):
    import pyarrow as pa

    return pa.Schema.from_pandas(empty_frame(name), preserve_index=False)


def chunked(papers: Iterable[Paper], size: int, chars: int = CHUNK_CHARS) -> Iterator[list[Paper]]:
    """Chunks of `size` papers, or fewer where their abstracts hold `chars` characters: a chunk
    of runaway abstracts stays as small in memory as one of real ones."""
    chunk: list[Paper] = []
    held = 0
    for paper in papers:
        chunk.append(paper)
        held += len(paper.abstract or "")
        if len(chunk) >= size or held >= chars:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def extract_chunk(papers: Sequence[Paper], fmt: str) -> ChunkResult:
    """Extract claims and platforms of `papers` and encode the three tables in `fmt`.

    A paper whose extraction raises (a bug, a regex timeout on hostile text) or whose abstract
    is over `claims.build.ABSTRACT_LIMIT` keeps its papers row, loses its claims and platforms,
    and is reported; so is a paper whose rows alone do not fit in memory. The rest of the chunk
    is unaffected.
    """
    claims: list[tuple[Paper, list[dict]]] = []
    platforms: list[tuple[Paper, list[dict]]] = []
    problems: list[Problem] = []
    records = ({"paper_id": paper.paper_id, "title": paper.title, "source": paper.source,
                "abstract": paper.abstract} for paper in papers)
    for paper, (record, found) in zip(papers, paper_claims(records)):
        if isinstance(found, Exception):
            problems.append(_failed(paper, found))
            continue
        try:
            paper_claims_rows = list(paper_claim_rows(record, found))
            paper_platforms = list(platform_rows([record]))
        except Exception as exc:    # noqa: BLE001 - one paper must never sink the run
            problems.append(_failed(paper, exc))
            continue
        claims.append((paper, paper_claims_rows))
        platforms.append((paper, paper_platforms))
    try:
        return _encoded(papers, claims, platforms, fmt, problems)
    except MemoryError:
        pass        # out of the handler first, so that the failed attempt's memory is freed
    return _encoded_paper_by_paper(papers, {id(p): rows for p, rows in claims},
                                   {id(p): rows for p, rows in platforms}, fmt, problems)


def _encoded_paper_by_paper(papers: Sequence[Paper], claims: dict, platforms: dict, fmt: str,
                            problems: list[Problem]) -> ChunkResult:
    """The chunk's tables built one paper at a time: a paper whose rows do not fit in memory
    loses them (and is reported); the others are kept."""
    parts = []
    for paper in papers:
        rows = [(paper, claims[id(paper)])] if id(paper) in claims else []
        found = [(paper, platforms[id(paper)])] if id(paper) in platforms else []
        try:
            parts.append(_encoded([paper], rows, found, fmt, problems))
            continue
        except MemoryError:
            pass
        problems.append(_failed(paper, MemoryError("its claim rows do not fit in memory")))
        parts.append(_encoded([paper], [], [], fmt, problems))
    payloads = {}
    for name in TABLES:
        pieces = [part.payloads[name] for part in parts]
        if fmt == "parquet":
            import pyarrow as pa

            payloads[name] = pa.concat_tables(pieces)
        else:
            payloads[name] = "".join(pieces)
    counts = {name: sum(part.counts[name] for part in parts) for name in TABLES}
    return ChunkResult(payloads, counts, tuple(problems))


def _encoded(papers: Sequence[Paper], claims: list, platforms: list, fmt: str,
             problems: list[Problem]) -> ChunkResult:
    if fmt == "parquet":
        payloads = {"papers": _arrow_papers(papers),
                    "claims": _arrow_table("claims", claims_frame, claims, problems),
                    "platforms": _arrow_table("platforms", platforms_frame, platforms, problems)}
        return ChunkResult(payloads, {name: table.num_rows for name, table in payloads.items()},
                           tuple(problems))
    frames = {
        "papers": papers_frame(papers),
        "claims": _typed(claims_frame, claims, problems),
        "platforms": _typed(platforms_frame, platforms, problems)[list(PLATFORM_COLUMNS)],
    }
    payloads = {name: encode(frame, name, fmt) for name, frame in frames.items()}
    return ChunkResult(payloads, {name: len(frame) for name, frame in frames.items()},
                       tuple(problems))


# Parquet chunks go from typed values straight to Arrow, without a DataFrame in between (about a
# third of the cost). The table is the one `encode` makes of the frame, to the byte: the same
# schema, with its pandas metadata, and the same values and buffers (so the same `nbytes`, by
# which the writer cuts row groups). Anything else (a row the vocabularies reject, a paper
# field of another type) takes the DataFrame path.
def _arrow_papers(papers: Sequence[Paper]):
    import pyarrow as pa

    columns = paper_columns(papers)
    if columns is None:
        return encode(papers_frame(papers), "papers", "parquet")
    return pa.Table.from_pydict(columns, schema=arrow_schema("papers"))


def _arrow_table(name: str, make, per_paper: list[tuple[Paper, list[dict]]], problems: list):
    import pyarrow as pa

    schema = arrow_schema(name)
    try:
        columns = table_columns(name, (row for _, rows in per_paper for row in rows))
    except ClaimsError:
        columns = None
    if columns is None or list(columns) != schema.names:
        frame = _typed(make, per_paper, problems)
        return encode(frame if name == "claims" else frame[list(PLATFORM_COLUMNS)], name, "parquet")
    return pa.Table.from_pydict(columns, schema=schema)


def _typed(make, per_paper: list[tuple[Paper, list[dict]]], problems: list) -> pd.DataFrame:
    """Type the rows of the whole chunk at once; if a row breaks the table's vocabulary, type
    paper by paper so that only the offending paper's rows are dropped."""
    try:
        return make(row for _, rows in per_paper for row in rows)
    except ClaimsError:
        pass
    frames = []
    for paper, rows in per_paper:
        try:
            frames.append(make(rows))
        except ClaimsError as exc:
            problems.append(_failed(paper, exc))
    return pd.concat(frames, ignore_index=True) if frames else make([])


def _failed(paper: Paper, exc: Exception) -> Problem:
    where = f"{paper.source}:{paper.line}" if paper.line else paper.source or paper.paper_id
    message = " ".join(str(exc).split())[:200]
    if isinstance(exc, AbstractTooLong):
        title = " ".join((paper.title or "").split())[:60]
        named = f"paper {paper.paper_id}" + (f' "{title}"' if title else "")
        return Problem(where, f"{named}: {message}; paper kept without claims")
    return Problem(where, f"extraction failed ({type(exc).__name__}: {message}); "
                          "paper kept without claims")


def encode(frame: pd.DataFrame, name: str, fmt: str):
    if fmt == "csv":
        return frame.to_csv(index=False, header=False, lineterminator="\n") if len(frame) else ""
    if fmt == "jsonl":
        return format_table(frame, "jsonl")
    if fmt == "xlsx":
        return sheet_rows(frame)
    import pyarrow as pa

    return pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
