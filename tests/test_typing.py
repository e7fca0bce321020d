"""The shortcuts of claims.extraction.typing give what the plain forms they replace give."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings, strategies as st

from claims.extraction import typing
from claims.extraction.numbers import find_mentions
from claims.extraction.pipeline import extract

# Gaps between a cue and its number: lead-out words, other words, punctuation, odd spaces and
# letters that fold to ASCII ones ("ſ", the Kelvin sign).
_GAP_PIECES = [" ", "  ", "\n", "\t", "\x1c", "\u00a0", "by", "BY", "of", "an", "average", "up", "to", "nearly",
               "approximately", "reached", "the", "model", "GPU", "(", ",", "~", "+", "-", ":", "=", "nearby",
               "ſcores", "\u212aernel", "is", "a", "state-of-the-art", "e.g.", "it's"]


def _left_owned_the_long_way(text, mention, hits, floor):
    before = [h for h in hits if h.end <= mention.start and h.start >= floor]
    if not before:
        return None
    hit = before[-1]
    gap = text[hit.end:mention.start]
    if typing._DIGIT_OR_SEMICOLON.search(gap):
        return None
    return hit if len(typing._words(typing._LEAD_OUT.sub("", gap))) <= 3 else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=12))
def test_a_cue_owns_the_number_after_it_as_the_cut_of_its_lead_out_words_says(pieces):
    text = "latency" + "".join(pieces) + "42%"
    mention = find_mentions(text)[-1]
    hit = typing.CueHit(0, 7, "latency", "latency.noun", "latency")
    assert typing.left_owned(text, mention, [hit], 0) == _left_owned_the_long_way(text, mention, [hit], 0)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES + ["standby", "\u0130s", "x-by", "'of", "@an", "i.e. by"]),
                min_size=4, max_size=14))
def test_the_lead_out_words_are_matched_once_where_the_fourth_word_starts(pieces):
    gap = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    words = list(typing._WORD.finditer(gap))
    if len(words) > 3:
        cut = typing._LEAD_OUT.sub("", gap)
        assert typing._lead_out_from(gap, words[3].start()) == (len(typing._words(cut)) <= 3)


def test_what_a_lead_out_word_matches_is_letters_alone():
    # `_lead_out_from` holds because no lead-out word runs across the start of a word: every
    # character its letters match (under its flags: "\u0130", "\u017f", the Kelvin sign) is a letter.
    every_character = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    matched = regex.findall(r"[a-z]", every_character, typing._LEAD_OUT.flags)
    assert matched and all(regex.fullmatch(r"\p{L}", character) for character in matched)
    assert {"\u0130", "\u017f", "\u212a"} <= set(matched)


def test_a_short_gap_is_not_cut(monkeypatch):
    text = "latency of up to 42%"
    mention = find_mentions(text)[-1]
    hit = typing.CueHit(0, 7, "latency", "latency.noun", "latency")
    monkeypatch.setattr(typing, "_LEAD_OUT", None)      # a gap of four words or more would need it
    assert typing.left_owned(text, mention, [hit], 0) is hit


def _right_direction_one_by_one(right_words):
    best = None
    for pattern, direction in typing._direction_cues("after"):
        match = pattern.search(right_words)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), direction)
    return best[1] if best else None


@pytest.mark.parametrize("words", [
    "", "lower latency than", "higher and lower", "lowerx higher", "fewer more", "speed-ups over the",
    "reduction", "less", "BETTER", "savings gain", "our design", "smaller-than faster", "lessen more",
])
def test_the_direction_after_a_number_is_the_first_cue_searched_one_by_one(words):
    assert typing._right_direction(words) == _right_direction_one_by_one(words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["lower", "higher", "less", "more", "x", "-", " ", "speed", "ups", "loss",
                                 "gain", "é", "improvement", "Lower", "ſavings"]), max_size=8))
def test_the_direction_after_a_number_in_any_words(pieces):
    words = "".join(pieces)
    assert typing._right_direction(words) == _right_direction_one_by_one(words)


def test_a_factor_with_its_direction_in_its_own_words_reads_no_cues_before_it(monkeypatch):
    text = "Compared with the baseline that reduces memory, our kernel achieves a 3.1x speedup."
    expected = [(c.text, c.kind, c.direction) for c in extract(text)]
    assert expected == [("3.1x", "ratio", "increase")]
    scans = []
    real = typing._LeftCues

    def counted(left):
        scans.append(left)
        return real(left)
    monkeypatch.setattr(typing, "_LeftCues", counted)
    assert [(c.text, c.kind, c.direction) for c in extract(text)] == expected
    assert scans == []
    # A percentage reads them: "retains 95%" is a ratio.
    assert [(c.kind, c.direction) for c in extract("The pruned model retains 95% of the accuracy.")] == [
        ("ratio", "decrease")]
    assert len(scans) == 1


def _qualifier_one_by_one(right, metric_text, prefix):
    found = [(c.attrs["qualifier"], c.rule_id) for c in typing._side("qualifier", "after") if c.pattern.match(right)]
    for cue in typing._side("qualifier", "metric"):
        if cue.pattern.search(metric_text) or cue.pattern.search(prefix):
            found.append((cue.attrs["qualifier"], cue.rule_id))
    return min(found, key=lambda f: typing._PRECEDENCE.index(f[0])) if found else (None, None)


@pytest.mark.parametrize("right, metric_text, prefix", [
    (" on average", "speedup", "geo-mean"), (" (geomean)", "accuracy", ""), ("", "average accuracy", "max"),
    (" in average", "maximum latency", "the"), (" faster", "speedup", "our"), ("", "mean IoU", "average"),
    ("", "meaningful", "Max."), (" (average) accuracy", "speedup", "AVG"), ("", "average accuracy", "the"),
])
def test_qualifier_cues_after_and_in_the_metric_read_at_once_are_those_read_one_by_one(
        monkeypatch, right, metric_text, prefix):
    mention = find_mentions("x 42% y")[0]
    draft = typing.Draft(mention=mention, sentence_index=0, metric_text=metric_text,
                         metric_hit=typing.CueHit(0, 1, "other", "other.x", "x"))
    monkeypatch.setattr(typing, "_metric_prefix", lambda text, draft: prefix)
    text = "x 42%" + right
    typing.type_qualifier(draft, text, (0, len(text)), 0)
    assert (draft.qualifier, draft.qualifier_source) == _qualifier_one_by_one(right, metric_text, prefix)
    for where in ("after", "metric"):
        cues, any_cue = typing._any_cue(where)
        for sample in (right, metric_text, prefix):
            assert (any_cue.search(sample) is not None) == any(c.pattern.search(sample) for c in cues)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["reading", "Reading", "training", "solving", "ing", "abcdefghijklmnopqrstuvwxyzing",
                                 " ", "  ", "\n", "time", "times", "TIME", "timestamp", "-", "ſ", "\u0345", "é",
                                 "İng", "the", "x"]), max_size=10))
def test_the_time_cue_matches_as_written_without_its_lookahead(pieces):
    from claims.extraction.vocab import alternation, compile_rule, metric_cues
    from claims.patterns import load_patterns
    rule = next(r for _, r in load_patterns().rules("metric") if r.id == "time.noun")
    assert rule.cues[0].startswith(r"(?=\p{L}++\s+time)")
    as_written = compile_rule(r"(?<![\p{L}\p{N}])(?:" + alternation(
        [rule.cues[0].removeprefix(r"(?=\p{L}++\s+time)")] + list(rule.cues[1:])) + ")")
    cue = next(c for c in metric_cues() if c.rule_id == "time.noun")
    text = "".join(pieces)
    assert [m.span() for m in cue.pattern.finditer(text)] == [m.span() for m in as_written.finditer(text)]
