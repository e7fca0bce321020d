"""Find the baselines a sentence compares against (CLAIMS_SPEC.md section 2, field `baseline`).

The comparison cues and the rules that cut the baseline's noun phrase are documented in
patterns/context/baselines.yaml. A phrase keeps its words as written (`name == text`), less a
leading article; only the members of a slash family read "respectively" ("RMT-T/S/B") get their
own names (RMT-T, RMT-S, RMT-B) while `text` stays the written surface.

>>> [m.text for m in baseline_phrases("It is 5.6x faster than the dense baseline on A100.")]
['dense baseline']
>>> [m.text for m in baseline_phrases("It beats LoRA and DoRA by 6.5% and 2.9%, respectively.")]
['LoRA', 'DoRA']
"""
from __future__ import annotations

from dataclasses import replace
from itertools import islice

import regex

from ..matching import budget, compiled, match_at
from .listed_by import listed_after_by
from .names import RESPECTIVELY, SYSTEM_NOUNS, WORD_AMOUNT, Name, TakenRanges, is_quantity, shares_head, split_list
from .rulebook.cues import word_list
from .rulebook.names import BaselineRules, baseline_rules

__all__ = ["baseline_phrases"]

# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "baseline.apposition": 'a name set off by commas after a description of the baseline is the baseline '
                           '("surpassing the best baseline, CARE-GNN, by 3.4%")',
}

_MAX_WORDS = 12
# The most tokens a phrase reads: up to 4 lead words skipped ("triple that of the"), _MAX_WORDS
# words, and 2 looked at past the last of them (`_list_goes_on`).
_TOKENS_READ = 4 + _MAX_WORDS + 2
_TOKEN = compiled(r"\S+")
_WORD = compiled(r"[\p{L}\p{N}][\p{L}\p{N}-]*")
_ARTICLE = {"a", "an", "the"}
# A value, with the LaTeX and Markdown that abstracts wrap around it: "5.6x", "$168\times$", "12.8\%".
_MARKUP = compiled(r"\$|\\times|\\%|\\sim|\*\*|\\textbf\{|\}|\{")
# A range ("0-20", "5–10") is a value too: "over 0-20 m" is the span a figure holds across.
# A figure with a physical unit glued to it ("117kPa", "2186ns") is a value too; a size class ("7B") names a model.
_VALUE = compiled(r"[~≈+±-]?\d[\d.,]*(?:(?:%|x|×|X)?[-–]\d[\d.,]*)?(?:%|x|×|X|times|fold|pp|dB|dBm|ms|s|ns|us|µs|min|h"
                       r"|[kMG]?Pa|[mk]?W|[mnpk]?J|[KMGT]B|[kMG]?Hz|[mcn]?m|m?V|bpm|FPS|fps)?(?:/[\d.,]+\w{0,5})*")
_INTEGER = compiled(r"\d{1,6}")
_VERSION = compiled(r"[1-9]\.\d")        # "Gemini 1.5 Pro", "Claude Opus 4.7,", "SeedEdit 3.0 on"
_AFTER_VERSION = frozenset({"on", "in", "and", "or", "with", "by", "across", "at", "for", "under", "while"})
_COUNTED_SYSTEMS = compiled(r"(?:\s+[\p{L}-]+){0,3}?\s+" + SYSTEM_NOUNS)
_VERSUS_RULE = "baseline.compared"          # vs., versus, compared to/with, relative to
# Who a figure after a comparison cue belongs to: "(RMSE of) 2.92 bpm achieved by X"; after
# "<metric> of" also "for X" and "by X". A unit word or two may sit between figure and owner.
_UNIT_WORDS = r"(?:\s+[\p{L}/%.]{1,12}){0,2}?\s+"
_OWNER_VERB = r"(?:achieved|obtained|attained|reported|reached|measured)\s+"
_FIGURE_OWNER = compiled(_UNIT_WORDS + _OWNER_VERB + r"by\s+")
_FIGURE_OWNER_AFTER_OF = compiled(_UNIT_WORDS + f"(?:{_OWNER_VERB})?" + r"(?:by|for)\s+")
# A figure right after the cue may name its owner with "for" or "of" as well ("versus 0.81 for
# radiologists", "compared to only 70.2% for homogeneous baselines", "the 24% rate of NanoBanana").
# "of" only after the figure's noun ("the 24% rate of X"): "90% of the images" is a share.
_FIGURE_OWNER_FOR = compiled(r"(?:" + _UNIT_WORDS + r"for|(?:\s+[\p{L}/%.]{1,12}){1,2}?\s+of)\s+(?:the\s+)?")
# "(NDCG 0.910 vs. 0.839 random)", "82% versus 50% chance.": a reference word (words.human_reference)
# alone after a decimal or percent figure, closing the clause, is whose figure it is.
_FIGURE_OWNER_WORD = compiled(r"(?<=\d\.\d{1,6}|%)\s+(?P<word>\p{L}{3,20})(?=\s*[)\],;.]|\s*$)")
# Qualifiers that may open the figure after a cue: "compared to only 70.2% for X".
_FIGURE_QUALIFIERS = frozenset({"only", "just", "about", "around", "approximately", "nearly", "roughly", "almost", "~"})
_POSSESSIVE = compiled(r"(?:'s|’s)$")
# "compared to training with the full dataset", "compared to operation with fully controlled RIS",
# "compared to running the task on the CPU only": after a way of running, these words open its
# setting, which the baseline keeps.
_SETTING_LINKS = frozenset({"with", "without", "on", "using", "under"})
# "the SOTA solution on this platform", "the best design on the same FPGA": a platform the text
# already named stays with the baseline it qualifies.
_SAME_PLATFORM = compiled(r"\s+(?:this|that|these|the\s+same)\s+(?:[\p{L}\d-]+\s+)?(?:platforms?|devices?|hardware|boards?|GPUs?|CPUs?|FPGAs?|chips?|machines?|servers?|systems?|clusters?|nodes?)\b")
# A phrase that opens on an object pronoun refers to a baseline named elsewhere ("substantially
# outperforms them out-of-distribution"), whatever words follow it.
# Words a phrase cut before a figure may end on, which are no part of the name: a link ("and",
# "models both in accuracy and ..."), "of" before the baseline's figure ("the human baseline of
# 91%") and a participle that states it ("baselines exceeding 0.11", "the best model reaching 0.62").
_DANGLING = frozenset({"and", "or", "", "of", "both", "exceeding", "reaching", "achieving", "attaining", "scoring",
                       "obtaining", "yielding"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "they", "us", "ours", "itself", "themselves"})
# The grain a baseline runs at ("DMA transfers at cacheline granularity", "at full precision") and
# "from scratch" after a way of training ("than training from scratch") are part of it.
_CLOSING_SETTING = compiled(r"(?:at\s+(?:[\p{L}\d-]{1,20}\s+){1,2}?(?:granularity|precision|resolution|fidelity)|from\s+scratch)\b")
_CAPITAL = compiled(r"\p{Lu}")
_ABBREVIATION = compiled(r"(?:vs|e\.g|i\.e|al|etc|Inc|Ltd)\.")
_TRAILING_CHARS = ",;:)]'\".!?"
_TRAILING = compiled(f"[{regex.escape(_TRAILING_CHARS)}]+$")
# "(GAZELLE)", "(FP)": a name right after the phrase belongs to it.
_NAME_IN_PARENTHESES = compiled(r"\((?=[^()\s]{0,30}\p{Lu})[^()\s]{1,30}\)[,;:.]?")
# "SoTA accelerators (Allo and DFX)", "metaheuristics (genetic algorithm and particle swarm
# optimisation)": a parenthesized list without numbers names the members of the phrase's class.
_LIST_IN_PARENTHESES = compiled(r"\((?=[^()]{1,70}\))[^()\d;:]{1,70}?(?:,|\band\b|\bor\b)[^()\d;:]{1,70}?\)")
_TRAILING_AFTER_PAREN = compiled(r"[,;:.]$")
# "outperforms (+27.0% to +71.3%) its base models", "surpasses (by 4.1 points) the best baseline": a
# figure in brackets between the cue and the baseline it is measured against.
_BRACKETED_FIGURE = compiled(r"\((?=[^()]{0,40}\d)[^()]{1,40}\)(?=\s+\S)")
# A list of baselines runs on past a comma only through names: "LoRA, DoRA and PiSSA".
_NAME_LIKE = compiled(r"[\p{Lu}\d]|[^\s]{0,30}?\p{Lu}")


def baseline_phrases(sentence: str) -> list[Name]:
    """The baselines `sentence` compares against, in order of position; `[]` where none."""
    rules = baseline_rules()
    found: list[Name] = []
    taken = TakenRanges()       # the spans of `found`
    first_comparison = rules.comparison.search(sentence)
    for cue, matches in zip(rules.cues, rules.scanner.scan(sentence, timeout=budget(len(sentence)))):
        for match in matches:
            if cue.guarded and not _compared_before(sentence, match.start(), rules, first_comparison):
                continue
            if "phrase" in match.groupdict() and match.start("phrase") >= 0:
                phrase = _mention(sentence, match.start("phrase"), match.end("phrase"))
            else:
                phrase = _phrase_after(sentence, match.end("cue"), rules, cue.rule_id)
            if phrase is None:
                continue
            if not taken.claim(phrase.start, phrase.end):
                continue
            found.append(phrase if phrase.rule_id else replace(phrase, rule_id=cue.rule_id))
    found = listed_after_by(sentence, sorted(found, key=lambda m: m.start), lambda at: _phrase_after(
        sentence, at, rules, "baseline.listed_by"), lambda name: taken.claim(name.start, name.end))
    if RESPECTIVELY.search(sentence):
        found = [part for mention in found for part in split_list(sentence, mention)]
    return found


def _compared_before(sentence: str, position: int, rules: BaselineRules, first: regex.Match | None) -> bool:
    """Whether a comparison word or a number precedes `position` (as a search of
    sentence[:position] finds it), from the sentence's first one: a search from the start for
    every guarded cue is quadratic in a long sentence."""
    if first is not None and first.end() <= position:
        return True
    if first is not None and first.start() < position:
        return rules.comparison.search(sentence, 0, position) is not None     # it straddles the cut
    # None starts before `position` in the whole sentence; only one ending at the cut could match
    # there ("faster" glued to the cue).
    return rules.comparison.search(sentence, max(0, position - 100), position) is not None


def _mention(sentence: str, start: int, end: int, rule_id: str = "") -> Name:
    return Name(sentence[start:end], start, end, sentence[start:end], rule_id)


def _phrase_after(sentence: str, start: int, rules: BaselineRules, cue_id: str = "") -> Name | None:
    tokens = [(m.start(), m.end()) for m in
              islice(_TOKEN.finditer(sentence, start, min(len(sentence), start + 400)), _TOKENS_READ)]
    tokens = _skip_lead(sentence, tokens, rules)
    if not tokens or match_at(WORD_AMOUNT, sentence, tokens[0][0]):
        return None
    kept: list[tuple[int, int]] = []
    list_cut: int | None = None              # len(kept) at the last comma the phrase ran past
    mode_extended = False                    # whether a way of running took its setting ("with X")
    setting_at = 0                           # len(kept) where that setting starts
    skip = 0
    for index, (s, e) in enumerate(tokens[:_MAX_WORDS]):
        if skip:
            skip -= 1
            continue
        word = sentence[s:e]
        examples = _examples_follow(sentence, tokens, index) if kept else 0
        if examples:                         # "widely-used methods like ProteinMPNN, ESM-IF and ..."
            kept.append((s, e))
            skip = examples - 1
            continue
        if kept and word[0] == "(" and _NAME_IN_PARENTHESES.fullmatch(word):
            kept.append((s, s + len(_TRAILING_AFTER_PAREN.sub("", word))))
            if not word.endswith(")"):
                break
            continue
        if kept and word[0] == "(":
            listed = match_at(_LIST_IN_PARENTHESES, sentence, s)
            if listed:
                kept.append((s, listed.end()))
            break
        if word[0] in "([":
            break
        if "(" in word:                          # "Transformer(TCCT)": the name ends at "("
            kept.append((s, s + word.index("(")))
            break
        # Most words end on a letter: neither an abbreviation nor trailing punctuation to cut.
        if word[-1] not in _TRAILING_CHARS or (word[-1] == "." and _ABBREVIATION.fullmatch(word)):
            bare = word
        else:
            bare = _TRAILING.sub("", word)
        # An acronym spelled like a stop word ("AT mitigation", "IN layers") is a name word.
        lower = bare.lower() if len(bare) < 2 or not bare.isupper() else bare
        if lower in rules.stop_words and kept:
            if lower == "on" and bare == word and (same := match_at(_SAME_PLATFORM, sentence, e)):
                kept.append((s, same.end()))             # "the SOTA solution on this platform"
                break
            if lower in ("at", "from") and (setting := match_at(_CLOSING_SETTING, sentence, s)):
                kept.append((s, setting.end()))
                break
            if not (lower in _SETTING_LINKS and not mode_extended and bare == word
                    and (_names_a_mode(sentence, kept) or _ends_on_participle(sentence, kept))):
                break
            mode_extended = True     # "compared to training with the full dataset": the setting is the baseline
            setting_at = len(kept)
            kept.append((s, e))
            continue
        if _is_value(bare) and not _is_name_number(sentence, tokens, index, bare):
            owner = _owner_of_value(sentence, e, kept, rules, cue_id == _VERSUS_RULE)
            if owner is not None:
                return owner
            if mode_extended:
                kept = kept[:setting_at]     # "over leading methods with a 9x speedup": a figure, no setting
            elif kept and (possessive := _POSSESSIVE.search(sentence, kept[-1][0], kept[-1][1])):
                kept[-1] = (kept[-1][0], possessive.start())       # "vs. donor's 87.47%": the donor
            break
        if lower == "and" and _ends_clause(sentence, tokens, index, rules):
            break
        if lower in rules.stop_words:
            if kept or lower not in ("using", "without") or bare != word or cue_id in ("", "baseline.outperforms"):
                break       # not for a figure's owner ("achieved by using X"), nor after a verb
            mode_extended = True     # "compared to using X", "than without X": the way of running is the baseline
        if list_cut is not None and lower not in {"and", "or"} and not _NAME_LIKE.search(bare):
            kept = kept[:list_cut]               # "than LoRA, Repilot fixes": no list after all
            break
        kept.append((s, s + len(bare)))
        if word.endswith(",") and lower in word_list("words.generic_baseline") \
                and (named := _apposition(sentence, tokens, index)) is not None:
            return named
        if bare != word:                         # punctuation after the word ends the phrase...
            if word.endswith(",") and _NAME_LIKE.search(bare) and _list_goes_on(sentence, tokens, index):
                list_cut = len(kept)             # ...unless a list of names runs on: "A, B and C"
                continue
            break
    while kept and sentence[kept[-1][0]:kept[-1][1]].lower() in _DANGLING | rules.stop_words:
        kept.pop()
    if not kept:
        return None
    text = sentence[kept[0][0]:kept[-1][1]]
    if text.lower() in rules.pronouns or _is_value(text) or is_quantity(text):
        return None
    first = sentence[kept[0][0]:kept[0][1]]
    if first.lower() in _OBJECT_PRONOUNS and not first.isupper():
        return None                      # "outperforms them out-of-distribution": them is named elsewhere
    return _mention(sentence, kept[0][0], kept[-1][1])


def _names_a_mode(sentence: str, kept: list[tuple[int, int]]) -> bool:
    """Whether the phrase so far is a way of running something ("training", "operation", "running
    the task"): its setting after "with/without/on/using" belongs to the baseline."""
    if len(kept) > 3:
        return False
    first = sentence[kept[0][0]:kept[0][1]]
    if not first.islower():
        return False
    if first.endswith("ing"):
        return first not in word_list("words.ing_adjectives")      # "existing methods" runs nothing
    return first in word_list("words.mode_nouns") or (len(kept) == 1 and first in word_list("words.mode_adverbs"))


def _ends_on_participle(sentence: str, kept: list[tuple[int, int]]) -> bool:
    """Whether the phrase so far ends on a participle of set-up ("the baseline model trained",
    "methods based", "an estimator trained exclusively"): the setting after "on/with/using"
    completes it ("trained on standard camera frames", "based on triangular meshes")."""
    last = sentence[kept[-1][0]:kept[-1][1]].lower()
    if last.endswith("ly") and len(kept) > 1:
        last = sentence[kept[-2][0]:kept[-2][1]].lower()
    return last in word_list("words.setting_participles")


def _owner_of_value(sentence: str, end: int, kept: list[tuple[int, int]], rules: BaselineRules,
                    versus: bool = False) -> Name | None:
    """"compared to the RMSE of 2.92 bpm achieved by the baseline model", "than 0.71 achieved by
    X": the baseline is whose figure follows the comparison, not the figure's metric. After
    "<metric> of <value>", "by" and "for" name the owner too ("the F1 of 0.84 for GPT-4o")."""
    of_figure = bool(kept) and sentence[kept[-1][0]:kept[-1][1]].lower() == "of"
    if kept and not of_figure:
        return None
    owner = match_at((_FIGURE_OWNER_AFTER_OF if of_figure else _FIGURE_OWNER), sentence, end)
    if owner:
        return _phrase_after(sentence, owner.end(), rules)
    if not kept and (word := match_at(_FIGURE_OWNER_WORD, sentence, end)) \
            and word["word"].lower() in word_list("words.human_reference"):
        return _mention(sentence, word.start("word"), word.end("word"))      # "vs. 0.839 random)"
    if kept or not (owner := match_at(_FIGURE_OWNER_FOR, sentence, end)):
        return None
    phrase = _phrase_after(sentence, owner.end(), rules)
    return phrase if phrase is not None and _names_a_reference(phrase.text, versus) else None


def _names_a_reference(text: str, versus: bool = False) -> bool:
    """Whether the phrase after "<figure> for/of" names what was compared against, not a setting:
    a name ("RouteLLM", "the best non-LLM method") or a word of a baseline or a human reference
    ("homogeneous baselines", "radiologists"); "for most layers", "for long prompts" are settings.
    After vs./versus/compared to (`versus`) any other phrase names it too: the old figure of a pair
    is the other system's ("68.8% vs. 46.8% for non-monotone chains", "KID 0.078 versus 0.375 for
    regression"), where after "over 70%" or "exceeding 85%" "for single-arm tasks" is a setting."""
    tokens = [w.lower() for w in _WORD.findall(text)]
    if not tokens or tokens[0] in word_list("words.figure_owner_not"):
        return False
    return versus or bool(_NAME_LIKE.search(text)) or any(
        t in word_list("words.generic_baseline") or t.rstrip("s") in word_list("words.generic_baseline")
        or t in word_list("words.human_reference") for t in tokens)


def _apposition(sentence: str, tokens: list[tuple[int, int]], index: int) -> Name | None:
    """"the best baseline, CARE-GNN, by 3.4%": the one name between commas after token `index`,
    where no further name follows (a list "baselines, LoRA, DoRA and PiSSA" names no single one);
    the name may end the sentence ("surpassing the rate of the strongest baseline, NanoBanana.")."""
    if index + 1 >= len(tokens):
        return None
    s, e = tokens[index + 1]
    name = sentence[s:e - 1]
    if index + 2 >= len(tokens):             # the sentence's last word
        if sentence[e - 1] != "." or e < len(sentence.rstrip()) or _ABBREVIATION.fullmatch(sentence[s:e]):
            return None
    elif sentence[e - 1] != "," or match_at(_NAME_LIKE, sentence, tokens[index + 2][0]):
        return None
    if not name or not _NAME_LIKE.match(name) or _is_value(name):
        return None
    return Name(name, s, e - 1, name, "baseline.apposition")


def _examples_follow(sentence: str, tokens: list[tuple[int, int]], index: int) -> int:
    """How many tokens "like" or "such as" take where names follow ("methods like ProteinMPNN"); 0
    where they do not."""
    words = [sentence[s:e].lower() for s, e in tokens[index:index + 2]]
    taken = 1 if words[0] == "like" else 2 if words[:2] == ["such", "as"] else 0
    if not taken or index + taken >= len(tokens):
        return 0
    s, e = tokens[index + taken]
    return taken if _NAME_LIKE.match(sentence[s:e]) and sentence[s] not in "([" else 0


def _list_goes_on(sentence: str, tokens: list[tuple[int, int]], index: int) -> bool:
    following = [sentence[s:e] for s, e in tokens[index + 1:index + 3]]
    if following and following[0].lower() in {"and", "or"}:
        following = following[1:]
    return bool(following) and following[0][:1] not in "([" and bool(_NAME_LIKE.match(following[0]))


def _skip_lead(sentence: str, tokens: list[tuple[int, int]], rules: BaselineRules) -> list[tuple[int, int]]:
    """Drop a bracketed figure right after the cue ("outperforms (+27.0% to +71.3%) its base
    models"), a leading multiplier with "that of" ("triple that of X") and a leading article."""
    if tokens and sentence[tokens[0][0]] == "(":
        figure = match_at(_BRACKETED_FIGURE, sentence, tokens[0][0])
        if figure:
            tokens = [t for t in tokens if t[0] >= figure.end()]
    words = [sentence[s:e].lower() for s, e in tokens[:3]]
    if len(words) >= 2 and words[0] in rules.multipliers and words[1] in {"that", "those"}:
        tokens = tokens[3:] if len(words) == 3 and words[2] == "of" else tokens
    elif len(words) >= 2 and words[0] in {"that", "those"} and words[1] == "of":
        tokens = tokens[2:]
    if tokens and sentence[tokens[0][0]:tokens[0][1]].lower() in _ARTICLE:
        tokens = tokens[1:]
    if len(tokens) >= 2 and sentence[tokens[0][0]:tokens[0][1]].lower() in _FIGURE_QUALIFIERS \
            and _is_value(_TRAILING.sub("", sentence[tokens[1][0]:tokens[1][1]])):
        tokens = tokens[1:]                  # "compared to only 70.2% for X": the figure's owner follows
    return tokens


def _is_value(word: str) -> bool:
    return bool(_VALUE.fullmatch(_MARKUP.sub("", word)))


def _is_name_number(sentence: str, tokens: list[tuple[int, int]], index: int, bare: str) -> bool:
    # "Intel Xeon 5220 CPU": a bare integer between name words is part of the name, and so is one
    # right after a capitalized name word ("an RTX 3090.", "GPT 4 by 20%") unless it makes a value
    # with the word after it ("BERT 3 times"). A version ("1.5") only after a name word, before a
    # model word ("Pro", not an acronym such as "F1"), the phrase's end, a link ("3.0 on") or a bracket
    # ("compared to SeedEdit 1.6 (38.4%)").
    version = _VERSION.fullmatch(bare) is not None
    if not (version or _INTEGER.fullmatch(bare)):
        return False
    if index == 0:      # "outperforms 18 competitive baselines": a count of the systems compared
        return not version and match_at(_COUNTED_SYSTEMS, sentence, tokens[0][1]) is not None
    following = sentence[tokens[index + 1][0]:tokens[index + 1][1]] if index + 1 < len(tokens) else ""
    if following[:1].isupper() and not version:
        return True
    previous = sentence[tokens[index - 1][0]:tokens[index - 1][1]]
    ends_phrase = not following or bare != sentence[tokens[index][0]:tokens[index][1]]
    if version:
        model_word = following[:1].isupper() and not following.isupper() and not _INTEGER.search(following)
        return bool(_CAPITAL.search(previous)) and (ends_phrase or model_word or following in _AFTER_VERSION
                                                    or following.startswith("("))
    return bool(_CAPITAL.search(previous)) and (ends_phrase or not _is_value(bare + _TRAILING.sub("", following)))


def _ends_clause(sentence: str, tokens: list[tuple[int, int]], index: int, rules: BaselineRules) -> bool:
    if index + 1 >= len(tokens):
        return True
    following = _TRAILING.sub("", sentence[tokens[index + 1][0]:tokens[index + 1][1]])
    lower = following.lower()
    if lower in _ARTICLE and index + 2 < len(tokens):
        # "a 3.1x speedup over X and a 2.4x speedup over Y", "... and a further 1-3% gain": an article
        # before a figure opens the next claim.
        at = index + 3 if sentence[slice(*tokens[index + 2])].lower() in ("further", "additional") else index + 2
        return at < len(tokens) and _is_value(_TRAILING.sub("", sentence[tokens[at][0]:tokens[at][1]]))
    return (lower in rules.verbs_after_and or _is_value(following)
            or (following.islower() and lower.endswith(("ing", "ed"))
                and not shares_head(sentence, tokens[index + 1][0])))
