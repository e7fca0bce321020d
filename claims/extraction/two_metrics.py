"""Split one number stated for two metrics into two claims (CLAIMS_SPEC.md section 2): "reduces
latency and energy by 30%", "reducing acquisition time and dose four-fold"; numbers in pairs after
two metrics take one each, in order ("reduces power and area by 23% and 7%").
"""
from __future__ import annotations

from ..matching import compiled, match_at, search_at_end
from .cues import CueHit, find_cues
from .draft import Draft
from .pairs import LIST_GAP
from .qualifier import qualifier_of_named_list
from .rulebook.cues import word_pattern

__all__ = ["split_two_metrics"]

_SECOND_WINDOW = 60     # characters before a cue read for the verb of change and a first quantity
_PAIR_HEAD = compiled(r"(\S+(?:\s+\S+){0,2})\s+(?:and|&)\s+$")
_DIGIT = compiled(r"\d")

# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "resolve.metrics_by_position": '"reduces power and area by 23% and 7%": two metrics, numbers in pairs: one each, in order; '
        '"accuracy, sensitivity and specificity of 97.8%, 99.9% and 95.7%, respectively": as many metrics as numbers',
    "resolve.two_metrics": '"reduces latency and energy by 30%": one number, a second claim for the second metric',
    "resolve.own_second_quantity": '"reduces acquisition time and dose four-fold", "cuts synapse counts and hardware costs '
        'by 30-50%": one number for a metric and a second quantity (words.second_quantity_after, '
        'words.second_quantity_before): a second claim, of that quantity\'s family, `other` where no cue knows it',
}


def split_two_metrics(text: str, drafts: list[Draft]) -> list[Draft]:
    """"reduces latency and energy by 30%": one number, two claims."""
    out = []
    for index, draft in enumerate(drafts):
        out.append(draft)
        hit = draft.metric_hit
        if hit is None or draft.metric_how not in ("metric.left", "metric.sentence"):
            continue
        if (listed := _respective_noun_list(text, drafts, index, hit)) is not None:
            _metrics_in_order(text, *listed)
            continue
        if draft.metric_how == "metric.sentence" and not _respectively_list(text, drafts, index, hit):
            continue        # a cue of the sentence splits only over a list read "respectively"
        if _split_on_cues(text, drafts, index, hit, out):
            continue
        if draft.metric_how == "metric.left" and (second := _second_quantity(text, draft)) is not None:
            family, quantity, cue = second
            out.append(_twin(draft, family, quantity, cue, "resolve.own_second_quantity"))
    return out


def _twin(draft: Draft, family: str, surface: str, cue: CueHit | None, rule: str) -> Draft:
    """A copy of `draft` claiming its number for a second metric, decided by `rule`."""
    twin = draft.branch(rule)
    twin.metric, twin.metric_text, twin.metric_hit = family, surface, cue
    twin.decide("metric", rule, *([cue.rule_id] if cue else []))
    return twin


def _split_on_cues(text: str, drafts: list[Draft], index: int, hit: CueHit, out: list[Draft]) -> bool:
    """Split the draft at `index` where a cue of another family stands right before its own across
    "and" ("latency and energy by 30%"); whether it did."""
    draft = drafts[index]
    window_start = max(0, hit.start - 40)
    head = text[window_start:hit.start]
    # Only a head ending in "and"/"&" and white space can match; the search tries every start.
    if not head.rstrip().endswith(("and", "&")):
        return False
    match = _PAIR_HEAD.search(head)
    if not match or _DIGIT.search(match.group(1)):
        return True         # "accuracy = 0.8798 and F1-score = 0.8750": two metrics, each with its number
    others = [h for h in find_cues(text, window_start + match.start(), window_start + match.end())
              if h.family != hit.family]
    if not others:
        return False
    chain = _same_cue_list(text, drafts, index, hit)
    if len(chain) % 2 == 0:
        # "reduces power and area by 23% and 7% (vs. A) and 64% and 74% (vs. B)": two metrics,
        # numbers in pairs: one each, in order.
        first = others[-1]
        for position, item in enumerate(chain):
            cue = first if position % 2 == 0 else hit
            item.metric, item.metric_text, item.metric_hit = cue.family, cue.surface, cue
            item.decide("metric", "resolve.metrics_by_position", cue.rule_id)
            item.rule_ids.append("resolve.metrics_by_position")
        return True
    out.append(_twin(draft, others[-1].family, others[-1].surface, others[-1], "resolve.two_metrics"))
    return True


def _second_quantity(text: str, draft: Draft) -> tuple[str, str, CueHit | None] | None:
    """The second quantity that shares the number with its metric cue after a verb of change, with
    its family and cue: after the cue ("reducing acquisition time and dose four-fold") or before it,
    one word between "and" and the cue ("reduces synapse counts and hardware costs by 30-50%"). A
    quantity no cue knows is `other`; one whose cue is of the number's own family is no second."""
    hit = draft.metric_hit
    window = max(0, hit.start - _SECOND_WINDOW)
    found = word_pattern("words.second_quantity_after").fullmatch(text, hit.end, draft.number.start)
    if found is not None:
        if not search_at_end(word_pattern("words.change_verb_before"), text[window:hit.start]):
            return None
        start, end = found.span("quantity")
    else:
        found = search_at_end(word_pattern("words.second_quantity_before"), text[window:hit.start])
        if found is None:
            return None
        start, end = window + found.start("quantity"), window + found.end("quantity")
    cues = find_cues(text, start, end)
    if not cues:
        return "other", text[start:end], None
    return None if cues[-1].family == hit.family else (cues[-1].family, cues[-1].surface, cues[-1])


def _same_cue_list(text: str, drafts: list[Draft], index: int, hit) -> list[Draft]:
    """The draft at `index` and the drafts after it that took its cue as numbers of its list,
    when the first of them follows it right away ("by 23% and 7%")."""
    chain = [drafts[index]]
    for following in drafts[index + 1:]:
        if following.metric_how != "metric.list" or following.metric_hit is not hit:
            break
        chain.append(following)
    if len(chain) > 1 and not LIST_GAP.fullmatch(text, chain[0].number.end, chain[1].number.start):
        return chain[:1]
    return chain


_RESPECTIVELY = compiled(r"\s?,?\s?respectively\b")
# "by 17.4%, 14.4%, and 28.5% on average, respectively", "... and 41% on ARM cores, respectively": a qualifier or
# one setting (no list of its own, no comma) may stand between the numbers and their "respectively"
_RESPECTIVELY_AFTER_LIST = compiled(r"(?:\s(?:on\saverage|in\stotal|overall)|\s(?:on|in|over|across|for|with)\s[^,;.()\d]{1,40}?)?"
                                    r"\s?,?\s?respectively\b")
_NOUN_LIST_WINDOW = 120     # characters before the last metric noun read for the nouns listed before it
_NOUN_LIST_GAP = compiled(r",?\s(?:and\s|&\s)?|,\s?")


def _metric_noun_list(text: str, hit: CueHit) -> list[CueHit]:
    """The metric cues listed right before `hit` and `hit` itself ("accuracy, sensitivity and specificity"),
    only commas and "and" between them."""
    listed = [hit]
    for cue in reversed(find_cues(text, max(0, hit.start - _NOUN_LIST_WINDOW), hit.start)):
        if not _NOUN_LIST_GAP.fullmatch(text, cue.end, listed[0].start):
            break
        listed.insert(0, cue)
    return listed


def _respective_noun_list(text: str, drafts: list[Draft], index: int, hit: CueHit) \
        -> tuple[list[Draft], list[CueHit]] | None:
    """"accuracy, sensitivity and specificity of 97.8%, 99.9% and 95.7%, respectively": three or more
    numbers that took the last of as many metric nouns listed right before them, read "respectively"
    (the numbers and the nouns), or None."""
    chain = _same_cue_list(text, drafts, index, hit)
    if len(chain) < 3 or not match_at(_RESPECTIVELY_AFTER_LIST, text, chain[-1].number.end):
        return None
    nouns = _metric_noun_list(text, hit)
    return (chain, nouns) if len(nouns) == len(chain) else None


def _metrics_in_order(text: str, chain: list[Draft], nouns: list[CueHit]) -> None:
    """One metric noun for each number of the list, in order; a qualifier written before the nouns
    ("average detection accuracy, sensitivity and specificity of ...") covers every number."""
    list_qualifier = qualifier_of_named_list(text, nouns[0])
    for item, cue in zip(chain, nouns):
        item.metric, item.metric_text, item.metric_hit = cue.family, cue.surface, cue
        item.decide("metric", "resolve.metrics_by_position", cue.rule_id)
        item.rule_ids.append("resolve.metrics_by_position")
        if list_qualifier is not None and not item.qualifier:
            item.set_qualifier(*list_qualifier, list_qualifier[1])


def _respectively_list(text: str, drafts: list[Draft], index: int, hit) -> bool:
    """"throughput and energy efficiency surpass A and B by 1.27x and 1.36x, and 1.95x and
    5.23x, respectively": an even list that took its cue from the sentence, read "respectively"."""
    chain = _same_cue_list(text, drafts, index, hit)
    return len(chain) % 2 == 0 and bool(match_at(_RESPECTIVELY, text, chain[-1].number.end))
