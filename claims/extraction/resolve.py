"""Merge and share across numbers: from-to and X-vs-Y pairs, pairs of factors, qualifiers written
once before a list, and one number stated for two metrics."""
from __future__ import annotations

import copy

import regex

from .typing import Draft, find_cues

_PAIR_HEAD = regex.compile(r"(\S+(?:\s+\S+){0,2})\s+(?:and|&)\s+$")
_FROM = regex.compile(r"\bfrom\s+(?:[^\d;]{0,40})$", regex.IGNORECASE)
_TO_GAP = regex.compile(r"^[^\d;]{0,60}?\bto\s+(?:\p{L}+\s+)?\(?\s*(?:\p{L}+\s*=\s*)?$", regex.IGNORECASE)
_VS_GAP = regex.compile(
    r"^\s*(?:\([^()\d]{0,30}\)\s*)?(?:[^;.]{0,60}?\s)?(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)"
    r"\s+(?:[^\d;]{0,25}?)?$", regex.IGNORECASE)
# "65.4% accuracy, surpassing GPT-3.5 (57.1%)": the bracketed number is the baseline's.
_PAREN_BASELINE_GAP = regex.compile(
    r"^[^\d;()]{0,30}?\b(?:surpass\w*|outperform\w*|beat\w*|exceed\w*|compared\s+(?:to|with)|vs\.?|versus|over|than|"
    r"relative\s+to|against)\s+[^;()]{1,50}?\(\s*$", regex.IGNORECASE)
_WHEREAS_GAP = regex.compile(r"^[^\d;]{0,20}\b(?:whereas|while)\b[^\d;]{0,60}$", regex.IGNORECASE)
_LIST_GAP = regex.compile(r"^[^\d;.]{0,60}$")
_LIST_WORD = regex.compile(r"(?:,|\band\b|\bor\b|\brespectively\b)", regex.IGNORECASE)


def resolve_pairs(text: str, drafts: list[Draft]) -> list[Draft]:
    """Fold baseline numbers into the claim they are compared with; returns the drafts that stay."""
    out: list[Draft] = []
    index = 0
    while index < len(drafts):
        current = drafts[index]
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        if following and following.sentence_index == current.sentence_index:
            gap = text[current.mention.end:following.mention.start]
            before = text[max(0, current.mention.start - 45):current.mention.start]
            if _FROM.search(before) and _TO_GAP.match(gap) and _units_agree(current, following):
                from_at = before.lower().rfind("from")
                out.append(_pair(following, current, start=current.mention.start - len(before) + from_at,
                                 end=following.end, rule="pair.from_to"))
                index += 2
                continue
            if _PAREN_BASELINE_GAP.match(gap) and text[following.mention.end:following.mention.end + 2].lstrip().startswith(")") \
                    and current.mention.unit == following.mention.unit and current.kind == following.kind:
                out.append(_pair(current, following, start=current.start, end=current.end, rule="pair.parenthesised_baseline"))
                index += 2
                continue
            if _WHEREAS_GAP.match(gap) and current.mention.unit == following.mention.unit and \
                    current.kind == following.kind == "absolute":
                out.append(_pair(following, current, start=current.start, end=following.end, rule="pair.whereas"))
                index += 2
                continue
            if _VS_GAP.match(gap) and _units_agree(current, following) and current.kind == following.kind:
                merged = _pair(current, following, start=current.start, end=following.end, rule="pair.versus")
                if current.kind == "ratio":
                    merged.start, merged.end = current.start, current.end   # a pair of factors stays a ratio
                out.append(merged)
                index += 2
                continue
        out.append(current)
        index += 1
    return out


def _units_agree(a: Draft, b: Draft) -> bool:
    return a.mention.unit == b.mention.unit or not a.mention.unit or not b.mention.unit


def _pair(new: Draft, old: Draft, start: int, end: int, rule: str) -> Draft:
    merged = copy.copy(new)
    merged.rule_ids = new.rule_ids + [rule]
    if not _owns_cue(new) and _owns_cue(old):
        merged.metric, merged.metric_text, merged.metric_hit = old.metric, old.metric_text, old.metric_hit
    merged.baseline_value = old.mention.value
    if new.kind != "ratio":
        merged.kind, merged.direction = "absolute", None
    if merged.metric == "other" and old.metric != "other":
        merged.metric, merged.metric_text = old.metric, old.metric_text
    merged.start, merged.end = start, end
    return merged


# Qualifiers written before a number; one written inside a metric's name stays with it.
_LIST_QUALIFIERS = frozenset({"qualifier.up_to", "qualifier.about", "qualifier.average_before", "qualifier.list",
                              "qualifier.at_least", "qualifier.more_than"})


def _owns_cue(draft: Draft) -> bool:
    return any(r in draft.rule_ids for r in ("metric.left", "metric.right"))


def share_qualifiers(text: str, drafts: list[Draft]) -> None:
    """A qualifier written once before a list ("up to 3.44X and 2.02X") covers the list."""
    for previous, current in zip(drafts, drafts[1:]):
        if current.qualifier or not previous.qualifier or previous.sentence_index != current.sentence_index:
            continue
        if previous.qualifier_source not in _LIST_QUALIFIERS or previous.mention.unit != current.mention.unit:
            continue
        gap = text[previous.mention.end:current.mention.start]
        if _LIST_GAP.match(gap) and _LIST_WORD.search(gap) and len(gap.split()) <= 8:
            current.qualifier, current.qualifier_source = previous.qualifier, "qualifier.list"
            current.rule_ids.append("qualifier.list")


def split_two_metrics(text: str, drafts: list[Draft]) -> list[Draft]:
    """"reduces latency and energy by 30%": one number, two claims."""
    out = []
    for draft in drafts:
        out.append(draft)
        hit = draft.metric_hit
        if hit is None or "metric.left" not in draft.rule_ids:
            continue
        window_start = max(0, hit.start - 40)
        head = text[window_start:hit.start]
        # Only a head ending in "and"/"&" and white space can match; the search tries every start.
        if not head.rstrip().endswith(("and", "&")):
            continue
        match = _PAIR_HEAD.search(head)
        if not match:
            continue
        others = [h for h in find_cues(text, window_start + match.start(), window_start + match.end())
                  if h.family != hit.family]
        if others:
            twin = copy.copy(draft)
            twin.metric, twin.metric_text, twin.metric_hit = others[-1].family, others[-1].surface, others[-1]
            twin.rule_ids = draft.rule_ids + ["resolve.two_metrics"]
            out.append(twin)
    return out
