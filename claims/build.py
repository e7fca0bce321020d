"""Papers in, tables out: the claims and platforms tables of a papers table.

This is the one place that runs the extractor over many papers; the CLI, `claims run` and
notebooks all come through here, so every table has the same columns and dtypes.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from .canonical import canonical_platform, dataset_columns, method_names, platform_columns
from .extraction.platforms import find_platforms
from .extraction.pipeline import claim_record, extract
from .errors import ExtractionTimeout
from .model import CLAIM_COLUMNS, PLATFORM_COLUMNS, Problem
from .tables import claims_frame, platforms_frame


def claim_rows(papers: Iterable[dict], problems: list[Problem] | None = None) -> Iterator[dict]:
    """One record per claim, in paper order then text order, with its canonical platform,
    dataset and method (`claims.canonical`) beside the fields as written.

    A paper whose extraction hits the pattern time limit gives no claims and, when `problems` is
    given, a line there naming it; without `problems` the error propagates.
    """
    for paper in papers:
        try:
            claims = extract(paper.get("abstract") or "", title=paper.get("title"))
        except ExtractionTimeout as exc:
            if problems is None:
                raise
            problems.append(_skipped(paper, exc))
            continue
        methods = method_names([claim.method for claim in claims], paper.get("title"))
        for claim, method in zip(claims, methods):
            record = claim_record(claim)
            record.update(paper_id=paper.get("paper_id"), title=paper.get("title"),
                          source=paper.get("source"), method_name=method)
            record["platform"], record["hardware_class"] = platform_columns(
                claim.hardware, paper.get("abstract"))
            record["dataset_name"], record["dataset_variant"] = dataset_columns(claim.dataset)
            yield {column: record.get(column) for column in CLAIM_COLUMNS}


def platform_rows(papers: Iterable[dict], problems: list[Problem] | None = None) -> Iterator[dict]:
    """One record per distinct platform of each paper (CLAIMS_SPEC.md section 4), with its
    canonical name (empty where the mention is no platform: "inter-GPU", "GPU memory")."""
    for paper in papers:
        try:
            platforms = find_platforms(paper.get("abstract") or "")
        except TimeoutError:
            exc = ExtractionTimeout("the hardware patterns ran past their time limit; platforms skipped")
            if problems is None:
                raise exc from None
            problems.append(_skipped(paper, exc))
            continue
        for platform in platforms:
            yield {"paper_id": paper.get("paper_id"), "title": paper.get("title"), "name": platform.name,
                   "class": platform.hw_class, "text": platform.text, "start": platform.start,
                   "end": platform.end,
                   "canonical": canonical_platform(platform.name, platform.hw_class)}


def _skipped(paper: dict, exc: Exception) -> Problem:
    where = f"{paper.get('source')}:{paper.get('line')}" if paper.get("line") else str(paper.get("source") or "input")
    return Problem(where, f"paper {paper.get('paper_id')} \"{(paper.get('title') or '')[:60]}\": {exc}")


def extract_table(papers: pd.DataFrame, problems: list[Problem] | None = None) -> pd.DataFrame:
    """The claims table (columns of `claims.model.CLAIM_COLUMNS`) of a papers table.

    >>> import pandas as pd
    >>> papers = pd.DataFrame([{"paper_id": "p1", "title": "X", "source": "demo",
    ...                         "abstract": "X reduces latency by 36% on ImageNet."}])
    >>> extract_table(papers)[["metric", "kind", "direction", "value", "unit", "gain"]].to_dict("records")
    [{'metric': 'latency', 'kind': 'change', 'direction': 'decrease', 'value': 36.0, 'unit': '%', 'gain': 1.5625}]
    """
    return claims_frame(claim_rows(_records(papers), problems))


def platforms_table(papers: pd.DataFrame, problems: list[Problem] | None = None) -> pd.DataFrame:
    """The platforms table (columns of `claims.model.PLATFORM_COLUMNS`) of a papers table."""
    frame = platforms_frame(platform_rows(_records(papers), problems))
    return frame[list(PLATFORM_COLUMNS)]


def _records(papers: pd.DataFrame) -> Iterator[dict]:
    for record in papers.to_dict("records"):
        yield {k: (None if _missing(v) else v) for k, v in record.items()}


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
