"""The shared record types, and the closed vocabularies of CLAIMS_SPEC.md (from claims.spec).

Every stage imports from here; this module imports nothing else of the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The closed vocabularies live in patterns/spec.yaml (read by claims.spec); re-exported here,
# beside the record types that carry them.
from .spec import DIRECTIONS, EFFICIENCY_METRICS, HARDWARE_CLASSES, KINDS, METRICS, QUALIFIERS  # noqa: E402,F401

PAPER_COLUMNS = (
    "paper_id", "title", "authors", "date", "year", "category", "has_code", "org", "venue", "doi",
    "arxiv_id", "url", "bibtex_key", "source", "line", "abstract",
)
CLAIM_COLUMNS = (
    "paper_id", "title", "source", "metric", "metric_text", "kind", "direction", "value",
    "value_low", "unit", "qualifier", "baseline", "baseline_value", "dataset", "hardware",
    "method", "text", "start", "end", "sentence", "rule_ids", "si_value", "si_unit", "gain",
    # one name across papers, after extraction (claims/canonical.py; the surfaces above stay)
    "platform", "hardware_class", "dataset_name", "dataset_variant", "method_name",
)
PLATFORM_COLUMNS = ("paper_id", "title", "name", "class", "text", "start", "end", "canonical")


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from any input. `line` is where its record starts in `source` (1-based).

    `year` is the year of the first version where the input says so (an arXiv snapshot's first
    version, not its last update); `url` is the source URL where the input gives one.
    """

    title: str
    abstract: str
    paper_id: str = ""
    authors: str = ""
    date: str = ""
    year: int | None = None
    category: str = ""
    has_code: bool | None = None
    org: str = ""
    venue: str = ""
    doi: str = ""
    arxiv_id: str = ""
    url: str = ""
    bibtex_key: str = ""
    source: str = ""
    line: int | None = None
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantitative claim of an abstract, with the fields of CLAIMS_SPEC.md section 2.

    `start`/`end` are half-open offsets into the abstract as given, so
    `abstract[start:end] == text` always holds.
    """

    text: str
    value: float
    start: int
    end: int
    metric: str = "other"
    metric_text: str = ""
    kind: str = "absolute"
    direction: str | None = None
    value_low: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    baseline: str | None = None
    baseline_value: float | None = None
    dataset: str | None = None
    hardware: str | None = None
    method: str | None = None
    sentence: str = ""
    rule_ids: tuple[str, ...] = ()
    si_value: float | None = None
    si_unit: str | None = None
    gain: float | None = None


@dataclass(frozen=True, slots=True)
class Platform:
    """A hardware platform a paper targets or measures on (CLAIMS_SPEC.md section 4)."""

    name: str
    hw_class: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Problem:
    """A record or file that was skipped, for the run summary: `where` is `file:line` or `file`."""

    where: str
    message: str
    fatal: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(slots=True)
class ReadReport:
    """What a read run saw: records read and the problems met on the way."""

    read: int = 0
    problems: list[Problem] = field(default_factory=list)
    without_abstract: int = 0       # papers kept with a title but no abstract
    files: int = 0                  # files opened and read as papers (even if none was found)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if not p.fatal)
