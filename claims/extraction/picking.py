"""Which of a sentence's names belongs to which of its numbers: the pickers the context fields
share (CLAIMS_SPEC.md sections 2, 7 and 8).

A number takes the name in its place of a "respectively" list, else the name right after it in
its clause ("87.6% on StrategyQA"), else (datasets) every name of the sentence joined by "; ",
or (the other fields) the nearest one. What one sentence offers its numbers is computed once for
all of them (`SentenceNames`).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .draft import Draft
from .rulebook.cues import word_pattern

_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_RIGHT_FRAME = regex.compile(r"[^\d;]{0,40}$")  # used with match(text, pos, endpos)
# "outperforms LoRA by 2.1%": the phrase, "by", an optional qualifier, then the number.
_BOUND_BY = regex.compile(r"\s+by\s+(?:(?:up\s+to|about|nearly|over|around|approximately|roughly|almost)\s+)?$",
                          regex.IGNORECASE)

# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "context.respectively": 'a "respectively" list: each number takes the name in its place',
    "context.right_after": 'the name right after the number in its clause ("87.6% on StrategyQA")',
    "context.sentence": 'every dataset of the sentence, joined by "; "',
    "context.after": "the first baseline named after the number in its clause (up to a semicolon)",
    "context.nearest": "the name of its sentence nearest the number",
    "context.bound_by": 'the baseline right before "by <number>" ("outperforms LoRA by 2.1% and DoRA by 1.3%")',
    "context.specific_first": "of the sentence's platforms, the named product nearest the number (before a class word)",
}

Choice = tuple[str, tuple[str, ...]]        # a field's value and the rules that chose it


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the normalized text, with the rule that found it; `specific` for a named
    product rather than a class word ("RTX 4090" against "GPU")."""

    text: str
    start: int
    end: int
    rule_id: str
    specific: bool = False


def by_sentence(items: list[Mention], spans: list[tuple[int, int]]) -> dict[int, list[Mention]]:
    """The items that start inside each sentence (both lists are in text order)."""
    out: dict[int, list[Mention]] = {}
    index = 0
    for item in items:
        while index < len(spans) and spans[index][1] <= item.start:
            index += 1
        if index < len(spans) and spans[index][0] <= item.start:
            out.setdefault(index, []).append(item)
    return out


class SentenceNames:
    """What one sentence offers its claims, computed once for all of them."""

    def __init__(self, text: str, sentence: tuple[int, int], datasets: list[Mention], platforms: list[Mention],
                 siblings: list[Draft]) -> None:
        self.sentence = sentence
        self.siblings = siblings
        self.position = {id(d): i for i, d in enumerate(siblings)}
        self.starts = [d.start for d in siblings]
        self.datasets = datasets
        self.platforms = [p for p in platforms if not word_pattern("words.comparison").search(
            text, max(sentence[0], p.start - 200), p.start)]
        self.runs: dict[int, list[list[Mention]]] = {}

    def numbers_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


def pick(text: str, draft: Draft, here: SentenceNames, items: list[Mention], join: bool,
         prefer_after: bool = False, prefer_specific: bool = False) -> Choice | None:
    """The item of `items` (the sentence's) that belongs to `draft`, with the rules that chose it."""
    if not items:
        return None
    if prefer_after and not _RESPECTIVELY.search(text, draft.end, here.sentence[1]):
        for item in items:
            if item.end <= draft.start and _BOUND_BY.match(text, item.end, draft.start):
                return item.text, ("context.bound_by", item.rule_id)
    found = in_place(text, draft, here, items)
    if found is not None:
        return found
    if join:
        names = list(dict.fromkeys(i.text for i in items))
        return "; ".join(names), ("context.sentence", *dict.fromkeys(i.rule_id for i in items))
    before = [i for i in items if i.end <= draft.start]
    after = [i for i in items if i.start >= draft.end]
    if prefer_after and after and ";" not in text[draft.end:after[0].start]:
        # A semicolon ends the clause: a comparison after it is another clause's.
        return after[0].text, ("context.after", after[0].rule_id)
    return nearest(draft, items, before, after, prefer_specific)


def in_place(text: str, draft: Draft, here: SentenceNames, items: list[Mention]) -> Choice | None:
    """The item in the number's place of a "respectively" list, or right after the number."""
    siblings = here.siblings
    respectively = _RESPECTIVELY.search(text, draft.end, max(items[-1].end, draft.end) + 80)
    if respectively and len(siblings) > 1:
        after_last = [i for i in items if i.start > siblings[-1].end]
        run = after_last if len(after_last) == len(siblings) else _matching_run(text, items, siblings, here)
        if run is not None:
            item = run[here.position[id(draft)]]
            return item.text, ("context.respectively", item.rule_id)
    # The name that follows the number in its own clause ("87.6% on StrategyQA", "over X").
    for item in items:
        if item.start >= draft.end and _RIGHT_FRAME.match(text, draft.end, item.start):
            if not here.numbers_between(draft.end, item.start):
                return item.text, ("context.right_after", item.rule_id)
            break
    return None


def nearest(draft: Draft, items: list[Mention], before: list[Mention], after: list[Mention],
            prefer_specific: bool) -> Choice:
    """The item nearest the number (the one before it where none follows); with `prefer_specific`,
    among the named products where the sentence has any."""
    if prefer_specific and any(i.specific for i in items):
        items = [i for i in items if i.specific]
        before = [i for i in before if i.specific]
        after = [i for i in after if i.specific]
        rule = "context.specific_first"
    else:
        rule = "context.nearest"
    closest = min(items, key=lambda i: min(abs(i.start - draft.end), abs(draft.start - i.end)))
    chosen = before[-1] if before and not after else closest
    return chosen.text, (rule, chosen.rule_id)


def _matching_run(text: str, items: list[Mention], siblings: list[Draft], here: SentenceNames) -> list[Mention] | None:
    """The list of names that a "respectively" pairs with the numbers: as many names as numbers,
    joined only by commas, "and" or slashes; the list after the numbers first, else the one before."""
    key = id(items)
    if key not in here.runs:        # the same for every number of the sentence
        runs: list[list[Mention]] = []
        for item in items:
            if runs and word_pattern("gap.name_run").fullmatch(text[runs[-1][-1].end:item.start]):
                runs[-1].append(item)
            else:
                runs.append([item])
        here.runs[key] = runs
    fitting = [r for r in here.runs[key] if len(r) == len(siblings)]
    after = [r for r in fitting if r[0].start > siblings[-1].end]
    before = [r for r in fitting if r[-1].end < siblings[0].start]
    return (after or before or [None])[0]
