"""Sentence ends that need no capital after the stop (issue 18): a lower-case start after a full
stop, a bullet line or a blank line of the original, an invisible mark after the stop; and the
stops that still end nothing."""
from __future__ import annotations

import claims
from claims.extraction.document import Document
from claims.extraction.sentences import item_breaks, split_sentences


def _sentences(text, breaks=()):
    return [text[s:e] for s, e in split_sentences(text, breaks)]


def test_a_full_stop_before_a_lower_case_start_ends_a_sentence():
    text = "It runs on the V100. it cuts latency by 12%. tritonBLAS wins."
    assert _sentences(text) == ["It runs on the V100.", "it cuts latency by 12%.", "tritonBLAS wins."]


def test_abbreviations_single_letters_and_other_stops_before_lower_case_end_nothing():
    for text in ("We add i.i.d. noise to it.", "Placeit! is versatile.", "It beats X, e.g. the dense one.",
                 "Shown by Li et al. in 2020.", "Is it? maybe.", "The speedup is 2.3x on avg. across 12 workloads.",
                 "It wins on most sets, esp. the noisy ones, incl. CIFAR-10-C.", "As in Sect. 4 and Alg. 2, it converges."):
        assert _sentences(text) == [text]


def test_an_invisible_mark_after_the_stop_is_white_space():
    text = "It is 2x faster.\u2060 It is 3x faster.\u200e it is 4x faster."
    assert _sentences(text) == ["It is 2x faster.", "It is 3x faster.", "it is 4x faster."]


def test_bullet_lines_and_blank_lines_of_the_original_start_sentences():
    original = "Results:\n- 2.5x faster on the TX2\n\u2022 31% less energy\n\nWe also win\nby 5% on CIFAR-10"
    assert [original[b:b + 6] for b in item_breaks(original)] == ["- 2.5x", "\u2022 31% ", "We als"]
    doc = Document(original)
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Results:", "- 2.5x faster on the TX2", "\u2022 31% less energy", "We also win by 5% on CIFAR-10"]


def test_a_hyphen_inside_a_line_or_a_wrapped_line_starts_nothing():
    original = "It is 2.5x faster - and\nreaches 90% on the\n-40 C test rig."
    assert item_breaks(original) == []
    assert len(Document(original).sentences) == 1


def test_claims_of_bullet_lines_keep_their_own_sentence():
    # One sentence, both claims would take ImageNet; as two, the second takes the platform of
    # the line before (spec section 8).
    found = claims.extract("Results:\n- 2.5x faster on the Jetson TX2\n- 31% less energy on ImageNet\n")
    assert [(c.text, c.value, c.metric, c.kind, c.direction, c.hardware, c.dataset, c.sentence) for c in found] == [
        ("2.5x", 2.5, "speedup", "ratio", "increase", "Jetson TX2", None, "- 2.5x faster on the Jetson TX2"),
        ("31%", 31.0, "energy", "change", "decrease", "Jetson TX2", "ImageNet", "- 31% less energy on ImageNet"),
    ]


def test_a_break_at_a_stop_boundary_adds_no_empty_sentence():
    text = "It is 2x faster. - It is 3x faster."
    assert _sentences(text, [text.index("-")]) == ["It is 2x faster.", "- It is 3x faster."]


def test_a_latex_comment_mark_after_the_stop_opens_a_sentence():
    # arXiv abstracts keep the "%" of a commented LaTeX line: read as one sentence, the habit word
    # of the first ("typically") made the second's claim and platform background.
    text = ("Prior toolkits typically couple data loading with the model code. "
            "% With TurboLoad, a 7B model trains at 1,900 tokens/s on 64 GPUs.")
    assert _sentences(text) == ["Prior toolkits typically couple data loading with the model code.",
                                "% With TurboLoad, a 7B model trains at 1,900 tokens/s on 64 GPUs."]
    found = claims.extract(text)
    assert [(c.text, c.value, c.metric, c.kind, c.unit, c.hardware) for c in found] == [
        ("1,900 tokens/s", 1900.0, "throughput", "absolute", "tokens/s", "GPUs")]


def test_a_full_stop_glued_to_a_capitalized_word_ends_a_sentence():
    """Abstracts copied from a PDF or a form lose the space after a stop ("tool calls.Extensive
    experiments"): between a lower-case word of three letters or more and a capitalized word, the
    stop still ends the sentence (pool26 and pool16: 138 such stops in 94 of 13,353 abstracts)."""
    text = "We cut the cost of tool calls.Extensive tests follow.Our model wins.Specifically, it is 2x faster."
    assert _sentences(text) == ["We cut the cost of tool calls.", "Extensive tests follow.", "Our model wins.",
                                "Specifically, it is 2x faster."]


def test_a_glued_stop_before_a_short_sentence_opener_ends_a_sentence():
    """Sentences open with words of one or two letters too ("schedule.We", "memory bank.On Task08"):
    pool26 and pool16 hold 78 such glued stops, every one a sentence end."""
    text = "It trains on a mixed schedule.We test them.On average it is 2x faster.A study on phones.It wins."
    assert _sentences(text) == ["It trains on a mixed schedule.", "We test them.", "On average it is 2x faster.",
                                "A study on phones.", "It wins."]


def test_glued_stops_inside_names_abbreviations_and_numbers_end_nothing():
    for text in ("It runs in Node.js and on GitHub.Com pages.", "It beats X, e.g.The dense one.",
                 "It is 3.5x.The rest is slower.", "As Fig.The plot shows, it wins.", "It wins on most, etc.The end.",
                 "The file model.Py loads.", "It calls tool.X twice.", "It runs model.Go and model.Of code."):
        assert _sentences(text) == [text]


def test_a_glued_sentence_lends_no_metric_to_the_next():
    """"the cost of tool calls.Extensive experiments ... show gains of 3.1% and 4.2%": the gains took
    "cost" from the sentence glued before them."""
    found = claims.extract("We propose Kin, which cuts the cost of tool calls.Extensive experiments on GSM8K and "
                           "MATH show gains of 3.1% and 4.2%, respectively.")
    assert [(c.text, c.value, c.metric, c.kind, c.direction, c.dataset) for c in found] == [
        ("3.1%", 3.1, "other", "change", "increase", "GSM8K"), ("4.2%", 4.2, "other", "change", "increase", "MATH")]
