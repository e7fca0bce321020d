"""The runs of names that a "respectively" pairs with a list of numbers (`picking.in_place`).

A sentence's names are grouped once into runs joined only by commas, "and" or slashes, and the runs
of each length kept in order: each list of numbers of the sentence then finds its run by bisection.
Found by a pass over every name for each list of numbers, a sentence of n lists and n names took n².
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Protocol

from ..matching import compiled, match_at
from .rulebook.cues import word_pattern


class Named(Protocol):
    """A name of the sentence (picking.Mention) where it stands."""
    start: int
    end: int


Run = list[Named]


class SameLength:
    """The runs of one length, in text order, with their starts for bisection."""

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.starts: list[int] = []

    def add(self, run: Run) -> None:
        self.runs.append(run)
        self.starts.append(run[0].start)

    def first_after(self, end: int) -> Run | None:
        at = bisect_right(self.starts, end)
        return self.runs[at] if at < len(self.runs) else None

_LIST_GOES_ON = compiled(r",?[ ](?:and|or)[ ]")


class NameRuns:
    """One list of a sentence's names (in text order) as runs, by length."""

    def __init__(self, text: str, items: list[Named]) -> None:
        runs: list[Run] = []
        for item in items:
            if runs and word_pattern("gap.name_run").fullmatch(text[runs[-1][-1].end:item.start]):
                runs[-1].append(item)
            else:
                runs.append([item])
        self.runs = runs
        self.by_length: dict[int, SameLength] = {}
        # A run shorter than the list of numbers pairs with it group by group ("dice of 83.28, 87.44
        # and 84.50 and Jaccard of 72.85, 79.31 and 74.70 on A, B and C"), but only a whole list of
        # names, not one that goes on with a name no rule read ("on the Synapse, ACDC, Kvasir, and
        # Skin Lesion (ISIC2017) datasets").
        self.groups_by_length: dict[int, SameLength] = {}
        for run in runs:
            self.by_length.setdefault(len(run), SameLength()).add(run)
            if len(run) > 1 and not match_at(_LIST_GOES_ON, text, run[-1].end) \
                    and not text.endswith(", ", 0, run[0].start):
                self.groups_by_length.setdefault(len(run), SameLength()).add(run)
        self.ordered = all(a[0].start < b[0].start and a[-1].end <= b[-1].end for a, b in zip(runs, runs[1:]))
        self._matched: dict[tuple[int, int, int], Run | None] = {}

    def matching(self, count: int, first_start: int, last_end: int) -> Run | None:
        """The run that pairs with `count` numbers from `first_start` to `last_end`: the first one
        after them, else the sentence's first one before them; as long as the list, else a whole
        list of names whose length divides it. The same for every number of the list: found once."""
        key = (count, first_start, last_end)
        if key not in self._matched:
            self._matched[key] = self._find(count, first_start, last_end)
        return self._matched[key]

    def _find(self, count: int, first_start: int, last_end: int) -> Run | None:
        fitting = [self.by_length[count]] if count in self.by_length else \
            [group for length, group in self.groups_by_length.items() if length < count and count % length == 0]
        if not fitting:
            return None
        if not self.ordered:        # names that overlap: the runs in their list order
            chosen = {id(run) for group in fitting for run in group.runs}
            ordered = [run for run in self.runs if id(run) in chosen]
            return next((run for run in ordered if run[0].start > last_end), None) or \
                next((run for run in ordered if run[-1].end < first_start), None)
        after = [run for group in fitting if (run := group.first_after(last_end)) is not None]
        if after:
            return min(after, key=lambda run: run[0].start)
        first = min((group.runs[0] for group in fitting), key=lambda run: run[0].start)
        return first if first[-1].end < first_start else None
