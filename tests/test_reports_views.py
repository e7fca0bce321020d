"""The comparison views over the hand-made tables in tests/data/reports: exact rows."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.errors import ClaimsError
from claims.reports import (
    hardware_classes, hardware_view, higher_is_better, leaderboard, matrix, paper_card, speedups,
)
from claims.reports.views import filter_claims, score
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


def test_leaderboard_on_a_dataset_ranks_only_comparable_rows(tables):
    board = leaderboard(tables.claims, "accuracy", "ImageNet", papers=tables.papers)
    assert rows(board, ["rank", "method", "value", "unit", "kind", "dataset", "year",
                        "excluded_reason"]) == [
        (1, None, 84.6, "%", "absolute", "ImageNet-1k", 2025, None),
        (2, "Quasar-ViT", 80.4, "%", "absolute", "ImageNet", 2024, None),
        (3, "ENAS4D", 74.4, "%", "absolute", "ImageNet", 2020, None),
        (4, "LUTMUL", 70.95, "%", "absolute", "ImageNet", 2024, None),
        (None, "ILMPQ", 70.73, None, "absolute", "ImageNet", 2021,
         "absolute with no unit (ranked: absolute in %)"),
        (None, "HeatViT", 8.9, "%", "change", "ImageNet", 2022,
         "change in % (ranked: absolute in %)"),
        (None, "PTQ4ViT", 0.5, "%", "change", "ImageNet", 2021,
         "change in % (ranked: absolute in %)"),
        (None, "DynaGraph", 82.7, "%", "absolute", "MATH", 2025, "dataset MATH, not ImageNet"),
        (None, "DynaGraph", 87.6, "%", "absolute", "StrategyQA", 2025,
         "dataset StrategyQA, not ImageNet"),
    ]
    assert board.attrs["notes"] == [
        "Ranked: accuracy claims, absolute in % on ImageNet; values as stated, higher is better."]
    assert str(board["rank"].dtype) == "Int64" and str(board["value"].dtype) == "Float64"


def test_leaderboard_dataset_names_compare_without_case_or_punctuation(tables):
    board = leaderboard(tables.claims, "accuracy", "imagenet 1K")
    assert rows(board[board["rank"].notna()], ["rank", "value", "dataset"]) == [
        (1, 84.6, "ImageNet-1k")]
    assert board["year"].isna().all()        # no papers table given: no years


def test_leaderboard_lower_is_better_reads_a_reduction_as_better(tables):
    board = leaderboard(tables.claims, "latency", papers=tables.papers)
    assert rows(board, ["rank", "method", "value", "direction", "hardware", "gain"]) == [
        (1, "DynaGraph", 68.1, "decrease", None, 3.134796238244514),
        (2, "LASNet", 46.0, "decrease", "Nvidia Jetson TX2 GPU", 1.8518518518518519),
        (3, "LASNet", 36.0, "decrease", "Nvidia Tesla-V100", 1.5625),
    ]
    assert board.attrs["notes"] == ["Ranked: latency claims, change in %; changes read signed "
                                    "(a decrease is negative), lower is better."]


def test_leaderboard_separates_units_and_kinds(tables):
    board = leaderboard(tables.claims, "throughput")
    assert rows(board, ["rank", "method", "value", "unit", "excluded_reason"]) == [
        (1, "Quasar-ViT", 251.6, "FPS", None),
        (2, "Auto-ViT-Acc", 56.8, "FPS", None),
        (None, "LUTMUL", 1627.0, "images/s", "absolute in images/s (ranked: absolute in FPS)"),
        (None, "Auto-ViT-Acc", 5.6, "x", "ratio in x (ranked: absolute in FPS)"),
    ]


def test_leaderboard_default_metric_is_speedup(tables):
    board = leaderboard(tables.claims)
    assert rows(board, ["rank", "method", "value", "value_low", "baseline", "hardware"]) == [
        (1, "LitePath", 104.5, None, "Virchow2", "NVIDIA RTX 4090 GPU"),
        (2, "HeatViT", 4.89, 3.46, "the baseline hardware accelerator", "Xilinx ZCU102 FPGA"),
        (3, "ILMPQ", 3.65, None, "fixed-point quantization method", "Xilinx XC7Z020 and XC7Z045"),
    ]


def test_an_empty_leaderboard_keeps_its_columns_and_says_so(tables):
    board = leaderboard(tables.claims, "bleu")
    assert board.empty and list(board.columns)[:3] == ["rank", "method", "metric_text"]
    assert board.attrs["notes"] == ["No bleu claims."]
    board = leaderboard(tables.claims, "speedup", "CIFAR-10")
    assert rows(board, ["rank", "method", "excluded_reason"]) == [
        (None, "ILMPQ", "dataset ImageNet, not CIFAR-10"),
        (None, "HeatViT", "dataset not given, not CIFAR-10"),
        (None, "LitePath", "dataset not given, not CIFAR-10"),
    ]


def test_unknown_metric_lists_the_valid_ones(tables):
    with pytest.raises(ClaimsError, match=r"^unknown metric 'speed'; valid: speedup, latency, "):
        leaderboard(tables.claims, "speed")


def test_speedups_are_grouped_by_class_then_platform_then_gain(tables):
    view = speedups(tables.claims, tables.platforms, papers=tables.papers)
    assert rows(view, ["hardware_class", "hardware", "method", "gain", "derived", "metric",
                       "baseline", "year"]) == [
        ("gpu", "NVIDIA RTX 4090 GPU", "LitePath", 104.5, False, "speedup", "Virchow2", 2025),
        ("gpu", "Nvidia Tesla-V100", "LASNet", 1.5625, True, "latency", None, 2022),
        ("fpga", "FPGA", "Auto-ViT-Acc", 5.6, False, "throughput",
         "32-bit floating-point baseline FPGA accelerator", 2022),
        ("fpga", "Xilinx XC7Z020 and XC7Z045", "ILMPQ", 3.65, False, "speedup",
         "fixed-point quantization method", 2021),
        ("fpga", "Xilinx ZCU102 FPGA", "HeatViT", 4.89, False, "speedup",
         "the baseline hardware accelerator", 2022),
        ("edge", "Jetson Orin Nano", "LitePath", 171.0, False, "energy", "Virchow2", 2025),
        ("edge", "Nvidia Jetson TX2 GPU", "LASNet", 1.8518518518518519, True, "latency", None,
         2022),
        (None, None, "DynaGraph", 3.184713375796178, True, "cost",
         "unconstrained dynamic architectures", 2025),
        (None, None, "DynaGraph", 3.134796238244514, True, "latency",
         "unconstrained dynamic architectures", 2025),
        (None, None, "HeatViT", 2.881844380403458, True, "compute",
         "existing ViT pruning studies", 2022),
    ]
    assert str(view["derived"].dtype) == "boolean"
    assert view.attrs["notes"] == []


def test_speedups_without_platforms_have_no_class(tables):
    view = speedups(tables.claims)
    assert view["hardware_class"].isna().all() and len(view) == 10


def test_matrix_of_metric_families_holds_best_absolute_values(tables):
    grid = matrix(tables.claims)
    assert list(grid.columns) == ["method", "throughput (FPS)", "accuracy (%)", "auc"]
    assert rows(grid, list(grid.columns)) == [
        ("Auto-ViT-Acc", 56.8, None, None),
        ("DynaGraph", None, 87.6, None),
        ("ENAS4D", None, 74.4, None),
        ("LitePath", None, None, 0.953),
        ("LUTMUL", None, 70.95, None),
        ("Quasar-ViT", 251.6, 80.4, None),
    ]
    assert grid.attrs["notes"] == ["2 claims in a less common unit left out.",
                                   "1 claim without a method left out."]


def test_matrix_of_one_metric_is_by_dataset(tables):
    grid = matrix(tables.claims, "accuracy")
    assert rows(grid, list(grid.columns)) == [
        ("DynaGraph", None, 82.7, 87.6),
        ("ENAS4D", 74.4, None, None),
        ("LUTMUL", 70.95, None, None),
        ("Quasar-ViT", 80.4, None, None),
    ]
    assert list(grid.columns) == ["method", "ImageNet", "MATH", "StrategyQA"]
    assert matrix(tables.claims, "bleu").attrs["notes"] == [
        "No absolute bleu claims with a method."]


def test_matrix_takes_the_lower_value_where_lower_is_better():
    claims = load(FIXTURE).claims.iloc[:0]
    frame = pd.concat([claims, pd.DataFrame({
        "paper_id": ["a", "b"], "metric": ["latency", "latency"], "kind": ["absolute"] * 2,
        "value": [12.0, 9.0], "unit": ["ms", "ms"], "method": ["X", "X"]})]).astype(claims.dtypes)
    assert rows(matrix(frame), ["method", "latency (ms)"]) == [("X", 9.0)]


def test_paper_card(tables):
    card = paper_card(tables.claims, "LitePath", papers=tables.papers, platforms=tables.platforms)
    assert card.attrs["card"] == {
        "title": "LitePath: A Lightweight Pathology Foundation Model for Slide-Level Analysis on "
                 "Edge Hardware",
        "paper_id": "lp01", "authors": "Wei Chen, Ana Ruiz, Kenji Mori", "year": "2025",
        "date": "2025-03-14", "category": "cs.CV", "source": "004_952c2b97e468009e.txt",
        "platforms": "NVIDIA RTX 4090 GPU (gpu); Jetson Orin Nano (edge)",
    }
    assert rows(card, ["metric", "kind", "direction", "value", "unit", "baseline", "text"]) == [
        ("speedup", "ratio", "increase", 104.5, "x", "Virchow2", "up to 104.5x"),
        ("auc", "ratio", "decrease", 99.71, "%", "Virchow2", "99.71%"),
        ("auc", "absolute", None, 0.953, None, None, "0.953"),
        ("energy", "ratio", "decrease", 171.0, "x", "Virchow2", "171x"),
    ]


def test_paper_card_of_a_paper_without_claims_and_lookup_errors(tables):
    card = paper_card(tables.claims, "a survey of efficient vision transformers",
                      papers=tables.papers, platforms=tables.platforms)
    assert card.empty and card.attrs["notes"] == ["No claims in this paper."]
    assert card.attrs["card"]["platforms"] == "none named"
    with pytest.raises(ClaimsError, match=r"^no paper matches 'Nonexistent'"):
        paper_card(tables.claims, "Nonexistent", papers=tables.papers)
    with pytest.raises(ClaimsError) as caught:
        paper_card(tables.claims, "ViT")
    assert str(caught.value) == (
        "'ViT' matches 4 papers: hv01 (HeatViT: Hardware-Efficient Adaptive Token Pruning for "
        "Vision Transformers); qv01 (Quasar-ViT: Hardware-Oriented Quantization-Aware "
        "Architecture Search for Vision Transformers); pt01 (PTQ4ViT: Post-training "
        "quantization for vision transformers with twin uniform quantization); av01 "
        "(Auto-ViT-Acc: An FPGA-Aware Automatic Acceleration Framework for Vision Transformer "
        "with Mixed-Scheme Quantization); give a paper_id")


def test_hardware_view_per_platform(tables):
    view = hardware_view(tables.claims, tables.platforms)
    assert rows(view, ["class", "platform", "papers", "claims", "max_gain", "headline_method"]) == [
        ("gpu", "NVIDIA RTX 4090 GPU", 1, 3, 104.5, "LitePath"),
        ("gpu", "Nvidia Tesla-V100", 1, 1, 1.5625, "LASNet"),
        ("gpu", "consumer-grade GPU", 1, 0, None, None),
        ("fpga", "FPGA", 2, 4, 5.6, "Auto-ViT-Acc"),
        ("fpga", "AMD/Xilinx ZCU102 FPGA", 1, 2, None, None),
        ("fpga", "XC7Z045", 1, 1, 3.65, "ILMPQ"),
        ("fpga", "Xilinx XC7Z020", 1, 1, 3.65, "ILMPQ"),
        ("fpga", "Xilinx ZCU102 FPGA", 1, 1, 4.89, "HeatViT"),
        ("edge", "Jetson Orin Nano", 1, 1, 171.0, "LitePath"),
        ("edge", "Nvidia Jetson TX2 GPU", 1, 1, 1.8518518518518519, "LASNet"),
        ("edge", "resource-limited edge devices", 1, 0, None, None),
    ]


def test_hardware_classes(tables):
    view = hardware_classes(tables.claims, tables.platforms)
    assert rows(view, ["class", "platforms", "papers", "claims", "max_gain", "headline_method",
                       "headline_baseline"]) == [
        ("gpu", 3, 3, 4, 104.5, "LitePath", "Virchow2"),
        ("fpga", 5, 5, 8, 5.6, "Auto-ViT-Acc", "32-bit floating-point baseline FPGA accelerator"),
        ("edge", 3, 3, 2, 171.0, "LitePath", "Virchow2"),
    ]
    empty = hardware_classes(tables.claims, tables.platforms.iloc[:0])
    assert empty.empty and empty.attrs["notes"] == ["No hardware platforms."]


def test_filter_by_hardware_name_or_class(tables):
    on_fpga = filter_claims(tables.claims, hardware="fpga", platforms=tables.platforms)
    assert sorted(set(on_fpga["method"])) == ["Auto-ViT-Acc", "HeatViT", "ILMPQ", "LUTMUL",
                                              "Quasar-ViT"]
    on_jetson = filter_claims(tables.claims, hardware="jetson", platforms=tables.platforms)
    assert rows(on_jetson, ["method", "value"]) == [("LitePath", 171.0), ("LASNet", 46.0)]


def test_reports_read_tables_and_never_the_extractor():
    """Data flows one way: the report modules import only the shared types, tables and
    each other (never claims.extraction, readers or patterns)."""
    import ast

    allowed = {"claims.model", "claims.errors", "claims.atomic", "claims.tables",
               "claims.commands._filters"}     # report.py's filter check: reports and suggest only
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
})


@settings(max_examples=60, deadline=None)
@given(st.lists(row_strategy, max_size=12), st.sampled_from(["latency", "accuracy"]))
def test_leaderboard_ranks_one_comparable_group_in_polarity_order(records, metric):
    frame = claims_frame([{**r, "paper_id": f"p{i}", "title": f"Paper {i}", "metric": metric}
                          for i, r in enumerate(records)])
    board = leaderboard(frame, metric)
    assert sorted(board["paper_id"]) == sorted(frame["paper_id"])      # every claim, once
    ranked = board[board["rank"].notna()]
    assert len(set(zip(ranked["kind"], ranked["unit"].fillna("")))) <= 1
    assert board["excluded_reason"].isna().tolist() == board["rank"].notna().tolist()
    scores = [score(v, k, d if pd.notna(d) else None, u if pd.notna(u) else None)
              for v, k, d, u in zip(ranked["value"], ranked["kind"], ranked["direction"],
                                    ranked["unit"])]
    expected = sorted(scores, reverse=higher_is_better(metric))
    assert scores == expected
    assert ranked["rank"].tolist() == sorted(ranked["rank"].tolist())


def test_dataset_filter_takes_written_variants_but_not_other_datasets():
    from claims.reports.views import _on_dataset

    assert _on_dataset("ImageNet-1K", "ImageNet") and _on_dataset("ImageNet 256 x 256", "imagenet")
    assert _on_dataset("BRACS; LUAD; IMP", "luad")
    assert not _on_dataset("CIFAR-100", "CIFAR-10") and not _on_dataset("ImageNet", "ImageNet-1K")
