"""The rule loader reports every problem of every file at once, with its place."""
from __future__ import annotations

import pytest
import regex

from claims.errors import PatternError
from claims.patterns import load_patterns


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_bundled_patterns_load_and_ids_are_unique():
    patterns = load_patterns()
    ids = [r.id for f in patterns.files for r in f.rules]
    assert len(ids) == len(set(ids)) and len(ids) > 100
    assert {f.name for f in patterns.role("metric")} >= {"speedup", "latency", "accuracy", "other"}


def test_every_problem_is_listed_with_its_place(tmp_path):
    _write(tmp_path, "fragments.yaml", "role: fragments\nname: f\nfragments: {NUM: '\\d+'}\n")
    _write(tmp_path, "metrics/bad.yaml", """role: metric
name: not_a_family
rules:
  - id: a.one
    cues: ['(unclosed']
  - id: a.one
    cues: [on, 'x*', '{NOPE}']
""")
    with pytest.raises(PatternError) as error:
        load_patterns.__wrapped__(str(tmp_path))
    message = str(error.value)
    assert "metrics/bad.yaml:1: name 'not_a_family' is not in the spec's closed list for metric" in message
    assert "metrics/bad.yaml:4: a.one: cues '(unclosed' does not compile" in message
    assert "metrics/bad.yaml:6: a.one: cues True is not a string" in message
    assert "metrics/bad.yaml:6: a.one: cues 'x*' matches the empty string" in message
    assert "uses unknown fragment(s) NOPE" in message
    assert "a.one: id already used at metrics/bad.yaml:4" in message


def test_examples_need_a_source(tmp_path):
    _write(tmp_path, "q.yaml", """role: qualifier
name: q
rules:
  - id: q.one
    cues: ['about']
    examples:
      - {text: "about 5x", claims: [{value: 5.0}]}
""")
    with pytest.raises(PatternError, match=r"q.yaml:7: example needs `source"):
        load_patterns.__wrapped__(str(tmp_path))


def test_not_valid_yaml_names_the_file(tmp_path):
    _write(tmp_path, "broken.yaml", "role: [unclosed\n")
    with pytest.raises(PatternError, match=r"broken.yaml: not valid YAML"):
        load_patterns.__wrapped__(str(tmp_path))


def test_number_words_fragment_agrees_with_the_word_values():
    patterns = load_patterns()
    words = next(f for f in patterns.role("numbers")).attrs["words"]
    body = patterns.fragments["WORD"].removeprefix("(?:").removesuffix(")")
    spoken = {a.replace("\\s+", " ") for a in body.split("|")}
    assert spoken == {str(w) for w in words}
