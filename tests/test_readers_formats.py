"""Exact records from small hand-made files of every structured input format."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from claims.model import Paper, ReadReport
from claims.readers import read_papers

DATA = Path(__file__).resolve().parent / "data" / "readers"


def read(name: str) -> list[Paper]:
    report = ReadReport()
    papers = list(read_papers([DATA / name], report))
    assert report.problems == []
    return papers


def test_jsonl_of_arxiv_semantic_scholar_openalex_and_plain_records():
    assert read("arxiv_snapshot.jsonl") == [
        # The year and date are the first version's, not update_date's; LaTeX names decoded.
        Paper(title="Fast Sparse Attention on GPUs",
              abstract="We make attention fast. It runs 3.1x faster on an A100 GPU.",
              paper_id="2101.00001", authors="Ada Lovelace, Kurt Gödel", date="2020-12-28",
              year=2020, category="cs.LG", venue="MLSys 2021", doi="10.1000/sparse",
              arxiv_id="2101.00001", source="arxiv_snapshot.jsonl", line=1,
              extra=(("submitter", "A. Author"), ("update_date", "2021-01-05"))),
        Paper(title="Tiny Models for Microcontrollers",
              abstract="We fit a detector into 256 KB of SRAM.", paper_id="2203.04567",
              authors="Grace Hopper, Edsger Dijkstra", year=2022, venue="MLSys",
              doi="10.1000/xyz", arxiv_id="2203.04567", source="arxiv_snapshot.jsonl", line=2,
              extra=(("paperId", "649def34f8be52c8b66281af98ae884c09aef38b"),)),
        Paper(title="Energy-Efficient Inference with Analog Crossbars",
              abstract="Crossbars cut energy by 40%.", paper_id="cffdce453c",
              authors="Barbara Liskov", date="2023-03-14", year=2023, doi="10.1000/abc",
              source="arxiv_snapshot.jsonl", line=3,
              extra=(("id", "https://openalex.org/W4200000001"),)),
        Paper(title="A Plain Record", abstract="Only a title and an abstract.",
              paper_id="ab2dc48fcf", source="arxiv_snapshot.jsonl", line=4),
    ]


def test_json_array_and_wrapped_api_page_keep_record_lines():
    assert read("papers.json") == [
        Paper(title="First JSON Paper", abstract="It is 2x faster.", paper_id="198731adf8",
              authors="Ann Lee, Bo Chen", year=2024, source="papers.json", line=2),
        Paper(title="Second JSON Paper", abstract="It uses 30% less memory.",
              paper_id="92161ea99c", source="papers.json", line=3),
    ]
    assert read("openalex_page.json") == [
        Paper(title="OpenAlex Wrapped Work", abstract="Hello world", paper_id="612d456efd",
              year=2020, source="openalex_page.json", line=2)]


def test_csv_and_tsv_match_columns_case_insensitively_and_keep_the_rest():
    assert read("papers.csv") == [
        Paper(title="Quantized Transformers, Revisited",
              abstract="We cut latency by 41% on a Jetson TX2.", paper_id="58540ca411",
              authors="Ann Lee, Bo Chen", year=2023, doi="10.1234/qt", source="papers.csv",
              line=2),
        Paper(title="Sparse Kernels on CPUs", abstract="A multi-line abstract: 2.5x speedup.",
              paper_id="0b6028f2e3", authors="Cy Dee", year=2021, source="papers.csv", line=3),
    ]
    assert read("papers.tsv") == [
        Paper(title="TSV Paper", abstract="It reaches 91.2% accuracy.", paper_id="1b5279ac71",
              venue="ICML", source="papers.tsv", line=2)]


def test_bibtex_decodes_latex_and_finds_arxiv_ids():
    assert read("papers.bib") == [
        Paper(title="Fast BERT Inference on Café Hardware",
              abstract="We achieve a 2.5$\\times$ speedup with über-small kernels.",
              paper_id="2105.01234", authors="Jörg Müller, Anna Smith", year=2021,
              venue="Proceedings of MLSys", arxiv_id="2105.01234", bibtex_key="mueller2021fast",
              source="papers.bib", line=4,
              extra=(("archiveprefix", "arXiv"), ("entry_type", "inproceedings"))),
        Paper(title="A Paper Without Abstract", abstract="", paper_id="2001.00002",
              authors="Jane Doe", year=2020, venue="arXiv preprint arXiv:2001.00002",
              arxiv_id="2001.00002", bibtex_key="noabstract2020", source="papers.bib", line=14,
              extra=(("entry_type", "article"),)),
    ]


def test_arxiv_atom_feed():
    assert read("feed.atom") == [
        Paper(title="Pruning Large Language Models in One Shot",
              abstract="We prune 50% of the weights and keep accuracy within 1%.",
              paper_id="2301.01234", authors="Elias Frantar, Dan Alistarh", date="2023-01-03",
              year=2023, category="cs.LG", doi="10.1000/prune", arxiv_id="2301.01234",
              url="http://arxiv.org/abs/2301.01234v2", source="feed.atom", line=5,
              extra=(("updated", "2023-02-01T00:00:00Z"),))]


def test_stdin_is_read_and_detected(monkeypatch):
    data = (DATA / "papers.tsv").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert list(read_papers(["-"])) == [
        Paper(title="TSV Paper", abstract="It reaches 91.2% accuracy.", paper_id="1b5279ac71",
              venue="ICML", source="<stdin>", line=2)]


def test_bibtex_latex_is_decoded_by_pylatexenc_and_names_keep_their_suffix(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(r"""@inproceedings{thompson2022naive,
  title = {A na{\"i}ve {GPU} Baseline for {\aA}ngstr{\"o}m-Scale Models},
  author = {Thompson, III, F.R. and Lee, Ann and G{\'o}mez~Ruiz, Jos{\'e}},
  booktitle = {Proc.~MLSys},
  abstract = {Latency drops to {\textless}6\% of the baseline, 50% of runs take $\sim$2\,ms.},
  doi = {10.1234/naive~x},
  url = {https://example.org/~thompson/naive%20gpu},
  year = {2022}
}
""")
    [paper] = read_papers([path])
    assert (paper.title, paper.authors, paper.venue, paper.abstract, paper.doi, paper.url,
            paper.bibtex_key) == (
        "A naïve GPU Baseline for Ångström-Scale Models",
        "F.R. Thompson III, Ann Lee, José Gómez Ruiz", "Proc. MLSys",
        "Latency drops to <6% of the baseline, 50% of runs take $\\sim$2 ms.",
        "10.1234/naive~x", "https://example.org/~thompson/naive%20gpu", "thompson2022naive")
