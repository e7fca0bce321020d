"""What the rules leave out, on any papers and without gold: the metric texts of the claims typed
`other`, counted per normalized text, and the numbers dropped as bare (`filter.bare_number`),
counted per the word right after them; with every number's dropping rule counted beside.

A rule writer reads the largest counts first: a metric text that falls to `other` again and
again is a family's missing cue ("ndcg@3", "mean dice score"), and a word that keeps following
bare numbers is a score or unit the rules do not know ("93.6 F1", "1.27 bits/char").

>>> following_word("a score of 93.6 F1 on SQuAD", 15)
'f1'
>>> following_word("perplexities of 47.69 and 40.68", 21), following_word("(0.872)", 6)
('and', ')')
>>> following_word("it is 7", 7), normalize_metric_text("  NDCG@3, ")
('(end of text)', 'ndcg@3')
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

BARE = "filter.bare_number"
END_OF_TEXT = "(end of text)"

# A word as rule writers name metrics and units: "F1", "bits/char", "top-1", "mAP@50", "J&F".
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-/@&+.'’][\p{L}\p{N}]+)*")
_EDGE_PUNCTUATION = " \t\n.,;:!?()[]{}\"'`"


@dataclass(frozen=True, slots=True)
class Example:
    """Where a count was first met: the paper, the claim's or number's text, and its sentence."""

    paper: str
    text: str
    sentence: str

    def as_dict(self) -> dict[str, str]:
        return {"paper": self.paper, "text": self.text, "sentence": self.sentence}


@dataclass
class Tally:
    """Counts per key, the first example of each and, where kept, the rules behind each key."""

    counts: Counter = field(default_factory=Counter)
    examples: dict[str, Example] = field(default_factory=dict)
    rules: dict[str, Counter] = field(default_factory=dict)

    def add(self, key: str, example: Example, rule: str | None = None) -> None:
        self.counts[key] += 1
        self.examples.setdefault(key, example)
        if rule is not None:
            self.rules.setdefault(key, Counter())[rule] += 1

    def top(self, n: int) -> list[tuple[str, int]]:
        """The `n` largest counts (all for n = 0), largest first, then by key."""
        ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:n] if n else ranked


@dataclass
class Audit:
    """The running counts over every paper read (`add`)."""

    papers: int = 0
    numbers: int = 0
    claims: int = 0
    other_texts: Tally = field(default_factory=Tally)        # normalized metric text -> claims
    bare_next: Tally = field(default_factory=Tally)          # word after -> bare numbers
    dropped: Counter = field(default_factory=Counter)        # dropping rule -> numbers

    def add(self, paper: str, abstract: str, claims: Iterable[Any], traces: Iterable[Any]) -> None:
        """One paper: its claims (`Claim`s) and the traces of its numbers (`Reading.traces`)."""
        self.papers += 1
        metric_rules = {}
        for trace in traces:
            self.numbers += 1
            if trace.kept:
                decision = next((d for d in trace.fields if d.field == "metric"), None)
                if decision is not None and decision.value == "other":
                    metric_rules.setdefault(trace.start, []).append(" ".join(decision.rules) or "-")
                continue
            rule = trace.rule_ids[-1] if trace.rule_ids else "-"
            self.dropped[rule] += 1
            if rule == BARE:
                word = following_word(abstract, trace.start + len(trace.text))
                self.bare_next.add(word, Example(paper, trace.text, trace.sentence))
        for claim in claims:
            self.claims += 1
            if claim.metric != "other":
                continue
            rules = metric_rules.get(claim.start)
            self.other_texts.add(normalize_metric_text(claim.metric_text),
                                 Example(paper, claim.text, claim.sentence),
                                 rules.pop(0) if rules else "-")

    def as_dict(self, top: int, where=None) -> dict[str, Any]:
        """The counts as JSON-ready data, each list cut to its `top` largest (0: all)."""
        return {
            "papers": self.papers, "numbers": self.numbers, "claims": self.claims,
            "claims_other": sum(self.other_texts.counts.values()),
            "dropped": sum(self.dropped.values()), "dropped_bare": sum(self.bare_next.counts.values()),
            "other_metric_texts": [
                {"metric_text": key, "count": n, "rules": dict(self.other_texts.rules[key].most_common()),
                 "example": self.other_texts.examples[key].as_dict()}
                for key, n in self.other_texts.top(top)],
            "bare_next_words": [
                {"word": key, "count": n, "example": self.bare_next.examples[key].as_dict()}
                for key, n in self.bare_next.top(top)],
            "dropped_by_rule": [
                {"rule": rule, "count": n, **({"where": where(rule)} if where else {})}
                for rule, n in sorted(self.dropped.items(), key=lambda item: (-item[1], item[0]))],
        }


def following_word(text: str, end: int) -> str:
    """The word right after position `end` of `text`, case-folded; a punctuation mark when one
    comes first; END_OF_TEXT at the end."""
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return END_OF_TEXT
    match = _WORD.match(text, at)
    return match.group().casefold() if match else text[at]


def normalize_metric_text(text: str) -> str:
    """A metric text as counted: case-folded, white space collapsed, edge punctuation trimmed."""
    return " ".join(str(text or "").split()).strip(_EDGE_PUNCTUATION).casefold() or "-"
