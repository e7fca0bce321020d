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

    def print_summary(self) -> None:
        print(f"claims: read {count(len(self.papers), 'paper')} from {count(self.files, 'file')}; "
              f"skipped {count(self.report.skipped, 'record')}", file=sys.stderr)


def read_inputs(paths: list[str], strict: bool = False) -> Inputs:
    """Read every input, print each problem as one line on stderr, merge duplicate papers."""
    inputs = Inputs()
    found: list[Paper] = []
    try:
        for path in expand_inputs(paths, inputs.report, strict):
            papers = list(read_file(path, inputs.report, strict))
            inputs.files += bool(papers)
            found.extend(papers)
    except InputError:
        print_problems(inputs.report.problems[:-1])     # the last one is the error main() prints
        raise
    print_problems(inputs.report.problems)
    inputs.papers = merge_papers(found)
    return inputs


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        kind = "note: " if isinstance(problem, Note) else ""
        print(f"claims: {problem.where}: {kind}{problem.message}", file=sys.stderr)
