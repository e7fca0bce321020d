"""Leaderboards that rank like with like, and the claims that cannot be ranked, with the reason.

Claims of one metric family are ranked together only when they share:
- the metric: the family, and within `other` the metric as written, normalized (NPV apart from
  correlation; "PPVs" with "PPV"); within any family an explicit top-k ("top-5 accuracy") apart
  from the rest. Within `other`, the outcomes in `OTHER_LOWER_IS_BETTER` (FID, MSE, ...) rank
  lower first;
- the canonical dataset (`dataset_name`; "ImageNet-1k" is on ImageNet). Quality metrics need
  one; efficiency factors are rarely stated on a dataset, so claims without one share "none";
- the kind and unit ("87.6%" absolute, "+5.7%" change and "1.3x" ratio never mix);
- a named method (a board ranks methods).

Each such group with two claims or more is a board, ranked by the metric's polarity. Every other
claim is listed apart with its reason.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from ..model import EFFICIENCY_METRICS
from ..spec import OTHER_LOWER_IS_BETTER, lower_is_better, other_metric_key
from .present import paper_links

__all__ = ["OTHER_LOWER_IS_BETTER", "VAGUE_METRIC_TEXT", "boards", "metric_key"]

# The metric as written names no measure; such claims rank with nothing.
VAGUE_METRIC_TEXT = frozenset({
    "performance", "result", "results", "score", "scores", "improvement", "improvements", "gain",
    "gains", "effectiveness", "quality", "outcome", "outcomes", "metric", "metrics",
})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_TOP_K = re.compile(r"\btop[\s-]?(\d+)\b", re.IGNORECASE)
_KIND_WORDS = {"absolute": "values", "change": "changes", "ratio": "factors"}


def metric_key(metric: str, metric_text) -> str:
    """What a claim measures, for grouping: the family, and for `other` the metric as written
    without case, punctuation, a leading "average" or an acronym's plural ("" where vague).

    >>> metric_key("other", "PPVs"), metric_key("other", "Dice score"), metric_key("other", "performance")
    ('other:ppv', 'other:dicescore', '')
    >>> metric_key("accuracy", "top-5 accuracy"), metric_key("accuracy", "top-1 accuracy")
    ('accuracy:top5', 'accuracy')
    """
    text = "" if pd.isna(metric_text) else " ".join(str(metric_text).split())
    top = _TOP_K.search(text)
    if metric != "other":
        return f"{metric}:top{top.group(1)}" if top and top.group(1) != "1" else metric
    key = other_metric_key(text)
    return "" if not key or key in VAGUE_METRIC_TEXT else f"other:{key}"


def _key(value) -> str:
    return "" if pd.isna(value) else _NOT_ALNUM.sub("", str(value).lower())


def _label(metric: str, metric_text, dataset, kind: str, unit: str, higher: bool) -> str:
    measure = metric.replace("_", " ")
    if metric == "other" or (metric_key(metric, metric_text) != metric):
        measure = str(metric_text)
    where = f" on {dataset}" if not pd.isna(dataset) else ""
    unit_words = f"in {unit}" if unit else "with no unit"
    better = "higher" if higher else "lower"
    if kind == "change":
        better += " (a decrease counts negative)"
    elif kind == "ratio" and unit != "%":
        better += " (a decrease of 4× counts 1/4)"
    return f"{measure}{where}, {_KIND_WORDS[kind]} {unit_words}: {better} is better"


def boards(claims: pd.DataFrame, metric: str, *, higher: bool,
           score: Callable[[float, str, str | None, str | None], float],
           papers: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ranked, not comparable) of the claims of `metric` in `claims` (already filtered).

    `ranked` has `board` (what its claims share, in words) and `rank` (1 is best, ties share
    a rank) before the claims' columns and their paper's `paper, year, url, link, cite`;
    `not comparable` has `reason` instead. Boards come largest first.
    """
    rows = claims[claims["metric"].eq(metric).fillna(False)]
    rows = pd.concat([rows, paper_links(rows, papers).drop(columns="title")], axis=1)
    quality = metric not in EFFICIENCY_METRICS
    reasons, keys = {}, {}
    for i, row in zip(rows.index, rows.to_dict("records")):
        measure = metric_key(metric, row["metric_text"])
        dataset = row.get("dataset_name")
        if pd.isna(dataset):
            dataset = row.get("dataset")
        method = row.get("method_name") if not pd.isna(row.get("method_name")) else row.get("method")
        if pd.isna(method):
            reasons[i] = "no method named"
        elif not measure:
            reasons[i] = f"metric not named (written '{row['metric_text']}')"
        elif quality and pd.isna(dataset):
            reasons[i] = "no dataset named"
        else:
            unit = "" if pd.isna(row["unit"]) else str(row["unit"])
            keys[i] = (measure, _key(dataset), row["kind"], unit)
    groups: dict[tuple, list] = {}
    for i, key in keys.items():
        groups.setdefault(key, []).append(i)
    ranked_parts = []
    ordered = sorted(groups.values(), key=lambda members: (-len(members), _sort_label(rows, members)))
    for members in ordered:
        first = rows.loc[members[0]]
        unit = "" if pd.isna(first["unit"]) else str(first["unit"])
        dataset = first.get("dataset_name") if not pd.isna(first.get("dataset_name")) else first.get("dataset")
        better = higher and not (metric == "other" and
                                 lower_is_better(metric, None if pd.isna(first["metric_text"]) else first["metric_text"]))
        label = _label(metric, first["metric_text"], dataset, first["kind"], unit, better)
        if len(members) < 2:
            reasons[members[0]] = f"nothing to compare with: the only claim of {label.split(':')[0]}"
            continue
        part = rows.loc[members].copy()
        scores = [score(v, k, None if pd.isna(d) else d, None if pd.isna(u) else u)
                  for v, k, d, u in zip(part["value"], part["kind"], part["direction"], part["unit"])]
        part["_key"] = [-s if better else s for s in scores]
        part = part.sort_values(["_key", "paper", "value"], kind="stable")
        part.insert(0, "rank", part["_key"].rank(method="min").astype("Int64"))
        part.insert(0, "board", pd.array([label] * len(part), dtype="string"))
        ranked_parts.append(part.drop(columns="_key"))
    ranked = pd.concat(ranked_parts) if ranked_parts else _empty_ranked(rows)
    excluded = rows.loc[[i for i in rows.index if i in reasons]].copy()
    excluded.insert(0, "reason", pd.array([reasons[i] for i in excluded.index], dtype="string"))
    excluded = excluded.sort_values(["reason", "paper", "value"], kind="stable")
    return ranked.reset_index(drop=True), excluded.reset_index(drop=True)


def _sort_label(rows: pd.DataFrame, members: list) -> str:
    first = rows.loc[members[0]]
    return f"{first.get('dataset_name')}|{first['kind']}|{first['unit']}"


def _empty_ranked(rows: pd.DataFrame) -> pd.DataFrame:
    empty = rows.iloc[0:0].copy()
    empty.insert(0, "rank", pd.array([], dtype="Int64"))
    empty.insert(0, "board", pd.array([], dtype="string"))
    return empty
