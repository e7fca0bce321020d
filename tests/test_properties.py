"""Properties of `claims.extract` (hypothesis, deterministic: derandomize=True).

For any text: no exception, `text == abstract[start:end]`, finite values, `value_low <= value`,
fields inside the spec's closed vocabularies. For texts built from realistic claim templates
and filler: the same claims (up to offsets) when whitespace runs change, and when `×`/`x`,
`–`/`-` and `−`/`-` are swapped.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings, strategies as st

import claims
from claims.commands.explain import render as render_explanation
from claims.extraction.pipeline import explain
from claims.model import DIRECTIONS, KINDS, METRICS, QUALIFIERS

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_sound(text: str, found) -> None:
    for claim in found:
        assert text[claim.start:claim.end] == claim.text, claim
        assert isinstance(claim.value, float) and math.isfinite(claim.value), claim
        if claim.value_low is not None:
            assert math.isfinite(claim.value_low) and claim.value_low <= claim.value, claim
        assert claim.metric in METRICS and claim.kind in KINDS, claim
        assert claim.direction is None or claim.direction in DIRECTIONS, claim
        assert claim.qualifier is None or claim.qualifier in QUALIFIERS, claim
        assert claim.unit is None or isinstance(claim.unit, str)


def key(found) -> list[tuple]:
    return [(c.value, c.value_low, c.unit, c.metric, c.kind, c.direction, c.qualifier) for c in found]


# Characters abstracts are made of, weighted towards the ones the patterns care about.
_ABSTRACT_CHARS = st.sampled_from(list("0123456789.,%x×-–−~$\\{}()[]:;/ \n\tabcdefgms"
                                       "KMGTBFLOPSJWHzµ^+=<>≤≥±\u2009\u00a0\u200bﬁ"))


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode_text_gives_sound_claims(text):
    assert_sound(text, claims.extract(text))


@SETTINGS
@given(st.text(_ABSTRACT_CHARS, max_size=300))
def test_number_heavy_text_gives_sound_claims(text):
    assert_sound(text, claims.extract(text))


@SETTINGS
@given(st.text(max_size=200), st.text(max_size=60))
def test_explain_never_raises_and_names_real_surfaces(text, title):
    for trace in claims.explain(text, title=title):
        assert trace.text in text and math.isfinite(trace.value)


@SETTINGS
@given(st.text(_ABSTRACT_CHARS, max_size=200))
def test_explain_command_renders_any_text(text):
    traces = explain(text)
    assume(traces)
    shown = render_explanation(traces)
    assert shown.split()[:4] == ["number", "verdict", "value", "why"]
    assert max(map(len, shown.splitlines())) <= 100


# --- realistic abstracts: templates of claims among filler sentences --------------------------
# `{T}` is the times sign, `{D}` a range dash, `{M}` a minus sign; each variant renders them
# differently, and the claims must not change.

_NUMBER = st.builds(lambda whole, frac: f"{whole}.{frac}" if frac else str(whole),
                    st.integers(1, 999), st.one_of(st.none(), st.integers(1, 99)))
_TEMPLATES = [
    "Our accelerator runs {a}{T} faster than an RTX 3090 GPU.",
    "It achieves a {a}{D}{b}{T} speedup over the CPU baseline.",
    "The method reduces latency by {a}% on a Jetson Nano.",
    "We obtain {a}% top-1 accuracy on ImageNet.",
    "Energy consumption drops by up to {a}{T} compared with prior work.",
    "Accuracy changes by {M}{a}% while memory shrinks by {b}%.",
    "Throughput improves from {a} to {b} FPS.",
    "The model is {a}{T} smaller and {b}% more accurate.",
    "Inference takes {a} ms per image, {b}{T} lower than the baseline.",
    "F1 improves by {a}{D}{b}% across five datasets.",
    "We cut training time by about {a}%.",
]
_FILLER = [
    "We propose a new method for efficient inference.",
    "Experiments on several benchmarks confirm the approach.",
    "This work studies sparse attention on edge devices.",
    "Code is available online.",
    "Prior methods suffer from high overhead.",
]


@st.composite
def abstracts(draw) -> list[tuple[str, dict]]:
    """A list of sentences: filler, or a template with its numbers."""
    sentences = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            sentences.append((draw(st.sampled_from(_FILLER)), {}))
        else:
            low, high = sorted([draw(_NUMBER), draw(_NUMBER)], key=float)
            sentences.append((draw(st.sampled_from(_TEMPLATES)), {"a": low, "b": high}))
    return sentences


def render(sentences, times="x", dash="-", minus="-", space=" ") -> str:
    parts = [template.format(T=times, D=dash, M=minus, **numbers) for template, numbers in sentences]
    return space.join(part.replace(" ", space) for part in parts)


def _same_claims_with_spaces(sentences, space):
    plain, spaced = render(sentences), render(sentences, space=space)
    found, found_spaced = claims.extract(plain), claims.extract(spaced)
    assert_sound(spaced, found_spaced)
    assert key(found_spaced) == key(found), spaced


@SETTINGS
@given(abstracts(), st.sampled_from(["\t", "\u00a0", "\u2009", "\u202f", "\u3000"]))
def test_other_single_spaces_do_not_change_the_claims(sentences, space):
    _same_claims_with_spaces(sentences, space)


@SETTINGS
@given(abstracts(), st.sampled_from(["  ", "\n", " \n ", "   ", "\r\n"]))
def test_whitespace_runs_and_line_breaks_do_not_change_the_claims(sentences, space):
    _same_claims_with_spaces(sentences, space)


@SETTINGS
@given(abstracts(), st.sampled_from(["×", "$\\times$", "X"]), st.sampled_from(["–", "—", "‒"]),
       st.sampled_from(["−", "‐"]))
def test_typographic_signs_do_not_change_the_claims(sentences, times, dash, minus):
    plain = render(sentences)
    fancy = render(sentences, times=times, dash=dash, minus=minus)
    found, found_fancy = claims.extract(plain), claims.extract(fancy)
    assert_sound(fancy, found_fancy)
    assert key(found_fancy) == key(found), fancy


@SETTINGS
@given(abstracts())
def test_templates_give_claims_at_their_numbers(sentences):
    text = render(sentences)
    found = claims.extract(text)
    assert_sound(text, found)
    numbers = {float(n) for _, values in sentences for n in values.values()}
    assert {c.value for c in found} <= numbers | {v * 1e-3 for v in numbers}
