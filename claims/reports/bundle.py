"""The reports committed beside the tables: `out_dir/reports/` and `out_dir/figures/`.

Written by `claims run`; a freshness test regenerates them, so everything here is deterministic:
sorted inputs, no dates, figures as SVG (byte-stable, see `plot`). Written:
- `reports/leaderboard-<metric>.md` for each metric with at least `MIN_LEADERBOARD_CLAIMS` claims;
- `reports/speedups.md` and `reports/hardware.md`;
- `reports/explorer.html`, every claim in one offline page;
- `figures/gains-<family>.svg`, one figure per efficiency family with at least
  `MIN_FIGURE_CLAIMS` gains.
Reports and figures of metrics that fell below their threshold are removed, so the folders never
show a stale one.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..atomic import atomic_open
from ..model import METRICS
from ..tables import Tables
from .compose import Filters, build_report, gains_frame
from .explorer import explorer_page
from .formats import render
from .plot import families, plot_gains

__all__ = ["MIN_FIGURE_CLAIMS", "MIN_LEADERBOARD_CLAIMS", "write_bundle"]

MIN_LEADERBOARD_CLAIMS = 3
MIN_FIGURE_CLAIMS = 3
_COMMAND = "claims run"


def write_bundle(tables: Tables, out_dir: str | os.PathLike) -> list[Path]:
    """Write the reports, the explorer and the figures; return the paths written, in order."""
    reports, figures = Path(out_dir) / "reports", Path(out_dir) / "figures"
    counts = tables.claims["metric"].value_counts()
    metrics = [m for m in METRICS if counts.get(m, 0) >= MIN_LEADERBOARD_CLAIMS]
    written = []
    for metric in metrics:
        report = build_report("leaderboard", tables, filters=Filters(metric=metric),
                              command=_COMMAND)
        written.append(_write(reports / f"leaderboard-{metric}.md", render(report, "md")))
    for view in ("speedups", "hardware"):
        report = build_report(view, tables, command=_COMMAND)
        written.append(_write(reports / f"{view}.md", render(report, "md")))
    written.append(_write(reports / "explorer.html",
                          explorer_page(tables, command="claims run")))
    gains = gains_frame("speedups", tables)
    for family in families(gains):
        if int(gains["metric"].eq(family).sum()) < MIN_FIGURE_CLAIMS:
            continue
        figure = figures / f"gains-{family}.svg"
        plot_gains(gains, figure, metric=family)
        written.append(figure)
    keep = {p.name for p in written}
    for stale in [*sorted(reports.glob("leaderboard-*.md")), *sorted(figures.glob("*.svg"))]:
        if stale.name not in keep:
            stale.unlink()
    return written


def _write(path: Path, text: str) -> Path:
    with atomic_open(path) as handle:
        handle.write(text)
    return path
