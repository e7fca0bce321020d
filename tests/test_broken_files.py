"""Broken input files through the CLI (`claims papers`, `claims extract`): one clear line per
problem naming the file (and line), good records kept, exit 1 only when nothing was read, and no
traceback. Reader-level cases live in tests/test_readers_bad_input.py; these go end to end."""
from __future__ import annotations

import codecs
import json

import pytest

from claims.cli import main

GOOD = {"title": "FastNet: Quick inference", "abstract": "FastNet is 3.5x faster than ResNet-50."}
CSV_TEXT = "title,abstract\nCafé Kernels,Un résumé: 2x faster.\n"


def run(capsys, *argv: str) -> tuple[int, str, list[str]]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err.splitlines()


def papers_csv(capsys, *inputs) -> tuple[int, list[str], list[str]]:
    code, out, err = run(capsys, "papers", *map(str, inputs), "--format", "jsonl")
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    return code, titles, err


def write(path, data: bytes | str):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- files that hold nothing readable: exit 1, one line naming the file, then the summary ----

@pytest.mark.parametrize("name, data, message", [
    ("empty.jsonl", b"", "empty file"),
    ("blank.csv", b"\n \r\n\t\n", "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
     "binary file (it holds NUL bytes), not text"),
    ("broken16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16 at byte 2"),
])
@pytest.mark.parametrize("command", ["papers", "extract"])
def test_a_file_with_nothing_readable_exits_1_naming_it(tmp_path, capsys, command, name, data, message):
    path = write(tmp_path / name, data)
    out = tmp_path / "out"
    extra = ["--out", str(out)] if command == "extract" else []
    code, stdout, err = run(capsys, command, str(path), *extra)
    assert code == 1 and stdout == ""
    assert err == [f"claims: {path}: {message}",
                   "claims: read 0 papers from 0 files; skipped 0 records"]
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize("command", ["papers", "extract"])
def test_missing_file_and_empty_directory_next_to_a_good_file(tmp_path, capsys, command):
    good = write(tmp_path / "good.jsonl", json.dumps(GOOD) + "\n")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    missing = tmp_path / "missing.jsonl"
    extra = ["--out", str(tmp_path / "out")] if command == "extract" else ["--format", "csv"]
    code, _, err = run(capsys, command, str(missing), str(empty_dir), str(good), *extra)
    assert code == 0
    assert err[:3] == [f"claims: {missing}: no such file",
                       f"claims: {empty_dir}: directory holds no files",
                       "claims: read 1 paper from 1 file; skipped 0 records"]


def test_only_missing_inputs_exit_1(tmp_path, capsys):
    code, titles, err = papers_csv(capsys, tmp_path / "a.jsonl", tmp_path / "b.bib")
    assert (code, titles) == (1, [])
    assert err == [f"claims: {tmp_path}/a.jsonl: no such file", f"claims: {tmp_path}/b.bib: no such file",
                   "claims: read 0 papers from 0 files; skipped 0 records"]


# --- encodings and line ends: the same records whatever the bytes --------------------------

@pytest.mark.parametrize("encoded", [
    CSV_TEXT.encode("latin-1"), CSV_TEXT.encode("utf-16"), CSV_TEXT.encode("utf-16-be"),
    CSV_TEXT.encode("utf-8-sig"), CSV_TEXT.replace("\n", "\r\n").encode("utf-8"),
    CSV_TEXT.replace("\n", "\r").encode("utf-8"),
], ids=["latin-1", "utf-16-bom", "utf-16-be-no-bom", "utf-8-bom", "crlf", "cr"])
def test_encodings_and_line_ends_through_the_cli(tmp_path, capsys, encoded):
    path = write(tmp_path / "in.csv", encoded)
    code, out, err = run(capsys, "papers", str(path), "--format", "jsonl")
    assert code == 0, err
    record = json.loads(out)
    assert (record["title"], record["abstract"], record["line"]) == (
        "Café Kernels", "Un résumé: 2x faster.", 2)
    assert err == ["claims: read 1 paper from 1 file; skipped 0 records"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "latin-1", "utf-16"])
def test_jsonl_with_bom_crlf_or_legacy_encoding_keeps_line_numbers(tmp_path, capsys, encoding):
    text = "\r\n".join([json.dumps({"title": "Café One", "abstract": "A."}, ensure_ascii=False),
                        "{broken", json.dumps({"title": "Two", "abstract": "B."})]) + "\r\n"
    path = write(tmp_path / "in.jsonl", text.encode(encoding))
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, ["Café One", "Two"])
    assert err == [f"claims: {path}:2: invalid JSON: Expecting property name enclosed in double "
                   "quotes (column 2)", "claims: read 2 papers from 1 file; skipped 1 record"]


# --- broken records inside good files: reported by line, neighbours kept ---------------------

def test_truncated_last_jsonl_line(tmp_path, capsys):
    data = json.dumps(GOOD) + '\n{"title": "Cut off", "abstr'
    path = write(tmp_path / "cut.jsonl", data)
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, [GOOD["title"]])
    assert err == [f"claims: {path}:2: invalid JSON: Unterminated string starting at (column 22)",
                   "claims: read 1 paper from 1 file; skipped 1 record"]


def test_json_records_with_wrong_types_are_named_and_skipped(tmp_path, capsys):
    records = [
        {"title": "Number", "abstract": 5},
        {"title": "Null abstract", "abstract": None},
        {"title": "List abstract", "abstract": ["First part 2x faster.", "Second part."]},
        {"title": "Bad list", "abstract": [1, 2]},
        {"title": "Object", "abstract": {"lang": "en"}},
        {"title": "Flag", "abstract": True},
        {"title": 42, "abstract": "A title that is a number."},
        {"title": "Huge", "abstract": 1e300},
    ]
    path = write(tmp_path / "types.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    code, out, err = run(capsys, "papers", str(path), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["title"], r["abstract"], r["line"]) for r in rows] == [
        ("Null abstract", "", 2), ("List abstract", "First part 2x faster. Second part.", 3)]
    assert err == [
        f"claims: {path}:1: abstract is a number (5), not text",
        f"claims: {path}:4: abstract is a list of non-text items, not text",
        f"claims: {path}:5: abstract is an object without a text field, not text",
        f"claims: {path}:6: abstract is a boolean (true), not text",
        f"claims: {path}:7: title is a number (42), not text",
        f"claims: {path}:8: abstract is a number (1e+300), not text",
        "claims: read 2 papers from 1 file; skipped 6 records; 1 paper has no abstract (kept)"]


def test_json_document_with_wrong_types_names_the_record_line(tmp_path, capsys):
    data = '[\n  {"title": "Kept", "abstract": "A."},\n  {"title": "Bad", "abstract": [null, 3]}\n]\n'
    path = write(tmp_path / "doc.json", data)
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, ["Kept"])
    assert err[0] == f"claims: {path}:3: abstract is a list of non-text items, not text"


def test_csv_without_an_abstract_column_exits_1(tmp_path, capsys):
    path = write(tmp_path / "meta.csv", "title,year\nA Paper,2020\n")
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (1, [])
    assert err == [f"claims: {path}:1: no abstract column (columns: title, year)",
                   "claims: read 0 papers from 0 files; skipped 0 records"]


def test_csv_quoted_newlines_are_one_record_numbered_by_its_first_line(tmp_path, capsys):
    data = ('title,abstract\n"Two-line\ntitle","It is\n2x faster, and ""quoted"".\n"\n'
            'Next,"Plain."\n')
    path = write(tmp_path / "multi.csv", data)
    code, out, err = run(capsys, "papers", str(path), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ["claims: read 2 papers from 1 file; skipped 0 records"]
    assert [(r["title"], r["abstract"], r["line"]) for r in rows] == [
        ("Two-line title", 'It is 2x faster, and "quoted".', 2), ("Next", "Plain.", 6)]


def test_csv_unterminated_quote_loses_only_its_own_row(tmp_path, capsys):
    # Before: the open quote swallowed every later row into one abstract, silently.
    data = 'title,abstract\nBefore,"A."\nOpen,"never closed\nAfter,"B."\nLast,C.\nTail,"open again\n'
    path = write(tmp_path / "open.csv", data)
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, ["Before", "After", "Last"])
    assert err == [f"claims: {path}:3: unterminated quoted field; row skipped",
                   f"claims: {path}:6: unterminated quoted field; row skipped",
                   "claims: read 3 papers from 1 file; skipped 2 records"]


def test_bibtex_unbalanced_braces(tmp_path, capsys):
    data = ("@article{a, title={Before}, abstract={It is 2x faster.}}\n"
            "@article{b, title={Unbalanced {braces}, abstract={B.}\n\n"
            "@inproceedings{c, title={After}, abstract={C.}}\n"
            "@article{d, title={Last}, abstract={never closed\n")
    path = write(tmp_path / "refs.bib", data)
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, ["Before", "After"])
    assert err == [f"claims: {path}:2: malformed BibTeX entry; skipped",
                   f"claims: {path}:5: malformed BibTeX entry; skipped",
                   "claims: read 2 papers from 1 file; skipped 2 records"]


@pytest.mark.parametrize("data, message", [
    ('<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>T</title>\n</feed>\n',
     ":3: malformed XML: mismatched tag (column 2)"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title></entry>',
     ":1: malformed XML: no element found (column 73)"),
    ('<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;">]>\n'
     '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&b;</title></entry></feed>',
     ": XML refused for safety: EntitiesForbidden"),
])
def test_malformed_or_unsafe_xml_exits_1_naming_the_line(tmp_path, capsys, data, message):
    path = write(tmp_path / "feed.xml", data)
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (1, [])
    assert err == [f"claims: {path}{message}", "claims: read 0 papers from 0 files; skipped 0 records"]


def test_bad_file_among_good_ones_for_extract(tmp_path, capsys):
    good = write(tmp_path / "good.jsonl", json.dumps(GOOD) + "\n")
    binary = write(tmp_path / "blob.bin", bytes(range(256)))
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", str(binary), str(good), "--out", str(out))
    assert code == 0
    assert err == [f"claims: {binary}: binary file (it holds NUL bytes), not text",
                   "claims: read 1 paper from 1 file; skipped 0 records",
                   f"claims: wrote 1 paper, 1 claim and 0 platforms to {out}"]


# --- --strict: stop at the first bad record, name it, write nothing --------------------------

@pytest.mark.parametrize("name, data, first_bad", [
    ("s.csv", 'title,abstract\nA,"x."\nB,"open\nC,"y."\n', "3: unterminated quoted field; row skipped"),
    ("s.jsonl", json.dumps(GOOD) + '\n{"title": "T", "abstract": 7}\n', "2: abstract is a number (7), not text"),
    ("s.bib", "@article{a, title={A}, abstract={x}}\n@article{b, title={B\n", "2: malformed BibTeX entry; skipped"),
])
@pytest.mark.parametrize("command", ["papers", "extract"])
def test_strict_stops_at_the_first_bad_record(tmp_path, capsys, command, name, data, first_bad):
    path = write(tmp_path / name, data)
    out = tmp_path / "out"
    extra = ["--out", str(out)] if command == "extract" else []
    code, stdout, err = run(capsys, command, str(path), "--strict", *extra)
    assert (code, stdout) == (1, "")
    assert err == [f"claims: {path}:{first_bad}"]
    assert not out.exists() or list(out.iterdir()) == []


# --- size and output problems ----------------------------------------------------------------

def test_a_50_mb_file_with_one_huge_broken_line(tmp_path, capsys):
    """50 MB in one JSON Lines file: a 50 MB line that is not JSON is one skipped record, and
    the records around it are read (the file is streamed, line by line)."""
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(GOOD) + "\n")
        handle.write('{"title": "Padding", "body": "' + "x" * (50 * 1024 * 1024) + "\n")
        handle.write(json.dumps({"title": "After the wall", "abstract": "It cuts energy by 30%."}) + "\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", str(path), "--out", str(out), "--format", "jsonl")
    assert code == 0
    assert err == [f"claims: {path}:2: invalid JSON: Unterminated string starting at (column 30)",
                   "claims: read 2 papers from 1 file; skipped 1 record",
                   f"claims: wrote 2 papers, 2 claims and 0 platforms to {out}"]


def test_output_folder_whose_parent_is_a_file(tmp_path, capsys):
    good = write(tmp_path / "good.jsonl", json.dumps(GOOD) + "\n")
    blocker = write(tmp_path / "blocker", "a file, not a folder")
    code, _, err = run(capsys, "extract", str(good), "--out", str(blocker / "out"))
    assert code == 1
    assert err[-1] == f"claims: {blocker}/out: cannot write: Not a directory"
    assert blocker.read_text() == "a file, not a folder"
    code, _, err = run(capsys, "extract", str(good), "--out", str(blocker))
    assert (code, err[-1]) == (1, f"claims: {blocker}: not a directory")


def test_bibtex_undefined_string_macro_is_one_bad_entry(tmp_path, capsys):
    # Found by tests/test_fuzz.py: bibtexparser raised UndefinedString and the run died.
    path = write(tmp_path / "macro.bib", "@article{b, title=v # {2}, abstract={x}}\n"
                                         "@article{c, title={Fine}, abstract={y}}\n")
    code, titles, err = papers_csv(capsys, path)
    assert (code, titles) == (0, ["Fine"])
    assert err == [f"claims: {path}:1: BibTeX entry uses an undefined @string macro 'v'; skipped",
                   "claims: read 1 paper from 1 file; skipped 1 record"]
