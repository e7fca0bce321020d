"""Reading the INPUT... arguments of a command: papers, problems on stderr, a summary line."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

import pandas as pd

from . import count
from ..errors import InputError
from ..model import Paper, Problem, ReadReport
from ..papers import merge_papers, papers_frame
from ..readers import Note, expand_inputs, read_file


@dataclass
class Inputs:
    papers: list[Paper] = field(default_factory=list)
    files: int = 0
    report: ReadReport = field(default_factory=ReadReport)

    @property
    def table(self) -> pd.DataFrame:
        return papers_frame(self.papers)

    duplicates: int = 0

    def print_summary(self) -> None:
        print(summary_line(len(self.papers), self.files, self.report.skipped, self.duplicates,
                           self.report.without_abstract), file=sys.stderr)


def summary_line(papers: int, files: int, skipped: int, duplicates: int = 0,
                 without_abstract: int = 0, failed: int = 0) -> str:
    """The run's last line on stderr.

    >>> summary_line(1, 1, 0)
    'claims: read 1 paper from 1 file; skipped 0 records'
    >>> summary_line(3, 2, 1, duplicates=2, without_abstract=1)
    'claims: read 3 papers from 2 files; skipped 1 record; merged 2 duplicates; 1 paper has no abstract (kept)'
    """
    parts = [f"claims: read {count(papers, 'paper')} from {count(files, 'file')}",
             f"skipped {count(skipped, 'record')}"]
    if duplicates:
        parts.append(f"merged {count(duplicates, 'duplicate')}")
    if without_abstract:
        verb = "has" if without_abstract == 1 else "have"
        parts.append(f"{count(without_abstract, 'paper')} {verb} no abstract (kept)")
    if failed:
        parts.append(f"{count(failed, 'paper')} kept without claims (see above)")
    return "; ".join(parts)


def read_inputs(paths: list[str], strict: bool = False) -> Inputs:
    """Read every input, print each problem as one line on stderr, merge duplicate papers."""
    inputs = Inputs()
    found: list[Paper] = []
    try:
        for path in expand_inputs(paths, inputs.report, strict):
            found.extend(read_file(path, inputs.report, strict))
    except InputError:
        print_problems(inputs.report.problems[:-1])     # the last one is the error main() prints
        raise
    print_problems(inputs.report.problems)
    inputs.files = inputs.report.files
    inputs.papers = merge_papers(found)
    inputs.duplicates = len(found) - len(inputs.papers)
    inputs.report.without_abstract = sum(1 for paper in inputs.papers if not paper.abstract)
    return inputs


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        kind = "note: " if isinstance(problem, Note) else ""
        print(f"claims: {problem.where}: {kind}{problem.message}", file=sys.stderr)
