"""Fill each claim's baseline, dataset, hardware and method (CLAIMS_SPEC.md sections 2, 7 and 8).

Dataset, hardware and baseline come from the claim's own sentence: the mention right after the
number when there is one ("87.6% on StrategyQA"), each number its own element of a "respectively"
list, else every dataset of the sentence joined by "; " (one number on two datasets) and the
nearest platform or baseline. A claim whose sentence names no platform takes the one of the
sentence just before or after it (section 8). The method is the name the paper gives its system.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from .baselines import baseline_phrases
from .datasets import find_datasets
from .hardware import platform_mentions
from .methods import method_name
from .normalize import Normalized
from ..model import EFFICIENCY_METRICS
from .typing import Draft

# A number picked up as a name ("2.32~"): "32-bit floating-point baseline" is a name, "2.32~" is not.
_QUANTITY = regex.compile(r"^[\d.,]+\s?(?:[%~xX×]|times\b|$)")
# Metrics measured on a platform; FLOPs and parameter counts are not, so they never borrow the
# platform of the sentence next door.
_MEASURED_ON_HARDWARE = frozenset(EFFICIENCY_METRICS) - {"compute", "model_size"}
# "We design PIMGraph, a ReRAM-based accelerator": the paper's own design is its method, not the
# platform its numbers were measured on (spec section 8).
_OWN_DESIGN_SENTENCE = regex.compile(
    r"\b(?:we|this\s+(?:paper|work))\s+(?:\p{L}+\s+){0,2}?(?:design|propose|present|introduce|build|develop|architect)\w*",
    regex.IGNORECASE)
_DESIGNED_THING = regex.compile(r"(?:accelerator|chip|architecture|processor|macro|engine|design|SoC)s?$", regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_RUN_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/|,?\s*or\s+)\s*")
# A platform named after a comparison word is the baseline's, not the claim's ("than Virchow2 on an RTX3090").
_COMPARISON = regex.compile(r"\b(?:than|compared\s+(?:to|with)|vs\.?|versus|over|relative\s+to|against)\b[^;.,]*$",
                            regex.IGNORECASE)
# "FPGA-aware", "PIM-based": a platform used as a modifier describes the method, not a measurement.
_MODIFIER = regex.compile(r"^-(?:aware|based|friendly|oriented|specific|centric|like|style)\b", regex.IGNORECASE)
_RIGHT_FRAME = regex.compile(r"[^\d;]{0,40}$")  # used with match(text, pos, endpos)


@dataclass(frozen=True, slots=True)
class Context:
    baseline: str | None = None
    dataset: str | None = None
    hardware: str | None = None
    method: str | None = None


@dataclass(frozen=True, slots=True)
class _Span:
    text: str
    start: int
    end: int


def attach_context(norm: Normalized, spans: list[tuple[int, int]], drafts: list[Draft],
                   title: str | None) -> list[Context]:
    if not drafts:
        return []
    text = norm.text
    method = method_name(title or "", text, spans)
    found = find_datasets(text)
    # The claim names the dataset as the abstract writes it ("ImageNet-1k", "Defects4J 1.2");
    # the canonical name only decides which mentions are the same dataset.
    datasets = [_Span(d.text, d.start, d.end) for d in found]
    # Platforms are found once per abstract, on the original text (the platforms table needs
    # those offsets too), and placed in normalized positions here.
    sentence_starts = [start for start, _ in spans]
    own_design: dict[int, bool] = {}    # asked only of the sentences that name a designed thing
    platforms = []
    for p in platform_mentions(norm.original):
        span = _Span(p.text, norm.to_normalized(p.start), norm.to_normalized(p.end))
        if _MODIFIER.match(norm.original[p.end:p.end + 12]):
            continue
        if _DESIGNED_THING.search(p.text):
            index = max(0, bisect_right(sentence_starts, span.start) - 1)
            if index not in own_design:
                own_design[index] = index < len(spans) and \
                    _OWN_DESIGN_SENTENCE.search(text, *spans[index]) is not None
            if own_design[index]:
                continue
        platforms.append(span)
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence_index, []).append(draft)
    # Baselines are read only in the sentences whose claims ask for one (a comparison, or a value
    # with its baseline value), and in the sentence before where such a sentence names none.
    baselines: dict[int, list[_Span]] = {}

    def baselines_of(index: int) -> list[_Span]:
        if index not in baselines:
            start, end = spans[index]
            baselines[index] = [_Span(b.name, b.start + start, b.end + start)
                                for b in baseline_phrases(text[start:end]) if not _QUANTITY.match(b.name)]
        return baselines[index]

    per_sentence = {index: _SentenceContext(text, spans[index], datasets, platforms, siblings)
                    for index, siblings in by_sentence.items()}
    out = []
    for draft in drafts:
        here = per_sentence[draft.sentence_index]
        dataset = _pick(text, draft, here, here.datasets, join=True)
        hardware = _pick(text, draft, here, here.platforms, join=False)
        if hardware is None and draft.metric in _MEASURED_ON_HARDWARE:
            hardware = _neighbour_platform(text, platforms, spans, draft.sentence_index)
        baseline = None
        if draft.kind != "absolute" or draft.baseline_value is not None:
            baseline = _pick(text, draft, here, baselines_of(draft.sentence_index), join=False, prefer_after=True)
            if baseline is None and draft.kind != "absolute" and draft.sentence_index:
                # "... as its unpruned counterparts. For instance, it is 3.44x faster": the comparison
                # named in the sentence before carries over.
                earlier = baselines_of(draft.sentence_index - 1)
                baseline = earlier[-1].text if earlier else None
        out.append(Context(baseline=baseline, dataset=dataset, hardware=hardware, method=method))
    return out


class _SentenceContext:
    """What one sentence offers its claims, computed once for all of them."""

    def __init__(self, text: str, sentence: tuple[int, int], datasets, platforms,
                 siblings: list[Draft]) -> None:
        self.siblings = siblings
        self.position = {id(d): i for i, d in enumerate(siblings)}
        self.starts = [d.start for d in siblings]
        self.datasets = _inside(datasets, sentence)
        self.platforms = [p for p in _inside(platforms, sentence)
                          if not _COMPARISON.search(text, max(sentence[0], p.start - 200), p.start)]

    def numbers_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


def _inside(items: list[_Span], sentence: tuple[int, int]) -> list[_Span]:
    return [i for i in items if sentence[0] <= i.start < sentence[1]]


def _pick(text: str, draft: Draft, here: _SentenceContext, items: list[_Span], join: bool,
          prefer_after: bool = False) -> str | None:
    if not items:
        return None
    siblings = here.siblings
    respectively = _RESPECTIVELY.search(text, draft.end, max(items[-1].end, draft.end) + 80)
    if respectively and len(siblings) > 1:
        after_last = [i for i in items if i.start > siblings[-1].end]
        run = after_last if len(after_last) == len(siblings) else _matching_run(text, items, siblings)
        if run is not None:
            return run[here.position[id(draft)]].text
    # The mention that follows the number in its own clause ("87.6% on StrategyQA", "over X").
    for item in items:
        if item.start >= draft.end and _RIGHT_FRAME.match(text, draft.end, item.start):
            if not here.numbers_between(draft.end, item.start):
                return item.text
            break
    if join:
        names = list(dict.fromkeys(i.text for i in items))
        return "; ".join(names)
    before = [i for i in items if i.end <= draft.start]
    after = [i for i in items if i.start >= draft.end]
    if prefer_after and after:
        return after[0].text
    nearest = min(items, key=lambda i: min(abs(i.start - draft.end), abs(draft.start - i.end)))
    return (before[-1] if before and not after else nearest).text


def _matching_run(text: str, items: list[_Span], siblings: list[Draft]) -> list[_Span] | None:
    """The list of names that a "respectively" pairs with the numbers: as many names as numbers,
    joined only by commas, "and" or slashes; the list after the numbers first, else the one before."""
    runs: list[list[_Span]] = []
    for item in items:
        if runs and _RUN_GAP.fullmatch(text[runs[-1][-1].end:item.start]):
            runs[-1].append(item)
        else:
            runs.append([item])
    fitting = [r for r in runs if len(r) == len(siblings)]
    after = [r for r in fitting if r[0].start > siblings[-1].end]
    before = [r for r in fitting if r[-1].end < siblings[0].start]
    return (after or before or [None])[0]


def _neighbour_platform(text: str, platforms: list[_Span], spans, index: int) -> str | None:
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(spans):
            start = spans[neighbour][0]
            found = [p for p in _inside(platforms, spans[neighbour])
                     if not _COMPARISON.search(text[start:p.start])]
            if found:
                return found[0].text
    return None
