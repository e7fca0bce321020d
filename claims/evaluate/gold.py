"""Reading a gold file (CLAIMS_SPEC.md section 5) and a list of paper ids (one half of a split).

>>> normalize_title("DynaGraph: Lightweight Multi-Model ...")
'dynagraphlightweightmultimodel'
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError
from ..model import Problem

_NOT_TITLE_CHARS = regex.compile(r"[^\p{L}\p{N}]+")


def normalize_title(title: Any) -> str:
    """The key papers are paired by: lower-case letters and digits only."""
    return _NOT_TITLE_CHARS.sub("", str(title or "").lower())


def read_gold(path: str | Path) -> tuple[list[dict], list[Problem]]:
    """The gold papers of a JSON Lines file, and one Problem per line that was skipped.

    A line that is not JSON, not an object with a `title` and a `claims` list, or holds a claim
    without a numeric `value` is skipped whole, so the paper's found claims are ignored rather
    than scored against half its gold. Raises InputError when the file cannot be read or holds no
    readable paper.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    papers, problems = [], []
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            problems.append(Problem(f"{path}:{number}", "not UTF-8 text; line skipped"))
            continue
        if not line:
            continue
        paper, problem = _gold_record(line)
        if problem:
            problems.append(Problem(f"{path}:{number}", f"{problem}; line skipped"))
        else:
            papers.append(paper)
    if not papers:
        raise InputError(f"{path}: no readable gold paper" + (
            f" ({len(problems)} lines skipped)" if problems else " (the file is empty)"))
    return papers, problems


def _gold_record(line: str) -> tuple[dict | None, str | None]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, f"not valid JSON: {getattr(exc, 'msg', 'nested too deeply')}"
    if not isinstance(record, dict) or not isinstance(record.get("title"), str):
        return None, "not a paper: needs a JSON object with a string `title`"
    claims, hardware = record.get("claims"), record.get("hardware", [])
    if not isinstance(claims, list) or not isinstance(hardware, list):
        return None, "`claims` and `hardware` must be lists"
    for index, claim in enumerate(claims, 1):
        if not isinstance(claim, dict) or _is_not_a_number(claim.get("value")):
            return None, f"claim {index}: needs a numeric `value`"
    return record, None


def _is_not_a_number(value: Any) -> bool:
    return isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)


def read_ids(path: str | Path) -> set[str]:
    """The paper ids listed in `path`, one per line (blank lines and `#` comments skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    ids = {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}
    if not ids:
        raise InputError(f"{path}: lists no paper id")
    return ids


def only_ids(gold: list[dict], ids: set[str], where: str) -> list[dict]:
    """The gold papers whose `id` is in `ids`; an id the gold lacks is an error naming it."""
    kept = [paper for paper in gold if str(paper.get("id")) in ids]
    missing = ids - {str(paper.get("id")) for paper in kept}
    if missing:
        raise InputError(f"{where}: {len(missing)} id(s) not in the gold, e.g. {sorted(missing)[0]!r}")
    return kept
