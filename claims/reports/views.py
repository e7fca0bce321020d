"""The comparisons users extract claims for, as functions from typed tables to DataFrames.

Views read the tables of `claims.tables` and never call the extractor. Each returns a plain
DataFrame; where a view has something to say about what it left out, the sentence is in
``frame.attrs["notes"]`` (a list of strings) so renderers can print it under the table.

Polarity (which way is better) is defined on what the *number* means, not on the metric alone:

* an absolute value is better higher, except for the metrics in `LOWER_IS_BETTER`;
* a change is read signed (+v for an increase, -v for a decrease) and then judged like an
  absolute value, so "reduces latency by 68.1%" (-68.1) beats "by 36%" (-36) and an accuracy
  drop of 0.5% (-0.5) ranks below a gain of 8.9% (+8.9);
* a ratio in ``x`` is read as the factor of the new over the old (v for an increase, 1/v for a
  decrease), so "171x less energy" is 1/171 and, energy being lower-is-better, beats "4x less";
* a ratio in ``%`` ("retains 99.71% of the AUC") already is new over old: judged as it stands.

``other`` counts as higher-is-better: it mixes outcomes (FID, kappa, NPV) whose direction the
table does not record, so its leaderboard is only as meaningful as its metric_text says.
"""
from __future__ import annotations

import re

import pandas as pd

from ..errors import ClaimsError
from ..model import EFFICIENCY_METRICS, METRICS
from .platforms import (  # noqa: F401  (hardware views are part of this module's API)
    CLASS_ORDER, hardware_classes, hardware_view, norm, with_hardware_class,
)

__all__ = [
    "LOWER_IS_BETTER", "higher_is_better", "score", "leaderboard", "speedups", "matrix",
    "paper_card", "hardware_view", "hardware_classes", "filter_claims", "with_hardware_class",
]

LOWER_IS_BETTER = frozenset({
    "error", "latency", "training_time", "time", "energy", "power", "memory", "model_size",
    "compute", "area", "cost", "overhead", "perplexity",
})
_KIND_ORDER = {"absolute": 0, "ratio": 1, "change": 2}

LEADERBOARD_COLUMNS = (
    "rank", "method", "metric_text", "value", "value_low", "unit", "kind", "direction",
    "qualifier", "baseline", "baseline_value", "dataset", "hardware", "gain", "paper", "year",
    "paper_id", "excluded_reason",
)
SPEEDUP_COLUMNS = (
    "hardware_class", "hardware", "method", "gain", "derived", "metric", "text", "baseline",
    "dataset", "paper", "year", "paper_id",
)
CARD_COLUMNS = (
    "metric", "metric_text", "kind", "direction", "value", "value_low", "unit", "qualifier",
    "baseline", "baseline_value", "dataset", "hardware", "method", "gain", "text",
)


def higher_is_better(metric: str) -> bool:
    """Whether a bigger absolute value of `metric` is the better one.

    >>> higher_is_better("accuracy"), higher_is_better("latency")
    (True, False)
    """
    _check_metric(metric)
    return metric not in LOWER_IS_BETTER


def score(value: float, kind: str, direction: str | None, unit: str | None) -> float:
    """The number a claim is ranked by, on the scale of the metric's own value (see module doc).

    >>> score(68.1, "change", "decrease", "%"), score(4.0, "ratio", "decrease", "x")
    (-68.1, 0.25)
    """
    if kind == "change":
        return -value if direction == "decrease" else value
    if kind == "ratio" and unit != "%" and direction == "decrease":
        return 1 / value if value else float("nan")
    return value


def filter_claims(claims: pd.DataFrame, *, metric: str | None = None, dataset: str | None = None,
                  hardware: str | None = None,
                  platforms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims of one metric, on one dataset, on hardware whose name holds `hardware` or whose
    class is `hardware` (the class needs `platforms`). Names compare without case or punctuation;
    a claim on "CIFAR10; ImageNet" is on both."""
    keep = pd.Series(True, index=claims.index)
    if metric is not None:
        _check_metric(metric)
        keep &= claims["metric"].eq(metric).fillna(False)
    if dataset is not None:
        keep &= claims["dataset"].map(lambda d: _on_dataset(d, dataset), na_action="ignore") \
            .fillna(False).astype(bool)
    if hardware is not None:
        wanted = norm(hardware)
        frame = with_hardware_class(claims, platforms)
        on_name = frame["hardware"].map(lambda h: wanted in norm(h), na_action="ignore")
        keep &= on_name.fillna(False).astype(bool) | frame["hardware_class"].eq(
            hardware.lower()).fillna(False)
    return claims[keep]


def leaderboard(claims: pd.DataFrame, metric: str = "speedup", dataset: str | None = None, *,
                papers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims of one metric ranked by value with the metric's polarity.

    Only comparable claims are ranked: the same kind and unit (the most common pair among the
    claims, ties to absolute, ratio, change) and, when `dataset` is given, on that dataset. The
    rest follow with `rank` empty and `excluded_reason` saying why. Every claim keeps its own row:
    one method measured on two platforms is two results.
    """
    _check_metric(metric)
    rows = _with_paper(claims[claims["metric"].eq(metric).fillna(False)], papers)
    on_dataset = pd.Series(True, index=rows.index)
    if dataset is not None:
        on_dataset = rows["dataset"].map(lambda d: _on_dataset(d, dataset), na_action="ignore") \
            .fillna(False).astype(bool)
    groups = rows[on_dataset].groupby([rows["kind"], rows["unit"].fillna("")], sort=False).size()
    reasons = pd.Series(pd.NA, index=rows.index, dtype="string")
    ranked_notes = []
    if len(groups):
        kind, unit = min(groups.index, key=lambda g: (-groups[g], _KIND_ORDER[g[0]], g[1]))
        chosen = f"{kind} {_in_unit(unit)}"
        for i, row in rows.iterrows():
            if not on_dataset[i]:
                reasons[i] = f"dataset {_given(row['dataset'])}, not {dataset}"
            elif (row["kind"], _blank(row["unit"])) != (kind, unit):
                reasons[i] = f"{row['kind']} {_in_unit(_blank(row['unit']))} (ranked: {chosen})"
        better = "higher" if higher_is_better(metric) else "lower"
        ranked_notes.append(f"Ranked: {metric} claims, {chosen}"
                            f"{f' on {dataset}' if dataset else ''}; {_reading(kind, unit)}, "
                            f"{better} is better.")
    else:
        reasons[:] = [f"dataset {_given(d)}, not {dataset}" for d in rows["dataset"]]
    frame = rows.assign(excluded_reason=reasons)
    frame["_score"] = [score(v, k, d if pd.notna(d) else None, u if pd.notna(u) else None)
                       for v, k, d, u in zip(frame["value"], frame["kind"], frame["direction"],
                                             frame["unit"])]
    ranked = frame[frame["excluded_reason"].isna()].copy()
    ranked["_key"] = -ranked["_score"] if higher_is_better(metric) else ranked["_score"]
    ranked = ranked.sort_values(["_key", "paper", "value"], kind="stable")
    ranked["rank"] = ranked["_key"].rank(method="min").astype("Int64")
    excluded = frame[frame["excluded_reason"].notna()].sort_values(
        ["excluded_reason", "paper", "value"], kind="stable")
    excluded = excluded.assign(rank=pd.array([pd.NA] * len(excluded), dtype="Int64"))
    out = pd.concat([ranked, excluded])
    out = _columns(out, LEADERBOARD_COLUMNS)
    if out.empty:
        ranked_notes.append(f"No {metric} claims{f' on {dataset}' if dataset else ''}.")
    out.attrs["notes"] = ranked_notes
    return out


def speedups(claims: pd.DataFrame, platforms: pd.DataFrame | None = None, *,
             papers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every efficiency claim with a gain, on that one scale, grouped by hardware class (in the
    spec's order, claims without hardware last), then platform, then gain descending. `derived`
    marks factors read from a percentage ("reduces latency by 68.1%" -> 3.13)."""
    rows = claims[claims["metric"].isin(EFFICIENCY_METRICS).fillna(False) & claims["gain"].notna()]
    rows = _with_paper(with_hardware_class(rows, platforms), papers)
    rows = rows.assign(
        derived=rows["unit"].eq("%").fillna(False).astype("boolean"),
        _class=rows["hardware_class"].map(CLASS_ORDER).fillna(len(CLASS_ORDER)),
        _platform=rows["hardware"].str.lower().fillna("\uffff"),
        _gain=-rows["gain"],
    ).sort_values(["_class", "_platform", "_gain", "paper"], kind="stable")
    out = _columns(rows, SPEEDUP_COLUMNS)
    out.attrs["notes"] = [] if len(out) else ["No efficiency claim with a gain."]
    return out


def matrix(claims: pd.DataFrame, metric: str | None = None) -> pd.DataFrame:
    """Methods by metric family (or, for one `metric`, by dataset): the best value per cell.

    Cells hold absolute claims only, the metric's own value, so every number in a column means
    the same thing; in each column only the most common unit counts (named in the header, e.g.
    ``accuracy (%)``). Changes and factors are compared by `leaderboard` and `speedups`.
    """
    rows = claims[claims["kind"].eq("absolute").fillna(False)]
    notes = []
    if metric is not None:
        _check_metric(metric)
        rows = rows[rows["metric"].eq(metric).fillna(False)]
        rows = rows.assign(_column=rows["dataset"].fillna("no dataset").str.split(";"))
        # A claim on "A; B" counts in both columns; explode repeats its index, so renumber.
        rows = rows.explode("_column", ignore_index=True).assign(_column=lambda f: f["_column"].str.strip())
        rows = _dominant_unit(rows, rows["metric"], notes)
    else:
        rows = _dominant_unit(rows, rows["metric"], notes)
        rows = rows.assign(_column=[f"{m} ({u})" if u else m
                                    for m, u in zip(rows["metric"], rows["unit"].fillna(""))])
    unnamed = int(rows["method"].isna().sum())
    if unnamed:
        notes.append(f"{unnamed} claim{'s' * (unnamed > 1)} without a method left out.")
    rows = rows[rows["method"].notna()]
    if metric is not None:
        columns = sorted(rows["_column"].unique(), key=str.lower)
    else:
        order = {m: i for i, m in enumerate(METRICS)}
        columns = sorted(rows["_column"].unique(), key=lambda c: (order[c.split(" (")[0]], c))
    cells = {}
    for (method, column), group in rows.groupby(["method", "_column"]):
        family = group["metric"].iloc[0]
        cells[(method, column)] = (group["value"].max() if higher_is_better(family)
                                   else group["value"].min())
    methods = sorted(rows["method"].unique(), key=str.lower)
    out = pd.DataFrame({"method": pd.array(methods, dtype="string")})
    for column in columns:
        out[column] = pd.array([cells.get((m, column)) for m in methods], dtype="Float64")
    if out.empty:
        notes.append(f"No absolute {metric or ''} claims with a method.".replace("  ", " "))
    out.attrs["notes"] = notes
    return out


def paper_card(claims: pd.DataFrame, paper_id_or_title: str, *,
               papers: pd.DataFrame | None = None,
               platforms: pd.DataFrame | None = None) -> pd.DataFrame:
    """One paper's claims in reading order; `attrs["card"]` holds its title, authors, year and
    platforms. The paper is found by id, else by title without case or punctuation, else by the
    only title holding the words given, else by the only paper whose claims name it as method."""
    paper_id = _find_paper(claims, papers, paper_id_or_title)
    rows = claims[claims["paper_id"].eq(paper_id).fillna(False)].sort_values("start", kind="stable")
    out = _columns(rows, CARD_COLUMNS)
    record = {}
    if papers is not None and papers["paper_id"].eq(paper_id).any():
        record = papers[papers["paper_id"].eq(paper_id)].iloc[0].to_dict()
    title = record.get("title") if pd.notna(record.get("title", pd.NA)) else (
        rows["title"].dropna().iloc[0] if rows["title"].notna().any() else paper_id)
    card = {"title": title, "paper_id": paper_id}
    for key in ("authors", "year", "date", "category", "source"):
        if pd.notna(record.get(key, pd.NA)):
            card[key] = str(record[key])
    if platforms is not None:
        mine = platforms[platforms["paper_id"].eq(paper_id).fillna(False)]
        card["platforms"] = "; ".join(f"{n} ({c})" for n, c in zip(mine["name"], mine["class"])) \
            or "none named"
    out.attrs["card"] = card
    out.attrs["notes"] = [] if len(out) else ["No claims in this paper."]
    return out


# --- helpers ---------------------------------------------------------------------------------

def _check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ClaimsError(f"unknown metric {metric!r}; valid: {', '.join(METRICS)}")




# Claims name a dataset as their abstract writes it; "ImageNet-1K", "ImageNet 256 x 256" and
# "ImageNet-1k val" are all on ImageNet, while "CIFAR-100" is not on "CIFAR-10".
_VARIANT = re.compile(r"(?:1k|1000|2012|val|validation|test|dev|c|\d{2,4}x\d{2,4})*")


def _on_dataset(datasets: str, wanted: str) -> bool:
    key = norm(wanted)
    for dataset in str(datasets).split(";"):
        name = norm(dataset)
        if name == key or (name.startswith(key) and _VARIANT.fullmatch(name[len(key):])):
            return True
    return False


def _given(value) -> str:
    return "not given" if pd.isna(value) else str(value)


def _blank(value) -> str:
    return "" if pd.isna(value) else str(value)


def _in_unit(unit: str) -> str:
    return f"in {unit}" if unit else "with no unit"


def _reading(kind: str, unit: str) -> str:
    if kind == "change":
        return "changes read signed (a decrease is negative)"
    if kind == "ratio" and unit != "%":
        return "factors read as new over old (a decrease of 4x is 1/4)"
    return "values as stated"


def _with_paper(rows: pd.DataFrame, papers: pd.DataFrame | None) -> pd.DataFrame:
    """Add `paper` (the title) and `year` (from the papers table where given)."""
    out = rows.assign(paper=rows["title"])
    years = pd.Series(dtype="Int64")
    if papers is not None:
        years = papers.drop_duplicates("paper_id").set_index("paper_id")["year"]
    out["year"] = pd.array(out["paper_id"].map(years), dtype="Int64")
    return out


def _columns(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    return frame.loc[:, list(columns)].reset_index(drop=True)


def _dominant_unit(rows: pd.DataFrame, by: pd.Series, notes: list[str]) -> pd.DataFrame:
    """Keep, per `by` group, the rows in that group's most common unit (ties: alphabetical)."""
    units = rows["unit"].fillna("")
    keep = pd.Series(False, index=rows.index)
    for _, group in units.groupby(by):
        counts = group.value_counts()
        best = min(counts.index, key=lambda u: (-counts[u], u))
        keep[group.index] = group.eq(best)
    left = int((~keep).sum())
    if left:
        notes.append(f"{left} claim{'s' * (left > 1)} in a less common unit left out.")
    return rows[keep]


def _find_paper(claims: pd.DataFrame, papers: pd.DataFrame | None, wanted: str) -> str:
    known = claims[["paper_id", "title"]]
    if papers is not None:
        known = pd.concat([papers[["paper_id", "title"]], known])
    known = known.dropna(subset=["paper_id"]).drop_duplicates("paper_id")
    if known["paper_id"].eq(wanted).any():
        return wanted
    titles = known["title"].fillna("").map(norm)
    for hits in (known[titles.eq(norm(wanted))],
                 known[titles.map(lambda t: bool(norm(wanted)) and norm(wanted) in t)]):
        if len(hits) == 1:
            return hits["paper_id"].iloc[0]
        if len(hits) > 1:
            shown = "; ".join(f"{p} ({t})" for p, t in zip(hits["paper_id"][:5], hits["title"]))
            raise ClaimsError(f"{wanted!r} matches {len(hits)} papers: {shown}; give a paper_id")
    # Last, the method a paper's claims are about ("LitePath"), when one paper has it.
    by_method = claims.loc[claims["method"].fillna("").map(norm).eq(norm(wanted)), "paper_id"].dropna().unique()
    if len(by_method) == 1:
        return by_method[0]
    raise ClaimsError(f"no paper matches {wanted!r} (give a paper_id, words of its title or its method)")
