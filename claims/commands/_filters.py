"""`claims report`'s filters checked against the tables before any view is built: a --dataset,
--hardware, --metric or --paper that matches nothing is an error naming the closest values
there, never an empty table.

Matching is the reports' own (`claims.reports.views.filter_claims`), so what is checked here
is exactly what the view would keep.
"""
from __future__ import annotations

import pandas as pd

from ..errors import ClaimsError
from ..reports.platforms import norm
from ..reports.views import filter_claims
from ..suggest import did_you_mean

_SHOWN = 8          # values listed when none is close to what was asked


def check_filters(view: str, tables, where: str, *, metric: str | None = None,
                  dataset: str | None = None, hardware: str | None = None,
                  paper: str | None = None) -> None:
    """Raise ClaimsError when a filter, or the filters together, leave the view nothing."""
    claims, platforms = tables.claims, tables.platforms
    if metric and not claims["metric"].eq(metric).fillna(False).any():
        raise ClaimsError(f"--metric {metric}: no claim of this metric in {where}; "
                          f"{_listed('metrics there', claims['metric'])}")
    if dataset and filter_claims(claims, dataset=dataset).empty:
        names = claims["dataset"].dropna().str.split(";").explode().str.strip()
        raise ClaimsError(f"--dataset {dataset}: no claim on this dataset in {where}; "
                          f"{_hint(dataset, names, 'datasets')}")
    if hardware and filter_claims(claims, hardware=hardware, platforms=platforms).empty \
            and not _platform_matches(platforms, hardware):
        names = pd.concat([platforms["name"], platforms["class"], claims["hardware"]]).dropna()
        raise ClaimsError(f"--hardware {hardware}: no claim or platform matches it in {where}; "
                          f"{_hint(hardware, names, 'platforms')}")
    if paper and not _paper_matches(claims, tables.papers, paper):
        names = pd.concat([claims["method"], tables.papers["title"], claims["title"]])
        close = did_you_mean(paper, names.dropna().drop_duplicates())
        titles = pd.concat([tables.papers["title"], claims["title"]]).dropna().drop_duplicates()
        raise ClaimsError(f"--paper {paper}: no paper id, title or method matches it in {where}"
                          + (f"; {close}" if close else f" ({len(titles)} papers there)"))
    if view in ("leaderboard", "speedups", "matrix"):
        _check_together(view, claims, platforms, where, metric, dataset, hardware)


def _check_together(view, claims, platforms, where, metric, dataset, hardware) -> None:
    rows = filter_claims(claims, hardware=hardware, platforms=platforms) if hardware else claims
    default = view == "leaderboard" and not metric
    if default:
        metric = "speedup"                  # the leaderboard's own default
    kept = filter_claims(rows, metric=metric, dataset=dataset)
    if not kept.empty:
        return
    asked = " ".join(f"--{name} {value}" + (" (the default)" if name == "metric" and default else "")
                     for name, value in
                     (("metric", metric), ("dataset", dataset), ("hardware", hardware)) if value)
    if not asked:
        raise ClaimsError(f"no claims in {where}")
    others = filter_claims(rows, dataset=dataset)
    on = dataset or hardware
    hint = _listed(f"metrics on {on}", others["metric"]) if metric and on and len(others) else ""
    raise ClaimsError(f"no claim matches {asked} together in {where}" + (f"; {hint}" if hint else ""))


def _platform_matches(platforms: pd.DataFrame, hardware: str) -> bool:
    wanted = hardware.lower()
    names = platforms["name"].fillna("").str.lower().str.contains(wanted, regex=False)
    return bool((names | platforms["class"].eq(wanted).fillna(False)).any())


def _paper_matches(claims: pd.DataFrame, papers: pd.DataFrame, wanted: str) -> bool:
    """As the paper view finds a paper: by id, by words of its title, or by its method."""
    key = norm(wanted)
    ids = pd.concat([papers["paper_id"], claims["paper_id"]]).dropna()
    if ids.eq(wanted).any():
        return True
    titles = pd.concat([papers["title"], claims["title"]]).dropna().map(norm)
    if key and titles.map(lambda title: key in title).any():
        return True
    return bool(claims["method"].dropna().map(norm).eq(key).any())


def _hint(word: str, names: pd.Series, what: str) -> str:
    ranked = names.value_counts()
    close = did_you_mean(word, ranked.index)
    return close or _listed(f"{what} there", names)


def _listed(what: str, values: pd.Series) -> str:
    counts = values.dropna().value_counts()
    if counts.empty:
        return f"no {what.split()[0]} there"
    shown = ", ".join(f"{name} ({n})" for name, n in counts.head(_SHOWN).items())
    more = f", and {len(counts) - _SHOWN} more" if len(counts) > _SHOWN else ""
    return f"{what}: {shown}{more}"
