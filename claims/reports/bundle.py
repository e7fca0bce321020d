"""The reports committed beside the tables: `out_dir/reports/*.md` and `out_dir/figures/`.

Written by `claims run`; a freshness test regenerates them, so everything here is deterministic:
sorted inputs, no dates, and the figure as SVG (byte-stable, see `plot`). A leaderboard is
written for each metric with at least `MIN_LEADERBOARD_CLAIMS` claims; leaderboards of metrics
that fell below it are removed so the folder never shows a stale one.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..atomic import atomic_open
from ..model import METRICS
from ..tables import Tables
from .compose import build_report, gains_frame
from .formats import render
from .plot import plot_gains

__all__ = ["MIN_LEADERBOARD_CLAIMS", "write_bundle"]

MIN_LEADERBOARD_CLAIMS = 3
_COMMAND = "claims run"


def write_bundle(tables: Tables, out_dir: str | os.PathLike) -> list[Path]:
    """Write the Markdown reports and the gains figure; return the paths written, in order."""
    reports, figures = Path(out_dir) / "reports", Path(out_dir) / "figures"
    counts = tables.claims["metric"].value_counts()
    metrics = [m for m in METRICS if counts.get(m, 0) >= MIN_LEADERBOARD_CLAIMS]
    written = []
    for metric in metrics:
        report = build_report("leaderboard", tables, metric=metric, command=_COMMAND)
        written.append(_write(reports / f"leaderboard-{metric}.md", render(report, "md")))
    for view in ("speedups", "hardware"):
        report = build_report(view, tables, command=_COMMAND)
        written.append(_write(reports / f"{view}.md", render(report, "md")))
    figure = figures / "speedups.svg"
    plot_gains(gains_frame("speedups", tables), figure, title="Efficiency gains per method")
    written.append(figure)
    keep = {p.name for p in written}
    for stale in sorted(reports.glob("leaderboard-*.md")):
        if stale.name not in keep:
            stale.unlink()
    return written


def _write(path: Path, text: str) -> Path:
    with atomic_open(path) as handle:
        handle.write(text)
    return path
