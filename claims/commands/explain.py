"""`claims explain "sentence"`: every number found, why it was dropped or, for a claim, which rule
set each field; then where each rule is written."""
from __future__ import annotations

import argparse
import sys
import textwrap

from . import COMMANDS

WIDTH = 100


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "explain", help=COMMANDS["explain"],
        description="Run the extractor on TEXT (or standard input with -) and show every number: "
                    "the rule that dropped it, or for a claim each field with the rules that set it, "
                    "and where every rule is written.")
    parser.add_argument("text", metavar="TEXT", help="the sentence or abstract, or - to read stdin")
    parser.add_argument("--title", default=None, help="the paper title (helps find the method name)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..extraction.pipeline import explain

    text = sys.stdin.read() if args.text == "-" else args.text
    traces = explain(text, title=args.title)
    if not traces:
        print("no numbers found")
        return 0
    print(render(traces))
    return 0


def render(traces) -> str:
    """The numbers, each claim's fields, and the legend, in WIDTH columns."""
    from tabulate import tabulate

    from ..extraction.legend import where
    from ..textcells import wrap_cells

    rows, used = [], []
    for trace in traces:
        if trace.kept:
            summary = ", ".join(str(d.value) for d in trace.fields if d.field in ("metric", "kind", "direction")
                                and d.value is not None)
            rows.append((_clip(trace.text, 24), "claim", _number(trace.value), summary))
        else:
            rule = trace.rule_ids[-1]
            used.append(rule)
            why = f"{trace.name}: part of a name ({rule})" if trace.name else _why(rule, where(rule))
            rows.append((_clip(trace.text, 24), "dropped", _number(trace.value), why))
    out = [tabulate(wrap_cells(rows, [24, 8, 12, WIDTH - 52]), headers=("number", "verdict", "value", "why"),
                    tablefmt="simple", disable_numparse=True)]
    for trace in (t for t in traces if t.kept):
        out.append(f"\n{trace.text!s}: {_number(trace.value)} "
                   f"({', '.join(r for r in trace.rule_ids if r.startswith(('number.', 'unit.')))})")
        field_rows = []
        for decision in trace.fields:
            rules = " ".join(decision.rules) if decision.rules else "-"
            used += decision.rules
            value = "" if decision.value is None else str(decision.value)
            field_rows.append((decision.field, _clip(value, 30), rules))
        out.append(tabulate(wrap_cells(field_rows, [16, 30, WIDTH - 52]), headers=("field", "value", "set by"),
                            tablefmt="simple", disable_numparse=True))
    out.append("\nRules")
    for rule in dict.fromkeys(used):
        place = where(rule) or "(not a named rule)"
        out.append(textwrap.fill(place, WIDTH, initial_indent=f"  {rule:<30} ",
                                 subsequent_indent=" " * 33))
    return "\n".join(out)


def _why(rule: str, place: str | None) -> str:
    """A dropped number's reason: the rule's own words where it has them."""
    if place and ": " in place:
        return f"{place.split(': ', 1)[1]} ({rule})"
    return rule


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _number(value: float) -> str:
    return f"{value:g}"
