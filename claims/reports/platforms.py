"""Hardware platforms across papers, and which of a paper's platforms a claim was measured on.

A claim's `hardware` is the platform as its sentence names it; the paper's platform list gives
the class. They are joined within the paper: the same name without case and punctuation, else
one name holding the other ("Xilinx XC7Z020 and XC7Z045" is on "Xilinx XC7Z020" and on
"XC7Z045"). A claim whose hardware matches no platform of its paper has no class; no class is
guessed from the name here, that is the extractor's job.
"""
from __future__ import annotations

import re

import pandas as pd

from ..model import HARDWARE_CLASSES

__all__ = ["CLASS_ORDER", "norm", "with_hardware_class", "hardware_view", "hardware_classes"]

CLASS_ORDER = {c: i for i, c in enumerate(HARDWARE_CLASSES)}
HARDWARE_COLUMNS = (
    "class", "platform", "papers", "claims", "max_gain", "headline_method", "headline_baseline",
    "headline_paper",
)
CLASS_COLUMNS = ("class", "platforms", "papers", "claims", "max_gain", "headline_method",
                 "headline_baseline", "headline_paper")


def norm(text) -> str:
    """A name without case and punctuation, for matching names written differently."""
    return re.sub(r"[^0-9a-z]+", "", str(text).lower())


def with_hardware_class(claims: pd.DataFrame, platforms: pd.DataFrame | None) -> pd.DataFrame:
    """`claims` with a `hardware_class` column: the class of the paper's platform the claim's
    hardware names (same name without case and punctuation, else one name holding the other:
    "Xilinx XC7Z020 and XC7Z045" is on the paper's "Xilinx XC7Z020"). Where it matches platforms
    of several classes, the first in the spec's class order wins."""
    out = claims.copy()
    matches = _platform_matches(claims, platforms)
    classes = matches.sort_values("order").drop_duplicates("claim").set_index("claim")["class"]
    out["hardware_class"] = pd.Series(claims.index.map(classes), index=claims.index,
                                      dtype="string")
    return out


def hardware_view(claims: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """Each platform across papers (same name without case and punctuation, same class): how many
    papers name it, how many claims were measured on it, and its headline (largest) gain."""
    frame = _platform_table(claims, platforms)
    rows = []
    for (cls, key), group in frame.groupby(["class", "_key"], sort=False):
        names = group.drop_duplicates("paper_id")["name"].value_counts()
        name = min(names.index, key=lambda n: (-names[n], n))
        rows.append(_summary(group, {"class": cls, "platform": name}))
    out = pd.DataFrame(rows, columns=HARDWARE_COLUMNS + ("_order",))
    out = out.sort_values(["_order", "papers", "claims", "platform"],
                          ascending=[True, False, False, True], kind="stable")
    out = _typed_summary(out.drop(columns="_order"))
    out.attrs["notes"] = [] if len(out) else ["No hardware platforms."]
    return out


def hardware_classes(claims: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """Each hardware class: its platforms, papers and claims, and its headline gain."""
    frame = _platform_table(claims, platforms)
    rows = []
    for cls, group in frame.groupby("class", sort=False):
        summary = _summary(group, {"class": cls, "platforms": group["_key"].nunique()})
        rows.append(summary)
    out = pd.DataFrame(rows, columns=CLASS_COLUMNS + ("_order",)).sort_values("_order",
                                                                                kind="stable")
    out = _typed_summary(out.drop(columns="_order"))
    out.attrs["notes"] = [] if len(out) else ["No hardware platforms."]
    return out


def _platform_matches(claims: pd.DataFrame, platforms: pd.DataFrame | None) -> pd.DataFrame:
    """One row per (claim index, matching platform index) with the platform's class."""
    pairs = []
    if platforms is not None and len(platforms):
        by_paper = {pid: group for pid, group in platforms.groupby("paper_id")}
        for i, pid, hardware in zip(claims.index, claims["paper_id"], claims["hardware"]):
            if pd.isna(hardware) or pid not in by_paper:
                continue
            group, wanted = by_paper[pid], norm(hardware)
            keys = group["name"].map(norm)
            hits = group[keys.eq(wanted)]
            if hits.empty:
                hits = group[[bool(k) and (k in wanted or wanted in k) for k in keys]]
            pairs += [(i, j, c, CLASS_ORDER.get(c, len(CLASS_ORDER)))
                      for j, c in zip(hits.index, hits["class"])]
    return pd.DataFrame(pairs, columns=["claim", "platform", "class", "order"])


def _platform_table(claims: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """One row per (platform, claim measured on it or none), with the claim's gain and names."""
    matches = _platform_matches(claims, platforms)
    frame = platforms.assign(_key=platforms["name"].map(norm)).merge(
        matches[["claim", "platform"]], left_index=True, right_on="platform", how="left")
    facts = claims[["gain", "method", "baseline", "title"]].rename(columns={"title": "paper"})
    frame = frame.merge(facts, left_on="claim", right_index=True, how="left")
    return frame.assign(_order=frame["class"].map(CLASS_ORDER))


def _summary(group: pd.DataFrame, head: dict) -> dict:
    gains = group.dropna(subset=["gain"]).sort_values(["gain", "paper"], ascending=[False, True])
    top = gains.iloc[0] if len(gains) else None
    return {**head,
            "papers": group["paper_id"].nunique(),
            "claims": group["claim"].dropna().nunique(),
            "max_gain": top["gain"] if top is not None else None,
            "headline_method": top["method"] if top is not None else None,
            "headline_baseline": top["baseline"] if top is not None else None,
            "headline_paper": top["paper"] if top is not None else None,
            "_order": group["_order"].iloc[0]}


def _typed_summary(frame: pd.DataFrame) -> pd.DataFrame:
    dtypes = {"papers": "Int64", "claims": "Int64", "platforms": "Int64", "max_gain": "Float64"}
    out = frame.reset_index(drop=True)
    for column in out.columns:
        out[column] = out[column].astype(dtypes.get(column, "string"))
    return out
