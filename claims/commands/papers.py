"""`claims papers INPUT... [--format md|csv|jsonl] [--strict]`: print the papers table.

Problems go to stderr, one line each, then a summary; exit 1 when no paper could be read.
"""
from __future__ import annotations

import argparse
import sys

from ..cli import EXIT_FAILED, EXIT_OK
from ..errors import InputError
from ..model import Problem, ReadReport
from ..papers import format_table, merge_papers, papers_frame
from ..readers import Note, expand_inputs, read_file

MD_ABSTRACT_WIDTH = 80


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "papers", help="read papers from pages, JSON, CSV, BibTeX or Atom and print the table",
        description="Read papers from listing pages, JSON/JSON Lines, CSV/TSV, BibTeX or arXiv "
                    "Atom feeds (files, directories, or - for stdin) and print one row per "
                    "distinct paper.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, directory (read recursively) or - for standard input")
    parser.add_argument("--format", choices=("md", "csv", "jsonl"), default="md",
                        help="output format (default: md, a GitHub Markdown table)")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first bad file or record instead of skipping it")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = ReadReport()
    papers, files = [], 0
    try:
        for path in expand_inputs(args.inputs, report, args.strict):
            found = list(read_file(path, report, args.strict))
            files += bool(found)
            papers.extend(found)
    except InputError:
        _print_problems(report.problems[:-1])     # the last one is the error main() prints
        raise
    _print_problems(report.problems)
    table = papers_frame(merge_papers(papers))
    if papers:
        shorten = {"abstract": MD_ABSTRACT_WIDTH} if args.format == "md" else None
        sys.stdout.write(format_table(table, args.format, shorten=shorten))
    print(f"claims: read {len(table)} papers from {files} files; skipped {report.skipped} records",
          file=sys.stderr)
    return EXIT_OK if papers else EXIT_FAILED


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        kind = "note: " if isinstance(problem, Note) else ""
        print(f"claims: {problem.where}: {kind}{problem.message}", file=sys.stderr)
