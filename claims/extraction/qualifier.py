"""Give each typed number its qualifier (CLAIMS_SPEC.md sections 2, 8, 9): "up to", "about",
"at least", ... from the cues of patterns/qualifiers.yaml before the number, after it, and in its
metric's words ("average accuracy", "peak throughput"). Where several apply, the one first in
the spec's precedence (patterns/spec.yaml) wins."""
from __future__ import annotations

from ..matching import compiled, search_at_end
from ..spec import QUALIFIERS
from .cues import WORD
from .draft import Draft
from .rulebook.cues import list_qualifiers, qualifier_set, word_pattern

LEFT_WINDOW, RIGHT_WINDOW = 60, 40
_BOUNDS = frozenset({"up_to", "at_least", "at_most", "more_than", "less_than"})
# The rule id a qualifier implied by a number's own words is listed under ("an order of magnitude").
NUMBER_WORD = "number.word"


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "number.word": 'a qualifier implied by the words of the number ("an order of magnitude": about)',
    "qualifier.list": "a qualifier written once before a list covers the list (`covers_list` in "
        "patterns/qualifiers.yaml); not an item that names its own metric after a number that completed the cue "
        'before it ("accuracy above 85%, and 90% precision")',
    "qualifier.trailing_average": '"on average" right after the last figure of a bare list covers the list ("by '
        '17.4%, 14.4%, and 28.5% on average, respectively"); not a figure with a qualifier of its own',
    "qualifier.past_cue": 'a qualifier after the number\'s own metric cue is the number\'s ("3.08x speedup on '
        'average", "2.1x (up to 4.6x) speedup on average")',
}


def assign_qualifier(draft: Draft, text: str, sentence: tuple[int, int]) -> None:
    """The number's qualifier, if any."""
    number = draft.number
    left = _without_lead_in(text[max(draft.reach.floor, number.start - LEFT_WINDOW):number.start])
    right = text[number.end:min(sentence[1], number.end + RIGHT_WINDOW)]
    found: list[tuple[str, str, str]] = []          # (qualifier, rule id listed, rule id traced)
    if number.qualifier:
        found.append((number.qualifier, NUMBER_WORD, number.rule_ids[0]))
    before_cues, before_set, _ = qualifier_set("before")
    for cue, matches in zip(before_cues, before_set.scan(left)):
        if matches:
            found.append((cue.attrs["qualifier"], cue.rule_id, cue.rule_id))
    # Most numbers have none of the cues after them or in their metric's words: one search of all
    # of a side's cues at once says so, and only where one matches are they read one by one.
    after_cues, _, any_after = qualifier_set("after")
    if any_after.match(right):
        found += [(cue.attrs["qualifier"], cue.rule_id, cue.rule_id) for cue in after_cues if cue.pattern.match(right)]
    elif draft.metric_how == "metric.right" and draft.metric_hit is not None and draft.metric_hit.end < sentence[1]:
        # "3.08x speedup on average": the words after the number's own cue are the number's too
        past_cue = text[draft.metric_hit.end:min(sentence[1], draft.metric_hit.end + RIGHT_WINDOW)]
        if any_after.match(past_cue):
            found += [(cue.attrs["qualifier"], cue.rule_id, "qualifier.past_cue") for cue in after_cues
                      if cue.pattern.match(past_cue)]
    # A bound written at the number ("max absolute logit differences below 2.1e-5") is the number's
    # own: it wins over a bound the metric's name implies ("max", "peak").
    own_bound = any(found_qualifier in _BOUNDS for found_qualifier, _, _ in found)
    metric_cues, _, any_metric = qualifier_set("metric")
    in_metric_text = any_metric.search(draft.metric_text) is not None
    prefix = None       # read once, and only when a cue is not in the metric's own words
    for cue in metric_cues:
        if own_bound and cue.attrs["qualifier"] in _BOUNDS:
            continue
        if in_metric_text and cue.pattern.search(draft.metric_text):
            found.append((cue.attrs["qualifier"], cue.rule_id, cue.rule_id))
            continue
        if prefix is None:
            prefix = _metric_prefix(text, draft)
            in_prefix = any_metric.search(prefix) is not None
        if in_prefix and cue.pattern.search(prefix):
            found.append((cue.attrs["qualifier"], cue.rule_id, cue.rule_id))
    if not found:
        # "an average AFFC of 71.9%": the words naming the number's quantity, read last so that
        # a cue at the number or in the metric's own words keeps its trace
        named_cues, named_set, _ = qualifier_set("named")
        found += [(cue.attrs["qualifier"], cue.rule_id, cue.rule_id)
                  for cue, matches in zip(named_cues, named_set.scan(left)) if matches]
    if found:
        qualifier, listed, traced = min(found, key=lambda f: QUALIFIERS.index(f[0]))
        draft.set_qualifier(qualifier, listed, traced)


def _without_lead_in(left: str) -> str:
    """`left` with the lead-in words at its end ("by", "of", "reaching a") cut to one space."""
    match = search_at_end(word_pattern("words.lead_in"), left)
    return left if match is None else left[:match.start()] + " " + left[match.end():]


def _metric_prefix(text: str, draft: Draft) -> str:
    """The two words before the metric cue ("average accuracy", "geo-mean speedup")."""
    hit = draft.metric_hit
    if hit is None:
        return ""
    words = WORD.findall(text[max(0, hit.start - 25):hit.start])
    return " ".join(words[-2:]) if abs(hit.start - draft.number.start) < 80 else ""


_NAMED_LIST_REACH = 48      # characters read before the first noun of a list
_NAMED_LIST_WORDS = 3       # "average deepfake detection accuracy, ...": the qualifier and two words of the name
_CLAUSE_MARK = compiled(r"[,;:()]")


def qualifier_of_named_list(text: str, first_noun) -> tuple[str, str] | None:
    """The qualifier in the two words before the first noun of a list of metric nouns ("average detection
    accuracy, sensitivity and specificity of ..."): written once before the list, it covers every noun's
    number (spec 7). (qualifier, rule id) or None."""
    before = text[max(0, first_noun.start - _NAMED_LIST_REACH):first_noun.start]
    words = WORD.findall(_CLAUSE_MARK.split(before)[-1])     # the words of its own clause only
    prefix = " ".join(words[-_NAMED_LIST_WORDS:])
    metric_cues, _, any_metric = qualifier_set("metric")
    if not prefix or any_metric.search(prefix) is None:
        return None
    found = [(cue.attrs["qualifier"], cue.rule_id) for cue in metric_cues if cue.pattern.search(prefix)]
    return min(found, key=lambda f: QUALIFIERS.index(f[0])) if found else None


# A new clause ("..., outperforming X by 30%") starts an item of its own; a qualifier inside a
# bracketed aside covers only the aside.
_NEW_ITEM = compiled(r",\s?(?:while\s|whereas\s|and\s)?\p{L}+ing\b")
_ASIDE_END = compiled(r"\s?\)")


def share_qualifiers(text: str, drafts: list[Draft]) -> None:
    """A qualifier written once before a list ("up to 3.44X and 2.02X") covers the list."""
    for previous, current in zip(drafts, drafts[1:]):
        if not previous.qualifier or previous.sentence_index != current.sentence_index:
            continue
        if current.qualifier and not _yields_to_list_bound(previous, current):
            continue
        if not _covers_list(previous.qualifier_source):
            continue
        if previous.number.unit != current.number.unit and not _changes_of_two_metrics(text, previous, current):
            continue
        gap = text[previous.number.end:current.number.start]
        # "up to 94.5% accuracy, outperforming X by 30%", "by up to 4.7% and reduces latency by 25%",
        # "3.84x (up to 5.05x) ..., 2.03x": a new clause, a verb of its own or an aside's end
        if _NEW_ITEM.search(gap) or word_pattern("gap.new_item_verb").search(gap) or _ASIDE_END.match(gap):
            continue
        if previous.metric_how == "metric.left" and not previous.forwarded and current.metric_how == "metric.right" \
                and not _score_after_preposition(text, current):
            continue    # "accuracy above 85%, and 90% precision": each item names its own metric
        if word_pattern("gap.pair_list").match(gap) and word_pattern("gap.pair_list_word").search(gap) \
                and len(gap.split()) <= 8:
            current.set_qualifier(previous.qualifier, "qualifier.list", "qualifier.list",
                                  *previous.decisions.get("qualifier", ()))
    _share_trailing_average(text, drafts)


def _yields_to_list_bound(previous: Draft, current: Draft) -> bool:
    """Whether a later item's "average" from its metric's name gives way to the "up to" written once before the
    list ("up to 1.56x, 1.93x, and 1.34x lower average response time"): the item has both, and a bound wins over
    `average` (spec 8), as it does for the list's first figure. Not after another bound: "up to a >10^4x and 600x
    average speedup" sets a maximum against an average (round-30 union gold)."""
    return current.qualifier_source == "qualifier.average_metric" and previous.qualifier == "up_to"


# "on average" (or "averaged") right after a figure, before a comma or "respectively" at most
_TRAILING_AVERAGE = compiled(r"\s?\(?\s?(?:on\saverage|in\saverage|averaged)\b")
_TRAILING_AVERAGE_REACH = 24
# nothing but the list's commas and "and" between two figures
_BARE_LIST_GAP = compiled(r"\s?(?:,\s?(?:and\s)?|and\s)\s?")


def _share_trailing_average(text: str, drafts: list[Draft]) -> None:
    """ "by 17.4%, 14.4%, and 28.5% on average, respectively", "by 15.3% and 5.1% averaged across seven
    benchmarks": "on average" after the last figure of a bare list covers the list (round-30 union golds; dev-a
    d287 reads its closing "on average" over all three items). A figure with a qualifier of its own keeps it ("by
    up to 15 pp and 9.3 pp on average"), and a figure with words of its own after it is no item of a bare list."""
    covered = False         # whether the figure after `previous` is covered by a trailing "on average"
    for index in range(len(drafts) - 1, 0, -1):
        previous, current = drafts[index - 1], drafts[index]
        if current.qualifier_source == "qualifier.average_after":
            right = text[current.number.end:current.number.end + _TRAILING_AVERAGE_REACH]
            covered = _TRAILING_AVERAGE.match(right) is not None
        elif current.qualifier_source != "qualifier.trailing_average":
            covered = False
        if not covered or previous.qualifier or previous.sentence_index != current.sentence_index \
                or previous.number.unit != current.number.unit \
                or _BARE_LIST_GAP.fullmatch(text, previous.number.end, current.number.start) is None:
            continue
        previous.set_qualifier("average", "qualifier.trailing_average", "qualifier.trailing_average",
                               *current.decisions.get("qualifier", ()))


# "37.63% on LPIPS", "10.3% in NDCG@10": a preposition between the figure and its score's name
_PREPOSITION_GAP = compiled(r"\s?(?:on|in|for|of)\s(?:the\s)?")


def _score_after_preposition(text: str, current: Draft) -> bool:
    """Whether the metric of a list's later item is a score named after a preposition ("bitrate by up
    to 75.71% on DISTS and 37.63% on LPIPS"): the item measures the same change on another score, so
    a bound written once before the list covers it (probe typ15: "by up to 18.4% on VerilogEval and
    12.7% on RTLLM"); "and 90% precision" names a metric of its own."""
    hit = current.metric_hit
    return hit is not None and _PREPOSITION_GAP.fullmatch(text, current.number.end, hit.start) is not None


# "up to 1.35x speedup and 44.8% cost reduction": the first figure's own metric words, then the list word
_CUE_THEN_AND = compiled(r"(?:\s(?![\p{L}-]*ing\b)[\p{L}-]+){1,3}(?:\s|,\s?)(?:and\s)?")


def _changes_of_two_metrics(text: str, previous: Draft, current: Draft) -> bool:
    """Two gains in different units, each after its own metric words, joined by "and" with no verb
    of their own: the bound written once before the first covers the second too (probe tuned/tuned8:
    "up to 4.5x speedup and 79.3% energy reduction"); an absolute figure ("and 92% accuracy") is no gain."""
    return previous.kind != "absolute" and current.kind != "absolute" and previous.metric_how == "metric.right" and \
        _CUE_THEN_AND.fullmatch(text, previous.number.end, current.number.start) is not None


def _covers_list(source: str | None) -> bool:
    """Whether a qualifier set by rule `source` covers the numbers of a list after it (its rule
    says `covers_list: true`), or was shared from one that does."""
    return source == "qualifier.list" or source in list_qualifiers()
