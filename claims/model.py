"""The shared record types and the closed vocabularies of CLAIMS_SPEC.md.

Every stage imports from here; this module imports nothing of the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field

METRICS = (
    # efficiency
    "speedup", "latency", "training_time", "time", "throughput", "energy", "energy_efficiency",
    "power", "memory", "model_size", "compute", "area", "cost", "overhead",
    # quality
    "accuracy", "auc", "f1", "error", "success_rate", "psnr", "map", "bleu", "perplexity", "other",
)
EFFICIENCY_METRICS = METRICS[:14]
KINDS = ("absolute", "change", "ratio")
DIRECTIONS = ("increase", "decrease")
QUALIFIERS = ("up_to", "about", "at_least", "at_most", "more_than", "less_than", "average")
HARDWARE_CLASSES = ("gpu", "cpu", "fpga", "asic", "pim", "npu", "mobile", "edge", "mcu", "other")

PAPER_COLUMNS = (
    "paper_id", "title", "authors", "date", "year", "category", "has_code", "org", "source",
    "line", "abstract",
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
    """One paper as read from any input. `line` is where its record starts in `source` (1-based)."""

    title: str
    abstract: str
    paper_id: str = ""
    authors: str = ""
    date: str = ""
    year: int | None = None
    category: str = ""
    has_code: bool | None = None
    org: str = ""
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

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if not p.fatal)
