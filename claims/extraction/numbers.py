"""Find every number in normalized text: digits, words, units, ranges and lists.

A number is a candidate only; the later stages decide whether it is a claim.
Numbers glued into names (CIFAR-10, ResNet-101, GPT-4, 8x7B, pass@1, 2:4, 4K) are recorded as
dropped with the rule that dropped them, so `claims explain` can say why.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..matching import NUMBER, budget, compiled, match_at, number_spans, search_at_end
from ..units import significant
from .rulebook.cues import number_word_set, number_words, unit_matcher, word_pattern
from .slashes import follows_list_slash, precedes_list_slash

# "near-100% pass@1", "sub-10 ms": a bound written as a prefix, not a name (qualifier: patterns/qualifiers.yaml)
_BOUND_PREFIX = compiled(r"(?<!\p{L})(?:near|sub)-$", regex.IGNORECASE)
# "AIME'25", "ICLR’24": a year glued by an apostrophe to a benchmark or venue is part of its name
_GLUED_LEFT = compiled(r"(?:[\p{L}\p{N}_]|[\p{L}\p{N}][-@/.^:#]|\p{Lu}['’]|[\p{L}]\s?-\s?)$")
_GLUED_RIGHT = compiled(r"^(?:[\p{L}_]|[:/]\d|-\p{L}|\.\d|,\d{1,2}(?!\d))")
# "~143 to ~21 fps", "≈2-≈5x": a mark of approximation may stand before the second figure too.
_RANGE_LINK = compiled(r"\s?(?:-\s?to|-|~|to|and)\s?(?:(?<=[a-z]\s?)[~≈]\s?)?(?=[+-]?\.?\d)", regex.VERSION1)
_BETWEEN = compiled(r"between\s+$", regex.IGNORECASE)
_FROM_NEAR = compiled(r"from\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)
# "ranging from 1.37x to 10.98x", "varies from 2 to 5 ms": the span of one figure, not a change.
_RANGING_FROM = compiled(r"(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?)\s+from\s+$",
                              regex.IGNORECASE)
_LEADING_DECIMAL = compiled(r"\d+(?:\.\d+)?")
_AFTER_SLASH = compiled(r"\d\s?(?:x|%)\s?/$")
# "2.1e-5", "7.6E-06": a decimal exponent glued to the number is part of it, not a name.
_EXPONENT = compiled(r"[eE](?P<exp>[-+]?\d{1,3})(?![\p{L}\p{N}_])")
# "1.2×10^3", "3.4 x 10^-5" (normalized from "$\\times 10^{-5}$"): scientific notation.
_TIMES_TEN = compiled(r"\s?x\s?10\^(?P<exp>[-+−]?\d{1,3})(?!\d|\.\d)")
# "4.9 +/- 2.0%", "71.2 ± 0.3 ms": the unit written once after the spread is the number's unit.
_SPREAD = compiled(r"\s?(?:±|\+/-|\+-)\s?\d{1,6}(?:\.\d{1,6})?\s?(?=\S)")
_PLUS_BOUND = compiled(r"\+(?![\d+/-])")     # "600+ FPS", not "5+3" nor "+/-"

# The rules that drop a number as part of a name.
NAME_RULES = frozenset({"filter.name_glued_left", "filter.name_glued_right"})
# The rules of this stage written in code (`claims explain` lists them with these words).
RULES = {
    "number.digits": "a number written in digits (its pattern: claims.matching.NUMBER)",
    "number.range": 'two numbers joined into a range: "5.74-10.20x", "between 2 and 3 times"',
    "number.list_unit": "a bare number of a list takes the unit of the list's last number",
    "number.exponent": 'a decimal exponent glued to the number is part of it ("below 2.1e-5")',
    "number.times_ten": 'scientific notation: "1.2×10^3" is 1200, "3.4 × 10^-5" is 0.000034',
    "number.spread_unit": 'the unit written after a spread is the number\'s own ("4.9 +/- 2.0%")',
    "number.signed_range": 'two numbers of the same sign joined into a range ("gains of +15 to +40 points")',
    "number.slash_pair": 'two decimals joined by a slash, or three or more figures before a unit or name, are numbers '
        'each, not a fraction or a name ("95.8/94.1 UAS/LAS", "132/119/119 FPS")',
    "number.prefix_factor": 'a factor written before its number, a word of change after it ("×4.5 speedup")',
    "number.scaled_rate": 'a rate written with a thousand or million sign before its unit ("250k TPS", "1.2M QPS")',
    "number.plus_bound": 'a plus sign between the number and its unit: "600+ FPS", "8+%" (more_than, as qualifier.plus_after)',
    "filter.name_glued_left": 'part of a name: glued to the word before it ("ResNet-101", "GPT-4")',
    "filter.name_glued_right": 'part of a name: glued to the word after it ("4K", "8x7B", "2:4")',
}


@dataclass(slots=True)
class Number:
    """A number found in normalized text, with its unit and range, before any typing."""

    start: int
    end: int
    value: float
    value_low: float | None = None
    unit: str | None = None
    unit_metric: str | None = None
    sign: str | None = None
    word_kind: str | None = None          # set for number words: fold, times, magnitude, ...
    direction: str | None = None          # fixed by the words themselves ("halves")
    qualifier: str | None = None          # implied by the words ("an order of magnitude")
    number_end: int = 0                   # end of the number itself, before its unit
    rule_ids: list[str] = field(default_factory=list)
    unit_rule: str | None = None          # the rule that gave it its unit
    dropped: str | None = None            # rule id that dropped it, for explain

    @property
    def bare(self) -> bool:
        """Neither unit nor number word: the only kind of number that needs a metric cue nearby
        to be claim-worthy, and the only one some filters apply to."""
        return self.unit is None and self.word_kind is None


def parse_number(surface: str) -> float | None:
    """The value of a number token.

    >>> parse_number("2,077"), parse_number("10^4"), parse_number(".5")
    (2077.0, 10000.0, 0.5)
    """
    if surface.startswith("10^"):
        exponent = int(surface[3:])
        return 10.0 ** exponent
    try:
        return float(surface.replace(",", ""))
    except ValueError:
        return None


def find_numbers(text: str) -> list[Number]:
    """Every number of `text`, in order; numbers glued into names come back with `dropped` set."""
    words = _word_numbers(text)
    digits = _digit_numbers(text, [(m.start, m.end) for m in words])
    mentions = sorted(words + digits, key=lambda m: m.start)
    _share_list_units(text, mentions)
    return mentions


# "a factor of ~1.35": a sign of approximation written inside the number's words makes it about;
# "a factor of over three": a bound written inside is the number's own qualifier
_APPROXIMATE = compiled(r"~|≈|\\sim(?!\p{L})")
_INNER_BOUNDS = (("more_than", compiled(r"\b(?:over|more\sthan)\s")), ("up_to", compiled(r"\bup\sto\s")),
                 ("at_least", compiled(r"\bat\sleast\s")),
                 ("about", compiled(r"\b(?:nearly|almost|about|around|approximately|roughly)\s")))


def _inner_qualifier(surface: str) -> str | None:
    if _APPROXIMATE.search(surface):
        return "about"
    return next((qualifier for qualifier, pattern in _INNER_BOUNDS if pattern.search(surface)), None)


def _word_numbers(text: str) -> list[Number]:
    _, rules, words = number_words()
    out = []
    for match in number_word_set().finditer(0, text, timeout=budget(len(text))):
        index = match.lastindex - 1
        rule = rules[index]
        surface = match.group(0)
        value = _word_value(rule.attrs, surface, words)
        if value is None:
            continue
        unit = rule.attrs.get("unit")
        start, value_low = match.start(), None
        if rule.attrs.get("kind") in _WORD_RANGE_KINDS:
            start, value_low = _word_range_start(text, start, value, rule.attrs["kind"], words)
        out.append(Number(
            start=start, end=match.end(), value=value, value_low=value_low, unit=unit,
            word_kind=rule.attrs.get("kind", "fixed"), direction=rule.attrs.get("direction"),
            qualifier=rule.attrs.get("qualifier") or _inner_qualifier(surface),
            number_end=match.end(), rule_ids=[rule.id],
            unit_rule=rule.id if unit else None))
    return out


# "one to two orders of magnitude", "two to three times", "2- to 100-fold": the count before "to"
# is the low end of a range of the same kind of factor; so is a count before a dash glued to the
# next ("2-3 orders of magnitude", "3--5 orders of magnitude": round 16 pool, where "2-3" was
# dropped as bare beside a claim of 3 orders without its low end).
_WORD_RANGE_KINDS = frozenset({"magnitude", "times", "fold"})
_WORD_RANGE_BEFORE = compiled(r"(?:(?<![\p{L}\p{N}.,-])(\p{L}+)|(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{1,2})?))"
                                   r"(?:-?\s?(?:to|-)\s|(?<=\d)(?:-{1,2}|–))$")


def _word_range_start(text: str, start: int, value: float, kind: str, words) -> tuple[int, float | None]:
    """Where a range of number words starts and its low end, or `start` and None."""
    match = _WORD_RANGE_BEFORE.search(text, max(0, start - 16), start)
    if match is None:
        return start, None
    count = words.get(match.group(1).lower()) if match.group(1) else parse_number(match.group(2))
    if count is None:
        return start, None
    low = 10.0 ** count if kind == "magnitude" else count
    return (match.start(), low) if 0 < low < value else (start, None)


def _word_value(attrs, surface: str, words) -> float | None:
    kind = attrs.get("kind")
    lowered = " ".join(surface.lower().split())
    if "value" in attrs:
        return float(attrs["value"])
    if "values" in attrs:
        for stem, value in attrs["values"].items():
            if stem in lowered:
                return float(value)
        return None
    if kind == "factor_of":
        # "a factor of ~1.35": the sign of approximation is the qualifier's, not part of the figure
        last = lowered.rsplit(None, 1)[-1].removeprefix("$\\sim$").lstrip("~≈")
        return words.get(last) if last in words else parse_number(last)
    if kind == "n_of_m" and "/" in lowered:
        # "42/47 valid solves": a count no larger than its total ("24/7" is none, nor "12/2024", nor
        # the pair of years "TREC 2021/2022")
        count, total = (parse_number(part) for part in lowered.split("/", 1))
        if count is None or total is None or count > total or total < 2 or \
                ((count <= 12 or 1900 <= count) and 1900 <= total <= 2100):
            return None
        return count
    first = _leading_number(lowered, words, kind_allows_suffix=(kind == "fold"))
    if kind == "magnitude":
        count = 1.0 if lowered.startswith(("a ", "an ", "one ")) else first
        return None if count is None else 10.0 ** count
    return first


def _leading_number(lowered: str, words, kind_allows_suffix: bool = False) -> float | None:
    for word in sorted(words, key=len, reverse=True):
        if lowered.startswith(word) and (kind_allows_suffix or not lowered[len(word):len(word) + 1].isalpha()):
            return words[word]
    match = _LEADING_DECIMAL.match(lowered)
    return float(match.group(0)) if match else None


def _digit_numbers(text: str, taken: list[tuple[int, int]]) -> list[Number]:
    unit_pattern, unit_rules = unit_matcher()
    out: list[Number] = []
    position = word = 0
    for number in number_spans(text):
        start = number[0]
        while word < len(taken) and taken[word][1] <= start:
            word += 1           # both are in text order: the words that end before it are passed
        if start < position or (word < len(taken) and taken[word][0] <= start):
            continue
        mention = _read_mention(text, number, unit_pattern, unit_rules)
        if mention is None:
            continue
        out.append(mention)
        position = mention.end
    return out


def _read_mention(text, number, unit_pattern, unit_rules) -> Number | None:
    start, num_start, number_end, sign = number
    value = parse_number(text[num_start:number_end])
    if value is None:
        return None
    if sign == "-" and _BOUND_PREFIX.search(text[max(0, start - 5):start + 1]):
        start, sign = num_start, None       # "near-100%": the hyphen joins a bound, it is no minus sign
    left = text[max(0, start - 3):start]
    before = text[max(0, start - 4):start]
    decimal = "." in text[num_start:number_end]
    exponent = None
    if text[number_end:number_end + 1] in "eE" and (exponent := match_at(_EXPONENT, text, number_end)):
        value = float(text[num_start:number_end].replace(",", "") + "e" + exponent.group("exp"))
        number_end = exponent.end()
    times_ten = None
    if "x" in text[number_end:number_end + 2] and (times_ten := match_at(_TIMES_TEN, text, number_end)):
        value = significant(value * 10.0 ** int(times_ten.group("exp").replace("−", "-")))
        number_end = times_ten.end()
    slash_pair = False
    if "/" in before:   # the test skips the searches where they must fail
        slash_pair = follows_list_slash(text, start, decimal)
        if slash_pair or _AFTER_SLASH.search(before):
            left = ""   # "30.8x/2.5x", "95.8/94.1": two numbers, not a name
    if sign:
        left = text[max(0, start - 2):start]
    if _prefix_factor(text, start, number_end):
        mention = Number(start=start - 1, end=number_end, value=value, unit="x", sign=sign,
                         number_end=number_end, rule_ids=["number.digits", "number.prefix_factor"],
                         unit_rule="number.prefix_factor")
        _extend_range(text, mention, unit_pattern, unit_rules)
        return mention
    if _may_glue_left(left) and _GLUED_LEFT.search(left) and not _BOUND_PREFIX.search(text[max(0, start - 6):start]):
        return Number(num_start, number_end, value, number_end=number_end, dropped="filter.name_glued_left")
    unit, unit_metric, unit_rule, end = _read_unit(text, number_end, unit_pattern, unit_rules)
    spread = None
    if unit is None and text[number_end:number_end + 3].lstrip()[:1] in ("±", "+") and \
            (spread := match_at(_SPREAD, text, number_end)):
        unit, unit_metric, unit_rule, end = _read_unit(text, spread.end(), unit_pattern, unit_rules)
        if unit is None:
            spread, end = None, number_end
    if plus := (unit is None and spread is None and match_at(_PLUS_BOUND, text, number_end) is not None):
        unit, unit_metric, unit_rule, end = _read_unit(text, number_end + 1, unit_pattern, unit_rules)
        plus, end = (True, end) if unit is not None else (False, number_end)
    scaled = False
    if unit is None and (scale := match_at(_SCALE, text, number_end)):
        unit, unit_metric, unit_rule, end = _scaled_rate(text, scale, unit_pattern, unit_rules)
        scaled = unit is not None
    if unit is None and text[number_end:number_end + 1] not in _NOT_GLUED_RIGHT \
            and _GLUED_RIGHT.search(text[number_end:number_end + 3]):
        if not precedes_list_slash(text, start, number_end, decimal):
            return Number(start, number_end, value, number_end=number_end, dropped="filter.name_glued_right")
        slash_pair = True
    mention = Number(start=start, end=end, value=value, unit=unit, unit_metric=unit_metric,
                      sign=sign, number_end=number_end, rule_ids=["number.digits"])
    if slash_pair:
        mention.rule_ids.append("number.slash_pair")
    if scaled:
        mention.rule_ids.append("number.scaled_rate")
    if exponent:
        mention.rule_ids.append("number.exponent")
    if times_ten:
        mention.rule_ids.append("number.times_ten")
    if plus:
        mention.rule_ids.append("number.plus_bound")
        mention.qualifier = "more_than"   # as qualifier.plus_after reads "95%+", "100+ bugs"
    if spread:
        mention.rule_ids.append("number.spread_unit")
    if unit_rule:
        mention.rule_ids.append(unit_rule)
        mention.unit_rule = unit_rule
    if not spread:      # the spread ends the number: no range after it
        _extend_range(text, mention, unit_pattern, unit_rules)
    return mention


def _prefix_factor(text: str, start: int, number_end: int) -> bool:
    """"×4.5 speedup" (normalized "x4.5"): an "x" standing alone right before the number, and a
    word of change after it, or a word of speed before it ("a speedup of x17.7", "x17.8 on H100,
    x19.0 on RTX 3090"); "PCIe x16 slot" and "x86 cores" stay names."""
    if text[start - 1:start] != "x" or (start > 1 and text[start - 2].isalnum()):
        return False
    return bool(match_at(word_pattern("gap.prefix_factor"), text, number_end)) or \
        search_at_end(word_pattern("gap.prefix_factor_before"), text[max(0, start - 61):start - 1]) is not None


# "250k TPS", "1.2M QPS", "2.4 million tokens per second": thousands, millions or billions of a
# rate's unit, written as a sign or a word; the unit takes the SI prefix ("kTPS", "Mtokens/s").
_SCALE = compiled(r"(?P<sign>[kKM])\s?|[ ](?P<word>thousand|million|billion)[ ]")
_SI_PREFIX = {"k": "k", "K": "k", "M": "M", "thousand": "k", "million": "M", "billion": "G"}


def _scaled_rate(text, scale: regex.Match, unit_pattern, unit_rules):
    """The unit of "250k TPS" ("kTPS"), a rate after the thousands, millions or billions `scale`
    matched; no unit where no rate follows ("4K video", "1.2M parameters" keep their own readings)."""
    unit, unit_metric, unit_rule, end = _read_unit(text, scale.end(), unit_pattern, unit_rules)
    if unit is None or unit_metric != "throughput":
        return None, None, None, scale.start()
    return _SI_PREFIX[scale["sign"] or scale["word"]] + unit, unit_metric, unit_rule, end


def _may_glue_left(left: str) -> bool:
    """False where `_GLUED_LEFT` cannot match `left`: empty, or ending in a space that no "-" comes
    right before (each of its forms ends in a letter, digit, "_", a mark of [-@/.^:#'’] or "-" and one
    white space). Most numbers follow a space: the test skips a search there."""
    return bool(left) and (left[-1] != " " or left[-2:-1] == "-")


# A range link begins with one of these, right after the number or after one white space.
_LINK_FIRST = frozenset("-~ta")
# No form of `_GLUED_RIGHT` begins with these (or with nothing, at the text's end).
_NOT_GLUED_RIGHT = frozenset(("", " "))


def _read_unit(text, position, unit_pattern, unit_rules):
    match = match_at(unit_pattern, text, position)
    if not match:
        return None, None, None, position
    rule = unit_rules[match.lastindex - 1]
    return rule.attrs.get("symbol"), rule.attrs.get("metric"), rule.id, match.end()


def _extend_range(text, mention: Number, unit_pattern, unit_rules) -> None:
    """Turn `5.74-10.20x`, `30-47%`, `0.7%~8.9%`, `between 2.34 times and 8.32 times` into one range."""
    end = mention.end
    # The link's word or sign begins at `end` or, after one white space, at `end + 1`.
    if text[end:end + 1] not in _LINK_FIRST and text[end + 1:end + 2] not in _LINK_FIRST:
        return
    link = match_at(_RANGE_LINK, text, end)
    if not link:
        return
    # the word or sign that joins, without a sign of approximation of the second number ("100x and ~230x")
    joined = link.group(0).strip().rstrip("~≈").rstrip()
    before = text[max(0, mention.start - 40):mention.start]
    if joined == "and" and not _BETWEEN.search(before):
        return
    if joined == "to" and _FROM_NEAR.search(before) and not _RANGING_FROM.search(before):
        return          # "from X to Y" is a pair, resolved later
    second = match_at(NUMBER, text, link.end())
    if not second or (second.group("sign") and second.group("sign") != mention.sign):
        return          # "+15 to +40" is a range, "5 to -3" is not
    high = parse_number(second.group("num"))
    unit, unit_metric, unit_rule, end = _read_unit(text, second.end(), unit_pattern, unit_rules)
    if unit is None and _GLUED_RIGHT.search(text[second.end():second.end() + 3]):
        return
    if mention.unit and unit and unit != mention.unit:
        return
    if mention.unit and unit is None:
        if joined != "-":
            return      # "5% to 10 patients": not one range
    if high is None or high < mention.value:
        return
    mention.value_low, mention.value = mention.value, high
    if not mention.unit and unit:
        mention.unit_rule = unit_rule
    mention.unit = mention.unit or unit
    mention.unit_metric = mention.unit_metric or unit_metric
    mention.end = end if unit else second.end()
    mention.number_end = second.end()
    mention.rule_ids.append("number.signed_range" if second.group("sign") else "number.range")
    if unit_rule and unit_rule not in mention.rule_ids:
        mention.rule_ids.append(unit_rule)


def _share_list_units(text: str, mentions: list[Number]) -> None:
    """`101.5, 159.6, and 251.6 frames-per-second`: bare numbers of a list take the last one's unit."""
    for index in range(len(mentions) - 2, -1, -1):
        current, following = mentions[index], mentions[index + 1]
        if current.dropped or following.dropped or current.unit or not following.unit:
            continue
        if current.word_kind or following.word_kind:
            continue
        if word_pattern("gap.list_unit").match(text[current.end:following.start]):
            current.unit, current.unit_metric = following.unit, following.unit_metric
            current.rule_ids.append("number.list_unit")
            current.unit_rule = "number.list_unit"
