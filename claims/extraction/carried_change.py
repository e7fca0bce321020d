"""Changes that carry over to later numbers of a sentence where the plain list rule (kind.list) does not
reach them (spec 2: kind and direction).

A change whose verb is left out (gapping): "the mean position error is reduced by 41.0%, and the mean
orientation error by 55.6%", "reducing the minADE by 4.35%, the minFDE by 8.74%, and the MR by 20%". The
second clause names its quantity and "by" but no verb; the verb of the change before it is its verb.

The items of a list governed by a noun or "by" of change before its first number: "average gains of 28
CIDEr points on captioning and 11.7% VQA accuracy", "relative improvements of 45% on CIRCO (mAP@5) and 57%
on CIRR", "by 48% in rotational accuracy (p = 0.036) and 69% in translational accuracy". Each item may name
its own metric, unit or aside; all are gains.
"""
from __future__ import annotations

import regex

from ..matching import compiled, match_at
from .draft import Draft

RULES = {
    "kind.elided_verb": 'a number after "by" in a clause with no verb takes the change right before it in its sentence '
        '("is reduced by 41.0%, and the orientation error by 55.6%")',
    "kind.colon_list": 'the first figure of a list after a colon that a noun of change announces, naming only where it '
        'was measured, is that change ("relative improvements over the base model: 64.3% on medical entities, 49.5% on '
        '...", "40-365% improvement in PRR over X across datasets: 365% on Yahoo Answers"); the list takes it on',
    "kind.noun_list": 'a later item of a list governed by a noun or "by" of change before its first number takes its '
        'change, across a metric, unit or aside of its own ("gains of 28 CIDEr points on captioning and 11.7% VQA '
        'accuracy", "improvements of 45% on CIRCO (mAP@5) and 57% on CIRR")',
}

# The gap from the change before to the number: a list break, then up to six words of the quantity
# named, then "by" (and a bound). No word of a new clause, and no passive before "by" ("is followed by
# 12%", "offset by 5%": there "by" names an agent, not the size of the change).
_ELIDED_GAP = compiled(
    r"(?:\s?\([^()]{0,40}\))?\s?(?:,\s?(?:and\s+)?|\s(?:and|while)\s+)"
    r"(?:(?!(?:while|whereas|but|which|when|with|is|are|was|were|be|been|being|it|we|they)\b)[\p{L}\p{N}@/-]+\s+){1,6}"
    r"(?<!ed\s)by\s+(?:(?:up\s+to|about|around|nearly|approximately|roughly|almost|over|more\s+than|at\s+least|~)\s*)?")


def elided_verb_change(text: str, previous: Draft, current: Draft) -> None:
    """An absolute number after "by" in a clause with no verb takes the kind and direction of the
    change right before it in its sentence (previous)."""
    if current.kind != "absolute" or previous.kind != "change" or \
            "kind.evaluative_polarity" in previous.decisions.get("direction", ()) or \
            previous.number.unit != current.number.unit or \
            not _ELIDED_GAP.fullmatch(text, previous.number.end, current.number.start):
        return
    current.take_kind(previous, "kind.elided_verb")


# The kind rules that make a number a change by the words before it that govern a list ("gains of", "by").
_GOVERNING_RULES = frozenset({"kind.change_noun_before", "kind.by_change", "kind.noun_list"})
# Units of additive figures whose items may differ in a list of gains ("28 CIDEr points ... and 11.7%").
_ADDITIVE_UNITS = frozenset({"%", "pp", None})

# The gap between two items: up to eight words or bracketed asides (which may hold figures: "(mAP@5)",
# "(p = 0.036)"), none of a new clause or verb, then a list word and a bound.
_NOUN_LIST_GAP = compiled(
    r"\s?(?:(?:(?!(?:while|whereas|but|which|when|then|with|and|or|is|are|was|were|achiev\w*|reach\w*|attain\w*|"
    r"obtain\w*|scor\w*|record\w*|maintain\w*|retain\w*|keep\w*|stay\w*|remain\w*|match\w*|requir\w*|us(?:es|ing|ed)|"
    r"to|from|vs\.?|versus)\b)[^\s,;()]+|\([^()]{1,40}\))(?:\s|(?=,))){0,8}?"
    r"(?:,\s?(?:and\s+)?|and\s+)(?:(?:up\s+to|over|more\s+than|at\s+least|about|around|nearly)\s+|~\s?)?")

# A number that opens a comparison of two values ("by 27 points, 59.2 vs. 86.6") spells out the change before
# it as two levels (as kind._OPENS_COMPARISON), and a share of something ("and 88% of the users prefer it")
# starts a clause of its own: neither is an item of the list of changes.
_OPENS_COMPARISON = compiled(r"\s?(?:(?:vs\.?|versus)\s{1,3}[~$]?\d|of\s)", regex.IGNORECASE)


def noun_list_change(text: str, previous: Draft, current: Draft) -> None:
    """A later item (current) of a list whose first number's change came from a noun or "by" before it
    takes that change (previous is the item before it)."""
    if current.kind != "absolute" or previous.kind != "change" or \
            previous.decisions.get("kind", ("",))[0] not in _GOVERNING_RULES or \
            "kind.evaluative_polarity" in previous.decisions.get("direction", ()) or \
            previous.number.unit != current.number.unit and \
            not {previous.number.unit, current.number.unit} <= _ADDITIVE_UNITS or \
            not _NOUN_LIST_GAP.fullmatch(text, previous.number.end, current.number.start) or \
            match_at(_OPENS_COMPARISON, text, current.number.end):
        return
    current.take_kind(previous, "kind.noun_list")


# A number that runs from one level to another ("boost (31.12% to 46.61%)"): two levels of a pair, no size of a change
# (kinds.yaml `single_figure`).
FROM_LEVEL_TO_LEVEL = compiled(r"\sto\s|→|->", regex.IGNORECASE)


# The colon, a bound, the figure and a word of where it was measured after it: "...: 64.3% on medical entities".
_AFTER_COLON = compiled(r":\s?(?:(?:up\s+to|about|around|nearly|over|more\s+than|~)\s*)?$")
_WHERE_AFTER = compiled(r"\s(?:on|in|for)\s")
# The clause before the colon (back to the last sentence or clause mark, at most 160 characters): a noun of change
# and its direction.
_CLAUSE_BEFORE = 160
_CHANGE_NOUN = compiled(r"\b(?:(?P<up>improvements?|gains?|speed-?ups?|increases?|boosts?)|(?P<down>reductions?|savings?|"
                        r"decreases?))\b[^.;:!?]*$", regex.IGNORECASE)


def colon_list_change(text: str, drafts: list[Draft]) -> None:
    """An absolute percent right after a colon that names only where it was measured takes the change the clause
    before the colon announces (round 29 union: "relative improvements ...: 64.3% on medical entities")."""
    for draft in drafts:
        number = draft.number
        if draft.kind != "absolute" or draft.decisions.get("kind", ("",))[0] != "kind.absolute" or \
                number.unit != "%" or not _AFTER_COLON.search(text, max(0, number.start - 14), number.start) or \
                not match_at(_WHERE_AFTER, text, number.end):
            continue
        colon = text.rfind(":", max(0, number.start - 14), number.start)
        found = _CHANGE_NOUN.search(text, max(0, colon - _CLAUSE_BEFORE), colon)
        if found is None:
            continue
        draft.set_kind("change", "increase" if found.group("up") else "decrease", "kind.colon_list")
