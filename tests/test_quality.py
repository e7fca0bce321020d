"""The ratchet: extraction quality on the seed gold, on each half of the dev gold and on the
probe corpora must not fall below the recorded floors (tests/quality_floor.json). Only aggregate
figures are read here: half B and the held-out probes stay held out."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.evaluate import normalize_title, only_ids, read_gold, read_ids, score
from claims.extraction.pipeline import extract_papers
from claims.readers import read_papers
from claims.resources import seed_pages, seeds_dir

FLOOR = json.loads((Path(__file__).parent / "quality_floor.json").read_text())
DEV = Path(__file__).parent / "data" / "dev"
PROBE = Path(__file__).parent / "data" / "probe"
CORPORA = ("seeds", "dev_half_a", "dev_half_b", "probe_tuned", "probe_heldout", "probe_tuned8", "probe_heldout2",
           "probe_heldout3", "probe_heldout4", "probe_heldout5", "probe_heldout6",
           "probe_typ15", "probe_ctx15", "probe_hw15", "probe_tuned23", "probe_tuned24", "probe_tuned25",
           "probe_tuned26")
PAPERS = {"seeds": 266, "dev_half_a": 192, "dev_half_b": 208, "probe_tuned": 360, "probe_heldout": 100,
          "probe_tuned8": 360, "probe_heldout2": 100, "probe_heldout3": 100,
          "probe_heldout4": 100, "probe_heldout5": 100, "probe_heldout6": 60,
          "probe_typ15": 100, "probe_ctx15": 100, "probe_hw15": 100, "probe_tuned23": 120,
          "probe_tuned24": 120, "probe_tuned25": 120, "probe_tuned26": 120}
# Probes annotated for the papers' platform lists only (their claim lists are empty): only the
# hardware-class F1 is read from them.
PLATFORM_LISTS = {"hwlist25": 40}


def _scores(corpus: str):
    if corpus == "seeds":
        gold, problems = read_gold(seeds_dir() / "gold.jsonl")
        papers = read_papers(seed_pages())
    elif corpus.startswith("probe_"):
        name = corpus.removeprefix("probe_")
        gold, problems = read_gold(PROBE / f"{name}_gold.jsonl")
        papers = read_papers([PROBE / f"{name}_abstracts.jsonl"])
    else:
        gold, problems = read_gold(DEV / "gold.jsonl")
        half = DEV / ("half_a.txt" if corpus == "dev_half_a" else "half_b.txt")
        gold = only_ids(gold, read_ids(half), str(half))
        titles = {normalize_title(paper["title"]) for paper in gold}
        papers = [p for p in read_papers([DEV / "abstracts.jsonl"]) if normalize_title(p.title) in titles]
    assert problems == []
    found = list(extract_papers(papers))
    assert [f for f in found if isinstance(f, Exception)] == []
    return score(gold, found)


@pytest.fixture(scope="module", params=CORPORA)
def scored(request):
    return request.param, _scores(request.param)


def test_every_gold_paper_is_read(scored):
    corpus, scores = scored
    assert scores.papers_matched == scores.papers_gold == PAPERS[corpus]


def test_value_typed_and_hardware_f1_stay_above_the_floor(scored):
    corpus, scores = scored
    floor = FLOOR[corpus]
    assert scores.value.f1 >= floor["value_f1"], (corpus, scores.value.f1)
    assert scores.typed.f1 >= floor["typed_f1"], (corpus, scores.typed.f1)
    assert scores.hardware.f1 >= floor["hardware_f1"], (corpus, scores.hardware.f1)


def test_field_accuracy_stays_above_the_floor(scored):
    corpus, scores = scored
    below = {field: round(scores.fields[field].accuracy, 4) for field, minimum in FLOOR[corpus]["fields"].items()
             if scores.fields[field].accuracy < minimum}
    assert below == {}, corpus


@pytest.mark.parametrize("name", PLATFORM_LISTS)
def test_platform_lists_stay_above_the_floor(name):
    gold, problems = read_gold(PROBE / f"{name}_gold.jsonl")
    assert problems == []
    assert all(paper["claims"] == [] for paper in gold)
    scores = score(gold, list(extract_papers(read_papers([PROBE / f"{name}_abstracts.jsonl"]))))
    assert scores.papers_matched == scores.papers_gold == PLATFORM_LISTS[name]
    assert scores.hardware.f1 >= FLOOR["platform_lists"][name], (name, scores.hardware.f1)
