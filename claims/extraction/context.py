"""Fill each claim's baseline, dataset, hardware and method (CLAIMS_SPEC.md sections 2, 7 and 8).

Dataset, hardware and baseline come from the claim's own sentence: the name right after the
number when there is one ("87.6% on StrategyQA"), each number its own element of a "respectively"
list, else every dataset of the sentence joined by "; " (one number on two datasets) and the
nearest platform or baseline. A claim whose sentence names no platform takes the one of the
sentence just before or after it (section 8). The method is the name the paper gives its system.
Each choice is recorded on the draft with the rules that made it.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ..spec import MEASURED_ON_HARDWARE
from .baselines import baseline_phrases
from .datasets import find_datasets
from .document import Document
from .draft import Draft
from .methods import method_decision
from .rulebook.cues import word_pattern

# A number picked up as a name ("2.32~"): "32-bit floating-point baseline" is a name, "2.32~" is not.
_QUANTITY = regex.compile(r"^[\d.,]+\s?(?:[%~xX×]|times\b|$)")
_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_RIGHT_FRAME = regex.compile(r"[^\d;]{0,40}$")  # used with match(text, pos, endpos)


@dataclass(frozen=True, slots=True)
class _Span:
    text: str
    start: int
    end: int
    rule_id: str


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "context.respectively": 'a "respectively" list: each number takes the name in its place',
    "context.right_after": 'the name right after the number in its clause ("87.6% on StrategyQA")',
    "context.sentence": 'every dataset of the sentence, joined by "; "',
    "context.after": "the first baseline named after the number in its sentence",
    "context.nearest": "the name of its sentence nearest the number",
    "context.previous_sentence": "the comparison named in the sentence before",
    "context.neighbour_sentence": "the platform of the sentence before or after (spec section 8)",
}


def attach_context(doc: Document, drafts: list[Draft]) -> None:
    """Set `baseline`, `dataset`, `hardware` and `method` decisions on every draft (in
    `draft.decisions`, the values in `draft.context`)."""
    if not drafts:
        return
    text, spans = doc.text, doc.sentences
    method, method_rules = method_decision(doc.title or "", text, spans)
    # The claim names the dataset as the abstract writes it ("ImageNet-1k", "Defects4J 1.2");
    # the canonical name only decides which mentions are the same dataset.
    datasets = [_Span(d.text, d.start, d.end, d.rule_id) for d in find_datasets(text)]
    platforms = _measured_platforms(doc)
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence_index, []).append(draft)
    # Baselines are read only in the sentences whose claims ask for one (a comparison, or a value
    # with its baseline value), and in the sentence before where such a sentence names none.
    baselines: dict[int, list[_Span]] = {}

    def baselines_of(index: int) -> list[_Span]:
        if index not in baselines:
            start, end = spans[index]
            baselines[index] = [_Span(b.name, b.start + start, b.end + start, b.rule_id)
                                for b in baseline_phrases(text[start:end]) if not _QUANTITY.match(b.name)]
        return baselines[index]

    datasets_in, platforms_in = _by_sentence(datasets, spans), _by_sentence(platforms, spans)
    per_sentence = {index: _SentenceContext(text, spans[index], datasets_in.get(index, []),
                                            platforms_in.get(index, []), siblings)
                    for index, siblings in by_sentence.items()}
    for draft in drafts:
        here = per_sentence[draft.sentence_index]
        _set(draft, "dataset", _pick(text, draft, here, here.datasets, join=True))
        hardware = _pick(text, draft, here, here.platforms, join=False)
        if hardware is None and draft.metric in MEASURED_ON_HARDWARE:
            hardware = _neighbour_platform(text, platforms_in, spans, draft.sentence_index)
        _set(draft, "hardware", hardware)
        baseline = None
        if draft.kind != "absolute" or draft.baseline_value is not None:
            baseline = _pick(text, draft, here, baselines_of(draft.sentence_index), join=False, prefer_after=True)
            if baseline is None and draft.kind != "absolute" and draft.sentence_index:
                # "... as its unpruned counterparts. For instance, it is 3.44x faster": the comparison
                # named in the sentence before carries over.
                earlier = baselines_of(draft.sentence_index - 1)
                baseline = (earlier[-1].text, ("context.previous_sentence", earlier[-1].rule_id)) if earlier else None
        _set(draft, "baseline", baseline)
        _set(draft, "method", (method, method_rules) if method else None)


def _set(draft: Draft, name: str, choice: tuple[str, tuple[str, ...]] | None) -> None:
    draft.context[name] = None if choice is None else choice[0]
    if choice is not None:
        draft.decide(name, *(rule for rule in choice[1] if rule))


def _measured_platforms(doc: Document) -> list[_Span]:
    """The platforms a claim may have been measured on: not a platform word used as a modifier
    ("FPGA-aware"), nor the paper's own design (spec section 8: "we design a ... accelerator")."""
    own_design: dict[int, bool] = {}    # asked only of the sentences that name a designed thing
    found = []
    for platform in doc.platforms:
        original = platform.original
        if word_pattern("words.platform_modifier").match(doc.original[original.end:original.end + 12]):
            continue
        if word_pattern("words.designed_thing").search(platform.text):
            index = doc.sentence_of(platform.start)
            if index not in own_design:
                own_design[index] = index < len(doc.sentences) and \
                    word_pattern("words.own_design").search(doc.text, *doc.sentences[index]) is not None
            if own_design[index]:
                continue
        found.append(_Span(platform.text, platform.start, platform.end, platform.rule_id))
    return found


def _by_sentence(items: list[_Span], spans: list[tuple[int, int]]) -> dict[int, list[_Span]]:
    """The items that start inside each sentence (both lists are in text order)."""
    out: dict[int, list[_Span]] = {}
    index = 0
    for item in items:
        while index < len(spans) and spans[index][1] <= item.start:
            index += 1
        if index < len(spans) and spans[index][0] <= item.start:
            out.setdefault(index, []).append(item)
    return out


class _SentenceContext:
    """What one sentence offers its claims, computed once for all of them."""

    def __init__(self, text: str, sentence: tuple[int, int], datasets: list[_Span], platforms: list[_Span],
                 siblings: list[Draft]) -> None:
        self.siblings = siblings
        self.position = {id(d): i for i, d in enumerate(siblings)}
        self.starts = [d.start for d in siblings]
        self.datasets = datasets
        self.platforms = [p for p in platforms if not word_pattern("words.comparison").search(
            text, max(sentence[0], p.start - 200), p.start)]
        self.runs: dict[int, list[list[_Span]]] = {}

    def numbers_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


def _pick(text: str, draft: Draft, here: _SentenceContext, items: list[_Span], join: bool,
          prefer_after: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The item of `items` (the sentence's) that belongs to `draft`, with the rules that chose it."""
    if not items:
        return None
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
    if join:
        names = list(dict.fromkeys(i.text for i in items))
        return "; ".join(names), ("context.sentence", *dict.fromkeys(i.rule_id for i in items))
    before = [i for i in items if i.end <= draft.start]
    after = [i for i in items if i.start >= draft.end]
    if prefer_after and after:
        return after[0].text, ("context.after", after[0].rule_id)
    nearest = min(items, key=lambda i: min(abs(i.start - draft.end), abs(draft.start - i.end)))
    chosen = before[-1] if before and not after else nearest
    return chosen.text, ("context.nearest", chosen.rule_id)


def _matching_run(text: str, items: list[_Span], siblings: list[Draft], here: _SentenceContext) -> list[_Span] | None:
    """The list of names that a "respectively" pairs with the numbers: as many names as numbers,
    joined only by commas, "and" or slashes; the list after the numbers first, else the one before."""
    key = id(items)
    if key not in here.runs:        # the same for every number of the sentence
        runs: list[list[_Span]] = []
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


def _neighbour_platform(text: str, platforms_in: dict[int, list[_Span]], spans, index: int) \
        -> tuple[str, tuple[str, ...]] | None:
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(spans):
            start = spans[neighbour][0]
            found = [p for p in platforms_in.get(neighbour, [])
                     if not word_pattern("words.comparison").search(text[start:p.start])]
            if found:
                return found[0].text, ("context.neighbour_sentence", found[0].rule_id)
    return None
