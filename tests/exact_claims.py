"""Tables of synthetic sentences with the exact claims each must give, shared by the test modules
of the rules written in code (test_metric_rules, test_number_rules, test_pair_rules)."""
from __future__ import annotations

import math

import pytest

import claims


def params(cases: dict[str, list[tuple[str, list[dict]]]]) -> list:
    """One pytest case per sentence, named by its phenomenon and its place in that list."""
    return [pytest.param(text, expected, id=f"{phenomenon}-{index}")
            for phenomenon, listed in cases.items() for index, (text, expected) in enumerate(listed, 1)]


def claim_mismatches(text: str, expected: list[dict], title: str | None = None) -> list:
    """How `claims.extract(text, title)` differs from the expected claims: `[]` where it gives
    exactly them, in order, with their text and value and every other field each one names (floats
    compared to a relative 1e-6); else the claims found, or (text, field, found, expected) per field."""
    found = claims.extract(text, title=title)
    if [(c.text, c.value) for c in found] != [(e["text"], e["value"]) for e in expected]:
        return [("claims", [(c.text, c.value, c.metric) for c in found])]
    wrong = []
    for want, claim in zip(expected, found):
        for field, value in want.items():
            got = getattr(claim, field)
            same = math.isclose(got, value, rel_tol=1e-6) if isinstance(value, float) and got is not None \
                else got == value
            if not same:
                wrong.append((claim.text, field, got, value))
    return wrong


def assert_exact_claims(text: str, expected: list[dict]) -> None:
    """`claims.extract(text)` gives exactly the expected claims (`claim_mismatches`)."""
    wrong = claim_mismatches(text, expected)
    assert not wrong, wrong
