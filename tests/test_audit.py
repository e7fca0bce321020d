"""`claims audit`: the metric texts typed `other` and the numbers dropped as bare, counted over
any papers (claims.evaluate.audit)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from claims.cli import main
from claims.evaluate.audit import END_OF_TEXT, Audit, following_word, normalize_metric_text
from claims.extraction.legend import where
from claims.extraction.pipeline import Decision, Trace


@pytest.mark.parametrize("text, end, word", [
    ("achieves 93.6 F1 on SQuAD", 13, "f1"),
    ("1.27 bits/char", 4, "bits/char"),
    ("a 70.73 Top-1 accuracy", 7, "top-1"),
    ("(0.872) and", 6, ")"),
    ("scores 0.9816, 0.9851", 13, ","),
    ("it is 7  \n", 7, END_OF_TEXT),
    ("reached 54.3AP", 12, "ap"),
    ("the J&F of 88.1 J&F", 15, "j&f"),
])
def test_the_word_after_a_number(text, end, word):
    assert following_word(text, end) == word


@pytest.mark.parametrize("text, normalized", [
    ("NDCG@3", "ndcg@3"), ("  mean  Dice score.", "mean dice score"), ("(MCC)", "mcc"), ("", "-"),
])
def test_metric_texts_are_counted_normalized(text, normalized):
    assert normalize_metric_text(text) == normalized


def _claim(text, start, metric, metric_text, sentence):
    return SimpleNamespace(text=text, start=start, metric=metric, metric_text=metric_text,
                           sentence=sentence)


def _kept(text, start, metric, *rules):
    return Trace(text, 0.0, True, ("number.digits",), "", start, (Decision("metric", metric, rules),))


def test_audit_counts_other_texts_bare_words_and_dropping_rules():
    abstract = "We train 128 models. NDCG@3 = 0.966 and 2x faster. 64 models, 5 GPUs and 3 runs"
    sentences = ["We train 128 models.", "NDCG@3 = 0.966 and 2x faster.", "64 models, 5 GPUs and 3 runs"]
    at = {text: abstract.index(text) for text in ("128", "@3", "0.966", "2x", "64", "5 GPUs", "3 runs")}
    audit = Audit()
    audit.add("p1", abstract, claims=[
        _claim("0.966", at["0.966"], "other", "NDCG@3", sentences[1]),
        _claim("2x", at["2x"], "speedup", "faster", sentences[1]),
    ], traces=[
        Trace("128", 128.0, False, ("number.digits", "filter.bare_number"), sentences[0], at["128"]),
        Trace("3", 3.0, False, ("number.digits", "filter.name_glued_left"), sentences[1], at["@3"] + 1),
        _kept("0.966", at["0.966"], "other", "metric.left", "other.scores"),
        _kept("2x", at["2x"], "speedup", "metric.right", "speedup.faster"),
        Trace("64", 64.0, False, ("number.digits", "filter.bare_number"), sentences[2], at["64"]),
        Trace("5", 5.0, False, ("number.digits", "filter.device_count"), sentences[2], at["5 GPUs"]),
        Trace("3", 3.0, False, ("number.digits", "filter.bare_number"), sentences[2], at["3 runs"]),
    ])
    audit.add("p2", "Scores: NDCG@3 of 0.5.", claims=[_claim("0.5", 18, "other", "ndcg@3 ", "Scores: NDCG@3 of 0.5.")],
              traces=[_kept("0.5", 18, "other", "metric.left", "other.scores")])
    assert audit.as_dict(top=0) == {
        "papers": 2, "numbers": 8, "claims": 3, "claims_other": 2, "dropped": 5, "dropped_bare": 3,
        "other_metric_texts": [
            {"metric_text": "ndcg@3", "count": 2, "rules": {"metric.left other.scores": 2},
             "example": {"paper": "p1", "text": "0.966", "sentence": sentences[1]}}],
        "bare_next_words": [
            {"word": "models", "count": 2, "example": {"paper": "p1", "text": "128", "sentence": sentences[0]}},
            {"word": "runs", "count": 1, "example": {"paper": "p1", "text": "3", "sentence": sentences[2]}}],
        "dropped_by_rule": [{"rule": "filter.bare_number", "count": 3},
                            {"rule": "filter.device_count", "count": 1},
                            {"rule": "filter.name_glued_left", "count": 1}],
    }
    assert [item["word"] for item in audit.as_dict(top=1)["bare_next_words"]] == ["models"]


# ---------------------------------------------------------------- the command, on the real extractor

PAPERS = [
    {"id": "a1", "title": "Widget Learning at Scale",
     "abstract": "We train 128 widgets and 64 gadgets. Our method improves the results by 12% over the "
                 "baseline. It reaches a Zorbl of 0.81."},
    {"id": "a2", "title": "Faster Widgets",
     "abstract": "We collect 500 widgets from GPT-4 users. The system improves results by 7%. It "
                 "reaches an NPV of 0.953 and an NPV of 0.91."},
    {"id": "a3", "title": "Widgets Kept Away", "abstract": "We test 9 widgets and 3 gadgets."},
]


@pytest.fixture
def corpus(tmp_path):
    inputs = tmp_path / "papers.jsonl"
    inputs.write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    ids = tmp_path / "half.txt"
    ids.write_text("# tuned on\na1\na2\n", encoding="utf-8")
    return str(inputs), str(ids)


def test_audit_prints_the_counts_with_an_example_each(corpus, capsys):
    inputs, ids = corpus
    assert main(["audit", inputs, "--ids", ids]) == 0
    out, err = capsys.readouterr()
    assert err == "claims: read 2 papers from 1 file; skipped 0 records\n"
    counts, dropped = out.split("  count  rule                            where\n")
    assert counts == """\
2 papers, 9 numbers: 4 claims (4 typed other), 5 dropped (4 as bare numbers)

Metric texts typed `other`, by normalized text
  4 claims, 2 texts
  count  metric text                     metric rule (claims)
      2  npv                             metric.left other.scores
         a2  It reaches an NPV of 0.953 and an NPV of 0.91.
      2  performance                     metric.default
         a1  Our method improves the results by 12% over the baseline.

Numbers dropped as bare (filter.bare_number), by the word after them
  4 numbers, 3 words
  count  word after
      2  widgets
         a1  We train 128 widgets and 64 gadgets.
      1  .
         a1  It reaches a Zorbl of 0.81.
      1  gadgets
         a1  We train 128 widgets and 64 gadgets.

Numbers dropped, by the rule that dropped them
  5 numbers
"""
    rows = dropped.splitlines()
    assert [row[:41] for row in rows] == ["      4  " + "filter.bare_number".ljust(32),
                                          "      1  " + "filter.name_glued_left".ljust(32)]
    for row, rule in zip(rows, ["filter.bare_number", "filter.name_glued_left"]):
        assert len(row) <= 100
        assert where(rule).startswith(row[41:].rstrip("…"))


def test_audit_top_and_json(corpus, capsys):
    inputs, ids = corpus
    assert main(["audit", inputs, "--ids", ids, "--top", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {key: data[key] for key in ("top", "papers", "numbers", "claims", "claims_other",
                                       "dropped", "dropped_bare")} == {
        "top": 1, "papers": 2, "numbers": 9, "claims": 4, "claims_other": 4, "dropped": 5,
        "dropped_bare": 4}
    assert data["other_metric_texts"] == [
        {"metric_text": "npv", "count": 2,
         "rules": {"metric.left other.scores": 2},
         "example": {"paper": "a2", "text": "0.953",
                     "sentence": "It reaches an NPV of 0.953 and an NPV of 0.91."}}]
    assert [(w["word"], w["count"]) for w in data["bare_next_words"]] == [("widgets", 2)]
    assert data["dropped_by_rule"][0] == {"rule": "filter.bare_number", "count": 4,
                                          "where": where("filter.bare_number")}


def test_audit_without_ids_reads_every_paper(corpus, capsys):
    inputs, _ = corpus
    assert main(["audit", inputs, "--json", "--top", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["papers"], data["dropped_bare"]) == (3, 6)
    assert [(w["word"], w["count"]) for w in data["bare_next_words"]] == [
        ("widgets", 3), ("gadgets", 2), (".", 1)]


def test_audit_names_listed_ids_no_paper_has(corpus, tmp_path, capsys):
    inputs, _ = corpus
    ids = tmp_path / "ids.txt"
    ids.write_text("a3\nz9\nz1\n", encoding="utf-8")
    assert main(["audit", inputs, "--ids", str(ids), "--json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"claims: {ids}: 2 listed ids matched no paper, e.g. 'z1'"


def test_audit_with_nothing_to_read_fails_in_one_line(tmp_path, capsys):
    empty = tmp_path / "none.jsonl"
    empty.write_text(json.dumps({"title": "No Abstract Here"}) + "\n", encoding="utf-8")
    assert main(["audit", str(empty)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1] == f"claims: {empty}: no abstract to audit"
    assert main(["audit", str(tmp_path / "missing.jsonl")]) == 1
    assert capsys.readouterr().err.splitlines()[-1].startswith(f"claims: {tmp_path}/missing.jsonl: ")


def test_audit_top_must_be_a_whole_number(corpus, capsys):
    inputs, _ = corpus
    assert main(["audit", inputs, "--top", "-3"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "claims audit: error: argument --top: must be 0 (all) or more")
