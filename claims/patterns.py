"""Load every rule file under patterns/ once, validate it, and hand out an immutable set.

A pattern file is YAML:

    role: metric              # which stage reads it (see ROLES)
    name: speedup             # the family, class or topic; closed vocabulary where the role has one
    rules:
      - id: speedup.faster    # unique across all files
        cues: ['faster', 'speed-?ups?']   # regex fragments; `{NAME}` inserts a shared fragment
        ...                   # role-specific keys, read by the stage that owns the role
        examples:             # replayed by tests/test_pattern_examples.py
          - text: "It runs 5.6x faster."
            source: synthetic             # or seed:<file>, spec:<section>, dev-a:<id>
            claims: [{text: "5.6x", value: 5.6, metric: speedup}]
        not_claims:
          - {text: "ResNet-101 on CIFAR-10", source: synthetic}

Every problem in every file is collected and raised at once as a PatternError listing
`path:line: rule-id: problem`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import regex
import yaml

from .errors import PatternError
from .spec import HARDWARE_CLASSES, METRICS
from .resources import patterns_dir

ROLES = {
    "spec": None,           # the spec's closed lists (read by claims.spec)
    "fragments": None,      # shared regex fragments, referenced as {NAME}
    "words": None,          # named word lists, word patterns and list gaps
    "normalize": None,      # what the text is normalized to before any rule reads it
    "numbers": None,        # number words and number syntax
    "units": None,          # unit surfaces -> spec unit symbols
    "metric": METRICS,      # one file per metric family
    "kind": None,           # verbs and comparatives giving kind and direction
    "qualifier": None,      # up to, about, on average, ...
    "filter": None,         # not-a-claim filters
    "hardware": HARDWARE_CLASSES,  # one file per hardware class
    "hardware_filter": None,  # sentences whose hardware mentions are background
    "dataset": None,        # benchmark vocabulary and frames
    "context": None,        # baseline and method frames
    "canonical": None,      # one name per platform, dataset and method, after extraction
}
CUE_KEYS = ("cues", "before", "after", "unless_before")  # lists of regexes, checked the same way
EXAMPLE_KEYS = {"claims", "platforms", "datasets", "methods", "baselines", "normalized", "canonical"}
_FRAGMENT_REF = regex.compile(r"(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}")  # not \p{L}


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    source: str
    title: str | None
    expect: Mapping[str, Any]      # e.g. {"claims": [...]} or {"platforms": [...]}
    xfail: str | None
    location: str                  # path:line, for test ids and messages
    # A counter-example: what it expects holds, and the rule it is filed under is not in its
    # trace ("mean IoU" takes no `average` qualifier). Otherwise the rule must be in it.
    rule_absent: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    cues: tuple[str, ...]          # fragments already expanded
    attrs: Mapping[str, Any]       # every other key of the rule, read-only
    examples: tuple[Example, ...]
    not_claims: tuple[Example, ...]
    location: str


@dataclass(frozen=True, slots=True)
class PatternFile:
    path: str                      # relative to patterns/, e.g. metrics/speedup.yaml
    role: str
    name: str
    rules: tuple[Rule, ...]
    attrs: Mapping[str, Any]       # top-level keys other than role/name/rules


@dataclass(frozen=True, slots=True)
class PatternSet:
    files: tuple[PatternFile, ...]
    fragments: Mapping[str, str]

    def role(self, role: str) -> tuple[PatternFile, ...]:
        return tuple(f for f in self.files if f.role == role)

    def rules(self, role: str) -> tuple[tuple[PatternFile, Rule], ...]:
        return tuple((f, r) for f in self.role(role) for r in f.rules)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when the wheel has it
    """SafeLoader that records each mapping's line as `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@cache
def load_patterns(root: str | None = None) -> PatternSet:
    """Read, validate and compile-check every `*.yaml` under `root` (default: the bundled patterns,
    kept in the rule cache, `claims.rulecache`, whose file is named by their hash)."""
    if not root:
        from .rulecache import cached

        return cached("patterns", "in use", lambda: _load(patterns_dir()))
    return _load(Path(root))


def _load(base: Path) -> PatternSet:
    problems: list[str] = []
    raw: list[tuple[str, dict]] = []
    for path in sorted(base.rglob("*.yaml")):
        rel = path.relative_to(base).as_posix()
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(f"{rel}: not valid YAML: {' '.join(str(exc).split())}")
            continue
        if not isinstance(doc, dict):
            problems.append(f"{rel}:1: file must be a mapping with role, name and rules")
            continue
        raw.append((rel, doc))
    fragments = _collect_fragments(raw, problems)
    files = tuple(f for f in (_build_file(rel, doc, fragments, problems) for rel, doc in raw) if f)
    _check_unique_ids(files, problems)
    if problems:
        raise PatternError("invalid patterns:\n" + "\n".join(problems))
    return PatternSet(files=files, fragments=MappingProxyType(fragments))


def _collect_fragments(raw: list[tuple[str, dict]], problems: list[str]) -> dict[str, str]:
    fragments: dict[str, str] = {}
    for rel, doc in raw:
        if doc.get("role") != "fragments":
            continue
        for name, value in (doc.get("fragments") or {}).items():
            if name == "__line__":
                continue
            if not isinstance(value, str):
                problems.append(f"{rel}: fragment {name}: must be a string")
            elif name in fragments:
                problems.append(f"{rel}: fragment {name}: defined twice")
            else:
                fragments[name] = value
    # Fragments may use earlier fragments; expand until stable (no cycles allowed).
    for _ in range(10):
        changed = False
        for name, value in fragments.items():
            expanded = _FRAGMENT_REF.sub(lambda m: fragments.get(m[1], m[0]), value)
            if expanded != value:
                fragments[name], changed = expanded, True
        if not changed:
            break
    else:
        problems.append("fragments: references do not resolve (cycle?)")
    return fragments


def _build_file(rel: str, doc: dict, fragments: dict[str, str], problems: list[str]) -> PatternFile | None:
    role, name = doc.get("role"), doc.get("name", "")
    if role not in ROLES:
        problems.append(f"{rel}:1: unknown role {role!r} (one of {', '.join(ROLES)})")
        return None
    vocabulary = ROLES[role]
    if vocabulary is not None and name not in vocabulary:
        problems.append(f"{rel}:1: name {name!r} is not in the spec's closed list for {role}")
    rules = []
    for index, item in enumerate(doc.get("rules") or []):
        rule = _build_rule(rel, index, item, fragments, problems, role)
        if rule:
            rules.append(rule)
    attrs = {k: v for k, v in doc.items() if k not in {"role", "name", "rules", "__line__"}}
    return PatternFile(path=rel, role=role, name=str(name), rules=tuple(rules),
                       attrs=MappingProxyType(_strip_lines(attrs)))


def _build_rule(rel: str, index: int, item: Any, fragments: dict[str, str],
                problems: list[str], role: str = "") -> Rule | None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        problems.append(f"{rel}: rule #{index + 1}: must be a mapping with a string id")
        return None
    rule_id, line = item["id"], item.get("__line__", 0)
    where = f"{rel}:{line}: {rule_id}"
    # A gap may be empty ("" between two numbers of a list): only named words may match "".
    may_be_empty = role == "words"
    checked = {key: _check_cues(where, key, item.get(key), fragments, problems, may_be_empty) for key in CUE_KEYS}
    cues = checked.pop("cues")
    item = {**item, **{k: v for k, v in checked.items() if k in item}}
    examples = tuple(_build_examples(rel, where, item.get("examples"), problems, want_expect=True))
    not_claims = tuple(_build_examples(rel, where, item.get("not_claims"), problems, want_expect=False))
    attrs = {k: v for k, v in item.items()
             if k not in {"id", "cues", "examples", "not_claims", "__line__"}}
    return Rule(id=rule_id, cues=tuple(cues), attrs=MappingProxyType(_strip_lines(attrs)),
                examples=examples, not_claims=not_claims, location=f"{rel}:{line}")


def _check_cues(where: str, key: str, items: Any, fragments: dict[str, str],
                problems: list[str], may_be_empty: bool = False) -> list[str]:
    """Expand fragments in a list of regex cues; every cue must compile and match something."""
    cues = []
    for cue in items or []:
        if not isinstance(cue, str):
            problems.append(f"{where}: {key} {cue!r} is not a string (quote it: YAML reads on/yes/no as booleans)")
            continue
        expanded = _FRAGMENT_REF.sub(lambda m: fragments.get(m[1], m[0]), cue)
        unknown = _FRAGMENT_REF.findall(expanded)
        if unknown:
            problems.append(f"{where}: {key} {cue!r} uses unknown fragment(s) {', '.join(unknown)}")
            continue
        try:
            compiled = regex.compile(expanded, regex.IGNORECASE | regex.VERSION1)
        except regex.error as exc:
            problems.append(f"{where}: {key} {cue!r} does not compile: {exc}")
            continue
        if compiled.fullmatch("") and not may_be_empty:
            problems.append(f"{where}: {key} {cue!r} matches the empty string")
            continue
        cues.append(expanded)
    return cues


def _build_examples(rel: str, where: str, items: Any, problems: list[str], want_expect: bool):
    for index, item in enumerate(items or []):
        if isinstance(item, str):
            item = {"text": item, "__line__": 0}
        line = item.get("__line__", 0) if isinstance(item, dict) else 0
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            problems.append(f"{where}: example #{index + 1}: needs a string `text`")
            continue
        source = item.get("source")
        if not isinstance(source, str) or not source.startswith(("seed:", "spec:", "synthetic", "dev-a:")):
            problems.append(f"{rel}:{line}: example needs `source: seed:<file> | spec:<section> | synthetic | dev-a:<id>`")
            continue
        expect = {k: _strip_lines(v) for k, v in item.items() if k in EXAMPLE_KEYS}
        if want_expect and not expect:
            problems.append(f"{rel}:{line}: example needs one of {', '.join(sorted(EXAMPLE_KEYS))}")
            continue
        yield Example(text=item["text"], source=source, title=item.get("title"),
                      expect=MappingProxyType(expect),
                      xfail=item.get("xfail"), location=f"{rel}:{line}",
                      rule_absent=bool(item.get("rule_absent")))


def _check_unique_ids(files: tuple[PatternFile, ...], problems: list[str]) -> None:
    seen: dict[str, str] = {}
    for pattern_file in files:
        for rule in pattern_file.rules:
            if rule.id in seen:
                problems.append(f"{rule.location}: {rule.id}: id already used at {seen[rule.id]}")
            else:
                seen[rule.id] = rule.location


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value
