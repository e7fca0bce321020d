"""Where the bundled rules and corpus are.

Installed wheels carry them under `claims/_data/`; a source checkout (editable install or tests
run from the repository) reads them from the repository's top-level `patterns/` and `seeds/`.
The environment variable CLAIMS_PATTERNS, read once at start, points the whole process at
another rules folder (a copy of patterns/ with a family or a hardware class added, say).
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled data folder {name!r} is missing from this installation")


@cache
def patterns_dir() -> Path:
    chosen = os.environ.get("CLAIMS_PATTERNS")
    if chosen:
        if not Path(chosen).is_dir():
            raise FileNotFoundError(f"CLAIMS_PATTERNS={chosen}: no such rules folder")
        return Path(chosen)
    return _locate("patterns")


@cache
def seeds_dir() -> Path:
    return _locate("seeds")


def seed_pages() -> list[Path]:
    """The bundled corpus: the seed listing pages (`seeds/*.txt`), without the gold files and
    the development gold under `seeds/dev/`."""
    return sorted(seeds_dir().glob("*.txt"))
