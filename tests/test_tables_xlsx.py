"""`claims extract --format xlsx`: Excel workbooks that load back as the CSV tables do, keep text
as text, and respect Excel's limits instead of writing a file Excel cannot open."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from claims import spreadsheet
from claims.cli import main
from claims.engine import run_local
from claims.errors import OutputError
from claims.resources import seed_pages
from claims.tables import load

TABLES = ("claims", "papers", "platforms")


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory):
    out = tmp_path_factory.mktemp("runs")
    pages = [str(p) for p in seed_pages()]
    run_local(pages, out / "csv", "csv")
    run_local(pages, out / "xlsx", "xlsx")
    run_local(pages, out / "xlsx2", "xlsx", jobs=2)
    return out


def test_workbooks_load_back_as_the_csv_tables(seed_runs):
    csv, xlsx, xlsx2 = (load(seed_runs / name) for name in ("csv", "xlsx", "xlsx2"))
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(xlsx, name), getattr(csv, name))
        pd.testing.assert_frame_equal(getattr(xlsx2, name), getattr(csv, name))
    assert len(csv.claims) > 250 and xlsx.problems == ()


def test_a_workbook_is_one_typed_sheet_with_its_header_frozen(seed_runs):
    sheet = load_workbook(seed_runs / "xlsx" / "claims.xlsx").active
    assert (sheet.title, sheet.freeze_panes) == ("claims", "A2")
    header = [cell.value for cell in sheet[1]]
    first = dict(zip(header, (cell.value for cell in sheet[2])))
    assert isinstance(first["value"], float) and isinstance(first["start"], int)
    assert sheet.max_row == len(load(seed_runs / "csv").claims) + 1


def test_text_that_reads_as_a_formula_stays_text(tmp_path):
    title = '=HYPERLINK("http://example.com","x")'
    (tmp_path / "in.jsonl").write_text(json.dumps(
        {"title": title, "abstract": "Kin runs 2.5x faster than TVM on a Jetson Nano."}) + "\n")
    run_local([str(tmp_path / "in.jsonl")], tmp_path / "out", "xlsx")
    for name in ("papers", "claims"):
        cell = load_workbook(tmp_path / "out" / f"{name}.xlsx").active["B2"]
        assert (cell.value, cell.data_type) == (title, "s")
    assert list(load(tmp_path / "out").claims["title"]) == [title]


def test_a_cell_longer_than_excel_holds_is_cut_and_marked(tmp_path):
    abstract = "Kin runs 2.5x faster than TVM. " + "Filler words go on here. " * 1_600
    (tmp_path / "in.jsonl").write_text(json.dumps({"title": "Long", "abstract": abstract}) + "\n")
    run_local([str(tmp_path / "in.jsonl")], tmp_path / "out", "xlsx")
    written = load(tmp_path / "out").papers["abstract"].iloc[0]
    assert len(abstract.strip()) > spreadsheet.MAX_CELL
    assert len(written) == spreadsheet.MAX_CELL and written.endswith("…")
    assert written[:-1] == abstract.strip()[:spreadsheet.MAX_CELL - 1]


def test_a_table_with_more_rows_than_a_sheet_is_refused_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 100)
    pages = [str(p) for p in seed_pages()]
    with pytest.raises(OutputError, match=r"/out/papers\.xlsx: more rows than an Excel sheet "
                                          r"holds \(99\); write csv or parquet"):
        run_local(pages, tmp_path / "out", "xlsx")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_claims_extract_and_report_on_workbooks(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"title": "Kin: fast kernels",
                                  "abstract": "Kin runs 2.5x faster than TVM on a Jetson Nano."}) + "\n")
    assert main(["extract", str(source), "--out", str(tmp_path / "out"), "--format", "xlsx",
                 "--quiet"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claims.xlsx", "papers.xlsx", "platforms.xlsx"]
    capsys.readouterr()
    assert main(["report", str(tmp_path / "out"), "--view", "speedups", "--format", "csv"]) == 0
    import io
    report = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(zip(report["method"], report["value"], report["platform"])) == [
        ("Kin", 2.5, "NVIDIA Jetson Nano")]
