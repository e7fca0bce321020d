"""`claims audit INPUT... [--ids FILE] [--top N] [--json]`: what the rules leave out, on any papers.

Reads the papers of INPUT as `claims extract` does (any layout, compressed or not, Parquet, -
for stdin; a title met twice is read once), runs the extractor on each abstract and counts
(claims.evaluate.audit): the metric texts of the claims typed `other`, per normalized text with
the metric rule that typed them; the numbers dropped as bare (`filter.bare_number`), per the word
right after them; and every dropped number per the rule that dropped it. Each count shows where
it was first met. Nothing is written but the report on stdout.
"""
from __future__ import annotations

import argparse
import json
import sys

from . import COMMANDS, EXIT_FAILED, EXIT_OK, count

WIDTH = 100
DEFAULT_TOP = 30
_EVERY = 64         # papers between two updates of the progress bar


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit", help=COMMANDS["audit"],
        description="Extract the claims of INPUT and count what the rules leave out: the metric "
                    "texts of the claims typed `other`, the numbers dropped as bare by the word "
                    "after them, and the numbers dropped by each rule, each with an example.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, directory (read recursively) or - for standard input")
    parser.add_argument("--ids", metavar="FILE",
                        help="read only the papers whose id is listed in FILE, one per line (the "
                             "record's own `id` field, else the paper_id claims gives it), e.g. "
                             "the tuning half of a development split")
    parser.add_argument("--top", type=_top, default=DEFAULT_TOP, metavar="N",
                        help=f"show the N largest counts of each list (default {DEFAULT_TOP}; 0: all)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--strict", action="store_true", help="stop at the first bad file or record")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar (it shows only on a terminal anyway)")
    parser.set_defaults(func=run)


def _top(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (all) or more")
    return value


def run(args: argparse.Namespace) -> int:
    from .. import interrupts
    from ..build import ABSTRACT_LIMIT
    from ..engine.progress import Progress, input_bytes
    from ..engine.sources import PaperStream
    from ..errors import ExtractionTimeout, InputError
    from ..evaluate import read_ids
    from ..evaluate.audit import Audit
    from ..extraction.legend import where
    from ..extraction.pipeline import read
    from ..model import Problem
    from ._inputs import print_problems, summary_line

    wanted = read_ids(args.ids) if args.ids else None
    seen_ids: set[str] = set()
    stream = PaperStream(args.inputs, args.strict)
    show = not args.quiet and sys.stderr.isatty()
    bar = Progress(show, input_bytes(args.inputs) if show else None, desc="claims audit")
    audit, skipped, failed, without_abstract, papers = Audit(), 0, 0, 0, 0

    def report(problems) -> None:
        with bar.external_write_mode():
            print_problems(problems)

    try:
        for paper in stream:
            interrupts.check()
            if stream.report.problems:
                skipped += sum(not p.fatal for p in stream.report.problems)
                report(stream.report.problems)
                stream.report.problems.clear()
            label = _paper_id(paper)
            if wanted is not None:
                if label not in wanted and paper.paper_id not in wanted:
                    continue
                seen_ids.add(label if label in wanted else paper.paper_id)
            papers += 1
            if papers % _EVERY == 0:
                bar.advance(_EVERY, stream.position())
            if not paper.abstract:
                without_abstract += 1
                continue
            at, named = f"{paper.source}:{paper.line}", f'paper {label} "{paper.title}"'
            if len(paper.abstract) > ABSTRACT_LIMIT:
                failed += 1
                report([Problem(at, f"{named}: abstract of {len(paper.abstract):,} characters is "
                                    f"over the limit of {ABSTRACT_LIMIT:,}; not audited")])
                continue
            try:
                reading = read(paper.abstract, paper.title)
                audit.add(label, paper.abstract, reading.claims, reading.traces)
            except ExtractionTimeout as exc:
                failed += 1
                report([Problem(at, f"{named}: {exc}")])
    except InputError:
        del stream.report.problems[-1:]         # the error itself is printed by main()
        report(stream.report.problems)
        raise
    finally:
        bar.close()
    skipped += sum(not p.fatal for p in stream.report.problems)
    print_problems(stream.report.problems)
    print(summary_line(papers, stream.files, skipped, stream.duplicates, without_abstract, failed),
          file=sys.stderr)
    if wanted is not None and wanted - seen_ids:
        missing = sorted(wanted - seen_ids)
        print(f"claims: {args.ids}: {count(len(missing), 'listed id')} matched no paper, "
              f"e.g. {missing[0]!r}", file=sys.stderr)
    if not audit.papers:
        print(f"claims: {' '.join(args.inputs)}: no abstract to audit", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps({"top": args.top, **audit.as_dict(args.top, where)}, indent=2,
                         ensure_ascii=False))
    else:
        sys.stdout.write(render(audit, args.top, where))
    return EXIT_OK


def _paper_id(paper) -> str:
    """The record's own `id` where it has one (as gold files and their inputs do), else the id
    claims gives the paper."""
    own = dict(paper.extra).get("id")
    return own or paper.paper_id


def render(audit, top: int, where) -> str:
    """The counts in WIDTH columns: a summary line, then the three lists."""
    other = sum(audit.other_texts.counts.values())
    bare = sum(audit.bare_next.counts.values())
    dropped = sum(audit.dropped.values())
    out = [_clip(f"{count(audit.papers, 'paper')}, {count(audit.numbers, 'number')}: "
                 f"{count(audit.claims, 'claim')} ({other:,} typed other), {dropped:,} dropped "
                 f"({bare:,} as bare numbers)")]
    shown = audit.other_texts.top(top)
    out += ["", "Metric texts typed `other`, by normalized text",
            f"  {count(other, 'claim')}, {count(len(audit.other_texts.counts), 'text')}"
            f"{_showing(shown, audit.other_texts)}",
            "  count  metric text                     metric rule (claims)"]
    for key, n in shown:
        rules = audit.other_texts.rules[key].most_common()
        rule = rules[0][0] + (f" ({rules[0][1]}) +{len(rules) - 1} more" if len(rules) > 1 else "")
        out.append(_clip(f"  {n:>5}  {_cut(key, 30):<30}  {rule}"))
        out.append(_example(audit.other_texts.examples[key]))
    shown = audit.bare_next.top(top)
    out += ["", "Numbers dropped as bare (filter.bare_number), by the word after them",
            f"  {count(bare, 'number')}, {count(len(audit.bare_next.counts), 'word')}"
            f"{_showing(shown, audit.bare_next)}",
            "  count  word after"]
    for key, n in shown:
        out.append(_clip(f"  {n:>5}  {key}"))
        out.append(_example(audit.bare_next.examples[key]))
    out += ["", "Numbers dropped, by the rule that dropped them", f"  {count(dropped, 'number')}",
            "  count  rule                            where"]
    for rule, n in sorted(audit.dropped.items(), key=lambda item: (-item[1], item[0])):
        out.append(_clip(f"  {n:>5}  {rule:<30}  {where(rule) or '(not a named rule)'}"))
    return "\n".join(out) + "\n"


def _showing(shown: list, tally) -> str:
    return f"; the {len(shown)} most frequent" if len(shown) < len(tally.counts) else ""


def _example(example) -> str:
    """The example's paper and the words around its text, on one indented line."""
    from ..build import clip_window

    lead = f"         {_cut(example.paper, 16)}  "
    sentence = " ".join(example.sentence.split())
    text = " ".join(example.text.split())
    at = sentence.find(text) if text else -1
    at, text = (at, text) if at >= 0 else (0, "")
    return _clip(lead + clip_window(sentence, at, at + len(text), limit=WIDTH - len(lead) - 2))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[:WIDTH - 1] + "…"

