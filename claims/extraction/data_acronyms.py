"""An acronym that belongs to a paper's benchmark or dataset, not to a system (methods.py, the
title-data branch of method.title_prefix). A paper whose title names its data ("CovertComBench: The
First Domain-Specific Testbed for LLMs ...") takes as its method what the abstract proposes besides
that data; an acronym the proposal frame reads in the data's own description is no such proposal:
"we introduce CovertComBench, a unified benchmark ..., encompassing ... optimization derivation
(ODQs)", "MMAR, a new benchmark designed to evaluate ... Audio-Language Models (ALMs)", "a
dataset ... from the MIT PRIMES--Art of Problem Solving (AoPS) program", "the Visual Aesthetic
Benchmark (VAB)", "OAEI-LLM-T ... evolves from ... the Ontology Alignment Evaluation Initiative (OAEI)".
Its figures are those of the systems the paper evaluates, as in any benchmark paper.
"""
from __future__ import annotations

from ..matching import compiled

_PART = compiled(r"[\p{L}\d]+")
_ARTICLES = frozenset({"the", "a", "an"})
_SENTENCE_END = compiled(r"[.!?]\s")


def belongs_to_data(acronym: str, rules: tuple[str, ...], data: str, text: str) -> bool:
    """Whether `acronym`, found by the proposal frame's acronym rule (in `rules`) in `text`, is one
    of the data `data` the title names: a part of its name ("SATA" of "SATA-BENCH"; not one the title spells out in brackets,
    "Overhead Wildlife Locator (OWL): Benchmarking ..." names its system), the initials of its words
    ("Visual Aesthetic Benchmark" -> VAB), or an acronym of the sentence that introduces the data,
    after its name (what the benchmark holds, tests or is drawn from)."""
    if "method.acronym" not in rules:
        return False
    if f"({acronym})" not in data and acronym in _PART.findall(data):
        return True
    initials = "".join(word[0] for word in data.split() if word.lower() not in _ARTICLES)
    if len(acronym) > 1 and initials == acronym:
        return True
    paren = text.find(f"({acronym})")
    if paren < 0:
        return False
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, paren - 600), paren)), default=0)
    return data.lower() in text[opened:paren].lower()
