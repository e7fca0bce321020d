"""Papers in, tables out: the claims and platforms tables of a papers table.

This is the one place that runs the extractor over many papers; the CLI, `claims run` and
notebooks all come through here, so every table has the same columns and dtypes.

Two bounds keep the cost of one paper, and the size of its rows, in proportion:
- an abstract longer than ABSTRACT_LIMIT characters (no real abstract comes close; arXiv's
  longest are about 2,000) is not extracted: the paper is named in a message and keeps its
  papers row, without claims or platforms;
- a claim's `sentence` longer than SENTENCE_LIMIT characters (a text that never splits into
  sentences) is written as a window of that many characters around the claim's number, cut at
  word boundaries and marked with "…" where it was cut: one claim row never repeats a whole
  runaway text.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import pandas as pd

from .canonical import canonical_platform, dataset_columns, method_names, platform_columns
from .extraction.platforms import find_platforms
from .extraction.pipeline import BATCH, claim_record, read_batch
from .errors import ClaimsError, ExtractionTimeout
from .model import CLAIM_COLUMNS, PLATFORM_COLUMNS, Claim, Problem
from .readers.records import known_by, title_hash
from .tables import claims_frame, platforms_frame

ABSTRACT_LIMIT = 100_000
SENTENCE_LIMIT = 1_000
_CUT = "…"


class AbstractTooLong(ClaimsError):
    """An abstract over ABSTRACT_LIMIT characters; its paper is not extracted."""


def check_length(abstract: str) -> None:
    """Raise AbstractTooLong for an abstract over ABSTRACT_LIMIT characters."""
    if len(abstract) > ABSTRACT_LIMIT:
        raise AbstractTooLong(f"abstract of {len(abstract):,} characters is over the limit of "
                              f"{ABSTRACT_LIMIT:,}; not extracted")


def claim_rows(papers: Iterable[dict], problems: list[Problem] | None = None) -> Iterator[dict]:
    """One record per claim, in paper order then text order, with its canonical platform,
    dataset and method (`claims.canonical`) beside the fields as written.

    A paper whose abstract is over ABSTRACT_LIMIT characters, or whose extraction hits the
    pattern time limit, gives no claims and, when `problems` is given, a line there naming it;
    without `problems` the error propagates.
    """
    for paper, claims in paper_claims(papers):
        if isinstance(claims, Exception):
            if problems is None or not isinstance(claims, (ExtractionTimeout, AbstractTooLong)):
                raise claims
            problems.append(_skipped(paper, claims))
            continue
        yield from paper_claim_rows(paper, claims)


def paper_claims(papers: Iterable[dict]) -> Iterator[tuple[dict, list[Claim] | Exception]]:
    """Each paper with its claims, or with the exception its extraction raised (AbstractTooLong
    for an abstract over ABSTRACT_LIMIT characters); read `pipeline.BATCH` papers at a time,
    stage by stage (`pipeline.read_batch`)."""
    papers = iter(papers)
    while batch := list(islice(papers, BATCH)):
        too_long = [_too_long(paper.get("abstract") or "") for paper in batch]
        readings = iter(read_batch([(paper.get("abstract") or "", paper.get("title"))
                                    for paper, problem in zip(batch, too_long) if problem is None]))
        for paper, problem in zip(batch, too_long):
            found = problem or next(readings)
            yield paper, found if isinstance(found, Exception) else found.claims


def _too_long(abstract: str) -> AbstractTooLong | None:
    try:
        check_length(abstract)
    except AbstractTooLong as exc:
        return exc
    return None


def paper_claim_rows(paper: dict, claims: list[Claim]) -> Iterator[dict]:
    """The claim records (`claim_rows`) of one paper's claims."""
    abstract = paper.get("abstract") or ""
    clip = _Clipper(abstract)
    methods = method_names([claim.method for claim in claims], paper.get("title"))
    for claim, method in zip(claims, methods):
        record = claim_record(claim)
        if len(claim.sentence) > SENTENCE_LIMIT:
            record["sentence"] = clip(claim)
        record.update(paper_id=paper.get("paper_id"), title=paper.get("title"),
                      source=paper.get("source"), method_name=method)
        record["platform"], record["hardware_class"] = platform_columns(claim.hardware, abstract)
        record["dataset_name"], record["dataset_variant"] = dataset_columns(claim.dataset)
        yield {column: record.get(column) for column in CLAIM_COLUMNS}


class _Clipper:
    """A claim's long sentence as the window of SENTENCE_LIMIT characters around its text.

    The claim's offsets are into the abstract; the sentence is a slice of it, found once per
    sentence (its claims come in text order), so clipping stays linear in the abstract."""

    def __init__(self, abstract: str):
        self._abstract = abstract
        self._starts: dict[int, int] = {}       # id of a sentence string -> its start in the abstract

    def __call__(self, claim: Claim) -> str:
        sentence = claim.sentence
        start = self._starts.get(id(sentence), -1)
        if not (0 <= start <= claim.start and claim.end <= start + len(sentence)):
            start = self._abstract.rfind(sentence, max(0, claim.end - len(sentence)),
                                         claim.start + len(sentence))
            self._starts[id(sentence)] = start
        if start >= 0:
            return clip_window(sentence, claim.start - start, claim.end - start)
        at = max(sentence.find(claim.text), 0)
        return clip_window(sentence, at, at + len(claim.text))


def clip_window(sentence: str, start: int, end: int, limit: int = SENTENCE_LIMIT) -> str:
    """At most `limit` characters of `sentence` around [start, end), cut at word boundaries and
    marked with "…" where cut.

    >>> clip_window("a " * 10 + "it is 5x faster" + " b" * 10, 26, 28, limit=16)
    '…it is 5x faster…'
    """
    if len(sentence) <= limit:
        return sentence
    room = max(limit - (end - start), 0)
    low = max(0, start - room // 2)
    high = min(len(sentence), max(end, low + limit))
    low = max(0, min(low, high - limit, start))
    if 0 < low and not sentence[low - 1].isspace():        # not inside a word
        space = sentence.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < len(sentence) and not sentence[high].isspace():
        space = sentence.rfind(" ", end, high)
        high = space if space >= 0 else high
    window = sentence[low:high].strip()
    return f"{_CUT if low > 0 else ''}{window}{_CUT if high < len(sentence) else ''}"


def platform_rows(papers: Iterable[dict], problems: list[Problem] | None = None) -> Iterator[dict]:
    """One record per distinct platform of each paper (CLAIMS_SPEC.md section 4), with its
    canonical name (empty where the mention is no platform: "inter-GPU", "GPU memory"); an
    abstract over ABSTRACT_LIMIT characters gives none (`claim_rows` reports it)."""
    for paper in papers:
        abstract = paper.get("abstract") or ""
        if len(abstract) > ABSTRACT_LIMIT:
            continue
        try:
            platforms = find_platforms(abstract)
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
    title = (paper.get("title") or "")[:60]
    named = f"paper {paper.get('paper_id')}" + (f' "{title}"' if title else "")
    return Problem(where, f"{named}: {exc}")


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
    """The rows of a papers table as records; a table built by hand (a notebook's own DataFrame
    of titles and abstracts) gets the paper_id `claims.read` would give, so its claims join back."""
    if not isinstance(papers, pd.DataFrame):
        raise ClaimsError(f"a papers DataFrame is needed (claims.read gives one), got "
                          f"{type(papers).__name__}; for one abstract, use claims.extract(text)")
    if "abstract" not in papers.columns:
        raise ClaimsError(f"the papers table has no abstract column "
                          f"(columns: {', '.join(map(str, papers.columns))})")
    for record in papers.to_dict("records"):
        record = {k: (None if _missing(v) else v) for k, v in record.items()}
        if record.get("paper_id") is None:
            record["paper_id"] = record.get("arxiv_id") or title_hash(
                known_by(str(record.get("title") or ""), str(record.get("abstract") or "")))
        yield record


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
