"""Report views on the tables of the bundled seeds, and the README's notebook path as written."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

import claims
from claims.reports import hardware_view, leaderboard, speedups

README = Path(__file__).resolve().parent.parent / "README.md"


def test_litepath_speedup_appears_with_its_baseline(seed_run):
    out, _ = seed_run
    tables = claims.load(out)
    view = speedups(tables.claims, tables.platforms)
    row = view[(view["method"] == "LitePath") & (view["metric"] == "speedup")]
    assert row[["gain", "baseline", "derived"]].astype(object).to_dict("records") == [
        {"gain": 104.5, "baseline": "Virchow2", "derived": False}]


def test_latency_cut_becomes_a_derived_gain(seed_run):
    tables = claims.load(seed_run[0])
    view = speedups(tables.claims, tables.platforms)
    row = view[(view["method"] == "DynaGraph") & (view["metric"] == "latency")]
    assert row["text"].tolist() == ["68.1%"] and row["derived"].tolist() == [True]
    assert round(float(row["gain"].iloc[0]), 3) == 3.135


def test_accuracy_leaderboard_on_imagenet_ranks_top1_claims(seed_run):
    tables = claims.load(seed_run[0])
    board = leaderboard(tables.claims, metric="accuracy", dataset="ImageNet")
    ranked = board[board["rank"].notna()]
    assert len(ranked) >= 3
    assert list(ranked["value"]) == sorted(ranked["value"], reverse=True)


def test_hardware_view_counts_papers_per_class(seed_run):
    tables = claims.load(seed_run[0])
    view = hardware_view(tables.claims, tables.platforms)
    assert set(view.columns) >= {"class", "platform", "papers", "claims", "max_gain"}
    assert (view["class"] == "fpga").any() and (view["class"] == "edge").any()
    assert int(view["papers"].sum()) >= len(tables.platforms["paper_id"].unique())


def test_readme_notebook_path_runs_as_written(seed_run, tmp_path):
    text = README.read_text()
    block = re.search(r"## In a notebook\n\n```python\n(.*?)```", text, re.S).group(1)
    os.symlink(seed_run[0], tmp_path / "tables")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert (tmp_path / "speedups.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_matrix_of_one_metric_splits_claims_on_several_datasets(seed_run):
    from claims.reports import matrix

    tables = claims.load(seed_run[0])
    table = matrix(tables.claims, metric="accuracy")
    assert "ImageNet" in table.columns and "StrategyQA" in table.columns
    assert table.loc[table["method"] == "DynaGraph", "StrategyQA"].tolist() == [87.6]


def test_paper_card_finds_a_paper_by_its_method(seed_run):
    from claims.reports import paper_card

    tables = claims.load(seed_run[0])
    card = paper_card(tables.claims, "LitePath", papers=tables.papers, platforms=tables.platforms)
    assert card.attrs["card"]["title"].startswith("A Deployment-Friendly Foundational Framework")
    assert 104.5 in card["value"].tolist()
