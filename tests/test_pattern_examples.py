"""Replay every example and not-claim of every file under patterns/ as its own test case.

Adding a rule never adds test code: its examples are the tests. Ids read
`metrics/speedup.yaml::speedup.faster::3`. An example with `xfail: reason` is a known miss and
runs as a strict xfail, so the day it passes the suite says so.
"""
from __future__ import annotations

import importlib
import math

import pytest

from claims.patterns import load_patterns

# Which function answers an example, by the key its expectation uses.
REPLAYERS = {
    "claims": "claims.extraction.pipeline:extract",
    "platforms": "claims.extraction.platforms:find_platforms",
    "datasets": "claims.extraction.datasets:find_datasets",
    "methods": "claims.extraction.methods:method_name",
    "baselines": "claims.extraction.baselines:baseline_phrases",
    "canonical": "claims.canonical:replay_example",
}


def _cases():
    for pattern_file in load_patterns().files:
        for rule in pattern_file.rules:
            for index, example in enumerate(rule.examples, 1):
                marks = [pytest.mark.xfail(reason=example.xfail, strict=True)] if example.xfail else []
                yield pytest.param(pattern_file, example, False, marks=marks,
                                   id=f"{pattern_file.path}::{rule.id}::{index}")
            for index, example in enumerate(rule.not_claims, 1):
                marks = [pytest.mark.xfail(reason=example.xfail, strict=True)] if example.xfail else []
                yield pytest.param(pattern_file, example, True, marks=marks,
                                   id=f"{pattern_file.path}::{rule.id}::not{index}")


def _replayer(key: str):
    module, name = REPLAYERS[key].split(":")
    return getattr(importlib.import_module(module), name)


def _same(expected, actual) -> bool:
    if isinstance(expected, float) or isinstance(actual, float):
        return actual is not None and expected is not None and math.isclose(expected, actual, rel_tol=1e-6)
    return expected == actual


def _check_claims(example, negative: bool):
    found = _replayer("claims")(example.text, title=example.title)
    if negative:
        # A not-claim example lists text that must yield no claim at all.
        assert found == [], f"{example.location}: expected no claims, got {[c.text for c in found]}"
        return
    expected = example.expect["claims"]
    got = [{"text": c.text, "value": c.value} for c in found]
    assert len(found) == len(expected), f"{example.location}: expected {expected}, got {got}"
    for want, claim in zip(expected, found):
        for field, value in want.items():
            assert _same(value, getattr(claim, field)), (
                f"{example.location}: claim {claim.text!r}: {field} is {getattr(claim, field)!r}, "
                f"expected {value!r}")
        assert example.text[claim.start:claim.end] == claim.text


def _check_platforms(example, negative: bool):
    found = [{"name": p.name, "class": p.hw_class} for p in _replayer("platforms")(example.text)]
    expected = [] if negative else example.expect["platforms"]
    assert sorted(found, key=str) == sorted(expected, key=str), f"{example.location}: got {found}"


def _check_datasets(example, negative: bool):
    found = [d.name for d in _replayer("datasets")(example.text)]
    expected = [] if negative else example.expect["datasets"]
    assert found == expected, f"{example.location}: got {found}"


def _check_methods(example, negative: bool):
    found = _replayer("methods")(example.title or "", example.text)
    expected = None if negative else example.expect["methods"]
    assert found == expected, f"{example.location}: got {found!r}"


def _check_normalized(example, negative: bool):
    from claims.extraction.normalize import normalize
    found = normalize(example.text)
    expected = example.text if negative else example.expect["normalized"]
    assert found.text == expected, f"{example.location}: got {found.text!r}"
    for start in range(len(found.text)):        # every span maps back inside the original
        begin, end = found.to_original(start, start + 1)
        assert 0 <= begin < end <= len(example.text)


def _check_baselines(example, negative: bool):
    found = [b.text for b in _replayer("baselines")(example.text)]
    expected = [] if negative else example.expect["baselines"]
    assert found == expected, f"{example.location}: got {found}"


def _check_canonical(example, negative: bool):
    # patterns/canonical/<kind>.yaml: the file says what its example text is (a hardware, a
    # dataset, a paper's methods as written)
    kind = example.location.split(":")[0].rsplit("/", 1)[-1].removesuffix(".yaml")
    found = _replayer("canonical")(kind, example.text, example.title)
    expected = {} if negative else example.expect["canonical"]
    assert found == expected, f"{example.location}: got {found}"


CHECKS = {"claims": _check_claims, "platforms": _check_platforms, "datasets": _check_datasets,
          "methods": _check_methods, "baselines": _check_baselines, "normalized": _check_normalized,
          "canonical": _check_canonical}


def _expectation_key(pattern_file, example) -> str:
    if example.expect:
        return next(iter(example.expect))
    return pattern_file.attrs.get("replay", "claims")


@pytest.mark.parametrize("pattern_file, example, negative", list(_cases()))
def test_example(pattern_file, example, negative):
    CHECKS[_expectation_key(pattern_file, example)](example, negative)


def _rules_traced(text: str, title: str | None) -> tuple[set[str], set[str]]:
    """The rules in the traces of `text`'s claims, and those that dropped its other numbers."""
    from claims.extraction.pipeline import read

    kept, dropped = set(), set()
    for trace in read(text, title).traces:
        if trace.kept:
            kept.update(trace.rule_ids)
            kept.update(rule for decision in trace.fields for rule in decision.rules)
            if trace.kept_by:
                kept.add(trace.kept_by)
        else:
            dropped.add(trace.rule_ids[-1])
    return kept, dropped


def _proof(pattern_file, rule, example, negative: bool) -> bool | None:
    """Whether the example's result holds a trace of the rule it is filed under (None where a
    rule of this kind leaves none: a filter's kept numbers, the canonical names, the spec)."""
    import regex

    from claims.extraction.datasets import find_datasets
    from claims.extraction.methods import method_decision
    from claims.extraction.platforms import trace_platforms
    from claims.extraction.baselines import baseline_phrases

    role, key = pattern_file.role, _expectation_key(pattern_file, example)
    if role in ("canonical", "spec", "words", "fragments"):
        return None
    if role == "normalize":
        return None if negative else regex.search(rule.cues[0], example.text, regex.VERSION1) is not None
    if role in ("hardware", "hardware_filter"):
        verdicts = {(t.rule_id, t.verdict) for t in trace_platforms(example.text)}
        if role == "hardware_filter":
            return any(verdict == f"background:{rule.id}" for _, verdict in verdicts) if negative else None
        if negative:
            return (rule.id, "blocked") in verdicts if rule.attrs.get("blocks") else None
        return any(rule_id == rule.id and verdict == "kept" for rule_id, verdict in verdicts)
    if key == "datasets" or role == "dataset":
        return None if negative else rule.id in {d.rule_id for d in find_datasets(example.text)}
    if key == "methods":
        return None if negative else rule.id in method_decision(example.title or "", example.text)[1]
    if key == "baselines":
        return None if negative else rule.id in {b.rule_id for b in baseline_phrases(example.text)}
    kept, dropped = _rules_traced(example.text, example.title)
    if role == "filter":
        return rule.id in dropped if negative else None
    return None if negative else rule.id in kept


@pytest.mark.parametrize("pattern_file, rule, example, negative", [
    pytest.param(pattern_file, rule, example, negative, id=f"{pattern_file.path}::{rule.id}::{kind}{index}")
    for pattern_file in load_patterns().files for rule in pattern_file.rules
    for kind, examples, negative in (("", rule.examples, False), ("not", rule.not_claims, True))
    for index, example in enumerate(examples, 1) if not example.xfail])
def test_example_proves_its_rule(pattern_file, rule, example, negative):
    """The rule an example is filed under is in the trace of what the example expects: deleting
    the rule would fail its examples. A counter-example (`rule_absent: true`) shows where the
    rule must not fire: it is not in the trace."""
    proof = _proof(pattern_file, rule, example, negative)
    if example.rule_absent:
        assert proof is not None, f"{example.location}: rule_absent on an example no trace can show"
        assert not proof, f"{example.location}: {rule.id} is in the trace of {example.text!r}, marked rule_absent"
    else:
        assert proof in (True, None), f"{example.location}: {rule.id} is not in the trace of {example.text!r}"
