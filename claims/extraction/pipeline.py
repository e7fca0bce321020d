"""The extraction pipeline: abstract text in, claims out.

    normalize -> sentences -> numbers -> filters -> typing -> resolve -> context -> claims

`extract(text)` is the library call; `explain(text)` returns, for every number seen, the rules
that kept, typed or dropped it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import partial

from ..matching import budget
from ..errors import ExtractionTimeout
from ..model import Claim
from .context import attach_context
from .filters import background_sentences, drop_reason
from .hardware import find_platforms
from .normalize import Normalized, normalize
from .numbers import Mention, find_mentions
from .resolve import resolve_pairs, share_qualifiers, split_two_metrics
from .sentences import split_sentences
from .typing import Draft, Reach, find_cues, reach, share_forward, share_kind, type_kind, type_metric, type_qualifier
from ..units import gain, to_si
from .worthiness import is_claim_worthy


@dataclass(frozen=True, slots=True)
class Trace:
    """What happened to one number: kept as a claim, or dropped by a rule."""

    text: str
    value: float
    kept: bool
    rule_ids: tuple[str, ...]
    sentence: str
    start: int = 0


def extract(text: str, title: str | None = None) -> list[Claim]:
    """The claims of one abstract, in text order; `[]` when there are none.

    >>> [(c.text, c.value, c.metric, c.kind, c.direction) for c in extract(
    ...     "Our accelerator runs 5.6$\\\\times$ faster than an RTX 3090.")]
    [('5.6$\\\\times$', 5.6, 'speedup', 'ratio', 'increase')]
    """
    claims, _ = _guarded(text or "", title, explaining=False)
    return claims


def explain(text: str, title: str | None = None) -> list[Trace]:
    """Every number of `text` with the rules that kept, typed or dropped it."""
    _, traces = _guarded(text or "", title, explaining=True)
    return traces


def _guarded(text: str, title: str | None, explaining: bool) -> tuple[list[Claim], list[Trace]]:
    try:
        return _run(text, title, explaining)
    except TimeoutError:
        raise ExtractionTimeout(
            f"a pattern ran past its time limit ({budget(len(text)):g} s) on this text "
            f"({len(text):,} characters); skipped") from None


def _run(original: str, title: str | None, explaining: bool) -> tuple[list[Claim], list[Trace]]:
    """The claims, and when `explaining` the trace of every number (else no traces)."""
    norm = normalize(original)
    text = norm.text
    all_mentions = find_mentions(text)
    if not explaining and all(mention.dropped for mention in all_mentions):
        return [], []           # half the abstracts: no number outside a name, nothing to claim
    spans = split_sentences(text)
    traces: list[Trace] = []
    drafts: list[Draft] = []
    cue_cache: dict[int, list] = {}
    by_sentence = _bucket(all_mentions, spans)
    background: set[int] | None = None

    def in_background(index: int) -> bool:
        # The background sentences are only read once a number outside a name asks.
        nonlocal background
        if background is None:
            background = background_sentences(text, spans)
        return index in background
    original_sentences: dict[int, str] = {}

    def original_sentence(index: int) -> str:
        # One copy of each sentence, shared by all its claims and traces.
        if index not in original_sentences:
            s_start, s_end = norm.to_original(*spans[index])
            original_sentences[index] = original[s_start:s_end]
        return original_sentences[index]

    def cues_of(index: int) -> list:
        # Cues are looked for only in sentences that hold a number, and the sentence before. A cue
        # inside a number's own surface ("12 hours", "5 FPS") is its unit, not a metric name.
        if index not in cue_cache:
            start, end = spans[index]
            inside = [(m.start, m.end) for m in by_sentence[index]]
            cue_cache[index] = [h for h in find_cues(text, start, end) if not _inside_any(h, inside)]
        return cue_cache[index]

    for index, (start, end) in enumerate(spans):
        mentions = by_sentence[index]
        if not mentions:
            continue
        # A sentence's cues are only read once one of its numbers needs them (to be judged
        # claim-worthy, or typed), and the sentence before's only when a rule asks for them.
        hits = None
        previous_hits = partial(cues_of, index - 1) if index else _no_cues
        candidates = []

        def worthiness(mention: Mention) -> str | None:
            nonlocal hits
            if hits is None:
                hits = cues_of(index)
            return is_claim_worthy(text, (start, end), mention, hits,
                                   previous=candidates[-1] if candidates else None, previous_hits=previous_hits)

        for mention in mentions:
            if explaining:
                # The first rule that drops the number, in the order its trace reports.
                reason = drop_reason(text, start, mention)
                if reason is None and in_background(index):
                    reason = "filter.background_sentence"
                if reason is None:
                    reason = worthiness(mention)
                if reason:
                    traces.append(_trace(norm, mention, [reason], original_sentence(index)))
                    continue
            elif mention.dropped or in_background(index) or (mention.bare and worthiness(mention)) or \
                    drop_reason(text, start, mention):
                # Only whether a rule drops the number matters here, not which: the cheap tests
                # first (a bare number is mostly dropped as one; any other is always claim-worthy).
                continue
            candidates.append(mention)
        if not candidates:
            continue
        if hits is None:
            hits = cues_of(index)
        reached = [reach(text, (start, end), mention, hits) for mention in candidates]
        owned = _owned_elsewhere(candidates, reached)
        sentence_drafts: list[Draft] = []
        for mention, its_reach in zip(candidates, reached):
            draft = Draft(mention=mention, sentence_index=index, start=mention.start, end=mention.end,
                          rule_ids=list(mention.rule_ids))
            type_metric(draft, text, hits, previous_hits, owned[id(mention)], its_reach,
                        sibling=sentence_drafts[-1] if sentence_drafts else None)
            sentence_drafts.append(draft)
        share_forward(text, sentence_drafts)
        for draft, its_reach in zip(sentence_drafts, reached):
            type_kind(draft, text, (start, end), its_reach.floor)
            type_qualifier(draft, text, (start, end), its_reach.floor)
        share_kind(text, sentence_drafts)
        drafts += sentence_drafts
    drafts = resolve_pairs(text, drafts)
    share_qualifiers(text, drafts)
    drafts = split_two_metrics(text, drafts)
    contexts = attach_context(norm, spans, drafts, title)
    claims = []
    for draft, context in zip(drafts, contexts):
        claim = _to_claim(norm, original_sentence(draft.sentence_index), draft, context)
        claims.append(claim)
        if explaining:
            traces.append(Trace(claim.text, claim.value, True, claim.rule_ids, claim.sentence, claim.start))
    traces.sort(key=lambda t: t.start)
    return claims, traces


def _no_cues() -> list:
    return []


def _owned_elsewhere(mentions: list[Mention], reached: list[Reach]) -> dict[int, set[int]]:
    """For each mention, the cues that another mention of the sentence owns outright (`reached`:
    each mention's reach)."""
    owners: dict[int, int] = {}
    for mention, its_reach in zip(mentions, reached):
        for hit in (its_reach.right, its_reach.left):
            if hit is not None:
                owners.setdefault(id(hit), id(mention))
    return {id(m): {cue for cue, owner in owners.items() if owner != id(m)} for m in mentions}


def _bucket(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[list[Mention]]:
    """The mentions of each sentence, in one pass (both lists are in text order)."""
    buckets: list[list[Mention]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for mention in mentions:
        index = bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.start < spans[index][1]:
            buckets[index].append(mention)
    return buckets


def _inside_any(hit, spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(spans, (hit.start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= hit.start and hit.end <= spans[index][1]


def _trace(norm: Normalized, mention: Mention, rules: list[str], sentence: str) -> Trace:
    start, end = norm.to_original(mention.start, mention.end)
    return Trace(norm.original[start:end], mention.value, False, tuple(mention.rule_ids + rules), sentence, start)


def _to_claim(norm: Normalized, sentence: str, draft: Draft, context) -> Claim:
    start, end = norm.to_original(draft.start, draft.end)
    mention = draft.mention
    si_value, si_unit = to_si(mention.value, mention.unit)
    factor = gain(draft.metric, draft.kind, draft.direction, mention.value, mention.unit)
    return Claim(
        text=norm.original[start:end], value=mention.value, start=start, end=end,
        metric=draft.metric, metric_text=draft.metric_text, kind=draft.kind,
        direction=draft.direction if draft.kind != "absolute" else None,
        value_low=mention.value_low, unit=mention.unit, qualifier=draft.qualifier,
        baseline=context.baseline, baseline_value=draft.baseline_value, dataset=context.dataset,
        hardware=context.hardware, method=context.method,
        sentence=sentence, rule_ids=tuple(dict.fromkeys(draft.rule_ids)),
        si_value=si_value, si_unit=si_unit, gain=factor,
    )


def claim_record(claim: Claim) -> dict:
    """A claim as a plain dict with the spec's field names (rule ids joined by spaces)."""
    record = {name: getattr(claim, name) for name in Claim.__slots__}
    record["rule_ids"] = " ".join(claim.rule_ids)
    return record


def extract_paper(paper) -> dict:
    """One paper's claims and platforms, shaped like a line of the gold file (for `claims eval`)."""
    claims = extract(paper.abstract, title=paper.title)
    platforms = find_platforms(paper.abstract)
    return {
        "title": paper.title,
        "claims": [claim_record(c) for c in claims],
        "hardware": [{"name": p.name, "class": p.hw_class} for p in platforms],
    }
