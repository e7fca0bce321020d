"""The scorer of CLAIMS_SPEC.md section 6 (claims.evaluate) and `claims eval`."""
from __future__ import annotations

import dataclasses
import json

import pytest

from claims.errors import InputError
from claims.evaluate import PRF, ClaimRef, FieldMismatch, TypedMismatch, read_gold, score
from gold_records import claim, paper


# ---------------------------------------------------------------- value and typed matching

def test_value_and_typed_counts_and_figures():
    gold = [paper("P", [claim("87.6%", 87.6), claim("5.6x", 5.6, "speedup", unit="x"),
                        claim("68.1%", 68.1, "latency"), claim("12 ms", 12.0, "latency", unit="ms")])]
    found = [paper("P", [claim("87.6%", 87.6),                       # typed match
                         claim("5.6x", 5.6, "throughput", unit="x"),  # value match only
                         claim("3.2%", 3.2)])]                        # false positive
    s = score(gold, found)
    assert s.value == PRF(tp=2, fp=1, fn=2)
    assert (s.value.precision, s.value.recall, s.value.f1) == (2 / 3, 0.5, 4 / 7)
    assert s.typed == PRF(tp=1, fp=2, fn=3)
    assert (s.typed.precision, s.typed.recall, s.typed.f1) == (1 / 3, 0.25, 2 / 7)
    assert [r.text for r in s.false_negatives] == ["68.1%", "12 ms"]
    assert [r.text for r in s.false_positives] == ["3.2%"]
    assert s.typed_mismatches == (TypedMismatch("P", None, 1, "5.6x", 5.6, "speedup", "throughput", ""),)
    # Every value match counts in the confusion of families; the diagonal is the typed matches.
    assert dict(s.confusion) == {("accuracy", "accuracy"): 1, ("speedup", "throughput"): 1}


def test_values_agree_within_one_millionth_relative():
    gold = [paper("P", [claim("a", 10.2), claim("b", 0.0, "error", unit=None), claim("c", 1000.0)])]
    found = [paper("P", [claim("a", 10.2000001), claim("b", 0.0, "error", unit=None),
                         claim("c", 1000.002)])]
    s = score(gold, found)
    assert s.value == PRF(tp=2, fp=1, fn=1)            # 1000.002 is 2e-6 off
    assert [r.value for r in s.false_negatives] == [1000.0]


def test_ranges_need_value_low_to_agree_where_either_has_one():
    gold = [paper("P", [claim("5.74-10.20x", 10.2, "speedup", value_low=5.74, unit="x"),
                        claim("30-47%", 47.0, "memory", value_low=30.0),
                        claim("9.9x", 9.9, "speedup", unit="x")])]
    found = [paper("P", [claim("5.74-10.20x", 10.2, "speedup", value_low=5.74, unit="x"),  # match
                         claim("47%", 47.0, "memory"),                         # gold has a low end
                         claim("1-9.9x", 9.9, "speedup", value_low=1.0, unit="x")])]  # found has one
    s = score(gold, found)
    assert s.value == PRF(tp=1, fp=2, fn=2)
    assert [(r.text, r.value_low) for r in s.false_negatives] == [("30-47%", 30.0), ("9.9x", None)]
    assert [(r.text, r.value_low) for r in s.false_positives] == [("47%", None), ("1-9.9x", 1.0)]


def test_each_gold_claim_matches_once_and_duplicates_are_false_positives():
    gold = [paper("P", [claim("68.1%", 68.1, "latency"), claim("68.1%", 68.1, "cost")])]
    found = [paper("P", [claim("68.1%", 68.1, "cost"), claim("68.1%", 68.1, "latency"),
                         claim("68.1%", 68.1, "energy")])]
    s = score(gold, found)
    assert s.value == PRF(tp=2, fp=1, fn=0)
    assert s.typed == PRF(tp=2, fp=1, fn=0)
    assert [r.metric for r in s.false_positives] == ["energy"]


def test_matching_maximises_typed_matches_over_order_of_appearance():
    # Pairing in order (first found with first gold) would give no typed match at all.
    gold = [paper("P", [claim("5x", 5.0, "speedup", unit="x"), claim("5x", 5.0, "latency", unit="x")])]
    found = [paper("P", [claim("5x", 5.0, "latency", unit="x"), claim("5x", 5.0, "speedup", unit="x")])]
    s = score(gold, found)
    assert s.typed == PRF(tp=2, fp=0, fn=0)
    assert s.typed_mismatches == ()


def test_among_value_equal_gold_claims_the_same_text_is_preferred():
    gold = [paper("P", [claim("up to 68.1%", 68.1, "latency"), claim("68.1%", 68.1, "latency")])]
    found = [paper("P", [claim("68.1%", 68.1, "latency")])]
    s = score(gold, found)
    assert [r.text for r in s.false_negatives] == ["up to 68.1%"]


def test_same_metric_beats_same_text():
    gold = [paper("P", [claim("2x", 2.0, "memory", unit="x"), claim("twofold", 2.0, "energy", unit="x")])]
    found = [paper("P", [claim("2x", 2.0, "energy", unit="x")])]
    s = score(gold, found)
    assert s.typed == PRF(tp=1, fp=0, fn=1)
    assert [r.text for r in s.false_negatives] == ["2x"]


# ---------------------------------------------------------------- field accuracy

def test_exact_fields_count_over_typed_matches_only():
    gold = [paper("P", [
        claim("from 82.0% to 89.9%", 89.9, kind="absolute", baseline_value=82.0),
        claim("up to 3x", 3.0, "speedup", kind="ratio", direction="increase", unit="x",
              qualifier="up_to"),
        claim("40%", 40.0, "energy", kind="change", direction="decrease"),
        claim("7.1", 7.1, "other", unit=None),
    ])]
    found = [paper("P", [
        claim("89.9%", 89.9, kind="absolute", baseline_value=82.00000001, unit=""),
        claim("3x", 3.0, "speedup", kind="change", direction="increase", unit="x", qualifier=None),
        claim("40%", 40.0, "energy", kind="change", direction="increase", baseline_value=12.0),
        claim("7.1", 7.1, "auc", unit=None, kind="ratio"),   # typed mismatch: fields not scored
    ])]
    s = score(gold, found)
    assert s.typed == PRF(tp=3, fp=1, fn=1)
    assert {name: (f.correct, f.total) for name, f in s.fields.items()} == {
        "kind": (2, 3), "direction": (2, 3), "unit": (2, 3), "qualifier": (2, 3),
        "baseline_value": (2, 3), "baseline": (3, 3), "dataset": (3, 3), "hardware": (3, 3),
        "method": (3, 3)}
    assert s.fields["kind"].accuracy == 2 / 3
    assert s.field_mismatches == (
        FieldMismatch("P", None, 0, "unit", "89.9%", 89.9, "%", "", ""),
        FieldMismatch("P", None, 1, "kind", "3x", 3.0, "ratio", "change", ""),
        FieldMismatch("P", None, 1, "qualifier", "3x", 3.0, "up_to", None, ""),
        FieldMismatch("P", None, 2, "direction", "40%", 40.0, "decrease", "increase", ""),
        FieldMismatch("P", None, 2, "baseline_value", "40%", 40.0, None, 12.0, ""),
    )
    assert dict(s.confusion) == {("accuracy", "accuracy"): 1, ("energy", "energy"): 1,
                                 ("other", "auc"): 1, ("speedup", "speedup"): 1}


@pytest.mark.parametrize("gold_value, found_value, correct", [
    ("NVIDIA V100 GPU", "V100 GPU", True),                  # 2 of 3 gold words
    ("NVIDIA V100 GPU", "the V100", False),                 # 1 of 3
    ("Jetson TX2", "Jetson Nano", True),                    # exactly half
    ("state-of-the-art designs", "state-of-the-art", True),  # 4 of 5
    ("LoRA", "QLoRA", False),                               # words, not substrings
    ("ImageNet; CIFAR-10", "imagenet", False),              # words imagenet, cifar, 10: 1 of 3
    ("ImageNet; CIFAR-10", "cifar-10 (imagenet)", True),    # case-blind, 3 of 3
    (None, None, True),
    (None, "", True),
    ("", None, True),
    (None, "LoRA", False),                                  # gold empty, found set
    ("LoRA", None, False),                                  # gold set, found empty
    ("LoRA", "  ", False),
])
def test_word_overlap_fields(gold_value, found_value, correct):
    gold = [paper("P", [claim("1%", 1.0, baseline=gold_value, dataset=gold_value,
                              hardware=gold_value, method=gold_value)])]
    found = [paper("P", [claim("1%", 1.0, baseline=found_value, dataset=found_value,
                               hardware=found_value, method=found_value)])]
    s = score(gold, found)
    for name in ("baseline", "dataset", "hardware", "method"):
        assert (s.fields[name].correct, s.fields[name].total) == (int(correct), 1), name


def test_field_accuracy_without_typed_matches_is_none():
    s = score([paper("P", [claim("1%", 1.0)])], [paper("P", [])])
    assert s.fields["kind"].accuracy is None
    assert s.figures()["fields"]["kind"] == {"accuracy": None, "correct": 0, "total": 0}


# ---------------------------------------------------------------- papers and hardware

def test_papers_match_by_normalised_title_missing_and_ignored_papers():
    gold = [paper("DynaGraph: Lightweight Multi-Model Interaction", [claim("87.6%", 87.6)]),
            paper("Missing Paper", [claim("5x", 5.0, "speedup", unit="x"), claim("2%", 2.0)])]
    found = [paper("dynagraph -- lightweight multi-model interaction!", [claim("87.6%", 87.6)]),
             paper("Not In Gold", [claim("9%", 9.0)])]
    s = score(gold, found)
    assert (s.papers_gold, s.papers_matched, s.papers_ignored) == (2, 1, 1)
    assert s.value == PRF(tp=1, fp=0, fn=2)
    assert [(r.paper, r.text) for r in s.false_negatives] == [
        ("Missing Paper", "5x"), ("Missing Paper", "2%")]


def test_a_gold_paper_without_claims_makes_every_found_claim_false():
    s = score([paper("P", [])], [paper("P", [claim("3%", 3.0)])])
    assert s.value == PRF(tp=0, fp=1, fn=0)
    assert (s.value.precision, s.value.recall, s.value.f1) == (0.0, 0.0, 0.0)
    empty = score([paper("P", [])], [paper("P", [])])
    assert (empty.value.precision, empty.value.recall, empty.value.f1) == (1.0, 1.0, 1.0)


def test_duplicate_gold_titles_pair_with_found_copies_in_order():
    gold = [paper("Same", [claim("1%", 1.0)]), paper("Same", [claim("2%", 2.0)])]
    found = [paper("Same", [claim("1%", 1.0)])]
    s = score(gold, found)
    assert (s.papers_matched, s.value) == (1, PRF(tp=1, fp=0, fn=1))


def test_hardware_f1_is_micro_averaged_over_class_sets():
    gold = [paper("A", [], [("Jetson TX2", "edge"), ("RTX 3090", "gpu")]),
            paper("B", []),
            paper("C", [], [("custom accelerator", "asic")])]   # missing from found
    found = [paper("A", [], [("RTX 3090", "gpu"), ("A100", "gpu"), ("ZCU102", "fpga")]),
             paper("B", [], [("Xeon", "cpu")]),
             paper("D", [], [("TPU", "npu")])]                  # not in gold: ignored
    s = score(gold, found)
    assert s.hardware == PRF(tp=1, fp=2, fn=2)
    assert (s.hardware.precision, s.hardware.recall) == (1 / 3, 1 / 3)
    # Each class on one side only, with the names listed under it on each side.
    assert [(m.paper, m.hw_class, m.missed, m.gold_names, m.found_names) for m in s.class_mismatches] == [
        ("A", "edge", True, ("Jetson TX2",), ()),
        ("A", "fpga", False, (), ("ZCU102",)),
        ("B", "cpu", False, (), ("Xeon",)),
        ("C", "asic", True, ("custom accelerator",), ())]
    assert s.errors()["class_mismatches"][1] == {
        "paper": "A", "paper_id": None, "hw_class": "fpga", "missed": False, "gold_names": (),
        "found_names": ("ZCU102",)}


# ---------------------------------------------------------------- error lists

def test_error_lists_carry_sentences_paper_ids_and_places():
    gold = [dict(paper("P", [claim("87.6%", 87.6), claim("68.1%", 68.1, "latency")]), id="p1")]
    found = [dict(paper("P", [claim("3.2%", 3.2, sentence="It is 3.2% better.")]),
                  abstract="We build P. Latency drops by 68.1% on GPUs. Accuracy: 87.6%")]
    s = score(gold, found)
    assert s.false_positives == (ClaimRef("P", "p1", 0, "3.2%", 3.2, None, "accuracy", "It is 3.2% better."),)
    assert s.false_negatives == (
        ClaimRef("P", "p1", 0, "87.6%", 87.6, None, "accuracy", "Accuracy: 87.6%"),
        ClaimRef("P", "p1", 1, "68.1%", 68.1, None, "latency", "Latency drops by 68.1% on GPUs."),
    )
    assert s.errors()["false_positives"] == [
        {"paper": "P", "paper_id": "p1", "index": 0, "text": "3.2%", "value": 3.2, "value_low": None,
         "metric": "accuracy", "sentence": "It is 3.2% better."}]


def test_scores_are_frozen():
    s = score([paper("P", [])], [])
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.papers_gold = 3
    with pytest.raises(TypeError):
        s.fields["kind"] = None


# ---------------------------------------------------------------- gold file

def test_read_gold_skips_broken_lines_and_names_them(tmp_path):
    path = tmp_path / "gold.jsonl"
    good = json.dumps(paper("P", [claim("1%", 1.0)]))
    path.write_bytes(b"\n".join([
        good.encode(), b"{broken", b"", b"[1, 2]", json.dumps({"title": "Q", "claims": {}}).encode(),
        json.dumps({"title": "R", "claims": [{"text": "x", "value": "5"}]}).encode(),
        b"\xff\xfe", json.dumps(paper("S", [])).encode()]))
    papers, problems = read_gold(path)
    assert [p["title"] for p in papers] == ["P", "S"]
    assert [str(p) for p in problems] == [
        f"{path}:2: not valid JSON: Expecting property name enclosed in double quotes; line skipped",
        f"{path}:4: not a paper: needs a JSON object with a string `title`; line skipped",
        f"{path}:5: `claims` and `hardware` must be lists; line skipped",
        f"{path}:6: claim 1: needs a numeric `value`; line skipped",
        f"{path}:7: not UTF-8 text; line skipped",
    ]


def test_read_gold_with_nothing_readable_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=rf"^{tmp_path}/none.jsonl: cannot read: No such file or directory$"):
        read_gold(tmp_path / "none.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{empty}: no readable gold paper \(the file is empty\)$"):
        read_gold(empty)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{\n[\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{broken}: no readable gold paper \(2 lines skipped\)$"):
        read_gold(broken)
