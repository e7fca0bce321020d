"""`claims eval GOLD.jsonl INPUT... [--json] [--errors]`: score the extractor against gold claims.

Reads the papers of INPUT (any layout `claims papers` reads), extracts their claims and platforms,
and scores them against GOLD as CLAIMS_SPEC.md section 6 says (claims.evaluate). Skipped gold
lines and unreadable inputs go to stderr, one line each; exit 1 when the gold or the inputs hold
nothing readable.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tabulate import tabulate

from . import EXIT_OK
from ..errors import InputError
from ..evaluate import EXACT_FIELDS, OVERLAP_FIELDS, Scores, normalize_title, read_gold, score
from ..model import Problem, ReadReport

SENTENCE_WIDTH = 300


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help="score extracted claims against gold annotations (value/typed F1, fields)",
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
    parser.add_argument("--errors", action="store_true",
                        help="also list every false positive and negative, typed and field mismatch")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    gold, gold_problems = read_gold(args.gold)
    _print_problems(gold_problems)
    if args.ids:
        gold = only_ids(gold, read_ids(args.ids), args.ids)
    found = found_papers(args.inputs, exclude=args.gold)
    scores = score(gold, found)
    if args.json:
        data = scores.figures()
        if args.errors:
            data["errors"] = scores.errors()
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(format_scores(scores))
        if args.errors:
            sys.stdout.write(format_errors(scores))
    return EXIT_OK


def read_ids(path: str) -> set[str]:
    """The paper ids listed in `path`, one per line (blank lines and `#` comments skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    ids = {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}
    if not ids:
        raise InputError(f"{path}: lists no paper id")
    return ids


def only_ids(gold: list[dict], ids: set[str], where: str) -> list[dict]:
    """The gold papers whose `id` is in `ids`; an id the gold lacks is an error naming it."""
    kept = [paper for paper in gold if str(paper.get("id")) in ids]
    missing = ids - {str(paper.get("id")) for paper in kept}
    if missing:
        raise InputError(f"{where}: {len(missing)} id(s) not in the gold, e.g. {sorted(missing)[0]!r}")
    return kept


def found_papers(inputs: list[str], exclude: str | None = None) -> list[dict]:
    """Extract every paper of `inputs` into the gold file's shape (plus its `abstract`).

    The gold file itself is left out when a directory holding it is given (`seeds/`), and a
    title met twice is extracted once, from its first copy with an abstract.
    """
    from ..errors import ExtractionTimeout
    from ..extraction.pipeline import extract_paper
    from ..readers import expand_inputs, read_papers

    report = ReadReport()
    skip = Path(exclude).resolve() if exclude else None
    files = [p for p in expand_inputs(inputs, report)
             if str(p) == "-" or Path(p).resolve() != skip]
    papers: dict[str, Any] = {}
    for paper in read_papers(files, report):
        key = normalize_title(paper.title)
        if key not in papers or (not papers[key].abstract and paper.abstract):
            papers[key] = paper
    _print_problems(report.problems)
    if not papers:
        raise InputError(f"{' '.join(map(str, inputs))}: no paper could be read")
    found = []
    for paper in papers.values():
        try:
            record = dict(extract_paper(paper))
        except ExtractionTimeout as exc:
            print(f"claims: {paper.source}:{paper.line}: paper {paper.paper_id}: {exc}", file=sys.stderr)
            continue
        record["abstract"] = paper.abstract
        found.append(record)
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


def format_errors(scores: Scores) -> str:
    """Every false positive and negative with its sentence, then typed and field mismatches."""
    out = []
    for heading, refs in (("False positives", scores.false_positives),
                          ("False negatives", scores.false_negatives)):
        out.append(f"\n{heading} ({len(refs)})")
        for ref in refs:
            value = _num(ref.value) if ref.value_low is None else f"{_num(ref.value_low)}-{_num(ref.value)}"
            out.append(f"- {ref.paper}: {ref.text!r} = {value} [{ref.metric or '-'}]")
            out.append(f"    {_sentence(ref.sentence)}")
    out.append(f"\nTyped mismatches ({len(scores.typed_mismatches)})")
    for item in scores.typed_mismatches:
        out.append(f"- {item.paper}: {item.text!r} = {_num(item.value)}: gold {item.gold_metric}, "
                   f"found {item.found_metric}")
        out.append(f"    {_sentence(item.sentence)}")
    out.append(f"\nField mismatches ({len(scores.field_mismatches)})")
    for item in scores.field_mismatches:
        out.append(f"- {item.paper}: {item.text!r} = {_num(item.value)}: {item.field}: "
                   f"gold {item.gold!r}, found {item.found!r}")
    return "\n".join(out) + "\n"


def _prf(prf) -> list:
    return [prf.precision, prf.recall, prf.f1, prf.tp, prf.fp, prf.fn]


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.10g}"


def _sentence(sentence: str) -> str:
    flat = " ".join(sentence.split())
    if not flat:
        return "(sentence not available)"
    return flat if len(flat) <= SENTENCE_WIDTH else flat[:SENTENCE_WIDTH - 3] + "..."


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"claims: {problem}", file=sys.stderr)
