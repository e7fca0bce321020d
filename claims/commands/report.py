"""`claims report TABLES_DIR --view VIEW`: compare methods across papers from a tables directory."""
from __future__ import annotations

import argparse
import re
import shlex
import sys
from pathlib import Path

from ..atomic import atomic_open
from ..errors import ClaimsError
from ..model import METRICS
from ..reports.compose import VIEWS, Filters, build_report, gains_frame
from ..reports.explorer import explorer_page
from ..reports.formats import BINARY_FORMATS, FORMATS, render
from ..reports.plot import PLOT_SUFFIXES, plot_files
from ..reports.present import DISPLAY
from ..tables import load
from . import COMMANDS
from ._filters import check_filters

EXIT_USAGE = 2          # as claims.cli: a usage error found after parsing still exits 2
SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".txt": "text", ".csv": "csv", ".tsv": "tsv",
                  ".tex": "latex", ".html": "html", ".htm": "html", ".json": "json",
                  ".xlsx": "xlsx"}
_YEARS = re.compile(r"^\s*(\d{4})?\s*(?:([-:–])\s*(\d{4})?)?\s*$")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help=COMMANDS["report"],
        description="Compare the claims of a tables directory (claims.csv, papers.csv, "
                    "platforms.csv) across papers, in Markdown, text, LaTeX, HTML, CSV, TSV, "
                    "JSON or Excel, or browse them all in one offline page (--view explorer).",
    )
    parser.add_argument("tables_dir", metavar="TABLES_DIR", help="folder holding claims.csv")
    parser.add_argument("--view", required=True, choices=VIEWS, help="which comparison")
    parser.add_argument("--metric", choices=METRICS, metavar="METRIC",
                        help=f"metric family (leaderboard default: speedup); one of "
                             f"{', '.join(METRICS)}")
    parser.add_argument("--dataset", help="only claims on this dataset (its canonical name or "
                                          "as written; case and punctuation ignored)")
    parser.add_argument("--hardware", help="only claims of this platform class (gpu, fpga, "
                                           "edge, ...) or on a platform whose name holds this")
    parser.add_argument("--platform", help="only claims on a platform whose canonical name "
                                           "holds this (V100 -> NVIDIA V100)")
    parser.add_argument("--year", type=_years, metavar="YEAR[-YEAR]",
                        help="only papers of this year or range (2024, 2021-2023, 2022-)")
    parser.add_argument("--min-gain", type=_positive, metavar="X",
                        help="only claims with a gain of at least X (e.g. 2 for 2x)")
    parser.add_argument("--paper", metavar="ID_OR_TITLE", help="the paper of --view paper")
    parser.add_argument("--columns", type=_columns, metavar="A,B,...",
                        help=f"columns to show, in order; e.g. {', '.join(list(DISPLAY)[:8])}, "
                             "or any column of the view")
    parser.add_argument("--top", type=_top, metavar="N", help="only the first N rows of each table")
    parser.add_argument("--format", choices=FORMATS,
                        help="output format (default: from the -o suffix, else md)")
    parser.add_argument("--plot", metavar="FILE",
                        help="also draw the gains, one chart per metric family (.png, .svg, .pdf)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.set_defaults(func=lambda args: _run(args, parser))


def _years(text: str) -> tuple[int | None, int | None]:
    match = _YEARS.match(text)
    if not match or not (match.group(1) or match.group(3)):
        raise argparse.ArgumentTypeError(f"not a year or range of years: {text!r} "
                                         "(2024, 2021-2023, 2022-, -2020)")
    first = int(match.group(1)) if match.group(1) else None
    last = int(match.group(3)) if match.group(3) else (None if match.group(2) else first)
    if first is not None and last is not None and first > last:
        raise argparse.ArgumentTypeError(f"the range {text!r} ends before it starts")
    return first, last


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text!r}")
    return value


def _top(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return int(text)


def _columns(text: str) -> tuple[str, ...]:
    columns = tuple(c.strip() for c in text.split(",") if c.strip())
    if not columns:
        raise argparse.ArgumentTypeError("name at least one column")
    return columns


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    fmt, problem = _format(args)
    problem = problem or _usage_problem(args)
    if problem:
        print(f"{parser.format_usage().rstrip()}\nclaims report: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    tables = load(args.tables_dir)
    for skipped in tables.problems:
        print(f"claims: warning: {skipped}", file=sys.stderr)
    check_filters(args.view, tables, args.tables_dir, metric=args.metric, dataset=args.dataset,
                  hardware=args.hardware, paper=args.paper)
    filters = Filters(metric=args.metric, dataset=args.dataset, hardware=args.hardware,
                      platform=args.platform, year=args.year, min_gain=args.min_gain)
    if args.view == "explorer":
        output: str | bytes = explorer_page(tables, filters, command=_command(args))
    else:
        try:
            report = build_report(args.view, tables, filters=filters, paper=args.paper,
                                  columns=args.columns, top=args.top, command=_command(args))
        except ClaimsError as exc:
            if str(exc).startswith("unknown column"):
                print(f"{parser.format_usage().rstrip()}\nclaims report: error: --columns: {exc}",
                      file=sys.stderr)
                return EXIT_USAGE
            raise
        output = render(report, fmt)
    if args.plot:
        plots = plot_files(gains_frame(args.view if args.view != "explorer" else "speedups",
                                       tables, filters=filters, paper=args.paper),
                           args.plot, metric=args.metric)
        if len(plots) > 1:
            print(f"claims: wrote {len(plots)} charts, one per metric family: "
                  f"{', '.join(str(p) for p in plots)}", file=sys.stderr)
    if args.output:
        with atomic_open(args.output, "wb" if isinstance(output, bytes) else "w") as handle:
            handle.write(output)
    else:
        sys.stdout.write(output)
    return 0


def _format(args: argparse.Namespace) -> tuple[str, str]:
    """The output format, and a usage problem where it cannot be settled."""
    if args.view == "explorer":
        if args.format not in (None, "html"):
            return "", f"--view explorer writes one HTML page, not {args.format}"
        suffix = Path(args.output or "x.html").suffix.lower()
        if args.format is None and suffix not in (".html", ".htm"):
            return "", f"-o {args.output}: the explorer is an HTML page; name it .html"
        return "html", ""
    if args.format:
        fmt = args.format
    elif args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            return "", (f"-o {args.output}: unknown suffix {suffix or '(none)'}; use one of "
                        f"{', '.join(SUFFIX_FORMATS)} or give --format")
        fmt = SUFFIX_FORMATS[suffix]
    else:
        fmt = "md"
    if fmt in BINARY_FORMATS and not args.output:
        return "", f"{fmt} is a binary file: give -o FILE.{fmt}"
    return fmt, ""


def _usage_problem(args: argparse.Namespace) -> str:
    if args.view == "paper" and not args.paper:
        return "--view paper needs --paper ID_OR_TITLE"
    if args.plot and Path(args.plot).suffix.lower() not in PLOT_SUFFIXES:
        return f"--plot {args.plot}: the chart is written as .png, .svg or .pdf"
    return ""


def _command(args: argparse.Namespace) -> str:
    """The command that made the output, without where it went (-o, --plot): the note stays
    the same wherever the file is written."""
    words = ["claims", "report", args.tables_dir, "--view", args.view]
    for option in ("metric", "dataset", "hardware", "platform", "year", "min_gain", "paper",
                   "columns", "top", "format"):
        value = getattr(args, option)
        if value is None:
            continue
        if option == "year":
            first, last = value
            value = str(first) if first == last else f"{first or ''}-{last or ''}"
        elif option == "columns":
            value = ",".join(value)
        words += [f"--{option.replace('_', '-')}", f"{value:g}" if isinstance(value, float) else str(value)]
    return shlex.join(words)
