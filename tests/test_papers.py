"""The papers table: dedupe across inputs, dtypes, writers, and `claims papers`."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import regex
from hypothesis import given, strategies as st

from claims.cli import main
from claims.errors import InputError, OutputError
from claims.model import PAPER_COLUMNS, Paper
from claims.readers.records import normalize_title, squash, title_hash
from claims.model import ReadReport
from claims.papers import format_table, merge_papers, papers_frame, read, write_table
from claims.resources import seed_pages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "readers"


def test_same_title_is_one_paper_filled_from_later_copies():
    first = Paper(title="Fast Kernels!", abstract="A.", paper_id=title_hash("Fast Kernels!"), source="a.txt",
                  line=3, date="May 2")
    later = Paper(title="fast  kernels", abstract="Other.", paper_id="2101.00001",
                  authors="Ann Lee", year=2021, source="b.csv", line=9, extra=(("doi", "x"),))
    assert merge_papers([first, later]) == [
        Paper(title="Fast Kernels!", abstract="A.", paper_id="2101.00001", authors="Ann Lee",
              date="May 2", year=2021, source="a.txt", line=3, extra=(("doi", "x"),))]


def test_read_gives_the_documented_columns_and_dtypes():
    df = read([DATA / "papers.csv", DATA / "papers.tsv"])
    assert list(df.columns) == list(PAPER_COLUMNS)
    assert {c: str(t) for c, t in df.dtypes.items()} == {
        "paper_id": "string", "title": "string", "authors": "string", "date": "string",
        "year": "Int64", "category": "string", "has_code": "boolean", "org": "string",
        "venue": "string", "doi": "string", "arxiv_id": "string", "url": "string",
        "bibtex_key": "string", "source": "string", "line": "Int64", "abstract": "string"}
    assert df.to_dict(orient="records")[2] == {
        "paper_id": "1b5279ac71", "title": "TSV Paper", "authors": "", "date": "", "year": None,
        "category": "", "has_code": None, "org": "", "venue": "ICML", "doi": "", "arxiv_id": "",
        "url": "", "bibtex_key": "", "source": "papers.tsv", "line": 2,
        "abstract": "It reaches 91.2% accuracy."}


@pytest.mark.parametrize("fields", [
    {},
    {"year": 2021, "line": 3, "has_code": True, "org": "MIT"},
    {"title": " ", "authors": None, "has_code": False},
    {"year": True},                      # not a whole number: the general path types it
    {"paper_id": 7},                     # not text: the general path writes it as text
    {"line": 2**53 + 1},                 # past float64's whole numbers: the general path
    {"line": -2**53, "year": 2**53},     # the extremes a float64 column still holds
    {"has_code": 1},                     # not a boolean
    {"year": 2021.0},                    # not an int
])
def test_column_by_column_frame_types_as_the_row_frame_does(fields):
    from claims.papers import _plain_papers_frame

    papers = [Paper(title="A", abstract="B"), Paper(**{"title": "C", "abstract": "D", **fields})]
    # With extra=True (and no extras) the frame is typed row by row, the general path.
    general = papers_frame(papers, extra=True)
    plain = _plain_papers_frame(papers)
    odd = {column: type(value) for column, value in fields.items()} in (
        {"year": bool}, {"paper_id": int}, {"has_code": int}, {"year": float}) or fields.get("line") == 2**53 + 1
    assert (plain is None) == odd
    fast = papers_frame(iter(papers))
    assert fast.equals(general) and list(fast.dtypes) == list(general.dtypes)
    assert fast.to_csv(index=False) == general.to_csv(index=False)


def test_read_with_extra_adds_metadata_columns(tmp_path):
    (tmp_path / "scored.csv").write_text("title,abstract,venue,score\nT,A.,ICML,7\n")
    df = read(tmp_path / "scored.csv", extra=True)
    assert list(df.columns) == list(PAPER_COLUMNS) + ["score"]
    assert df["score"].tolist() == ["7"] and df["venue"].tolist() == ["ICML"]


def test_read_raises_when_nothing_could_be_read(tmp_path):
    with pytest.raises(InputError, match=r"^no papers read: .*nope\.csv: no such file$"):
        read(tmp_path / "nope.csv", skip_missing=True)


def test_read_names_a_missing_file_unless_told_to_skip_it(tmp_path):
    good = DATA / "papers.tsv"
    with pytest.raises(InputError, match=r"nope\.csv: no such file or directory"):
        read([good, tmp_path / "nope.csv"])
    report = ReadReport()
    assert len(read([good, tmp_path / "nope.csv"], skip_missing=True, report=report)) == 1
    assert [str(p) for p in report.problems] == [f"{tmp_path / 'nope.csv'}: no such file"]


def test_write_table_in_every_format(tmp_path):
    df = papers_frame(merge_papers([Paper(title="T|1", abstract="A, b.", paper_id="p1", year=2020,
                                          source="s", line=1)]))
    write_table(df, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text() == (
        "paper_id,title,authors,date,year,category,has_code,org,venue,doi,arxiv_id,url,"
        "bibtex_key,source,line,abstract\n"
        'p1,T|1,,,2020,,,,,,,,,s,1,"A, b."\n')
    write_table(df, tmp_path / "t.jsonl", "jsonl")
    assert json.loads((tmp_path / "t.jsonl").read_text()) == {
        "paper_id": "p1", "title": "T|1", "authors": "", "date": "", "year": 2020, "category": "",
        "has_code": None, "org": "", "venue": "", "doi": "", "arxiv_id": "", "url": "",
        "bibtex_key": "", "source": "s", "line": 1, "abstract": "A, b."}
    write_table(df, tmp_path / "t.parquet")
    back = pd.read_parquet(tmp_path / "t.parquet")
    assert back["title"].tolist() == ["T|1"] and back["year"].tolist() == [2020]
    write_table(df[["paper_id", "title"]], tmp_path / "t.md", note="claims papers x")
    assert (tmp_path / "t.md").read_text() == (
        "<!-- claims papers x -->\n\n| paper_id   | title   |\n|------------|---------|\n"
        "| p1         | T\\|1    |\n")
    with pytest.raises(OutputError, match="unknown table format 'xlsx'"):
        write_table(df, tmp_path / "t.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.jsonl", "t.md", "t.parquet"]


def test_md_shortens_only_the_named_column():
    df = pd.DataFrame({"title": ["x" * 10], "abstract": ["word " * 30]})
    text = format_table(df, "md", shorten={"abstract": 12})
    assert text.splitlines()[2] == "| xxxxxxxxxx | word word… |"


def test_cli_papers_on_the_seeds(capsys):
    gold = ROOT / "seeds" / "gold.jsonl"
    assert main(["papers", *map(str, seed_pages()), str(gold), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert len(pd.read_csv(__import__("io").StringIO(out))) == 266
    assert err.splitlines() == [
        f"claims: {gold}: note: gold annotations (records with "
        "\"claims\" and no abstract), not papers; file skipped",
        "claims: read 266 papers from 5 files; skipped 0 records; merged 1 duplicate"]


def test_cli_papers_warns_and_succeeds_when_some_input_is_good(capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "Good", "abstract": "A."}\n{broken\n')
    assert main(["papers", str(bad), str(tmp_path / "missing.bib"), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Good"]
    assert err.splitlines() == [
        f"claims: {bad}:2: invalid JSON: Expecting property name enclosed in double quotes "
        "(column 2)",
        f"claims: {tmp_path / 'missing.bib'}: no such file",
        "claims: read 1 paper from 1 file; skipped 1 record"]


def test_cli_papers_exit_codes(capsys, tmp_path):
    assert main(["papers", str(tmp_path / "missing.csv")]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "claims: read 0 papers from 0 files; skipped 0 records")
    assert main(["papers", str(tmp_path / "missing.csv"), "--strict"]) == 1
    assert capsys.readouterr().err == f"claims: {tmp_path / 'missing.csv'}: no such file\n"
    assert main(["papers"]) == 2
    assert main(["papers", str(DATA / "papers.tsv"), "--format", "xml"]) == 2


def test_cli_papers_md_output(capsys):
    assert main(["papers", str(DATA / "papers.tsv")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [cell.strip() for cell in out[0].split("|")[1:-1]] == list(PAPER_COLUMNS)
    assert [cell.strip() for cell in out[2].split("|")[1:-1]] == [
        "1b5279ac71", "TSV Paper", "", "", "", "", "", "", "ICML", "", "", "", "", "papers.tsv", "2",
        "It reaches 91.2% accuracy."]


def test_squash_collapses_every_whitespace_run_to_one_space():
    assert squash("  Fast\n\tand\u00a0 small \u2003") == "Fast and small"
    assert squash(None) == ""
    assert squash(12) == "12"


def test_squash_keeps_an_inner_information_separator_which_is_no_whitespace_run():
    assert squash(" a\x1cb  c\x1d\x1dd ") == "a\x1cb c\x1d\x1dd"


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000")))
def test_squash_is_the_regex_whitespace_collapse(text):
    assert squash(text) == regex.sub(r"\s+", " ", text).strip()


def _split_squash(text: str) -> str:
    """squash as it was before its shortcut for text it leaves unchanged."""
    if any(separator in text for separator in "\x1c\x1d\x1e\x1f"):
        return regex.sub(r"\s+", " ", text).strip()
    return " ".join(text.split())


def test_squash_returns_text_without_a_whitespace_run_itself_and_splits_the_rest():
    plain = "Fast and small, 2x faster."
    assert squash(plain) is plain
    for text in (" a b", "a b ", "a  b", "a\tb", "a\nb", "a\rb", "a\x0bb", "a\x0cb", "a\x1cb",
                 "a\x1fb", "a\u00a0b", "a\u2009b", "caf\u00e9 au  lait"):
        assert squash(text) == _split_squash(text)
    assert squash("a\u00a0b") == "a b"


@given(st.text(alphabet=st.sampled_from(
    "ab. \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2009\u2028\u3000\u00e9")))
def test_squash_equals_the_split_and_join(text):
    assert squash(text) == _split_squash(text)


_NOT_ALNUM = regex.compile(r"[^a-z0-9]+")
_NOT_WORD = regex.compile(r"[\W_]+")


@given(st.text(alphabet=st.sampled_from("aZ09 -_:!\u212a\u0130\u00c9\u00e9\u4e2d\u0391\u00df")))
def test_normalize_title_equals_the_regex_deletion(title):
    # ASCII titles take a byte deletion; U+212A (Kelvin sign) lowers to ASCII "k".
    expected = _NOT_ALNUM.sub("", title.lower()) or _NOT_WORD.sub("", title.casefold())
    assert normalize_title(title) == expected


def test_normalize_title_of_ascii_and_other_titles():
    assert normalize_title("HE^2: A Communication-Light Architecture") == "he2acommunicationlightarchitecture"
    assert normalize_title("\u212aernel Fusion") == "kernelfusion"
    assert normalize_title("\u6df1\u5ea6 \u5b66\u4e60!") == "\u6df1\u5ea6\u5b66\u4e60"
    assert normalize_title("--- ___") == ""


def test_find_arxiv_id_needs_the_dot_or_slash_of_either_form():
    from claims.readers.records import ARXIV_ID, find_arxiv_id

    for text in ("af9214b239", "2101 00001", "hep-th 9901001", "", "arXiv:2101.00001v2",
                 "https://arxiv.org/abs/hep-th/9901001", "math.OC/0501001v3", "x" * 299 + "/1234567"):
        match = ARXIV_ID.search(text[:300])
        assert find_arxiv_id(text) == (match.group(1) if match else "")
    assert find_arxiv_id("arXiv:2101.00001v2") == "2101.00001"
    assert find_arxiv_id("https://arxiv.org/abs/hep-th/9901001") == "hep-th/9901001"
    assert find_arxiv_id("af9214b239") == ""


def test_make_paper_keeps_extra_metadata_as_text_without_empty_values():
    from claims.readers.records import Source, make_paper

    paper = make_paper(Source("a.jsonl", "a.jsonl"), 3, title="T",
                       extra={"doi": " 10.1/x ", 7: True, "none": None, "blank": "  ", "tags": ["a", "b"]})
    assert paper.extra == (("doi", "10.1/x"), ("7", "true"), ("tags", "a; b"))
    assert make_paper(Source("a", "a"), None, title="T").extra == ()


def test_paper_columns_of_no_papers_are_empty_columns():
    from claims.papers import paper_columns

    assert paper_columns([]) == {column: [] for column in PAPER_COLUMNS}
    assert paper_columns([Paper(title="A", abstract="B", year=None)])["year"] == [None]


def test_a_hand_made_papers_table_gets_the_ids_read_gives(tmp_path):
    """A notebook's own DataFrame of titles and abstracts: its claims carry the paper_id that
    claims.read gives the same papers (title hash; abstract hash without a title), so they join."""
    import claims
    own = pd.DataFrame({"title": ["Kin: fast kernels", None],
                        "abstract": ["Kin is 2.5x faster than TVM.", "Lin reaches 91.2% accuracy."]})
    (tmp_path / "in.jsonl").write_text(
        '{"title": "Kin: fast kernels", "abstract": "Kin is 2.5x faster than TVM."}\n'
        '{"abstract": "Lin reaches 91.2% accuracy."}\n')
    table = claims.extract_table(own)
    assert list(zip(table["paper_id"], table["value"], table["metric"])) == [
        (title_hash("Kin: fast kernels"), 2.5, "speedup"),
        (title_hash("Lin reaches 91.2% accuracy."), 91.2, "accuracy")]
    assert list(table["paper_id"]) == list(read(tmp_path / "in.jsonl")["paper_id"])


@pytest.mark.parametrize("call, message", [
    (lambda c: c.extract_table(["Kin is 2x faster."]),
     "a papers DataFrame is needed (claims.read gives one), got list; "
     "for one abstract, use claims.extract(text)"),
    (lambda c: c.extract_table(pd.DataFrame({"text": ["Kin is 2x faster."]})),
     "the papers table has no abstract column (columns: text)"),
    (lambda c: c.extract(["Kin is 2x faster."]),
     "claims.extract takes one abstract as text (str), got list; "
     "for many, claims.extract_table(papers) takes a papers DataFrame"),
    (lambda c: c.explain(3), "claims.explain takes one abstract as text (str), got int; "
                             "for many, claims.extract_table(papers) takes a papers DataFrame"),
])
def test_library_calls_given_the_wrong_thing_say_what_they_take(call, message):
    import claims
    with pytest.raises(claims.ClaimsError) as raised:
        call(claims)
    assert str(raised.value) == message
