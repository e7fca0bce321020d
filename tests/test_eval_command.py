"""`claims eval`: the figures, the flat error listing, --ids, bad input. The extractor is
replaced by a table of answers here; tests/test_eval_causes.py runs the real one."""
from __future__ import annotations

import json
import re

import pytest

from claims.cli import main
from gold_records import claim, paper


FOUND = {
    "Fast Thing: A Study": {
        "title": "Fast Thing: A Study",
        "claims": [claim("5.6x", 5.6, "speedup", kind="ratio", direction="increase", unit="x",
                         baseline="LoRA", method="FastThing",
                         sentence="It runs 5.6x faster than LoRA on a GPU."),
                   claim("3%", 3.0, sentence="It is 3% cheaper.")],
        "hardware": [{"name": "GPU", "class": "gpu"}],
    },
    "Other Paper": {"title": "Other Paper", "claims": [], "hardware": []},
}
GOLD = [
    paper("Fast Thing: A Study",
          [claim("5.6x", 5.6, "speedup", kind="ratio", direction="increase", unit="x",
                 baseline="LoRA", method="FastThing"),
           claim("87.6%", 87.6, dataset="ImageNet", method="FastThing")],
          [("GPU", "gpu")]),
    paper("Unseen Paper", [claim("2x", 2.0, "speedup", unit="x")]),
]
ABSTRACT = "We present FastThing. It runs 5.6x faster than LoRA on a GPU. Accuracy reaches 87.6% on ImageNet."


@pytest.fixture
def eval_files(tmp_path, monkeypatch):
    """A gold file, an input file, and an extractor that answers FOUND for each title."""
    # The real module with one function replaced: whatever else a command imports from it (in
    # any test order) is still there.
    monkeypatch.setattr("claims.extraction.pipeline.extract_papers",
                        lambda papers: (FOUND[p.title] for p in papers))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(p) for p in GOLD) + "\n{oops\n", encoding="utf-8")
    inputs = tmp_path / "papers.jsonl"
    inputs.write_text(json.dumps({"title": "Fast Thing: A Study", "abstract": ABSTRACT}) + "\n"
                      + json.dumps({"title": "Other Paper", "abstract": "Nothing here."}) + "\n",
                      encoding="utf-8")
    return gold, inputs


def test_eval_prints_the_tables(eval_files, capsys):
    gold, inputs = eval_files
    assert main(["eval", str(gold), str(inputs)]) == 0
    out, err = capsys.readouterr()
    assert err == f"claims: {gold}:3: not valid JSON: Expecting property name enclosed in double quotes; line skipped\n"
    assert out == """\
                  precision    recall      F1    TP    FP    FN
--------------  -----------  --------  ------  ----  ----  ----
value                0.5000    0.3333  0.4000     1     1     2
typed                0.5000    0.3333  0.4000     1     1     2
hardware class       1.0000    1.0000  1.0000     1     0     0

Field accuracy over typed matches
field             accuracy    correct    of  compared
--------------  ----------  ---------  ----  ------------
kind                1.0000          1     1  exact
direction           1.0000          1     1  exact
unit                1.0000          1     1  exact
qualifier           1.0000          1     1  exact
baseline_value      1.0000          1     1  exact
baseline            1.0000          1     1  word overlap
dataset             1.0000          1     1  word overlap
hardware            1.0000          1     1  word overlap
method              1.0000          1     1  word overlap

papers: 1 of 2 gold papers matched; 1 found papers not in the gold ignored
"""


def test_eval_errors_flat_list_every_miss_with_its_sentence(eval_files, capsys):
    gold, inputs = eval_files
    assert main(["eval", str(gold), str(inputs), "--errors", "flat"]) == 0
    out = capsys.readouterr().out
    assert out.split("papers: 1 of 2 gold papers matched; 1 found papers not in the gold ignored\n")[1] == """
False positives (1)
- Fast Thing: A Study: '3%' = 3 [accuracy]
    It is 3% cheaper.

False negatives (2)
- Fast Thing: A Study: '87.6%' = 87.6 [accuracy]
    Accuracy reaches 87.6% on ImageNet.
- Unseen Paper: '2x' = 2 [speedup]
    (sentence not available)

Typed mismatches (0)

Field mismatches (0)

Platform classes (0)
"""


def test_eval_json(eval_files, capsys):
    gold, inputs = eval_files
    assert main(["eval", str(gold), str(inputs), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["papers"] == {"gold": 2, "matched": 1, "missing": 1, "ignored_found": 1}
    assert data["value"] == {"precision": 0.5, "recall": 1 / 3, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}
    assert data["hardware"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert data["fields"]["method"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert "errors" not in data
    assert main(["eval", str(gold), str(inputs), "--json", "--errors", "flat"]) == 0
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [e["text"] for e in errors["false_negatives"]] == ["87.6%", "2x"]
    assert errors["false_positives"] == [
        {"paper": "Fast Thing: A Study", "paper_id": None, "index": 1, "text": "3%", "value": 3.0,
         "value_low": None, "metric": "accuracy", "sentence": "It is 3% cheaper."}]


def test_eval_leaves_the_gold_file_out_of_a_directory_input(eval_files, capsys):
    gold, inputs = eval_files
    assert main(["eval", str(gold), str(gold.parent), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["papers"]["matched"] == 1


def test_eval_with_a_missing_gold_file_is_one_line(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "gold.jsonl"), str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"claims: {tmp_path}/gold.jsonl: cannot read: No such file or directory\n")


def test_eval_with_no_readable_input_fails(eval_files, tmp_path, capsys):
    gold, _ = eval_files
    assert main(["eval", str(gold), str(tmp_path / "nothing.txt")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"claims: {tmp_path}/nothing.txt: no paper could be read"


def test_eval_ids_scores_only_the_listed_gold_papers(eval_files, tmp_path, capsys):
    gold, inputs = eval_files
    lines = [json.loads(line) for line in gold.read_text().splitlines()[:2]]
    for number, record in enumerate(lines):
        record["id"] = f"p{number}"
    gold.write_text("".join(json.dumps(record) + "\n" for record in lines))
    ids = tmp_path / "half.txt"
    ids.write_text("# the first paper only\np0\n")
    assert main(["eval", str(gold), str(inputs), "--json", "--ids", str(ids)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["papers"] == {"gold": 1, "matched": 1, "missing": 0, "ignored_found": 1}
    assert data["value"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    ids.write_text("p0\np7\n")
    assert main(["eval", str(gold), str(inputs), "--ids", str(ids)]) == 1
    assert capsys.readouterr().err == f"claims: {ids}: 1 id(s) not in the gold, e.g. 'p7'\n"


def test_eval_extracts_only_the_papers_the_gold_holds(eval_files, monkeypatch, capsys):
    gold, inputs = eval_files
    extracted = []

    def extract_papers(papers):
        extracted.extend(p.title for p in papers)
        return (FOUND[p.title] for p in papers)

    monkeypatch.setattr("claims.extraction.pipeline.extract_papers", extract_papers)
    assert main(["eval", str(gold), str(inputs), "--json"]) == 0
    # "Other Paper" is not in the gold: counted as ignored, never extracted.
    assert extracted == ["Fast Thing: A Study"]
    assert json.loads(capsys.readouterr().out)["papers"]["ignored_found"] == 1


def test_eval_errors_takes_grouped_or_flat_only(eval_files, capsys):
    gold, inputs = eval_files
    assert main(["eval", str(gold), str(inputs), "--errors", "tree"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "claims eval: error: argument --errors: invalid choice: 'tree' (choose from 'grouped', 'flat')")


def test_eval_skips_a_paper_whose_extraction_times_out_and_scores_the_others(tmp_path, monkeypatch, capsys):
    from claims.errors import ExtractionTimeout
    from claims.extraction import pipeline

    real = pipeline.read_batch
    timeout = ExtractionTimeout("a pattern ran past its time limit (2 s) on this text (20 characters); skipped")

    def read_batch(abstracts):
        return [timeout if text == "A hostile abstract." else reading
                for (text, _), reading in zip(abstracts, real(abstracts))]

    monkeypatch.setattr(pipeline, "read_batch", read_batch)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(paper("Slow", [claim("2x", 2.0, "speedup", kind="ratio",
                                                    direction="increase", unit="x")])) + "\n"
                    + json.dumps(paper("Fast", [claim("2x", 2.0, "speedup", kind="ratio",
                                                      direction="increase", unit="x")])) + "\n")
    inputs = tmp_path / "papers.jsonl"
    inputs.write_text(json.dumps({"id": "s1", "title": "Slow", "abstract": "A hostile abstract."}) + "\n"
                      + json.dumps({"id": "f1", "title": "Fast", "abstract": "It runs 2x faster."}) + "\n")
    assert main(["eval", str(gold), str(inputs), "--json"]) == 0
    out, err = capsys.readouterr()
    assert re.fullmatch(rf"claims: papers\.jsonl:1: paper [0-9a-f]{{10}}: {re.escape(str(timeout))}\n", err)
    figures = json.loads(out)
    assert (figures["value"]["tp"], figures["value"]["fn"], figures["value"]["fp"]) == (1, 1, 0)
