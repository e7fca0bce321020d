"""The claim path's shortcuts give what the long way gives: sentence ends, normalization without
ligatures, filters limited to the rules that can apply, and cues read only when needed."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings, strategies as st

from claims.extraction import filters, normalize as normalize_module, typing
from claims.extraction.normalize import normalize
from claims.extraction.numbers import find_mentions
from claims.extraction.pipeline import explain, extract
from claims.extraction.sentences import split_sentences
from claims.extraction.syntax import starts
from claims.extraction.vocab import filter_rules, side_cues
from claims.patterns import load_patterns
from claims.readers import read_papers
from claims.resources import seed_pages


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentence_ends_skip_abbreviations_and_initials():
    text = "Results in Fig. 3 hold. We thank J. Smith et al. (2020) for data! Is it fast? Yes. Done."
    assert _sentences(text) == ["Results in Fig. 3 hold.", "We thank J. Smith et al. (2020) for data!",
                                "Is it fast?", "Yes.", "Done."]


def test_sentence_ends_keep_closing_quotes_and_drop_trailing_space():
    text = 'He said "it works." Then it ran (twice.)  \tNext one.   '
    assert split_sentences(text) == [(0, 19), (20, 40), (43, 52)]
    assert _sentences(text) == ['He said "it works."', "Then it ran (twice.)", "Next one."]


def test_abbreviation_test_reads_only_the_word_before_the_stop():
    # "no." ends a sentence after "piano" but not as a word of its own; "E." is an initial.
    assert _sentences("I play piano. Then I rest.") == ["I play piano.", "Then I rest."]
    assert _sentences("See No. 5 here.") == ["See No. 5 here."]
    assert _sentences("Part E. It is new.") == ["Part E. It is new."]


def test_units_in_lower_case_end_sentences_where_titles_do_not():
    assert _sentences("Prior work takes 5 ms. Our design takes 2 ms. We win.") == \
        ["Prior work takes 5 ms.", "Our design takes 2 ms.", "We win."]
    assert _sentences("It runs in 3 sec. Mr. Li and Ms. Wu see Sec. 4. Done.") == \
        ["It runs in 3 sec.", "Mr. Li and Ms. Wu see Sec. 4.", "Done."]


def test_a_number_in_a_background_sentence_ending_in_ms_is_no_claim():
    text = "Prior work typically takes 50 ms. Our accelerator cuts latency to 5 ms."
    assert [(c.text, c.value, c.metric) for c in extract(text)] == [("5 ms", 5.0, "latency")]


def test_ligatures_are_replaced_and_start_no_tries_in_plain_texts():
    assert normalize("ﬁnal ﬂow, 2.5$\\times$ ﬀt").text == "final flow, 2.5x fft"
    plain = "first efficient \\textbf{5\\%} baffle"
    scanned = [m.span() for m in normalize_module._SCANNER.finditer(0, plain)]
    assert scanned == [m.span() for m in normalize_module._PATTERN.finditer(plain)] == [(16, 24), (25, 27), (27, 28)]
    assert normalize(plain).text == "first efficient 5% baffle"
    # Without full case folding a ligature matches only itself, which no text with a skeleton
    # holds: it gives no start, so "fi" and "ff" in plain words are never tried.
    found = starts(normalize_module._PATTERN.pattern, normalize_module._PATTERN.flags)
    assert not any(start.startswith(("fi", "ff", "fl")) for start in found)


def _rule_ids(groups):
    return {rule.rule_id for rule in filter_rules() if filters._group(rule) in groups}


def test_filters_applicable_to_a_mention_shape():
    bare = _rule_ids(filters._applicable(False, None))
    clock = _rule_ids(filters._applicable(True, "GHz"))
    assert {"filter.evaluation_scale", "filter.random_seeds", "filter.year", "filter.p_value"} <= bare
    assert not {"filter.hardware_spec_clock", "filter.clock_frequency", "filter.model_size_setting"} & bare
    assert {"filter.hardware_spec_clock", "filter.clock_frequency", "filter.p_value"} <= clock
    assert not {"filter.evaluation_scale", "filter.random_seeds", "filter.cross_validation"} & clock
    # Every filter applies to some shape: a bare number, or a number with one of the units it names.
    shapes = {(False, None), (True, "x")} | {(True, unit) for rule in filter_rules() for unit in rule.unit_in}
    every = {group for shape in shapes for group in filters._applicable(*shape)}
    assert _rule_ids(every) == {rule.rule_id for rule in filter_rules()}


def test_each_filter_pattern_is_scanned_in_one_group_only():
    owners = [owner for group in dict.fromkeys(map(filters._group, filter_rules()))
              for owner in filters._side(("before", "unless_before"), group)[0] + filters._side(("after",), group)[0]]
    expected = [(key, index) for index, rule in enumerate(filter_rules())
                for key in ("before", "unless_before", "after") if getattr(rule, key) is not None]
    assert sorted(owners) == sorted(expected)


def test_drop_reason_by_applicable_rules():
    text = "We evaluated 56 attack settings on a 2.4 GHz Xeon server and 10 seeds, at 3.1x speed."
    reasons = {text[m.start:m.end]: filters.drop_reason(text, 0, m) for m in find_mentions(text)}
    assert reasons == {"56": "filter.evaluation_scale", "2.4 GHz": "filter.hardware_spec_clock",
                       "10": "filter.random_seeds", "3.1x": None}


_FILTER_TEXT = ("We evaluated 56 attack settings on a 2.4 GHz Xeon server and 10 seeds, at 3.1x speed with 5-fold "
                "cross-validation and a 7B model at 4-bit, p < 0.05, in 2019, batch size of 256, 90% sparsity.")


@pytest.mark.parametrize("shape", [(False, None), (True, "GHz"), (True, "x"), (True, "B"), (True, "%")])
def test_one_scan_of_a_window_finds_what_one_scan_per_group_finds(shape):
    windows = [window for m in find_mentions(_FILTER_TEXT)
               for window in (_FILTER_TEXT[max(0, m.start - 80):m.start], _FILTER_TEXT[m.end:m.end + 80])]
    groups = filters._applicable(*shape)
    hit = set()
    for keys in (("before", "unless_before"), ("after",)):
        owners = tuple((key, index) for index, rule in filters._shape_rules(*shape) for key in keys
                       if getattr(rule, key) is not None)
        for window in windows + [""]:
            one_per_group = set()
            for group in groups:
                group_owners, scanner = filters._side(keys, group)
                one_per_group |= {owner for owner, matches in zip(group_owners, scanner.scan(window)) if matches}
            assert filters._hits(window, owners) == one_per_group
            hit |= one_per_group
    assert len(hit) >= 4
    assert [rule for _, rule in filters._shape_rules(*shape)] == \
        [rule for rule in filter_rules() if filters._group(rule) in groups]


def _drop_reason_reading_every_filter(text, sentence_start, mention):
    """drop_reason as it read the text before and after a number with every filter's patterns."""
    if mention.dropped:
        return mention.dropped
    left = text[max(sentence_start, mention.start - 80):mention.start]
    right = text[mention.end:mention.end + 80]
    for index, rule in filters._shape_rules(not mention.bare, mention.unit):
        def hit(key, window):
            pattern = getattr(rule, key)
            return pattern is not None and pattern.search(window) is not None
        if hit("unless_before", left):
            continue
        if mention.word_kind == "n_of_m" and rule.after is not None:
            continue
        if rule.year:
            surface = text[mention.start:mention.number_end].lstrip("+-")
            if mention.unit is None and not mention.word_kind and filters._YEAR.match(surface):
                return rule.rule_id
            continue
        hit_before, hit_after = hit("before", left), hit("after", right)
        if rule.either:
            if hit_before or hit_after:
                return rule.rule_id
        elif (rule.before is None or hit_before) and (rule.after is None or hit_after):
            return rule.rule_id
    return None


def _filter_texts(papers):
    texts = [_FILTER_TEXT, "SparseGPT can prune 50% of the weights; at a 1% FPR and under 32kB SRAM [12] we ran 3 "
             "of the 16 benchmarks at 200 MHz (95% CI 0.97 to 0.99), 224 x 224 pixels, 7B parameters with only 3B, "
             "2019 and 4 bits, requiring 100% NPV."]
    for _, rule in load_patterns().rules("filter"):
        texts += [example.text for example in rule.not_claims + rule.examples]
    texts += [normalize(paper.abstract).text for paper in papers]
    return texts


def test_drop_reason_reads_before_a_number_only_the_filters_its_after_text_leaves(seed_papers):
    reasons = []
    for text in _filter_texts(seed_papers):
        for sentence_start, end in split_sentences(text):
            for mention in find_mentions(text):
                if sentence_start <= mention.start < end:
                    reasons.append(filters.drop_reason(text, sentence_start, mention))
                    assert reasons[-1] == _drop_reason_reading_every_filter(text, sentence_start, mention), \
                        text[mention.start:mention.end + 20]
    assert len(set(reasons)) >= 12


def test_the_text_after_a_number_narrows_the_filters_read_before_it():
    index = {rule.rule_id: i for i, rule in enumerate(filter_rules())}
    shape = (True, "%", False)
    # No cue after the number: a filter that needs one (operating point) reads nothing before it.
    owners = filters._live_rules(shape, frozenset())[1]
    assert ("before", index["filter.p_value"]) in owners
    assert ("before", index["filter.operating_point"]) not in owners
    with_cue = filters._live_rules(shape, frozenset({("after", index["filter.operating_point"])}))[1]
    assert ("before", index["filter.operating_point"]) in with_cue
    # "4 bits": the first filter drops it whatever precedes, so nothing before it is read.
    assert filters._live_rules(shape, frozenset({("after", index["filter.bit_width"])})) == \
        (((index["filter.bit_width"], filter_rules()[index["filter.bit_width"]]),), ())
    # "3 of the 16 benchmarks": no filter with an `after` applies, and the text after is not read.
    assert filters._after_owners((False, None, True)) == ()


def test_cues_of_the_sentence_before_are_read_when_a_number_has_none():
    text = "We study inference latency on edge devices. Our method cuts it by 42%."
    claims = extract(text)
    assert [(c.text, c.metric, c.kind, c.direction) for c in claims] == [("42%", "latency", "change", "decrease")]
    assert "metric.previous_sentence" in claims[0].rule_ids


def test_dropped_numbers_keep_their_reasons_without_cue_scans():
    traces = explain("We train ResNet-50 on CIFAR-10 for 90 epochs. It is 2x faster.")
    assert [(t.text, t.kept, t.rule_ids[-1]) for t in traces] == [
        ("50", False, "filter.name_glued_left"), ("10", False, "filter.name_glued_left"),
        ("90", False, "filter.evaluation_scale"), ("2x", True, "speedup.faster")]


def test_general_words_fold_to_themselves_but_for_the_dotted_capital_i():
    # The prefilter of background_sentences holds only while this does.
    every_character = "".join(map(chr, range(0x110000))).replace("\u0130", "")
    for letter in set("".join(filters._GENERAL_WORDS)):
        matched = set(regex.findall(letter, every_character, flags=regex.IGNORECASE))
        assert {c.casefold() for c in matched} == {letter}


def test_ascii_forms_make_only_runs_before_white_space_possessive():
    def form(source):
        return filters._ascii_form(regex.compile(source, regex.IGNORECASE | regex.VERSION1)).pattern
    assert form(r"^\s?(?:[\p{L}-]+\s+){0,2}?data") == r"^\s?(?:[\p{L}-]++\s+){0,2}?data"
    assert form(r"\p{L}[\p{L}-]*\s+x") == r"\p{L}[\p{L}-]*+\s+x"
    for kept in (r"[\p{L}-]+\s*x", r"[\p{L}-]+\sx", r"\[\p{L}-]+\s+", r"(?<!x)[\p{L}-]+\s+y"):
        assert form(kept) == kept


def _changed_filter_patterns():
    patterns = [getattr(rule, key) for rule in filter_rules() for key in ("before", "after", "unless_before")
                if getattr(rule, key) is not None]
    return [(p, filters._ascii_form(p)) for p in patterns if filters._ascii_form(p) is not p]


def test_the_filters_have_runs_to_make_possessive():
    assert len(_changed_filter_patterns()) >= 3


_FILTER_WORDS = ["labels", "labeled", "data", "the", "of", "its", "training", "weights", "sparsity", "patients",
                 "seeds", "for", "and", "requiring", "in", "class", "ss", "st", "fi", "ff", "-", "x", "%", "3", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FILTER_WORDS), st.sampled_from([" ", "  ", "\t", "-"]),
                          st.text(alphabet="abfilstx- ", max_size=4)), max_size=14))
def test_ascii_forms_match_as_the_filters_do_in_ascii_text(pieces):
    text = " ".join(pieces)
    for pattern, ascii_form in _changed_filter_patterns():
        assert [m.span() for m in ascii_form.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in ascii_form.finditer(text[1:])] == [m.span() for m in pattern.finditer(text[1:])]


def test_windows_beyond_ascii_are_read_with_the_filters_as_written():
    # Full case folding lets [\p{L}-] take "j" and a combining caron as one item (the fold of
    # "ǰ"); the possessive run stops before the caron. So only ASCII windows use the ASCII forms.
    rule_index = next(i for i, rule in enumerate(filter_rules()) if rule.rule_id == "filter.sparsity_level")
    source = filter_rules()[rule_index].after
    decomposed = " xj\u030c labels for the task"
    assert source.match(decomposed) and not filters._ascii_form(source).match(decomposed)
    owners = filters._after_owners((True, "%", False))
    assert ("after", rule_index) in filters._hits(decomposed, owners)
    assert ("after", rule_index) in filters._hits(" of the labeled data", owners)


def test_general_facts_are_background_only_where_their_words_are():
    text = "LUTs typically outnumber DSPs by 100x. We propose Xnet. It uſually runs 3x faster. We win by 2%."
    spans = split_sentences(text)
    assert filters.background_sentences(text, spans) == {0, 2}
    assert filters._may_hold_general("Caches TYPİCALLY miss.") is True
    assert filters._may_hold_general("We propose X and it runs 3x faster.") is False
    plain = "We propose X. It runs 3x faster. Existing work is slow."
    assert filters.background_sentences(plain, split_sentences(plain)) == set()


def test_background_words_are_read_in_the_sentence_alone():
    # A sentence is scanned in place in the whole text; a word character right before it would
    # hide a word edge the sentence alone has ("Prior", "we"), so such a sentence is cut out.
    text = "aPrior methods are slow. xwe win by 2%."
    spans = [(1, 24), (26, len(text))]
    assert [text[s:e] for s, e in spans] == ["Prior methods are slow.", "we win by 2%."]
    assert filters.background_sentences(text, spans) == {0}
    own_at_edge = "Xwe win by 2%. Existing work is slow."
    assert filters.background_sentences(own_at_edge, [(1, 14), (15, len(own_at_edge))]) == set()
    assert filters.background_sentences(own_at_edge, [(0, 14), (15, len(own_at_edge))]) == {1}


_LEFTS = ["the latency is reduced by ", "our design cuts energy by up to ", "improves throughput, then falls by ",
          "which retains ", "it loses only ", "a reduction of about ", "accuracy gains of ", "we see ", "",
          "lowered; then raised by nearly ", "Increasing the batch lowers cost by ", "preserving "]


def _left_direction_the_long_way(left):
    best = None
    for pattern, direction in typing._direction_cues("before"):
        for match in pattern.finditer(left):
            if best is None or match.start() > best[0]:
                best = (match.start(), direction)
    return best[1] if best else None


@pytest.mark.parametrize("left", _LEFTS)
def test_left_cues_in_one_scan_are_the_searches_one_by_one(left):
    cues = typing._LeftCues(left)
    assert cues.direction == _left_direction_the_long_way(left)
    assert cues.by == bool(typing._BY_KIND.search(left))
    assert cues.change_verb == bool(typing._CHANGE_VERB_BEFORE.search(left))
    assert cues.change_noun == bool(typing._CHANGE_NOUN_BEFORE.search(left))
    assert [c.rule_id for c in cues.ratio_cues] == [c.rule_id for c in side_cues("kind")
                                                    if c.attrs.get("kind") == "ratio" and c.pattern.search(left)]


def test_left_cues_read_the_last_direction():
    assert typing._LeftCues("improves throughput, then falls by ").direction == "decrease"
    assert typing._LeftCues("lowered; then raised by nearly ").direction == "increase"
    assert typing._LeftCues("we see ").direction is None


@pytest.mark.parametrize("left", ["up to ", "an average of ", "at least ", "about ", "more than ", "we see "])
def test_qualifier_cues_in_one_scan_are_the_searches_one_by_one(left):
    found = typing._qualifier_scanner().scan(left)
    assert [bool(m) for m in found] == [bool(c.pattern.search(left)) for c in typing._side("qualifier", "before")]


def test_kind_and_qualifier_of_claims():
    claims = extract("Our method retains 98.5% of the accuracy and cuts latency by up to 42% on GPUs; it is a 3.1x speedup.")
    assert [(c.text, c.kind, c.direction, c.qualifier) for c in claims] == [
        ("98.5%", "ratio", "decrease", None), ("42%", "change", "decrease", "up_to"), ("3.1x", "ratio", "increase", None)]


@pytest.fixture(scope="module")
def seed_papers():
    return list(read_papers(seed_pages()))


def test_extract_keeps_the_numbers_explain_keeps(seed_papers):
    # extract judges a number by its cheapest rules first and builds no traces; explain follows
    # the reported order. Both must keep the same numbers with the same claims.
    for paper in seed_papers:
        claims = extract(paper.abstract, title=paper.title)
        kept = [t for t in explain(paper.abstract, title=paper.title) if t.kept]
        assert [(c.start, c.text, c.rule_ids) for c in claims] == [(t.start, t.text, t.rule_ids) for t in kept]


@pytest.mark.parametrize("text", [
    "We use 5 GPUs and 3 seeds; accuracy is 0.93 and AUC of 0.95. It takes 12 ms, 3.1x faster.",
    "Prior systems need 40 GB. We cut it by 30% (0.71) on 8 of the 16 benchmarks in 2023.",
])
def test_extract_and_explain_agree_on_bare_numbers(text):
    assert [(c.start, c.text) for c in extract(text)] == [(t.start, t.text) for t in explain(text) if t.kept]


def test_an_abstract_with_numbers_only_in_names_has_no_claims_but_full_traces():
    text = "Prior detectors are typically slow. We train ResNet-50 on CIFAR-10 with GPT-4 labels."
    assert extract(text) == []
    assert [(t.text, t.kept, t.rule_ids[-1], t.sentence) for t in explain(text)] == [
        ("50", False, "filter.name_glued_left", "We train ResNet-50 on CIFAR-10 with GPT-4 labels."),
        ("10", False, "filter.name_glued_left", "We train ResNet-50 on CIFAR-10 with GPT-4 labels."),
        ("4", False, "filter.name_glued_left", "We train ResNet-50 on CIFAR-10 with GPT-4 labels.")]


def test_numbers_of_background_sentences_are_dropped_in_both_paths():
    text = "Existing accelerators reach 2.1x speedups. We propose Xnet, which is 3.4x faster than them."
    assert [c.text for c in extract(text)] == ["3.4x"]
    assert [(t.text, t.kept, t.rule_ids[-1]) for t in explain(text)][0] == ("2.1x", False, "filter.background_sentence")


def test_two_metrics_before_one_number_still_split():
    assert [(c.text, c.metric) for c in extract("Our design reduces latency and energy by 30% on ARM cores.")] == [
        ("30%", "energy"), ("30%", "latency")]
    assert [(c.text, c.metric) for c in extract("Our design reduces latency by 30% on ARM cores.")] == [
        ("30%", "latency")]


@pytest.mark.parametrize("text", [
    "", "no digits at all", "5", "+5", "-.5", "+.5x", "a.5 b", "..5", "+-5", "-+.5", ".+5", "5.5.5",
    "1,234,567.8 and 12,34", "10^-3 10^4 10^", "x+.y -. 3", "CIFAR-10, ResNet-101 and GPT-4 run 3.5x faster",
    "1234567890123456789.1234567890123 ms", "5-10%, 0.7%~8.9%, between 2 and 3", "-" * 5 + "1" * 20 + "." * 3,
])
def test_number_matches_are_the_finditer_matches(text):
    from claims.extraction.numbers import _NUMBER, _numbers

    def spans(matches):
        return [(m.start(), m.start("num"), m.end(), m.group("sign")) for m in matches]
    assert list(_numbers(text)) == spans(_NUMBER.finditer(text))
    assert list(_numbers(text + " β")) == spans(_NUMBER.finditer(text + " β"))


def test_number_matches_read_unicode_digits_in_non_ascii_text():
    from claims.extraction.numbers import _numbers
    text = "runs ٣.٥x and 2x faster"
    assert [text[start:end] for start, _, end, _ in _numbers(text)] == ["٣.٥", "2"]


def test_each_number_reads_its_clause_and_owned_cues_once(monkeypatch):
    text = "Our design cuts latency by 42%, while energy drops 3.1x against the GPU baseline."
    expected = [(c.text, c.metric, c.kind, c.direction) for c in extract(text)]
    assert expected == [("42%", "latency", "change", "decrease"), ("3.1x", "energy", "ratio", "decrease")]
    calls = {"clause_floor": 0, "left_owned": 0, "right_owned": 0}
    for name in calls:
        def counted(*args, _real=getattr(typing, name), _name=name):
            calls[_name] += 1
            return _real(*args)
        monkeypatch.setattr(typing, name, counted)
    assert [(c.text, c.metric, c.kind, c.direction) for c in extract(text)] == expected
    assert calls == {"clause_floor": 2, "left_owned": 2, "right_owned": 2}
    hits = typing.find_cues(text, 0, len(text))
    first = find_mentions(text)[0]
    reached = typing.reach(text, (0, len(text)), first, hits)
    assert (reached.floor, reached.right, reached.left) == (
        0, None, typing.left_owned(text, first, hits, 0))
    assert text[reached.left.start:reached.left.end] == "latency"


@pytest.mark.parametrize("left", [
    "", "cuts latency by ", "cuts latency by up to ", "an accuracy of ", "reaching an ", "reaching an average",
    "is 5", "xby ", "Xby an ", "ABy ", "with a ", "of a speedup of  ", "of\n", "by\x1c", "(by ", "by\u00a0",
    "ſ by ", "latency BY ", "a,by ", "it is", "It Was a ",
])
def test_lead_in_words_are_cut_where_the_search_over_the_whole_window_cuts_them(left):
    assert typing._without_lead_in(left) == typing._LEAD_IN_WORDS.sub(" ", left)


def test_the_metric_prefix_is_read_once_per_number(monkeypatch):
    text = "It gives a geo-mean speedup of 2.5x and an average accuracy of 81.2% on ImageNet."
    expected = [(c.text, c.metric, c.qualifier) for c in extract(text)]
    assert expected == [("2.5x", "speedup", "average"), ("81.2%", "accuracy", "average")]
    calls = []
    real = typing._metric_prefix
    monkeypatch.setattr(typing, "_metric_prefix", lambda text, draft: calls.append(draft) or real(text, draft))
    assert [(c.text, c.metric, c.qualifier) for c in extract(text)] == expected
    assert len(calls) == len(set(map(id, calls))) == 2


def test_two_factors_joined_by_a_slash_are_two_numbers_not_a_name():
    # The slash test is skipped without a "/" in the four characters before the number.
    mentions = find_mentions("It runs 30.8x/2.5x faster, v2/3 and 5 % /7 too.")
    assert [(m.value, m.dropped) for m in mentions] == [
        (30.8, None), (2.5, None), (2.0, "filter.name_glued_left"), (3.0, "filter.name_glued_left"),
        (5.0, None), (7.0, None)]


def _sentences_by_finditer(text):
    """`split_sentences` the long way: `_BOUNDARY.finditer` over the whole text."""
    from claims.extraction import sentences
    spans, start = [], 0
    for match in sentences._BOUNDARY.finditer(text):
        end, next_start = match.span(1)
        if end > start:
            spans.append((start, end))
        start = next_start
    end = sentences._rstrip(text, start, len(text))
    return spans + ([(start, end)] if end > start else [])


_SENTENCE_CHARS = st.sampled_from(list("..!?  \t\n\x1c\x1f\"')]([aeAEgGiIlLsSmMrRtTcCfFxXpPo19_,-;"))
_SENTENCE_WORDS = st.sampled_from(["e.g.", "i.e.", "et al.", "vs.", "Fig.", "No.", "approx.", "w.r.t.", "a.k.a.",
                                   "Mr.", "Sec.", "sec.", "J.", "ms.", "Etc.", "PP.", "xe.g.", "U.S.", " ", ". "])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(_SENTENCE_CHARS, _SENTENCE_WORDS), max_size=40).map("".join))
def test_sentence_ends_of_ascii_text_are_the_finditer_ends(text):
    assert text.isascii()
    assert split_sentences(text) == _sentences_by_finditer(text)


def test_sentence_ends_are_the_finditer_ends_in_the_seed_abstracts(seed_papers):
    texts = [normalize(paper.abstract).text for paper in seed_papers]
    assert sum(text.isascii() for text in texts) > 10
    for text in texts:
        assert split_sentences(text) == _sentences_by_finditer(text)
