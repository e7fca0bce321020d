"""Exact records from real snippets of each seed page layout, and the 266 seed papers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.model import Paper, ReadReport
from claims.readers import detect_layout, read_papers
from claims.readers.listing import split_title_authors
from claims.resources import seed_pages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "readers"


def read(name: str) -> tuple[list[Paper], ReadReport]:
    report = ReadReport()
    return list(read_papers([DATA / name], report)), report


def test_listing_compact_page_splits_every_title_from_its_authors():
    papers, report = read("listing_compact.txt")
    assert report.problems == []
    assert [(p.title, p.authors, p.org, p.date, p.year, p.category, p.has_code, p.line, p.extra)
            for p in papers] == [
        ("DynaGraph: Lightweight Multi-Model Interaction Framework via Dynamic Topological "
         "Reconfiguration", "Yanxing Guo, Zihao Zheng, Fangzhou Wu et al.", "", "May 28", None,
         "MA", False, 1, (("score", "60.8"),)),
        ("Accelerating nuclear-norm regularized low-rank matrix optimization through "
         "Burer-Monteiro decomposition", "Ching-pei Lee, Ling Liang, Tianyun Tang et al.", "",
         "Apr 29, 2022", 2022, "LG", True, 4, ()),
        ("Do Less, Achieve More: Do We Need Every-Step Optimization for RL Fine-tuning of "
         "Diffusion Models?", "Renye Yan, Jikang Cheng, Shikun Sun et al.", "", "May 15", None,
         "CV", False, 7, (("score", "51.5"),)),
        ("ILMPQ : An Intra-Layer Multi-Precision Deep Neural Network Quantization framework for "
         "FPGA", "Sung-En Chang, Yanyu Li, Mengshu Sun et al.", "", "Oct 30, 2021", 2021, "LG",
         False, 10, ()),
        ("HeatViT: Hardware-Efficient Adaptive Token Pruning for Vision Transformers",
         "Peiyan Dong, Mengshu Sun, Alec Lu et al.", "harvard", "Nov 15, 2022", 2022, "AR", False,
         13, ()),
        ("Adversarial Robustness vs Model Compression, or Both?",
         "Shaokai Ye, Kaidi Xu, Sijia Liu et al.", "", "Mar 29, 2019", 2019, "CV", True, 16, ()),
    ]
    assert papers[0] == Paper(
        title=papers[0].title, paper_id="af9214b239", source="listing_compact.txt", line=1,
        abstract="Tackling complex reasoning tasks typically relies on massive monolithic LLMs, "
                 "which suffer from severe computational redundancy.",
        authors="Yanxing Guo, Zihao Zheng, Fangzhou Wu et al.", date="May 28", year=None,
        category="MA", has_code=False, extra=(("score", "60.8"),))


def test_listing_spaced_profile_skips_the_profile_header():
    papers, report = read("listing_spaced.txt")
    assert report.problems == []
    assert papers == [
        Paper(title="Latency-aware Spatial-wise Dynamic Networks",
              abstract="Spatial-wise dynamic convolution has become a promising approach to "
                       "improving the inference efficiency of deep networks.",
              paper_id="b33edc8ea7", authors="Yizeng Han, Zhihang Yuan, Yifan Pu et al.",
              date="Oct 12, 2022", year=2022, category="CV", has_code=True,
              source="listing_spaced.txt", line=12),
        Paper(title="RPTQ: Reorder-based Post-training Quantization for Large Language Models",
              abstract="Large-scale language models (LLMs) have demonstrated impressive "
                       "performance, but their deployment presents challenges due to their "
                       "significant memory usage.",
              paper_id="f7c04ef1af", authors="Zhihang Yuan, Lin Niu, Jiawei Liu et al.",
              date="Apr 3, 2023", year=2023, category="CL", has_code=False,
              source="listing_spaced.txt", line=19),
    ]


def test_daily_listing_reads_counts_orgs_dates_and_entries_without_either():
    papers, report = read("daily.txt")
    assert report.problems == []
    assert [(p.title, p.org, p.date, p.year, p.line, p.extra) for p in papers] == [
        ("InternLM-XComposer2-4KHD: A Pioneering Large Vision-Language Model Handling "
         "Resolutions from 336 Pixels to 4K HD", "", "Apr 9, 2024", 2024, 13,
         (("author_count", "24"), ("upvotes", "1"))),
        ("UDC: A Unified Neural Divide-and-Conquer Framework for Large-Scale Combinatorial "
         "Optimization Problems", "", "Jun 29, 2024", 2024, 21, (("author_count", "5"),)),
        ("RelP: Faithful and Efficient Circuit Discovery via Relevance Patching", "", "Aug 28",
         None, 29, (("author_count", "4"),)),
        ("Scaling Laws in Patchification: An Image Is Worth 50,176 Tokens And More", "", "", None,
         37, ()),
        ("Modular versus Hierarchical: A Structural Signature of Topic Popularity in "
         "Mathematical Research", "", "Jun 28", None, 41, (("author_count", "1"),)),
        ("Solving a Million-Step LLM Task with Zero Errors", "CognizantAI Cognizant", "Nov 12",
         None, 49, (("upvotes", "2"),)),
    ]
    assert papers[3].abstract == (
        "Since the introduction of Vision Transformer (ViT), patchification has long been "
        "regarded as a de facto image tokenization approach for plain visual architectures. By "
        "compressing the spatial size of images, this approach can effectively shorten the token "
        "sequence and reduce the computational cost of ViT-like plain architectures.")


def test_researcher_profile_reads_items_after_the_trust_panels():
    papers, report = read("researcher.txt")
    assert report.problems == []
    assert papers == [
        Paper(title="ELAS: Efficient Pre-Training of Low-Rank Large Language Models via 2:4 "
                    "Activation Sparsity",
              abstract="Large Language Models (LLMs) have achieved remarkable capabilities, but "
                       "their immense computational demands during training remain a critical "
                       "bottleneck for widespread adoption.",
              paper_id="b7b7ae3e5f", date="2026", year=2026, source="researcher.txt", line=47,
              extra=(("type", "preprint"), ("venue", "arXiv"))),
        Paper(title="Joint Selection for Large-Scale Pre-Training Data via Policy Gradient-based "
                    "Mask Learning",
              abstract="A fine-grained data recipe is crucial for pre-training large language "
                       "models, as it can significantly enhance training efficiency and model "
                       "performance.",
              paper_id="c0de281b35", date="2025", year=2025, source="researcher.txt", line=53,
              extra=(("type", "preprint"), ("venue", "arXiv"))),
    ]


@pytest.mark.parametrize("glued, expected", [
    ("Crossbar-aware neural network pruningLing Liang, Lei Deng, Yueling Zeng et al.",
     ("Crossbar-aware neural network pruning", "Ling Liang, Lei Deng, Yueling Zeng et al.")),
    ("Mixture of Robust Experts (MoRE):A Robust Denoising Method towards multiple "
     "perturbationsHao Cheng, Kaidi Xu, Chenan Wang et al.",
     ("Mixture of Robust Experts (MoRE):A Robust Denoising Method towards multiple perturbations",
      "Hao Cheng, Kaidi Xu, Chenan Wang et al.")),
    ("Scaling Up with PyTorch LightningYann LeCun, Ningyuan Yang, Diego A. Cuji",
     ("Scaling Up with PyTorch Lightning", "Yann LeCun, Ningyuan Yang, Diego A. Cuji")),
    ("A Study of YOLOv5Ling Liang, Lei Yang", ("A Study of YOLOv5", "Ling Liang, Lei Yang")),
    ("no seam here at all", None),
])
def test_split_title_authors(glued, expected):
    assert split_title_authors(glued) == expected


def test_layouts_are_detected_from_content_whatever_the_extension():
    assert detect_layout((DATA / "daily.txt").read_text(), ".dat") == "daily"
    assert detect_layout((DATA / "papers.csv").read_text(), ".txt") == "csv"
    assert detect_layout((DATA / "papers.bib").read_text(), ".txt") == "bibtex"
    assert detect_layout((DATA / "feed.atom").read_text(), ".xml") == "atom"
    assert detect_layout((DATA / "arxiv_snapshot.jsonl").read_text(), ".json") == "jsonl"
    assert detect_layout((DATA / "openalex_page.json").read_text(), "") == "json"
    assert detect_layout("just some prose\nwith lines\n", ".txt") is None


def test_a_gold_file_among_the_inputs_is_noted_and_skipped():
    report = ReadReport()
    assert list(read_papers([ROOT / "seeds" / "gold.jsonl"], report)) == []
    assert [str(p) for p in report.problems] == [
        f"{ROOT / 'seeds' / 'gold.jsonl'}: gold annotations (records with \"claims\" and no "
        "abstract), not papers; file skipped"]


def test_the_seed_pages_give_exactly_the_266_gold_papers():
    gold = [json.loads(line) for line in (ROOT / "seeds" / "gold.jsonl").read_text().splitlines()]
    report = ReadReport()
    from claims.papers import merge_papers
    papers = merge_papers(read_papers(seed_pages(), report))
    assert sorted((p.title, p.source, p.paper_id) for p in papers) == sorted(
        (g["title"], g["source"], g["id"]) for g in gold)
    assert report.problems == []
    assert report.read == 267          # one title appears on two pages
    assert all(p.abstract and p.abstract == p.abstract.strip() for p in papers)
    pages = {p.source[:3]: p for p in papers}
    assert all(pages[k].authors for k in ("000", "001", "002"))
