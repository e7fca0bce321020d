"""Excel workbooks: .xlsx written here with openpyxl in Scopus's documented column names, and a
Web of Science "Excel" export (.xls, Excel 97-2003) written once by
tests/data/readers/make_wos_xls.py. Exact records, and one line for each workbook that cannot be
read."""
from __future__ import annotations

import dataclasses
import datetime
import gzip
import zipfile
from pathlib import Path

import openpyxl
import pytest

from claims.cli import main
from claims.model import ReadReport
from claims.readers import read_papers
from claims.readers.records import title_hash
from claims.tables import load

DATA = Path(__file__).resolve().parent / "data" / "readers"
SCOPUS = ["Authors", "Author full names", "Title", "Year", "Source title", "DOI", "Link",
          "Abstract", "Document Type", "EID"]


def read(path: Path) -> tuple[list[dict], list[str]]:
    report = ReadReport()
    papers = [{key: value for key, value in dataclasses.asdict(paper).items()
               if value not in ("", None, ())} for paper in read_papers([path], report)]
    return papers, [str(problem).replace(f"{path.parent}/", "") for problem in report.problems]


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


SCOPUS_ROWS = [
    SCOPUS,
    ["Lee A.; Chen B.", "Lee, Ann; Chen, Bo", "TinyConv: kernels for microcontrollers", 2023,
     "Journal of Systems Research", "10.1234/jsr.2023.17", "https://www.scopus.com/x",
     "TinyConv runs 3.1x faster than CMSIS-NN on a Cortex-M7.", "Article", "2-s2.0-85150000001"],
    [None, None, None, 2023, None, None, None, None, "Erratum", "2-s2.0-85150000002"],
    ["Chen B.", "Chen, Bo", "A survey of edge accelerators", 2022, "ACM Computing Surveys",
     None, None, None, "Review", "2-s2.0-85150000003"],
]


def test_a_scopus_xlsx_reads_as_its_csv_would(tmp_path):
    papers, problems = read(workbook(tmp_path / "scopus.xlsx", {"scopus": SCOPUS_ROWS}))
    assert papers == [
        {"title": "TinyConv: kernels for microcontrollers",
         "abstract": "TinyConv runs 3.1x faster than CMSIS-NN on a Cortex-M7.",
         "paper_id": title_hash("TinyConv: kernels for microcontrollers"),
         "authors": "Lee A., Chen B.", "year": 2023, "venue": "Journal of Systems Research",
         "doi": "10.1234/jsr.2023.17", "url": "https://www.scopus.com/x", "source": "scopus.xlsx",
         "line": 2,
         "extra": (("Author full names", "Lee, Ann; Chen, Bo"), ("Document Type", "Article"),
                   ("EID", "2-s2.0-85150000001"))},
        {"title": "A survey of edge accelerators", "paper_id": title_hash("A survey of edge accelerators"),
         "authors": "Chen B.", "year": 2022, "venue": "ACM Computing Surveys",
         "source": "scopus.xlsx", "line": 4,
         "extra": (("Author full names", "Chen, Bo"), ("Document Type", "Review"),
                   ("EID", "2-s2.0-85150000003"))}]
    assert problems == ["scopus.xlsx: row 3: record has neither title nor abstract; skipped"]


def test_every_sheet_with_a_header_is_read_and_problems_name_the_sheet(tmp_path):
    path = workbook(tmp_path / "mine.xlsx", {
        "notes": [["Exported 2026-12-01"], ["nothing else here"]],
        "papers": [["My reading list"], [], ["Title", "Abstract", "Added"],
                   ["Kin", "Kin is 2x faster than TVM.", datetime.datetime(2026, 11, 30, 9, 15)],
                   [None, None, datetime.datetime(2026, 12, 1)]]})
    papers, problems = read(path)
    assert [(p["title"], p["line"], p["extra"]) for p in papers] == [
        ("Kin", 4, (("Added", "2026-11-30"),))]
    assert problems == ["mine.xlsx: sheet 'papers' row 5: record has neither title nor abstract; skipped"]


def test_a_workbook_of_abstracts_alone_and_a_compressed_one(tmp_path):
    path = workbook(tmp_path / "abstracts.xlsx", {"Sheet1": [["id", "abstract"],
                                                             [17, "Lin reaches 91.2% accuracy."]]})
    (tmp_path / "abstracts.xlsx.gz").write_bytes(gzip.compress(path.read_bytes()))
    for name in ("abstracts.xlsx", "abstracts.xlsx.gz"):
        papers, problems = read(tmp_path / name)
        assert (papers, problems) == ([{"abstract": "Lin reaches 91.2% accuracy.",
                                        "paper_id": title_hash("Lin reaches 91.2% accuracy."),
                                        "source": name, "line": 2, "extra": (("id", "17"),)}], [])


def test_a_web_of_science_excel_export(tmp_path):
    papers, problems = read(DATA / "wos_excel.xls")
    assert papers == [
        {"title": "Low-power inference on microcontrollers",
         "abstract": "We fit the model into 256 KB and cut energy by 48% on an STM32 microcontroller.",
         "paper_id": "7e7ca6e71b", "authors": "FR Thompson, A Lee", "date": "2022-03-01",
         "year": 2022, "venue": "IEEE TRANSACTIONS ON EMBEDDED COMPUTING",
         "doi": "10.1109/TEC.2022.123", "source": "wos_excel.xls", "line": 2,
         "extra": (("Publication Type", "J"), ("Author Full Names", "Thompson, Frank R.; Lee, Ann"),
                   ("UT (Unique WOS ID)", "WOS:000765432100001"))},
        {"title": "Sparse kernels for edge GPUs",
         "abstract": "Our kernels run 2.4x faster than cuSPARSE on a Jetson Orin.",
         "paper_id": title_hash("Sparse kernels for edge GPUs"), "authors": "B Chen", "year": 2021,
         "venue": "NATURE ELECTRONICS", "source": "wos_excel.xls", "line": 3,
         "extra": (("Publication Type", "J"), ("Author Full Names", "Chen, Bo"),
                   ("UT (Unique WOS ID)", "WOS:000765432100002"))}]
    assert problems == ["wos_excel.xls: row 4: record has neither title nor abstract; skipped"]


def _damaged_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")
    return path


def _zip_of_papers(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("papers.jsonl", '{"title": "A", "abstract": "B."}\n')
    return path


def _ole2(path: Path, body: bytes) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + body)
    return path


@pytest.mark.parametrize("make, message", [
    (lambda d: workbook(d / "meta.xlsx", {"refs": [["Title", "Year"], ["A Paper", 2020]]}),
     "meta.xlsx: no sheet has an abstract column (sheet 'refs': Title, Year)"),
    (lambda d: _damaged_xlsx(d / "broken.xlsx"),
     "broken.xlsx: not a readable Excel workbook"),
    (lambda d: _zip_of_papers(d / "papers.zip"),
     "papers.zip: a ZIP archive, not a file of papers; unpack it and give its files"),
    (lambda d: _ole2(d / "locked.xlsx", b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le")),
     "locked.xlsx: a password-protected workbook, which cannot be read; save it without a "
     "password or as CSV"),
    (lambda d: _ole2(d / "cut.xls", b"\x00" * 8),
     "cut.xls: not a readable Excel workbook"),
])
def test_a_workbook_that_cannot_be_read_is_one_line_and_exit_1(tmp_path, capsys, make, message):
    path = make(tmp_path)
    code = main(["papers", str(path)])
    err = capsys.readouterr().err.replace(f"{tmp_path}/", "").splitlines()
    assert code == 1
    assert err[0].startswith(f"claims: {message}") and len(err) == 2
    assert err[1] == "claims: read 0 papers from 0 files; skipped 0 records"


def test_claims_extract_reads_a_workbook(tmp_path):
    path = workbook(tmp_path / "scopus.xlsx", {"scopus": SCOPUS_ROWS})
    assert main(["extract", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    claims = load(tmp_path / "out").claims.astype(object).where(lambda f: f.notna(), None)
    assert [(c.paper_id, c.text, c.value, c.metric, c.kind, c.baseline, c.method)
            for c in claims.itertuples()] == [
        (title_hash("TinyConv: kernels for microcontrollers"), "3.1x", 3.1, "speedup", "ratio",
         "CMSIS-NN", "TinyConv")]
