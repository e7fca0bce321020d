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
- `resource: true` for a resource of a platform ("GPU memory", "CPU allocation"): it counts for
  the paper's list, but a claim about it was not measured on it (never a claim's `hardware`).
- `carrier: true` for a robot, drone or vehicle: it counts for the paper's list, but is a claim's
  `hardware` only where its sentence sets the work up on it (claim_hardware.py, hardware.carrier_setup).

`patterns/hardware/background.yaml` (flagged `filter: background`) lists the sentence rules that
make every mention in a sentence background ("GPUs are widely used"); a rule with `all: true`
needs all its cues in the sentence, otherwise any one.

At each position the longest match of any rule wins (POSIX; the earlier rule on a tie, named
models first), and overlapping matches are settled named models first, then longest first.

>>> [(p.name, p.hw_class) for p in find_platforms(
...     "It is 36% faster on a server GPU (Nvidia Tesla-V100) and a Jetson TX2 board.")]
[('NVIDIA V100', 'gpu'), ('NVIDIA Jetson TX2', 'edge')]
>>> find_platforms("GPUs are widely used to train deep networks.")
[]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import regex

from ..matching import budget, compiled
from ..model import Platform as PlatformRecord
from .names import TakenRanges
from .rulebook.cues import normalize_rule
from .rulebook.hardware import PlatformRule, Vocabulary, vocabulary as compiled_vocabulary
from .sentences import split_sentences

__all__ = ["MentionTrace", "Platform", "find_platforms", "paper_platforms", "platform_mentions", "trace_platforms"]

# A class word glossed in brackets by a named model of the same class is one platform, not two:
# "server GPU (Nvidia Tesla-V100)", "an edge device (e.g., Jetson Nano)", "V100 (GPU)". An
# example list ("edge hardware such as the Jetson Nano") keeps both, as the gold does.
_GLOSS = compiled(r"\s*\(\s*(?:(?:e\.g\.|i\.e\.|namely|such\s+as)\s*,?\s*)?", regex.IGNORECASE)
_GLOSS_CLOSE = compiled(r"\s*\(\s*")
_START = attrgetter("start")
# An acronym the abstract defines: "Concept-based Unsupervised Domain Adaptation (CUDA)". The
# bracket is found first and the words before it read backwards from it (at most 8, within 400
# characters): a forward search for the words would try up to 8 words from every character.
_ACRONYM_IN_BRACKETS = compiled(r"\((?-i:([A-Z]{2,6}))(?:-[\w]{1,4})?\)")
_WORDS_BEFORE = compiled(r"(?r)(?:[\w-]+\s){1,8}\Z")
# Edge devices named as the deployment target of a motivation sentence ("limiting practical
# deployment on numerous edge devices", "impractical for real-time edge deployment") are the
# target the paper answers, even where the sentence critiques prior work: the golds count them
# (spec 7: "edge devices" as the target). Read backwards from the mention, at most three words.
_EDGE_DEPLOYMENT = compiled(r"(?r)\bdeploy(?:ment|ments|ing|ed)?\s(?:on|onto|to|in)\s(?:[\w-]+\s){0,3}\Z",
                            regex.IGNORECASE)
# Words of a hardware expansion ("Compute Unified Device Architecture (CUDA)", "Compute-in-Memory
# (CIM)", "Unmanned Aerial Vehicle (UAV)"): such a definition names the platform, not a method.
_HARDWARE_WORD = compiled(r"\b(?:process\w*|units?|comput\w*|devices?|memory|array|gate|circuits?|chips?|accelerat\w*|"
                          r"architecture|tensor|neural|graphics|hardware|micro\w*|silicon|logic|engines?|"
                          r"vehicles?|robot\w*|aircraft|satellites?|phones?|stations?|nodes?|servers?|machines?|"
                          r"systems?|platforms?|boards?)\b", regex.IGNORECASE)
# The block rule for a device word that names a data set ("the iPhone dataset").
_DATASET_NAME_RULE = "mobile.device_named_dataset"
# Generic machines ("commodity hardware", "consumer-grade hardware") are `other` unless the
# abstract names their CPUs or GPUs (spec section 7, as for supercomputers and clusters).
_GENERIC_MACHINE_RULE = "other.generic_hardware"
_PROCESSOR_CLASSES = frozenset({"cpu", "gpu"})
_DESIGNED_CLASSES = frozenset({"asic", "pim", "other"})


@dataclass(frozen=True, slots=True)
class Platform:
    """A platform mention: `name` canonical, `text` as written; `start`/`end` where a caller reads
    it (original offsets from `platform_mentions`, normalized ones in `Document.platforms`), with
    the rule that found it and, for a normalized one, the `original` mention."""

    name: str
    hw_class: str
    text: str
    start: int
    end: int
    rule_id: str
    original: "Platform | None" = None


@dataclass(frozen=True, slots=True)
class MentionTrace:
    """One vocabulary hit and what became of it, for `claims explain`.

    `verdict` is `kept`, `overlap` (a longer or more specific hit covers it), `blocked` (a
    `blocks` rule), `background:<rule id>`, `requires` (its sentence lacks the needed cue),
    `gloss` (a class word glossed by a named model), `dataset` (the same word names a data set
    elsewhere in the abstract), `acronym` (the abstract defines the word as a method's initials)
    or `processor` (a generic machine whose CPU or GPU the abstract names).
    """

    rule_id: str
    hw_class: str
    name: str
    text: str
    start: int
    end: int
    verdict: str


def find_platforms(text: str) -> list[PlatformRecord]:
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
            platforms.append(PlatformRecord(mention.name, mention.hw_class, mention.text, mention.start, mention.end))
    return platforms


def paper_platforms(abstract: str, title: str | None = None) -> list[PlatformRecord]:
    """The paper's platforms (CLAIMS_SPEC.md sections 4 and 9): those of its abstract, then those
    named only in its title ("... for Edge AI" still counts), each once. A title platform's offsets
    are in the title.

    >>> [(p.name, p.hw_class) for p in paper_platforms("It cuts latency by 41%.", "Fast LLM Serving on FPGAs")]
    [('FPGAs', 'fpga')]
    >>> [p.name for p in paper_platforms("It runs on one FPGA.", "Fast LLM Serving on FPGAs")]
    ['FPGA']
    """
    platforms = find_platforms(abstract)
    if not title:
        return platforms
    seen = {(p.hw_class, _fold(p.name)) for p in platforms}
    return platforms + [p for p in find_platforms(title) if (p.hw_class, _fold(p.name)) not in seen]


def platform_mentions(text: str) -> list[Platform]:
    """Every platform mention of `text`, in text order, not deduplicated (for per-sentence use).

    >>> [(p.name, p.hw_class, p.text) for p in platform_mentions("On the RTX3090, and on one RTX 3090 GPU.")]
    [('NVIDIA RTX 3090', 'gpu', 'RTX3090'), ('NVIDIA RTX 3090', 'gpu', 'RTX 3090 GPU')]
    """
    return [Platform(t.name, t.hw_class, t.text, t.start, t.end, t.rule_id)
            for t in trace_platforms(text) if t.verdict == "kept"]


def names_platform(text: str) -> bool:
    """Whether `text` is, whole, the name of a bought platform ("ATmega328P", "Hailo-8L", "NVIDIA
    H100"). Accelerators and in-memory designs of papers (SIGMA, SpAtten) may be the paper's own."""
    return any(found.start == 0 and found.end == len(text) and found.hw_class not in _DESIGNED_CLASSES
               for found in platform_mentions(text))


# The words between a board's name and a bracketed acronym that name its kind ("Kria K26
# System-on-Module (SOM)"); not a design's own words ("an FPGA-based Graph Engine (FGE)").
_KIND_WORDS = compiled(r"(?i:\s+(?:System[- ]on[- ](?:a[- ])?(?:Module|Chip)|(?:Development\s+)?(?:Board|Kit|Module)))\s*")


def abbreviates_platform(text: str, acronym: str) -> bool:
    """Whether the bracketed `(acronym)` of `text` abbreviates a bought platform, not a system: a
    platform mention holds the bracket or the word before it ("the Arduino (ATmega328P)", "the AMD
    Versal AI Engine (AIE)"), or ends right before the words of its kind ("AMD Kria K26
    System-on-Module (SOM)"). Robots, vehicles and satellites (`other`) may be the paper's own
    design ("the Configurable Underwater Group of Autonomous Robots (CoUGARs)", dev half A).

    >>> abbreviates_platform("We run HPE on an AMD Kria K26 System-on-Module (SOM).", "SOM")
    True
    >>> abbreviates_platform("We propose a GPU-accelerated solver (GAS).", "GAS")
    False
    >>> abbreviates_platform("We propose an FPGA-based Graph Engine (FGE).", "FGE")
    False
    """
    paren = text.find(f"({acronym})")
    if paren < 0:
        return False
    for found in platform_mentions(text):
        if found.hw_class in _DESIGNED_CLASSES or found.start > paren or found.end < paren - 60:
            continue
        if found.end >= paren - 1 or _KIND_WORDS.fullmatch(text, found.end, paren):
            return True
    return False


@lru_cache(maxsize=1024)  # claims and the platforms table both ask, paper by paper or table by table
def trace_platforms(text: str) -> list[MentionTrace]:
    """Every vocabulary hit of `text` with its verdict (see MentionTrace), in text order."""
    vocabulary = compiled_vocabulary()
    if "~" in text:
        # LaTeX's tie in a product's name ("RTX~3090") reads as the space it stands for; one
        # character for one, so every offset still points into the text as given.
        text = normalize_rule("normalize.code_tie").sub(" ", text, timeout=budget(len(text)))
    # At each position the longest match of any rule, the earlier rule on a tie: the POSIX
    # leftmost-longest reading of all rules as one alternation, found rule by rule.
    found = vocabulary.scanner.scan(text, overlapped=True, timeout=budget(len(text)))
    if not any(found):
        return []                 # most abstracts: no hit, nothing to settle
    longest: dict[int, tuple[int, regex.Match, PlatformRule]] = {}
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
    taken = TakenRanges()
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
                if background_of[sentence] and not _edge_deployment_target(rule, text, start, end):
                    verdict = f"background:{background_of[sentence]}"
                elif rule.requires and not all(p.search(text[s_start:s_end]) for p in rule.requires):
                    verdict = "requires"
        surface = text[start:end]
        traces.append(MentionTrace(rule.rule_id, rule.hw_class, _name(rule, match, surface), surface, start, end,
                                   verdict))
    traces.sort(key=_START)        # one hit per start: (start, end) order
    return _drop_generic_machines(
        _drop_method_acronyms(text, _drop_dataset_names(_drop_glossed(text, traces, vocabulary))))


def _edge_deployment_target(rule: PlatformRule, text: str, start: int, end: int) -> bool:
    """Whether an edge mention is the deployment target of its sentence (`_EDGE_DEPLOYMENT`)."""
    if rule.hw_class != "edge":
        return False
    return "deploy" in text[start:end].lower() or \
        _EDGE_DEPLOYMENT.search(text, max(0, start - 120), start) is not None


def _name(rule: PlatformRule, match: regex.Match, surface: str) -> str:
    if rule.template is None:
        return " ".join(surface.split())        # the rule's group spans its whole match
    filled = "".join(literal + ((match.group(group) or "") if group else "") for literal, group in rule.filling)
    return " ".join(filled.split())


def _background_rule(vocabulary: Vocabulary, text: str, start: int, end: int) -> str | None:
    """The background rule the sentence text[start:end] matches, if any.

    All cues at once, tried only where they can start: cheaper than a search per cue. Where no
    cue reads before its match (`_READS_BEFORE`), the sentence is scanned in place, on the
    skeleton the abstract's own scan made: only white space or nothing precedes a sentence, and
    nothing past `end` is read, so the cues match as in the sentence cut out.
    """
    cues = vocabulary.background_cues
    return _first_background_rule(vocabulary, cues.scan(text, start, end) if vocabulary.background_in_place
                                  else cues.scan(text[start:end]))


def _first_background_rule(vocabulary: Vocabulary, found: list) -> str | None:
    """The first background rule whose cues are in `found` (the background scanner's matches)."""
    for rule in vocabulary.background:
        if all(found[i] for i in rule.cues) if rule.needs_all else any(found[i] for i in rule.cues):
            return rule.rule_id
    return None


def _background_possible(vocabulary: Vocabulary, text: str) -> bool:
    """False where no sentence of `text` can match a background rule: one scan of the whole text,
    where a sentence would need one per sentence (and the sentences split)."""
    if not vocabulary.background_gated:
        return True
    return _first_background_rule(vocabulary, vocabulary.background_cues.scan(text)) is not None


def _sentence_index(sentence_ends: list[int], position: int) -> int:
    """Index of the sentence holding `position` (the last one for text after the last stop)."""
    return min(bisect_right(sentence_ends, position), max(len(sentence_ends) - 1, 0))


def _drop_glossed(text: str, traces: list[MentionTrace], vocabulary: Vocabulary) -> list[MentionTrace]:
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


def _drop_dataset_names(traces: list[MentionTrace]) -> list[MentionTrace]:
    """Mark a kept mention as `dataset` where the abstract names a data set by the same word
    (`_DATASET_NAME_RULE`): after "the Kubric-4D, iPhone, and DL3DV datasets", "On iPhone, LPIPS
    is reduced by 18%" reads the data set, not the phone. Only a product name (a capital after its
    first letter) carries over: after "a smartphone dataset", "on a smartphone" is still the phone."""
    names = {t.text.casefold() for t in traces if t.rule_id == _DATASET_NAME_RULE and t.verdict == "blocked"
             and not t.text[1:].islower()}
    if not names:
        return traces
    return [MentionTrace(t.rule_id, t.hw_class, t.name, t.text, t.start, t.end, "dataset")
            if t.verdict == "kept" and t.text.casefold() in names else t for t in traces]


def _drop_method_acronyms(text: str, traces: list[MentionTrace]) -> list[MentionTrace]:
    """Mark every kept mention of an acronym as `acronym` where the abstract defines it as the
    initials of a name with no hardware word: "the Concept-based Unsupervised Domain Adaptation
    (CUDA) framework. CUDA is designed to ..." and "Channel-Independent Model (CIM-S)" name a
    method, not CUDA or compute-in-memory; "Compute Unified Device Architecture (CUDA)" stays."""
    if not any(t.verdict == "kept" and t.text[:2].isupper() for t in traces):
        return traces
    methods = set()
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        if not (before := _WORDS_BEFORE.search(text, max(0, bracket.start() - 400), bracket.start())):
            continue
        acronym, words = bracket.group(1), before.group()
        capitals = [w[0] for w in words.replace("-", " ").split() if w[0].isupper()]
        if "".join(capitals[-len(acronym):]) == acronym and not _HARDWARE_WORD.search(words):
            methods.add(acronym)
    if not methods:
        return traces
    return [MentionTrace(t.rule_id, t.hw_class, t.name, t.text, t.start, t.end, "acronym")
            if t.verdict == "kept" and t.text.split("-")[0] in methods else t for t in traces]


def _drop_generic_machines(traces: list[MentionTrace]) -> list[MentionTrace]:
    """Mark a kept generic machine (`_GENERIC_MACHINE_RULE`) as `processor` where the abstract
    keeps a CPU or GPU: "commodity hardware (Intel Core i5, 8GB RAM)" and "from high-end GPUs to
    commodity hardware" are listed by their processors; "on commodity hardware" alone is `other`."""
    if not any(t.rule_id == _GENERIC_MACHINE_RULE and t.verdict == "kept" for t in traces):
        return traces
    if not any(t.hw_class in _PROCESSOR_CLASSES and t.verdict == "kept" for t in traces):
        return traces
    return [MentionTrace(t.rule_id, t.hw_class, t.name, t.text, t.start, t.end, "processor")
            if t.rule_id == _GENERIC_MACHINE_RULE and t.verdict == "kept" else t for t in traces]


def _fold(name: str) -> tuple[str, ...]:
    """A name's words without case, hyphens or a plural s: "Multi-GPU systems" == "multi GPU system"."""
    words = name.casefold().replace("-", " ").replace("/", " ").split()
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)
