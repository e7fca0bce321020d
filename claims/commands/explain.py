"""`claims explain "sentence"`: every number found, and the rules that kept, typed or dropped it."""
from __future__ import annotations

import argparse
import sys

from . import COMMANDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "explain", help=COMMANDS["explain"],
        description="Run the extractor on TEXT (or standard input with -) and show every number "
                    "with the rules that kept, typed or dropped it.")
    parser.add_argument("text", metavar="TEXT", help="the sentence or abstract, or - to read stdin")
    parser.add_argument("--title", default=None, help="the paper title (helps find the method name)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from ..extraction.pipeline import explain, extract

    text = sys.stdin.read() if args.text == "-" else args.text
    traces = explain(text, title=args.title)
    if not traces:
        print("no numbers found")
        return 0
    rows = [("claim" if t.kept else "dropped", t.text, _number(t.value), " ".join(t.rule_ids)) for t in traces]
    print(tabulate(rows, headers=("verdict", "text", "value", "rules"), tablefmt="simple"))
    claims = extract(text, title=args.title)
    if claims:
        print()
        fields = ("text", "metric", "kind", "direction", "value", "value_low", "unit", "qualifier",
                  "baseline", "baseline_value", "dataset", "hardware", "method")
        print(tabulate([[getattr(c, f) for f in fields] for c in claims], headers=fields, tablefmt="simple"))
    return 0


def _number(value: float) -> str:
    return f"{value:g}"
