"""From typed tables and the user's choices to a `Report`: the view, its filters, its sections.

Filters apply to the claims before any view: `metric`, `dataset` and `hardware` (a platform name
or a class). The leaderboard is the exception for metric and dataset: it takes them itself, so
the claims of the metric on other datasets are listed apart with their reason instead of
vanishing.
"""
from __future__ import annotations

import pandas as pd

from ..errors import ClaimsError
from ..model import HARDWARE_CLASSES
from ..tables import Tables
from . import views
from .formats import Report, Section

__all__ = ["VIEWS", "build_report", "gains_frame"]

VIEWS = ("leaderboard", "speedups", "matrix", "paper", "hardware")
_CLASS_HEADINGS = {"gpu": "GPU", "cpu": "CPU", "fpga": "FPGA", "asic": "ASIC",
                   "pim": "Processing in memory", "npu": "NPU", "mobile": "Mobile", "edge": "Edge",
                   "mcu": "Microcontroller", "other": "Other hardware"}


def build_report(view: str, tables: Tables, *, metric: str | None = None,
                 dataset: str | None = None, hardware: str | None = None,
                 paper: str | None = None, command: str = "") -> Report:
    """The report of one view over `tables`; `command` is the line that generated it."""
    if view not in VIEWS:
        raise ClaimsError(f"unknown view {view!r}; valid: {', '.join(VIEWS)}")
    claims = views.filter_claims(tables.claims, hardware=hardware, platforms=tables.platforms)
    if view != "leaderboard":
        claims = views.filter_claims(claims, metric=metric, dataset=dataset)
    where = "".join([f" on {dataset}" if dataset else "", f" on {hardware}" if hardware else ""])
    if view == "leaderboard":
        return _leaderboard(claims, tables, metric or "speedup", dataset, where, command)
    if view == "speedups":
        return _speedups(claims, tables, metric, where, command)
    if view == "matrix":
        frame = views.matrix(claims, metric)
        title = (f"Methods by dataset: {metric}" if metric else "Methods by metric family") + where
        note = ("Best absolute value per method and column, in the column's most common unit.",)
        return Report(title, frame, (Section("Best values", frame, note + _notes(frame)),),
                      command=command)
    if view == "paper":
        if not paper:
            raise ClaimsError("the paper view needs --paper PAPER_ID_OR_TITLE")
        frame = views.paper_card(claims, paper, papers=tables.papers, platforms=tables.platforms)
        card = dict(frame.attrs["card"])
        title = card.pop("title")
        return Report(title, frame, (Section("Claims", frame, _notes(frame)),),
                      facts=tuple(card.items()), command=command)
    return _hardware(claims, tables, hardware, command)


def gains_frame(view: str, tables: Tables, *, metric: str | None = None,
                dataset: str | None = None, hardware: str | None = None,
                paper: str | None = None) -> pd.DataFrame:
    """The claims a view covers that have a gain, for `plot.plot_gains`: the leaderboard's
    ranked rows, the paper's claims, or (for the other views) the speedups of the filtered
    claims."""
    claims = views.filter_claims(tables.claims, hardware=hardware, platforms=tables.platforms)
    if view == "leaderboard":
        frame = views.leaderboard(claims, metric or "speedup", dataset, papers=tables.papers)
        return frame[frame["rank"].notna()]
    claims = views.filter_claims(claims, metric=metric, dataset=dataset)
    if view == "paper" and paper:
        return views.paper_card(claims, paper, papers=tables.papers)
    return views.speedups(claims, tables.platforms, papers=tables.papers)


def _notes(frame: pd.DataFrame) -> tuple[str, ...]:
    return tuple(frame.attrs.get("notes", ()))


def _leaderboard(claims, tables, metric, dataset, where, command) -> Report:
    frame = views.leaderboard(claims, metric, dataset, papers=tables.papers)
    ranked = frame[frame["rank"].notna()].drop(columns="excluded_reason")
    sections = [Section("Ranked", ranked, _notes(frame))]
    excluded = frame[frame["rank"].isna()]
    if len(excluded):
        sections.append(Section("Not comparable", excluded.drop(columns="rank"),
                                ("Claims of the metric that cannot be ranked with the rows above, "
                                 "and why.",)))
    return Report(f"Leaderboard: {metric}{where}", frame, tuple(sections), command=command)


def _speedups(claims, tables, metric, where, command) -> Report:
    frame = views.speedups(claims, tables.platforms, papers=tables.papers)
    title = f"Speedups and efficiency gains{f': {metric}' if metric else ''}{where}"
    lead = ("Gains on one scale (new over old, higher is better); derived = read from a "
            "percentage.",)
    if frame.empty:
        return Report(title, frame, (Section("Gains", frame, lead + _notes(frame)),),
                      command=command)
    sections = []
    for cls in (*HARDWARE_CLASSES, None):
        part = frame[frame["hardware_class"].isna()] if cls is None \
            else frame[frame["hardware_class"].eq(cls).fillna(False)]
        if len(part):
            heading = _CLASS_HEADINGS[cls] if cls else "No platform named"
            sections.append(Section(heading, part.drop(columns="hardware_class"),
                                    lead if not sections else ()))
    return Report(title, frame, tuple(sections), command=command)


def _hardware(claims, tables, hardware, command) -> Report:
    platforms = tables.platforms
    if hardware:
        wanted = hardware.lower()
        names = platforms["name"].str.lower().str.contains(wanted, regex=False).fillna(False)
        platforms = platforms[names | platforms["class"].eq(wanted).fillna(False)]
    classes = views.hardware_classes(claims, platforms)
    frame = views.hardware_view(claims, platforms)
    lead = ("Claims measured on each platform (its paper's claims naming it) and the largest "
            "gain among them.",)
    sections = (Section("Classes", classes, lead + _notes(classes)),
                Section("Platforms", frame, _notes(frame)))
    title = f"Hardware platforms{f' matching {hardware}' if hardware else ''}"
    return Report(title, frame, sections, command=command)
