"""The ratchet: extraction quality on the seed gold must not fall below the recorded floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.evaluate import read_gold, score
from claims.extraction.pipeline import extract_paper
from claims.readers import read_papers
from claims.resources import seed_pages, seeds_dir

FLOOR = json.loads((Path(__file__).parent / "quality_floor.json").read_text())


@pytest.fixture(scope="module")
def scores():
    gold, problems = read_gold(seeds_dir() / "gold.jsonl")
    assert problems == []
    found = [extract_paper(p) for p in read_papers(seed_pages())]
    return score(gold, found)


def test_every_gold_paper_is_read(scores):
    assert scores.papers_matched == scores.papers_gold == 266


def test_value_and_typed_f1_stay_above_the_floor(scores):
    assert scores.value.f1 >= FLOOR["value_f1"], scores.value.f1
    assert scores.typed.f1 >= FLOOR["typed_f1"], scores.typed.f1
    assert scores.hardware.f1 >= FLOOR["hardware_f1"], scores.hardware.f1


@pytest.mark.parametrize("field", sorted(FLOOR["fields"]))
def test_field_accuracy_stays_above_the_floor(scores, field):
    assert scores.fields[field].accuracy >= FLOOR["fields"][field], scores.fields[field]
