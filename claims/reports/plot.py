"""Gains per method as a horizontal bar chart on a log scale, to PNG or SVG (matplotlib, Agg).

Gains span four orders of magnitude (1.3x to 10,000x), so a linear axis would show one bar;
each bar is labelled with what it was measured against and on which hardware, because a gain
without its baseline is not a comparison.

SVG output is byte-stable across runs (a fixed `svg.hashsalt` and no date in the metadata), which
is why `write_bundle` uses it for the committed figure that a freshness test regenerates.
"""
from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..atomic import atomic_open
from ..errors import ClaimsError

__all__ = ["PLOT_SUFFIXES", "plot_gains"]

PLOT_SUFFIXES = (".png", ".svg")
_STABLE_SVG = {"svg.hashsalt": "claims", "svg.fonttype": "path"}


def plot_gains(frame: pd.DataFrame, path: str | os.PathLike | None = None, *,
               title: str = "Gains per method", limit: int = 40) -> Figure:
    """Draw the rows of `frame` that have a `gain` (largest first, at most `limit`) and write
    the chart to `path` (.png or .svg) when given. Returns the figure, so a notebook shows it.

    `frame` needs `gain` and `method`; `baseline`, `hardware`, `paper` and `derived` are used
    where present (a method-less claim is labelled by its paper).
    """
    if path is not None and Path(path).suffix.lower() not in PLOT_SUFFIXES:
        raise ClaimsError(f"{path}: a plot is written as .png or .svg")
    rows = frame[frame["gain"].notna()] if "gain" in frame else frame.iloc[0:0]
    total = len(rows)
    rows = rows.sort_values("gain", ascending=False, kind="stable").head(limit)
    figure = Figure(figsize=(10, 1.2 + 0.38 * max(len(rows), 1)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if rows.empty:
        axes.text(0.5, 0.5, "No claims with a gain", ha="center", va="center",
                  transform=axes.transAxes)
        axes.set_axis_off()
    else:
        _bars(axes, rows)
    shown = f" (largest {len(rows)} of {total})" if total > len(rows) else ""
    axes.set_title(title + shown)
    if path is not None:
        _save(figure, Path(path))
    return figure


def _bars(axes, rows: pd.DataFrame) -> None:
    gains = [float(g) for g in rows["gain"]]
    positions = list(range(len(rows)))[::-1]          # largest at the top
    axes.barh(positions, gains, color="#4c72b0", height=0.6)
    axes.set_xscale("log")
    axes.set_yticks(positions, [_method(row) for _, row in rows.iterrows()], fontsize=8)
    axes.set_xlabel("gain (x, log scale)")
    axes.set_xlim(min(1.0, min(gains)) * 0.8, max(gains) * 60)   # room for the labels
    for y, gain, (_, row) in zip(positions, gains, rows.iterrows()):
        axes.text(gain * 1.08, y, _label(gain, row), va="center", fontsize=7)


def _method(row: pd.Series) -> str:
    name = row.get("method")
    if pd.isna(name):
        paper = row.get("paper", row.get("title", ""))
        name = "" if pd.isna(paper) else str(paper).split(":")[0][:32]
    return str(name)


def _label(gain: float, row: pd.Series) -> str:
    derived = row.get("derived", pd.NA)
    parts = [f"{gain:.2f}".rstrip("0").rstrip(".") + "x"]
    if pd.notna(row.get("metric", pd.NA)):
        parts.append(str(row["metric"]).replace("_", " "))
    if pd.notna(derived) and bool(derived):
        parts.append("(from %)")
    if pd.notna(row.get("baseline", pd.NA)):
        parts.append(f"over {row['baseline']}")
    if pd.notna(row.get("hardware", pd.NA)):
        parts.append(f"on {row['hardware']}")
    return " ".join(parts)


def _save(figure: Figure, path: Path) -> None:
    fmt = path.suffix.lower().lstrip(".")
    with matplotlib.rc_context(_STABLE_SVG), atomic_open(path, "wb") as handle:
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(handle, format=fmt, metadata=metadata, dpi=120)
