"""Whose figure a clause states when its subject is not the paper's own system: a plural of other
systems ("though top models showed"), a model named after the figure ("65.4% for GPT-4o"), or the
paper's system applied to another ("YOLOv11 with DFRCP achieves"). Read by the context stage."""
from __future__ import annotations

from bisect import bisect_right

from ..matching import match_at
from .rulebook.names import field_cues, method_rules


def own_part(subject: tuple[str, tuple[str, ...]], method: str | None) -> tuple[str, tuple[str, ...]]:
    """A subject "A with B" of two names ("YOLOv11 with DFRCP achieves") of which one is the paper's
    own system is that system, applied to the other (as "x for MODEL" gives the paper's name in half
    A); a variant of it in words ("Mem0 with graph memory") stays as written."""
    parts = subject[0].split(" with ")
    return (method, subject[1]) if method and method in parts and parts[-1][:1].isupper() else subject


def plural_subjects(text: str, span: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Where a sentence's clauses open whose subject is a plural of other systems ("though top
    models showed", method.others_subject in patterns/context/fields.yaml): their starts and ends,
    read once per sentence, as a long list of figures would read the sentence once per figure."""
    found = list(field_cues()["method.others_subject"].finditer(text, *span))
    return [m.start() for m in found], [m.end() for m in found]


def others_subject(plural_subjects: tuple[list[int], list[int]], end: int, subject_ends: list[int]) -> bool:
    """Whether the last subject before a figure at `end` is a plural of other systems, written
    after the last named subject there."""
    starts, ends = plural_subjects
    last = bisect_right(ends, end) - 1
    if last < 0:
        return False
    index = bisect_right(subject_ends, end) - 1
    return index < 0 or subject_ends[index] <= starts[last]


def named_after(text: str, end: int, excluded: frozenset[str]) -> str | None:
    """method.figure_for_name (patterns/context/fields.yaml): the model named right after a figure
    by "for" ("65.4% for GPT-4o"), in a paper whose own system owns none of its figures."""
    match = match_at(field_cues()["method.figure_for_name"], text, end)
    if match is None or match["name"] in excluded or method_rules().not_subject.fullmatch(match["name"]):
        return None
    return match["name"]
