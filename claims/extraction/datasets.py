"""Find the benchmarks and datasets a text names (CLAIMS_SPEC.md section 2, field `dataset`).

Rules live in patterns/datasets.yaml: a vocabulary of known benchmarks with their spellings,
compiled into one regex, and frames ("on the X dataset", "X and Y benchmarks", "datasets such as
X, Y and Z", "on X and Y") that catch names the vocabulary lacks. A vocabulary hit wins over a
frame hit on the same characters.

>>> [m.name for m in find_datasets("Experiments on StrategyQA, MATH, and FinQA (87.6% on ILSVRC-2012).")]
['StrategyQA', 'MATH', 'FinQA', 'ImageNet']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..matching import PatternSet, budget

from ..errors import PatternError
from .spans import Mention, compile_checked, expand_shapes, overlaps, pattern_file

__all__ = ["find_datasets"]

_RULES_FILE = "datasets.yaml"
# Spellings must not run on into a longer word or a hyphenated variant ("CIFAR-10-C").
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w+]|-\w)"
# A context word marks "MATH"/"ARC" as the benchmark and not the school subject or a processor.
_CONTEXT_BEFORE = regex.compile(r"\b(?:on|of|in|across)\s+(?:the\s+)?$", regex.IGNORECASE)
_CONTEXT_AFTER = regex.compile(r"^\s+(?:benchmarks?|datasets?|test\s+set|split)\b", regex.IGNORECASE)
_LIST_GAP = regex.compile(r"\s*(?:,|;|/|,?\s+(?:and|or))\s*(?:and\s+|or\s+)?")
_LIST_SPLIT = regex.compile(r",?\s+(?:and|or)\s+|,\s+")
_TOKEN_SPLIT = regex.compile(r"\s+")
_NON_SPACE = regex.compile(r"\S+")
# A name is distinctive when it could hardly be an ordinary capitalized word: it holds a digit,
# a capital after its first letter, or a hyphen ("NYUv2", "ScanNet", "HKU-IS").
_DISTINCTIVE = regex.compile(r"^.[^\s]*?(?:\d|\p{Lu}|-)")


@dataclass(frozen=True, slots=True)
class _Frame:
    pattern: regex.Pattern
    distinctive: bool


@dataclass(frozen=True, slots=True)
class _Rules:
    canonical: tuple[str, ...]        # group index -> canonical name
    needs_context: frozenset[str]
    frames: tuple[_Frame, ...]
    # The vocabulary (one pattern: every spelling) and then the frames' patterns, in order: one
    # scan of the text finds them all.
    scanner: PatternSet
    exclude: regex.Pattern
    stopwords: frozenset[str]


@cache
def _rules() -> _Rules:
    rules_file = pattern_file(_RULES_FILE)
    shapes = _expanded_shapes(dict(rules_file.attrs.get("shapes") or {}))
    alternatives: list[tuple[str, str]] = []
    needs_context: set[str] = set()
    frames: list[_Frame] = []
    for rule in rules_file.rules:
        where = f"{rule.location}: {rule.id}"
        if rule.attrs.get("frame"):
            for cue in rule.cues:
                frames.append(_Frame(compile_checked(expand_shapes(cue, shapes, where), where),
                                     bool(rule.attrs.get("distinctive"))))
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
                alternatives.append((str(canonical), f"(?{flag}:{spelling})"))
            if rule.attrs.get("needs_context"):
                needs_context.add(str(canonical))
    # Longer spellings first, so "SWE-bench Verified" is tried before "SWE-bench".
    alternatives.sort(key=lambda item: -len(item[1]))
    body = "|".join(f"(?P<n{i}>{pattern})" for i, (_, pattern) in enumerate(alternatives))
    vocabulary = compile_checked(f"{_BEFORE}(?:{body}){_AFTER}", f"{_RULES_FILE}: vocabulary")
    exclude_parts = [str(p) for p in rules_file.attrs.get("exclude") or []]
    exclude = compile_checked("|".join(f"(?:{p})" for p in exclude_parts), f"{_RULES_FILE}: exclude",
                              regex.IGNORECASE)
    stopwords_list = rules_file.attrs.get("stopwords") or []
    if not all(isinstance(w, str) for w in stopwords_list):  # YAML 1.1 reads bare on/no as booleans
        raise PatternError(f"{_RULES_FILE}: stopwords: quote every entry; some are not strings")
    stopwords = frozenset(w.lower() for w in stopwords_list)
    return _Rules(tuple(name for name, _ in alternatives), frozenset(needs_context), tuple(frames),
                  PatternSet([vocabulary, *(f.pattern for f in frames)]), exclude, stopwords)


def _expanded_shapes(shapes: dict) -> dict[str, str]:
    # A shape may use shapes defined before it (NAME uses TOKEN, LIST uses NAME).
    expanded: dict[str, str] = {}
    for name, value in shapes.items():
        expanded[str(name)] = expand_shapes(str(value), expanded, f"{_RULES_FILE}: shapes: {name}")
    return expanded


def find_datasets(text: str) -> list[Mention]:
    """Every benchmark or dataset named in `text`, in order of position, canonical names.

    >>> [(m.name, m.text) for m in find_datasets("top-1 on ImageNet-1K; mIoU on the Foo-3D dataset")]
    [('ImageNet', 'ImageNet-1K'), ('Foo-3D', 'Foo-3D')]
    """
    rules = _rules()
    vocabulary, *frames = rules.scanner.scan(text, timeout=budget(len(text)))
    found = _vocabulary_mentions(text, vocabulary, rules)
    for mention in _frame_mentions(text, frames, rules):
        if not any(overlaps(mention, other) for other in found):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _vocabulary_mentions(text: str, matches, rules: _Rules) -> list[Mention]:
    hits = []
    for match in matches:
        index = int(match.lastgroup[1:])
        hits.append(Mention(rules.canonical[index], match.start(), match.end(), match[0]))
    kept = []
    for position, hit in enumerate(hits):
        if hit.name in rules.needs_context and not _in_benchmark_context(text, hits, position):
            continue
        kept.append(hit)
    return kept


def _in_benchmark_context(text: str, hits: list[Mention], position: int) -> bool:
    hit = hits[position]
    if _CONTEXT_BEFORE.search(text[max(0, hit.start - 12):hit.start]):
        return True
    if _CONTEXT_AFTER.match(text[hit.end:hit.end + 24]):
        return True
    # Beside another known benchmark in a list ("GSM8K, MATH and ARC").
    if position > 0 and _LIST_GAP.fullmatch(text, hits[position - 1].end, hit.start):
        return True
    return position + 1 < len(hits) and bool(_LIST_GAP.fullmatch(text, hit.end, hits[position + 1].start))


def _frame_mentions(text: str, frame_matches, rules: _Rules) -> list[Mention]:
    found: list[Mention] = []
    for frame, matches in zip(rules.frames, frame_matches):
        for match in matches:
            group = "list" if "list" in match.groupdict() else "name"
            candidates = list(_items(text, match.start(group), match.end(group), group == "list"))
            names = [c for c in (_clean(text, s, e, rules) for s, e in candidates) if c]
            if frame.distinctive and (len(names) < len(candidates)
                                      or not all(_DISTINCTIVE.match(m.text) for m in names)):
                continue
            found.extend(names)
    return found


def _items(text: str, start: int, end: int, is_list: bool):
    if not is_list:
        yield start, end
        return
    cursor = start
    for separator in _LIST_SPLIT.finditer(text, start, end):
        yield cursor, separator.start()
        cursor = separator.end()
    yield cursor, end


def _clean(text: str, start: int, end: int, rules: _Rules) -> Mention | None:
    """The candidate without its leading stop words, or None when it is no dataset name."""
    tokens = [(m.start() + start, m.end() + start)
              for m in _NON_SPACE.finditer(text[start:end])]
    while tokens and text[tokens[0][0]:tokens[0][1]].lower() in rules.stopwords:
        tokens.pop(0)
    if not tokens:
        return None
    if any(rules.exclude.fullmatch(text, s, e) for s, e in tokens):
        return None
    surface = text[tokens[0][0]:tokens[-1][1]]
    if _QUANTITY.fullmatch(surface):
        return None     # "3.67X and 3.07X on CIFAR-100": numbers of the claim, not names
    return Mention(surface, tokens[0][0], tokens[-1][1], surface)


_QUANTITY = regex.compile(r"[+-]?\d[\d.,]*\s?(?:[xX×%]|times|fold)?")
