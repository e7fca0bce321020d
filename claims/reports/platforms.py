"""Hardware platforms across papers, and the platform each claim was measured on.

A claim's platform is its canonical `platform` (claims/canonical.py names the V100 "NVIDIA V100"
under any spelling, a class alone by the class: "GPU"). Where the claim's sentence names none,
the paper's platform list may: when it names exactly one platform (of the class asked for, when
one is) other than the claim's baseline, the claim is placed there and marked
`platform_from_paper`; a claim on a class alone ("edge hardware") goes to the paper's one named
platform of that class ("NVIDIA Jetson Orin Nano Super"), marked the same way. A class named alongside a
named platform of that class ("FPGA" beside "AMD Xilinx ZCU102") is the same platform said
twice, not a second one. Platforms without a canonical name ("inter-GPU", "GPU memory") are no
platforms and are never listed.
"""
from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..model import HARDWARE_CLASSES
from ..patterns import load_patterns
from .present import short_title

__all__ = ["CLASS_ORDER", "class_names", "hardware_classes", "hardware_view", "matching", "norm",
           "paper_platforms", "placed"]

CLASS_ORDER = {c: i for i, c in enumerate(HARDWARE_CLASSES)}
HARDWARE_COLUMNS = ("class", "platform", "papers", "claims", "max_gain", "headline_method",
                    "headline_baseline", "headline_paper")
CLASS_COLUMNS = ("class", "platforms", "papers", "claims", "max_gain", "headline_method",
                 "headline_baseline", "headline_paper")


def matching(values: pd.Series, test) -> pd.Series:
    """Whether each value passes `test` (a missing value never does), as a plain bool Series."""
    return pd.Series([False if pd.isna(v) else bool(test(v)) for v in values], index=values.index,
                     dtype=bool)


def norm(text) -> str:
    """A name without case and punctuation, for matching names written differently."""
    return re.sub(r"[^0-9a-z]+", "", str(text).lower())


@cache
def class_names() -> dict[str, str]:
    """The name a class-only mention gets (patterns/canonical/platforms.yaml `class_names`)."""
    for rules in load_patterns().role("canonical"):
        if rules.name == "platforms":
            return dict(rules.attrs.get("class_names", {}))
    return {}


def paper_platforms(platforms: pd.DataFrame | None) -> dict[str, list[tuple[str, str]]]:
    """Each paper's platforms as (canonical name, class), first mention first, without
    non-platforms, repeats, or a class-only name beside a named platform of its class."""
    out: dict[str, list[tuple[str, str]]] = {}
    if platforms is None or not len(platforms) or "canonical" not in platforms:
        return out
    generic = set(class_names().values())
    kept = platforms[platforms["canonical"].notna()]
    for paper_id, group in kept.groupby("paper_id", sort=False):
        seen = list(dict.fromkeys(zip(group["canonical"], group["class"])))
        named = {cls for name, cls in seen if name not in generic}
        out[paper_id] = [(name, cls) for name, cls in seen
                         if name not in generic or cls not in named]
    return out


def placed(claims: pd.DataFrame, platforms: pd.DataFrame | None,
           hardware_class: str | None = None) -> pd.DataFrame:
    """`claims` with `platform` and `hardware_class` filled from the paper's platform list where
    the claim names none and the paper names exactly one platform (of `hardware_class`, when
    given) that is not the claim's baseline, or where the claim names a class alone and the
    paper exactly one named platform of that class; `platform_from_paper` marks the rows so
    placed."""
    out = claims.copy()
    by_paper = paper_platforms(platforms)
    platform = out["platform"].astype("object")
    classes = out["hardware_class"].astype("object")
    from_paper = [False] * len(out)
    generic = set(class_names().values())
    baselines = out["baseline"] if "baseline" in out else pd.Series(pd.NA, index=out.index)
    for n, (i, pid, baseline) in enumerate(zip(out.index, out["paper_id"], baselines)):
        if pid not in by_paper:
            continue
        # A class alone ("edge hardware") is the paper's one named platform of that class.
        wanted = hardware_class
        if not pd.isna(platform[i]):
            if platform[i] not in generic:
                continue
            wanted = classes[i]
        # A named platform the claim is measured against is not the one it was measured on
        # (a class is: "3x over the baseline FPGA accelerator" is on an FPGA too).
        against = "" if pd.isna(baseline) else norm(baseline)
        options = [p for p in by_paper[pid] if (wanted is None or p[1] == wanted)
                   and not (against and p[0] not in generic and norm(p[0]) in against)]
        if not pd.isna(platform[i]):
            options = [p for p in options if p[0] not in generic]
        if len(options) == 1:
            platform[i], classes[i] = options[0]
            from_paper[n] = True
    out["platform"] = pd.array(platform, dtype="string")
    out["hardware_class"] = pd.array(classes, dtype="string")
    out["platform_from_paper"] = pd.array(from_paper, dtype="boolean")
    return out


def _on(claims: pd.DataFrame, name: str) -> pd.Series:
    """Claims whose platform (one of "A; B") is `name`."""
    return matching(claims["platform"], lambda p: name in str(p).split("; "))


def hardware_view(claims: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """Each platform across papers (canonical name): how many papers name it, how many claims
    were measured on it (placed as in `placed`), and its headline (largest) gain."""
    claims = placed(claims, platforms)
    rows = []
    for paper_id, listed in paper_platforms(platforms).items():
        rows += [(name, cls, paper_id) for name, cls in listed]
    table = pd.DataFrame(rows, columns=["platform", "class", "paper_id"])
    out = []
    for (name, cls), group in table.groupby(["platform", "class"], sort=False):
        on = claims[_on(claims, name) & claims["paper_id"].isin(group["paper_id"])]
        out.append(_summary(on, {"class": cls, "platform": name,
                                 "papers": group["paper_id"].nunique()}))
    frame = pd.DataFrame(out, columns=HARDWARE_COLUMNS + ("_order",))
    frame = frame.sort_values(["_order", "papers", "claims", "platform"],
                              ascending=[True, False, False, True], kind="stable")
    frame = _typed_summary(frame.drop(columns="_order"))
    frame.attrs["notes"] = [] if len(frame) else ["No hardware platforms."]
    return frame


def hardware_classes(claims: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """Each hardware class: its platforms, the papers naming one, the claims measured on one,
    and its headline gain."""
    claims = placed(claims, platforms)
    rows = [(name, cls, pid) for pid, listed in paper_platforms(platforms).items()
            for name, cls in listed]
    table = pd.DataFrame(rows, columns=["platform", "class", "paper_id"])
    out = []
    for cls, group in table.groupby("class", sort=False):
        on = claims[claims["hardware_class"].eq(cls).fillna(False)
                    & claims["paper_id"].isin(group["paper_id"])]
        out.append(_summary(on, {"class": cls, "platforms": group["platform"].nunique(),
                                 "papers": group["paper_id"].nunique()}))
    frame = pd.DataFrame(out, columns=CLASS_COLUMNS + ("_order",)).sort_values("_order",
                                                                                kind="stable")
    frame = _typed_summary(frame.drop(columns="_order"))
    frame.attrs["notes"] = [] if len(frame) else ["No hardware platforms."]
    return frame


def _summary(on: pd.DataFrame, head: dict) -> dict:
    gains = on.dropna(subset=["gain"]).sort_values(["gain", "title"], ascending=[False, True])
    top = gains.iloc[0] if len(gains) else None

    def pick(column):
        if top is None:
            return None
        value = top.get(f"{column}_name") if column == "method" else None
        return top[column] if value is None or pd.isna(value) else value

    return {**head, "claims": len(on),
            "max_gain": top["gain"] if top is not None else None,
            "headline_method": pick("method"), "headline_baseline": pick("baseline"),
            "headline_paper": short_title(pick("title")) if top is not None else None, "_order": CLASS_ORDER.get(head["class"], 99)}


def _typed_summary(frame: pd.DataFrame) -> pd.DataFrame:
    dtypes = {"papers": "Int64", "claims": "Int64", "platforms": "Int64", "max_gain": "Float64"}
    out = frame.reset_index(drop=True)
    for column in out.columns:
        out[column] = out[column].astype(dtypes.get(column, "string"))
    return out
