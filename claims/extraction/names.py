"""The type of a name found in text by the context finders (datasets, baselines), and the
ranges of text already taken by the names or hits a finder keeps."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..matching import compiled, match_at
from .rulebook.cues import word_list, word_pattern

# "A and B reach 5x and 3x, respectively": the word that pairs a list of names with a list of
# numbers, read by the baseline, method and context finders.
RESPECTIVELY = compiled(r"\brespectively\b", regex.IGNORECASE)
# An amount that opens a phrase: a size with its scale ("2.2M"), a duration ("2-hour"), a factor ("3-fold").
_QUANTITY_LEAD = compiled(r"[~≈+±-]?\d[\d.,]*(?:[kKMB]\b|-(?:hours?|days?|minutes?|seconds?|weeks?|months?|years?|fold)\b)")
_WORD = compiled(r"[\p{L}\p{N}][\p{L}\p{N}-]*")
# A span of time in words ("over two decades", "over five years"): the stretch a figure holds over.
_DURATION_IN_WORDS = compiled(r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+)"
                              r"(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?)", regex.IGNORECASE)
# An amount in words, not a baseline: "more than five percentage points", "in less than half a minute",
# "fewer than two-thirds of its budget", "by a factor of over three." ("half the parameters of X" names X).
WORD_AMOUNT = compiled(r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
                       r"(?:percentage|percent|points?|times|orders?|fold)"
                       r"|(?:two|three|four|five|six|seven|eight|nine|ten)(?=\s?[.,;:)]|$)"
                       r"|(?:half|(?:one|two)-thirds?|(?:one|three)-quarters?)(?![\p{L}-])"
                       r"(?!\s+(?:the\s+)?[\p{L}-]+\s+of\b))\b",
                       regex.IGNORECASE)
_CAPITAL = compiled(r"\p{Lu}")
# Plural nouns of the systems a comparison names ("18 competitive baselines", "learned methods").
SYSTEM_NOUNS = (r"(?:baselines|methods|models|approaches|systems|LLMs|MLLMs|VLMs|competitors|algorithms|techniques"
                 r"|detectors|agents)\b")
# "image-editing and fine-tuned sketching baselines", "traditional and learned methods": a participle
# after "and" that a plural system noun follows (a word between at most) shares that head; not a verb
# of comparison ("outperforming X and surpassing other models": two clauses).
_SHARED_HEAD = compiled(r"(?!(?:surpass|outperform|outpac|exceed|beat|improv|achiev|reduc|increas|match|rival|deliver"
                        r"|yield|attain|obtain|reach|boost|enhanc|accelerat|sav|lower|rais)\w*\s)[\p{L}-]+"
                        r"(?:\s+(?!(?:over|than|by|on|in|to|with|for|across|from|at)\b)[\p{L}-]+)?\s+" + SYSTEM_NOUNS)
# "both X and Y", "either X or Y": the word that opens a list is no part of its first member.
_LIST_OPENER = compiled(r"(?:both|either)\s+(?:the\s+)?(?=\S)", regex.IGNORECASE)
# "RMT-T/S/B" read with "respectively" is three models: RMT-T, RMT-S, RMT-B.
_SLASH_FAMILY = compiled(r"(?P<stem>[\p{L}\d]{1,30}[-_])(?P<first>[\p{L}\d]{1,6})(?P<rest>(?:/[\p{L}\d]{1,6}){1,6})")

# "we propose Test-Time Speculation (TTS)", "we introduce Frequency-aware Point Selection (FPS)":
# capitalized words right after the proposal verb, with no article, whose capitals spell the
# acronym in the brackets after them. The paper then coins the acronym for its own system, even
# one that elsewhere names a generic technique or a metric (TTS, SER, FPS: methods.yaml not_names).
_COINED_EXPANSION = compiled(r"(?:\p{Lu}\p{L}{0,30}(?:-\p{L}{1,30}){0,3}\s){0,5}\p{Lu}\p{L}{0,30}(?:-\p{L}{1,30}){0,3}")
_PART_INITIAL = compiled(r"(?<![\p{L}])\p{Lu}")


def coins_acronym(acronym: str, text: str, start: int, paren: int) -> bool:
    """Whether the words from `start` to the bracket at `paren` are capitalized words that spell
    `acronym` by their capitals (a hyphenated word's capitalized parts count: "Test-Time" -> TT)."""
    words = text[start:paren].strip()
    if not words or not _COINED_EXPANSION.fullmatch(words):
        return False
    return "".join(_PART_INITIAL.findall(words)) == acronym


@dataclass(frozen=True, slots=True)
class Name:
    """A name found in text: `name` is canonical, `text == source[start:end]` is the surface, and
    `rule_id` the rule that found it."""

    name: str
    start: int
    end: int
    text: str
    rule_id: str = ""


def overlaps(a: Name, b: Name) -> bool:
    return a.start < b.end and b.start < a.end


class TakenRanges:
    """Character ranges already given to a name or a hit, sorted by start: whether a new range
    overlaps one of them is asked of its two neighbours, found by bisection, so a text of many
    names costs n log n, not n squared."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        """`spans` in order of start."""
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self._starts.append(start)
            self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps the range that starts last at or before `start`, or
        the first that starts after it (all of them, where the ranges are disjoint)."""
        return self._overlaps_at(bisect_right(self._starts, start), start, end)

    def claim(self, start: int, end: int) -> bool:
        """Take [start, end) unless it overlaps a range already taken."""
        index = bisect_right(self._starts, start)
        if self._overlaps_at(index, start, end):
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True

    def _overlaps_at(self, index: int, start: int, end: int) -> bool:
        return bool(index and self._ends[index - 1] > start) or \
            (index < len(self._starts) and self._starts[index] < end)


def split_list(sentence: str, mention: Name) -> list[Name]:
    """Elements of "X and Y" / "X, Y and Z" / "RMT-T/S/B", for a sentence read "respectively"."""
    parts: list[Name] = []
    cursor = mention.start
    pieces = []
    for separator in word_pattern("gap.baseline_split").finditer(sentence, mention.start, mention.end):
        pieces.append((cursor, separator.start()))
        cursor = separator.end()
    pieces.append((cursor, mention.end))
    if len(pieces) > 1 and (opener := match_at(_LIST_OPENER, sentence, pieces[0][0], pieces[0][1])):
        pieces[0] = (opener.end(), pieces[0][1])     # "both the never-think and always-think baselines"
    # "compared to 4G and 5G macro deployments, respectively": a one-word member shares the last
    # member's plural head noun ("4G deployments"), which names what it is.
    head = _SHARED_PLURAL_HEAD.search(sentence, pieces[-1][0], pieces[-1][1]) if len(pieces) > 1 else None
    for start, end in pieces:
        family = _SLASH_FAMILY.fullmatch(sentence, start, end)
        if not family:
            name = sentence[start:end]
            if head is not None and end <= pieces[-1][0] and " " not in name.strip():
                name = f"{name} {head.group()}"
            parts.append(Name(name, start, end, sentence[start:end], mention.rule_id))
            continue
        # Offsets stay exact: each member keeps the written "RMT-T/S/B" as its surface and span,
        # and carries its own name ("RMT-S").
        stem = family["stem"]
        for member in [family["first"], *family["rest"].split("/")[1:]]:
            parts.append(Name(stem + member, start, end, sentence[start:end], mention.rule_id))
    return parts


_SHARED_PLURAL_HEAD = compiled(r"(?<=\s)(?:baselines|models|methods|deployments|systems|networks|variants|approaches|"
                               r"counterparts|policies|detectors|agents|solvers|architectures)$", regex.IGNORECASE)


def is_quantity(text: str) -> bool:
    """Whether a baseline phrase is an amount ("2.2M images", "262M", "2-hour rollouts", "3-fold", "five years"): no
    name or baseline word follows its lead ("14B model", "8B LLM", "17k-token baseline" are systems)."""
    if _DURATION_IN_WORDS.fullmatch(text):
        return True
    lead = _QUANTITY_LEAD.match(text)
    if lead is None:
        return False
    rest = [w.lower() for w in _WORD.findall(text, lead.end())]
    return not _CAPITAL.search(text, lead.end()) and not any(w.rstrip("s") in word_list("words.generic_baseline")
                                                              or w in word_list("words.generic_baseline") for w in rest)


def shares_head(sentence: str, start: int) -> bool:
    """Whether the word at `start`, after "and" in a baseline phrase, opens the second member of a
    coordination that shares its head noun with the first ("... and fine-tuned sketching baselines")."""
    return match_at(_SHARED_HEAD, sentence, start) is not None


# A name listed before "and" in a clause's subject: one coined word ("HD-PV and HARP": a capital or
# digit after its first letter), or two or three capitalized words ("Logistic Regression and Linear
# SVM exhibited", "Google Translate and GPT-4 showed"; not before a comma, which ends a longer
# list), words that open sentences set aside.
# A word shaped like a coined name: a capital after its first letter, or a digit or sign inside
# ("HD-PV", "GPT-4", "mCLIP"); subjects.py reads subjects with it too.
NAME_LIKE = compiled(r"^.+\p{Lu}|[\d_.\-^+]")
_CAPITALIZED_WORD = compiled(r"\p{Lu}[\p{L}\d.+-]{0,30}")
_CAPITALIZED_RUN = compiled(r"(?:\p{Lu}[\p{L}\d.+-]{0,30}\s){1,2}\p{Lu}[\p{L}\d.+-]{0,30}$")


def listed_name(text: str, floor: int, word: regex.Match, not_name: regex.Pattern) -> tuple[int, str] | None:
    """Where the name ending with `word` (the word before "and") starts, and the name; None where
    it is no name (`not_name`: the words that open sentences, generic acronyms)."""
    name = word[1].rstrip(",")
    if not _CAPITALIZED_WORD.match(name):
        return None
    if NAME_LIKE.search(name):
        return word.start(1), name
    if name != word[1]:
        return None             # "Gemini Pro, Gemini Flash, and Claude": a longer list, read no further
    run = _CAPITALIZED_RUN.search(text, max(floor, word.start(1) - 64), word.start(1) + len(name))
    words = list(_CAPITALIZED_WORD.finditer(text, run.start(), run.end())) if run else []
    while words and not_name.fullmatch(words[0][0]):
        words.pop(0)            # "The Random Forest and ...": the article opens the sentence
    if len(words) < 2:
        return None
    return words[0].start(), text[words[0].start():words[-1].end()]
