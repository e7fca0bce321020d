"""Decide whether a bare number states an outcome (CLAIMS_SPEC.md sections 1 and 7).

A number with a unit (%, x, ms, FPS, ...) or written as words ("twofold") is a candidate claim.
A bare number is one only when it is read as a score ("AUC of 0.953", "NPV 0.953", "OR 3.14",
"70.73 Top1 accuracy"), a factor ("a speedup of 2.5"), a count of outcomes ("fixes 2,077 bugs"),
a signed change ("+10.3"), or the next number of such a list or pair. Which families name scores
or factors is in patterns/spec.yaml.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from ..matching import compiled, match_at, search_at_end
from ..spec import FACTOR_FAMILIES, SCORE_FAMILIES
from .cues import SentenceCues, clause_floor, left_owned, right_owned, without_aside
from .numbers import Number
from .rulebook.cues import word_pattern

BARE = "filter.bare_number"
# "(0.872)": a bare score given in brackets after the system it belongs to.
_PARENTHESISED = compiled(r"^\(\s?\d*\.\d+\s?\)$")
# "63.41/61.88/57.95 F1": the whole chain of slash partners, so the first of three or more is named too.
_SLASH_PARTNER = compiled(r"(?:/\d+\.\d+){1,5}")
_SLASH_PARTNERS_BEFORE = compiled(r"(?<![\p{L}\d./-])(?:\d+\.\d+/){1,5}$")
_IN_TERMS_OF = compiled(r"\s+in\s+terms\s+of\s+(?:the\s+)?", regex.IGNORECASE)
# "47.3 and 39.8 BLEU", "12.6, 13.1 and 39.8 mAP": the next bare numbers of a list named after its last
# one; one of the figures is a decimal ("trained for 3 and 5 epochs" names no score anyway).
_LIST_PARTNERS = compiled(r"(?:(?:,\s|,?\s(?:and|or)\s)\d+(?:\.\d+)?){1,4}(?=\s)")
_SCORES = frozenset(SCORE_FAMILIES)
# A count after a verb of outcomes is one from here on, or after "all": "identify 169,859
# candidates", "blocked all 544 cases"; "we identify 3 key challenges" is no result.
_LARGE_COUNT = 20
_FACTORS = frozenset(FACTOR_FAMILIES)
# "from 6.90 (absmax Q5) to 6.40": the old figure of a from-to may carry its setting in brackets,
# digits and all. Shared with pairs.py, which joins the two figures this lets through.
OLD_FIGURE_SETTING = r"(?:\s?\([^()]{1,30}\))?"
# " to 46.0" after the first figure of a from-to change: the second figure, a decimal or not.
_TO_DECIMAL = compiled(OLD_FIGURE_SETTING + r"\s+to\s+[+-]?\d+(?P<decimal>\.\d+)?")
# "58.1, ahead of ReAct (49.3)": a comparison with a named baseline whose figure is in brackets.
# The words are those by which pairs.py joins the two figures (pair.parenthesised_baseline).
COMPARED_WITH = (r"(?:ahead\s+of|above|below|surpass\w*|outperform\w*|beat\w*|exceed\w*|compared\s+(?:to|with)|"
                 r"vs\.?|versus|over|than|relative\s+to|against)")
_COMPARED_TO_BRACKET = r"[^\d;()]{0,30}?\b" + COMPARED_WITH + r"\s+[^;()\d]{1,50}?\(\s?"
_PAIRED_AFTER = compiled(_COMPARED_TO_BRACKET + r"[+-]?\d*\.\d+\s?\)", regex.IGNORECASE)
_PAIRED_BEFORE = compiled(_COMPARED_TO_BRACKET, regex.IGNORECASE)
# "a composite score of 4.53 (vs. 3.13)", "an FVD of 29.13 (vs. 38.83 for InterDyn)": a bracket opening on
# the comparison right after a figure holds the baseline's figure (pairs.py joins them: pair.versus_bracketed).
_VERSUS_BRACKET = compiled(r"[^\d;()]{0,40}?\(\s?(?:vs\.?|versus|compared\s+(?:to|with))\s+"
                           r"(?:only\s+|just\s+|about\s+|~\s?)?", regex.IGNORECASE)
# "(0.79 vs 0.17 at FPIR 0.1)", "reaction alignment (93.2 vs. 93.5)", "false-visible 1.000->0.000", "($0.588
# \rightarrow 0.748$)": a bare figure compared with another by vs./versus or an arrow is a measured pair, one of
# them a decimal (pairs.py joins them: pair.versus, pair.arrow); two whole numbers only where the pair stands
# alone in brackets ("KCs (569 vs. 101)"): "patch size 2 vs. 28" compares settings.
_COMPARED_PAIR = compiled(r"\s?(?:\([^()\d]{1,30}\)\s?)?(?:vs\.?|versus|→|⟶|->|-->|\\(?:rightarrow|to)(?![a-zA-Z]))"
                          r"\s?\$?\s?[~≈]?\s?[+-]?\d[\d,]*(?P<decimal>\.\d+)?(?P<closed>\s?\))?", regex.IGNORECASE)
# "9.32 vs. 8.95 vs. 9.03": the gap of a comparison by vs./versus, between two figures or before the first.
_VERSUS_GAP = compiled(r"\s?\$?\s?(?<!\p{L})(?:vs\.?|versus)\s?[~≈]?\s?\$?\s?", regex.IGNORECASE)
_VERSUS_BEFORE = compiled(r"(?<!\p{L})(?:vs\.?|versus)\s?[~≈]?\s?\$?\s?$", regex.IGNORECASE)
# The cues of `other` whose figures are fractions: scores, and probabilities (a probability is one).
_FRACTION_CUES = frozenset({"other.scores", "other.probability"})
_NAMED_SCORES = _SCORES - {"other"}
# Loose cues type the numbers that are claims but make no bare number one: "success" named by any modifier
# ("execution success") is too common a word to vouch for a bare figure before or after it.
_LOOSE_CUES = frozenset({"success_rate.named_success"})
# The next figure of a list of figures on benchmarks: "..., 95.8 on LongMemEval".
_NEXT_ON_BENCHMARK = compiled(r"\d{1,4}\.\d{1,4}\s(?:on|in)\s(?:the\s)?(?-i:\p{Lu})")
# "a score of 8.1", "composite score: 2.514": the colon or sign may be glued to the noun.
_SCORE_OF = compiled(r"\bscores?(?:\s+of|\s?[=:])\s+(?:\p{L}+\s+)?$", regex.IGNORECASE)
# "fear scores (0.974)", "the top overall score (64.92)", "Tempo scores 52.3 under a strict budget", "GPT-4o
# scored 2.17": a decimal right after the noun "score(s)" in brackets or after the verb; "reaching 0.925 and 0.911
# scores": a decimal list right before the noun (pool round 23: ~15 papers' scores no family names).
_QUALIFIED = r"(?:only|just|about|around|roughly|approximately|~)\s?"
_SCORE_WORD_BEFORE = compiled(
    r"(?:\bscores?\s?\(\s?|\bscor(?:ed|ing)\s(?:" + _QUALIFIED + r")?"
    # the verb "scores" after a name or a word of the system; "leaderboard scores 6.4-8.1" is the noun
    r"|(?:(?<![\p{L}\p{N}.-])(?-i:\p{Lu})[\p{L}\p{N}.-]*|\b(?:it|which|that|model|method|system|approach|agent|ours|variant))"
    r"\s+scores\s(?:" + _QUALIFIED + r")?)$", regex.IGNORECASE)
_SCORE_WORD_AFTER = compiled(r"(?:(?:,\s?|\s(?:and|or)\s)\d*\.\d+){0,3}\s(?:\p{L}+\s)?scores?(?!\p{L})", regex.IGNORECASE)
# "(2) performance degrades", "2) performance degrades": a small count with a closing bracket that
# opens an item of a list after a comma, colon, "and" or the sentence's start numbers the item.
_LIST_MARKER_BEFORE = compiled(r"(?:[,;:]|\b(?:and|or))\s*\(?$", regex.IGNORECASE)
_LIST_MARKER_AFTER = compiled(r"\)\s+\p{L}")
# "we introduce Seedance 1.0", "we present OpenKin 2.5, a ...": a short decimal right after a
# capitalised name the sentence introduces is the name's version (filter.version_number knows
# the versions of well-known names only). The capital is matched case-sensitively: under
# IGNORECASE \p{Lu} matches any letter, and "our proposed model achieves 47.3 BLEU" lost its score.
_INTRODUCED_NAME = compiled(r"\b(?:introduc|present|propos|releas|nam|call|dub)\w*\s+(?:the\s+)?"
                                 r"(?:\p{L}[\p{L}\p{N}-]*\s){0,2}?(?-i:\p{Lu})[\p{L}\p{N}-]*\s$", regex.IGNORECASE)
_VERSION = compiled(r"\d{1,2}\.\d{1,2}")
# "with CUDA 11.8", "SDXL 1.0": a decimal below 20 with one or two decimal digits after an acronym and a
# plain space is a version, not a score the acronym names (an "=" or a colon makes it a score).
_VERSION_LIKE = compiled(r"1?\d\.\d{1,2}")
# A gap that closes a bracket before it opens one: the score named before it sat inside that bracket.
_CLOSES_FIRST = compiled(r"[^()]*\)")
# ...unless the bracket held the name alone and the number follows it as the name's value:
# "F-score (chrF) of 97.55", "Dice coefficient (DSC): 0.91".
_NAME_IN_BRACKETS = compiled(r"\)\s?(?:of|=|:|is|was|reaching|reached)?\s?(?:about\s|~\s?)?")
# "out of 9 with a QWK of 0.674": a score name followed by its own number names that one, not
# the number before it.
_OWN_NUMBER_AFTER = compiled(r"\s?(?:of|=|:|is|was)?\s?(?:about\s|~\s?)?[+-]?\d")
# "0.5-7B models", "0.5-4K tokens", "0.3-2m separations": the low end of a range whose high end is
# glued to a letter (a size or a name, no unit any rule reads) shares its fate.
_LOW_END_OF_NAMED = compiled(r"\s?-\s?\d[\d.,]*\p{L}")
# "Llama 3.1 improvements", "Wan 2.1 gains": a decimal right after a capitalised word is the name's version.
_NAME_BEFORE = compiled(r"(?-i:\p{Lu})[\p{L}\p{N}-]*\s$")


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "filter.bare_number": "a bare number that no rule reads as a score, factor or count of outcomes",
    "score.signed": 'a signed bare number is a change ("+10.3")',
    "score.continues": "a bare number that continues a list or pair of kept bare numbers (gap.continuation), or a "
        'list of figures each on its own benchmark: "85.3 on AIME 2024, 74.4 on AIME 2025" (gap.benchmark_list)',
    "score.parenthesised": 'a bare fraction in brackets beside the name of a score ("(0.872)")',
    "score.outcome_count": 'a count of outcomes: "fixes 2,077 bugs" (words.outcome_count, words.outcome_verb), '
        '"blocked all 544 cases", "identify 169,859 candidates" (words.outcome_verb_before, words.counted_noun)',
    "score.points": 'points of a score after a word of change or bound: "by up to 4.7 points", "less than 2 point '
        'differences" (words.points_after, words.points_before), or before a noun of change or a comparative: '
        '"a 1.5 point improvement", "0.2 points above" (words.points_change_after)',
    "score.benchmark": 'a decimal scored on a named benchmark, or named a score: "scores 71.2 on MMLU", "reaches 82.4 on '
        'HumanEval", "a score of 8.1 on MT-Bench" (words.score_verb_before, words.benchmark_after)',
    "score.word": 'a decimal that the plain word "score" names: "fear scores (0.974)", "the top overall score (64.92)", '
        '"Tempo scores 52.3", "reaching 0.925 and 0.911 scores"',
    "score.measure_of": 'a bare decimal after the name of a measured quantity and "of": "with an average iteration '
        'count of 4.38", "achieves a Jain\'s fairness index of 0.75", "with a 3DIoU value of 85.49" (words.measure_of_before)',
    "score.change_noun": 'a bare decimal that a noun of change follows: "with only a 0.01 drop on GenEval", "(VBench: '
        '0.87 increase and 0.79 decrease)", "up to 1.49 improvement in subject consistency" (words.change_noun_after); '
        'not right after a capitalised name, whose version it is ("Llama 3.1 improvements")',
    "score.speed_noun": 'a bare number that a word of speed follows is a factor whose "x" the text lost: "up to 4.14 '
        'speedup", "is 100 faster than", "a 7.42 speedup ratio" (words.speed_noun_after); not right after a capitalised '
        'name ("OpenSora 1.2 faster")',
    "score.change_by": 'a bare decimal after "by" that a verb of change or comparison and its object come before: '
        '"improving PDMS by 2.0", "improves the execution accuracy of the baseline by up to 3.20" (words.change_by_before)',
    "score.compared_pair": 'a bare figure compared with another by vs./versus or an arrow, one of them a decimal or '
        'both alone in brackets: "(0.79 vs 0.17)", "false-visible 1.000->0.000", "KCs (569 vs. 101)"; the second '
        'continues it (pair.versus and pair.arrow join them)',
    "score.change_to": 'a bare decimal after a verb of change, its object and "to": "further lifts it to 66.0", '
        '"improves the average score across four benchmarks to 45.8" (words.change_to_before)',
    "score.from_to": 'the first figure of a from-to change of a score, one of them a decimal: "SPL improves from '
        '41.5 to 46.0", "the loss drops from 2.91 to 2.64" (words.change_from); the second continues it',
    "score.paired": 'a bare decimal compared with a named baseline whose own figure follows in brackets, and that '
        'figure: "Kin scores 58.1, ahead of ReAct (49.3)" (pair.parenthesised_baseline joins them); and a bare '
        'figure in a bracket that opens on vs./versus/compared to right after another figure: "a composite score '
        'of 4.53 (vs. 3.13)" (pair.versus_bracketed joins them)',
    "score.list_marker": 'a small count with a closing bracket that numbers an item of a list ("findings: (1) ..., 2) ...") '
        'is dropped as bare, whatever score is named near it',
    "score.introduced_version": 'a short decimal right after a capitalised name the sentence introduces is its '
        'version ("we introduce Seedance 1.0") and is dropped as bare',
    "score.named_range_low": 'the low end of a range whose high end is glued to a letter ("0.5-7B models", '
        '"0.3-2m separations") is dropped as bare',
    "score.acronym_label": 'a decimal labelled by an acronym that opens a bracket or list item or follows a verb of '
        'result: "(PDMS 90.3, EPDMS 85.4)", "(CS = 0.854)", "(best F1: 30.30)" (words.score_label_before)',
    "score.named_before": 'a score named just before it: "AUC of 0.95", "kappa = 0.76"',
    "score.factor": 'a factor named just before it: "a speedup of 2.5" (words.factor_link)',
    "score.named_after": 'a score named just after it: "70.73 Top1 accuracy", or after its slash partner: '
        '"95.8/94.1 UAS/LAS", or after the last number of its list, one a decimal: "47.3 and 39.8 BLEU", or after "in terms of"; not where the name has its own number ("out of 9 with a QWK of 0.674")',
    "score.fraction": 'a fraction in a sentence that names a score ("0.953" beside "AUC") or a probability '
        '("probability is 0.938 for clean drafts, 0.613 for 3% token dropout")',
}


def score_rule(text: str, sentence: tuple[int, int], number: Number, cues: SentenceCues,
               previous: Number | None, previous_cues: Callable[[], SentenceCues]) -> str | None:
    """The rule that reads a bare `number` as a claim, or None (then it is dropped as bare).

    `previous` is the last number of the sentence already taken as a candidate; `previous_cues`
    gives the cues of the sentence before, read only where a rule needs them.
    """
    if number.sign:
        return "score.signed"
    cues = cues.without(_LOOSE_CUES)
    if _is_list_marker(text, sentence, number) or _is_introduced_version(text, sentence, number, cues) or \
            match_at(_LOW_END_OF_NAMED, text, number.end, sentence[1]):
        return None
    if previous is not None and previous.unit is None and (_continues(text[previous.end:number.start]) or
                                                           _next_benchmark(text, sentence, previous, number)):
        if _VERSUS_GAP.fullmatch(text, previous.end, number.start) and \
                search_at_end(_VERSUS_BEFORE, text[max(sentence[0], previous.start - 12):previous.start]):
            return None     # "9.32 vs. 8.95 vs. 9.03": the third of a chain is another baseline's figure
        return "score.continues"
    if _PARENTHESISED.match(text[number.start - 1:number.end + 1]) and 0 <= number.value <= 1 and \
            (cues.of(_SCORES) or previous_cues().of(_SCORES)):
        return "score.parenthesised"
    right = text[number.end:min(sentence[1], number.end + 60)]
    if word_pattern("words.outcome_count").match(right) and word_pattern("words.outcome_verb").search(
            text[max(sentence[0], number.start - 300):min(sentence[1], number.end + 300)]):
        return "score.outcome_count"
    decimal = "." in text[number.start:number.number_end]
    if number.value >= 1 and not decimal and \
            (verb := search_at_end(word_pattern("words.outcome_verb_before"), text[max(sentence[0], number.start - 40):number.start])) \
            and (verb.group("all") or number.value >= _LARGE_COUNT) and \
            match_at(word_pattern("words.counted_noun"), text, number.end, min(sentence[1], number.end + 60)):
        return "score.outcome_count"
    if decimal and _scored_on_benchmark(text, sentence, number):
        return "score.benchmark"
    if decimal and _named_score(text, sentence, number):
        return "score.word"
    if decimal and search_at_end(word_pattern("words.measure_of_before"),
                                 text[max(sentence[0], number.start - 60):number.start]) is not None:
        return "score.measure_of"
    if number.value <= 100 and (
            match_at(word_pattern("words.points_change_after"), text, number.end, sentence[1]) or
            match_at(word_pattern("words.points_after"), text, number.end, sentence[1]) and
            search_at_end(word_pattern("words.points_before"), text[max(sentence[0], number.start - 40):number.start])):
        return "score.points"
    if decimal and match_at(word_pattern("words.change_noun_after"), text, number.end, sentence[1]) and \
            not search_at_end(_NAME_BEFORE, text[max(sentence[0], number.start - 30):number.start]):
        return "score.change_noun"
    if (decimal or number.value >= 2) and match_at(word_pattern("words.speed_noun_after"), text, number.end, sentence[1]) \
            and not search_at_end(_NAME_BEFORE, text[max(sentence[0], number.start - 30):number.start]):
        return "score.speed_noun"
    if decimal and search_at_end(word_pattern("words.change_by_before"),
                                 text[max(sentence[0], number.start - 100):number.start]) is not None:
        return "score.change_by"
    if decimal and search_at_end(word_pattern("words.change_to_before"),
                                 text[max(sentence[0], number.start - 100):number.start]) is not None:
        return "score.change_to"
    if decimal and (
            match_at(_PAIRED_AFTER, text, number.end, sentence[1]) or
            (previous is not None and previous.unit is None and text[number.start - 1:number.start] == "("
             and _PAIRED_BEFORE.fullmatch(text, previous.end, number.start))
            or previous is not None and _VERSUS_BRACKET.fullmatch(text, previous.end, number.start)):
        return "score.paired"
    if (pair := match_at(_COMPARED_PAIR, text, number.end, sentence[1])) is not None and \
            (decimal or pair.group("decimal") or pair.group("closed") and text[number.start - 1:number.start] == "("):
        return "score.compared_pair"
    if (to := match_at(_TO_DECIMAL, text, number.end, sentence[1])) is not None and \
            (decimal or to.group("decimal")) and \
            search_at_end(word_pattern("words.change_from"), text[max(sentence[0], number.start - 80):number.start]):
        return "score.from_to"
    floor = clause_floor(text, sentence[0], number.start)
    # "AP scores of 49.7/53.5/55.4": a later figure of a slash list is named where its first figure is
    first = search_at_end(_SLASH_PARTNERS_BEFORE, text[max(floor, number.start - 40):number.start]) \
        if text[number.start - 1:number.start] == "/" else None
    named = replace(number, start=number.start - len(first.group())) if first else number
    left_hit = left_owned(text, named, cues.of(_SCORES), floor)
    if left_hit is not None and _tight(text[left_hit.end:named.start]):
        return "score.named_before"
    factor_hit = left_owned(text, number, cues.of(_FACTORS), floor)
    if factor_hit is not None and word_pattern("words.factor_link").fullmatch(text[factor_hit.end:number.start]):
        return "score.factor"
    partner = match_at(_SLASH_PARTNER, text, number.end) or _decimal_list(text, number)
    # "95.8/94.1 UAS/LAS": the first of a slash pair is named by the cue after the second, as the first
    # numbers of a list are by the cue after its last.
    right_hit = right_owned(text, replace(number, end=partner.end()) if partner else number, cues.of(_SCORES),
                            sentence[1])
    if right_hit is not None and _names_after(text[partner.end() if partner else number.end:right_hit.start], decimal) \
            and not match_at(_OWN_NUMBER_AFTER, text, right_hit.end, sentence[1]):
        return "score.named_after"
    if decimal and _labelled_by_acronym(text, sentence, number):
        return "score.acronym_label"
    if 0 <= number.value <= 1 and decimal and \
            (cues.of(_NAMED_SCORES) or cues.of_rules(_FRACTION_CUES)):
        return "score.fraction"
    return None


def _names_after(gap: str, decimal: bool) -> bool:
    """A score's name close enough after a bare number to name it: two words between at most, or
    "in terms of" after a decimal ("achieves 47.3 in terms of BLEU"; "ranks 3 in terms of accuracy" is a rank)."""
    return len(without_aside(gap).split()) <= 2 or decimal and _IN_TERMS_OF.fullmatch(gap) is not None


def _decimal_list(text: str, number: Number) -> regex.Match | None:
    """The bare numbers that follow `number` in a list, where the list holds a decimal."""
    partners = match_at(_LIST_PARTNERS, text, number.end)
    if partners is None or ("." not in text[number.start:number.number_end] and "." not in partners.group()):
        return None
    return partners


def _is_list_marker(text: str, sentence: tuple[int, int], number: Number) -> bool:
    """"(2) performance degrades", "2) ...": an item's number after a comma, colon or "and"; a small
    whole number alone in brackets anywhere ("a model that (1) can serve as a verifier", "and (5) 3D
    masks", "SO(3)-equivariance": pool round 18) numbers an item or belongs to a name."""
    if number.value > 20 or "." in text[number.start:number.number_end]:
        return False
    if text[number.start - 1:number.start] == "(" and text[number.end:number.end + 1] == ")" and \
            text[number.start:number.end].isdigit():
        return True
    return bool(match_at(_LIST_MARKER_AFTER, text, number.end, sentence[1])) and \
        (text[sentence[0]:number.start].strip() in ("", "(") or
         bool(_LIST_MARKER_BEFORE.search(text, max(sentence[0], number.start - 8), number.start)))


def _is_introduced_version(text: str, sentence: tuple[int, int], number: Number, cues: SentenceCues) -> bool:
    """"we introduce Seedance 1.0": a version after the name the sentence introduces, where no
    score is named right before the number ("we present Kin with an AUC 0.93" stays)."""
    if not _VERSION.fullmatch(text, number.start, number.number_end) or \
            text[number.start - 1:number.start] != " " or not text[number.start - 2:number.start - 1].isalnum():
        return False
    if search_at_end(_INTRODUCED_NAME, text[max(sentence[0], number.start - 60):number.start]) is None:
        return False
    owner = left_owned(text, number, cues.of(_SCORES), sentence[0])
    return owner is None or owner.end < number.start - 1


def _labelled_by_acronym(text: str, sentence: tuple[int, int], number: Number) -> bool:
    """"(PDMS 90.3, EPDMS 85.4)", "(CS = 0.854)": a score named by an acronym no cue list knows,
    unless a plain space joins a decimal that looks like a version ("with CUDA 11.8")."""
    label = search_at_end(word_pattern("words.score_label_before"), text[max(sentence[0], number.start - 60):number.start])
    if label is None:
        return False
    # "an FID-SD of 12.21", "(RVDs of 1.68)": "of" links a value, never a version ("SDXL 1.0")
    return label.group("link").strip() != "" or \
        not _VERSION_LIKE.fullmatch(text, number.start, number.number_end)


def _scored_on_benchmark(text: str, sentence: tuple[int, int], number: Number) -> bool:
    """"scores 71.2 on MMLU", "a score of 8.1": the cheap test of the words after the number first."""
    before = text[max(sentence[0], number.start - 30):number.start]
    if match_at(word_pattern("words.benchmark_after"), text, number.end, sentence[1]):
        if search_at_end(word_pattern("words.score_verb_before"), before) is not None:
            return True
        # "(92.98 on LoCoMo, 95.8 on LongMemEval)": the first of a list of figures each on its own benchmark
        gap = match_at(word_pattern("gap.benchmark_list"), text, number.end, sentence[1])
        return gap is not None and match_at(_NEXT_ON_BENCHMARK, text, gap.end(), sentence[1]) is not None
    return "score" in before.lower() and search_at_end(_SCORE_OF, before) is not None


def _named_score(text: str, sentence: tuple[int, int], number: Number) -> bool:
    """"fear scores (0.974)", "Tempo scores 52.3", "0.925 and 0.911 scores": the word "score" names the decimal."""
    before = text[max(sentence[0], number.start - 30):number.start]
    return "scor" in before.lower() and search_at_end(_SCORE_WORD_BEFORE, before) is not None \
        or match_at(_SCORE_WORD_AFTER, text, number.end, sentence[1]) is not None


def _continues(gap: str) -> bool:
    """The gap between two numbers of one list or pair."""
    return len(gap.split()) <= 12 and bool(word_pattern("gap.continuation").match(gap))


def _next_benchmark(text: str, sentence: tuple[int, int], previous: Number, number: Number) -> bool:
    """"85.3 on AIME 2024, 74.4 on AIME 2025": the figures of a list each scored on its own benchmark,
    whose names (digits and all) stand between them (gap.benchmark_list)."""
    return "." in text[number.start:number.number_end] and \
        word_pattern("gap.benchmark_list").fullmatch(text, previous.end, number.start) is not None and \
        match_at(word_pattern("words.benchmark_after"), text, number.end, sentence[1]) is not None


def _tight(gap: str) -> bool:
    """A score name and its number are close: "AUC 0.95", "AUC of 0.95", "kappa = 0.76"; not where
    the name sat in a bracket that closes before the number ("(0.8739 F1), followed by DistilBERT-base
    (512 context length)": the bracket's score names no number after it), unless the bracket held
    the name alone, as its abbreviation, with the number right after it ("F-score (chrF) of 97.55")."""
    return len(gap.split()) <= 5 and ";" not in gap \
        and (not _CLOSES_FIRST.match(gap) or _NAME_IN_BRACKETS.fullmatch(gap) is not None)
