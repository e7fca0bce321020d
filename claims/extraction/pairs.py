"""Fold a baseline's number into the claim it is compared with (CLAIMS_SPEC.md sections 2 and 7).

"from 82.0% to 89.9%", "56.8 FPS vs. 10.0 FPS", "65.4%, surpassing GPT-3.5 (57.1%)" and "A
reaches 90% whereas B reaches 80%" are one claim: the new figure in value, the old in
baseline_value. One number stated for two metrics is two claims: two_metrics.py.
"""
from __future__ import annotations

import dataclasses

import regex

from ..units import convert
from ..matching import compiled, match_at
from .draft import Draft
from .scores import COMPARED_WITH, OLD_FIGURE_SETTING

_FROM_IN_CLAUSE = compiled(r"\bfrom\s+(?:[^\d;]{0,40})$", regex.IGNORECASE)
# "rates range from 5.4% (Business) to 11.4% (Theology)": a spread over items, no old and new figure.
_RANGE_FROM = compiled(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann(?:ed|ing)|spans?)\s+(?:\p{L}+\s+)?from\s+$",
                       regex.IGNORECASE)
# "compresses ~306 MB to ~1.57 MB": a verb of change right before the old figure, "to" before the new.
_ABOUT = r"~\s?|about\s|approximately\s|roughly\s"
_VERB_BEFORE = compiled(r"\b(?:reduc|shrink|shrunk|compress|cut|lower|decreas|increas|rais|improv|boost|lift|"
                             r"bring|brought|push|grow|grew)\w*\s+(?:" + _ABOUT + r")?$", regex.IGNORECASE)
# The old figure may carry its setting in brackets (scores.OLD_FIGURE_SETTING), the new one a sign of
# about or of a bound ("from >3s to <50ms").
# An article may open the word before the new figure ("to a state-of-the-art 13.67%", "to an impressive 57.3%").
_TO_GAP = compiled(r"^" + OLD_FIGURE_SETTING + r"[^\d;]{0,60}?\bto\s+(?:(?:an?\s+)?[\p{L}][\p{L}-]{0,30}\s+)?\(?\s*(?:\p{L}+\s*=\s*)?"
                        r"(?:[~≈<>≤≥]\s?)?$", regex.IGNORECASE)
# "(0.2976 vs. 0.5068)", "(67.1 vs. 65.2, +1.8 pp)": a pair written alone in brackets.
_BRACKET_OPEN = compiled(r"\(\s*$")
_BRACKET_CLOSE = compiled(r"\s*[),;]")
_VS_GAP = compiled(
    r"^\s*(?:\([^()\d]{0,30}\)\s*)?(?:[^;.]{0,60}?\s)?(?:(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to|instead\s+of|rather\s+than|(?:down|up)\s+from)"
    r"\s+(?:[^\d;]{0,25}?)?(?<!\band\s)|(?:exceed|surpass)(?:s|es|ed|ing)?\s+the\s+"
    # "0.91, surpassing the TimeSformer results of 0.70": the figure the other system's result names
    r"|(?:exceed|surpass|outperform|beat)(?:s|es|ed|ing)?\s+(?:the\s+)?(?:[^\d;,()]{1,40}?\s)?"
    r"(?:results?|scores?|figures?)\s+(?:of|at)\s+"
    # "64.9%, exceeding the zero-shot Qwen3-VL-4B baseline of 53.9%": the figure of the baseline it names
    r"|(?:exceed|surpass|outperform|beat)(?:s|es|ed|ing)?\s+(?:the\s+|an?\s+)?(?:[\p{L}\d][\w.+-]{0,30}\s+){0,4}?"
    r"baselines?\s+(?:of|at)\s+)$", regex.IGNORECASE)
# "79.74% accuracy (vs. 76.92% for raw fusion)", "an FVD of 29.13 (vs. 38.83 for InterDyn)": a bracket
# that opens on the comparison holds the baseline's figure (the gap holds no figure of its own).
_OPENS_ON_VERSUS_GAP = compiled(r"^[^\d;()]{0,40}?\(\s?(?:vs\.?|versus|compared\s+(?:to|with))\s+"
                                r"(?:only\s+|just\s+|as\s+little\s+as\s+|about\s+|~\s?)?$", regex.IGNORECASE)
# "an RMSE of 2.95 dB, significantly lower than the 7.32 dB achieved by ray tracing", "26.5%, far below
# the 68.9% achieved by human experts": a comparative before the other figure, whose owner follows it.
_COMPARATIVE_GAP = compiled(r"^[^\d;()]{0,40}?\b(?:(?:lower|higher|better|worse|less|more|greater|smaller|larger|faster|slower)"
                            r"\s+than|below|above)\s+the\s+$", regex.IGNORECASE)
_OWNED_AFTER = compiled(r"(?:\s+[\p{L}/%.]{1,12}){0,2}?\s+(?:achieved|attained|obtained|reported|reached|scored)\s+by\s", regex.IGNORECASE)
# "65.4% accuracy, surpassing GPT-3.5 (57.1%)": the bracketed number is the baseline's. The claim's figure may
# carry a spread, and the baseline's bracket may name the metric before its figure ("an AUC of 0.82, surpassing
# the challenge winner (AUC = 0.74)", "0.94, outperforming the CNN approach (F1 score of 0.85)", "0.93\pm0.01,
# ahead of RandomForest ($0.88\pm0.08$)"); digits only glued to a word ("F1") in the gap.
_SPREAD = r"(?:\\pm|±|\+/-)\s?\d[\d.]*\s?\\?%?"
# A label of two letters or more ("(n=26)" and "(p=0.11)" name no metric); a bare one is an abbreviation.
_FIGURE_LABEL = (r"(?:(?:\p{L}[\p{L}\d'-]{0,15}\s){0,2}?\p{L}[\p{L}\d-]{1,15}\s?(?:[:=]|\bof\b|\bat\b)"
                 r"|(?-i:\p{Lu}[\p{Lu}\d-]{1,7})|about|approximately|~)")
# The claim's figure may close a bracket of its own before a verb of comparison ("(AUC = 0.77), surpassing
# the challenge winner (AUC = 0.75)"; not "(89%) is higher than A (71%)", where older golds keep A's figure).
_PAREN_BASELINE_GAP = compiled(r"^\$?(?:\s?" + _SPREAD + r"\$?)?(?P<closed>\s?\)(?=[^\d;()]{0,30}?\b(?:ahead\s+of|surpass|outperform"
                               r"|beat|exceed|compared\s+(?:to|with)|vs\b|versus)))?(?:[^\d;()]|(?<=\p{L})\d){0,30}?\b" + COMPARED_WITH
                               + r"\s+[^;()]{1,50}?\(\s*\$?(?P<label>" + _FIGURE_LABEL + r"\s?)?$", regex.IGNORECASE)
_COMPARISON_BEFORE = compiled(r"\b" + COMPARED_WITH + r"\b[^;]{0,60}$", regex.IGNORECASE)
# The baseline's bracketed figure ends its bracket, after its own spread or a closing "$".
_BRACKETED_FIGURE_END = compiled(r"\s?(?:" + _SPREAD + r"\s?)?\$?\s?\)")
# "an accuracy of 0.18 um, matching the performance of dual-image methods (0.19 um)", "60.5% accuracy, on par
# with real training data (60.8%)": a comparison of parity, the baseline's own figure bracketed after it.
_PARITY_BASELINE_GAP = compiled(
    r"^\)?(?!\s?of\b)[^\d;()]{0,30}?\b(?:match(?:es|ed|ing)?|rival(?:s|ed|ing)?|(?:on\s+par|comparable|competitive)\s+(?:with|to))"
    r"\s+[^;()\d]{1,50}?\(\s?(?:" + _FIGURE_LABEL + r"\s?)?$", regex.IGNORECASE)
# ") and VoCo (", "), GPT-4 (", ") or the best baseline (": the list of bracketed baselines goes on.
# A name may hold digits ("GPT4o (37.1%) and Gemini 2.0 (30.3%)": a digit that were a claim would be the next
# draft, not inside the gap); the bracket may repeat the first one's label ("($r=0.12$), B ($r=0.35$)").
# The opening of the bracket a baseline's figure stands in, with the label before the figure ("(", "($r=").
_BRACKET_OPENING = r"\(\s?\$?(?P<label>[^\d;()$]{0,20})$"
_NEXT_BRACKETED_BASELINE = compiled(r"^\s?(?:" + _SPREAD + r"\s?)?\$?\s?\)\s?(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)[^;()]{1,40}?"
                                    + _BRACKET_OPENING)
_BRACKET_LABEL = compiled(_BRACKET_OPENING)
_PARENTHESISED_RULES = frozenset({"pair.parenthesised_baseline", "pair.parenthesised_baseline_change"})
_VERB_TO_GAP = compiled(r"^\s?to\s+(?:" + _ABOUT + r"|only\s|just\s)?$", regex.IGNORECASE)
_WHEREAS_GAP = compiled(r"^[^\d;]{0,20}\b(?:whereas|while)\b[^\d;]{0,60}$", regex.IGNORECASE)
# No baseline across "while": one subject going on ("reaches 68% overall accuracy while collapsing to 35.1%
# balanced accuracy", "86.32% for Hindi, while maintaining English retention at 91%"), a spread over many systems
# ("the best model achieves 45.1%, while most score 0%", "while the weakest reaches only 59.86%", "while all
# remaining models range from 4.1% to 49.9%"), or a from-to of its own after it ("while civil law degrades from
# 0.35 to 0.15"): two claims.
_NOT_A_BASELINE_CLAUSE = compiled(
    r"\b(?:whereas|while)\s+(?:\p{L}+ing\b|(?:all|most|many|some|few|none|others)\b|the\s+(?:rest|remaining|others?|"
    r"weakest|worst|lowest|smallest)\b)|\bfrom\s+(?:[~≈]\s?)?$", regex.IGNORECASE)
# "our agent reaches 100% coverage, while the vanilla model achieves 60.23%": the clause after
# "while" names the baseline, so its figure is the old one.
_BASELINE_CLAUSE = compiled(
    r"\b(?:whereas|while)\b[^\d;]{0,40}?\b(?:vanilla|baselines?|prior|previous|existing|standard|conventional|"
    r"original|default|naive|plain|untuned|unmodified|state-of-the-art|SOTA)\b", regex.IGNORECASE)
# A figure that names its own quantity shares no metric with another ("90% of the weights").
_NO_SHARED_METRIC = frozenset({"metric.own_quantity"})
# Between two numbers of one list: a comma and/or "and" only ("4.9, 2.0 and 1.9"; respective.py reads it too).
LIST_GAP = compiled(r"\s?(?:,\s?(?:and\s)?|and\s)")
# "ECE: 0.186->0.312", "$0.590 \\rightarrow 0.730$", "$44.4\\% \\to 7.7\\%$": an arrow between two figures is a
# from-to written short (pool round 23: ~10 papers).
_ARROW_GAP = compiled(r"^\s?\$?\s?(?:→|⟶|⇒|->|-->|=>|\\(?:rightarrow|longrightarrow|Rightarrow|to)(?![a-zA-Z]))\s?\$?\s?$")
# "(44% to 26%)", "WER 16.57% to 3.15%": a falling pair written without "from"; a range never falls.
_BARE_TO_GAP = compiled(r"^\s?to\s+$", regex.IGNORECASE)
# "compared to only 0.8% for domain-proximate pairs": the owner of the other figure follows it.
_OWNER_AFTER = compiled(r"\s+for\s+(?!each\b|every\b|all\b)\S", regex.IGNORECASE)
# " for MinerU and ", " for BM25, and ": the owner of one figure and the list going on to the next one's.
_NEXT_OWNED_FIGURE = compiled(r"^\s+for\s+(?:[^,;()\d]|(?<=[\p{L}\d])\d){1,40}?(?:,\s?(?:and\s)?|\sand\s)(?:only\s)?\$?$", regex.IGNORECASE)
# "1.86 vs. 3.00 mm": nothing but the comparison word between the two figures.
_BARE_VERSUS_GAP = compiled(r"^\s?\$?\s?(?:vs\.?|versus)\s?\$?\s?$", regex.IGNORECASE)


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "pair.from_to": '"from 82.0% to 89.9%": the new figure, the old as baseline_value',
    "pair.range_from_to": '"rates range from 5.4% (Business) to 11.4% (Theology)": a spread over items written '
        'from-to after range/vary/span: one claim, the high figure in value, the low in value_low, no baseline_value',
    "pair.verb_to": '"compresses 306 MB to 1.57 MB": a verb of change, the old figure, "to" and the new one, both '
        'in one unit: the new figure, the old as baseline_value',
    "pair.arrow": '"ECE: 0.186->0.312", "(83.2% $\\rightarrow$ 91.6%)": two figures of one quantity joined by an arrow are a '
        'from-to: the new figure after the arrow, the old as baseline_value',
    "pair.falling_to": '"(44% to 26%)", "WER 16.57% to 3.15%": two figures of one unit joined by "to", the second '
        'lower, are a from-to written without "from" (a range never falls): the second figure, the first as baseline_value',
    "pair.unit_converted": '"from 6 hours to 4 minutes": the old figure written in the new one\'s unit (360)',
    "pair.parenthesised_baseline": '"65.4%, surpassing GPT-3.5 (57.1%)": the bracketed number is that of the baseline',
    "pair.parity_baseline": '"0.18 um, matching dual-image methods (0.19 um)", "60.5%, on par with real data (60.8%)": '
        'a comparison of parity with the baseline\'s own figure bracketed after it: one claim, that figure as baseline_value '
        '(not after "of": "0.011% of pixels, matching X (76.65%)" is a share, not the figure compared)',
    "pair.listed_baselines": '"surpassing SuPreM (0.9493) and VoCo (0.9387)": the figures bracketed after the next '
        "baselines of the list are theirs too; the strongest (the lowest where lower is better) is the baseline_value",
    "pair.parenthesised_baseline_change": '"37.6% higher than 3-mer baselines (57.3%)": a change with the baseline\'s '
        "own figure in brackets after it: one claim, the change, with that figure as baseline_value",
    "pair.whereas": '"B reaches 80% whereas A reaches 90%": the second figure, the first as baseline_value; both '
        'of one metric, neither naming its own quantity ("90% of the weights, while RL refines 5% of the parameters")',
    "pair.whereas_baseline": '"ours reaches 100%, while the vanilla model achieves 60.23%": the clause after "while" '
        'names the baseline, so the first figure is the value',
    "pair.versus": '"56.8 FPS vs. 10.0 FPS", "5.3 kWh instead of 21 kWh", "8.5% gains for A compared to only 0.8% for B", "4.2 GB, down from 16 GB", "up to 62% -- exceeding the 35% reached by fine-tuning", "0.91, surpassing the TimeSformer results of 0.70": the first '
        'figure, the second as baseline_value (not where "and" ends the gap: "compared to A and 64%" starts a new item)',
    "pair.listed_owned_figures": '"56.8% versus 43.6% for A and 29.9% for B": the next figures of the list, each '
        'owned by its "for", are the other compared systems\' figures, no claims, as the first one is (which stays '
        'the baseline_value)',
    "pair.owned_figure": '"an RMSE of 2.95 dB, lower than the 7.32 dB achieved by ray tracing", "26.5%, far below the 68.9% '
        'attained by human experts": a comparative before another figure that a system achieved: the first figure, the '
        'other as baseline_value',
    "pair.versus_bracketed": '"79.74% accuracy (vs. 76.92% for raw fusion)": a bracket that opens on vs./versus/'
        'compared to holds the baseline\'s figure: the first figure, the bracketed one as baseline_value',
    "pair.shared_unit": '"(HD95: 1.86 vs. 3.00 mm)": a unit written once after a pair joined by vs./versus alone '
        'is the first figure\'s too',
    "pair.bracketed_versus": '"lower validation loss (0.2976 vs. 0.5068)", "accuracy (67.1 vs. 65.2, +1.8 pp)": two figures '
        'compared alone in brackets are the value and baseline_value, absolute, whatever comparative stands before the '
        'bracket',
}


def resolve_pairs(text: str, drafts: list[Draft]) -> list[Draft]:
    """Fold baseline numbers into the claim they are compared with; returns the drafts that stay."""
    out: list[Draft] = []
    index = 0
    while index < len(drafts):
        current = drafts[index]
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        merged = _merged(text, current, following) if following is not None and \
            following.sentence_index == current.sentence_index else None
        if merged is not None:
            index += 2
            if merged.rule_ids[-1] in _PARENTHESISED_RULES or merged.rule_ids[-1] == "pair.versus":
                index = _fold_listed_baselines(text, merged, following, drafts, index)
            if merged.rule_ids[-1] == "pair.versus" and match_at(_OWNER_AFTER, text, following.end):
                index = _fold_owned_figures(text, merged, following, drafts, index)
            out.append(merged)
        else:
            out.append(current)
            index += 1
    return out


def _merged(text: str, current: Draft, following: Draft) -> Draft | None:
    """The claim of two neighbouring numbers of one sentence that form a pair, or None."""
    gap = text[current.number.end:following.number.start]
    before = text[max(0, current.number.start - 45):current.number.start]
    if _FROM_IN_CLAUSE.search(before) and _TO_GAP.match(gap) and _units_agree(current, following):
        from_at = before.lower().rfind("from")
        if _RANGE_FROM.search(before[:from_at + 5]):
            # one claim over the range, as "ranging from 5.4% to 13.0%" is read: no baseline_value
            merged = _pair(following, current, start=current.number.start - len(before) + from_at,
                           end=following.end, rule="pair.range_from_to")
            merged.number = dataclasses.replace(following.number, value_low=current.number.value)
            merged.baseline_value = None
            merged.decisions.pop("baseline_value", None)
            return merged
        return _pair(following, current, start=current.number.start - len(before) + from_at,
                     end=following.end, rule="pair.from_to")
    if _ARROW_GAP.match(gap) and _units_agree(current, following) and "ratio" not in (current.kind, following.kind) \
            and not _signed(text, current) and not _signed(text, following):
        return _pair(following, current, start=current.start, end=following.end, rule="pair.arrow")
    if _BARE_TO_GAP.match(gap) and current.number.unit and current.number.unit == following.number.unit \
            and _written_unit(text, current) and _written_unit(text, following) \
            and current.number.value > following.number.value and current.kind == following.kind == "absolute":
        return _pair(following, current, start=current.start, end=following.end, rule="pair.falling_to")
    if current.number.unit and current.number.unit == following.number.unit and \
            _VERB_BEFORE.search(before) and _VERB_TO_GAP.match(gap):
        return _pair(following, current, start=current.start, end=following.end, rule="pair.verb_to")
    paren = _PAREN_BASELINE_GAP.match(gap)
    if paren and paren.group("closed") and _compared_bracket(text, current):
        paren = None
    if paren and match_at(_BRACKETED_FIGURE_END, text, following.number.end) and current.number.unit == following.number.unit \
            and (not paren.group("label") or _same_metric(current, following)):
        if current.kind == following.kind:
            return _pair(current, following, start=current.start, end=current.end, rule="pair.parenthesised_baseline")
        if current.kind == "change" and following.kind == "absolute":
            # "37.6% higher than 3-mer baselines (57.3%)": the change stays, the baseline's figure is its old value
            return _pair(current, following, start=current.start, end=current.end,
                         rule="pair.parenthesised_baseline_change", keep_kind=True)
    if _PARITY_BASELINE_GAP.match(gap) and text[following.number.end:following.number.end + 2].lstrip().startswith(")") \
            and current.number.unit == following.number.unit and current.kind == following.kind == "absolute" \
            and _same_metric(current, following):
        return _pair(current, following, start=current.start, end=current.end, rule="pair.parity_baseline")
    if _WHEREAS_GAP.match(gap) and current.number.unit == following.number.unit and \
            current.kind == following.kind == "absolute" and _same_metric(current, following) and \
            not _NOT_A_BASELINE_CLAUSE.search(gap):
        if _BASELINE_CLAUSE.search(gap):
            return _pair(current, following, start=current.start, end=following.end, rule="pair.whereas_baseline")
        return _pair(following, current, start=current.start, end=following.end, rule="pair.whereas")
    if _VS_GAP.match(gap) and current.kind in ("change", "ratio") and following.kind == "absolute" \
            and current.number.unit == following.number.unit == "%" and match_at(_OWNER_AFTER, text, following.end):
        # "8.5% improvements for A compared to only 0.8% for B", "retains 68% of the error rate versus 76% for
        # B": the other system's figure of the same gain or share, owned by the "for" after it
        return _pair(current, following, start=current.start, end=current.end, rule="pair.versus", keep_kind=True)
    if _VS_GAP.match(gap) and _units_agree(current, following) and current.kind == following.kind:
        merged = _shared_unit(_pair(current, following, start=current.start, end=following.end, rule="pair.versus"),
                              following, gap)
        if current.kind == "ratio":
            merged.start, merged.end = current.start, current.end   # a pair of factors stays a ratio
        return merged
    if _COMPARATIVE_GAP.match(gap) and match_at(_OWNED_AFTER, text, following.number.end) and _units_agree(current, following) \
            and current.kind == following.kind == "absolute":
        return _pair(current, following, start=current.start, end=following.end, rule="pair.owned_figure")
    if _OPENS_ON_VERSUS_GAP.match(gap) and _units_agree(current, following) and current.kind == following.kind == "absolute":
        return _pair(current, following, start=current.start, end=following.end, rule="pair.versus_bracketed")
    if _VS_GAP.match(gap) and _units_agree(current, following) and "ratio" not in (current.kind, following.kind) \
            and _BRACKET_OPEN.search(text, max(0, current.number.start - 3), current.number.start) and match_at(_BRACKET_CLOSE, text, following.end):
        # "lower validation loss (0.2976 vs. 0.5068)", "accuracy (67.1 vs. 65.2, +1.8 pp)": the two figures
        # of the comparison, bracketed; the comparative before the bracket made the first a change
        return _shared_unit(_pair(current, following, start=current.start, end=following.end, rule="pair.bracketed_versus"),
                            following, gap)
    return None


def _compared_bracket(text: str, current: Draft) -> bool:
    """Whether the bracket that holds the claim's figure is itself a compared system's ("compared to A
    (0.438) and B (TRIAGEMASTER, -3.511), outperforming C (-4.343)"): a comparison word opens its clause."""
    opening = text.rfind("(", max(0, current.number.start - 40), current.number.start)
    return opening >= 0 and _COMPARISON_BEFORE.search(text, max(0, opening - 70), opening) is not None


def _shared_unit(merged: Draft, old: Draft, gap: str) -> Draft:
    """"(HD95: 1.86 vs. 3.00 mm)", "(91.8 vs. 22,080 GFLOPs)": a unit written once after the pair is
    both figures' unit; the first figure, left bare, takes it (not across a word of its own: "0.93 AUC vs. 85%",
    nor a unit the second only borrowed from a neighbour: "(67.1 vs. 65.2, +1.8 pp)")."""
    if merged.number.unit or not old.number.unit or old.number.end == old.number.number_end \
            or not _BARE_VERSUS_GAP.match(gap):
        return merged
    merged.number = dataclasses.replace(merged.number, unit=old.number.unit)
    merged.decide("unit", "pair.shared_unit")
    return merged


def _same_metric(a: Draft, b: Draft) -> bool:
    """One metric for both figures: the same family, and for `other` the same words, neither naming
    its own quantity; the baseline's "performance" is the claim's metric ("matching the performance of
    X (0.19 um)")."""
    if {a.metric_how, b.metric_how} & _NO_SHARED_METRIC:
        return False
    if b.metric == "other" and (b.metric_text or "").lower() == "performance":
        return True
    if a.metric != b.metric:
        return False
    return a.metric != "other" or (a.metric_text or "").lower() == (b.metric_text or "").lower() != "performance"


def _fold_listed_baselines(text: str, merged: Draft, last: Draft, drafts: list[Draft], index: int) -> int:
    """"surpassing SuPreM (0.9493) and VoCo (0.9387)", "outperforms ReAct (59%) and a monolithic
    agent (27%)", "56.1%, compared to A (38.4%), B (37.1%) and C (30.3%)": the figures bracketed after
    the next baselines of the list are theirs too, each bracket labelled as the first; the strongest
    of them is the claim's baseline_value. Returns the index of the first draft left."""
    opening = _BRACKET_LABEL.search(text, max(0, last.number.start - 25), last.number.start)
    if opening is None:
        return index
    label = _label_words(opening.group("label"))
    while index < len(drafts):
        nxt = drafts[index]
        following = _NEXT_BRACKETED_BASELINE.match(text[last.number.end:nxt.number.start])
        if nxt.sentence_index != merged.sentence_index or nxt.number.unit != last.number.unit \
                or following is None or _label_words(following.group("label")) != label \
                or not match_at(_BRACKETED_FIGURE_END, text, nxt.number.end):
            break
        if merged.prefers_baseline(nxt.number.value):
            merged.baseline_value = nxt.number.value
            merged.decide("baseline_value", "pair.listed_baselines")
        merged.rule_ids.append("pair.listed_baselines")
        last = nxt
        index += 1
    return index


def _fold_owned_figures(text: str, merged: Draft, last: Draft, drafts: list[Draft], index: int) -> int:
    """"56.8% versus 43.6% for A and 29.9% for B", "0.226 compared to 0.171 for A and 0.210 for B": the next
    figures of the list, each owned by its "for", are the other compared systems' figures, no claims, as the
    first one is; the first stays the baseline_value (probe tuned8 p-2606.06660 names the first, the round-26
    union p-2605.08784 the strongest: split, so the figure pair.versus read stays). Returns the index of the
    first draft left."""
    while index < len(drafts):
        nxt = drafts[index]
        # a signed figure ("-4.62% for DSM") is a change, whose strongest the sign does not say
        if nxt.sentence_index != merged.sentence_index or nxt.number.unit != last.number.unit or nxt.kind != last.kind \
                or _signed(text, nxt) or not _NEXT_OWNED_FIGURE.match(text[last.end:nxt.number.start]) or not match_at(_OWNER_AFTER, text, nxt.end):
            break
        merged.rule_ids.append("pair.listed_owned_figures")
        last = nxt
        index += 1
    return index


def _label_words(label: str) -> str:
    """A bracket's label as compared between brackets ("$r = " and "r=" are one)."""
    return "".join(label.split()).lower()


def _signed(text: str, draft: Draft) -> bool:
    """Whether a sign is written before the figure ("+2.1 pp"): a change, not a level."""
    return draft.number.start > 0 and text[draft.number.start - 1] in "+-−" or text[draft.number.start] in "+-−"


def _written_unit(text: str, draft: Draft) -> bool:
    """Whether the figure carries its unit itself ("44%"), not one lent by a neighbour ("2022" in "from 26.3% in 2022")."""
    return not text[draft.number.end - 1].isdigit()


def _units_agree(a: Draft, b: Draft) -> bool:
    """One unit, or one of them unwritten, or two units of one quantity ("6 hours to 4 minutes")."""
    unit_a, unit_b = a.number.unit, b.number.unit
    return unit_a == unit_b or not unit_a or not unit_b or convert(1.0, unit_a, unit_b) is not None


def _pair(new: Draft, old: Draft, start: int, end: int, rule: str, keep_kind: bool = False) -> Draft:
    merged = new.branch(rule)
    if not new.owns_cue and old.owns_cue:
        merged.metric, merged.metric_text, merged.metric_hit = old.metric, old.metric_text, old.metric_hit
        merged.decide("metric", rule, *old.decisions.get("metric", ()))
    merged.baseline_value = old.number.value
    merged.decide("baseline_value", rule)
    if old.number.unit and new.number.unit and old.number.unit != new.number.unit:
        # baseline_value shares the claim's unit column: "from 6 hours to 4 minutes" is 360 min.
        merged.baseline_value = convert(old.number.value, old.number.unit, new.number.unit)
        merged.decide("baseline_value", "pair.unit_converted")
    if new.kind != "ratio" and not keep_kind:
        merged.kind, merged.direction = "absolute", None
        merged.decide("kind", rule)
        merged.decisions.pop("direction", None)
    if merged.metric == "other" and old.metric != "other":
        merged.metric, merged.metric_text = old.metric, old.metric_text
        merged.decide("metric", rule, *old.decisions.get("metric", ()))
    merged.start, merged.end = start, end
    return merged
