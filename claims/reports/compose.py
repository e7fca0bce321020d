"""From typed tables and the user's choices to a `Report`: the view, its filters, its sections.

Filters apply to the claims before any view (`Filters`: metric, dataset, hardware, platform,
year, min_gain). Each section shows the view's default display columns, paste-ready (a method, a
value with its unit and qualifier, the metric as written, the dataset, the platform, the
baseline, the paper with its year and link); `columns` chooses others (any of
`claims.reports.present.DISPLAY` or of the view's own columns) and `top` keeps each table's first
rows. The report's data frame (csv, tsv, json) holds every column of the rows shown, or only
the chosen columns as shown.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import ClaimsError
from ..model import HARDWARE_CLASSES
from ..tables import Tables
from . import views
from .formats import Report, Section
from .present import DISPLAY, Link, cells

__all__ = ["DEFAULT_COLUMNS", "VIEWS", "Filters", "build_report", "filtered", "gains_frame"]

VIEWS = ("leaderboard", "speedups", "matrix", "paper", "hardware", "explorer")
CLASS_HEADINGS = {"gpu": "GPU", "cpu": "CPU", "fpga": "FPGA", "asic": "ASIC",
                  "pim": "Processing in memory", "npu": "NPU", "mobile": "Mobile", "edge": "Edge",
                  "mcu": "Microcontroller", "other": "Other hardware"}
DEFAULT_COLUMNS = {
    "leaderboard": ("rank", "method", "value", "metric", "dataset", "platform", "baseline", "paper"),
    "not comparable": ("method", "value", "metric", "dataset", "platform", "paper", "reason"),
    "speedups": ("platform", "method", "gain", "value", "metric", "baseline", "paper"),
    "paper": ("family", "value", "metric", "dataset", "platform", "baseline", "method", "text"),
}
_INFERRED = "† platform from the paper's platform list (the claim's own sentence names none)."


@dataclass(frozen=True)
class Filters:
    """What the claims of a report are restricted to (see `views.filter_claims`)."""

    metric: str | None = None
    dataset: str | None = None
    hardware: str | None = None
    platform: str | None = None
    year: tuple[int | None, int | None] | None = None
    min_gain: float | None = None

    def words(self) -> str:
        parts = [f" on {self.dataset}" if self.dataset else "",
                 f" on {self.hardware}" if self.hardware else "",
                 f" on {self.platform}" if self.platform else "",
                 f", {_years(self.year)}" if self.year else "",
                 f", gain ≥ {self.min_gain:g}×" if self.min_gain is not None else ""]
        return "".join(parts)

    @property
    def hardware_class(self) -> str | None:
        wanted = (self.hardware or "").strip().lower()
        return wanted if wanted in HARDWARE_CLASSES else None


def _years(year) -> str:
    first, last = year
    if first == last:
        return str(first)
    return f"{first or ''}–{last or ''}"


def filtered(tables: Tables, filters: Filters, *, metric: bool = True) -> pd.DataFrame:
    """The claims of `tables` that pass `filters` (the metric too, unless `metric` is False)."""
    return views.filter_claims(
        tables.claims, metric=filters.metric if metric else None, dataset=filters.dataset,
        hardware=filters.hardware, platform=filters.platform, platforms=tables.platforms,
        papers=tables.papers, year=filters.year, min_gain=filters.min_gain)


def build_report(view: str, tables: Tables, *, filters: Filters = Filters(),
                 paper: str | None = None, columns: tuple[str, ...] | None = None,
                 top: int | None = None, command: str = "") -> Report:
    """The report of one view over `tables`; `command` is the line that generated it."""
    if view not in VIEWS or view == "explorer":
        valid = ", ".join(v for v in VIEWS if v != "explorer")
        raise ClaimsError(f"unknown view {view!r} for a report; valid: {valid} "
                          "(the explorer is a page of its own: claims.reports.explorer)")
    if top is not None and top < 1:
        raise ClaimsError(f"top must be 1 or more, not {top}")
    where = filters.words()
    if view == "leaderboard":
        title, sections = _leaderboard(tables, filters, where)
    elif view == "speedups":
        title, sections = _speedups(tables, filters, where)
    elif view == "matrix":
        frame = views.matrix(filtered(tables, filters), filters.metric)
        title = (f"Methods by dataset: {filters.metric}" if filters.metric
                 else "Methods by metric family") + where
        note = ("Best absolute value per method and column, in the column's most common unit.",)
        sections = [Section("Best values", frame, note + _notes(frame))]
    elif view == "paper":
        if not paper:
            raise ClaimsError("the paper view needs --paper PAPER_ID_OR_TITLE")
        frame = views.paper_card(filtered(tables, filters), paper, papers=tables.papers,
                                 platforms=tables.platforms)
        card = dict(frame.attrs["card"])
        title = card.pop("title")
        sections = [Section("Claims", frame, _notes(frame) + _inferred(frame),
                            DEFAULT_COLUMNS["paper"])]
        return _finish(Report(title, frame, (), tuple(card.items()), command), sections,
                       columns, top)
    else:
        title, sections = _hardware(tables, filters)
        # its data is the platforms, one row each (the classes sum them up)
        return _finish(Report(title, pd.DataFrame(), (), (), command), sections, columns, top,
                       data_from=sections[-1:])
    return _finish(Report(title, pd.DataFrame(), (), (), command), sections, columns, top)


def _finish(report: Report, sections: list[Section], columns, top,
            data_from: list[Section] | None = None) -> Report:
    """The report with its sections' columns and rows chosen, and its data frame: the rows of
    `data_from` (default: every section, which share their columns), as shown when columns
    were chosen."""
    if columns is not None:
        _check_columns(columns, sections)
    chosen = {id(s): Section(s.heading, s.frame.head(top) if top else s.frame, s.notes,
                             columns if columns is not None else s.columns, s.caption)
              for s in sections}
    data_sections = [chosen[id(s)] for s in (sections if data_from is None else data_from)]
    if columns is not None:
        parts = [_shown(s) for s in data_sections]
    else:
        parts = [s.frame for s in data_sections if len(s.frame.columns)]
    data = pd.concat(parts, ignore_index=True) if parts else report.frame
    return Report(report.title, data, tuple(chosen[id(s)] for s in sections), report.facts,
                  report.command)


def _shown(section: Section) -> pd.DataFrame:
    """A section's chosen columns as shown, for data formats (a paper's link in `url`)."""
    rows = cells(section.frame, section.shown)
    out = pd.DataFrame([[str(c) if isinstance(c, Link) else c for c in row] for row in rows],
                       columns=list(section.shown))
    if "paper" in section.shown and "url" not in section.shown:
        out["url"] = [next((c.url for c in row if isinstance(c, Link)), None) for row in rows]
    return out


def _check_columns(columns: tuple[str, ...], sections: list[Section]) -> None:
    known = set(DISPLAY) | {c for s in sections for c in s.frame.columns if not c.startswith("_")}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ClaimsError(f"unknown column{'s' * (len(unknown) > 1)} {', '.join(unknown)}; "
                          f"valid: {', '.join(sorted(known))}")


def _notes(frame: pd.DataFrame) -> tuple[str, ...]:
    return tuple(frame.attrs.get("notes", ()))


def _inferred(frame: pd.DataFrame) -> tuple[str, ...]:
    marked = "platform_from_paper" in frame and frame["platform_from_paper"].fillna(False).any()
    return (_INFERRED,) if marked else ()


def _leaderboard(tables, filters, where):
    metric = filters.metric or "speedup"
    claims = filtered(tables, filters, metric=False)
    ranked = views.leaderboard(claims, metric, papers=tables.papers, platforms=tables.platforms)
    excluded = views.not_comparable(claims, metric, papers=tables.papers,
                                    platforms=tables.platforms)
    sections = []
    for board, part in ranked.groupby("board", sort=False):
        heading, _, how = str(board).partition(": ")
        sections.append(Section(heading, part.reset_index(drop=True),
                                (f"Ranked: {how}.",) + _inferred(part),
                                DEFAULT_COLUMNS["leaderboard"], caption=f"Leaderboard of {heading}"))
    if not sections:
        sections.append(Section("Ranked", ranked, _notes(ranked), DEFAULT_COLUMNS["leaderboard"]))
    if len(excluded):
        sections.append(Section("Not comparable", excluded,
                                ("Claims of the metric that no board above can rank, and why.",),
                                DEFAULT_COLUMNS["not comparable"],
                                caption=f"{metric.replace('_', ' ')} claims not comparable"))
    return f"Leaderboard: {metric}{where}", sections


def _speedups(tables, filters, where):
    claims = filtered(tables, filters)
    frame = views.speedups(claims, tables.platforms, papers=tables.papers,
                           hardware_class=filters.hardware_class)
    title = f"Speedups and efficiency gains{f': {filters.metric}' if filters.metric else ''}{where}"
    lead = ("Gains on one scale (new over old, higher is better); a gain read from a percentage "
            "shows the percentage as its value.",) + _inferred(frame)
    columns = DEFAULT_COLUMNS["speedups"]
    if frame.empty:
        return title, [Section("Gains", frame, lead + _notes(frame), columns)]
    sections = []
    for cls in (*HARDWARE_CLASSES, None):
        part = frame[frame["hardware_class"].isna()] if cls is None \
            else frame[frame["hardware_class"].eq(cls).fillna(False)]
        if len(part):
            heading = CLASS_HEADINGS[cls] if cls else "No platform named"
            sections.append(Section(heading, part.reset_index(drop=True),
                                    lead if not sections else (), columns))
    return title, sections


def _hardware(tables, filters):
    platforms = tables.platforms
    if filters.hardware:
        wanted = filters.hardware.strip().lower()
        names = views.matching(platforms["canonical"], lambda n: views.norm(wanted) in views.norm(n))
        platforms = platforms[names | platforms["class"].eq(wanted).fillna(False)]
    claims = filtered(tables, Filters(metric=filters.metric, dataset=filters.dataset,
                                      year=filters.year, min_gain=filters.min_gain))
    classes = views.hardware_classes(claims, platforms)
    frame = views.hardware_view(claims, platforms)
    lead = ("Papers naming each platform, the claims measured on it (its paper's claims naming "
            "it, or the claims of a paper naming only it), and the largest gain among them.",)
    sections = [Section("Classes", classes, lead + _notes(classes)),
                Section("Platforms", frame, _notes(frame))]
    title = f"Hardware platforms{f' matching {filters.hardware}' if filters.hardware else ''}"
    return title, sections


def gains_frame(view: str, tables: Tables, *, filters: Filters = Filters(),
                paper: str | None = None) -> pd.DataFrame:
    """The claims a view covers that have a gain, for `plot.plot_gains`: the leaderboard's
    ranked rows, the paper's claims, or (for the other views) the speedups of the filtered
    claims."""
    if view == "leaderboard":
        claims = filtered(tables, filters, metric=False)
        return views.leaderboard(claims, filters.metric or "speedup", papers=tables.papers,
                                 platforms=tables.platforms)
    claims = filtered(tables, filters)
    if view == "paper" and paper:
        return views.paper_card(claims, paper, papers=tables.papers, platforms=tables.platforms)
    return views.speedups(claims, tables.platforms, papers=tables.papers,
                          hardware_class=filters.hardware_class)
