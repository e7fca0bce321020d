"""The context rule files compiled once per process: the dataset vocabulary and frames
(patterns/datasets.yaml), the method frames (patterns/context/methods.yaml), the baseline cues
(patterns/context/baselines.yaml) and the cues the context stage reads to give each claim its
fields (patterns/context/fields.yaml). `claims.extraction.datasets`, `methods` and `baselines`
read the first three; their docstrings say how."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import regex

from ...errors import PatternError
from ...matching import HeadAndRest, PatternSet, pattern_set
from ...matching.classes import widest_without_space
from .loading import compile_checked, expand_shapes, pattern_file

_DATASETS = "datasets.yaml"
_METHODS = "context/methods.yaml"
_BASELINES = "context/baselines.yaml"
_FIELDS = "context/fields.yaml"
# Dataset spellings must not run on into a longer word or a hyphenated variant ("CIFAR-10-C").
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w+]|-\w)"
# A test split's size written after a known name is part of the name as the abstract writes it
# ("on Flickr30k-1k and MSCOCO-5k"): without it the hyphen hides the known name. One digit only, so
# that a longer spelling of another name ("ImageNet-21K") is not read as ImageNet and a split.
_SPLIT_SIZE = r"(?:-[1-9][kK](?![\w-]))?"
METHOD_FRAMES = ("title_prefix", "proposal", "acronym", "called", "direct", "apposition", "subject",
                 "claim_subject", "claim_self", "claim_pronoun")
_FOLLOWING_ACRONYM = r"\s*\((?P<acr>{MTOKEN})\)"
# A subject cue is a name and what follows it ("FooNet achieves"); its name shape may start at
# any letter, so the cue is tried only before the places where its rest matches (HeadAndRest).
_SUBJECT_NAME = "(?P<name><MTOKEN>)"


@dataclass(frozen=True, slots=True)
class DatasetFrame:
    pattern: regex.Pattern
    distinctive: bool
    rule_id: str


@dataclass(frozen=True, slots=True)
class DatasetRules:
    canonical: tuple[str, ...]        # group index -> canonical name
    rule_ids: tuple[str, ...]         # group index -> the vocabulary rule it comes from
    needs_context: frozenset[str]
    frames: tuple[DatasetFrame, ...]
    # The vocabulary (one pattern: every spelling) and then the frames' patterns, in order: one
    # scan of the text finds them all.
    scanner: PatternSet
    exclude: regex.Pattern
    stopwords: frozenset[str]


@cache
def dataset_rules() -> DatasetRules:
    rules_file = pattern_file(_DATASETS)
    shapes = _expanded_shapes(dict(rules_file.attrs.get("shapes") or {}))
    alternatives: list[tuple[str, str, str]] = []
    needs_context: set[str] = set()
    frames: list[DatasetFrame] = []
    for rule in rules_file.rules:
        where = f"{rule.location}: {rule.id}"
        if rule.attrs.get("frame"):
            for cue in rule.cues:
                frames.append(DatasetFrame(compile_checked(expand_shapes(cue, shapes, where), where),
                                           bool(rule.attrs.get("distinctive")), rule.id))
            continue
        names = rule.attrs.get("names")
        if not isinstance(names, dict) or not names:
            raise PatternError(f"{where}: a vocabulary rule needs `names:` (canonical -> spellings)")
        exact = rule.attrs.get("exact_case")
        for canonical, spellings in names.items():
            if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
                raise PatternError(f"{where}: {canonical}: spellings must be a list of strings")
            flag = "-i" if exact is True or (isinstance(exact, list) and canonical in exact) else "i"
            for spelling in spellings:
                compile_checked(spelling, f"{where}: {canonical}")
                alternatives.append((str(canonical), f"(?{flag}:{spelling})", rule.id))
            if rule.attrs.get("needs_context"):
                needs_context.add(str(canonical))
    # Longer spellings first, so "SWE-bench Verified" is tried before "SWE-bench".
    alternatives.sort(key=lambda item: -len(item[1]))
    body = "|".join(f"(?P<n{i}>{pattern})" for i, (_, pattern, _) in enumerate(alternatives))
    vocabulary = compile_checked(f"{_BEFORE}(?:{body}){_SPLIT_SIZE}{_AFTER}", f"{_DATASETS}: vocabulary")
    exclude_parts = [str(p) for p in rules_file.attrs.get("exclude") or []]
    exclude = compile_checked("|".join(f"(?:{p})" for p in exclude_parts), f"{_DATASETS}: exclude",
                              regex.IGNORECASE)
    stopwords_list = rules_file.attrs.get("stopwords") or []
    if not all(isinstance(w, str) for w in stopwords_list):  # YAML 1.1 reads bare on/no as booleans
        raise PatternError(f"{_DATASETS}: stopwords: quote every entry; some are not strings")
    stopwords = frozenset(w.lower() for w in stopwords_list)
    return DatasetRules(tuple(name for name, _, _ in alternatives), tuple(rule_id for _, _, rule_id in alternatives),
                        frozenset(needs_context), tuple(frames),
                  pattern_set([vocabulary, *(f.pattern for f in frames)]), exclude, stopwords)


def _expanded_shapes(shapes: dict) -> dict[str, str]:
    # A shape may use shapes defined before it (NAME uses TOKEN, LIST uses NAME).
    expanded: dict[str, str] = {}
    for name, value in shapes.items():
        expanded[str(name)] = expand_shapes(str(value), expanded, f"{_DATASETS}: shapes: {name}")
    return expanded


@dataclass(frozen=True, slots=True)
class MethodRules:
    frame_rules: Mapping[str, str]                        # frame -> the rule id of methods.yaml
    reject_prefixes: frozenset[str]
    data_title: regex.Pattern | None                         # a title whose prefix names the paper's data
    not_name: regex.Pattern                                  # never the paper's own system
    not_subject: regex.Pattern                               # never a claim's system either
    verb: PatternSet                                         # the proposal verbs, one pattern
    subject: regex.Pattern
    in_proposal: tuple[tuple[str, regex.Pattern], ...]   # (frame, pattern)
    in_window: PatternSet                                    # in_proposal's patterns but "direct", in order
    in_abstract: PatternSet                                  # apposition cues, tried where they can start
    subject_verbs: tuple[HeadAndRest, ...]
    min_subject_count: int
    following_acronym: regex.Pattern
    claim_subjects: tuple[tuple[regex.Pattern, regex.Pattern], ...]   # "X achieves" and its verb anchor
    claim_scan: PatternSet                                   # the anchors, self and pronoun cues
    claim_counts: tuple[int, int, int]                       # how many of each, in that order


@cache
def method_rules() -> MethodRules:
    rules_file = pattern_file(_METHODS)
    shapes = {str(k): str(v) for k, v in (rules_file.attrs.get("shapes") or {}).items()}
    if "MTOKEN" not in shapes:
        raise PatternError(f"{_METHODS}: shapes: MTOKEN is missing")
    # `not_names` are never a name; `not_own_names` (LoRA, RAG, HLS) are named techniques, never the
    # paper's own system, but a claim's numbers may belong to them ("LoRA improves F1 by 8").
    not_names = [str(p) for p in rules_file.attrs.get("not_names") or []]
    not_own = [str(p) for p in rules_file.attrs.get("not_own_names") or []]
    not_name = compile_checked("|".join(f"(?:{p})" for p in not_names + not_own), f"{_METHODS}: not_names")
    not_subject = compile_checked("|".join(f"(?:{p})" for p in not_names), f"{_METHODS}: not_names")
    by_frame: dict[str, list] = {frame: [] for frame in METHOD_FRAMES}
    attrs: dict[str, dict] = {}
    subject_verbs: list[HeadAndRest] = []
    claim_subjects: list[tuple[regex.Pattern, regex.Pattern]] = []
    frame_rules: dict[str, str] = {}
    name_width = widest_without_space(shapes["MTOKEN"])
    for rule in rules_file.rules:
        where = f"{rule.location}: {rule.id}"
        frame = rule.attrs.get("frame")
        if frame not in METHOD_FRAMES:
            raise PatternError(f"{where}: frame must be one of {', '.join(METHOD_FRAMES)}")
        attrs[frame] = dict(rule.attrs)
        frame_rules[frame] = rule.id
        for cue in rule.cues:
            # Verbs are matched case-insensitively; name shapes carry their own (?-i:) flags.
            by_frame[frame].append(compile_checked(expand_shapes(cue, shapes, where), where,
                                                   regex.IGNORECASE))
            if frame == "subject":
                rest = _rest_after_name(cue, shapes, where) if name_width else None
                subject_verbs.append(HeadAndRest(by_frame[frame][-1], rest, name_width or 0))
        if frame == "claim_subject":
            # Tried only before the places where the anchor (the verb) matches: reading a name
            # shape at every word of the abstract would cost more than all the other rules.
            if not rule.attrs.get("anchor"):
                raise PatternError(f"{where}: a claim_subject rule needs an `anchor:` (its verb)")
            anchor = compile_checked(expand_shapes(str(rule.attrs["anchor"]), shapes, where), where, regex.IGNORECASE)
            claim_subjects.extend((pattern, anchor) for pattern in by_frame[frame])
    if not by_frame["proposal"]:
        raise PatternError(f"{_METHODS}: a `frame: proposal` rule with cues is required")
    proposal = attrs["proposal"]
    subject = compile_checked(str(proposal.get("subject", r"\bwe\b")), f"{_METHODS}: subject",
                              regex.IGNORECASE)
    in_proposal = tuple((frame, pattern) for frame in ("direct", "acronym", "called", "apposition")
                        for pattern in by_frame[frame])
    return MethodRules(
        frame_rules=MappingProxyType(frame_rules),
        reject_prefixes=frozenset(str(w).lower() for w in attrs.get("title_prefix", {}).get("reject", [])),
        data_title=compile_checked(str(attrs["title_prefix"]["data_title"]), f"{_METHODS}: data_title")
        if attrs.get("title_prefix", {}).get("data_title") else None,
        not_name=not_name,
        not_subject=not_subject,
        verb=pattern_set([by_frame["proposal"][0] if len(by_frame["proposal"]) == 1
                      else compile_checked("|".join(p.pattern for p in by_frame["proposal"]), _METHODS,
                                           regex.IGNORECASE)]),
        subject=subject,
        in_proposal=in_proposal,
        in_window=pattern_set([pattern for frame, pattern in in_proposal if frame != "direct"]),
        in_abstract=pattern_set(by_frame["apposition"]),
        subject_verbs=tuple(subject_verbs),
        min_subject_count=int(attrs.get("subject", {}).get("min_count", 2)),
        following_acronym=compile_checked(_FOLLOWING_ACRONYM.replace("{MTOKEN}", shapes["MTOKEN"]),
                                          f"{_METHODS}: MTOKEN"),
        claim_subjects=tuple(claim_subjects),
        # One scan finds the anchors, then the self and the pronoun cues (in this order).
        claim_scan=pattern_set([*(anchor for _, anchor in claim_subjects), *by_frame["claim_self"],
                                *by_frame["claim_pronoun"]]),
        claim_counts=(len(claim_subjects), len(by_frame["claim_self"]), len(by_frame["claim_pronoun"])),

    )


def _rest_after_name(cue: str, shapes: dict[str, str], where: str) -> PatternSet | None:
    """The part of a subject cue after its leading name, on its own; None where the cue does not
    start with the name, or where the rest could read the name's group or the search start."""
    rest = cue[len(_SUBJECT_NAME):]
    if not cue.startswith(_SUBJECT_NAME) or "\\G" in rest:
        return None
    try:                       # a reference to the name's group does not compile on its own
        return pattern_set([compile_checked(expand_shapes(rest, shapes, where), where, regex.IGNORECASE)])
    except PatternError:
        return None


@dataclass(frozen=True, slots=True)
class BaselineCue:
    pattern: regex.Pattern
    guarded: bool
    rule_id: str


@dataclass(frozen=True, slots=True)
class BaselineRules:
    cues: tuple[BaselineCue, ...]
    stop_words: frozenset[str]
    pronouns: frozenset[str]
    verbs_after_and: frozenset[str]
    multipliers: frozenset[str]
    comparison: regex.Pattern
    scanner: PatternSet                # the cues' patterns, in order


@cache
def baseline_rules() -> BaselineRules:
    rules_file = pattern_file(_BASELINES)
    cues = []
    for rule in rules_file.rules:
        where = f"{rule.location}: {rule.id}"
        for cue in rule.cues:
            cues.append(BaselineCue(compile_checked(cue, where, regex.IGNORECASE), bool(rule.attrs.get("guarded")), rule.id))

    def words(key: str) -> frozenset[str]:
        values = rules_file.attrs.get(key) or []
        odd = [v for v in values if not isinstance(v, str)]
        if odd:  # YAML 1.1 reads bare on/yes/no as booleans
            raise PatternError(f"{_BASELINES}: {key}: {odd!r} are not strings (quote them)")
        return frozenset(v.lower() for v in values)

    comparison = compile_checked(str(rules_file.attrs.get("comparison_words", r"\d")),
                                 f"{_BASELINES}: comparison_words", regex.IGNORECASE)
    return BaselineRules(tuple(cues), words("stop_words"), words("pronouns"), words("verbs_after_and"),
                  words("multipliers"), comparison, pattern_set([c.pattern for c in cues]))




@cache
def field_cues() -> Mapping[str, regex.Pattern]:
    """The cues of patterns/context/fields.yaml, one pattern per rule (its cues joined), by rule id."""
    cues = {}
    for rule in pattern_file(_FIELDS).rules:
        where = f"{rule.location}: {rule.id}"
        if not rule.cues:
            raise PatternError(f"{where}: a field rule needs cues")
        cues[rule.id] = compile_checked("|".join(f"(?:{c})" for c in rule.cues), where, regex.IGNORECASE)
    return MappingProxyType(cues)
