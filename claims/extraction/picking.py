"""Which of a sentence's names belongs to which of its numbers: the pickers the context fields
share (CLAIMS_SPEC.md sections 2, 7 and 8).

A number takes the name in its place of a "respectively" list, else the name right after it in
its clause ("87.6% on StrategyQA"), else (datasets) every name of the sentence joined by "; ",
or (the other fields) the nearest one. What one sentence offers its numbers is computed once for
all of them (`SentenceNames`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..matching import compiled, match_at
from .draft import Draft
from .listed_by import BY_QUALIFIER
from .name_runs import NameRuns
from .names import RESPECTIVELY
from .rulebook.cues import word_pattern

# "lowers the rate to 3.6% -- below the unmodified baseline": a figure placed right below or above
# a system (baseline.below_above) is measured against it across the dash or bracket of the aside.
PLACED_AGAINST = compiled(r"\s*(?:\([^()\d]{1,30}\)\s*)?(?:--?-?\s*|—\s*|–\s*)?(?:below|above|ahead\s+of|behind|short\s+of)"
                                r"\s+(?:(?:that|those)\s+of\s+)?(?:the\s+|its\s+|their\s+)?")
_RIGHT_FRAME = compiled(r"[^\d;]{0,40}$")  # used with match(text, pos, endpos)
# "an SSIM of 0.8795, and on the EUVP dataset, it yields ...": a comma, a clause word and a
# preposition or pronoun open the next clause; the name after them is that clause's, not the
# number's. (", and 2WikiMultihop" closes a list of names: no clause.)
_NEXT_ITEM = compiled(r"(?:^|[\s,])\(?(?:[2-9]|ii|iii|iv|v|vi)\)\s")
NEXT_CLAUSE = compiled(r",\s+(?:and|while|whereas|but)\s+(?:on|in|for|at|under|across|it|they|we|its|their)\s")
_RIGHT_REACH = 41           # the frame's 40 characters, and a line break its "$" may stand before
# "outperforms LoRA by 2.1%": the phrase, "by", an optional qualifier, then the number; the baseline's own
# figure may stand between ("exceeding the zero-shot baseline of 53.9% by 11.0 percentage points",
# "surpassing ts_zip (~1.11 bpb) by 15%").
_BOUND_BY = compiled(r"(?:\s+(?:of|at)\s+\$?\d[\d.]{0,12}\s?\\?%?\$?|\s\([^()]{1,30}\))?\s+by\s+" + BY_QUALIFIER + "$",
                          regex.IGNORECASE)
# A comparison followed by its own figure ("and surpasses X by +6.2 mAP", "(outperforming X by 14%)",
# "and also outperforms X with a 19.1 percent gain") is that figure's: a figure before it does not
# take it as the first comparison after it. "with a/an" only after a verb of outperforming: "compared
# to the baseline with a 4-bit quantizer" names a setting, and so does a number glued to a word by a
# hyphen ("with a 4-step lookahead"; "2.5-fold" is a figure).
_FIGURE = r"\$?[+-]?\d[\d.,]{0,12}(?!-(?!fold|times)\p{L}|[\d.,])"
_OWN_FIGURE_AFTER = compiled(r"\s+by\s+" + BY_QUALIFIER + r"(?:an\s+average\s+of\s+|a\s+margin\s+of\s+)?" + _FIGURE)
_OWN_FIGURE_WITH = compiled(r"\s+with\s+an?\s+" + BY_QUALIFIER + _FIGURE)

# ", while improving ...", ", and achieving ...": a clause of its own begins.
_NEXT_CLAUSE_WORD = compiled(r",\s+(?:and|while|whereas|but)\s")
# Between two numbers of one list: a comma or "and", after the first one's unit or metric word
# ("by 8.2% and 12.9%", "+6.2 mAP and +3.8 mAP", "9.6%, 6.6%, and 3.9%").
_BRACKET_AFTER = compiled(r"\s*\(")
_NUMBER_LIST_GAP = compiled(r"(?:\s*[\p{L}%][\p{L}\d@%/.-]{0,15})?\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")

# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "context.respectively": 'a "respectively" list: each number takes the name in its place',
    "context.respectively_groups": 'a "respectively" list shorter than the numbers: each group of numbers as long '
                                   'as the list takes its names in turn',
    "context.right_after": 'the name right after the number in its clause ("87.6% on StrategyQA")',
    "context.sentence": 'every dataset of the sentence, joined by "; "',
    "context.after": "the first baseline named after the number in its clause (up to a semicolon)",
    "context.nearest": "the name of its sentence nearest the number",
    "context.bound_by": 'the baseline right before "by <number>" ("outperforms LoRA by 2.1% and DoRA by 1.3%")',
    "context.specific_first": "of the sentence's platforms, the named product nearest the number (before a class word)",
}

Choice = tuple[str, tuple[str, ...]]        # a field's value and the rules that chose it


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the normalized text, with the rule that found it; `specific` for a named
    product rather than a class word ("RTX 4090" against "GPU")."""

    text: str
    start: int
    end: int
    rule_id: str
    specific: bool = False


def by_sentence(items: list[Mention], spans: list[tuple[int, int]]) -> dict[int, list[Mention]]:
    """The items that start inside each sentence (both lists are in text order)."""
    out: dict[int, list[Mention]] = {}
    index = 0
    for item in items:
        while index < len(spans) and spans[index][1] <= item.start:
            index += 1
        if index < len(spans) and spans[index][0] <= item.start:
            out.setdefault(index, []).append(item)
    return out


class SentenceNames:
    """What one sentence offers its claims, computed once for all of them."""

    def __init__(self, text: str, sentence: tuple[int, int], datasets: list[Mention], platforms: list[Mention],
                 siblings: list[Draft]) -> None:
        self.sentence = sentence
        self.siblings = siblings
        self.position = {id(d): i for i, d in enumerate(siblings)}
        self.starts = [d.start for d in siblings]
        self.datasets = datasets
        self.platforms = [p for p in platforms if not _baselines_platform(text, max(sentence[0], p.start - 200), p.start, p.specific)]
        # Per list of items, its runs of names that a "respectively" pairs with a list of numbers.
        self.name_runs: dict[int, NameRuns] = {}
        # Per list of items, and per sentence, what every claim of the sentence would otherwise
        # recompute: a sentence of n numbers and n names costs n log n, not n squared.
        self._indexes: dict[int, _Index] = {}
        self._respectively: tuple[list[int], list[int], int] | None = None
        self._family_starts: dict[int, list[int]] = {}
        self._relative: tuple[list[int], list[Draft]] | None = None
        # Per platform of the sentence (by start), whether it is a training set-up, and the platforms a
        # claim may have been measured on, with the rule that set targets of use aside (claim_hardware.py).
        self.training_platform: dict[int, bool] = {}
        self.measurable_platforms: tuple[list[Mention], tuple[str, ...]] | None = None
        self._own_lists: list[tuple[list[Draft], int]] | None = None

    def own_list(self, text: str, position: int) -> tuple[list[Draft], int]:
        """The numbers of the sentence that form one list with its number at `position` (joined by
        commas or "and": "by 8.2% and 12.9%"), and that number's place in the list."""
        if self._own_lists is None:
            self._own_lists, first, siblings = [], 0, self.siblings
            for i, draft in enumerate(siblings):
                if i + 1 == len(siblings) or not _NUMBER_LIST_GAP.fullmatch(text, draft.end, siblings[i + 1].start):
                    group = siblings[first:i + 1]
                    self._own_lists.extend((group, place) for place in range(len(group)))
                    first = i + 1
        return self._own_lists[position]

    def index(self, items: list[Mention]) -> _Index:
        key = id(items)
        if key not in self._indexes:
            self._indexes[key] = _Index(items, self.siblings[-1].end if self.siblings else 0)
        return self._indexes[key]

    def respectively_in(self, text: str, start: int, end: int) -> bool:
        """Whether "respectively" stands in text[start:end] (the sentence is scanned once)."""
        if self._respectively is None:
            limit = min(len(text), self.sentence[1] + 200)
            found = list(RESPECTIVELY.finditer(text, self.sentence[0], limit))
            self._respectively = ([m.start() for m in found], [m.end() for m in found], limit)
        starts, ends, limit = self._respectively
        end = min(end, len(text))
        # Past the scanned stretch, or at its cut (where a word may go on), search directly.
        if start < self.sentence[0] or end > limit or end == limit < len(text):
            return RESPECTIVELY.search(text, start, end) is not None
        index = bisect_left(starts, start)
        return index < len(starts) and ends[index] <= end

    def numbers_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end

    def family_between(self, families: frozenset[str], start: int, end: int) -> bool:
        """Whether a number of the sentence whose metric is one of `families` starts in [start, end)
        (the starts of each family set are listed once per sentence)."""
        key = id(families)
        if key not in self._family_starts:
            self._family_starts[key] = [d.start for d in self.siblings if d.metric in families]
        starts = self._family_starts[key]
        index = bisect_left(starts, start)
        return index < len(starts) and starts[index] < end

    def relative_from(self, start: int) -> Iterator[Draft]:
        """The sentence's changes and ratios (numbers whose kind is not absolute) that start at or
        after `start`, in order (listed once per sentence)."""
        if self._relative is None:
            relative = [d for d in self.siblings if d.kind != "absolute"]
            self._relative = ([d.start for d in relative], relative)
        starts, relative = self._relative
        for index in range(bisect_left(starts, start), len(relative)):
            yield relative[index]


def _baselines_platform(text: str, start: int, end: int, specific: bool) -> bool:
    """Whether the platform at `end` belongs to a baseline: a comparison word before it in its
    clause ("than an A100"), unless the baseline is named first and a platform class follows it
    with "on" ("than SoTA accelerators on FPGAs": both ran there). A named product there is the
    baseline's own set-up ("171x lower than Virchow2 on an RTX3090 GPU")."""
    return word_pattern("words.comparison").search(text, start, end) is not None and \
        (specific or word_pattern("words.shared_platform").search(text, start, end) is None)


def pick(text: str, draft: Draft, here: SentenceNames, items: list[Mention], join: bool,
         prefer_after: bool = False, prefer_specific: bool = False) -> Choice | None:
    """The item of `items` (the sentence's) that belongs to `draft`, with the rules that chose it."""
    if not items:
        return None
    sentence_items = items
    # "beats RRT by 3% and surpasses PRM and FMT by 7% and 11%, respectively": a number alone
    # outside the list the "respectively" reads is bound by its own "X by"; not one with a figure
    # in brackets after it, an item of a list of pairs ("by 28% (11.43 points) and 27% (...)").
    if prefer_after and (not here.respectively_in(text, draft.end, here.sentence[1])
                         or (len(here.own_list(text, here.position[id(draft)])[0]) == 1
                             and not match_at(_BRACKET_AFTER, text, draft.end))):
        bound = _bound_by(text, draft, here.index(items), items)
        if bound is not None:
            return bound.text, ("context.bound_by", bound.rule_id)
    found = in_place(text, draft, here, items)
    if found is not None:
        return found
    if join:
        return here.index(items).joined
    index = here.index(items)
    if index.ordered and not prefer_specific:
        # Items in order and apart: the nearest is the last before, the first after or one
        # overlapping the number, found by bisection.
        after_at, before_at = bisect_left(index.starts, draft.end), bisect_right(index.ends, draft.start)
        before, after = items[max(0, before_at - 1):before_at], items[after_at:after_at + 1]
        items = items[max(0, before_at - 1):after_at + 1]
    else:
        before = [i for i in items if i.end <= draft.start]
        after = [i for i in items if i.start >= draft.end]
    if prefer_after and after:
        # A semicolon ends the clause: a comparison after it is another clause's, nearest or not
        # ("(1) A degrades by 19.9 points; ... (3) B improves over zero-shot").
        # So does the next item of an enumeration ("1) improves X by 25%, and 2) is 22% higher than Y").
        # So does a later bracket that holds a figure of its own ("reduces frames by up to 99% while ...
        # (+7.3 points over uniform sampling)"): its comparison is that figure's.
        # Nor does a comparison that its own figure follows ("improves A by 10.5 and 9.3, respectively, and
        # surpasses B by 6.2"): the figure before it keeps the comparison before it, if any.
        if ";" not in text[draft.end:after[0].start] and not _NEXT_ITEM.search(text, draft.end, after[0].start) \
                and not _in_later_bracket(text, draft, after[0], here) and not _has_own_figure(text, draft, after[0]):
            return after[0].text, ("context.after", after[0].rule_id)
        items = [i for i in items if i.start < draft.end]
        after = []
        if not items:
            return None
    if prefer_after and any(_past_semicolon(text, i, draft) for i in items):
        # Nor does a comparison before the semicolon reach a figure after it ("50-90x over untrained
        # matching; the veto reduces hallucination from 0.99 to 0.23"), but for a frame that opens the
        # sentence ("Compared to the Big Mac, ...; its bean burger attains nearly twice ...").
        items = [i for i in items if not _past_semicolon(text, i, draft) or _opens_sentence(text, i, here)] or \
            [i for i in sentence_items if i.start < draft.start and _opens_sentence(text, i, here)][:1]
        before = [i for i in items if i.end <= draft.start]
        if not items:
            return None
    return nearest(draft, items, before, after, prefer_specific)


def _in_later_bracket(text: str, draft: Draft, item: Mention, here: SentenceNames) -> bool:
    """Whether `item` stands in a bracket that opens past the number's own place (after another figure,
    a closed bracket or a new clause) and holds a figure before `item`: "..., while improving quality (+7.3
    points over uniform sampling)" is the comparison of 7.3 only. A bracket after the number's own words
    ("by 5% (81.2% vs. 76.2% for X)", "a 15.41% area reduction (up to 23.64% over prior work)") explains it."""
    opened = text.rfind("(", draft.end, item.start)
    if opened < 0 or text.find(")", opened, item.start) >= 0 or not here.numbers_between(opened, item.start):
        return False
    return text.find(")", draft.end, opened) >= 0 or here.numbers_between(draft.end, opened) \
        or _NEXT_CLAUSE_WORD.search(text, draft.end, opened) is not None


def _has_own_figure(text: str, draft: Draft, item: Mention) -> bool:
    """Whether `item`, a comparison after the number and past a comma or in a bracket opened since, is
    followed by a figure of its own ("X by 14%"). In the number's own words ("by 5.0 points (38.5%
    relative) over the strongest baseline and B by 9.3 points") it is the number's still."""
    between = text[draft.end:item.start]
    if "," not in between and between.rfind("(") <= between.rfind(")"):
        return False
    return match_at(_OWN_FIGURE_AFTER, text, item.end) is not None or (
        item.rule_id == "baseline.outperforms" and match_at(_OWN_FIGURE_WITH, text, item.end) is not None)


def _past_semicolon(text: str, item: Mention, draft: Draft) -> bool:
    """Whether a semicolon stands between `item` and the number before it, outside a bracket the
    number stands in ("outperformed X across all metrics (PCC: 0.798 vs. 0.715; SSIM: 0.756 ...)")."""
    between = text[item.end:draft.start]
    return ";" in between and between.count("(") <= between.count(")")


def _opens_sentence(text: str, item: Mention, here: SentenceNames) -> bool:
    """Whether `item` is named by a comparison frame that opens its sentence ("Compared to X, ...")."""
    return item.rule_id == "baseline.compared" and item.start - here.sentence[0] <= 40 \
        and ";" not in text[here.sentence[0]:item.start]


def _bound_by(text: str, draft: Draft, index: _Index, items: list[Mention]) -> Mention | None:
    """The item right before "by <the number>". Only "by" and a qualifier may stand between, so
    where the items are in order it can only be the last one that ends before the number."""
    if index.ordered:
        at = bisect_right(index.ends, draft.start)
        candidates = items[at - 1:at] if at else []
    else:
        candidates = [item for item in items if item.end <= draft.start]
    return next((item for item in candidates if match_at(_BOUND_BY, text, item.end, draft.start)), None)


def clause_bounds(breaks: list[int], draft: Draft, sentence: tuple[int, int]) -> tuple[int, int]:
    """The span of the claim's clause within `sentence`: from the clause break before the number
    to the first break at or after its end (a semicolon right after the number ends the clause:
    "rises to 0.89; and on X, ..."). `breaks` are the text's clause breaks, in order."""
    start, end = sentence
    before = bisect_left(breaks, draft.start)
    low = breaks[before - 1] if before and breaks[before - 1] >= start else start
    after = bisect_left(breaks, draft.end)
    return low, breaks[after] if after < len(breaks) and breaks[after] < end else end


def listed_run(text: str, first: Mention, following: list[Mention], gap: regex.Pattern) -> list[Mention]:
    """`first` and the items of `following` (those after it, in order) that continue its list,
    each joined to the one before by a gap `gap` matches whole ("GH200 and GB200")."""
    run = [first]
    for item in following:
        if not gap.fullmatch(text, run[-1].end, item.start):
            break
        run.append(item)
    return run


def in_place(text: str, draft: Draft, here: SentenceNames, items: list[Mention]) -> Choice | None:
    """The item in the number's place of a "respectively" list, or right after the number."""
    siblings = here.siblings
    if len(siblings) > 1 and here.respectively_in(text, draft.end, max(items[-1].end, draft.end) + 80):
        after_last = here.index(items).after_last
        run = after_last if len(after_last) == len(siblings) else _matching_run(text, items, siblings, here)
        position = here.position[id(draft)]
        own, place = here.own_list(text, position)
        if run is None and 1 < len(own) < len(siblings):
            # Other figures of the sentence stand outside the list the "respectively" reads ("with
            # 76.6% mAP, surpassing LoCoNet and STHG by 8.2% and 12.9%, respectively"): the
            # number's own list pairs with a list of names as long.
            run = _matching_run(text, items, own, here)
            position, siblings = place, own
        if run is not None:
            # Groups of numbers, each as long as the list, pair in turn with its names ("dice of
            # 83.28, 87.44 and 84.50 and Jaccard of 72.85, 79.31 and 74.70 on A, B and C, respectively").
            item = run[position % len(run)]
            rule = "context.respectively" if len(run) == len(siblings) else "context.respectively_groups"
            return item.text, (rule, item.rule_id)
    # The name that follows the number in its own clause ("87.6% on StrategyQA", "over X"): in
    # ordered items, those starting from the number's end to the frame's reach.
    index = here.index(items)
    if index.ordered:
        first = bisect_left(index.starts, draft.end)
        items = items[first:bisect_right(index.starts, draft.end + _RIGHT_REACH, lo=first)]
    for item in items:
        if item.start >= draft.end and match_at(_RIGHT_FRAME, text, draft.end, item.start):
            if not here.numbers_between(draft.end, item.start) and \
                    not NEXT_CLAUSE.search(text, draft.end, item.start):
                return item.text, ("context.right_after", item.rule_id)
            break
    return None


def nearest(draft: Draft, items: list[Mention], before: list[Mention], after: list[Mention],
            prefer_specific: bool) -> Choice:
    """The item nearest the number (the one before it where none follows); with `prefer_specific`,
    among the named products where the sentence has any."""
    if prefer_specific and any(i.specific for i in items):
        items = [i for i in items if i.specific]
        before = [i for i in before if i.specific]
        after = [i for i in after if i.specific]
        rule = "context.specific_first"
    else:
        rule = "context.nearest"
    closest = min(items, key=lambda i: min(abs(i.start - draft.end), abs(draft.start - i.end)))
    chosen = before[-1] if before and not after else closest
    return chosen.text, (rule, chosen.rule_id)


def _matching_run(text: str, items: list[Mention], siblings: list[Draft], here: SentenceNames) -> list[Mention] | None:
    """The list of names that a "respectively" pairs with the numbers `siblings` (name_runs.py)."""
    if id(items) not in here.name_runs:
        here.name_runs[id(items)] = NameRuns(text, items)
    return here.name_runs[id(items)].matching(len(siblings), siblings[0].start, siblings[-1].end)


class _Index:
    """One list of a sentence's items as its claims look them up: starts and ends for bisection
    (`ordered` where both rise, so that no item holds another), the items after the sentence's
    last number, and all the names joined."""

    def __init__(self, items: list[Mention], last_number_end: int) -> None:
        self.starts = [i.start for i in items]
        self.ends = [i.end for i in items]
        self.ordered = all(a < b for a, b in zip(self.starts, self.starts[1:])) and \
            all(a < b for a, b in zip(self.ends, self.ends[1:])) and \
            all(end <= start for end, start in zip(self.ends, self.starts[1:]))
        self.after_last = [i for i in items if i.start > last_number_end]
        self.joined: Choice = ("; ".join(dict.fromkeys(i.text for i in items)),
                               ("context.sentence", *dict.fromkeys(i.rule_id for i in items)))
