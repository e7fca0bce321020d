"""`claims papers INPUT... [--format md|csv|jsonl] [--strict]`: print the papers table.

Problems go to stderr, one line each, then a summary; exit 1 when no paper could be read.
"""
from __future__ import annotations

import argparse
import sys

from . import COMMANDS, EXIT_FAILED, EXIT_OK
from ..papers import format_table
from ._inputs import read_inputs

MD_ABSTRACT_WIDTH = 80


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "papers", help=COMMANDS["papers"],
        description="Read papers from JSON/JSON Lines (arXiv snapshot, OpenAlex, Semantic "
                    "Scholar, S2ORC, Crossref, Europe PMC, Zotero CSL JSON, Hugging Face), "
                    "CSV/TSV (Zotero, Scopus, Web of Science), Excel workbooks (.xlsx, .xls), "
                    "BibTeX, RIS, EndNote (XML or .enw), PubMed (MEDLINE or XML), Web of Science "
                    "plain text, arXiv Atom or OAI-PMH, Parquet, listing pages or plain-text "
                    "abstracts (one a .txt/.md file), compressed or not (files, directories, or - for stdin), and print one "
                    "row per distinct paper.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, directory (read recursively) or - for standard input")
    parser.add_argument("--format", choices=("md", "csv", "jsonl"), default="md",
                        help="output format (default: md, a GitHub Markdown table)")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first bad file or record instead of skipping it")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    inputs = read_inputs(args.inputs, args.strict)
    if inputs.papers:
        shorten = {"abstract": MD_ABSTRACT_WIDTH} if args.format == "md" else None
        sys.stdout.write(format_table(inputs.table, args.format, shorten=shorten))
    inputs.print_summary()
    return EXIT_OK if inputs.papers else EXIT_FAILED
