"""`claims eval GOLD.jsonl INPUT... [--ids FILE] [--json] [--errors [grouped|flat]]`: score the
extractor against gold claims.

Reads the papers of INPUT (any layout `claims papers` reads), extracts the claims and platforms of
those the gold holds, and scores them against GOLD as CLAIMS_SPEC.md section 6 says
(claims.evaluate). `--errors` adds the errors: grouped by cause with the rule that decided each
(claims.evaluate.causes), or `--errors flat` as one list per kind. Skipped gold lines and
unreadable inputs go to stderr, one line each; exit 1 when the gold or the inputs hold nothing
readable.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tabulate import tabulate

from . import COMMANDS, EXIT_OK
from ..errors import InputError
from ..evaluate import (EXACT_FIELDS, OVERLAP_FIELDS, Scores, normalize_title, only_ids, read_gold,
                        read_ids, score)
from ..model import Problem, ReadReport

ERROR_LAYOUTS = ("grouped", "flat")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help=COMMANDS["eval"],
        description="Extract the claims of INPUT and score them against GOLD (JSON Lines, one "
                    "paper per line): value and typed precision/recall/F1, field accuracy over "
                    "typed matches, hardware-class F1.")
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold annotations, one paper per line")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, directory (read recursively) or - for standard input")
    parser.add_argument("--ids", metavar="FILE",
                        help="score only the gold papers whose id is listed in FILE (one per line), "
                             "e.g. one half of a development split")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", nargs="?", const="grouped", choices=ERROR_LAYOUTS, default=None,
                        metavar="{grouped,flat}",
                        help="also show every false positive and negative, typed and field "
                             "mismatch: grouped by cause with the rule that decided each, and the "
                             "family confusion matrix (the default), or flat, one list per kind")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    gold, gold_problems = read_gold(args.gold)
    _print_problems(gold_problems)
    if args.ids:
        gold = only_ids(gold, read_ids(args.ids), args.ids)
    found = found_papers(args.inputs, exclude=args.gold,
                         titles={normalize_title(paper["title"]) for paper in gold})
    scores = score(gold, found)
    if args.json:
        data = scores.figures()
        if args.errors:
            data["errors"] = _error_data(scores, found, args.errors)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(format_scores(scores))
        if args.errors:
            sys.stdout.write(_error_text(scores, found, args.errors))
    return EXIT_OK


def _error_data(scores: Scores, found: list[dict], layout: str) -> dict[str, Any]:
    if layout == "flat":
        return scores.errors()
    from ..evaluate.causes import explain_errors
    from ..extraction.legend import where

    return explain_errors(scores, found).as_dict(where)


def _error_text(scores: Scores, found: list[dict], layout: str) -> str:
    from ._error_text import format_flat, format_grouped

    if layout == "flat":
        return format_flat(scores)
    from ..evaluate.causes import explain_errors
    from ..extraction.legend import where

    return format_grouped(explain_errors(scores, found), where)


def found_papers(inputs: list[str], exclude: str | None = None,
                 titles: set[str] | None = None) -> list[dict]:
    """Extract the papers of `inputs` into the gold file's shape (plus its `abstract`).

    The gold file itself is left out when a directory holding it is given (`seeds/`), and a
    title met twice is extracted once, from its first copy with an abstract. With `titles`
    (normalized), a paper whose title is not among them is not extracted: it is returned
    without claims, to be counted as a found paper the gold does not hold.
    """
    from ..errors import ExtractionTimeout
    from ..extraction.pipeline import extract_papers
    from ..readers import expand_inputs, read_papers
    from ..readers.records import known_by

    report = ReadReport()
    skip = Path(exclude).resolve() if exclude else None
    files = [p for p in expand_inputs(inputs, report)
             if str(p) == "-" or Path(p).resolve() != skip]
    papers: dict[str, Any] = {}
    for paper in read_papers(files, report):
        key = normalize_title(known_by(paper.title, paper.abstract))
        if key not in papers or (not papers[key].abstract and paper.abstract):
            papers[key] = paper
    _print_problems(report.problems)
    if not papers:
        raise InputError(f"{' '.join(map(str, inputs))}: no paper could be read")
    wanted = [paper for key, paper in papers.items() if titles is None or key in titles]
    records = iter(extract_papers(wanted))
    found = []
    for key, paper in papers.items():
        if titles is not None and key not in titles:
            found.append({"title": paper.title, "claims": [], "hardware": []})
            continue
        record = next(records)
        if isinstance(record, ExtractionTimeout):
            print(f"claims: {paper.source}:{paper.line}: paper {paper.paper_id}: {record}", file=sys.stderr)
            continue
        if isinstance(record, Exception):
            raise record
        found.append(record | {"abstract": paper.abstract})
    return found


def format_scores(scores: Scores) -> str:
    """The figures as three plain-text tables and a line on papers."""
    rows = [[name, *_prf(prf)] for name, prf in
            (("value", scores.value), ("typed", scores.typed), ("hardware class", scores.hardware))]
    figures = tabulate(rows, headers=["", "precision", "recall", "F1", "TP", "FP", "FN"],
                       floatfmt=".4f")
    field_rows = []
    for name in EXACT_FIELDS + OVERLAP_FIELDS:
        field = scores.fields[name]
        accuracy = "-" if field.accuracy is None else f"{field.accuracy:.4f}"
        rule = "word overlap" if name in OVERLAP_FIELDS else "exact"
        field_rows.append([name, accuracy, str(field.correct), str(field.total), rule])
    fields = tabulate(field_rows, headers=["field", "accuracy", "correct", "of", "compared"],
                      colalign=("left", "right", "right", "right", "left"), disable_numparse=True)
    papers = (f"papers: {scores.papers_matched} of {scores.papers_gold} gold papers matched; "
              f"{scores.papers_ignored} found papers not in the gold ignored")
    return f"{figures}\n\nField accuracy over typed matches\n{fields}\n\n{papers}\n"


def _prf(prf) -> list:
    return [prf.precision, prf.recall, prf.f1, prf.tp, prf.fp, prf.fn]


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"claims: {problem}", file=sys.stderr)
