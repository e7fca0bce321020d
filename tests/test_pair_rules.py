"""The pair rules written in code (claims/extraction/pairs.py), each on synthetic sentences of its
phenomenon, with the exact claims expected; near misses where a rule must stay out."""
from __future__ import annotations

import math

import pytest

import claims

CASES = {
    # pair.versus: the number after "vs."/"compared to" is the baseline's, unless a new item of a
    # list begins there ("compared to A and 64%").
    "versus": [
        ("Our accelerator reaches 56.8 FPS vs. 10.0 FPS on the Jetson.",
         [dict(text="56.8 FPS vs. 10.0 FPS", value=56.8, baseline_value=10.0, kind="absolute")]),
        ("It reduces power and area by 23% and 7% compared to MUX-based HTC and 64% and 74% compared to CBSC.",
         [dict(text="23%", value=23.0, kind="change"), dict(text="23%", value=23.0, kind="change"),
          dict(text="7%", value=7.0, kind="change", baseline_value=None),
          dict(text="64%", value=64.0, kind="change", baseline_value=None),
          dict(text="74%", value=74.0, kind="change", baseline_value=None)]),
        ("The tuned model scores 71.3% compared to the base model and 64.0% for the distilled one.",
         [dict(text="71.3%", value=71.3, baseline_value=None), dict(text="64.0%", value=64.0, baseline_value=None)]),
    ],
}


def _cases():
    for phenomenon, cases in CASES.items():
        for index, (text, expected) in enumerate(cases, 1):
            yield pytest.param(text, expected, id=f"{phenomenon}-{index}")


@pytest.mark.parametrize("text, expected", list(_cases()))
def test_exact_claims(text, expected):
    found = claims.extract(text)
    assert [(c.text, c.value) for c in found] == [(e["text"], e["value"]) for e in expected], \
        [(c.text, c.value, c.metric) for c in found]
    for want, claim in zip(expected, found):
        for field, value in want.items():
            got = getattr(claim, field)
            if isinstance(value, float) and got is not None:
                assert math.isclose(got, value, rel_tol=1e-6), (claim.text, field, got, value)
            else:
                assert got == value, (claim.text, field, got, value)
