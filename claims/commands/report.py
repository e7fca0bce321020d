"""`claims report TABLES_DIR --view VIEW`: compare methods across papers from a tables directory."""
from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from ..atomic import atomic_open
from ..model import METRICS
from ..reports.compose import VIEWS, build_report, gains_frame
from ..reports.formats import FORMATS, render
from ..reports.plot import PLOT_SUFFIXES, plot_gains
from ..tables import load
from ._filters import check_filters

EXIT_USAGE = 2          # as claims.cli: a usage error found after parsing still exits 2
_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".txt": "text", ".csv": "csv", ".tex": "latex",
                   ".html": "html", ".htm": "html", ".json": "json"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="compare methods across papers: leaderboards, speedups, matrices, cards",
        description="Compare the claims of a tables directory (claims.csv, papers.csv, "
                    "platforms.csv) across papers, in Markdown, text, CSV, LaTeX, HTML or JSON.",
    )
    parser.add_argument("tables_dir", metavar="TABLES_DIR", help="folder holding claims.csv")
    parser.add_argument("--view", required=True, choices=VIEWS, help="which comparison")
    parser.add_argument("--metric", choices=METRICS, metavar="METRIC",
                        help=f"metric family (leaderboard default: speedup); one of "
                             f"{', '.join(METRICS)}")
    parser.add_argument("--dataset", help="only claims on this dataset (case and punctuation "
                                          "ignored)")
    parser.add_argument("--hardware", help="only claims on hardware whose name holds this, or "
                                           "of this class (gpu, fpga, edge, ...)")
    parser.add_argument("--paper", metavar="ID_OR_TITLE", help="the paper of --view paper")
    parser.add_argument("--format", choices=FORMATS,
                        help="output format (default: from the -o suffix, else md)")
    parser.add_argument("--plot", metavar="FILE",
                        help="also draw the gains as a chart (.png or .svg)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.set_defaults(func=lambda args: _run(args, parser))


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"{parser.format_usage().rstrip()}\nclaims report: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    tables = load(args.tables_dir)
    for skipped in tables.problems:
        print(f"claims: warning: {skipped}", file=sys.stderr)
    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.output or "").suffix.lower(), "md")
    options = dict(metric=args.metric, dataset=args.dataset, hardware=args.hardware,
                   paper=args.paper)
    check_filters(args.view, tables, args.tables_dir, **options)
    report = build_report(args.view, tables, command=_command(args), **options)
    text = render(report, fmt)
    if args.plot:
        plot_gains(gains_frame(args.view, tables, **options), args.plot, title=report.title)
    if args.output:
        with atomic_open(args.output) as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


def _usage_problem(args: argparse.Namespace) -> str:
    if args.view == "paper" and not args.paper:
        return "--view paper needs --paper ID_OR_TITLE"
    if args.plot and Path(args.plot).suffix.lower() not in PLOT_SUFFIXES:
        return f"--plot {args.plot}: the chart is written as .png or .svg"
    return ""


def _command(args: argparse.Namespace) -> str:
    """The command that made the output, without where it went (-o, --plot): the note stays
    the same wherever the file is written."""
    words = ["claims", "report", args.tables_dir, "--view", args.view]
    for option in ("metric", "dataset", "hardware", "paper", "format"):
        if getattr(args, option):
            words += [f"--{option}", getattr(args, option)]
    return shlex.join(words)

