"""Give each candidate number its metric family (CLAIMS_SPEC.md section 3).

The family is that of the cue the number owns: the cue right after it ("1.35x speedup"), or the
cue before it that it completes ("reduces latency by 68.1%", "AUC of 0.95"). Failing those, a
number of a list takes the family of the number before it, a unit that implies a family decides
("12 ms" is latency), a number in brackets right after another restates it ("from 147 MHz to 297
MHz (a 102% improvement)"), a number whose metric was named once earlier in its sentence keeps it
("an accuracy of 85.7% on A and a new best of 53.63% on B"), then the nearest cue of its sentence
no other number owns, then the metric of the last claim of the sentence before; else `other`, as
"performance". A number that names its own quantity right after it ("23% fewer steps", "91% of
the time") takes no metric from elsewhere: `other`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from ..matching import compiled, match_at, search_at_end
from ..spec import unit_fits
from .change_phrase import change_phrase
from .cues import CueHit, SentenceCues, words
from .draft import Draft
from .forward_metric import gains_toward_level, share_forward
from .labels import own_label
from .numbers import Number
from .unit_clash import unit_rules_out
from .borrowed import carries_family, performance_source, states_result
from .rulebook.cues import word_pattern
from .setting_cues import setting_lefts

_DECIMAL = compiled(r"\d+(?:\.\d+)?")
# A cue right after a number is that number's ("scales from 3B to 24B parameters", "on 8 GPUs"):
# where the number is no claim, the cue names a setting, not a metric another number may take.
# A number of its own, not the end of a name ("ResNet-50 accuracy", "top-1 accuracy").
# "24B parameters", "less than 3% additional parameters": a number, a scale or percent, and at most
# one word of amount right before the cue.
_NUMBER_BEFORE = compiled(r"(?<![\p{L}\p{N}_.,/@^-])\d[\d.,]*(?:\s?[KMBTkmb]|\s?\\?%)?\s"
                               r"(?:(?:additional|extra|trainable|active|activated|total|more|fewer|less)\s)?$")


# Between a number and a cue the next number completes: the cue starts a new item of the list
# ("by 48.3% and total energy by 21.5%") or an aside ("99.2% with a false alarm rate of 0.1%").
_LIST_OR_WITH = compiled(r",|/|\b(?:and|with|to)\b")


# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "metric.right": "the metric cue right after the number, with at most filler words (words.fillers) or one aside in "
        'brackets between ("3.25 times (geomean) speedup"); not across a list word or "with" to a cue the next number '
        'completes ("by 48.3% and total energy by 21.5%", "99.2% with a false alarm rate of 0.1%", words.completes_cue)',
    "metric.left": 'the metric cue before the number that it completes ("reduces latency by 68.1%", words.lead_out); '
        'a cue glued by a hyphen to the next word is a modifier and completes nothing ("memory-efficient SDPA"), nor one '
        'glued to a figure that is no claim, which names its setting ("at 880M parameters, worsening to 48%", setting_cues.py)',
    "metric.list": "the family of the list's previous number in the same clause (gap.list_word)",
    "metric.unit_clash": 'the family a cue gave is one its unit rules out ("~+2.0 dB" after "25x faster"): `other`',
    "metric.unit": 'the family its unit implies ("12 ms": latency; patterns/spec.yaml unit_fits)',
    "metric.sentence": "the nearest cue of the sentence that no other number owns, nor a number that is no claim "
        '("24B parameters" names a setting); an efficiency family reaches a percent only where its clause speaks of '
        'saving or speed (borrowed.py, words.efficiency_change)',
    "metric.previous_sentence": "the metric of the last claim of the sentence before, or the last cue of the sentence "
        "before where that sentence states a result or the metric it studies (words.carries_metric: \"NTK computation "
        "can be reduced\", \"we study inference latency\"), where its own sentence has none; an efficiency family reaches "
        "a percent only where its clause speaks of saving or speed (borrowed.py, words.efficiency_change)",
    "metric.default": 'no cue: `other`, as "performance"',
    "metric.task_duration": 'a duration in ms or s with no cue of its own, after a verb of a whole task and "in" '
        '("reconstructs the full INL/DNL in just 36 ms", "solves the instance in 0.8 s", words.task_duration_before) '
        'or between a verb of taking and one of a whole task ("takes 620 s to prove", words.task_duration_after): '
        'time (spec 3), not the latency its unit implies',
    "metric.performance_factor": '"improves the performance by 4x" is a speedup (spec section 3)',
    "metric.overhead_duration": 'a duration named as overhead is `overhead`, not the latency its unit implies: '
        'the abstract\'s noun decides between close families (spec 7: "adds 3 ms of scheduling overhead")',
    "metric.power_level": 'a power in dB is the level of a signal, not the power a device draws: `other` ("a '
        'bright-zone power of 84.0 dB", "raises the received power by 6 dB")',
    "metric.head_noun": 'the cue before the number is the object of an "of" phrase: the cue it hangs on names the '
        'quantity ("reduces the transmission latency of KV cache by 96%": latency, not memory)',
    "metric.named_performance": 'a bare "performance" right after the cue of a named metric takes that metric '
        '("the baseline accuracy performance from 0.669 to 0.785": accuracy, not `other`)',
    "metric.whole_duration": 'a duration in seconds with no cue of its own, no latency cue in its sentence and no word of '
        'one item (words.per_item_before/after: "per image", "on a single WSI") is the time of a whole run: `time` '
        '("a data-free solution in just 448s", spec 3 and the dev gold), not the latency its unit implies',
    "metric.performance_after": 'a bare "performance" after a claim of a named quality metric in its sentence refers '
        'back to it ("an accuracy of 66.14%, with performance reaching 78.06%", spec 3; borrowed.py)',
    "metric.aside": 'a number in brackets right after another restates it: "297 MHz (a 102% improvement)", '
        '"3.84x (up to 5.05x)" (gap.aside)',
    "metric.carry": "the metric named once earlier in the sentence: the last claim before it, of the same unit, "
        "with no cue of another metric between them",
    "metric.label": 'a label right before the number with "=" or a colon names its quantity where no cue is its own '
        '("(Rmi=0.7653)", "(mean difference: 0.469 cm3)", words.label_before; a list item\'s "and a TMCC of 0.95", '
        'words.list_label_before): `other`, metric_text the label, not a metric named elsewhere in the sentence',
    "metric.own_comparative": 'a comparative and a noun no cue reads right after the number ("up to 40% better '
        'generalization", "16.4% higher final scores", words.own_comparative) outweigh a cue before it: `other`',
    "metric.change_in": 'a number of change names its quantity by the phrase after "in" ("89% improvement in context '
        'relevance scores", "by 35% in integrity scores"): the cue it holds, else `other` (change_phrase.py)',
    "metric.count_of": 'a count of outcomes over a set ("on four of five benchmarks", "in 6 of the datasets", "42/47 '
        'valid solves") is `other` (spec 7 and 9: counts of outcomes), not the metric named before it ("competitive accuracy '
        'on four of five benchmarks"); a rating over its scale ("8.4/10") is no count',
    "metric.own_quantity": 'the number names its own quantity right after it ("23% fewer steps", "91% of the time", '
        'words.own_quantity) or by the object of the verb before it ("reducing NPU-CPU transitions by 42%", '
        'words.own_quantity_before): no metric from elsewhere in the text',
}


def assign_metrics(text: str, drafts: list[Draft], cues: SentenceCues,
                   previous_cues: Callable[[], SentenceCues], previous_claim: Draft | None = None) -> None:
    """Type the drafts of one sentence, in text order (`cues`: the sentence's metric cues;
    `previous_cues` gives those of the sentence before, read only where none of its own fit;
    `previous_claim` is the last claim of the sentence before, if it has one)."""
    owner: dict[int, int] = {}          # a cue owned outright -> the first draft that owns it
    for draft in drafts:
        for hit in (draft.reach.right, draft.reach.left):
            if hit is not None:
                owner.setdefault(id(hit), id(draft))
    # A number that falls back on the sentence's cues owns none itself: it may take those no number owns.
    free = SentenceCues([hit for hit in cues if id(hit) not in owner and not _names_setting(text, hit)])
    # A cue between two numbers that the later one completes ("by 48.3% and total energy by 21.5%",
    # "from 81.78% to 86.14% and its macro F1 from 82.08%") is the later one's.
    completed = {id(later.reach.left) for later in drafts if later.reach.left is not None and
                 word_pattern("words.completes_cue").fullmatch(text, later.reach.left.end, later.number.start)}
    setting = setting_lefts(text, drafts)   # "at 880M parameters, worsening to 48%": the cue names a setting
    typed = _Typed()
    for draft in drafts:
        _assign(draft, text, cues, free, previous_cues, typed, previous_claim, completed, setting)
        if draft.metric_how != "metric.right" and unit_rules_out(draft.metric, draft.number.unit):
            # a cue before it or elsewhere names another number's quantity: "(~+2.0 dB)" after "25x faster"
            _set(draft, "metric.unit_clash", "other", "performance", None)
        typed.add(draft)
    share_forward(text, drafts)
    gains_toward_level(text, drafts)
    for draft in drafts:
        if _counts_outcomes(text, draft.number):
            # typed last: the numbers after a count in its list still read the metric named before it ("the best
            # MAPE on three of four benchmarks, and within one percentage point")
            _set(draft, "metric.count_of", "other", "performance", None, draft.number.rule_ids[0])


class _Typed:
    """The drafts of a sentence typed so far: the last one, and the last one of each unit (a
    percent and percentage points count as one unit)."""

    def __init__(self) -> None:
        self.last: Draft | None = None
        self.last_of_unit: dict[str | None, Draft] = {}

    def add(self, draft: Draft) -> None:
        self.last = draft
        self.last_of_unit[_unit_key(draft.number.unit)] = draft


def _unit_key(unit: str | None) -> str | None:
    return "%" if unit in _PERCENTS else unit


def _nearest(text: str, draft: Draft, free: SentenceCues) -> CueHit | None:
    """The cue of `free` at the least `_distance` from the number, the earlier on a tie. The
    distance only grows with the gap, so the candidates are the nearest cue before the number
    and the nearest after it."""
    index = bisect_right(free.ends, draft.number.start)
    candidates = free.hits[max(0, index - 1):index + 1]
    return min(candidates, key=lambda h: _distance(text, draft, h)) if candidates else None


def _assign(draft: Draft, text: str, cues: SentenceCues, free: SentenceCues,
            previous_cues: Callable[[], SentenceCues], typed: _Typed, previous_claim: Draft | None,
            completed: set[int], setting: set[int]) -> None:
    number = draft.number
    sibling = typed.last
    hit, how = draft.reach.right, "metric.right"
    if hit is not None and id(hit) in completed and _LIST_OR_WITH.search(text, number.end, hit.start):
        hit = None
    left = draft.reach.left if id(draft.reach.left) not in setting else None
    if hit is not None and hit.rule_id in _BARE_SIZE and left is not None and left.family == "memory":
        # "storage is up to 24,000x smaller than KV tensors": the memory the sentence names, not a model's size
        hit = None
    if hit is None or (left is not None and word_pattern("words.by_before").search(text[left.end:number.start])
                       and words(text[number.end:hit.start])) or \
            (left is not None and word_pattern("words.tight_left").fullmatch(text, left.end, number.start)
             and match_at(word_pattern("words.next_item"), text, number.end, hit.start)):
        if left is not None:
            hit, how = left, "metric.left"
            if (head := _head_of(text, cues, left)) is not None:
                hit, how = head, "metric.head_noun"
    unit_family = number.unit_metric if number.unit not in ("%", "x", "pp", None) else None
    if (hit is None or how != "metric.right") and (named := change_phrase(text, draft, cues)) is not None:
        if named[0] is not None:
            hit, how = named[0], "metric.change_in"
        elif unit_family is None:
            _set(draft, "metric.change_in", "other", named[1], None, "words.change_in_after")
            return
    if how == "metric.left" and unit_family is None and _LIST_OR_WITH.search(text, hit.end, number.start) and \
            _own_comparative(text, draft, cues):
        # "16.2x faster inference and up to 40% better generalization": past a list word or "with", the cue
        # before names another item; the noun after the number is its own
        _set(draft, "metric.own_comparative", "other", "performance", None, "words.own_comparative")
        return
    if hit is None and unit_family is None and (label := own_label(text, number.start, cues, number.unit is None)) is not None:
        _set(draft, "metric.label", "other", label[0], None, label[1])
        return
    if hit is None and unit_family is None and _own_quantity(text, draft, cues):
        _set(draft, "metric.own_quantity", "other", "performance", None)
        return
    if hit is None and unit_family == "latency" and number.unit in _DURATIONS:
        # "reconstructs the full INL/DNL in just 36 ms", "takes 620 s to prove": the time of a whole
        # task, not of one item
        before = text[draft.reach.floor:number.start]
        if task := search_at_end(word_pattern("words.task_duration_before"), before):
            _set(draft, "metric.task_duration", "time", task.group(0).split()[0], None, "words.task_duration_before")
            return
        if (task := word_pattern("words.task_duration_after").match(text[number.end:number.end + 60])) and \
                search_at_end(word_pattern("words.task_duration_taking"), before):
            _set(draft, "metric.task_duration", "time", task.group(0).split()[-1], None, "words.task_duration_after")
            return
        in_list = sibling is not None and sibling.number.end >= draft.reach.floor and sibling.metric == "latency"
        if number.unit == "s" and not in_list and not any(cue.family == "latency" for cue in free) and \
                not word_pattern("words.per_item_before").search(before) and \
                not word_pattern("words.per_item_after").match(text[number.end:number.end + 30]):
            # "a fully data-free solution in just 448s", "state finality in under 13 seconds": seconds
            # of a whole run are `time`; per item ("per image", "on a single WSI") they stay latency
            _set(draft, "metric.whole_duration", "time", _unit_text(text, draft), None, "words.per_item_before")
            return
    if hit is None and sibling is not None and sibling.metric_how != "metric.default" and \
            sibling.number.end >= draft.reach.floor and _list_gap(text[sibling.number.end:number.start]) and \
            (unit_family is None or sibling.metric in unit_fits(unit_family)):
        _copy(draft, sibling, "metric.list")
        return
    if unit_family == "latency" and hit is not None and hit.family == "overhead":
        # "adds 3 ms of scheduling overhead per request": the abstract's noun decides (spec 7)
        _set(draft, how, "overhead", hit.surface, hit, hit.rule_id, "metric.overhead_duration")
        return
    if unit_family and (hit is None or hit.family not in unit_fits(unit_family)):
        _set(draft, "metric.unit", unit_family, _unit_text(text, draft), None, number.unit_rule or "")
        return
    if hit is None:
        if sibling is not None and sibling.metric_how != "metric.default" and \
                word_pattern("gap.aside").fullmatch(text, sibling.number.end, number.start):
            _copy(draft, sibling, "metric.aside")
            return
        carried = _carried(draft, typed, free)
        if carried is not None:
            _copy(draft, carried, "metric.carry")
            return
        if free and carries_family(text, draft, (nearest := _nearest(text, draft, free)).family, nearest):
            hit, how = nearest, "metric.sentence"
        elif not cues:
            if previous_claim is not None and previous_claim.metric_how in _NAMED and \
                    carries_family(text, draft, previous_claim.metric):
                _copy(draft, previous_claim, "metric.previous_sentence")
                return
            if (earlier := previous_cues()) and states_result(text, earlier, draft.reach.floor) and \
                    carries_family(text, draft, earlier.hits[-1].family):
                hit, how = earlier.hits[-1], "metric.previous_sentence"
    if hit is None:
        _set(draft, "metric.default", "other", "performance", None)
        return
    if hit.rule_id == "other.performance" and (named := _named_before(text, cues, hit)) is not None:
        hit, how = named, "metric.named_performance"
    elif hit.rule_id == "other.performance" and (source := performance_source(text, draft, sibling, _NAMED)) is not None:
        _copy(draft, source, "metric.performance_after")
        return
    family = hit.family
    if family == "other" and hit.rule_id == "other.performance" and number.unit == "x" and not \
            (how == "metric.previous_sentence" or how == "metric.sentence" and hit.start > number.start):
        # "improves the performance of X by 4x" is a speedup (spec 3); a "performance" after the number or in the
        # sentence before does not make a factor of another noun one ("reduces language confusion by an order of
        # magnitude, without hurting task performance", "the unreliability more than doubles")
        family = "speedup"
        _set(draft, how, family, hit.surface, hit, hit.rule_id, "metric.performance_factor")
    elif family == "power" and number.unit == "dB":
        # "a bright-zone power of 84.0 dB": a level of a signal, not the power a device draws (spec 3)
        _set(draft, how, "other", hit.surface, hit, hit.rule_id, "metric.power_level")
    else:
        _set(draft, how, family, hit.surface, hit, hit.rule_id)


# The metric rules by which a claim's metric was named in the text (by its own cue or one it shares).
_NAMED = frozenset({"metric.right", "metric.left", "metric.list", "metric.unit", "metric.aside", "metric.carry",
                    "metric.sentence", "metric.task_duration", "metric.head_noun", "metric.whole_duration",
                    "metric.named_performance", "metric.label", "metric.performance_after"})
_PERCENTS = frozenset({"%", "pp"})
# The number rules that read a count of outcomes over a set (patterns/numbers.yaml; not the ratings of kind n_of_m).
_COUNT_RULES = frozenset({"number.n_of_m", "number.n_of_the", "number.k_slash_n"})
# A fraction of a quantity, not a count of things: "just 1/3 the GFLOPs", "reducing the length by approximately 1/3".
_FRACTION_AFTER = compiled(r"\$?\s(?:the|of)\b")
_FRACTION_BEFORE = compiled(r"\b(?:by|to)\s(?:\p{L}+\s)?[$~]?$")
# Comparatives of size that say nothing of what is small: a memory noun before the number names it.
_BARE_SIZE = frozenset({"model_size.smaller"})
_ADJACENT = compiled(r"[\s-]{1,2}")
# "the transmission latency of KV cache by 96%": the noun the "of" phrase hangs on names the quantity.
_OF_PHRASE = compiled(r"\s+of\s+(?:the\s+|its\s+|their\s+|each\s+)?")
_DURATIONS = frozenset({"ms", "us", "ns", "s"})


def _carried(draft: Draft, typed: _Typed, free: SentenceCues) -> Draft | None:
    """The last claim before `draft` in its sentence whose metric it keeps: of the same unit (a percent and
    percentage points agree; a signed percent is a bare score's relative gain: "0.953 AUC on CIFAR-100 (+2.3%
    over X)"), typed by a named metric, with no cue between them that no number owns (it would name another)."""
    signed_gain = draft.number.sign and draft.number.unit == "%"
    earlier = typed.last_of_unit.get(_unit_key(draft.number.unit)) or (typed.last_of_unit.get(None) if signed_gain else None)
    if earlier is None or earlier.metric_how not in _NAMED or earlier.metric_how == "metric.sentence":
        return None
    index = bisect_right(free.starts, earlier.number.end)
    if index < len(free.starts) and free.starts[index] < draft.number.start:
        return None
    return earlier


def _counts_outcomes(text: str, number: Number) -> bool:
    """Whether the number counts outcomes over a set ("on four of five benchmarks", "42/47 valid solves"),
    not a rating over its scale ("8.4/10") nor a fraction of a quantity ("1/3 the GFLOPs")."""
    if number.unit is not None or number.rule_ids[0] not in _COUNT_RULES:
        return False
    return number.rule_ids[0] != "number.k_slash_n" or not (
        match_at(_FRACTION_AFTER, text, number.end) or search_at_end(_FRACTION_BEFORE, text[max(0, number.start - 30):number.start]))


def _head_of(text: str, cues: SentenceCues, hit: CueHit) -> CueHit | None:
    """The cue of another family right before `hit` across "of" ("latency of KV cache", "energy
    efficiency of memory accesses"): the head of the phrase, whose quantity the number measures."""
    head = cues.last_before(hit.start)
    if head is None or head.family == hit.family or not _OF_PHRASE.fullmatch(text, head.end, hit.start):
        return None
    return head


def _named_before(text: str, cues: SentenceCues, hit: CueHit) -> CueHit | None:
    """The cue of a named metric right before a bare "performance" ("accuracy performance", "F1
    performance"): it names what the performance is."""
    named = cues.last_before(hit.start)
    if named is None or named.family == "other" or not _ADJACENT.fullmatch(text, named.end, hit.start):
        return None
    return named


def _names_setting(text: str, hit: CueHit) -> bool:
    """Whether a number that is not this draft's stands right before the cue ("24B parameters")."""
    return _NUMBER_BEFORE.search(text[max(0, hit.start - 30):hit.start]) is not None


def _own_quantity(text: str, draft: Draft, cues: SentenceCues) -> bool:
    """Whether the words right after the number, or the verb and object right before it, name
    its own quantity ("23% fewer steps", "reducing NPU-CPU transitions by 42%", "3.2x the wealth")."""
    number = draft.number
    if number.unit == "x" and (factor := match_at(word_pattern("words.factor_of_quantity"), text, number.end)) and \
            not cues.any_within(number.end, match_at(_PHRASE_TAIL, text, factor.end()).end()):
        return True     # a factor of what follows it, which no cue of its phrase reads ("twice as faithful")
    return bool(match_at(word_pattern("words.own_quantity"), text, number.end)) or \
        search_at_end(word_pattern("words.own_quantity_before"), text[draft.reach.floor:number.start]) is not None


# The rest of a noun phrase after its first words ("the number of training FLOPs"): a cue there names it.
_PHRASE_TAIL = compiled(r"[^,;.()]{0,30}")


def _own_comparative(text: str, draft: Draft, cues: SentenceCues) -> bool:
    """Whether a comparative and a noun that no cue reads follow the number ("40% better
    generalization")."""
    found = match_at(word_pattern("words.own_comparative"), text, draft.number.end)
    if found is None:
        return False
    return not cues.any_within(draft.number.end, found.end())


def _copy(draft: Draft, source: Draft, how: str) -> None:
    """`draft` takes the metric of `source`, by rule `how`."""
    draft.metric, draft.metric_text, draft.metric_hit, draft.metric_how = (
        source.metric, source.metric_text, source.metric_hit, how)
    draft.decide("metric", how, *source.decisions["metric"][1:])
    draft.rule_ids.append(how)


def _unit_text(text: str, draft: Draft) -> str:
    """The number's unit as written, without the plus of a bound ("600+ FPS": number.plus_bound)."""
    return text[draft.number.number_end:draft.number.end].lstrip("+ ").strip()


def _set(draft: Draft, how: str, family: str, metric_text: str, hit: CueHit | None, *rules: str) -> None:
    draft.metric, draft.metric_text, draft.metric_hit, draft.metric_how = family, metric_text, hit, how
    draft.decide("metric", how, *(rule for rule in rules if rule))
    if hit is None:
        draft.rule_ids.append(how)
    else:
        draft.rule_ids += [how, hit.rule_id]


def _list_gap(gap: str) -> bool:
    """Two numbers of one list: "88.1% accuracy on A and 82.3% on B", "0.36 kWh per 3,000 slides, 171x"."""
    return len(gap.split()) <= 8 and bool(word_pattern("gap.list_word").search(gap)) and ";" not in gap


def _distance(text: str, draft: Draft, hit: CueHit) -> float:
    number = draft.number
    if hit.end <= number.start:
        gap = text[hit.end:number.start]
        penalty = 0.0
    else:
        gap = text[number.end:hit.start]
        penalty = 0.5
    return len(words(gap)) + penalty + 4 * len(_DECIMAL.findall(gap))
