"""Drop the figures a compared system reaches, bracketed after its name (CLAIMS_SPEC.md sections 1
and 2; the golds keep a baseline's own figure as baseline_value only, never as a claim).

"outperforming the prior state-of-the-art SVDQuant (FID 18.9, PSNR 17.6)", "compared to ShieldGemma-2
(64.80% accuracy, 1,136 ms) and LlavaGuard (80.36% accuracy, 4,138 ms)", "exceeds HydraViT's 6-head
subnetwork (78.4% at 4.6 GMACs) by 2.4 percentage points": the bracket after the compared name holds
that system's figures. pairs.py has already folded those it could pair with the paper's own figure
(pair.parenthesised_baseline); the ones left are dropped here. A bracket of the paper's own result
stays: a gain or factor ("(+6.1%)", "(2.1x faster)"), an example or a bound ("(e.g., 85.3% on X)",
"(up to 9.2% ...)"), a from-to or versus pair, and a bracket after a phrase that leaves the compared
name ("outperforms baselines on three benchmarks (85.1%)", "against CAIDA Ark, showing good recall (0.94)").
"""
from __future__ import annotations

import regex

from ..matching import compiled, match_at
from .draft import Draft

# The words that name what a figure is compared with, then the compared name up to the bracket: at most
# seven words, none of them a preposition or clause word that leaves the name ("the speedup over
# Go-Explore on hard scenes (r=0.69)"), no comma, semicolon or bracket. A parity word ("matching",
# "competitive with") may not reach the name through "of" ("matches the accuracy of prior methods (...)":
# whose figure that is, the text does not say).
_LEAVES_NAME = (r"(?:on|in|across|at|with|for|from|to|by|under|while|when|where|which|that|whose|using|via|"
                r"showing|achieving|reaching|yielding|including|especially|e\.g|i\.e)")
_NAME_WORD = r"(?!" + _LEAVES_NAME + r"\b)[^\s;(),%]+"
# The name starts with a letter: "over 60% of tokens contribute minimally (<5%)" compares nothing.
_NAME_START = r"(?=[\p{L}'\"“])"
_SUPERIOR = (r"(?:surpass\w*|outperform\w*|beat(?:s|ing)?|exceed\w*|compared\s+(?:to|with)|ahead\s+of|over|"
             r"(?<!\b(?:more|less|fewer|other|rather)\s(?:\p{L}+\s)?)than|relative\s+to|against)")
_PARITY = r"(?:match(?:es|ing)?|rival(?:s|ing)?|(?:on\s+par|comparable|competitive)\s+(?:with|to))"
_COMPARED_OPENING = compiled(
    r"(?:\b" + _SUPERIOR + r"\s+" + _NAME_START + r"(?:" + _NAME_WORD + r"\s+){0,6}?|\b" + _PARITY + r"\s+" + _NAME_START
    + r"(?:(?!of\b)" + _NAME_WORD + r"\s+){0,6}?|(?P<chain>\)\s?,?\s?(?:(?:and|or)\s+)?)" + _NAME_START + r"(?:" + _NAME_WORD
    + r"\s+){0,4}?)" + _NAME_WORD + r"\s?(?<![\\$])\($", regex.IGNORECASE)
# Inside the bracket, before the figure: only labels and the system's other figures ("FID 18.9, PSNR ",
# "MAE: 59.78, RMSE: ", "R@5="), never a word of the paper's own gain, an example or a bound ("higher
# quality than prior methods (>17 dB)").
_OWN_RESULT_IN_BRACKET = compiled(
    r"\b(?:vs\.?|versus|by|e\.g|i\.e|up\s+to|from|to|ours?|improv\w*|gains?|reduc\w*|faster|slower|higher|lower|"
    r"better|worse|fewer|less|more|over|under|above|below|average|avg|mean|only|just|relative|"
    # a hedged figure is the paper's own reading of a system it ran ("exceeding multiclass classifiers such as
    # convolutional networks (approximately 35%)": a claim in the tuned25 gold)
    r"approximately|about|around|roughly|nearly|almost|"
    # a measure of agreement is that of the pair, not the compared one's own figure ("compared to the true
    # assessment (median concordance: 0.84, ICC: 0.73)", "validated against physician scoring (kappa_w = 0.571)")
    r"kappa\w*|ICC|AC1|agreement|concordance|correlat\w*|Pearson|Spearman|rho|tau)\b|\b(?-i:[rd])\s?="
    r"|[+−]\s?\$?$|[<>≤≥κρτ~]",
    regex.IGNORECASE)
# A figure bracketed right after a name ("the TDE network (89%)").
_BRACKETED_AFTER_NAME = compiled(r"[\p{L}\d]\s?\(\s?\$?$")
# "while" before a participle goes on with the same subject ("while also outperforming MatFormer-S (78.6%)").
_NEW_CLAUSE = compiled(r";|\b(?:while|whereas|but)\b(?!\s+(?:also\s+|still\s+)?\p{L}+ing\b)", regex.IGNORECASE)
# "exceeds HydraViT's subnetwork (78.4% at 4.6 GMACs) by 2.4 percentage points": the paper's margin follows.
_MARGIN_AFTER = compiled(r"\)\s?by\s+(?:[~≈]\s?)?\$?\d", regex.IGNORECASE)
_OWN_FIGURE_REACH = 200     # characters from the paper's figure to the compared one's bracket
_SENTENCE_LEAD = 3          # a quote or bracket may stand before the sentence's first word
_OPENING_REACH = 110        # characters before the bracket: the compared words and a name of seven words
_INSIDE_REACH = 60          # characters of the bracket before the figure

COMPARED_FIGURE = "filter.compared_figure"
RULES = {
    COMPARED_FIGURE: 'the figure of a compared system, bracketed after its name ("outperforming SVDQuant '
        '(FID 18.9, PSNR 17.6)"), where no pair made it a baseline_value',
}


def drop_compared_figures(text: str, drafts: list[Draft], sentence_starts: list[int]) -> tuple[list[Draft], list[Draft]]:
    """(kept, dropped): `drafts` without the absolute figures that stand in the bracket after a
    compared system's name. Each draft reads a bounded window before it."""
    kept: list[Draft] = []
    dropped: list[Draft] = []
    compared_closes: set[int] = set()       # where the brackets of compared systems close
    sentence: list[Draft] = []              # the drafts read so far of the current sentence
    for draft in drafts:
        if sentence and sentence[-1].sentence_index != draft.sentence_index:
            sentence = []
        close = _compared_bracket_close(text, draft, sentence_starts[draft.sentence_index], sentence, compared_closes)
        sentence.append(draft)
        if close is None:
            kept.append(draft)
        else:
            compared_closes.add(close)
            dropped.append(draft)
    return kept, dropped


def _compared_bracket_close(text: str, draft: Draft, sentence_start: int, before: list[Draft],
                            compared_closes: set[int]) -> int | None:
    """Where the bracket closes that holds `draft` as a compared system's figure, or None. `before`
    are the figures of its sentence before it: the compared name is read no further back than the
    last of them outside the bracket."""
    if draft.kind != "absolute" or any(rule.startswith("pair.") for rule in draft.rule_ids):
        return None
    start = draft.number.start
    opening = text.rfind("(", max(0, start - _INSIDE_REACH), start)
    if opening < sentence_start or ")" in text[opening:start] or _OWN_RESULT_IN_BRACKET.search(text, opening + 1, start):
        return None
    close = text.find(")", draft.number.end, draft.number.end + _INSIDE_REACH)
    if close < 0:
        return None
    if close in compared_closes:        # a figure after another of the same system ("(64.80% accuracy, 1,136 ms)")
        return close
    floor, own_first = sentence_start, False
    for other in reversed(before):      # the figures inside the bracket: a few at most
        if other.number.end <= opening:
            floor = other.number.end
            # the paper's figure comes first in the clause of the comparison: near, and no "while" or
            # ";" between ("83% alignment ..., while cosine similarity outperformed alternative metrics (...)")
            own_first = opening - floor <= _OWN_FIGURE_REACH and _NEW_CLAUSE.search(text, floor, opening) is None
            if own_first and _BRACKETED_AFTER_NAME.search(text, max(0, other.number.start - 4), other.number.start) \
                    and text.find(")", other.number.end, opening) not in compared_closes:
                # "the TDE network (89%) is higher than the CuBa-LIF network (71%)": the paper's figure is
                # bracketed after its system's name as well, a list of the systems it measured (tuned8 gold)
                return None
            break
    found = _COMPARED_OPENING.search(text, max(floor, opening - _OPENING_REACH), opening + 1)
    if found is None or found.group("chain") is not None and found.start("chain") not in compared_closes:
        return None
    # The paper's figure comes first in the clause or its margin follows the bracket, or the comparison opens the
    # sentence ("Compared to HNSW (R@5=0.991), ..."): without any, the bracket may be the subject's own ("cosine
    # similarity outperformed alternative metrics (silhouette score: 0.48)").
    if not own_first and found.start() - sentence_start > _SENTENCE_LEAD and not match_at(_MARGIN_AFTER, text, close):
        return None
    return close
