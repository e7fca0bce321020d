"""Replay the `matches:`/`not_matches:` examples of every entry of patterns/words.yaml: a pattern
finds a match in each `matches` string and none in each `not_matches` one (with `search`, or the
method its `check:` names); a word list holds each `matches` word and none of its `not_matches`."""
from __future__ import annotations

import pytest

from claims.extraction.rulebook.cues import words
from claims.patterns import load_patterns


def _entries():
    for _, rule in load_patterns().rules("words"):
        yield pytest.param(rule, id=rule.id)


@pytest.mark.parametrize("rule", list(_entries()))
def test_word_entry_examples(rule):
    found = words()[rule.id]
    matches, not_matches = rule.attrs.get("matches") or [], rule.attrs.get("not_matches") or []
    assert matches, f"{rule.location}: {rule.id}: give at least one `matches` example"
    if isinstance(found, frozenset):
        assert [w for w in matches if w.lower() not in found] == []
        assert [w for w in not_matches if w.lower() in found] == []
        return
    check = getattr(found, rule.attrs.get("check", "search"))
    assert [m for m in matches if not check(m)] == [], f"{rule.location}: {rule.id}: matches not matched"
    assert [m for m in not_matches if check(m)] == [], f"{rule.location}: {rule.id}: not_matches matched"
