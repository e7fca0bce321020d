"""Reports on the tables of the bundled seeds, as a new user meets them, and the README's report
commands and notebook path run as written."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import claims
from claims.reports import Filters, build_report, hardware_view, leaderboard, not_comparable, render, speedups
from claims.reports.ranking import metric_key

README = Path(__file__).resolve().parent.parent / "README.md"
NON_PLATFORMS = {"inter-GPU", "GPU memory", "CPU design", "technology nodes", "FPGA-aware",
                 "GPUs", "modern GPUs", "multiple GPUs", "multi-GPU systems"}


@pytest.fixture(scope="module")
def seeds(seed_run):
    return claims.load(seed_run[0])


def test_platforms_are_canonical_and_non_platforms_never_listed(seeds):
    view = hardware_view(seeds.claims, seeds.platforms)
    names = set(view["platform"])
    assert not names & NON_PLATFORMS
    gpus = view[view["class"].eq("gpu")]
    assert list(gpus["platform"]) == ["GPU", "NVIDIA V100", "NVIDIA RTX 4090", "NVIDIA RTX 3090"]
    v100 = view[view["platform"].eq("NVIDIA V100")].iloc[0]
    assert (v100["papers"], v100["claims"]) == (4, 1)           # was 4 papers and 0 claims
    text = render(build_report("hardware", seeds), "md")
    assert not re.search(r"\d\.\d{4,}", text)                    # no unrounded gains


def test_speedups_file_zc706_and_zcu102_under_fpga_with_the_papers_fpga_gain(seeds):
    report = build_report("speedups", seeds, filters=Filters(hardware="fpga"))
    assert [s.heading for s in report.sections] == ["FPGA"]
    frame = report.sections[0].frame
    assert {"AMD Xilinx ZC706", "AMD Xilinx ZCU102"} <= set(frame["platform"])
    auto = frame[frame["method_name"].eq("Auto-ViT-Acc")]
    assert auto[["metric", "gain", "platform", "platform_from_paper"]].astype(object) \
        .values.tolist() == [["throughput", 5.6, "FPGA", True]]


def test_litepath_speedup_appears_with_its_baseline_on_its_jetson(seeds):
    view = speedups(seeds.claims, seeds.platforms, papers=seeds.papers)
    row = view[(view["method_name"] == "LitePath") & (view["metric"] == "speedup")]
    assert row[["gain", "baseline", "platform", "derived"]].astype(object).values.tolist() == [
        [104.5, "Virchow2", "NVIDIA Jetson Orin Nano Super", False]]


def test_leaderboards_rank_like_with_like(seeds):
    for metric in ("other", "accuracy", "speedup", "latency"):
        ranked = leaderboard(seeds.claims, metric, papers=seeds.papers)
        assert ranked["method_name"].notna().all()               # rank 1 is never blank
        for _, board in ranked.groupby("board"):
            assert len({metric_key(metric, t) for t in board["metric_text"]}) == 1
            assert board["dataset_name"].nunique(dropna=False) == 1
            assert len(set(zip(board["kind"], board["unit"].fillna("")))) == 1
    other = leaderboard(seeds.claims, "other", papers=seeds.papers)
    assert not {"NPV", "correlation", "performance"} & set(other["metric_text"])
    excluded = not_comparable(seeds.claims, "other", papers=seeds.papers)
    assert len(other) + len(excluded) == int(seeds.claims["metric"].eq("other").sum())


def test_a_dataset_leaderboard_lists_no_other_dataset(seeds):
    report = build_report("leaderboard", seeds, filters=Filters(metric="accuracy", dataset="ImageNet"))
    for section in report.sections:          # a claim on "ImageNet; Visual Wake Words" is on both
        assert all("ImageNet" in d.split("; ") for d in section.frame["dataset_name"]), \
            section.heading
    assert "not ImageNet" not in render(report, "md")


def test_tables_are_narrow_and_read_as_written(seeds):
    text = render(build_report("leaderboard", seeds, filters=Filters(metric="speedup")), "md")
    header = next(line for line in text.splitlines() if line.startswith("|   rank"))
    assert len(header.split("|")) - 2 == 8
    assert "$\\times$" not in text and "**" not in text and "sim " not in text
    speeds = " ".join(render(build_report("speedups", seeds, columns=("method", "text")),
                             "md").split())
    assert "| CAIS | 1.61× |" in speeds and "| PCPP | 2.36–8.02× |" in speeds


def test_every_paper_row_has_a_link(seeds):
    for view in ("leaderboard", "speedups"):
        data = build_report(view, seeds).frame
        assert data["url"].notna().all() and data["url"].str.startswith("https://").all()


def _report_commands() -> list[str]:
    section = README.read_text(encoding="utf-8").split("## Reports\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines() if line.startswith("claims ")]


def test_readme_report_commands_run_as_written(seed_run, tmp_path):
    commands = _report_commands()
    assert len(commands) == 8
    shutil.copytree(seed_run[0], tmp_path / "tables")
    for command in commands:
        words = shlex.split(command)
        run = subprocess.run([sys.executable, "-m", "claims", *words[1:]], cwd=tmp_path,
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, (command, run.stderr)
        assert run.stderr in ("", "claims: wrote 4 charts, one per metric family: "
                                  "speedups-speedup.png, speedups-throughput.png, "
                                  "speedups-energy.png, speedups-compute.png\n"), command
        outputs = [words[i + 1] for i, w in enumerate(words) if w in ("-o", "--plot")]
        assert run.stdout if not outputs else run.stdout == "", command
    assert (tmp_path / "other.xlsx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "speedups-speedup.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "claims.html").read_text(encoding="utf-8").count('id="claims-data"') == 1
    assert pd.read_csv(tmp_path / "hardware.tsv", sep="\t")["platform"].notna().all()


def test_readme_notebook_path_runs_as_written(seed_run, tmp_path):
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## In a notebook\n\n```python\n(.*?)```", text, re.S).group(1)
    os.symlink(seed_run[0], tmp_path / "tables")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert (tmp_path / "speedups.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_matrix_of_one_metric_splits_claims_on_several_datasets(seeds):
    from claims.reports import matrix

    table = matrix(seeds.claims, metric="accuracy")
    assert "ImageNet" in table.columns and "StrategyQA" in table.columns
    assert table.loc[table["method"] == "DynaGraph", "StrategyQA"].tolist() == [87.6]


def test_paper_card_finds_a_paper_by_its_method(seeds):
    from claims.reports import paper_card

    card = paper_card(seeds.claims, "LitePath", papers=seeds.papers, platforms=seeds.platforms)
    assert card.attrs["card"]["title"].startswith("A Deployment-Friendly Foundational Framework")
    assert 104.5 in card["value"].tolist()
