"""`claims extract INPUT... --out DIR [--format csv|jsonl|parquet]`: write the three tables."""
from __future__ import annotations

import argparse
import sys

from ..build import extract_table, platforms_table
from . import EXIT_FAILED, EXIT_OK
from ..papers import write_table
from ._inputs import read_inputs

FORMATS = ("csv", "jsonl", "parquet")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract claims and platforms from papers and write the tables",
        description="Read papers (pages, JSON/JSONL, CSV/TSV, BibTeX, Atom, or - for stdin), "
                    "extract their claims and platforms, and write papers, claims and platforms "
                    "tables to DIR.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("--strict", action="store_true", help="stop at the first bad file or record")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    inputs = read_inputs(args.inputs, args.strict)
    if not inputs.papers:
        inputs.print_summary()
        return EXIT_FAILED
    counts = write_tables(inputs.table, args.out, args.format)
    inputs.print_summary()
    print(f"claims: wrote {counts['papers']} papers, {counts['claims']} claims and "
          f"{counts['platforms']} platforms to {args.out}", file=sys.stderr)
    return EXIT_OK


def write_tables(papers, out_dir: str, fmt: str = "csv") -> dict[str, int]:
    """Extract and write papers, claims and platforms tables; return their row counts."""
    claims = extract_table(papers)
    platforms = platforms_table(papers)
    for name, frame in (("papers", papers), ("claims", claims), ("platforms", platforms)):
        write_table(frame, f"{out_dir}/{name}.{fmt}", fmt)
    return {"papers": len(papers), "claims": len(claims), "platforms": len(platforms)}
