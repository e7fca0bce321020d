"""One name per platform, dataset and method, computed after extraction from the names it gives.

Extraction keeps each field as the abstract writes it ("Nvidia Tesla-V100", "ImageNet-1k",
"modern GPUs"); comparing across papers needs one name for one thing. The rules are data, in
patterns/canonical/ (platforms.yaml, datasets.yaml, methods.yaml, each file's description says
how it is read); the vocabularies' own canonical names come from the public finders
`find_platforms` and `find_datasets`, run on the written name alone.

>>> platform_columns("Nvidia Tesla-V100"), platform_columns("modern GPUs")
(('NVIDIA V100', 'gpu'), ('GPU', 'gpu'))
>>> platform_columns("inter-GPU")
(None, None)
>>> dataset_columns("ImageNet-1k; CIFAR-10")
('ImageNet; CIFAR-10', 'ImageNet-1k')
>>> method_names(["β-CROWN", "Beta-CROWN", None, "β-CROWN"])
['β-CROWN', 'β-CROWN', None, 'β-CROWN']
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .errors import PatternError
from .extraction.datasets import find_datasets
from .extraction.platforms import find_platforms
from .patterns import PatternFile, load_patterns

__all__ = [
    "canonical_platform", "dataset_columns", "method_names", "platform_columns", "replay_example",
]

_FLAGS = regex.IGNORECASE | regex.VERSION1
_GLOSS = regex.compile(r"\s*\([^()]*\)")        # "microcontroller units (MCUs)"
_TOKENS = regex.compile(r"[\s/,-]+")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")         # a capital inside a word: NVLink, SpAtten
_DIGIT = regex.compile(r"\d")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_SEPARATOR = "; "


def _key(text: str) -> str:
    """A name without case and punctuation, to tell two spellings of one name."""
    return _NOT_ALNUM.sub("", text.casefold())


def _rule_file(name: str) -> PatternFile:
    for candidate in load_patterns().role("canonical"):
        if candidate.name == name:
            return candidate
    raise PatternError(f"canonical/{name}.yaml: rule file is missing from patterns/")


def _compiled(cues, where: str) -> tuple[regex.Pattern, ...]:
    try:
        return tuple(regex.compile(cue, _FLAGS) for cue in cues)
    except regex.error as exc:
        raise PatternError(f"{where}: pattern does not compile: {exc}") from None


# --- platforms -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _PlatformRules:
    drop: tuple[regex.Pattern, ...]
    aliases: tuple[tuple[regex.Pattern, str], ...]
    specific: tuple[regex.Pattern, ...]
    spec_tokens: tuple[regex.Pattern, ...]
    products: frozenset[str]
    generic_tokens: frozenset[str]
    leading: frozenset[str]
    class_names: dict[str, str]


@cache
def _platform_rules() -> _PlatformRules:
    rules = _rule_file("platforms")
    drop, aliases = [], []
    for rule in rules.rules:
        patterns = _compiled(rule.cues, rule.location)
        if rule.attrs.get("drop"):
            drop += patterns
        elif rule.attrs.get("name"):
            aliases += [(pattern, str(rule.attrs["name"])) for pattern in patterns]
    # The hardware vocabulary marks its rules for named products; a name one of them spells is
    # a product, not a class word.
    specific = [pattern for _, rule in load_patterns().rules("hardware") if rule.attrs.get("specific")
                for pattern in _compiled(rule.cues, rule.location)]
    attrs = rules.attrs
    return _PlatformRules(
        drop=tuple(drop), aliases=tuple(aliases), specific=tuple(specific),
        spec_tokens=_compiled(attrs.get("spec_tokens", ()), f"{rules.path}: spec_tokens"),
        products=frozenset(str(p).casefold() for p in attrs.get("products", ())),
        generic_tokens=frozenset(str(t) for t in attrs.get("generic_tokens", ())),
        leading=frozenset(str(w).casefold() for w in attrs.get("leading_words", ())),
        class_names=dict(attrs.get("class_names", {})))


@lru_cache(maxsize=8192)
def canonical_platform(name: str, hw_class: str) -> str | None:
    """The one name of the platform the hardware vocabulary calls `name` (of class `hw_class`),
    or None where `name` is no platform ("inter-GPU", "GPU memory").

    >>> canonical_platform("NVIDIA V100", "gpu"), canonical_platform("multi-GPU systems", "gpu")
    ('NVIDIA V100', 'GPU')
    """
    rules = _platform_rules()
    text = " ".join(name.split())
    if not text or any(pattern.fullmatch(text) for pattern in rules.drop):
        return None
    for pattern, alias in rules.aliases:
        if pattern.fullmatch(text):
            return alias
    bare = _GLOSS.sub("", text).strip() or text
    if hw_class == "other" or _is_product(text, bare, rules):
        return _without_leading_words(bare, rules)
    return rules.class_names.get(hw_class, text)


def _is_product(text: str, bare: str, rules: _PlatformRules) -> bool:
    if any(pattern.fullmatch(text) or pattern.fullmatch(bare) for pattern in rules.specific):
        return True
    for pattern in rules.spec_tokens:
        bare = pattern.sub(" ", bare)
    return any(_DIGIT.search(token) or _CAMEL.search(token) or token.casefold() in rules.products
               for token in _TOKENS.split(bare) if token and token not in rules.generic_tokens)


def _without_leading_words(name: str, rules: _PlatformRules) -> str:
    words = name.split()
    while len(words) > 1 and words[0].casefold() in rules.leading:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=8192)
def _platforms_named(text: str) -> tuple[tuple[str, str], ...]:
    try:
        return tuple((p.name, p.hw_class) for p in find_platforms(text))
    except TimeoutError:            # hostile text: the name stays unresolved, the claim is kept
        return ()


def platform_columns(hardware: str | None, abstract: str | None = None) -> tuple[str | None, str | None]:
    """`(platform, hardware_class)` of a claim whose hardware is written `hardware`: the
    canonical names of the platforms it names ("; " between two), and the first one's class.

    The written name is read by the hardware vocabulary on its own; a name that needs its
    sentence to count ("edge" in "at the edge") is looked up among the platforms of `abstract`.
    """
    if not hardware or not hardware.strip():
        return None, None
    found = _platforms_named(hardware)
    if not found and abstract:
        wanted = _key(hardware)
        found = tuple(named for named in _platforms_named(abstract)
                      if _key(named[0]) == wanted)
    names, classes = [], []
    for name, hw_class in found:
        canonical = canonical_platform(name, hw_class)
        if canonical and canonical not in names:
            names.append(canonical)
            classes.append(hw_class)
    return (_SEPARATOR.join(names), classes[0]) if names else (None, None)


# --- datasets --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _DatasetRules:
    aliases: tuple[tuple[regex.Pattern, str], ...]
    variant_suffix: regex.Pattern | None


@cache
def _dataset_rules() -> _DatasetRules:
    rules = _rule_file("datasets")
    aliases = []
    for rule in rules.rules:
        if rule.attrs.get("name"):
            aliases += [(pattern, str(rule.attrs["name"]))
                        for pattern in _compiled(rule.cues, rule.location)]
    suffix = rules.attrs.get("variant_suffix")
    compiled = _compiled([f"(?:{suffix})$"], f"{rules.path}: variant_suffix")[0] if suffix else None
    return _DatasetRules(tuple(aliases), compiled)


@lru_cache(maxsize=8192)
def _dataset_names(written: str) -> tuple[str, ...]:
    rules = _dataset_rules()
    bare = (rules.variant_suffix.sub("", written).strip() if rules.variant_suffix else "") or written
    for pattern, alias in rules.aliases:
        if pattern.fullmatch(written) or pattern.fullmatch(bare):
            return (alias,)
    try:
        found = tuple(dict.fromkeys(mention.name for mention in find_datasets(written)))
    except TimeoutError:
        found = ()
    return found or (bare,)


def dataset_columns(dataset: str | None) -> tuple[str | None, str | None]:
    """`(dataset_name, dataset_variant)` of a claim whose dataset is written `dataset` (names
    joined by "; "): the canonical names, and the written names that differ from theirs beyond
    case and punctuation ("ImageNet-1k", "PASCAL VOC 2012")."""
    names, variants = [], []
    for written in (dataset or "").split(";"):
        written = " ".join(written.split())
        if not written:
            continue
        canonical = _dataset_names(written)
        names += [name for name in canonical if name not in names]
        if _key(written) not in {_key(name) for name in canonical} and written not in variants:
            variants.append(written)
    return (_SEPARATOR.join(names) or None), (_SEPARATOR.join(variants) or None)


# --- methods ---------------------------------------------------------------------------------

@cache
def _method_rules() -> tuple[dict[str, str], tuple[regex.Pattern, ...]]:
    rules = _rule_file("methods")
    drop = tuple(pattern for rule in rules.rules if rule.attrs.get("drop")
                 for pattern in _compiled(rule.cues, rule.location))
    return {str(k): str(v) for k, v in rules.attrs.get("greek", {}).items()}, drop


@lru_cache(maxsize=8192)
def _method_spelling(name: str) -> str:
    for pattern in _method_rules()[1]:
        name = pattern.sub("", name)
    return " ".join(name.split())


@lru_cache(maxsize=8192)
def _method_key(name: str) -> str:
    greek, _ = _method_rules()
    spelled = "".join(greek.get(ch, greek.get(ch.lower(), ch)) for ch in _method_spelling(name))
    return _key(spelled)


def method_names(methods: Sequence[str | None], title: str | None = None) -> list[str | None]:
    """The canonical method of each claim of one paper, given the methods as written: spellings
    of one name (see patterns/canonical/methods.yaml) get the title's spelling, else the most
    used, else the first."""
    written = {m for m in methods if m and m.strip()}
    if len(written) <= 1 and not (title and ":" in title):
        # one spelling and no title to prefer: it is the name (most papers)
        return [_method_spelling(m) if m in written else None for m in methods]
    keys = [_method_key(m) if m in written else None for m in methods]
    prefix = title.split(":")[0].strip() if title and ":" in title else ""
    prefix_key = _method_key(prefix) if prefix else None
    chosen: dict[str, str] = {}
    for key in dict.fromkeys(k for k in keys if k):
        spellings = [_method_spelling(m) for m, k in zip(methods, keys) if k == key]
        if key == prefix_key:
            chosen[key] = _method_spelling(prefix)
            continue
        counts = Counter(spellings)
        chosen[key] = max(counts, key=lambda s: (counts[s], -spellings.index(s)))
    return [chosen[k] if k else None for k in keys]


# --- the rule files' examples ----------------------------------------------------------------

def replay_example(kind: str, text: str, title: str | None = None) -> dict:
    """The canonical columns an example of patterns/canonical/<kind>.yaml gets, without the empty
    ones: a claim's hardware or dataset as written, or its paper's methods separated by " | "."""
    if kind == "platforms":
        values = dict(zip(("platform", "hardware_class"), platform_columns(text)))
    elif kind == "datasets":
        values = dict(zip(("dataset_name", "dataset_variant"), dataset_columns(text)))
    elif kind == "methods":
        values = {"method_name": method_names([m.strip() for m in text.split("|")], title)}
    else:
        raise PatternError(f"canonical/{kind}.yaml: no replay for this file")
    return {k: v for k, v in values.items() if v is not None}
