"""A list of comparisons that repeats "by": "outperforming gzip by 3.1x, bzip2 by 2.5x and CMIX v21
by 44%", "surpasses the base model by 14.5% and even real-world RL baselines by 3.3%". The cue of
the list ("outperforming", "over") reaches its first member only; each member after it names the
baseline of its own figure (picking.py `context.bound_by` binds "X by <figure>").

>>> from claims.extraction.baselines import baseline_phrases
>>> [b.text for b in baseline_phrases("It outperforms gzip by 3.1x, bzip2 by 2.5x and ts_zip by 20%.")]
['gzip', 'bzip2', 'ts_zip']
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..matching import compiled, match_at
from .names import Name, is_quantity
from .rulebook.cues import metric_cues

RULES = {
    "baseline.listed_by": 'a member of a list of comparisons each with its own "by <figure>" after the first '
                          '("outperforming gzip by 3.1x, bzip2 by 2.5x and CMIX by 44%")',
}

# A qualifier between "by" and its figure ("by up to 3x"); picking.py's `context.bound_by` reads the same.
BY_QUALIFIER = r"(?:(?:up\s+to|about|nearly|over|around|approximately|roughly|almost)\s+)?"
# A short label in brackets after a name is part of it: "U-Net (4c) by +19.2%".
_LABEL = compiled(r"\s\((?=[^()\s]{0,7}\p{L})[^()\s]{1,8}\)(?=\s+by\s)")
# From a member's end past its figure to the next member: "by 3.1x, ", "by 14.5% and even ", with a
# unit word or a short setting after the figure ("by 2.8 points", "by 1.43% Jaccard", "by 4% on MMLU").
_TO_NEXT = compiled(r"(?:\s\([^()]{1,30}\))?\s+by\s+" + BY_QUALIFIER + r"[~+]?\d[\d.,]*\s?(?:%|x|×|times|fold|points?|pp"
                    r"|percentage\s+points?)?(?:\s+(?:in|on)\s+[^\s,;()]{1,25}|\s+\p{L}[\p{L}\d@-]{0,19}(?=,|\s+and\s))?"
                    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:even\s+|also\s+)?")
# The next member's own figure follows it (an aside in brackets may stand between: "FineZip (1.024 bpb) by 8%").
_THEN_BY = compiled(r"(?:\s\([^()]{1,30}\))?\s+by\s+" + BY_QUALIFIER + r"[~+]?\d")
_MOST_MEMBERS = 8
# A verb after the comma opens the next clause ("by 4.1 points, and improves recall by 6.2 points").
_OPENS_ON_VERB = compiled(r"(?:improv|reduc|increas|decreas|boost|lower|rais|cut|enhanc|accelerat|speed|shrink|achiev"
                          r"|yield|deliver|sav|gain|trim|halv|doubl)\w*\s", 0)


def listed_after_by(sentence: str, found: list[Name], read: Callable[[int], Name | None],
                    claim: Callable[[Name], bool]) -> list[Name]:
    """`found` with each baseline bound by "by <figure>" taking the short label after it, and the
    members of the list it opens, in order of position. `read(start)` reads a baseline phrase at
    `start`; `claim(name)` takes its span, False where another phrase holds it."""
    out = [_labelled(sentence, name) for name in found]
    held = {name.start: name for name in out}       # a member another rule found ("and Y by": baseline.next_by)
    for member in list(out):
        for _ in range(_MOST_MEMBERS):
            step = match_at(_TO_NEXT, sentence, member.end)
            if step is None:
                break
            if step.end() in held:
                member = held[step.end()]
                continue
            following = read(step.end())
            if following is None or not match_at(_THEN_BY, sentence, following.end) \
                    or not _names_a_system(following.text) or not claim(following):
                break
            member = _labelled(sentence, replace(following, rule_id="baseline.listed_by"))
            held[member.start] = member
            out.append(member)
    out.sort(key=lambda name: name.start)
    return out


def _labelled(sentence: str, name: Name) -> Name:
    label = match_at(_LABEL, sentence, name.end)
    if label is None:
        return name
    text = sentence[name.start:label.end()]
    return replace(name, name=text, text=text, end=label.end())


def _names_a_system(text: str) -> bool:
    """Whether a member names a system ("bzip2", "brotli", "existing routing methods"), not a metric
    of a list of gains ("F1 by 2%", "latency by 20%") nor a verb that opens the next clause."""
    return _OPENS_ON_VERB.match(text) is None and not is_quantity(text) and not any(
        (m := cue.pattern.search(text)) is not None and m.end() == len(text) for cue in metric_cues())
