"""A plain-text abstract (a .txt/.md file, or stdin) is one paper; structured files that no reader
can read keep their own messages instead of being read as prose."""
from __future__ import annotations

import gzip
import io
import sys

import pytest

import claims
from claims.cli import main
from claims.model import Paper, ReadReport
from claims.readers import read_papers
from claims.readers.records import title_hash
from claims.tables import load

KIN = ("Kin is 3.1x faster than ResNet-50 on an NVIDIA A100 GPU and reaches 92.5% top-1 "
       "accuracy on ImageNet.")
# KIN hard-wrapped after "an" (a word no title ends in), and before "and" (lower-case).
WRAPPED_AFTER_AN = KIN.replace(" NVIDIA", "\nNVIDIA")
WRAPPED_BEFORE_AND = KIN.replace(" and reaches", "\nand reaches")
UNKNOWN = ("unknown layout; supported: JSON/JSON Lines, CSV/TSV, Excel (.xlsx, .xls), BibTeX, "
           "RIS, EndNote (XML or .enw), PubMed (MEDLINE or XML), Web of Science, arXiv Atom or "
           "OAI-PMH XML, Parquet, listing pages, a plain-text abstract (.txt, .md or stdin), "
           "each also gzip/bzip2/xz/zstd compressed")


def read(tmp_path, name: str, text: str | bytes) -> tuple[list[Paper], list[str]]:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    report = ReadReport()
    papers = list(read_papers([path], report))
    return papers, [str(p).replace(f"{tmp_path}/", "") for p in report.problems]


def test_title_blank_line_abstract_is_one_paper_with_its_title(tmp_path):
    papers, problems = read(tmp_path, "one.txt", f"Kin: Fast Inference\n\n{WRAPPED_AFTER_AN}\n")
    assert problems == []
    assert papers == [Paper(title="Kin: Fast Inference", abstract=KIN, paper_id="40cbcef2b8",
                            source="one.txt", line=1)]
    assert papers[0].paper_id == title_hash("Kin: Fast Inference")     # the title-hash convention


def test_a_single_paragraph_has_no_title_and_its_id_is_the_hash_of_the_abstract(tmp_path):
    papers, problems = read(tmp_path, "one.txt", f"\n\n  {KIN}  \n\n")
    assert problems == []
    assert papers == [Paper(title="", abstract=KIN, paper_id=title_hash(KIN), source="one.txt",
                            line=3)]
    assert papers[0].paper_id == "8ffe8a259d"


@pytest.mark.parametrize("text, title, abstract", [
    (f"Title: Kin: Fast Inference\nAbstract: {KIN}\n", "Kin: Fast Inference", KIN),
    (f"TITLE:Kin\n\nABSTRACT\n\n{KIN}\n", "Kin", KIN),
    (f"# Kin: Fast Inference\n\n## Abstract\n\n{KIN}\n", "Kin: Fast Inference", KIN),
    (f"# Kin\n\n{KIN}\n", "Kin", KIN),
    (f"Abstract\u2014{KIN}\n", "", KIN),                       # IEEE's label, no title
    (f"Abstract: {WRAPPED_AFTER_AN}\n", "", KIN),           # a label is never a title
    # A label or heading says "title" even when the title ends like a question.
    (f"Title: Is Kin Fast?\n\n{KIN}\n", "Is Kin Fast?", KIN),
    (f"# Is Kin Fast?\n{KIN}\n", "Is Kin Fast?", KIN),
    # `Abstract-Level` is a word of the title, not a label.
    (f"Abstract-Level Kin\n\n{KIN}\n", "Abstract-Level Kin", KIN),
])
def test_labels_and_markdown_headings_are_dropped(tmp_path, text, title, abstract):
    papers, problems = read(tmp_path, "one.md", text)
    assert problems == []
    assert [(p.title, p.abstract) for p in papers] == [(title, abstract)]


@pytest.mark.parametrize("text, title, abstract", [
    # A title right above the abstract, no blank line between.
    (f"Kin: Fast Inference\n{KIN}\n", "Kin: Fast Inference", KIN),
    # A first line that is a sentence is no title.
    (f"Is Kin fast?\n\n{KIN}\n", "", f"Is Kin fast? {KIN}"),
    ("We propose Kin.\n\nIt is 3.1x faster.\n", "", "We propose Kin. It is 3.1x faster."),
    # Hard-wrapped abstracts: the first line goes on, so it is no title.
    (f"{WRAPPED_BEFORE_AND}\n", "", KIN),            # next line starts lower-case
    (f"{WRAPPED_AFTER_AN}\n", "", KIN),              # ends in `an`
    ("Kin is 3.1x faster than ResNet-50,\nTPUs and GPUs alike.\n", "",
     "Kin is 3.1x faster than ResNet-50, TPUs and GPUs alike."),
    # Commas in a title are no CSV header: the abstract does not match it field for field.
    (f"Small, Fast, Accurate\n\n{KIN}\n", "Small, Fast, Accurate", KIN),
    # Hyphens that are no MEDLINE tag.
    (f"GPU- and CPU-aware Kin\n\n{KIN}\n", "GPU- and CPU-aware Kin", KIN),
    (f"BERT- and GPT-style Kin\n\n{KIN}\n", "BERT- and GPT-style Kin", KIN),
    # Over 300 characters is no title.
    ("A" * 301 + "\n\nKin is fast.\n", "", "A" * 301 + " Kin is fast."),
    ("A" * 300 + "\n\nKin is fast.\n", "A" * 300, "Kin is fast."),
])
def test_the_first_line_is_a_title_only_when_it_reads_as_one(tmp_path, text, title, abstract):
    papers, problems = read(tmp_path, "one.txt", text)
    assert problems == []
    assert [(p.title, p.abstract) for p in papers] == [(title, abstract)]


def test_stdin_is_read_as_one_paper(monkeypatch):
    data = f"Kin: Fast Inference\r\n\r\n{KIN}\r\n".encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert list(read_papers(["-"])) == [
        Paper(title="Kin: Fast Inference", abstract=KIN, paper_id="40cbcef2b8",
              source="<stdin>", line=1)]


@pytest.mark.parametrize("name", ["one.TXT", "one.text", "one.markdown", "2101.00001", "abstract"])
def test_text_names_are_read(tmp_path, name):
    papers, problems = read(tmp_path, name, KIN)
    assert problems == [] and [(p.abstract, p.source) for p in papers] == [(KIN, name)]


def test_a_compressed_text_file_is_read(tmp_path):
    papers, problems = read(tmp_path, "one.txt.gz", gzip.compress(f"Kin\n\n{KIN}\n".encode()))
    assert problems == [] and [(p.title, p.abstract) for p in papers] == [("Kin", KIN)]


def test_extract_gives_the_exact_claims_of_a_text_file(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text(f"Kin: Fast Inference\n\n{KIN}\n")
    out = tmp_path / "out"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "claims: read 1 paper from 1 file; skipped 0 records",
        f"claims: wrote 1 paper, 2 claims and 1 platform to {out}"]
    tables = load(out)
    assert tables.claims[["paper_id", "title", "text", "value", "metric", "unit", "baseline",
                          "dataset"]].to_dict("records") == [
        {"paper_id": "40cbcef2b8", "title": "Kin: Fast Inference", "text": "3.1x", "value": 3.1,
         "metric": "speedup", "unit": "x", "baseline": "ResNet-50", "dataset": "ImageNet"},
        {"paper_id": "40cbcef2b8", "title": "Kin: Fast Inference", "text": "92.5%", "value": 92.5,
         "metric": "accuracy", "unit": "%", "baseline": None, "dataset": "ImageNet"}]
    assert tables.platforms[["name", "class"]].to_dict("records") == [
        {"name": "NVIDIA A100", "class": "gpu"}]
    assert tables.papers[["title", "source", "line", "abstract"]].astype(object).to_dict("records") == [
        {"title": "Kin: Fast Inference", "source": "one.txt", "line": 1, "abstract": KIN}]


def test_extract_reads_an_abstract_piped_into_stdin(tmp_path, monkeypatch, capsys):
    data = b"Our method is 3.1x faster than ResNet-50.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["extract", "-", "-o", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    tables = load(tmp_path / "out")
    assert tables.claims[["title", "source", "text", "value", "metric"]].to_dict("records") == [
        {"title": None, "source": "<stdin>", "text": "3.1x", "value": 3.1, "metric": "speedup"}]


def test_an_abstract_over_the_limit_is_one_line_and_keeps_its_paper(tmp_path, capsys):
    path = tmp_path / "long.txt"
    path.write_text("Kin is 3.1x faster. " * 6000)
    assert main(["extract", str(path), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"claims: long.txt:1: paper {title_hash(('Kin is 3.1x faster. ' * 6000).strip())}: abstract "
        "of 119,999 characters is over the limit of 100,000; not extracted; paper kept without "
        "claims",
        "claims: read 1 paper from 1 file; skipped 0 records; 1 paper kept without claims (see "
        "above)",
        f"claims: wrote 1 paper, 0 claims and 0 platforms to {tmp_path / 'out'}"]


def test_a_folder_of_text_files_is_one_paper_a_file_and_copies_merge(tmp_path):
    folder = tmp_path / "abstracts"
    folder.mkdir()
    (folder / "a.txt").write_text(KIN)
    (folder / "b.txt").write_text("SlimNet cuts memory by 40%.\n")
    (folder / "c.txt").write_text(f"\n{KIN}\n")          # a copy of a.txt: merged
    frame = claims.read(folder)
    assert frame[["paper_id", "title", "abstract", "source"]].to_dict("records") == [
        {"paper_id": title_hash(KIN), "title": "", "abstract": KIN, "source": "a.txt"},
        {"paper_id": title_hash("SlimNet cuts memory by 40%."), "title": "",
         "abstract": "SlimNet cuts memory by 40%.", "source": "b.txt"}]
    listed = claims.read([folder / "a.txt", folder / "b.txt"])
    assert list(listed.abstract) == [KIN, "SlimNet cuts memory by 40%."]


def test_extract_of_a_folder_of_untitled_abstracts_keeps_each(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(KIN)
    (tmp_path / "b.txt").write_text("SlimNet cuts memory by 40%.\n")
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.splitlines()[0] == \
        "claims: read 2 papers from 2 files; skipped 0 records"
    assert list(load(tmp_path / "out").claims.text) == ["3.1x", "92.5%", "40%"]


@pytest.mark.parametrize("name, text, message", [
    # Structured files whose reader fails say so, as before.
    ("bad.jsonl", '{"title": "A", "abstract": \n', "bad.jsonl:1: invalid JSON: Expecting value "
                                                    "(column 28)"),
    ("bad.csv", "id,name,score\n1,foo,3\n", "bad.csv:1: no abstract column (columns: id, name, score)"),
    ("bad.bib", "@article{x,\n title = {A\n", "bad.bib:1: malformed BibTeX entry; skipped"),
    ("brace.txt", "{ not json at all\nKin is fast.\n",
     "brace.txt:1: invalid JSON: Expecting property name enclosed in double quotes (column 3); "
     "the rest of the file is skipped"),
    # Prose in a file named as structured data is not an abstract.
    ("prose.jsonl", f"{KIN}\n", f"prose.jsonl: {UNKNOWN}"),
    # .csv and .bib name their readers, which say what they say of any file so named.
    ("prose.csv", f"{KIN}\n", f"prose.csv:1: no abstract column (columns: {KIN})"),
    ("prose.bib", f"{KIN}\n", None),              # no entries, and (as before) no message
    ("prose.ris", f"{KIN}\n", f"prose.ris: {UNKNOWN}"),
    ("prose.json", f"{KIN}\n", f"prose.json: {UNKNOWN}"),
    ("prose.xml", f"{KIN}\n", f"prose.xml: {UNKNOWN}"),
    ("prose.csv.gz", gzip.compress(KIN.encode()), f"prose.csv.gz: {UNKNOWN}"),
    # Text that begins like structured data, in a .txt file.
    ("html.txt", f"<html><body>{KIN}</body></html>\n", f"html.txt: {UNKNOWN}"),
    ("at.txt", f"@misc broken\n{KIN}\n", f"at.txt: {UNKNOWN}"),
    ("ris.txt", f"TI  - Kin\nAB  - {KIN}\n", f"ris.txt: {UNKNOWN}"),
    ("medline.txt", f"FAU - Guo, Yanxing\nTI  - Kin\nAB  - {KIN}\n", f"medline.txt: {UNKNOWN}"),
    ("pmid.txt", f"PMID- x\nTI  - Kin\n", f"pmid.txt: {UNKNOWN}"),
    ("wos.txt", f"FN Clarivate Analytics Web of Science\nTI Kin\nAB {KIN}\n",
     f"wos.txt: {UNKNOWN}"),
    ("header.txt", "id,name,score\n1,foo,3\n", f"header.txt: {UNKNOWN}"),
    ("header_only.txt", "id;name;score\n", f"header_only.txt: {UNKNOWN}"),
    ("quoted.txt", 'id,name\n"1","Kin, fast"\n', f"quoted.txt: {UNKNOWN}"),
    ("tabs.txt", f"Kin\tfast\n{KIN}\n", f"tabs.txt: {UNKNOWN}"),
    # No prose: no letter at all, or control characters (binary data without NUL bytes).
    ("digits.txt", "12345 678\n", f"digits.txt: {UNKNOWN}"),
    ("controls.txt", b"\x01\x02Kin\x03\x04", f"controls.txt: {UNKNOWN}"),
])
def test_structured_files_are_never_read_as_an_abstract(tmp_path, name, text, message):
    papers, problems = read(tmp_path, name, text)
    assert papers == [] and problems == ([message] if message else [])


def test_text_with_only_labels_is_skipped_by_name(tmp_path):
    papers, problems = read(tmp_path, "empty.txt", "Title:\nAbstract:\n")
    assert papers == [] and problems == ["empty.txt:1: text has neither title nor abstract; skipped"]
