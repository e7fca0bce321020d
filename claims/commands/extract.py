"""`claims extract INPUT... --out DIR [--format csv|jsonl|parquet] [--jobs N] [--engine local|dask]`.

Papers are read as a stream (JSON Lines line by line), extracted in chunks and the papers,
claims and platforms tables appended chunk by chunk, so memory stays flat on any corpus. A paper
read twice (same normalized title) is kept once, as first read.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import COMMANDS, EXIT_FAILED, EXIT_OK, EXIT_USAGE, count

FORMATS = ("csv", "jsonl", "parquet", "xlsx")
ENGINES = ("local", "dask")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help=COMMANDS["extract"],
        description="Read papers (JSON/JSON Lines, CSV/TSV, Excel, BibTeX, RIS, EndNote, PubMed "
                    "MEDLINE or XML, Web of Science, arXiv Atom or OAI-PMH, Parquet, listing pages, plain-text "
                    "abstracts (one a .txt/.md file), compressed or not, or "
                    "- for stdin), extract their claims and platforms, and write papers, claims and "
                    "platforms tables to DIR. Papers are streamed: memory stays flat however "
                    "large the input.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--out", "-o", required=True, metavar="DIR", help="folder for the tables")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="table format (default: csv; parquet with --engine dask; xlsx: "
                             "Excel workbooks, up to 1,048,575 rows a table)")
    parser.add_argument("--strict", action="store_true", help="stop at the first bad file or record")
    parser.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                        help="worker processes (0 = one per CPU; default: one per CPU for "
                             "inputs of 16 MiB or more, else 1); the output is the same for "
                             "any N")
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
    return value or (os.cpucount() or 1)


def run(args: argparse.Namespace) -> int:
    from ..engine import NothingRead, run_dask, run_local
    from ..patterns import load_patterns
    from ._inputs import print_problems

    if args.engine == "local" and args.scheduler:
        print("claims: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if args.engine == "dask" and args.format not in (None, "parquet"):
        print("claims: --engine dask writes partitioned parquet; drop --format or use "
              "--format parquet", file=sys.stderr)
        return EXIT_USAGE
    # Broken rules would fail every abstract, in every worker: say so once, before any work.
    load_patterns()
    progress = not args.quiet and sys.stderr.isatty()
    on_problem = lambda problem: print_problems([problem])     # noqa: E731
    try:
        if args.engine == "dask":
            _quiet_dask()
            summary = run_dask(args.inputs, args.out, scheduler=args.scheduler,
                               jobs=args.jobs if (args.jobs or 0) > 1 else None, strict=args.strict,
                               progress=progress, on_problem=on_problem)
        else:
            summary = run_local(args.inputs, args.out, args.format or "csv", jobs=args.jobs,
                                strict=args.strict, progress=progress, on_problem=on_problem)
    except NothingRead as exc:
        print_summary(exc.summary)
        return EXIT_FAILED
    print_summary(summary)
    print(f"claims: wrote {count(summary.papers, 'paper')}, {count(summary.claims, 'claim')} "
          f"and {count(summary.platforms, 'platform')} to {args.out}", file=sys.stderr)
    return EXIT_OK


def _quiet_dask() -> None:
    """Dask's own log lines (workers closing, heartbeats cut short by a Ctrl-C) are not the
    user's business: a failed task comes back to us as an error, said in one line. Set before
    distributed is first imported (its logging is set up then), here and, through the
    environment, in the workers."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    import dask

    dask.config.set({"logging.distributed": os.environ["DASK_LOGGING__DISTRIBUTED"]})


def print_summary(summary) -> None:
    from ._inputs import summary_line

    print(summary_line(summary.papers, summary.files, summary.skipped, summary.duplicates,
                       getattr(summary, "without_abstract", 0), summary.failed), file=sys.stderr)


def write_tables(papers, out_dir: str, fmt: str = "csv") -> dict[str, int]:
    """Extract and write papers, claims and platforms tables of a papers table held in memory
    (`claims run` on the seeds); return their row counts. The three are published together,
    holding the folder's run lock (`claims.outdir`), as `claims extract` publishes them."""
    from ..atomic import atomic_files
    from ..build import extract_table, platforms_table
    from ..outdir import run_lock
    from ..papers import format_table

    problems: list = []
    claims = extract_table(papers, problems)
    platforms = platforms_table(papers, problems)
    for problem in dict.fromkeys(problems):
        print(f"claims: {problem}", file=sys.stderr)
    frames = {"papers": papers, "claims": claims, "platforms": platforms}
    binary = fmt == "parquet"
    with run_lock(out_dir):
        with atomic_files([f"{out_dir}/{name}.{fmt}" for name in frames], "wb" if binary else "w",
                          newline=None if binary else "") as handles:
            for handle, frame in zip(handles, frames.values()):
                if binary:
                    frame.to_parquet(handle, index=False)
                else:
                    handle.write(format_table(frame, fmt))
    return {name: len(frame) for name, frame in frames.items()}
