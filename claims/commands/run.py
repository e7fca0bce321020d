"""`claims run [--out DIR]`: the main job on the bundled seed pages.

Reads the seeds shipped with the package, writes papers, claims and platforms tables plus the
reports, the explorer page and the figures to DIR (default `tables`), and prints a short summary.
"""
from __future__ import annotations

import argparse

import pandas as pd
from tabulate import tabulate

from . import EXIT_FAILED, EXIT_OK
from ..reports.bundle import write_bundle
from ..reports.present import short_title
from ..resources import seed_pages
from ..tables import load
from ._inputs import read_inputs
from .extract import write_tables

TOP = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run", help="extract the bundled seed pages into tables/ with reports",
        description="Run the main job on the bundled seed pages: write papers.csv, claims.csv, "
                    "platforms.csv, reports/ (with explorer.html) and figures/ to DIR and print "
                    "a summary.")
    parser.add_argument("--out", "-o", default="tables", metavar="DIR", help="output folder (default: tables)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    inputs = read_inputs([str(page) for page in seed_pages()])
    if not inputs.papers:
        return EXIT_FAILED
    counts = write_tables(inputs.table, args.out)
    tables = load(args.out)
    written = write_bundle(tables, args.out)
    print(summary(tables, counts, len(written), args.out))
    return EXIT_OK


def _text(value) -> str:
    return "" if pd.isna(value) else str(value)


def summary(tables, counts: dict[str, int], reports: int, out: str) -> str:
    claims = tables.claims
    lines = [f"{counts['papers']} papers, {counts['claims']} claims, {counts['platforms']} platforms "
             f"-> {out}/ ({reports} reports, explorer and figures)"]
    by_metric = claims["metric"].value_counts().head(8)
    lines.append("claims by metric: " + ", ".join(f"{m} {n}" for m, n in by_metric.items()))
    speedups = claims[(claims["metric"] == "speedup") & (claims["unit"] == "x")]
    speedups = speedups.sort_values("value", ascending=False).head(TOP)
    if len(speedups):
        rows = [(_text(r.method_name), f"{r.value:g}x", _text(r.baseline), _text(r.platform),
                 short_title(r.title))
                for r in speedups.itertuples()]
        lines.append("")
        lines.append("top speedups:")
        lines.append(tabulate(rows, headers=("method", "speedup", "over", "on", "paper"), tablefmt="simple"))
    return "\n".join(lines)
