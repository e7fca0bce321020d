"""claims.tables: the three tables' dtypes, and reading a tables directory back typed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from claims.errors import ClaimsError, InputError
from claims.model import CLAIM_COLUMNS, PAPER_COLUMNS, PLATFORM_COLUMNS, Claim, Platform
from claims.tables import (
    CLAIM_DTYPES, PAPER_DTYPES, PLATFORM_DTYPES, claims_frame, load, platforms_frame,
)

FIXTURE = Path(__file__).parent / "data" / "reports"


def test_dtypes_cover_every_column_in_order():
    assert tuple(CLAIM_DTYPES) == CLAIM_COLUMNS
    assert tuple(PAPER_DTYPES) == PAPER_COLUMNS
    assert tuple(PLATFORM_DTYPES) == PLATFORM_COLUMNS
    assert {c for c, t in CLAIM_DTYPES.items() if t == "Float64"} == {
        "value", "value_low", "baseline_value", "si_value", "gain"}
    assert {c for c, t in CLAIM_DTYPES.items() if t == "Int64"} == {"start", "end"}
    assert PAPER_DTYPES["year"] == "Int64" and PAPER_DTYPES["has_code"] == "boolean"
    assert PAPER_DTYPES["line"] == "Int64" and PLATFORM_DTYPES["class"] == "string"


def test_load_reads_the_fixture_with_the_declared_dtypes():
    tables = load(FIXTURE)
    assert tables.problems == ()
    assert (len(tables.claims), len(tables.papers), len(tables.platforms)) == (33, 16, 14)
    assert {c: str(t) for c, t in tables.claims.dtypes.items()} == CLAIM_DTYPES
    assert {c: str(t) for c, t in tables.papers.dtypes.items()} == PAPER_DTYPES
    assert {c: str(t) for c, t in tables.platforms.dtypes.items()} == PLATFORM_DTYPES
    first = tables.claims.iloc[0]
    assert (first["method"], first["value"], first["unit"], first["gain"]) == (
        "LitePath", 104.5, "x", 104.5)
    assert first["value_low"] is pd.NA and first["dataset"] is pd.NA
    assert first["rule_ids"] == "speedup.faster unit.x qualifier.up_to"
    survey = tables.papers.set_index("paper_id").loc["ns01"]
    assert survey["has_code"] is pd.NA and survey["year"] == 2023


def test_offsets_of_the_fixture_point_at_the_claim_text():
    tables = load(FIXTURE)
    abstracts = tables.papers.set_index("paper_id")["abstract"]
    for row in tables.claims.itertuples():
        assert abstracts[row.paper_id][row.start:row.end] == row.text


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_parquet_and_jsonl_tables_read_back_equal(tmp_path, fmt):
    tables = load(FIXTURE)
    for name in ("claims", "papers", "platforms"):
        frame = getattr(tables, name)
        if fmt == "parquet":
            frame.to_parquet(tmp_path / f"{name}.parquet")
        else:
            frame.to_json(tmp_path / f"{name}.jsonl", orient="records", lines=True)
    again = load(tmp_path)
    for name in ("claims", "papers", "platforms"):
        pd.testing.assert_frame_equal(getattr(again, name), getattr(tables, name))


def test_jsonl_rule_ids_as_a_list_are_joined(tmp_path):
    record = {"paper_id": "p", "metric": "latency", "kind": "absolute", "value": 12,
              "unit": "ms", "rule_ids": ["latency.ms", "unit.ms"]}
    (tmp_path / "claims.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    tables = load(tmp_path)
    assert tables.claims.loc[0, "rule_ids"] == "latency.ms unit.ms"
    assert tables.claims.loc[0, "value"] == 12.0
    assert tables.papers.empty and list(tables.papers.columns) == list(PAPER_COLUMNS)
    assert str(tables.platforms["start"].dtype) == "Int64"


def test_a_broken_record_is_skipped_and_named_by_line(tmp_path):
    shutil.copy(FIXTURE / "papers.csv", tmp_path)
    lines = (FIXTURE / "claims.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",99.71,", ",n/a,")
    lines[5] = lines[5].replace(",accuracy,", ",velocity,", 1)
    lines.insert(6, "lp01,too,few")
    (tmp_path / "claims.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables = load(tmp_path)
    where = str(tmp_path / "claims.csv")
    assert [str(p) for p in tables.problems] == [
        f"{where}:3: value: 'n/a' is not a number (record skipped)",
        f"{where}:6: metric: 'velocity' is not one of speedup, latency, training_time, time, "
        "throughput, energy, energy_efficiency, power, memory, model_size, compute, area, cost, "
        "overhead, accuracy, auc, f1, error, success_rate, psnr, map, bleu, perplexity, other "
        "(record skipped)",
        f"{where}:7: 3 fields where the header has 29 (record skipped)",
    ]
    assert len(tables.claims) == 31
    assert 87.6 not in tables.claims["value"].tolist()     # the good neighbours all stay
    assert tables.claims["value"].tolist()[:4] == [104.5, 0.953, 171.0, 82.7]


def test_a_bad_vocabulary_value_is_reported(tmp_path):
    lines = (FIXTURE / "claims.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "claims.csv").write_text(
        "\n".join([lines[0], lines[1].replace(",ratio,", ",factor,")]) + "\n", encoding="utf-8")
    tables = load(tmp_path)
    assert [str(p) for p in tables.problems] == [
        f"{tmp_path / 'claims.csv'}:2: kind: 'factor' is not one of absolute, change, ratio "
        "(record skipped)"]
    assert tables.claims.empty


@pytest.mark.parametrize("content, message", [
    (b"", "empty file (no header row)"),
    (b"paper_id,title,value\np,t,1\n", "missing columns: metric, kind"),
    (b"paper_id,metric,kind,value\n\xff\xfe,x,y,1\n", "not UTF-8 text (byte 27)"),
])
def test_an_unreadable_claims_table_is_one_line_naming_it(tmp_path, content, message):
    (tmp_path / "claims.csv").write_bytes(content)
    with pytest.raises(InputError) as caught:
        load(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'claims.csv'}: {message}"


def test_missing_directory_and_missing_claims_table(tmp_path):
    with pytest.raises(InputError, match=r"nowhere: not a directory"):
        load(tmp_path / "nowhere")
    with pytest.raises(InputError) as caught:
        load(tmp_path)
    assert str(caught.value) == (f"{tmp_path}: no claims table (claims.csv, claims.parquet, "
                                 "claims.jsonl or claims.xlsx)")


def test_a_broken_parquet_file_is_one_line(tmp_path):
    (tmp_path / "claims.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match=r"claims\.parquet: not a readable parquet table"):
        load(tmp_path)


def test_claims_frame_types_model_records_and_rejects_bad_ones():
    claim = Claim(text="5.6x", value=5.6, start=3, end=7, metric="throughput", kind="ratio",
                  direction="increase", unit="x", rule_ids=("a", "b"), gain=5.6)
    frame = claims_frame([claim])
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert frame.loc[0, ["text", "value", "start", "rule_ids", "paper_id"]].tolist() == [
        "5.6x", 5.6, 3, "a b", pd.NA]
    platforms = platforms_frame([Platform("ZCU102", "fpga", "ZCU102", 0, 6)])
    assert platforms.loc[0, ["name", "class", "end"]].tolist() == ["ZCU102", "fpga", 6]
    with pytest.raises(ClaimsError) as caught:
        claims_frame([{"paper_id": "p", "metric": "speedup", "kind": "ratio", "value": 2},
                      {"paper_id": "p", "metric": "speedup", "kind": "ratio", "value": "two"}])
    assert str(caught.value) == "claims: record 2: value: 'two' is not a number"
    empty = claims_frame([])
    assert empty.empty and {c: str(t) for c, t in empty.dtypes.items()} == CLAIM_DTYPES


@pytest.mark.parametrize("raw, expected", [
    ("LoRA", "LoRA"), (" x ", " x "), ("", pd.NA), ("  \t", pd.NA), ("\u2003\u00a0", pd.NA),
    (None, pd.NA), (7, "7"), (2021.0, "2021"), (float("nan"), pd.NA),
])
def test_a_text_cell_is_kept_as_written_and_blank_or_missing_is_na(raw, expected):
    frame = claims_frame([{"paper_id": "p", "metric": "speedup", "kind": "ratio", "value": 2,
                           "baseline": raw}])
    value = frame.loc[0, "baseline"]
    assert value is pd.NA if expected is pd.NA else value == expected


# Values of each plain type (the first _PLAIN[dtype]) and of the others, for the column-by-column
# typing of plain rows.
_PLAIN = {"string": 5, "Float64": 6, "Int64": 5, "boolean": 3}
_CELLS = {
    "string": ["x", "cs.LG", "", "  ", None, 5, 1.5, True, ("a", "b")],
    "Float64": [1.5, -0.0, 0.0, float("nan"), float("inf"), None, 3, True, "2.5", ""],
    "Int64": [0, 7, 2**53 + 1, -4, None, True, 2.0, "3"],
    "boolean": [True, False, None, 1, "true"],
}


def _general_columns(name, records):
    from claims.tables import _typed_columns

    columns, dtypes, problems = _typed_columns(name, None, records, [f"record {i}" for i in range(1, len(records) + 1)], name)
    return (None, str(problems[0])) if problems else (columns, dtypes)


@pytest.mark.parametrize("name", ["claims", "papers", "platforms"])
def test_plain_rows_are_typed_column_by_column_exactly_as_row_by_row(name):
    import random

    from hypothesis import given, settings, strategies as st

    from claims.tables import _DTYPES, _plain_columns, _strict_columns

    dtypes = _DTYPES[name]
    vocabulary = {"metric": ["speedup", "latency", "nope"], "kind": ["ratio", "change", "x"],
                  "direction": ["increase", None, "up"], "qualifier": ["up_to", None, "maybe"],
                  "class": ["gpu", "cpu", "quantum"], "hardware_class": ["gpu", "cpu", "quantum"]}

    def cell(column, rng):
        return rng.choice(vocabulary.get(column) or _CELLS[dtypes[column]])

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.integers(0, 2**32), st.integers(0, 4), st.booleans())
    def check(seed, count, plain_only):
        rng = random.Random(seed)
        records = []
        for _ in range(count):
            if plain_only:      # every value of its column's plain type and inside the vocabulary
                record = {c: rng.choice(vocabulary[c][:2] if c in vocabulary else _CELLS[t][:_PLAIN[t]])
                          for c, t in dtypes.items()}
            else:
                record = {c: cell(c, rng) for c in dtypes}
                if rng.random() < 0.2:
                    record.pop(rng.choice(list(dtypes)))
                if rng.random() < 0.2:
                    record["venue"] = "ICML"
            records.append(record)
        plain = _plain_columns(name, records)
        try:
            general = _general_columns(name, records)
        except Exception as exc:       # e.g. rule_ids of 5, which the row typing cannot join
            assert plain is None
            with pytest.raises(type(exc)):
                _strict_columns(name, records)
            return
        if plain is not None:
            assert general[0] is not None
            assert list(plain) == list(general[0])
            for column in plain:   # same values and same types (1 is not 1.0, nan is None)
                assert [(type(v), v) for v in plain[column]] == [(type(v), v) for v in general[0][column]]
        elif plain_only and count:
            raise AssertionError("plain rows must take the column-by-column typing")
        if general[0] is None:
            with pytest.raises(ClaimsError, match="^" + __import__("re").escape(general[1]) + "$"):
                _strict_columns(name, records)
        else:
            assert _strict_columns(name, records) == general

    check()


def test_plain_rows_take_the_column_by_column_typing_and_others_do_not():
    from claims.tables import _plain_columns

    row = {c: None for c in PLATFORM_COLUMNS} | {"paper_id": "p1", "name": "V100", "class": "gpu", "start": 3}
    assert _plain_columns("platforms", [row])["start"] == [3]
    assert _plain_columns("platforms", [row | {"class": "quantum"}]) is None       # vocabulary
    assert _plain_columns("platforms", [row | {"start": 3.0}]) is None            # not an int
    assert _plain_columns("platforms", [row | {"venue": "x"}]) is None            # another column
    assert _plain_columns("platforms", [{k: v for k, v in row.items() if k != "end"}]) is None
    assert _plain_columns("platforms", []) is None
