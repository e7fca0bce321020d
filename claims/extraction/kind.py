"""Give each typed number its kind (absolute, change, ratio) and direction (CLAIMS_SPEC.md
sections 2, 7-9), from the cues of patterns/kinds.yaml around it.

A factor ("2.5x") is a ratio, as is a share kept ("retains 95% of the AUC"); a signed number or
percentage points, a number after "by" with a direction, after a verb or before a noun of change,
is a change; everything else is absolute. The direction is what the number's own words say
("halves", a sign), else the first direction cue after it, the words of its metric ("latency
reduction"), the last direction cue before it; "improves latency by 2x" means a decrease for a
family that improves by falling.
"""
from __future__ import annotations

from functools import cache

import regex

from ..matching import compiled, match_at
from ..spec import POLARITY
from .cues import WORD, words
from .draft import Draft
from .carried_change import FROM_LEVEL_TO_LEVEL, colon_list_change, elided_verb_change, noun_list_change
from .own_item import owned_by_earlier_figure
from .rulebook.cues import Cue, after_pattern, left_kind_cues, right_direction_matcher, side_cues, word_list, \
    word_pattern

_LEADING_WORD = compiled(r"^\s*\p{L}+")
# A label in brackets right after a number ("5.4% (pitch/roll) below") is read past.
_LEADING_ASIDE = compiled(r"^\s?\([^()\d]{1,30}\)")
RIGHT_WINDOW = 60


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "kind.factor": "a factor in x is a ratio",
    "kind.bare_factor": 'a bare number typed speedup is a factor without its x ("a speedup of 2.5")',
    "kind.comparative_after": "a percent or bare number followed by a comparative (words.comparatives), or by "
        '"points" or a label in brackets and a comparative ("3.1 points higher accuracy", "5.4% (pitch/roll) below"), '
        "and a direction cue",
    "kind.item_ends": 'a number that completes the cue before it ends its item at a list word or comma: the words '
        'after are the next item\'s ("a speedup of 23.4x and energy savings of 28.8x", "a reduction in EDAP of 90x, '
        'an improvement in TOPS/W of 4.7x")',
    "kind.measured_zero": 'a zero written as a word is a measured count, absolute ("zero packet loss", spec 9)',
    "kind.absolute": "no rule of change or ratio applies: absolute",
    "kind.signed_value": 'a signed number after "=" or a correlation\'s name is a signed quantity\'s value, absolute '
        '("r = -0.89", "a correlation coefficient of -0.185"); a label of a difference keeps it a change '
        '("Delta = +0.07")',
    "kind.default_direction": 'a change whose kind rule names the way it goes where no cue does '
        '(kinds.yaml `default_direction`: "within 4.7% of full fine-tuning" is a gap left, a decrease)',
    "kind.list": "a later number of a list takes the first one's kind and direction (gap.kind_list)",
    "kind.list_back": 'an earlier number of a list of one metric takes the change that the noun after the last one '
        'gives ("up to 70% K cache and 16%-18% V cache memory reduction", gap.kind_list); of two numbers joined by a '
        'slash, or one that took its metric from the cue after the next ("31% and up to 44% lower latency", '
        'metric.forward), the first takes the second\'s change ("5.0%/5.4% (pitch/roll) below")',
    "kind.evaluative_polarity": '"improves latency by 2x": for a family that improves by falling, or an `other` score '
        'named by such words (words.falls_better: "improves the FID by 3.2"), better means a decrease '
        '(words.evaluative), and worse an increase ("the baseline loses 4.9% in MAE", words.evaluative_worse)',
    "direction.metric_text": "the words of its metric say which way (words.decrease_in_metric_text, "
        "words.increase_in_metric_text)",
    "direction.below_one": 'a factor below one, unsigned, with no word of decrease, is a decrease ("0.94x the '
        'throughput of fp16", "a 0.9x speedup over the A100", spec 9)',
    "direction.own_item": 'a number that names its metric after it, with another figure between it and the last '
        'direction cue before it (or right before that cue), moves the way its family improves: the cue was the '
        'earlier item\'s ("reduces latency by 2.9x, achieves 2.8x throughput", "a 90% memory saving and a 6.6x '
        'throughput", "3.5x lower latency and 6.2x and 9.5x better energy efficiency")',
    "direction.polarity": "no cue: the direction in which its family improves (patterns/spec.yaml `better`)",
    "direction.default": "no cue and no polarity: increase",
}


# A bracket opening on another number, or a comparative bounding another number ("by 2.3x with
# less than 0.5% accuracy loss"): the words from there on are that number's ("3--5 dB (30--45%
# RMSE reduction)"); words after a list's next number still cover the list ("6.2x and 9.5x better
# energy efficiency").
_NEXT_NUMBER = compiled(r"\(\s?[~+-]?\.?\d|\b(?:less|more|fewer|greater|lower|higher|smaller|larger)\s+than\s+"
                             r"(?:about\s+|around\s+|~\s?)?[+-]?\.?\d[\d.,]*(?!-\p{L}|\p{L}{2})", regex.IGNORECASE)


# A comma or semicolon right after the number (past a closing "$" or brace).
_OPENS_CLAUSE = compiled(r"[\s$}]{0,3}[,;]")


# A clause of contrast after the number speaks of something else ("the aptitude only falls 16%, while
# the unreliability more than doubles"): its words give the number no direction.
_NEW_CLAUSE = compiled(r"[,;]\s?(?:while|whereas|but)\b", regex.IGNORECASE)


# A sign after "=" or after a correlation's name is the sign of a quantity that can be negative (a
# correlation, an effect size), not a change: "r = -0.89", "$\rho$=-0.06", "d_z = -0.28", "a correlation
# coefficient of -0.185". A label of a difference keeps the sign a change ("Delta = +0.07", "gain = +2.1").
_SIGNED_VALUE_LABEL = compiled(
    r"(?:(?<!\b(?:[Dd]elta|Δ\S{0,6}|gains?|improvements?|changes?|shifts?|differences?|diff|drops?|increases?|"
    r"decreases?|reductions?)\s{0,2}\$?\s{0,2})=|\b(?:correlations?|coefficients?|Pearson's\s+r|Spearman's\s+(?:rho|ρ)|"
    r"Kendall's\s+tau)\s+(?:of|was|is|at)\s)\s{0,2}[$(]?\s{0,2}$", regex.IGNORECASE)


# The name of a quantity that can be negative, as a later number of a list carries it ("a correlation
# coefficient of -0.185 for MoCA and -0.231 for MMSE", "Spearman $ρ= 0.81$, vs $-0.18$ for regression").
_SIGNED_QUANTITY_NAME = compiled(r"\b(?:correlations?|coefficients?|Pearson|Spearman|Kendall|rho)\b|ρ", regex.IGNORECASE)


def _signed_sibling(draft: Draft) -> bool:
    """Whether a signed number took, as a later number of a list, the name of a signed quantity."""
    return draft.metric_how in ("metric.list", "metric.carry") and bool(_SIGNED_QUANTITY_NAME.search(draft.metric_text))


# Units whose figure before a comparative is a difference of the metric: percent, bare points, and
# decibels, a difference on a log scale ("1.3 dB higher PSNR than X" is a gain, as "2.3% higher" is).
_ADDITIVE_UNITS = frozenset({"%", None, "dB"})


# A list word or clause break right after a number that completed the cue before it.
_NEW_ITEM = compiled(r"\s?(?:[,;]|and\b|or\b|while\b|whereas\b)", regex.IGNORECASE)


def assign_kind(draft: Draft, text: str, sentence: tuple[int, int]) -> None:
    """The number's kind and direction."""
    number = draft.number
    left = text[draft.reach.floor:number.start]
    right = text[number.end:min(sentence[1], number.end + RIGHT_WINDOW)]
    if following := _NEXT_NUMBER.search(right):
        right = right[:following.start()]
    if clause := _NEW_CLAUSE.search(right):
        right = right[:clause.start()]
    item_ended = draft.metric_how == "metric.left" and _NEW_ITEM.match(right) is not None
    right_words = " ".join(WORD.findall(right)[:4])
    if _OPENS_CLAUSE.match(right):
        # the words after a comma start a clause of their own: a participle there is not the number's
        # ("by 14.9%, increased confidence"), one right after it is ("1.4x increased throughput")
        right_words = "| " + right_words
    right_cue = _right_direction(right_words)
    if item_ended:
        # "a speedup of 23.4x and energy savings of 28.8x": the number completed the cue before it;
        # the words after the list word are the next item's
        if right_cue is not None:
            draft.rule_ids.append("kind.item_ends")
        right, right_words, right_cue = "", "", None
    unit = number.unit
    # The cues before the number are read only where a rule asks for them: a factor ("2.5x") is
    # a ratio whatever precedes it, and mostly has its direction from its own words.
    before: _LeftCues | None = None
    retains = None
    if number.word_kind == "n_of_m":
        kind = ("absolute", number.rule_ids[0])
    elif number.word_kind and number.value == 0:
        kind = ("absolute", "kind.measured_zero")   # "zero packet loss" counts what is left: none
    elif unit == "%" and (retains := _retains((before := _LeftCues(left)).ratio_cues, right)):
        kind = ("ratio", retains)
        draft.rule_ids.append("kind.retains")
    elif unit == "x":
        kind = ("ratio", "kind.factor")
    elif unit is None and draft.metric == "speedup" and not number.word_kind:
        kind = ("ratio", "kind.bare_factor")      # "a speedup of 2.5" is a factor without its "x"
    elif unit != "pp" and number.sign and (_SIGNED_VALUE_LABEL.search(left[-60:]) or _signed_sibling(draft)):
        kind = ("absolute", "kind.signed_value")   # "r = -0.89", "Spearman correlation of -0.185"
    elif unit == "pp" or number.sign:
        kind = ("change", number.unit_rule if unit == "pp" else "kind.signed")
    elif (change := _change_rule(before := before or _LeftCues(left), right, right_cue,
                                 FROM_LEVEL_TO_LEVEL.search(text, number.start, number.end) is not None)) is not None:
        kind = ("change", change)
    elif unit in _ADDITIVE_UNITS and right_cue and _LEADING_WORD.match(after := _LEADING_ASIDE.sub("", right, count=1)) and \
            (leading := _without_points(words(after))) and _comparative(leading[0]):
        kind = ("change", "kind.comparative_after", right_cue.rule_id)
    else:
        kind = ("absolute", "kind.absolute")
    draft.kind = kind[0]
    draft.decide("kind", *kind[1:])
    if draft.kind == "absolute":
        draft.direction = None
        draft.decisions.pop("direction", None)
        return
    direction = _direction(draft, right_cue, retains, left, right_words, before)
    draft.direction = direction[0]
    draft.decide("direction", *direction[1:])


def _comparative(word: str) -> bool:
    """Whether `word` is one of words.comparatives; a word read at the end of a sentence keeps its
    full stop (words read "3.5" as one word): "its cost is 22% higher." is a change."""
    return word.rstrip(".") in word_list("words.comparatives")


def _without_points(right_words: list[str]) -> list[str]:
    """The words after a number without a leading "points" ("3.1 points higher accuracy")."""
    return right_words[1:] if right_words[:1] in (["points"], ["point"]) else right_words


def _change_rule(before: _LeftCues, right: str, right_cue: Cue | None, level_to_level: bool) -> str | None:
    """The rule that makes the number a change, from the kind cues around it, or None; a rule marked
    `single_figure` not for a span from one level to another ("boost (31.12% to 46.61%)")."""
    if before.by is not None and (before.direction or right_cue):
        return before.by
    for cue in before.changes:
        if level_to_level and cue.attrs.get("single_figure"):
            continue
        # a cue with `after:` words counts only where they follow the number ("within 4.7% of X")
        if not (after := cue.attrs.get("after")) or any(after_pattern(a).search(right) for a in after):
            return cue.rule_id
    return _change_after(right)


def _direction(draft: Draft, right_cue: Cue | None, retains: str | None, left: str, right_words: str,
               before: _LeftCues | None) -> tuple[str, ...]:
    number = draft.number
    if number.direction:
        found: tuple[str, ...] = (number.direction, number.rule_ids[0])
    elif number.sign:
        found = ("decrease" if number.sign == "-" else "increase", "kind.signed")
    elif right_cue is not None:
        found = (right_cue.attrs["direction"], right_cue.rule_id)
    elif (by_words := _metric_text_direction(draft.metric_text)) is not None:
        found = (by_words, "direction.metric_text")
    elif (gap := _default_directions().get(draft.decisions.get("kind", ("",))[0])) is not None:
        # "surpasses all open baselines and comes within 0.08 points of GPT-4o": the gap cue sits right
        # before the number; a direction cue before it speaks of other words
        found = (gap, "kind.default_direction")
    else:
        read = before or _LeftCues(left)
        cue = read.direction
        found = (cue.attrs["direction"], cue.rule_id) if cue is not None else ()
        if cue is not None and draft.metric_how in ("metric.right", "metric.forward") and POLARITY.get(draft.metric) \
                and owned_by_earlier_figure(left, read.direction_at):
            # "reduces latency by 2.9x, achieves 2.8x throughput", "a 90% memory saving and a 6.6x throughput": the
            # cue is an earlier figure's (a figure stands between it and the number, or right before it); the
            # number names its own metric after it, which moves the way its family improves
            found = (POLARITY[draft.metric], "direction.own_item", cue.rule_id)
    if retains is not None:
        found = ("decrease" if number.value < 100 else "increase", retains)
    if number.unit == "x" and number.value < 1 and not number.sign and not number.direction and \
            (not found or found[0] == "increase"):
        # "0.94x the throughput of fp16", "a 0.9x speedup over the A100" (spec 9): below one, the
        # quantity fell, whatever way its family improves
        return ("decrease", "direction.below_one")
    polarity = POLARITY.get(draft.metric)
    if draft.metric == "other" and set(words(draft.metric_text)) & word_list("words.falls_better"):
        polarity = "decrease"       # "improves the FID by 3.2": a score of `other` that improves by falling
    if polarity == "decrease" and set(words(draft.metric_text)) & word_list("words.rises_better"):
        polarity = "increase"       # "memory bandwidth" is of a falling family, but improves by rising
    window = left + " " + right_words
    # A "+" before the size of a lead is the lead's sign, not the quantity's ("leads wind (+8.4%)").
    if found[:1] == ("increase",) and polarity == "decrease" and number.sign != "-" and \
            word_pattern("words.evaluative").search(window) and not word_pattern("words.explicit_increase").search(window):
        draft.rule_ids.append("kind.evaluative_polarity")
        return ("decrease", "kind.evaluative_polarity", *found[1:])
    if found[:1] == ("decrease",) and polarity == "decrease" and not number.sign and \
            word_pattern("words.evaluative_worse").search(window) and \
            not word_pattern("words.explicit_decrease").search(window):
        draft.rule_ids.append("kind.evaluative_polarity")
        return ("increase", "kind.evaluative_polarity", *found[1:])
    if found:
        return found
    if (gap := _default_directions().get(draft.decisions.get("kind", ("",))[0])) is not None:
        return (gap, "kind.default_direction")      # "within 4.7% of full fine-tuning": a gap left
    for cue in (before or _LeftCues(left)).changes:
        # a change by its unit ("within 0.5 percentage points of baseline accuracy") whose words
        # before it are those of a gap
        if cue.rule_id in _default_directions() and any(after_pattern(a).search(right_words)
                                                         for a in cue.attrs.get("after") or ()):
            return (_default_directions()[cue.rule_id], "kind.default_direction", cue.rule_id)
    return (polarity, "direction.polarity") if polarity else ("increase", "direction.default")


@cache
def _default_directions() -> dict[str, str]:
    """The kind rules that give a direction where no cue does (`default_direction`), by rule id."""
    return {cue.rule_id: cue.attrs["default_direction"] for cue in side_cues("kind", "before")
            if cue.attrs.get("default_direction")}


def _right_direction(right_words: str) -> Cue | None:
    """The first direction cue of the four words after a number (of two starting at one place,
    the first in order)."""
    pattern, groups = right_direction_matcher()
    match = pattern.search(right_words)
    if match is None:
        return None
    return next(cue for group, cue in groups if match.start(group) >= 0)


def _metric_text_direction(metric_text: str) -> str | None:
    found = set(words(metric_text))
    if found & word_list("words.decrease_in_metric_text"):
        return "decrease"
    if found & word_list("words.increase_in_metric_text"):
        return "increase"
    return None


def _retains(ratio_cues: list[Cue], right: str) -> str | None:
    """"retains 95% of the accuracy": the first ratio cue found before the number whose words
    after it (if it names any) follow it."""
    for cue in ratio_cues:
        after = cue.attrs.get("after") or []
        if not after or any(after_pattern(a).search(right) for a in after):
            return cue.rule_id
    return None


def _change_after(right: str) -> str | None:
    for cue in side_cues("kind", "after"):
        if cue.attrs.get("kind") == "change" and cue.pattern.match(right):
            return cue.rule_id
    return None


class _LeftCues:
    """What the kind stage reads in the text before a number, in one scan: its last direction
    cue, the kind cues it ends with, and the ratio cues it holds."""

    __slots__ = ("direction", "direction_at", "by", "changes", "ratio_cues")

    def __init__(self, left: str) -> None:
        cue_set, directions, kinds = left_kind_cues()
        found = cue_set.scan(left)
        best = None
        # The last cue wins; of two starting at one place, the first in order.
        for cue, matches in zip(directions, found):
            for match in matches:
                if best is None or match.start() > best[0]:
                    best = (match.start(), cue)
        self.direction: Cue | None = best[1] if best else None
        self.direction_at = best[0] if best else 0
        self.by: str | None = None             # a change cue that needs a direction ("by")
        self.changes: list[Cue] = []           # the other change cues, in rule order
        self.ratio_cues: list[Cue] = []
        for cue, matches in zip(kinds, found[len(directions):]):
            if not matches:
                continue
            if cue.attrs["kind"] == "ratio":
                self.ratio_cues.append(cue)
            elif cue.attrs.get("needs_direction"):
                self.by = self.by or cue.rule_id
            else:
                self.changes.append(cue)


# A number that opens a comparison of two values ("by 27 points, 59.2 vs. 86.6") is an absolute
# figure that spells out the change before it, not the next item of a list of changes.
_OPENS_COMPARISON = compiled(r"\s?(?:vs\.?|versus)\s{1,3}[~$]?\d", regex.IGNORECASE)


def share_kind(text: str, drafts: list[Draft]) -> None:
    """"reduced by 36% and 46%": later numbers of a list take the first one's kind and direction;
    "up to 70% K cache and 16%-18% V cache memory reduction": earlier numbers of a list of one
    metric take the kind the noun after the last one gives."""
    colon_list_change(text, drafts)     # "relative improvements ...: 64.3% on medical entities, 49.5% on ..."
    for index, current in enumerate(drafts[1:], 1):
        previous, gap_start = _list_previous(text, drafts, index)
        if previous.number.unit != current.number.unit or \
                not word_pattern("gap.kind_list").fullmatch(text[gap_start:current.number.start]) or \
                previous.kind == "change" and match_at(_OPENS_COMPARISON, text, current.number.end):
            elided_verb_change(text, drafts[index - 1], current)   # "and the orientation error by 55.6%"
            noun_list_change(text, drafts[index - 1], current)     # "gains of 28 CIDEr points and 11.7% VQA accuracy"
            continue
        if previous.kind != "absolute" and current.kind == "absolute":
            current.take_kind(previous, "kind.list")
    for previous, current in zip(reversed(drafts[:-1]), reversed(drafts)):
        if previous.kind != "absolute" or current.kind != "change" or previous.number.unit != current.number.unit:
            continue
        gap = text[previous.number.end:current.number.start]
        if gap == "/" or previous.forwarded or (previous.metric == current.metric and
                                                 current.decisions["kind"][:1] in _after_rules() and
                                                 word_pattern("gap.kind_list").fullmatch(gap) and
                                                 (current.decisions["kind"][:1] != ("kind.comparative_after",) or
                                                  _BARE_LIST_GAP.fullmatch(gap))):
            previous.take_kind(current, "kind.list_back")


# An aside in brackets right after a number that holds figures of its own ("by 28% (11.43 points)
# and 27%", "declines 33% on one split (from 0.43 to 0.29) and 47%"); a test statistic is none.
_FIGURE_ASIDE = compiled(r"\s?\([^()<>=]{1,40}\)")


def _list_previous(text: str, drafts: list[Draft], index: int) -> tuple[Draft, int]:
    """The number before drafts[index] in its list, and where the gap between them starts: after
    the aside with figures that follows it and holds any numbers between, else right after it."""
    current = drafts[index]
    for at in range(index - 1, max(-1, index - 4), -1):
        aside = match_at(_FIGURE_ASIDE, text, drafts[at].number.end)
        if aside and aside.end() <= current.number.start and \
                all(between.number.end <= aside.end() for between in drafts[at + 1:index]):
            return drafts[at], aside.end()
    return drafts[index - 1], drafts[index - 1].number.end


# Two numbers of a list with nothing but "and", "or" or a slash between them ("6.17% and 21.13% higher"); a
# comma alone may set off the change that compares the level before it ("a cost of 0.51, 22% lower than X").
_BARE_LIST_GAP = compiled(r"\s?(?:,\s?)?(?:and|or)\s|\s?/\s?")


@cache
def _after_rules() -> frozenset[tuple[str, ...]]:
    """The kind rules read after a number ("a 9% energy reduction"), and a comparative right after it ("6.17% and
    21.13% higher than SOTA methods": the list's earlier numbers are changes too, where nothing but the list word
    stands between them; "reaches 72.5% pass@1 on HumanEval, 9.1% above the best model" keeps its level)."""
    return frozenset((cue.rule_id,) for cue in side_cues("kind", "after")) | {("kind.comparative_after",)}
