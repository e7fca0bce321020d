"""Bad input is normal input: one-line problems naming file and line, and good records survive."""
from __future__ import annotations

import pytest

from claims.errors import InputError
from claims.model import Problem, ReadReport
from claims.readers import read_papers

CSV = "title,abstract\nCafé Kernels,Un résumé: 2x faster.\n"


def read(tmp_path, name: str, data: bytes, strict: bool = False):
    path = tmp_path / name
    path.write_bytes(data)
    report = ReadReport()
    papers = list(read_papers([path], report, strict))
    return papers, [str(p).replace(f"{tmp_path}/", "") for p in report.problems], report


def test_missing_file_is_a_problem_naming_it(tmp_path):
    report = ReadReport()
    assert list(read_papers([tmp_path / "nope.csv"], report)) == []
    assert report.problems == [Problem(f"{tmp_path}/nope.csv", "no such file", True)]
    assert report.skipped == 0


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it holds NUL bytes), not text"),
    # Columns no reader knows: a .txt file of prose would be an abstract, this is no prose.
    (b"id,name,score\n1,foo,3\n",
     "unknown layout; supported: JSON/JSON Lines, CSV/TSV, Excel (.xlsx, .xls), BibTeX, "
     "RIS, EndNote (XML or .enw), PubMed (MEDLINE or XML), Web of Science, arXiv Atom or "
     "OAI-PMH XML, Parquet, listing pages, a plain-text abstract (.txt, .md or stdin), "
     "each also gzip/bzip2/xz/zstd compressed"),
])
def test_unreadable_files(tmp_path, data, message):
    papers, problems, _ = read(tmp_path, "in.txt", data)
    assert papers == [] and problems == [f"in.txt: {message}"]


@pytest.mark.parametrize("encoded", [
    CSV.encode("latin-1"), CSV.encode("cp1252"), CSV.encode("utf-8-sig"), CSV.encode("utf-16"),
    CSV.replace("\n", "\r\n").encode("utf-8"),
])
def test_encodings_and_line_ends_decode_to_the_same_records(tmp_path, encoded):
    papers, problems, _ = read(tmp_path, "in.csv", encoded)
    assert problems == []
    assert [(p.title, p.abstract, p.line) for p in papers] == [
        ("Café Kernels", "Un résumé: 2x faster.", 2)]


def test_broken_jsonl_lines_are_reported_and_the_rest_is_read(tmp_path):
    data = (b'{"title": "Good One", "abstract": "A."}\n'
            b'{"title": "Broken", "abstract": \n'
            b'\n'
            b'["not", "an", "object"]\n'
            b'{"id": "x1"}\n'
            b'{"title": "Good Two", "abstract": "B."}\n')
    papers, problems, report = read(tmp_path, "in.jsonl", data)
    assert [(p.title, p.line) for p in papers] == [("Good One", 1), ("Good Two", 6)]
    assert problems == [
        "in.jsonl:2: invalid JSON: Expecting value (column 33)",
        "in.jsonl:4: record 4 is a list, not a paper",
        "in.jsonl:5: record 5 has neither title nor abstract; skipped",
    ]
    assert (report.read, report.skipped) == (2, 3)


def test_records_without_a_title_are_papers_known_by_their_abstract(tmp_path):
    """A file of ids and abstracts (a common export) is read as a folder of untitled plain-text
    abstracts is: each record a paper, its id kept, two copies of one abstract one paper."""
    data = (b'{"id": "r-17", "abstract": "Kin runs 2.5x faster on a Jetson Nano."}\n'
            b'{"id": "r-18", "abstract": "Lin reaches 91.2% accuracy on CIFAR-10."}\n'
            b'{"id": "r-17", "abstract": "Kin runs 2.5x faster on a Jetson Nano."}\n')
    papers, problems, report = read(tmp_path, "in.jsonl", data)
    assert problems == [] and report.skipped == 0
    assert [(p.title, p.abstract, dict(p.extra)) for p in papers] == [
        ("", "Kin runs 2.5x faster on a Jetson Nano.", {"id": "r-17"}),
        ("", "Lin reaches 91.2% accuracy on CIFAR-10.", {"id": "r-18"}),
        ("", "Kin runs 2.5x faster on a Jetson Nano.", {"id": "r-17"})]
    assert papers[0].paper_id == papers[2].paper_id != papers[1].paper_id


def test_csv_without_a_title_column_reads_its_abstracts(tmp_path):
    papers, problems, _ = read(tmp_path, "in.csv", b"doi,abstract\n10.1145/3580305,Kin is 2x faster.\n")
    assert problems == []
    assert [(p.title, p.abstract, p.doi) for p in papers] == [("", "Kin is 2x faster.", "10.1145/3580305")]


def test_json_document_broken_midway_keeps_the_records_before(tmp_path):
    data = b'[\n {"title": "Kept", "abstract": "A."},\n {"title": "Lost" "abstract": "B."}\n]\n'
    papers, problems, _ = read(tmp_path, "in.json", data)
    assert [p.title for p in papers] == ["Kept"]
    assert problems == ["in.json:3: invalid JSON: Expecting ',' delimiter (column 19); "
                        "the rest of the file is skipped"]


def test_csv_without_abstract_column(tmp_path):
    papers, problems, _ = read(tmp_path, "in.csv", b"id,Title,year\n1,A Paper,2020\n")
    assert papers == [] and problems == ["in.csv:1: no abstract column (columns: id, Title, year)"]


def test_csv_row_with_wrong_field_count_is_skipped(tmp_path):
    data = b"title,abstract\nOne,A.\nTwo,B.,extra\nThree,C.\n"
    papers, problems, _ = read(tmp_path, "in.csv", data)
    assert [p.title for p in papers] == ["One", "Three"]
    assert problems == ["in.csv:3: row has 3 fields, the header has 2"]


def test_bibtex_broken_entry_does_not_lose_its_neighbours(tmp_path):
    data = (b"@article{a, title={Before}, abstract={A.}}\n"
            b"@article{b, title={Broken, abstract={B.}\n"
            b"@article{c, title={After}, abstract={C.}}\n")
    papers, problems, _ = read(tmp_path, "in.bib", data)
    assert [(p.title, p.line) for p in papers] == [("Before", 1), ("After", 3)]
    assert problems == ["in.bib:2: malformed BibTeX entry; skipped"]


def test_malformed_xml(tmp_path):
    data = b'<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>T</title>\n</feed>\n'
    papers, problems, _ = read(tmp_path, "in.xml", data)
    assert papers == [] and problems == ["in.xml:3: malformed XML: mismatched tag (column 2)"]


def test_strict_mode_raises_at_the_first_bad_record(tmp_path):
    data = b'{"title": "Good", "abstract": "A."}\n{oops\n{"title": "Never", "abstract": "B."}\n'
    with pytest.raises(InputError) as caught:
        read(tmp_path, "in.jsonl", data, strict=True)
    assert str(caught.value).replace(f"{tmp_path}/", "") == (
        "in.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)")


def test_gold_annotations_are_a_note_not_an_error_even_when_strict(tmp_path):
    data = b'{"id": "x", "title": "T", "claims": []}\n'
    papers, problems, report = read(tmp_path, "gold.jsonl", data, strict=True)
    assert papers == [] and report.skipped == 0
    assert problems == ['gold.jsonl: gold annotations (records with "claims" and no abstract), '
                        'not papers; file skipped']


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_papers_or_problems_never_an_exception(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "in.txt"
    path.write_bytes(data)
    report = ReadReport()
    papers = list(read_papers([path], report))
    # A .txt file that no layout claims is one plain-text abstract, which may have no title.
    assert all(p.title or p.abstract for p in papers)
    assert all(p.title for p in papers) or len(papers) == 1
    assert report.read == len(papers)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aZ?:. -,", max_size=120))
def test_title_author_split_is_a_partition(glued):
    assert_partition(glued)


def test_title_author_split_of_a_title_after_white_space():
    assert_partition(" :Za Z")


def assert_partition(glued):
    from claims.readers.listing import split_title_authors
    split = split_title_authors(glued)
    if split is not None:
        title, authors = split
        # Both parts come stripped: a title glued after white space (" :Za Z") starts later.
        assert glued.lstrip().startswith(title) and glued.rstrip().endswith(authors) and authors
