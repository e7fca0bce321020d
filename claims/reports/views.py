"""The comparisons users extract claims for, as functions from typed tables to DataFrames.

Views read the tables of `claims.tables` and never call the extractor. Each returns a plain
DataFrame with the claims' own columns (canonical names beside the names as written) and, where
it lists claims, their paper's short title, year and link (`paper, year, url, link, cite`);
what it has to say about what it left out is in ``frame.attrs["notes"]``.

Polarity (which way is better) is defined on what the *number* means, not on the metric alone:

* an absolute value is better higher, except for the metrics in `LOWER_IS_BETTER`;
* a change is read signed (+v for an increase, -v for a decrease) and then judged like an
  absolute value, so "reduces latency by 68.1%" (-68.1) beats "by 36%" (-36) and an accuracy
  drop of 0.5% (-0.5) ranks below a gain of 8.9% (+8.9);
* a ratio in ``x`` is read as the factor of the new over the old (v for an increase, 1/v for a
  decrease), so "171x less energy" is 1/171 and, energy being lower-is-better, beats "4x less";
* a ratio in ``%`` ("retains 99.71% of the AUC") already is new over old: judged as it stands.

``other`` counts as higher-is-better; its leaderboards rank only claims of one metric as
written (see `claims.reports.ranking`).
"""
from __future__ import annotations

import pandas as pd

from ..errors import ClaimsError
from ..model import EFFICIENCY_METRICS, METRICS
from ..spec import LOWER_IS_BETTER  # the families that improve by falling (patterns/spec.yaml)
from . import ranking
from .platforms import (  # noqa: F401  (hardware views are part of this module's API)
    CLASS_ORDER, hardware_classes, hardware_view, matching, norm, paper_platforms, placed,
)
from .present import Link, link_label, paper_links, paper_url, readable, short_title

__all__ = [
    "LOWER_IS_BETTER", "higher_is_better", "score", "leaderboard", "not_comparable", "speedups",
    "matrix", "paper_card", "hardware_view", "hardware_classes", "filter_claims", "placed",
]



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
                  hardware: str | None = None, platform: str | None = None,
                  platforms: pd.DataFrame | None = None, papers: pd.DataFrame | None = None,
                  year: tuple[int | None, int | None] | None = None,
                  min_gain: float | None = None) -> pd.DataFrame:
    """The claims that pass every filter given.

    - `metric`: one metric family.
    - `dataset`: on a dataset, by its canonical name or as written ("ImageNet" takes claims on
      "ImageNet-1k"; "CIFAR-10" is not "CIFAR-100"); a claim on "A; B" is on both.
    - `hardware`: a class (gpu, fpga, ...) or words of a platform's name; a claim without a
      platform counts where its paper names one platform only (of that class), as in `placed`.
    - `platform`: words of the canonical platform's name ("V100" takes "NVIDIA V100").
    - `year`: (first, last) years of the paper, either end open (needs `papers`).
    - `min_gain`: a gain of at least this factor.
    Names compare without case or punctuation.
    """
    keep = pd.Series(True, index=claims.index)
    if metric is not None:
        _check_metric(metric)
        keep &= claims["metric"].eq(metric).fillna(False)
    if dataset is not None:
        keep &= _on_dataset(claims, dataset)
    if hardware is not None:
        wanted = hardware.strip().lower()
        cls = wanted if wanted in CLASS_ORDER else None
        where = placed(claims, platforms, cls)
        if cls:
            keep &= where["hardware_class"].eq(cls).fillna(False)
        else:
            keep &= _names_hold(where["platform"], hardware) | _names_hold(where["hardware"], hardware)
    if platform is not None:
        keep &= _names_hold(claims["platform"], platform)
    if year is not None:
        years = paper_links(claims, papers)["year"]
        first, last = year
        keep &= (years.ge(first) if first is not None else years.notna()).fillna(False)
        keep &= (years.le(last) if last is not None else years.notna()).fillna(False)
    if min_gain is not None:
        keep &= claims["gain"].ge(min_gain).fillna(False)
    return claims[keep]


def leaderboard(claims: pd.DataFrame, metric: str = "speedup", dataset: str | None = None, *,
                papers: pd.DataFrame | None = None,
                platforms: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims of one metric (on one dataset, when given) that can be ranked, board by board
    (`board` says what a board's claims share, `rank` 1 is best). See `claims.reports.ranking`
    for what makes claims comparable; `not_comparable` lists the others with the reason. With
    `platforms`, a claim without a platform is placed as in `placed`."""
    _check_metric(metric)
    ranked, _ = _boards(claims, metric, dataset, papers, platforms)
    ranked.attrs["notes"] = [] if len(ranked) else [
        f"No {metric} claims{f' on {dataset}' if dataset else ''} that can be ranked together."]
    return ranked


def not_comparable(claims: pd.DataFrame, metric: str = "speedup", dataset: str | None = None, *,
                   papers: pd.DataFrame | None = None,
                   platforms: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims of one metric (on one dataset, when given) that `leaderboard` cannot rank,
    each with its `reason`."""
    _check_metric(metric)
    return _boards(claims, metric, dataset, papers, platforms)[1]


def _boards(claims, metric, dataset, papers, platforms):
    rows = claims[_on_dataset(claims, dataset)] if dataset is not None else claims
    rows = placed(rows[rows["metric"].eq(metric).fillna(False)], platforms)
    return ranking.boards(rows, metric, higher=higher_is_better(metric), score=score,
                          papers=papers)


def speedups(claims: pd.DataFrame, platforms: pd.DataFrame | None = None, *,
             papers: pd.DataFrame | None = None, hardware_class: str | None = None) -> pd.DataFrame:
    """Every efficiency claim with a gain, on that one scale, grouped by hardware class (in the
    spec's order, claims on no platform last), then platform, then gain descending. A claim is
    placed on its platform, else on its paper's only platform (of `hardware_class`, when given;
    `platform_from_paper`). `derived` marks gains read from a percentage ("reduces latency by
    68.1%" -> 3.13)."""
    rows = claims[claims["metric"].isin(EFFICIENCY_METRICS).fillna(False) & claims["gain"].notna()]
    rows = placed(rows, platforms, hardware_class)
    rows = pd.concat([rows, paper_links(rows, papers).drop(columns="title")], axis=1)
    rows = rows.assign(
        derived=rows["unit"].eq("%").fillna(False).astype("boolean"),
        _class=rows["hardware_class"].map(CLASS_ORDER).fillna(len(CLASS_ORDER)),
        _platform=rows["platform"].str.lower().fillna("\uffff"),
        _gain=-rows["gain"],
    ).sort_values(["_class", "_platform", "_gain", "paper"], kind="stable")
    out = rows.drop(columns=["_class", "_platform", "_gain"]).reset_index(drop=True)
    out.attrs["notes"] = [] if len(out) else ["No efficiency claim with a gain."]
    return out


def matrix(claims: pd.DataFrame, metric: str | None = None) -> pd.DataFrame:
    """Methods by metric family (or, for one `metric`, by dataset): the best value per cell.

    Cells hold absolute claims only, the metric's own value, so every number in a column means
    the same thing; in each column only the most common unit counts (named in the header, e.g.
    ``accuracy (%)``). Methods and datasets are the canonical names. Changes and factors are
    compared by `leaderboard` and `speedups`.
    """
    rows = claims[claims["kind"].eq("absolute").fillna(False)]
    rows = rows.assign(_method=rows["method_name"].fillna(rows["method"]),
                       _dataset=rows["dataset_name"].fillna(rows["dataset"]))
    notes = []
    if metric is not None:
        _check_metric(metric)
        rows = rows[rows["metric"].eq(metric).fillna(False)]
        rows = rows.assign(_column=rows["_dataset"].fillna("no dataset").str.split(";"))
        # A claim on "A; B" counts in both columns; explode repeats its index, so renumber.
        rows = rows.explode("_column", ignore_index=True).assign(_column=lambda f: f["_column"].str.strip())
        rows = _dominant_unit(rows, rows["_column"], notes)
    else:
        rows = _dominant_unit(rows, rows["metric"], notes)
        rows = rows.assign(_column=[f"{m} ({u})" if u else m
                                    for m, u in zip(rows["metric"], rows["unit"].fillna(""))])
    unnamed = int(rows["_method"].isna().sum())
    if unnamed:
        notes.append(f"{unnamed} claim{'s' * (unnamed > 1)} without a method left out.")
    rows = rows[rows["_method"].notna()]
    if metric is not None:
        columns = sorted(rows["_column"].unique(), key=str.lower)
    else:
        order = {m: i for i, m in enumerate(METRICS)}
        columns = sorted(rows["_column"].unique(), key=lambda c: (order[c.split(" (")[0]], c))
    cells = {}
    for (method, column), group in rows.groupby(["_method", "_column"]):
        family = group["metric"].iloc[0]
        cells[(method, column)] = (group["value"].max() if higher_is_better(family)
                                   else group["value"].min())
    methods = sorted(rows["_method"].unique(), key=str.lower)
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
    """One paper's claims in reading order; `attrs["card"]` holds its title, authors, year, link
    (a `Link`) and platforms. The paper is found by id, else by title without case or punctuation, else by
    the only title holding the words given, else by the only paper whose claims name it as
    method."""
    paper_id = _find_paper(claims, papers, paper_id_or_title)
    rows = claims[claims["paper_id"].eq(paper_id).fillna(False)].sort_values("start", kind="stable")
    rows = placed(rows, platforms)
    rows = pd.concat([rows, paper_links(rows, papers).drop(columns="title")], axis=1)
    out = rows.reset_index(drop=True)
    record = {}
    if papers is not None and papers["paper_id"].eq(paper_id).any():
        record = papers[papers["paper_id"].eq(paper_id)].iloc[0].to_dict()
    titles = [t for t in (record.get("title"), *rows["title"].dropna())
              if pd.notna(t) and str(t).strip()]
    title = titles[0] if titles else None       # a paper read without one is known by its id
    card = {"title": readable(title or paper_id), "paper_id": paper_id}
    for key in ("authors", "year", "venue", "date", "category", "source"):
        if pd.notna(record.get(key, pd.NA)):
            card[key] = str(record[key])
    url, kind = paper_url({**record, "paper_id": paper_id, "title": title})
    if url:             # no search for an id: an untitled paper with no page has no link
        card["link"] = Link(link_label(url, kind), url)
    if platforms is not None:
        listed = paper_platforms(platforms).get(paper_id, [])
        card["platforms"] = "; ".join(f"{n} ({c})" for n, c in listed) or "none named"
    out.attrs["card"] = card
    out.attrs["notes"] = [] if len(out) else ["No claims in this paper."]
    return out


# --- helpers ---------------------------------------------------------------------------------

def _check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ClaimsError(f"unknown metric {metric!r}; valid: {', '.join(METRICS)}")


def _names_hold(names: pd.Series, wanted: str) -> pd.Series:
    key = norm(wanted)
    return matching(names, lambda n: bool(key) and key in norm(n))


def _on_dataset(claims: pd.DataFrame, wanted: str) -> pd.Series:
    """Claims on dataset `wanted`: one of its canonical names, or of its names as written, is
    `wanted` without case and punctuation."""
    key = norm(wanted)

    def holds(names) -> bool:
        return any(norm(name) == key for name in str(names).split(";"))

    keep = pd.Series(False, index=claims.index)
    for column in ("dataset_name", "dataset_variant", "dataset"):
        if column in claims:
            keep |= matching(claims[column], holds)
    return keep


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
            shown = "; ".join(f"{p} ({short_title(t)})" for p, t in zip(hits["paper_id"][:5], hits["title"]))
            raise ClaimsError(f"{wanted!r} matches {len(hits)} papers: {shown}; give a paper_id")
    # Last, the method a paper's claims are about ("LitePath"), when one paper has it.
    methods = claims["method_name"].fillna(claims["method"]).fillna("").map(norm)
    by_method = claims.loc[methods.eq(norm(wanted)), "paper_id"].dropna().unique()
    if len(by_method) == 1:
        return by_method[0]
    raise ClaimsError(f"no paper matches {wanted!r} (give a paper_id, words of its title or its method)")
