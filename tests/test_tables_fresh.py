"""`tables/` is output: regenerated from the seeds, it must equal what is committed.

A rule change ships with its regenerated tables: run `claims run` and commit `tables/`.
"""
from __future__ import annotations

from pathlib import Path

COMMITTED = Path(__file__).resolve().parent.parent / "tables"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_tables_are_fresh(seed_run):
    fresh, _ = seed_run
    committed, regenerated = _files(COMMITTED), _files(fresh)
    assert sorted(committed) == sorted(regenerated), "files differ: run `claims run` and commit tables/"
    stale = [name for name in committed if committed[name] != regenerated[name]]
    assert stale == [], f"stale tables (run `claims run` and commit tables/): {stale}"
