"""`claims eval --errors`: every error tied to the rule that decided it (claims.evaluate.causes),
grouped by cause, as text in 100 columns and as JSON.

The unit tests build the traces themselves, so they pin the grouping whatever the rules say; the
command tests run the real extractor on a synthetic paper."""
from __future__ import annotations

import json
import re

from claims.cli import main
from claims.errors import ExtractionTimeout
from claims.evaluate import score
from claims.evaluate.causes import (NO_ABSTRACT, NO_PAPER, NO_RULE, NO_TRACE, NOT_READ, OTHER_LOW,
                                    SHARED, Explained, Group, explain_errors)
from claims.extraction.legend import where
from claims.extraction.pipeline import Decision, Trace


def claim(text, value, metric="accuracy", **fields):
    record = {"text": text, "metric": metric, "kind": "absolute", "direction": None, "value": value,
              "value_low": None, "unit": "%", "qualifier": None, "baseline": None,
              "baseline_value": None, "dataset": None, "hardware": None, "method": None}
    record.update(fields)
    return record


def kept(text, value, start, metric, rules=("metric.right", "x.noun"), **decided):
    """The trace of a kept number: its metric set by `rules`, other fields by `decided`
    (field -> (value, rules))."""
    fields = [Decision("metric", metric, tuple(rules))]
    fields += [Decision(name, value_, tuple(by)) for name, (value_, by) in decided.items()]
    return Trace(text, value, True, ("number.digits",), "", start, tuple(fields))


def dropped(text, value, start, *rule_ids, name=None):
    return Trace(text, value, False, ("number.digits", *rule_ids), "", start, name=name)


def test_false_negatives_are_grouped_by_what_became_of_their_number():
    gold = [{"id": "p1", "title": "P", "claims": [
        claim("up to 93.6", 93.6, "f1"),             # dropped, its text fits
        claim("50", 50.0, "other"),                  # dropped inside a name
        claim("5-10x", 10.0, "speedup", value_low=5.0),   # found without its low end
        claim("30%", 30.0, "energy"),                # one number, two gold claims
        claim("30%", 30.0, "latency"),
        claim("82.0%", 82.0),                        # taken as a pair's baseline
        claim("twelve", 12.0),                       # no trace of it
        claim("7", 7.0, "other"),                    # only a dropped 7 of another text
    ], "hardware": []},
        {"id": "p2", "title": "Missing", "claims": [claim("1%", 1.0)], "hardware": []},
        {"id": "p3", "title": "Bare", "claims": [claim("2%", 2.0)], "hardware": []}]
    found = [{"title": "P", "abstract": "(an abstract)", "claims": [
        claim("10x", 10.0, "speedup", start=40),
        claim("30%", 30.0, "energy", start=60),
        claim("from 82.0% to 89.9%", 89.9, start=80, baseline_value=82.0),
    ]}, {"title": "Bare", "abstract": "", "claims": []}]
    traces = {"P": [
        dropped("93.6", 93.6, 5, "filter.bare_number"),
        dropped("50", 50.0, 20, "filter.name_glued_left", name="ResNet-50"),
        dropped("7", 7.0, 30, "filter.bare_number"),
        Trace("10x", 10.0, True, ("number.digits", "pair.versus"), "", 40,
              (Decision("metric", "speedup", ("metric.right", "speedup.noun")),)),
        kept("30%", 30.0, 60, "energy"),
        Trace("from 82.0% to 89.9%", 89.9, True, ("number.digits", "pair.from_to"), "", 80,
              (Decision("metric", "accuracy", ("metric.right", "accuracy.noun")),)),
    ]}
    report = explain_errors(score(gold, found), found, lambda paper: traces[paper["title"]])
    causes = [(g.key, g.rules, [(e.error.text, e.note) for e in g.items]) for g in report.false_negatives]
    assert causes == [
        ("dropped by filter.bare_number", ("filter.bare_number",), [("up to 93.6", ""), ("7", "")]),
        ("dropped by filter.name_glued_left", ("filter.name_glued_left",), [("50", "in 'ResNet-50'")]),
        (SHARED, (), [("30%", "found '30%' = 30")]),
        (OTHER_LOW, (), [("5-10x", "found '10x' = 10 without value_low (pair.versus)")]),
        (NOT_READ, (), [("twelve", "")]),
        (NO_PAPER, (), [("1%", "")]),
        (NO_ABSTRACT, (), [("2%", "")]),
        ("taken as the baseline_value of a pair by pair.from_to", ("pair.from_to",),
         [("82.0%", "in 'from 82.0% to 89.9%' = 89.9")]),
    ]
    first = report.false_negatives[0].items[0]
    assert first == Explained(first.error, "dropped by filter.bare_number", ("filter.bare_number",),
                              ("number.digits", "filter.bare_number"), "")
    assert (first.error.paper_id, first.error.index) == ("p1", 0)


def test_a_dropped_number_of_another_text_says_how_it_was_read():
    gold = [{"title": "P", "claims": [claim("4 points", 4.0, "other")], "hardware": []}]
    found = [{"title": "P", "abstract": "x", "claims": []}]
    traces = [dropped("4.0", 4.0, 3, "filter.setup")]
    report = explain_errors(score(gold, found), found, lambda paper: traces)
    assert [(e.cause, e.note) for e in report.false_negatives[0].items] == [
        ("dropped by filter.setup", "read as '4.0'")]


def test_false_positives_typed_and_field_mismatches_go_by_the_rule_that_decided():
    gold = [{"title": "P", "claims": [
        claim("2x", 2.0, "speedup", kind="ratio", direction="increase", unit="x", baseline="LoRA"),
        claim("40%", 40.0, "latency", kind="change", direction="decrease"),
        claim("40%", 40.0, "energy", kind="change", direction="decrease"),
        claim("9%", 9.0, "accuracy", kind="change", direction="increase"),
    ], "hardware": []}]
    found = [{"title": "P", "abstract": "x", "claims": [
        claim("2x", 2.0, "speedup", kind="ratio", direction="increase", unit="x", baseline="QLoRA",
              start=10),
        # one number, two claims: the same start, told apart by family
        claim("40%", 40.0, "latency", kind="absolute", start=30),
        claim("40%", 40.0, "memory", kind="change", direction="decrease", start=30),
        claim("9%", 9.0, "accuracy", kind="absolute", start=50),
        claim("3 days", 3.0, "time", unit="days", start=70),
        claim("5%", 5.0, "other"),                     # no offsets: no trace fits
    ]}]
    traces = [
        kept("2x", 2.0, 10, "speedup", ("metric.right", "speedup.faster"),
             baseline=("QLoRA", ("context.right_after", "baseline.than"))),
        kept("40%", 40.0, 30, "latency", ("metric.left", "latency.noun"),
             kind=("absolute", ("kind.absolute",)), direction=(None, ())),
        kept("40%", 40.0, 30, "memory", ("resolve.two_metrics", "memory.noun"),
             kind=("change", ("kind.by_change",)), direction=("decrease", ("kind.decrease_verb",))),
        kept("9%", 9.0, 50, "accuracy", ("metric.right", "accuracy.noun"),
             kind=("absolute", ("kind.absolute",)), direction=(None, ())),
        kept("3 days", 3.0, 70, "time", ("metric.unit", "unit.days")),
    ]
    report = explain_errors(score(gold, found), found, lambda paper: traces)
    assert [(g.key, g.rules, [e.error.text for e in g.items]) for g in report.false_positives] == [
        (NO_TRACE, (), ["5%"]), ("metric.unit unit.days", ("metric.unit", "unit.days"), ["3 days"])]
    assert report.typed_mismatches == (
        Group("gold energy, found memory", report.typed_mismatches[0].items, (), (
            Group("resolve.two_metrics memory.noun", report.typed_mismatches[0].items,
                  ("resolve.two_metrics", "memory.noun")),)),)
    fields = [(g.key, [(sub.key, [(e.error.text, e.error.gold, e.error.found) for e in sub.items])
                       for sub in g.groups]) for g in report.field_mismatches]
    assert fields == [
        ("direction", [("kind.absolute (kind absolute: no direction)",
                        [("40%", "decrease", None), ("9%", "increase", None)])]),
        ("kind", [("kind.absolute", [("40%", "change", "absolute"), ("9%", "change", "absolute")])]),
        ("baseline", [("context.right_after baseline.than", [("2x", "LoRA", "QLoRA")])]),
    ]
    assert dict(report.confusion) == {("accuracy", "accuracy"): 1, ("energy", "memory"): 1,
                                      ("latency", "latency"): 1, ("speedup", "speedup"): 1}
    assert report.rules() == ["metric.unit", "unit.days", "resolve.two_metrics", "memory.noun",
                              "kind.absolute", "context.right_after", "baseline.than"]


def test_a_field_no_rule_set_is_under_no_rule():
    gold = [{"title": "P", "claims": [claim("2x", 2.0, method="TinyNet")], "hardware": []}]
    found = [{"title": "P", "abstract": "x", "claims": [claim("2x", 2.0, start=0)]}]
    report = explain_errors(score(gold, found), found,
                            lambda paper: [kept("2x", 2.0, 0, "accuracy", method=(None, ()))])
    assert [(g.key, [s.key for s in g.groups]) for g in report.field_mismatches] == [("method", [NO_RULE])]


def test_a_paper_that_cannot_be_read_again_has_no_trace():
    gold = [{"title": "P", "claims": [claim("1%", 1.0)], "hardware": []}]
    found = [{"title": "P", "abstract": "x", "claims": [claim("2%", 2.0, start=0)]}]

    def too_slow(paper):
        raise ExtractionTimeout("a pattern ran past its time limit")

    report = explain_errors(score(gold, found), found, too_slow)
    assert [(g.key, len(g.items)) for g in report.false_negatives + report.false_positives] == [
        (NO_TRACE, 1), (NO_TRACE, 1)]


def test_only_papers_with_an_error_are_read_again():
    gold = [{"title": "Right", "claims": [claim("1%", 1.0)], "hardware": []},
            {"title": "Wrong", "claims": [claim("2%", 2.0)], "hardware": []}]
    found = [{"title": "Right", "abstract": "a", "claims": [claim("1%", 1.0, start=0)]},
             {"title": "Wrong", "abstract": "b", "claims": []}]
    read = []
    explain_errors(score(gold, found), found, lambda paper: read.append(paper["title"]) or [])
    assert read == ["Wrong"]


# ---------------------------------------------------------------- the command, on the real extractor

TITLE = "TinyNet: Fast Inference on Small Devices"
ABSTRACT = ("We present TinyNet. It runs 2.5x faster than LoRA. We train 128 widgets for 3 days. "
            "It cuts energy by 30%.")
GOLD = [
    {"id": "t1", "title": TITLE, "claims": [
        claim("2.5x", 2.5, "speedup", kind="ratio", direction="increase", unit="x",
              baseline="the LoRA baseline", method="TinyNet"),
        claim("128", 128.0, "other", unit=None, method="TinyNet"),
        claim("30%", 30.0, "latency", kind="change", direction="decrease", method="TinyNet"),
        claim("12 ms", 12.0, "latency", unit="ms", method="TinyNet"),
    ], "hardware": [{"name": "small devices", "class": "edge"}]},
    {"id": "t2", "title": "A Paper Nobody Gave", "claims": [claim("4%", 4.0)],
     "hardware": [{"name": "A100", "class": "gpu"}, {"name": "H100", "class": "gpu"}]},
]


def _eval_files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(p) + "\n" for p in GOLD), encoding="utf-8")
    inputs = tmp_path / "papers.jsonl"
    inputs.write_text(json.dumps({"title": TITLE, "abstract": ABSTRACT}) + "\n", encoding="utf-8")
    return str(gold), str(inputs)


def test_eval_errors_grouped_by_cause(tmp_path, capsys):
    gold, inputs = _eval_files(tmp_path)
    assert main(["eval", gold, inputs, "--errors"]) == 0
    out = capsys.readouterr().out
    errors, legend = out.split("found papers not in the gold ignored\n")[1].split("\nRules\n")
    assert errors + "\nRules\n" == """
Errors by cause: 3 false negatives, 1 false positives, 1 typed mismatches, 1 field mismatches, 2
  platform classes

Family confusion over value matches (rows: gold family, columns: found family)
              1  2
  1 energy    .  .
  2 latency   1  .
  always the same family: speedup 1

False negatives (3), by what became of the gold number
  dropped by filter.bare_number (1)
    - t1 gold '128' = 128 [other]
        We train 128 widgets for 3 days.
  not read as a number (1)
    - t1 gold '12 ms' = 12 [latency]
        (sentence not available)
  paper not in the inputs (1)
    - t2 gold '4%' = 4 [accuracy]
        (sentence not available)

False positives (1), by the metric rule that typed them
  metric.unit unit.days (1)
    - t1 found '3 days' = 3 [time]
        We train 128 widgets for 3 days.

Typed mismatches (1), by gold and found family, then metric rule
  gold latency, found energy (1)
    metric.left energy.noun (1)
      - t1 '30%' = 30
          It cuts energy by 30%.

Field mismatches (1), by field, then the rule that set the found value
  baseline (1)
    context.right_after baseline.than (1)
      - t1 '2.5x' = 2.5: gold 'the LoRA baseline', found 'LoRA'
          It runs 2.5x faster than LoRA.

Platform classes (2), missed (gold only) or extra (found only), by class
  missed edge (1)
    - t1: gold 'small devices', found none
  missed gpu (1)
    - t2: gold 'A100', 'H100', found none

Rules
"""
    assert max(len(line) for line in out.splitlines()) <= 100
    # The legend says where each rule is written, in the words of claims.extraction.legend.
    rules = ["filter.bare_number", "metric.unit", "unit.days", "metric.left", "energy.noun",
             "context.right_after", "baseline.than"]
    entries = [" ".join(entry.split()) for entry in re.split(r"\n(?=  \S)", legend.rstrip("\n"))]
    assert entries == [f"{rule} {' '.join(where(rule).split())}" for rule in rules]


def test_eval_errors_grouped_as_json(tmp_path, capsys):
    gold, inputs = _eval_files(tmp_path)
    assert main(["eval", gold, inputs, "--errors", "--json"]) == 0
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert errors["confusion"] == [{"gold": "latency", "found": "energy", "count": 1},
                                   {"gold": "speedup", "found": "speedup", "count": 1}]
    assert [(g["key"], g["count"]) for g in errors["false_negatives"]] == [
        ("dropped by filter.bare_number", 1), ("not read as a number", 1), ("paper not in the inputs", 1)]
    assert errors["false_negatives"][0] == {
        "key": "dropped by filter.bare_number", "rules": ["filter.bare_number"], "count": 1,
        "items": [{"paper": TITLE, "paper_id": "t1", "index": 1, "text": "128", "value": 128.0,
                   "value_low": None, "metric": "other", "sentence": "We train 128 widgets for 3 days.",
                   "cause": "dropped by filter.bare_number",
                   "rules": ["number.digits", "filter.bare_number"], "note": ""}]}
    assert errors["typed_mismatches"][0]["groups"][0]["items"][0]["rules"] == ["metric.left", "energy.noun"]
    assert errors["field_mismatches"][0]["key"] == "baseline"
    assert errors["rules"]["unit.days"] == where("unit.days")
    assert errors["rules"]["unit.days"].startswith("patterns/units.yaml:")
    assert errors["class_mismatches"] == [
        {"key": "missed edge", "rules": [], "count": 1, "items": [
            {"paper": TITLE, "paper_id": "t1", "hw_class": "edge", "missed": True,
             "gold_names": ["small devices"], "found_names": [], "cause": "missed edge", "rules": [], "note": ""}]},
        {"key": "missed gpu", "rules": [], "count": 1, "items": [
            {"paper": "A Paper Nobody Gave", "paper_id": "t2", "hw_class": "gpu", "missed": True,
             "gold_names": ["A100", "H100"], "found_names": [], "cause": "missed gpu", "rules": [], "note": ""}]}]
    assert list(errors) == ["confusion", "false_negatives", "false_positives", "typed_mismatches",
                            "field_mismatches", "class_mismatches", "rules"]
