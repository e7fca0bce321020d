"""Where the bundled rules and corpus are.

Installed wheels carry them under `claims/_data/`; a source checkout (editable install or tests
run from the repository) reads them from the repository's top-level `patterns/` and `seeds/`.
"""
from __future__ import annotations

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
    return _locate("patterns")


@cache
def seeds_dir() -> Path:
    return _locate("seeds")


def seed_pages() -> list[Path]:
    """The bundled corpus: the seed listing pages (`seeds/*.txt`), without the gold files and
    the development gold under `seeds/dev/`."""
    return sorted(seeds_dir().glob("*.txt"))
