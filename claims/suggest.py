""""Did you mean": the known values closest to a mistyped one (sub-commands, options, views,
datasets, platforms, paper titles).

>>> closest("extrat", ["eval", "explain", "extract", "papers"])
['extract']
>>> did_you_mean("ImageNett", ["ImageNet", "CIFAR-10", "ImageNet-1K"])
"did you mean 'ImageNet' or 'ImageNet-1K'?"
>>> closest("jetsn", ["RTX 3090", "NVIDIA Jetson Nano", "Jetson TX2"])
['Jetson TX2', 'NVIDIA Jetson Nano']
>>> did_you_mean("zzz", ["ImageNet"])
''
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_PUNCTUATION = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _PUNCTUATION.sub("", text.casefold())


def closest(word: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `n` candidates most like `word`, best first, ignoring case and punctuation.

    A candidate that holds `word` whole, or is held by it ("imagenet" in "ImageNet-1K"),
    counts as close whatever its length, when the shorter of the two has 3 letters or more."""
    unique = list(dict.fromkeys(str(c) for c in candidates if str(c)))
    key = _key(word)
    if not key or not unique:
        return []
    keys: dict[str, list[str]] = {}
    for candidate in unique:
        keys.setdefault(_key(candidate), []).append(candidate)
    import difflib

    ranked = difflib.get_close_matches(key, list(keys), n=n, cutoff=cutoff)
    if len(ranked) < n:
        holding = sorted((k for k in keys if k and k not in ranked and _holds(k, key)),
                         key=lambda k: (abs(len(k) - len(key)), k))
        ranked += holding[:n - len(ranked)]
    names = [name for k in ranked for name in keys[k]]
    if len(names) < n:          # a word of a longer name: "jetsn" -> "NVIDIA Jetson Nano"
        names += [c for c in _by_word(word, unique, cutoff) if c not in names]
    return names[:n]


def _by_word(word: str, candidates: list[str], cutoff: float) -> list[str]:
    """Candidates one of whose words (3 letters or more) is close to `word` or to one of its
    words, in their order."""
    import difflib

    words: dict[str, list[str]] = {}
    for candidate in candidates:
        for part in _PUNCTUATION.split(candidate.casefold()):
            if len(part) >= 3:
                words.setdefault(part, []).append(candidate)
    asked = {_key(word)} | {p for p in _PUNCTUATION.split(word.casefold()) if len(p) >= 3}
    found = {c for query in asked if query
             for part in difflib.get_close_matches(query, list(words), n=3, cutoff=max(cutoff, 0.8))
             for c in words[part]}
    return [c for c in candidates if c in found]


def _holds(a: str, b: str) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 3 and shorter in longer


def did_you_mean(word: str, candidates: Iterable[str], n: int = 3) -> str:
    """"did you mean 'x' or 'y'?" for the closest candidates, or "" when none is close."""
    names = [repr(name) for name in closest(word, candidates, n)]
    if not names:
        return ""
    shown = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"did you mean {shown}?"
