"""How claims read in reports: values, numbers, text without markup, short titles, links."""
from __future__ import annotations

import pandas as pd
import pytest

from claims.reports.present import (
    Link, Written, cells, link_label, paper_links, paper_url, readable, short_title, sig3, stated,
    value_text,
)
from claims.tables import claims_frame, papers_frame


@pytest.mark.parametrize("args, expected", [
    ((104.5, None, "x", "ratio", "increase", "up_to"), "up to 104.5×"),
    ((171.0, None, "x", "ratio", "decrease", None), "171× lower"),
    ((0.9, None, "x", "ratio", "decrease", None), "0.9×"),
    ((99.71, None, "%", "ratio", "decrease", None), "99.71% of baseline"),
    ((68.1, None, "%", "change", "decrease", "up_to"), "up to −68.1%"),
    ((8.9, 0.7, "%", "change", "increase", None), "+0.7% to +8.9%"),
    ((6.2, None, "pp", "change", "increase", None), "+6.2 pp"),
    ((0.953, None, None, "absolute", None, None), "0.953"),
    ((56.8, None, "FPS", "absolute", None, "average"), "avg. 56.8 FPS"),
    ((10.2, 5.74, "x", "ratio", "increase", "about"), "≈5.74–10.2×"),
    ((2.0, None, "ms", "absolute", None, "less_than"), "<2 ms"),
])
def test_value_text(args, expected):
    assert value_text(*args) == expected


def test_a_pair_shows_the_old_value_first():
    assert value_text(89.9, None, "%", "absolute", None, None, 82.0) == "82% → 89.9%"


def test_computed_numbers_to_three_significant_figures_and_stated_ones_as_stated():
    assert [sig3(x) for x in (1.18217283367, 3.134796, 403.5, 1000.0, 12345.6, 0.0123456, 2.0)] \
        == ["1.18", "3.13", "404", "1000", "12300", "0.0123", "2"]
    assert sig3(None) == "" and sig3(float("nan")) == ""
    assert [stated(x) for x in (99.96, 2077.0, 0.953)] == ["99.96", "2077", "0.953"]


@pytest.mark.parametrize("raw, expected", [
    ("1.61$\\times$", "1.61×"),
    ("2.36sim 8.02times", "2.36–8.02×"),
    ("1.9x** to **2.7x", "1.9x to 2.7x"),
    ("0.7%$\\sim$8.9%", "0.7%–8.9%"),
    ("37.7\\%", "37.7%"),
    ("10^4\\times$", "10⁴×"),
    ("$\\beta$-CROWN", "β-CROWN"),
    ("\\textbf{HE^2} at ~5x", "HE^2 at ~5x"),
    ("2.34 times and 8.32 times", "2.34× and 8.32×"),
])
def test_readable_text(raw, expected):
    assert readable(raw) == expected


def test_written_cells_read_as_text_and_keep_their_markup():
    cell = Written("1.61$\\times$")
    assert cell == "1.61×" and cell.raw == "1.61$\\times$"


def test_short_titles():
    assert short_title("DynaGraph: Lightweight Multi-Model Interaction Framework") == "DynaGraph"
    assert short_title("A Breast Vision Pathology Foundation Model for Real-world Clinical "
                       "Utility") == "A Breast Vision Pathology Foundation Model for…"
    assert short_title("Deep Model Assembling") == "Deep Model Assembling"
    assert short_title("Multi-objective Optimization in CPU Design Space Exploration: Attention "
                       "is All You Need") == "Multi-objective Optimization in CPU Design…"


def test_a_paper_links_to_arxiv_else_its_doi_else_its_url_else_a_title_search():
    assert paper_url({"paper_id": "2101.00001v2"}) == ("https://arxiv.org/abs/2101.00001v2", "arxiv")
    assert paper_url({"paper_id": "abc123", "arxiv_id": "arXiv:cs/0112017"}) == (
        "https://arxiv.org/abs/cs/0112017", "arxiv")
    assert paper_url({"paper_id": "abc123", "doi": "https://doi.org/10.1145/3576915.3623",
                      "url": "https://example.org/p"}) == (
        "https://doi.org/10.1145/3576915.3623", "doi")
    assert paper_url({"paper_id": "abc123", "url": "https://example.org/p"}) == (
        "https://example.org/p", "url")
    assert paper_url({"paper_id": "abc123", "url": "refs.bib", "title": "Deep Model Assembling"}) \
        == ("https://scholar.google.com/scholar?q=%22Deep+Model+Assembling%22", "search")
    assert paper_url({"paper_id": None, "title": None}) == ("", "")
    assert [link_label(*paper_url(r)) for r in (
        {"paper_id": "2101.00001"}, {"doi": "10.1/x"}, {"url": "https://example.org/p"},
        {"title": "T"})] == ["arXiv:2101.00001", "doi:10.1/x", "example.org", "search by title"]


def test_paper_links_use_the_papers_tables_new_columns_when_present_and_work_without():
    claims = claims_frame([{"paper_id": "a", "title": "Alpha: A", "metric": "speedup",
                            "kind": "ratio", "value": 2.0},
                           {"paper_id": "b", "title": "Beta: B", "metric": "speedup",
                            "kind": "ratio", "value": 3.0}])
    today = papers_frame([{"paper_id": "a", "title": "Alpha: A", "year": 2024},
                          {"paper_id": "b", "title": "Beta: B"}])
    links = paper_links(claims, today)
    assert links[["paper", "year", "link", "cite"]].astype(object).where(links.notna(), None) \
        .values.tolist() == [["Alpha", 2024, "search", None], ["Beta", None, "search", None]]
    new_columns = ["venue", "doi", "arxiv_id", "url", "bibtex_key"]
    merged = pd.concat([today.drop(columns=new_columns, errors="ignore"), pd.DataFrame({"venue": ["ICML", None], "doi": ["10.1/a", None],
                                             "arxiv_id": [None, "2301.00002"], "url": [None, None],
                                             "bibtex_key": ["alpha24", None]})], axis=1)
    links = paper_links(claims, merged)
    assert links[["url", "cite"]].astype(object).where(links[["url", "cite"]].notna(), None) \
        .values.tolist() == [["https://doi.org/10.1/a", "alpha24"],
                             ["https://arxiv.org/abs/2301.00002", None]]
    assert paper_links(claims, None)["paper"].tolist() == ["Alpha", "Beta"]


def test_display_cells():
    frame = claims_frame([{"paper_id": "2101.00001", "title": "Alpha: A", "metric": "latency",
                           "metric_text": "latency", "kind": "change", "direction": "decrease",
                           "value": 68.1, "unit": "%", "method": "alpha", "method_name": "Alpha",
                           "platform": "GPU", "gain": 3.134796, "baseline": "$\\beta$-net"}])
    frame = pd.concat([frame, paper_links(frame, None).drop(columns="title")], axis=1)
    frame["platform_from_paper"] = [True]
    [row] = cells(frame, ("method", "value", "metric", "platform", "baseline", "gain", "paper",
                          "family", "unit"))
    assert row[:6] == ["Alpha", "−68.1%", "latency", "GPU†", "β-net", "3.13×"]
    assert row[6] == Link("Alpha", "https://arxiv.org/abs/2101.00001", None)
    assert row[7:] == ["latency", "%"]
