"""`claims extract INPUT... --out DIR [--format csv|jsonl|parquet] [--jobs N] [--engine local|dask]`.

Papers are read as a stream (JSON Lines line by line), extracted in chunks and the papers,
claims and platforms tables appended chunk by chunk, so memory stays flat on any corpus. A paper
read twice (same normalized title) is kept once, as first read.
"""
from __future__ import annotations

import argparse
import os
import sys

from ..build import extract_table, platforms_table
from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from ..engine import NothingRead, RunSummary, run_dask, run_local
from ..papers import write_table
from ._inputs import print_problems, summary_line

FORMATS = ("csv", "jsonl", "parquet")
ENGINES = ("local", "dask")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract claims and platforms from papers and write the tables",
        description="Read papers (JSON/JSON Lines, CSV/TSV, BibTeX, RIS, MEDLINE, Web of "
                    "Science, arXiv Atom or OAI-PMH, Parquet, listing pages, compressed or not, or "
                    "- for stdin), extract their claims and platforms, and write papers, claims and "
                    "platforms tables to DIR. Papers are streamed: memory stays flat however "
                    "large the input.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="table format (default: csv; parquet with --engine dask)")
    parser.add_argument("--strict", action="store_true", help="stop at the first bad file or record")
    parser.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                        help="worker processes (0 = one per CPU; default 1); the output is the "
                             "same for any N")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar (it shows only on a terminal anyway)")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: this machine, streaming; dask: Dask tasks over partitions "
                             "of JSONL/Parquet inputs, writing partitioned Parquet")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: address of an existing Dask scheduler, e.g. "
                             "tcp://host:8786 (default: a local cluster of --jobs workers)")
    parser.set_defaults(func=run)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return value or (os.cpu_count() or 1)


def run(args: argparse.Namespace) -> int:
    if args.engine == "local" and args.scheduler:
        print("claims: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if args.engine == "dask" and args.format not in (None, "parquet"):
        print("claims: --engine dask writes partitioned parquet; drop --format or use "
              "--format parquet", file=sys.stderr)
        return EXIT_USAGE
    progress = not args.quiet and sys.stderr.isatty()
    on_problem = lambda problem: print_problems([problem])     # noqa: E731
    try:
        if args.engine == "dask":
            summary = run_dask(args.inputs, args.out, scheduler=args.scheduler,
                               jobs=args.jobs if args.jobs > 1 else None, strict=args.strict,
                               progress=progress, on_problem=on_problem)
        else:
            summary = run_local(args.inputs, args.out, args.format or "csv", jobs=args.jobs,
                                strict=args.strict, progress=progress, on_problem=on_problem)
    except NothingRead as exc:
        print_summary(exc.summary)
        return EXIT_FAILED
    print_summary(summary)
    print(f"claims: wrote {summary.papers} papers, {summary.claims} claims and "
          f"{summary.platforms} platforms to {args.out}", file=sys.stderr)
    return EXIT_OK


def print_summary(summary: RunSummary) -> None:
    print(summary_line(summary.papers, summary.files, summary.skipped, summary.duplicates,
                       getattr(summary, "without_abstract", 0), summary.failed), file=sys.stderr)


def write_tables(papers, out_dir: str, fmt: str = "csv") -> dict[str, int]:
    """Extract and write papers, claims and platforms tables of a papers table held in memory
    (`claims run` on the seeds); return their row counts."""
    problems: list = []
    claims = extract_table(papers, problems)
    platforms = platforms_table(papers, problems)
    for problem in problems:
        print(f"claims: {problem}", file=sys.stderr)
    for name, frame in (("papers", papers), ("claims", claims), ("platforms", platforms)):
        write_table(frame, f"{out_dir}/{name}.{fmt}", fmt)
    return {"papers": len(papers), "claims": len(claims), "platforms": len(platforms)}
