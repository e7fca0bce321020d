"""Gains per method as horizontal bars on a log scale, one metric family per figure, to PNG,
SVG or PDF (matplotlib, Agg), and shown inline in a notebook.

A speedup and an energy saving are different things, so a figure draws one family; `plot_files`
writes one file per family. Bars start at 1× (no change) and are labelled by method; beside each
bar stands its gain with what it was measured against and on which platform, because a gain
without its baseline is no comparison. The log axis, its line and its ticks span the data; the
plot is widened beyond it until no label runs past its edge. A claim without a method is
labelled, in italics, by its paper's short title.

SVG and PDF output are byte-stable across runs (a fixed `svg.hashsalt`, no dates), which is why
the committed figures of `write_bundle` are SVG.
"""
from __future__ import annotations

import io
import math
import os
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

from ..atomic import atomic_open
from ..errors import ClaimsError
from ..model import METRICS
from .present import readable, short_title, sig3, value_text

__all__ = ["GainsFigure", "PLOT_SUFFIXES", "families", "plot_files", "plot_gains"]

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
_STABLE = {"svg.hashsalt": "claims", "svg.fonttype": "path", "pdf.compression": 6}
_METADATA = {"png": {"Software": None}, "svg": {"Date": None},
             "pdf": {"CreationDate": None, "ModDate": None, "Producer": None}}
_LABEL_CHARS = 30
_BAR = "#4c72b0"
_DERIVED = "#8fa8d1"


class GainsFigure(Figure):
    """A matplotlib Figure that a notebook shows inline (PNG, or SVG where preferred)."""

    def _image(self, fmt: str) -> bytes:
        handle = io.BytesIO()
        with matplotlib.rc_context(_STABLE):
            self.savefig(handle, format=fmt, metadata=_METADATA[fmt], dpi=110)
        return handle.getvalue()

    def _repr_png_(self) -> bytes:
        return self._image("png")

    def _repr_svg_(self) -> str:
        return self._image("svg").decode("utf-8")


def families(frame: pd.DataFrame) -> list[str]:
    """The metric families of `frame`'s rows with a gain, most claims first (speedup first on a
    tie, then the spec's order)."""
    if "gain" not in frame or "metric" not in frame:
        return []
    counts = frame.loc[frame["gain"].notna(), "metric"].value_counts()
    order = {m: i for i, m in enumerate(METRICS)}
    return sorted(counts.index, key=lambda m: (-counts[m], m != "speedup", order.get(m, 99)))


def plot_gains(frame: pd.DataFrame, path: str | os.PathLike | None = None, *,
               metric: str | None = None, title: str | None = None,
               limit: int = 40) -> GainsFigure:
    """Draw the gains of one metric family of `frame` (largest first, at most `limit`) and write
    the chart to `path` (.png, .svg or .pdf) when given. Returns the figure, which a notebook
    shows inline.

    `frame` needs `gain` and `metric`; `method_name`/`method`, `baseline`, `platform` (or
    `hardware`), `paper` and the value's columns are used where present. `metric` picks the
    family; by default the frame's only one, else its most common (see `families`).
    """
    if path is not None and Path(path).suffix.lower() not in PLOT_SUFFIXES:
        raise ClaimsError(f"{path}: a plot is written as .png, .svg or .pdf")
    present = families(frame)
    family = metric or (present[0] if present else None)
    if metric is not None and metric not in METRICS:
        raise ClaimsError(f"unknown metric {metric!r}; valid: {', '.join(METRICS)}")
    rows = frame.iloc[0:0]
    if family is not None and "gain" in frame:
        rows = frame[frame["gain"].notna() & frame["metric"].eq(family).fillna(False)]
    total = len(rows)
    rows = rows.sort_values("gain", ascending=False, kind="stable").head(limit)
    figure = GainsFigure(figsize=(10, 1.3 + 0.36 * max(len(rows), 2)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    name = (family or "gain").replace("_", " ")
    heading = title or f"{name[:1].upper()}{name[1:]}: gain per method"
    if total > len(rows):
        heading += f" (largest {len(rows)} of {total})"
    axes.set_title(heading, loc="left", fontsize=11)
    if rows.empty:
        axes.text(0.5, 0.5, f"No {name} claims with a gain", ha="center", va="center",
                  transform=axes.transAxes)
        axes.set_axis_off()
    else:
        _bars(figure, axes, rows, name)
    if path is not None:
        save(figure, Path(path))
    return figure


def plot_files(frame: pd.DataFrame, path: str | os.PathLike, *, title: str | None = None,
               metric: str | None = None) -> list[Path]:
    """Write one chart per metric family of `frame` (or of `metric` alone): `path` itself when
    there is one family, else `path`'s stem with the family appended ("gains-speedup.png")."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ClaimsError(f"{path}: a plot is written as .png, .svg or .pdf")
    chosen = [metric] if metric else families(frame) or [None]
    written = []
    for family in chosen:
        target = path if len(chosen) == 1 else path.with_name(f"{path.stem}-{family}{path.suffix}")
        label = f"{title}: {family.replace('_', ' ')}" if title and family and len(chosen) > 1 else title
        plot_gains(frame, target, metric=family, title=label)
        written.append(target)
    return written


def _text(row: pd.Series, *names: str):
    for name in names:
        value = row.get(name)
        if value is not None and not pd.isna(value):
            return value
    return None


def _method(row: pd.Series) -> tuple[str, bool]:
    """The bar's label: its method, else (in italics) its paper's short title."""
    name = _text(row, "method_name", "method")
    named = name is not None
    name = readable(name) if named else short_title(_text(row, "paper", "title"), 28)
    return (name if len(name) <= _LABEL_CHARS else name[:_LABEL_CHARS - 1].rstrip() + "…"), named


def _label(row: pd.Series) -> str:
    parts = [f"{sig3(row['gain'])}×"]
    if row.get("unit") == "%":
        stated = value_text(row.get("value"), row.get("value_low"), "%", row.get("kind"),
                            row.get("direction"), None)
        parts.append(f"(from {stated})")
    baseline = _text(row, "baseline")
    if baseline is not None:
        parts.append(f"over {short_title(readable(baseline), 40)}")
    platform = _text(row, "platform", "hardware")
    if platform is not None:
        parts.append(f"on {platform}{'†' if _inferred(row) else ''}")
    return " ".join(parts)


def _inferred(row: pd.Series) -> bool:
    flag = row.get("platform_from_paper")
    return flag is not None and not pd.isna(flag) and bool(flag)


def _bars(figure: Figure, axes, rows: pd.DataFrame, family: str) -> None:
    gains = [float(g) for g in rows["gain"]]
    positions = list(range(len(rows)))[::-1]          # largest at the top
    derived = [row.get("unit") == "%" for _, row in rows.iterrows()]
    lefts = [min(g, 1.0) for g in gains]
    widths = [abs(g - 1.0) for g in gains]
    axes.barh(positions, widths, left=lefts, height=0.62,
              color=[_DERIVED if d else _BAR for d in derived])
    axes.axvline(1.0, color="#555", linewidth=0.8)
    axes.set_xscale("log")
    methods = [_method(row) for _, row in rows.iterrows()]
    axes.set_yticks(positions, [name for name, _ in methods], fontsize=8.5)
    for tick, (_, named) in zip(axes.get_yticklabels(), methods):
        if not named:
            tick.set_fontstyle("italic")
    axes.set_ylim(-0.7, len(rows) - 0.3)
    axes.xaxis.set_minor_formatter(NullFormatter())
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:g}×"))
    notes = ["×, log scale", "1× = no change"]
    if any(derived):
        notes.append("light bars read from a percentage")
    if any(_inferred(row) for _, row in rows.iterrows()):
        notes.append("† platform from the paper's list")
    axes.set_xlabel(f"{family} gain ({'; '.join(notes)})", fontsize=9)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    low = min(min(gains), 1.0) / 1.6
    high = max(max(gains), 1.0) * 1.6
    axes.set_xlim(low, high)
    # The axis and its ticks span the data; the room the labels take beyond it stays blank.
    ticks = [10.0 ** k for k in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
             if low <= 10.0 ** k <= high]
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    minor = [m * 10.0 ** k for k in range(math.floor(math.log10(low)), math.ceil(math.log10(high)))
             for m in range(2, 10) if low <= m * 10.0 ** k <= high]
    axes.xaxis.set_minor_locator(FixedLocator(minor))
    axes.spines["bottom"].set_bounds(low, high)
    labels = [axes.text(gain * 1.06 if gain >= 1 else 1.06, y, _label(row), va="center",
                        fontsize=7.5, clip_on=False)
              for y, gain, (_, row) in zip(positions, gains, rows.iterrows())]
    _fit_labels(figure, axes, labels, low)


def _fit_labels(figure: Figure, axes, labels, low: float) -> None:
    """Widen the log axis until every label ends inside it (the layout moves as it widens, so
    measure again)."""
    for _ in range(6):
        figure.canvas.draw()
        box = axes.get_window_extent()
        overrun = max(label.get_window_extent().x1 for label in labels) - box.x1
        if overrun <= 0:
            return
        _, high = axes.get_xlim()
        decades = math.log10(high / low)
        extra = decades * (overrun + 6) / max(box.width - overrun, box.width * 0.2)
        axes.set_xlim(low, high * 10 ** extra)


def save(figure: Figure, path: Path) -> None:
    fmt = path.suffix.lower().lstrip(".")
    with matplotlib.rc_context(_STABLE), atomic_open(path, "wb") as handle:
        figure.savefig(handle, format=fmt, metadata=_METADATA[fmt], dpi=120)
