"""The comparison views over the hand-made tables in tests/data/reports: exact rows."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.errors import ClaimsError
from claims.reports import (
    hardware_classes, hardware_view, higher_is_better, leaderboard, matrix, not_comparable,
    paper_card, speedups,
)
from claims.reports.present import Link
from claims.reports.ranking import metric_key
from claims.reports.views import filter_claims, placed, score
from claims.tables import claims_frame, load

FIXTURE = Path(__file__).parent / "data" / "reports"


@pytest.fixture(scope="module")
def tables():
    return load(FIXTURE)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The frame's cells as plain tuples, <NA> as None, so expected rows read as data."""
    return [tuple(None if v is pd.NA else (float(v) if isinstance(v, float) else v)
                  for v in row)
            for row in frame[columns].astype(object).itertuples(index=False, name=None)]


def test_polarity_and_score():
    assert [m for m in ("accuracy", "latency", "throughput", "energy", "perplexity", "other")
            if higher_is_better(m)] == ["accuracy", "throughput", "other"]
    assert score(68.1, "change", "decrease", "%") == -68.1
    assert score(8.9, "change", "increase", "%") == 8.9
    assert score(4.0, "ratio", "decrease", "x") == 0.25
    assert score(99.71, "ratio", "decrease", "%") == 99.71
    assert score(87.6, "absolute", None, "%") == 87.6


def test_a_leaderboard_ranks_only_claims_of_one_dataset_kind_and_unit(tables):
    board = leaderboard(tables.claims, "accuracy", papers=tables.papers)
    assert rows(board, ["board", "rank", "method_name", "value"]) == [
        ("accuracy on ImageNet, values in %: higher is better", 1, "Quasar-ViT", 80.4),
        ("accuracy on ImageNet, values in %: higher is better", 2, "ENAS4D", 74.4),
        ("accuracy on ImageNet, values in %: higher is better", 3, "LUTMUL", 70.95),
        ("accuracy on ImageNet, changes in %: higher (a decrease counts negative) is better",
         1, "HeatViT", 8.9),
        ("accuracy on ImageNet, changes in %: higher (a decrease counts negative) is better",
         2, "PTQ4ViT", 0.5),
    ]
    assert "reason" not in board and "excluded_reason" not in board


def test_what_cannot_be_ranked_comes_apart_with_its_reason(tables):
    excluded = not_comparable(tables.claims, "accuracy", papers=tables.papers)
    assert rows(excluded, ["reason", "method_name", "value"]) == [
        ("no method named", None, 84.6),
        ("nothing to compare with: the only claim of accuracy on ImageNet, values with no unit",
         "ILMPQ", 70.73),
        ("nothing to compare with: the only claim of accuracy on MATH, values in %",
         "DynaGraph", 82.7),
        ("nothing to compare with: the only claim of accuracy on StrategyQA, values in %",
         "DynaGraph", 87.6),
        ("nothing to compare with: the only claim of top-5 accuracy on ImageNet, values in %",
         "DiMR", 95.1),
    ]


def test_other_ranks_one_measure_at_a_time_and_fid_lower_first(tables):
    board = leaderboard(tables.claims, "other", papers=tables.papers)
    assert rows(board, ["board", "rank", "method_name", "metric_text", "value"]) == [
        ("PPV on CAMELYON16, values in %: higher is better", 1, "BRAVE", "PPV", 69.6),
        ("PPV on CAMELYON16, values in %: higher is better", 2, "GRACE", "PPVs", 46.8),
        ("FID on ImageNet, values with no unit: lower is better", 1, "DiMR", "FID", 1.7),
        ("FID on ImageNet, values with no unit: lower is better", 2, "DiMR", "FID", 2.89),
    ]
    excluded = not_comparable(tables.claims, "other", papers=tables.papers)
    assert rows(excluded, ["reason", "metric_text"]) == [
        ("metric not named (written 'performance')", "performance"),
        ("nothing to compare with: the only claim of NPV on CAMELYON16, values in %", "NPV"),
        ("nothing to compare with: the only claim of correlation on CAMELYON16, values in %",
         "correlation"),
    ]


def test_pairing_and_ranking_read_one_polarity():
    from claims.spec import lower_is_better
    # the leaderboards rank lower first exactly where the pairing of baselines keeps the lowest
    for text in ("FID", "FIDs", "mean FID", "average Chamfer Distance", "HD95", "minDCF", "NLL"):
        assert lower_is_better("other", text), text
    for text in ("Dice", "PPV", "mIoU", "kappa", None):
        assert not lower_is_better("other", text), text
    assert lower_is_better("latency", "ms") and not lower_is_better("accuracy", "FID")
    assert metric_key("other", "mean FIDs") == metric_key("other", "FID") == "other:fid"


def test_metric_key_normalizes_what_is_measured():
    assert metric_key("other", "NPVs") == metric_key("other", "npv") == "other:npv"
    assert metric_key("other", "average kappa") == "other:kappa"
    assert metric_key("other", "Performance") == "" and metric_key("other", None) == ""
    assert metric_key("accuracy", "top-5 accuracy") == "accuracy:top5"
    assert metric_key("accuracy", "Top1 accuracy") == metric_key("accuracy", "accuracy") == "accuracy"


def test_a_dataset_leaderboard_takes_variants_and_leaves_other_datasets_out(tables):
    board = leaderboard(tables.claims, "accuracy", "image net", papers=tables.papers)
    excluded = not_comparable(tables.claims, "accuracy", "image net", papers=tables.papers)
    assert set(board["dataset_name"]) == {"ImageNet"} and len(board) == 5
    assert set(excluded["dataset_name"]) == {"ImageNet"}           # MATH, StrategyQA: not listed
    assert rows(excluded, ["reason", "dataset_variant"])[0] == ("no method named", "ImageNet-1k")
    # a variant asked for is that variant as written
    assert rows(not_comparable(tables.claims, "accuracy", "ImageNet-1K"), ["value"]) == [(84.6,)]


def test_lower_is_better_reads_a_reduction_as_better(tables):
    board = leaderboard(tables.claims, "latency", papers=tables.papers)
    assert rows(board, ["rank", "method_name", "value", "platform"]) == [
        (1, "LASNet", 46.0, "NVIDIA Jetson TX2"), (2, "LASNet", 36.0, "NVIDIA V100")]


def test_an_empty_leaderboard_says_so(tables):
    board = leaderboard(tables.claims, "bleu", papers=tables.papers)
    assert board.empty and {"board", "rank", "method", "value"} <= set(board.columns)
    assert board.attrs["notes"] == ["No bleu claims that can be ranked together."]
    with pytest.raises(ClaimsError, match="unknown metric 'speed'; valid: speedup, latency"):
        leaderboard(tables.claims, "speed")


def test_speedups_place_claims_on_canonical_platforms(tables):
    view = speedups(tables.claims, tables.platforms, papers=tables.papers)
    assert rows(view, ["hardware_class", "platform", "platform_from_paper", "method_name",
                       "gain", "derived"]) == [
        ("gpu", "GPU", True, "DynaGraph", 3.184713375796178, True),
        ("gpu", "GPU", True, "DynaGraph", 3.134796238244514, True),
        ("gpu", "NVIDIA RTX 4090", False, "LitePath", 104.5, False),
        ("gpu", "NVIDIA V100", False, "FlashKernel", 2.1, False),
        ("gpu", "NVIDIA V100", False, "LASNet", 1.5625, True),
        ("fpga", "AMD Xilinx XC7Z020; AMD Xilinx XC7Z045", False, "ILMPQ", 3.65, False),
        ("fpga", "AMD Xilinx ZCU102", False, "HeatViT", 4.89, False),
        ("fpga", "FPGA", False, "Auto-ViT-Acc", 5.6, False),
        ("edge", "NVIDIA Jetson Orin Nano", False, "LitePath", 171.0, False),
        ("edge", "NVIDIA Jetson TX2", False, "LASNet", 1.8518518518518519, True),
        (None, None, False, "HeatViT", 2.881844380403458, True),
    ]


def test_a_claim_without_platform_takes_the_papers_only_one_of_the_class_asked_for(tables):
    # HeatViT names a ZCU102 and "resource-limited edge devices": no single platform, unless
    # the class is asked for.
    heat = tables.claims[tables.claims["paper_id"].eq("hv01") & tables.claims["platform"].isna()]
    assert rows(placed(heat, tables.platforms), ["platform", "platform_from_paper"]) == [
        (None, False), (None, False)]
    assert rows(placed(heat, tables.platforms, "fpga"), ["platform", "platform_from_paper"]) == [
        ("AMD Xilinx ZCU102", True), ("AMD Xilinx ZCU102", True)]
    on_fpga = speedups(tables.claims, tables.platforms, hardware_class="fpga")
    assert ("HeatViT", "AMD Xilinx ZCU102", True) in rows(
        on_fpga, ["method_name", "platform", "platform_from_paper"])


def test_a_platform_named_as_the_baseline_is_not_where_a_claim_was_measured():
    claims = claims_frame([{"paper_id": "p", "metric": "speedup", "kind": "ratio", "value": 9.0,
                            "unit": "x", "gain": 9.0, "baseline": "an NVIDIA V100 GPU"}])
    platforms = pd.DataFrame([{"paper_id": "p", "name": "NVIDIA V100", "class": "gpu",
                               "canonical": "NVIDIA V100"}])
    assert rows(placed(claims, platforms), ["platform", "platform_from_paper"]) == [(None, False)]


def test_matrix_of_metric_families_holds_best_absolute_values(tables):
    table = matrix(tables.claims)
    assert list(table.columns)[:4] == ["method", "throughput (FPS)", "accuracy (%)", "auc"]
    assert rows(table[table["method"].isin(["Quasar-ViT", "DynaGraph"])],
                ["method", "throughput (FPS)", "accuracy (%)"]) == [
        ("DynaGraph", None, 87.6), ("Quasar-ViT", 251.6, 80.4)]


def test_matrix_of_one_metric_is_by_canonical_dataset(tables):
    table = matrix(tables.claims, "accuracy")
    assert list(table.columns) == ["method", "ImageNet", "MATH", "StrategyQA"]
    assert table.attrs["notes"] == ["1 claim in a less common unit left out.",
                                    "1 claim without a method left out."]


def test_paper_card_has_facts_and_a_link(tables):
    card = paper_card(tables.claims, "LitePath", papers=tables.papers, platforms=tables.platforms)
    facts = card.attrs["card"]
    assert facts["title"].startswith("LitePath: A Lightweight") and facts["year"] == "2025"
    assert facts["platforms"] == "NVIDIA RTX 4090 (gpu); NVIDIA Jetson Orin Nano (edge)"
    assert isinstance(facts["link"], Link) and facts["link"].text == "search by title"
    arxiv = paper_card(tables.claims, "DiMR", papers=tables.papers).attrs["card"]["link"]
    assert (arxiv.text, arxiv.url) == ("arXiv:2406.09416", "https://arxiv.org/abs/2406.09416")
    with pytest.raises(ClaimsError, match="no paper matches 'nothing like it'"):
        paper_card(tables.claims, "nothing like it", papers=tables.papers)


def test_hardware_view_counts_claims_on_canonical_platforms_and_never_a_non_platform(tables):
    view = hardware_view(tables.claims, tables.platforms)
    assert rows(view, ["class", "platform", "papers", "claims", "max_gain"])[:3] == [
        ("gpu", "NVIDIA V100", 2, 2, 2.1),          # two spellings, two papers, two claims
        ("gpu", "GPU", 1, 4, 3.184713375796178),
        ("gpu", "NVIDIA RTX 4090", 1, 3, 104.5)]
    assert "inter-GPU" not in set(view["platform"])
    classes = hardware_classes(tables.claims, tables.platforms)
    assert rows(classes, ["class", "platforms", "papers", "claims"]) == [
        ("gpu", 3, 4, 9), ("fpga", 4, 5, 8), ("edge", 3, 3, 2)]


def test_filters(tables):
    claims, platforms, papers = tables.claims, tables.platforms, tables.papers
    methods = lambda frame: sorted(set(frame["method_name"].dropna()))      # noqa: E731
    # HeatViT's claims without a platform count: its paper names one FPGA only
    assert methods(filter_claims(claims, hardware="fpga", platforms=platforms)) == [
        "Auto-ViT-Acc", "HeatViT", "ILMPQ", "LUTMUL", "Quasar-ViT"]
    assert methods(filter_claims(claims, hardware="jetson", platforms=platforms)) == [
        "LASNet", "LitePath"]
    assert methods(filter_claims(claims, platform="v100")) == ["FlashKernel", "LASNet"]
    assert methods(filter_claims(claims, year=(2024, None), papers=papers)) == [
        "BRAVE", "DiMR", "DynaGraph", "LUTMUL", "LitePath", "Quasar-ViT"]
    assert methods(filter_claims(claims, year=(2021, 2021), papers=papers)) == [
        "ILMPQ", "PTQ4ViT"]
    assert rows(filter_claims(claims, min_gain=100), ["method_name", "gain"]) == [
        ("LitePath", 104.5), ("LitePath", 171.0)]


def test_reports_read_tables_and_never_the_extractor():
    """Data flows one way: the report modules import only the shared types, the tables, the
    rule data (patterns/) and each other, never claims.extraction, build or readers."""
    import ast

    allowed = {"claims.model", "claims.errors", "claims.atomic", "claims.tables", "claims.patterns", "claims.spec",
               "claims.textcells", "claims.spreadsheet",    # the tables' workbook cells, as claims.tables reads them
               "claims.commands", "claims.commands._filters"}     # report.py's help line and filter check
    package = Path(__file__).parents[1] / "claims" / "reports"
    for path in [*package.glob("*.py"), package.parent / "commands" / "report.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = "claims.reports" if path.parent == package else "claims.commands"
                parts = base.split(".")[: len(base.split(".")) - node.level + 1]
                target = ".".join(parts + ([node.module] if node.module else []))
                assert target.startswith("claims.reports") or target in allowed, (path, target)


row_strategy = st.fixed_dictionaries({
    "kind": st.sampled_from(["absolute", "change", "ratio"]),
    "direction": st.sampled_from(["increase", "decrease", None]),
    "unit": st.sampled_from(["%", "x", "ms", None]),
    "value": st.floats(min_value=0.01, max_value=1e4, allow_nan=False),
    "dataset_name": st.sampled_from(["ImageNet", "COCO", None]),
    "method_name": st.sampled_from(["A", "B", None]),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(row_strategy, max_size=12), st.sampled_from(["latency", "accuracy"]))
def test_every_claim_is_ranked_on_one_board_or_listed_apart(records, metric):
    frame = claims_frame([{**r, "paper_id": f"p{i}", "title": f"Paper {i}", "metric": metric}
                          for i, r in enumerate(records)])
    ranked, excluded = leaderboard(frame, metric), not_comparable(frame, metric)
    assert sorted([*ranked["paper_id"], *excluded["paper_id"]]) == sorted(frame["paper_id"])
    assert excluded["method_name"].notna().all() or "no method named" in set(excluded["reason"])
    for _, board in ranked.groupby("board"):
        assert len(board) >= 2 and board["method_name"].notna().all()
        assert len(set(zip(board["kind"], board["unit"].fillna(""),
                           board["dataset_name"].fillna("")))) == 1
        if metric == "accuracy":
            assert board["dataset_name"].notna().all()
        scores = [score(v, k, d if pd.notna(d) else None, u if pd.notna(u) else None)
                  for v, k, d, u in zip(board["value"], board["kind"], board["direction"],
                                        board["unit"])]
        assert scores == sorted(scores, reverse=higher_is_better(metric))
        assert board["rank"].tolist() == sorted(board["rank"].tolist())


def test_an_untitled_paper_is_named_by_its_id_and_gets_no_title_search(tmp_path):
    """A record read without a title (an abstract alone) shows its paper_id wherever a title
    would go, and its card offers no search link (there is no title to search for)."""
    from claims.engine import run_local
    (tmp_path / "in.jsonl").write_text(
        '{"id": "r-1", "abstract": "Kin runs 2.5x faster than TVM on a Jetson Nano."}\n')
    run_local([str(tmp_path / "in.jsonl")], tmp_path / "out", "csv")
    untitled = load(tmp_path / "out")
    paper_id = untitled.papers["paper_id"].iloc[0]
    view = speedups(untitled.claims, untitled.platforms, papers=untitled.papers)
    assert rows(view, ["platform", "value", "baseline", "paper"]) == [
        ("NVIDIA Jetson Nano", 2.5, "TVM", paper_id)]
    facts = paper_card(untitled.claims, paper_id, papers=untitled.papers,
                       platforms=untitled.platforms).attrs["card"]
    assert (facts["title"], facts["source"]) == (paper_id, "in.jsonl") and "link" not in facts
