"""Find the hardware platforms an abstract targets or measures on (CLAIMS_SPEC.md sections 4, 7, 8).

The vocabulary is data: one file per hardware class under patterns/hardware/, each rule a list of
regex cues plus these keys (all optional):

- `name`: the canonical name, a template filled from the cue's named groups
  ("NVIDIA {model}"); without it the platform is named by its surface ("edge devices").
- `specific: true` for a named product (V100, ZCU102); it beats a class word on the same span.
- `blocks: true` for a phrase that holds a class word but names no platform ("GPU-hours",
  "method of multipliers"): it claims its characters and yields nothing.
- `requires`: regexes that must all match the mention's sentence ("GPU memory" counts only where
  the paper's own work saves it).

`patterns/hardware/background.yaml` (flagged `filter: background`) lists the sentence rules that
make every mention in a sentence background ("GPUs are widely used"); a rule with `all: true`
needs all its cues in the sentence, otherwise any one.

Each rule is compiled once per process, its cues wrapped so that a match starts and ends at a
word edge, and tried only where one of its matches can start (`matching.PatternSet`). At each
position the longest match of any rule wins (POSIX; the earlier rule on a tie, named models
first), and overlapping matches are settled named models first, then longest first.

>>> [(p.name, p.hw_class) for p in find_platforms(
...     "It is 36% faster on a server GPU (Nvidia Tesla-V100) and a Jetson TX2 board.")]
[('NVIDIA V100', 'gpu'), ('NVIDIA Jetson TX2', 'edge')]
>>> find_platforms("GPUs are widely used to train deep networks.")
[]
"""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

import regex

from ..matching import PatternSet, budget

from ..errors import PatternError
from ..model import Platform
from ..patterns import load_patterns
from .sentences import split_sentences
from .vocab import FLAGS, compile_rule

__all__ = ["MentionTrace", "find_platforms", "platform_mentions", "trace_platforms"]

# A cue may not start or end inside a word: "GPU" must not fire in "GPUs2" nor "MCU" in "QuantMCU".
# The start test sits outside the alternation, so that inside a word, or in a run of spaces or
# hyphens, one look settles each position instead of one per rule.
_WORD_START = r"(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])"
_WORD_END = r"(?![\p{L}\p{N}])"
_GROUP_NAME = regex.compile(r"\(\?P?<([A-Za-z_]\w*)>")
_TEMPLATE_FIELD = regex.compile(r"\{([A-Za-z_]\w*)\}")
# A class word glossed in brackets by a named model of the same class is one platform, not two:
# "server GPU (Nvidia Tesla-V100)", "an edge device (e.g., Jetson Nano)", "V100 (GPU)". An
# example list ("edge hardware such as the Jetson Nano") keeps both, as the gold does.
_GLOSS = regex.compile(r"\s*\(\s*(?:(?:e\.g\.|i\.e\.|namely|such\s+as)\s*,?\s*)?", regex.IGNORECASE)
_GLOSS_CLOSE = regex.compile(r"\s*\(\s*")
_START = attrgetter("start")
# What a cue may read before its match, and so tell a sentence scanned in place (white space
# precedes it) from the sentence cut out (nothing does): a lookbehind or an anchor. Read
# loosely: a `^` in a class counts too, which only costs the in-place scan.
_READS_BEFORE = regex.compile(r"\(\?<[=!]|\^|\\[AG]")
# A cue that reads nothing outside its match but word boundaries (no group other than `(?:`, no
# anchor; read loosely, as above): only white space or nothing lies next to a sentence, so a
# match in a sentence is a match in the whole text, and the whole text's scan finds it or one
# that covers its start. The whole text so tells which rules can make any sentence background
# (`_background_possible`).
_READS_AROUND = regex.compile(r"\(\?(?!:)|[\^$]|\\[AGZz]")


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: str
    hw_class: str
    group: str                     # name of the rule's group in the combined regex
    template: str | None
    specific: bool
    blocks: bool
    requires: tuple[regex.Pattern, ...]
    # The template read once: (literal text, the group whose value follows it, or None).
    filling: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class _BackgroundRule:
    rule_id: str
    cues: tuple[int, ...]          # indexes of its cues in the vocabulary's background scanner
    needs_all: bool


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    scanner: PatternSet               # one pattern per rule, specific rules first
    ranked: tuple[_Rule, ...]      # the rules in the scanner's order
    background: tuple[_BackgroundRule, ...]
    background_cues: PatternSet       # every background rule's cues, rule by rule
    background_in_place: bool      # the cues may scan a sentence in place (`_background_rule`)
    specific_ids: frozenset[str]   # the ids of the named-model rules
    background_gated: bool         # the whole text may rule background out (`_background_possible`)


@dataclass(frozen=True, slots=True)
class MentionTrace:
    """One vocabulary hit and what became of it, for `claims explain`.

    `verdict` is `kept`, `overlap` (a longer or more specific hit covers it), `blocked` (a
    `blocks` rule), `background:<rule id>`, `requires` (its sentence lacks the needed cue) or
    `gloss` (a class word glossed by a named model).
    """

    rule_id: str
    hw_class: str
    name: str
    text: str
    start: int
    end: int
    verdict: str


@cache
def _vocabulary() -> _Vocabulary:
    alternatives: list[str] = []
    rules: dict[str, _Rule] = {}
    background: list[_BackgroundRule] = []
    background_cues: list[regex.Pattern] = []
    problems: list[str] = []
    patterns = load_patterns()
    for _, rule in patterns.rules("hardware_filter"):
        indexes = tuple(range(len(background_cues), len(background_cues) + len(rule.cues)))
        background_cues += [compile_rule(c) for c in rule.cues]
        background.append(_BackgroundRule(rule.id, indexes, bool(rule.attrs.get("all"))))
    for pattern_file in patterns.role("hardware"):
        for rule in pattern_file.rules:
            group = f"r{len(rules)}"
            body = "|".join(f"(?:{_namespace(cue, group)})" for cue in rule.cues)
            alternatives.append(f"(?P<{group}>(?:{body}){_WORD_END})")
            try:
                requires = tuple(compile_rule(c) for c in rule.attrs.get("requires") or ())
            except (regex.error, TypeError) as exc:
                problems.append(f"{rule.location}: {rule.id}: `requires` does not compile: {exc}")
                requires = ()
            template = rule.attrs.get("name")
            if template is not None and not isinstance(template, str):
                problems.append(f"{rule.location}: {rule.id}: `name` must be a string")
                template = None
            for field in _TEMPLATE_FIELD.findall(template or ""):
                if not any(_GROUP_NAME.search(c) and f"<{field}>" in c for c in rule.cues):
                    problems.append(f"{rule.location}: {rule.id}: name field {{{field}}} is no group of its cues")
            rules[group] = _Rule(rule.id, pattern_file.name, group, template,
                                 bool(rule.attrs.get("specific")), bool(rule.attrs.get("blocks")), requires)
    if problems:
        raise PatternError("invalid hardware patterns:\n" + "\n".join(problems))
    # Specific rules first: at one position, among equally long matches, the first rule wins.
    order = sorted(range(len(alternatives)), key=lambda i: not rules[f"r{i}"].specific)
    compiled = [compile_rule(_WORD_START + alternatives[i], FLAGS | regex.POSIX) for i in order]
    ranked = tuple(_with_filling(rules[f"r{i}"], pattern) for i, pattern in zip(order, compiled))
    in_place = not any(_READS_BEFORE.search(cue.pattern) for cue in background_cues)
    gated = not any(_READS_AROUND.search(cue.pattern) for cue in background_cues)
    return _Vocabulary(PatternSet(compiled), ranked, tuple(background), PatternSet(background_cues), in_place,
                       frozenset(rule.rule_id for rule in ranked if rule.specific), gated)


def _with_filling(rule: _Rule, pattern: regex.Pattern) -> _Rule:
    """`rule` with its template split into literal text and the groups of `pattern` that fill it
    (a field no group of the pattern holds is filled with nothing)."""
    if rule.template is None:
        return rule
    pieces = _TEMPLATE_FIELD.split(rule.template)     # literal, field, literal, ..., literal
    groups = [f"{rule.group}_{field}" for field in pieces[1::2]]
    filling = tuple((literal, group if group in pattern.groupindex else None)
                    for literal, group in zip(pieces[::2], groups + [None]))
    return dataclasses.replace(rule, filling=filling)


def _namespace(cue: str, group: str) -> str:
    """Prefix a cue's named groups with its rule's group, so names stay unique in the combined regex."""
    return _GROUP_NAME.sub(lambda m: f"(?P<{group}_{m[1]}>", cue)


def find_platforms(text: str) -> list[Platform]:
    """Every distinct platform of `text`, at its first mention, in order of first mention.

    Two mentions are one platform when class and name agree up to case, hyphens and plural
    ("GPU" and "GPUs").

    >>> [(p.name, p.text, p.start) for p in find_platforms("We run on GPUs. One GPU suffices.")]
    [('GPUs', 'GPUs', 10)]
    """
    seen: set[tuple[str, tuple[str, ...]]] = set()
    platforms = []
    for mention in platform_mentions(text):
        key = (mention.hw_class, _fold(mention.name))
        if key not in seen:
            seen.add(key)
            platforms.append(mention)
    return platforms


def platform_mentions(text: str) -> list[Platform]:
    """Every platform mention of `text`, in text order, not deduplicated (for per-sentence use).

    >>> [(p.name, p.hw_class, p.text) for p in platform_mentions("On the RTX3090, and on one RTX 3090 GPU.")]
    [('NVIDIA RTX 3090', 'gpu', 'RTX3090'), ('NVIDIA RTX 3090', 'gpu', 'RTX 3090 GPU')]
    """
    return [Platform(t.name, t.hw_class, t.text, t.start, t.end)
            for t in trace_platforms(text) if t.verdict == "kept"]


@lru_cache(maxsize=1024)  # claims and the platforms table both ask, paper by paper or table by table
def trace_platforms(text: str) -> list[MentionTrace]:
    """Every vocabulary hit of `text` with its verdict (see MentionTrace), in text order."""
    vocabulary = _vocabulary()
    # At each position the longest match of any rule, the earlier rule on a tie: the POSIX
    # leftmost-longest reading of all rules as one alternation, found rule by rule.
    found = vocabulary.scanner.scan(text, overlapped=True, timeout=budget(len(text)))
    if not any(found):
        return []                 # most abstracts: no hit, nothing to settle
    longest: dict[int, tuple[int, regex.Match, _Rule]] = {}
    for rule, matches in zip(vocabulary.ranked, found):
        for match in matches:
            start, end = match.span()
            best = longest.get(start)
            if best is None or end > best[0]:
                longest[start] = (end, match, rule)
    # Named models first ("ZC706 FPGA" beats "FPGA platform"), then longest, then leftmost: each
    # hit keeps its characters or loses them to one that came before it in this order.
    # (Starts are distinct: the sort never compares a match.)
    hits = sorted((not rule.specific, start - end, start, end, match, rule)
                  for start, (end, match, rule) in longest.items())
    taken = _Taken()
    traces: list[MentionTrace] = []
    # Most abstracts name no platform at all, and many of the others only a URL or a word that
    # loses to a longer name: sentences are split once a hit needs its sentence, not before, and
    # not at all where no sentence can be background and no rule `requires` a cue.
    sentences: list[tuple[int, int]] | None = None
    sentence_ends: list[int] = []
    background_of: dict[int, str | None] = {}
    background_possible: bool | None = None
    for _, _, start, end, match, rule in hits:
        verdict = "kept"
        if not taken.claim(start, end):
            verdict = "overlap"
        elif rule.blocks:
            verdict = "blocked"
        else:
            if background_possible is None:
                background_possible = _background_possible(vocabulary, text)
            if background_possible or rule.requires:
                if sentences is None:
                    sentences = split_sentences(text)
                    sentence_ends = [e for _, e in sentences]
                sentence = _sentence_index(sentence_ends, start)
                s_start, s_end = sentences[sentence] if sentences else (0, len(text))
                if sentence not in background_of:
                    background_of[sentence] = \
                        _background_rule(vocabulary, text, s_start, s_end) if background_possible else None
                if background_of[sentence]:
                    verdict = f"background:{background_of[sentence]}"
                elif rule.requires and not all(p.search(text[s_start:s_end]) for p in rule.requires):
                    verdict = "requires"
        surface = text[start:end]
        traces.append(MentionTrace(rule.rule_id, rule.hw_class, _name(rule, match, surface), surface, start, end,
                                   verdict))
    traces.sort(key=_START)        # one hit per start: (start, end) order
    return _drop_glossed(text, traces, vocabulary)


class _Taken:
    """Disjoint character ranges already given to a hit; claiming costs a log, not a scan."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def claim(self, start: int, end: int) -> bool:
        """Take [start, end) unless it overlaps a range already taken."""
        index = bisect.bisect_right(self._starts, start)
        if index and self._ends[index - 1] > start:
            return False
        if index < len(self._starts) and self._starts[index] < end:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


def _name(rule: _Rule, match: regex.Match, surface: str) -> str:
    if rule.template is None:
        return " ".join(surface.split())        # the rule's group spans its whole match
    filled = "".join(literal + ((match.group(group) or "") if group else "") for literal, group in rule.filling)
    return " ".join(filled.split())


def _background_rule(vocabulary: _Vocabulary, text: str, start: int, end: int) -> str | None:
    """The background rule the sentence text[start:end] matches, if any.

    All cues at once, tried only where they can start: cheaper than a search per cue. Where no
    cue reads before its match (`_READS_BEFORE`), the sentence is scanned in place, on the
    skeleton the abstract's own scan made: only white space or nothing precedes a sentence, and
    nothing past `end` is read, so the cues match as in the sentence cut out.
    """
    cues = vocabulary.background_cues
    return _first_background_rule(vocabulary, cues.scan(text, start, end) if vocabulary.background_in_place
                                  else cues.scan(text[start:end]))


def _first_background_rule(vocabulary: _Vocabulary, found: list) -> str | None:
    """The first background rule whose cues are in `found` (the background scanner's matches)."""
    for rule in vocabulary.background:
        if all(found[i] for i in rule.cues) if rule.needs_all else any(found[i] for i in rule.cues):
            return rule.rule_id
    return None


def _background_possible(vocabulary: _Vocabulary, text: str) -> bool:
    """False where no sentence of `text` can match a background rule: one scan of the whole text,
    where a sentence would need one per sentence (and the sentences split)."""
    if not vocabulary.background_gated:
        return True
    return _first_background_rule(vocabulary, vocabulary.background_cues.scan(text)) is not None


def _sentence_index(sentence_ends: list[int], position: int) -> int:
    """Index of the sentence holding `position` (the last one for text after the last stop)."""
    return min(bisect.bisect_right(sentence_ends, position), max(len(sentence_ends) - 1, 0))


def _drop_glossed(text: str, traces: list[MentionTrace], vocabulary: _Vocabulary) -> list[MentionTrace]:
    """Mark a kept class word as `gloss` where a kept named model of its class glosses it."""
    kept = [t for t in traces if t.verdict == "kept"]
    if len(kept) < 2:
        return traces
    specific_ids = vocabulary.specific_ids
    glossed: set[int] = set()
    for left, right in zip(kept, kept[1:]):
        if left.hw_class != right.hw_class or (left.rule_id in specific_ids) == (right.rule_id in specific_ids):
            continue
        gap = text[left.end:right.start]
        generic = left if right.rule_id in specific_ids else right
        # "GPU (V100)" and "GPU such as the V100", or "V100 (GPU)".
        if (generic is left and _GLOSS.fullmatch(gap)) or (generic is right and _GLOSS_CLOSE.fullmatch(gap)
                                                          and text[right.end:right.end + 2].lstrip().startswith(")")):
            glossed.add(id(generic))
    if not glossed:
        return traces
    return [MentionTrace(t.rule_id, t.hw_class, t.name, t.text, t.start, t.end, "gloss")
            if id(t) in glossed else t for t in traces]


def _fold(name: str) -> tuple[str, ...]:
    """A name's words without case, hyphens or a plural s: "Multi-GPU systems" == "multi GPU system"."""
    words = name.casefold().replace("-", " ").replace("/", " ").split()
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)
