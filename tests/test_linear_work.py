"""Cost linear in the input (issue 18), checked by counting work, never by timing: the items the
context pickers look at, the characters they search, the match objects normalize holds and
the patterns a scan runs over the whole text. Each count at twice the input is at most a little
over twice the count at once the input (bench/bench_hostile.py shows the times)."""
from __future__ import annotations

from dataclasses import replace

import pytest

import claims
from claims.extraction import normalize as normalize_module
from claims.extraction import picking
from claims.extraction.normalize import normalize

SLACK = 2.2     # a doubling may cost a little more than double: a constant per text


class _Counting:
    """A compiled pattern that adds the characters each search is given to `counter`."""

    def __init__(self, pattern, counter: list[int]) -> None:
        self._pattern, self._counter = pattern, counter
        self.pattern = pattern.pattern            # what `matching.reach` reads

    def _count(self, text, pos=0, endpos=None):
        self._counter[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos + 1

    def search(self, text, pos=0, endpos=None, **options):
        self._count(text, pos, endpos)
        return self._pattern.search(text, pos, len(text) if endpos is None else endpos, **options)

    def match(self, text, pos=0, endpos=None, **options):
        self._count(text, pos, endpos)
        return self._pattern.match(text, pos, len(text) if endpos is None else endpos, **options)

    def finditer(self, text, pos=0, endpos=None, **options):
        self._count(text, pos, endpos)
        return self._pattern.finditer(text, pos, len(text) if endpos is None else endpos, **options)


class _CountingCalls:
    """A compiled pattern that adds each `fullmatch` it is asked for to `counter`."""

    def __init__(self, pattern, counter: list[int]) -> None:
        self._pattern, self._counter = pattern, counter

    def fullmatch(self, *args, **options):
        self._counter[0] += 1
        return self._pattern.fullmatch(*args, **options)


class _CountingList(list):
    """A list that adds to `counter` each item a loop over it is given (a slice is a plain list)."""

    def __init__(self, items, counter: list[int]) -> None:
        super().__init__(items)
        self._counter = counter

    def __iter__(self):
        for item in super().__iter__():
            self._counter[0] += 1
            yield item


def _extract_counted(counter: list[int], text: str) -> tuple[int, list]:
    """The claims of `text`, and the work that `counter` counted while they were read."""
    counter[0] = 0
    found = claims.extract(text)
    return counter[0], found


def _picking_work(monkeypatch, text: str) -> tuple[int, int]:
    """(work, claims): the characters the pickers search and the items `nearest` compares."""
    counter = [0]
    monkeypatch.setattr(picking, "RESPECTIVELY", _Counting(picking.RESPECTIVELY, counter))
    monkeypatch.setattr(picking, "_RIGHT_FRAME", _Counting(picking._RIGHT_FRAME, counter))
    nearest = picking.nearest

    def counted_nearest(draft, items, before, after, prefer_specific=False):
        counter[0] += len(items) + len(before) + len(after)
        return nearest(draft, items, before, after, prefer_specific)

    monkeypatch.setattr(picking, "nearest", counted_nearest)
    found = claims.extract(text)
    return counter[0], len(found)


def _comparisons(n: int) -> str:
    return "It is " + ", ".join(f"{i % 9 + 1}.5x faster than Base{i} and {i % 7 + 2}x faster than "
                                f"Other{i}" for i in range(n)) + "."


_BENCHMARKS = ["CIFAR-10", "ImageNet", "COCO", "MNIST", "SST-2"]


def _respectively(n: int) -> str:
    return "We reach " + ", ".join(f"{i % 90 + 1}.5%" for i in range(n)) + " on " + \
        ", ".join(_BENCHMARKS[i % 5] for i in range(n)) + ", respectively."


def _datasets(n: int) -> str:
    return "We reach " + ", ".join(f"{i % 90 + 1}.5% on CIFAR-10 and {i % 80 + 1}% on ImageNet"
                                   for i in range(n)) + " with a V100 GPU."


@pytest.mark.parametrize("make", [_comparisons, _respectively, _datasets])
def test_picking_a_name_for_each_claim_of_one_long_sentence_is_linear(monkeypatch, make):
    small, small_claims = _picking_work(monkeypatch, make(100))
    large, large_claims = _picking_work(monkeypatch, make(200))
    assert large_claims == 2 * small_claims > 0
    assert 0 < large <= SLACK * small


def test_the_pickers_still_choose_per_claim_in_a_long_sentence():
    found = claims.extract(_comparisons(40))
    assert [(c.text, c.baseline) for c in found[:4]] == [
        ("1.5x", "Base0"), ("2x", "Other0"), ("2.5x", "Base1"), ("3x", "Other1")]
    assert [(c.text, c.baseline) for c in found[-2:]] == [("4.5x", "Base39"), ("6x", "Other39")]
    found = claims.extract(_respectively(40))
    assert [(c.text, c.dataset) for c in found] == [(f"{i + 1}.5%", _BENCHMARKS[i % 5]) for i in range(40)]
    found = claims.extract(_datasets(30))
    assert [(c.text, c.dataset, c.hardware) for c in found[:2]] == [
        ("1.5%", "CIFAR-10", "V100 GPU"), ("1%", "ImageNet", "V100 GPU")]
    assert len(found) == 60 and {c.dataset for c in found} == {"CIFAR-10", "ImageNet"}


def test_full_width_digits_and_odd_spaces_keep_the_scans_gated(monkeypatch):
    """A text without a skeleton runs every pattern over all of it (issue 18: one such character
    made its abstract cost fourteen times as much); other digits and spaces now have one."""
    from claims.matching import scanner
    refused = []
    skeleton_of = scanner.cached_skeleton

    def counted(text):
        folded = skeleton_of(text)
        if folded is None:
            refused.append(text)
        return folded

    monkeypatch.setattr(scanner, "cached_skeleton", counted)
    plain = "Our method runs 2.5x faster than the baseline on an RTX 3090 GPU and reaches 95.3% accuracy."
    for odd in (plain + " \uff11\uff12 cores.", plain.replace(" ", "\u00a0", 3), plain + " \u0663 runs."):
        found = claims.extract(odd)
        assert [(c.text, c.metric, c.baseline) for c in found] == [
            ("2.5x", "speedup", "baseline"), ("95.3%", "accuracy", None)]
    assert refused == []
    claims.extract(plain + " Die Stra\u00dfe.")        # "ß" folds to two letters: still refused
    assert refused


def test_a_long_text_is_normalized_from_streamed_matches(monkeypatch):
    """The normalize pattern's matches are read one at a time past normalize.STREAMED characters:
    the same text and map as the scanner's list, without a list of every match."""
    unit = "{\\textbf{$5\\times$}}\\% and 3\u2009ms \u2212 ﬁne "
    text = unit * (normalize_module.STREAMED // len(unit) + 1)
    streamed = normalize(text)
    monkeypatch.setattr(normalize_module, "STREAMED", len(text) + 1)
    listed = normalize(text)
    assert streamed == listed and streamed.text.startswith("5x% and 3 ms - fine 5x%")
    scanned = []
    rules = normalize_module.normalize_rules()[0]
    monkeypatch.setattr(normalize_module, "STREAMED", 1)
    monkeypatch.setattr(type(rules), "scan", lambda *args, **kwargs: scanned.append(args) or [[]])
    assert normalize(text) == listed and scanned == []


def test_baseline_phrases_of_one_long_sentence_are_checked_for_overlap_by_bisection(monkeypatch):
    """Each phrase is compared with the one or two found phrases around it, not with all of them
    (which cost n squared `overlaps` calls: 32 million for 8,000 phrases)."""
    from claims.extraction import baselines, names
    assert [m.text for m in baselines.baseline_phrases(_comparisons(2))] == ["Base0", "Other0", "Base1", "Other1"]
    lookups = [0]
    bisect_right = names.bisect_right

    def counted(*args, **kwargs):
        lookups[0] += 1
        return bisect_right(*args, **kwargs)

    monkeypatch.setattr(names, "bisect_right", counted)
    for n in (100, 200):
        lookups[0] = 0
        assert len(baselines.baseline_phrases(_comparisons(n))) == 2 * n
        assert lookups[0] <= 2 * n


def test_a_guarded_cue_reads_the_sentence_before_it_once(monkeypatch):
    """"over X" counts only after a comparison word or a number; that was a search from the
    sentence's start for every "over" (32 s for 8,000 of them before the first number)."""
    from claims.extraction import baselines
    from claims.extraction.rulebook.names import baseline_rules
    counter = [0]
    counted = replace(baseline_rules(), comparison=_Counting(baseline_rules().comparison, counter))
    monkeypatch.setattr(baselines, "baseline_rules", lambda: counted)

    def text(n):
        names = [f"M{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in range(n)]
        return "We see " + " ".join(f"over {name} and" for name in names) + " 5% faster than Base."

    work = []
    for n in (200, 400):
        counter[0] = 0
        assert [m.text for m in baselines.baseline_phrases(text(n))] == ["Base"]
        work.append(counter[0])
    assert 0 < work[1] <= SLACK * work[0]
    assert [m.text for m in baselines.baseline_phrases("It is 5% better over the dense model.")] == ["dense model"]
    assert baselines.baseline_phrases("We build it over the dense model.") == []


def test_dataset_frames_are_checked_against_the_vocabulary_without_a_scan_of_all(monkeypatch):
    """find_datasets keeps a frame's mention where it overlaps none of the vocabulary's: the
    check looks at the neighbours by position, so the pairs it compares stay at zero however many
    names an abstract holds, and every mention of both kinds is kept."""
    from claims.extraction import datasets

    compared = [0]
    real_overlaps = datasets.overlaps

    def counting_overlaps(first, second):
        compared[0] += 1
        return real_overlaps(first, second)

    monkeypatch.setattr(datasets, "overlaps", counting_overlaps)
    for repeats in (50, 100):
        found = datasets.find_datasets("We reach 91% on the Foo-3D dataset and on CIFAR-10. " * repeats)
        assert [m.text for m in found] == ["Foo-3D", "CIFAR-10"] * repeats
    assert compared[0] == 0


def _systems_then_numbers(n: int) -> str:
    return ("We release SysA, SysB and SysC. SysA, SysB and SysC improve accuracy by 1.5, 2.5 and 3.5 points, "
            "and cut latency by " + ", ".join(f"{i % 90 + 1}%" for i in range(n)) + " on a V100 GPU. It is " +
            "; ".join(f"{i % 9 + 1}.5x faster than Base{i}" for i in range(n)) + ".")


def test_per_sentence_context_is_read_once_per_sentence_not_per_claim(monkeypatch):
    """The places of a parallel list of systems and the platform of a neighbouring sentence are
    read once per subject or sentence: a long list of numbers does not repeat them per number."""
    from claims.extraction import context

    calls = {"places": 0, "neighbour": 0}
    places, neighbour = context._parallel_places, context.neighbour_platform

    def counted_places(*args):
        calls["places"] += 1
        return places(*args)

    def counted_neighbour(*args):
        calls["neighbour"] += 1
        return neighbour(*args)

    monkeypatch.setattr(context, "_parallel_places", counted_places)
    monkeypatch.setattr(context, "neighbour_platform", counted_neighbour)
    found = claims.extract(_systems_then_numbers(60))
    assert len(found) == 123
    # The three scores right after the three systems take one each; the run of 60 latencies, longer
    # than the list of systems, keeps the whole subject.
    assert [(c.text, c.method) for c in found[:4]] == [
        ("1.5", "SysA"), ("2.5", "SysB"), ("3.5", "SysC"), ("1%", "SysA, SysB and SysC")]
    # Two subjects (the second sentence's, and "It" in the third standing for it), one neighbour read.
    assert calls == {"places": 2, "neighbour": 1}
    assert found[-1].method == "SysA, SysB and SysC"


def test_an_evaluation_framework_is_looked_for_once_per_sentence(monkeypatch):
    """In a paper whose system evaluates others, whether a sentence speaks of the framework, and
    where its clauses speak of other systems ("top models showed"), is read once per sentence: a
    long list of the evaluated systems' figures does not repeat the search."""
    from claims.extraction import context

    built, plural_subjects_read = [], []
    mentions, plural_subjects = context.FrameworkMentions, context.plural_subjects

    def counted(*args):
        built.append(args[1])
        return mentions(*args)

    def counted_plural_subjects(*args):
        plural_subjects_read.append(args[1])
        return plural_subjects(*args)

    monkeypatch.setattr(context, "FrameworkMentions", counted)
    monkeypatch.setattr(context, "plural_subjects", counted_plural_subjects)
    figures = ", ".join(f"{i % 90 + 5}.{i % 10}% on task T{i}" for i in range(300))
    text = ("We introduce GaugeLab, a cross-layer framework for evaluating LLM agents. "
            f"Across the agents, success rates reach {figures}. The framework achieves 93% agreement with human experts.")
    found = claims.extract(text)
    assert len(found) == 301
    assert [(c.text, c.method) for c in found[:2]] == [("5.0%", None), ("6.1%", None)]
    assert (found[-1].text, found[-1].method) == ("93%", "GaugeLab")
    assert len(built) == 2
    assert len(plural_subjects_read) == 2


def test_decibel_figures_read_their_sentence_for_signal_words_once(monkeypatch):
    """An unnamed gain in dB of an image-restoration paper is a PSNR unless its sentence speaks of a
    signal: that sentence is read once, not once per figure of a long list."""
    from claims.extraction import image_decibels

    counter = [0]
    patterns = image_decibels.word_pattern
    monkeypatch.setattr(image_decibels, "word_pattern", lambda name: _Counting(patterns(name), counter))

    def read(n: int) -> tuple[int, list]:
        counter[0] = 0
        figures = ", ".join(f"{i % 9 + 1}.{i % 10} dB on scene S{i}" for i in range(n))
        found = claims.extract(f"We propose a method for image deblurring. It improves performance by {figures}.")
        return counter[0], found

    small, small_claims = read(100)
    large, large_claims = read(200)
    assert [(c.text, c.metric) for c in small_claims[:2]] == [("1.0 dB", "psnr"), ("2.1 dB", "psnr")]
    assert len(small_claims) == 100 and len(large_claims) == 200
    assert large < 2.5 * small


def test_the_platform_of_each_claim_of_a_sentence_naming_many_is_looked_up_near_it(monkeypatch):
    """A sentence naming a platform for each of its figures: each claim weighs the platforms near it,
    not every platform of the sentence (which made 4,000 figures cost 22 s against 2.5 s for 1,000)."""
    from claims.extraction import claim_hardware

    counter = [0]
    nearest = claim_hardware.nearest

    def counted_nearest(draft, items, before, after, prefer_specific=False):
        counter[0] += len(items) + len(before) + len(after)
        return nearest(draft, items, before, after, prefer_specific)

    monkeypatch.setattr(claim_hardware, "nearest", counted_nearest)
    platforms = ["RTX 3090", "Jetson Orin", "A100 GPU", "Raspberry Pi 4", "Xeon CPU", "TPU v4"]

    def read(n: int) -> tuple[int, list]:
        counter[0] = 0
        figures = ", ".join(f"{60 + i % 30}.{i % 10}% accuracy and {20 + i % 50} FPS on the {platforms[i % 6]}"
                            for i in range(n))
        found = claims.extract(f"We propose Kin. Kin reaches {figures}.")
        return counter[0], found

    small, small_claims = read(200)
    large, large_claims = read(400)
    assert [(c.text, c.hardware) for c in small_claims[:4]] == [
        ("60.0%", None), ("20 FPS", "RTX 3090"), ("61.1%", "RTX 3090"), ("21 FPS", "Jetson Orin")]
    assert (large_claims[-1].text, large_claims[-1].hardware) == ("69 FPS", "Raspberry Pi 4")
    assert len(large_claims) == 2 * len(small_claims) > 0
    assert 0 < large <= SLACK * small


def test_the_phrase_after_a_number_is_read_within_its_reach(monkeypatch):
    """The `regex` module looks for a pattern's required words ("in") before it matches: a match with
    no end read on to the next "in" of the text for every number, so sentences without one grew
    quadratically (bench_hostile's "platform + dataset sentences", ratio 2.5 per doubling)."""
    from claims.extraction import change_phrase

    counter = [0]
    patterns = change_phrase.word_pattern
    phrases = {"words.change_in_after", "words.in_after"}
    monkeypatch.setattr(change_phrase, "word_pattern",
                        lambda name: _Counting(patterns(name), counter) if name in phrases else patterns(name))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "We reach 91% on CIFAR-10 with a V100 GPU. " * n)

    small, small_claims = read(200)
    large, large_claims = read(400)
    assert [(c.text, c.dataset, c.hardware) for c in small_claims[:2]] == [
        ("91%", "CIFAR-10", "V100 GPU"), ("91%", "CIFAR-10", "V100 GPU")]
    assert len(small_claims) == 200 and len(large_claims) == 400
    assert 0 < large <= SLACK * small


def test_a_long_sentence_of_bare_scores_reads_each_score_within_its_reach(monkeypatch):
    """A bare decimal's rules match after it up to its sentence's end ("0.93 F1 scores", "0.91 and
    0.93 BLEU"); `regex` looked for each pattern's required word on to that end for every number,
    so one long sentence of scores grew quadratically (ratio 2.9 per doubling). `match_at` ends
    each read at the pattern's reach."""
    from claims.extraction import scores

    counter = [0]
    for name in ("_SCORE_WORD_AFTER", "_LOW_END_OF_NAMED", "_PAIRED_AFTER"):
        monkeypatch.setattr(scores, name, _Counting(getattr(scores, name), counter))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "We get " + ", ".join(
            f"0.{i % 90 + 10} and 0.{i % 80 + 11}" for i in range(n)) + " BLEU here.")

    small, small_claims = read(400)
    large, large_claims = read(800)
    assert [(c.text, c.value, c.metric) for c in small_claims[-2:]] == [("0.49", 0.49, "bleu"), ("0.90", 0.9, "bleu")]
    assert len(small_claims) == 800 and len(large_claims) == 1600
    assert 0 < large <= SLACK * small


class _CountingSet(frozenset):
    """A set of rule ids that counts the membership tests made of it."""

    tests = 0

    def __contains__(self, item) -> bool:
        type(self).tests += 1
        return frozenset.__contains__(self, item)


def test_the_loose_score_cues_are_set_aside_once_per_sentence(monkeypatch):
    """score_rule sets aside the cues a bare decimal may not take its name from; it looked through
    every cue of the sentence for each number (a sentence of n scores and n cues: n² tests)."""
    from claims.extraction import scores

    monkeypatch.setattr(scores, "_LOOSE_CUES", _CountingSet(scores._LOOSE_CUES))

    def read(n: int) -> tuple[int, list]:
        _CountingSet.tests = 0
        found = claims.extract(" ".join(f"Acc {i % 90 + 10}.2 ({i % 80 + 11}.1)" for i in range(n)) + ".")
        return _CountingSet.tests, found

    small, small_claims = read(200)
    large, large_claims = read(400)
    assert len(large_claims) == 2 * len(small_claims) > 0
    assert 0 < large <= SLACK * small


def test_a_fraction_looks_for_a_score_of_its_sentence_once_per_sentence(monkeypatch):
    """A bare fraction is a claim where its sentence names a score; each fraction once looked
    through every cue of its sentence ("latency 0.5 latency 0.5 ...": n² tests, ratio 3.6)."""
    from claims.extraction import scores

    monkeypatch.setattr(scores, "_FRACTION_CUES", _CountingSet(scores._FRACTION_CUES))

    def read(n: int) -> tuple[int, list]:
        _CountingSet.tests = 0
        found = claims.extract("It reaches a 2x speedup with " + ", ".join(
            f"latency 0.{i % 9 + 1} and memory 0.{i % 8 + 1}" for i in range(n)) + ".")
        return _CountingSet.tests, found

    small, small_claims = read(200)
    large, large_claims = read(400)
    # a fraction beside a cue of no score is no claim
    assert [(c.text, c.metric) for c in small_claims] == [(c.text, c.metric) for c in large_claims] == [("2x", "speedup")]
    assert 0 < large <= SLACK * small


def test_the_cues_inside_a_change_phrase_are_looked_up_not_searched_for(monkeypatch):
    """"a 5% improvement in latency": the cue the phrase after "in" holds was found by reading every
    cue of the sentence for each number of change (n² on a long sentence of them)."""
    from claims.extraction import change_phrase as module
    from claims.extraction.cues import SentenceCues

    counter = [0]

    class CountingCues(SentenceCues):
        def __iter__(self):
            for hit in self.hits:
                counter[0] += 1
                yield hit

        def within(self, start, end):
            found = super().within(start, end)
            counter[0] += len(found) + 1
            return found

    phrase = module.change_phrase
    monkeypatch.setattr(module, "change_phrase", lambda text, draft, cues: phrase(text, draft, CountingCues(cues.hits)))
    from claims.extraction import metric
    monkeypatch.setattr(metric, "change_phrase", module.change_phrase)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "It brings " + ", ".join(
            f"a {i % 9 + 1}% improvement in retrieval quality at {i % 7 + 2} ms latency" for i in range(n)) + ".")

    small, small_claims = read(200)
    large, large_claims = read(400)
    assert [(c.text, c.metric, c.metric_text, c.kind, c.direction) for c in small_claims[:2]] == [
        ("1%", "other", "retrieval quality", "change", "increase"), ("2 ms", "latency", "latency", "absolute", None)]
    assert len(large_claims) == 2 * len(small_claims) == 800
    assert 0 < large <= SLACK * small


def test_shares_of_the_original_model_are_weighed_once_per_sentence(monkeypatch):
    """"while preserving 96.3% of the original performance": the original model is the baseline of its
    own share only (baseline.share_owner). Each figure once weighed every share of its sentence (a
    sentence of n shares: n² matches, 7.4x per doubling), and a figure of each share kept a list of its
    own; a sentence of more than MOST_SELF_SHARES is a list of them, which the rule leaves alone."""
    from claims.extraction import context

    counter = [0]
    is_self_share, owns_share = context.is_self_share, context.owns_share

    def counted_is(baseline):
        counter[0] += 1
        return is_self_share(baseline)

    def counted_owns(text, draft, share):
        counter[0] += 1
        return owns_share(text, draft, share)

    monkeypatch.setattr(context, "is_self_share", counted_is)
    monkeypatch.setattr(context, "owns_share", counted_owns)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "A 9.3x FLOPs reduction " + ", ".join(
            f"while preserving {i % 90 + 1}.3% of the original performance" for i in range(n)) + ".")

    few, few_claims = read(2)
    assert [(c.text, c.baseline) for c in few_claims] == [
        ("9.3x", None), ("1.3%", "original"), ("2.3%", "original")]
    small, small_claims = read(200)
    large, large_claims = read(400)
    assert len(large_claims) == 2 * len(small_claims) - 1 == 401
    assert 0 < large <= SLACK * small


def test_an_absolute_figure_finds_the_comparison_after_it_by_bisection(monkeypatch):
    """"Kin compared to A 1.1 (20.4%), B (10.1%) and ...": an absolute figure takes the first baseline
    after it unless a change or ratio stands between (context._comparison_after). Each figure once
    went through the sentence's baselines and all its numbers (a sentence of n figures and n
    baselines: n² steps, 4x per doubling); it now bisects both, listed once per sentence."""
    from claims.extraction import context

    counter = [0]

    names = context.SentenceNames

    def counted_names(text, sentence, datasets, platforms, siblings):
        return names(text, sentence, datasets, platforms, _CountingList(siblings, counter))

    monkeypatch.setattr(context, "SentenceNames", counted_names)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "Our model Kin " + "".join(
            f"compared to SeedEdit 1.{i % 9 + 1} ({i % 60 + 20}.4%), GPT4o ({i % 50 + 10}.1%) and "
            for i in range(n)) + "overall.")

    few, few_claims = read(2)
    assert [(c.text, c.value, c.kind, c.baseline, c.baseline_value) for c in few_claims] == [
        ("20.4%", 20.4, "absolute", None, None), ("10.1%", 10.1, "absolute", None, None),
        ("21.4%", 21.4, "absolute", None, None), ("11.1%", 11.1, "absolute", None, None)]
    small, small_claims = read(300)
    large, large_claims = read(600)
    assert len(large_claims) == 2 * len(small_claims) == 1200
    assert 0 < large <= SLACK * small


def test_a_proposal_reads_its_sentence_subject_once(monkeypatch):
    """"a fusion strategy ... is proposed to reduce ..., and an architecture is introduced that ...":
    the proposal frame looked for the sentence's subject ("we", "this paper") and for a list opened
    after it from the sentence's start before every verb of proposal, the square of a long
    sentence's length; both are read once per sentence."""
    from claims.extraction import methods
    from claims.extraction.rulebook.names import method_rules

    counter = [0]
    rules = replace(method_rules(), subject=_Counting(method_rules().subject, counter))
    monkeypatch.setattr(methods, "_LIST_OPENED", _Counting(methods._LIST_OPENED, counter))

    def work(opening: str, n: int) -> int:
        counter[0] = 0
        text = opening + ", ".join(f"a strategy based on {i % 7 + 2} cues is proposed to cut channels, "
                                   f"and an architecture is introduced that compresses them" for i in range(n)) + "."
        assert methods._from_proposal(text, rules) is None
        return counter[0]

    for opening in ("For compression, ", "We study how "):
        small, large = work(opening, 200), work(opening, 400)
        assert 0 < large <= SLACK * small, opening
    assert methods._from_proposal("In this paper, we propose KinNet, a network for tabular data.", rules)[0] == "KinNet"


def test_a_parallel_list_reads_the_numbers_of_its_own_subject_and_names_by_bisection(monkeypatch):
    """"A, B and C achieve 77.73%/78.45%/80.15% AP50 on DOTA1.0 and 132/119/119 FPS", repeated in
    one sentence: each subject of several systems went through every number of its sentence for
    its parallel runs, and each figure through every dataset of its sentence for the one before it
    and the ones in its clause; both now bisect."""
    from claims.extraction import context

    counter = [0]
    monkeypatch.setattr(context, "_LIST_JOIN", _CountingCalls(context._LIST_JOIN, counter))
    names = context.SentenceNames

    def counted_names(text, sentence, datasets, platforms, siblings):
        return names(text, sentence, _CountingList(datasets, counter), platforms, siblings)

    monkeypatch.setattr(context, "SentenceNames", counted_names)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "We propose O2. " + "; ".join(
            f"our O{i}-L, O{i}-R50 and O{i}-S achieve {i % 9 + 70}.7%/{i % 9 + 71}.4%/{i % 9 + 72}.1% AP50 on DOTA1.0 "
            f"and {i % 50 + 100}/{i % 40 + 90}/{i % 30 + 80} FPS on the 2080ti GPU" for i in range(n)) + ".")

    few, few_claims = read(1)
    assert [(c.text, c.value, c.metric, c.method, c.dataset) for c in few_claims] == [
        ("70.7%", 70.7, "map", "O0-L", "DOTA1.0"), ("71.4%", 71.4, "map", "O0-R50", "DOTA1.0"),
        ("72.1%", 72.1, "map", "O0-S", "DOTA1.0"), ("100", 100.0, "throughput", "O0-L", "DOTA1.0"),
        ("90", 90.0, "throughput", "O0-R50", "DOTA1.0"), ("80 FPS", 80.0, "throughput", "O0-S", "DOTA1.0")]
    small, small_claims = read(150)
    large, large_claims = read(300)
    assert len(large_claims) == 2 * len(small_claims) == 1800
    assert 0 < large <= SLACK * small


def test_a_sentence_of_many_own_comparisons_looks_up_one_list_of_baselines(monkeypatch):
    """"reaches 30% lower latency, while using 2x less memory than X": a figure before the clause of
    a baseline's own comparison does not take that baseline, so the figures before each such clause
    once got a list of baselines of their own, indexed anew (a sentence of n: n² items). A sentence
    naming more than four such clauses (a list repeated) sets none aside."""
    counter = [0]
    index = picking._Index

    class CountedIndex(index):
        def __init__(self, items, last_number_end):
            counter[0] += len(items)
            super().__init__(items, last_number_end)

    monkeypatch.setattr(picking, "_Index", CountedIndex)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "KinSeg is " + "; it is ".join(
            f"{i % 5 + 2}.{i % 9}% more accurate (Dice) than other compact models, while requiring "
            f"{i % 50 + 20}x fewer parameters than other small-scale models" for i in range(n)) + ".")

    def fields(found: list) -> list[tuple]:
        return [(c.text, c.value, c.kind, c.direction, c.metric, c.baseline, c.method) for c in found]

    expected = [("2.0%", 2.0, "change", "increase", "accuracy", "other compact models", "KinSeg"),
                ("20x", 20.0, "ratio", "decrease", "model_size", "other small-scale models", "KinSeg"),
                ("3.1%", 3.1, "change", "increase", "accuracy", "other compact models", "KinSeg"),
                ("21x", 21.0, "ratio", "decrease", "model_size", "other small-scale models", "KinSeg")]
    assert fields(read(2)[1]) == expected
    assert fields(read(5)[1])[:4] == expected
    assert [(c.text, c.baseline) for c in claims.extract(
        "KinSeg cuts latency by 30%, while using 2x less memory than other compact models.")] == [
        ("30%", None), ("2x", "other compact models")]
    small, small_claims = read(100)
    large, large_claims = read(200)
    assert len(large_claims) == 2 * len(small_claims) == 400
    assert 0 < large <= SLACK * small


def test_a_respectively_list_of_names_is_grouped_into_runs_once_per_sentence(monkeypatch):
    """"1.8x and 1.5x lower latency on Flux and SD2, respectively, using two RTX 4090 GPUs", repeated
    in one sentence: each list of numbers looked for its run of names by grouping every name of the
    sentence anew (n lists and n names: n² steps); the names are grouped once (name_runs.py)."""
    from claims.extraction import name_runs

    counter = [0]
    word_pattern = name_runs.word_pattern
    monkeypatch.setattr(name_runs, "word_pattern",
                        lambda name: _CountingCalls(word_pattern(name), counter) if name == "gap.name_run" else word_pattern(name))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "; ".join(
            f"KinDiff reaches {i % 5 + 1}.{i % 9 + 1}x and {i % 4 + 1}.{i % 7}x lower latency on Flux and SD2, "
            f"respectively, using two NVIDIA RTX 4090 GPUs, while keeping image quality" for i in range(n)) + ".")

    few, few_claims = read(2)
    assert [(c.text, c.value, c.kind, c.direction, c.metric, c.hardware) for c in few_claims] == [
        ("1.1x", 1.1, "ratio", "decrease", "latency", "NVIDIA RTX 4090 GPUs"),
        ("1.0x", 1.0, "ratio", "decrease", "latency", "NVIDIA RTX 4090 GPUs"),
        ("2.2x", 2.2, "ratio", "decrease", "latency", "NVIDIA RTX 4090 GPUs"),
        ("2.1x", 2.1, "ratio", "decrease", "latency", "NVIDIA RTX 4090 GPUs")]
    small, small_claims = read(100)
    large, large_claims = read(200)
    assert len(large_claims) == 2 * len(small_claims) == 400
    assert 0 < large <= SLACK * small


def test_each_number_finds_the_list_it_stands_in_once_per_sentence(monkeypatch):
    """"1.2x, 1.3x, ... speedups over Lib0, Lib1, ..., respectively": each number walked its list of
    numbers both ways to find where it starts and ends (a list of n: n² gap matches); the lists of a
    sentence are found once."""
    counter = [0]
    monkeypatch.setattr(picking, "_NUMBER_LIST_GAP", _CountingCalls(picking._NUMBER_LIST_GAP, counter))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "KinBLAS achieves " + ", ".join(f"{i % 9 + 1}.{i % 7}x" for i in range(n))
                                + " speedups over " + ", ".join(f"Lib{i}" for i in range(n)) + ", respectively.")

    few, few_claims = read(3)
    assert [(c.text, c.value, c.kind, c.direction, c.metric, c.baseline) for c in few_claims] == [
        ("1.0x", 1.0, "ratio", "increase", "speedup", "Lib0"), ("2.1x", 2.1, "ratio", "increase", "speedup", "Lib1"),
        ("3.2x", 3.2, "ratio", "increase", "speedup", "Lib2")]
    small, small_claims = read(500)
    large, large_claims = read(1000)
    assert len(large_claims) == 2 * len(small_claims) == 1000
    assert 0 < large <= SLACK * small


def test_a_baseline_reads_the_full_names_of_the_abstracts_platforms_once(monkeypatch):
    """"9.1x faster than cuBLAS 3 on an RTX 3003 GPU, ...": each baseline of one or two words went
    through every platform of the abstract for a longer name holding it ("Jetson" in "NVIDIA Jetson
    AGX Orin"); the platforms are read once per abstract."""
    from claims.extraction import pipeline

    counter = [0]
    attach = pipeline.attach_context

    def counted_attach(doc, drafts):
        doc._platforms = _CountingList(doc.platforms, counter)
        return attach(doc, drafts)

    monkeypatch.setattr(pipeline, "attach_context", counted_attach)

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "KinGEMM is " + ", ".join(
            f"{i % 9 + 1}.{i % 5}x faster than cuBLAS {i} on an RTX {3000 + i % 900} GPU" for i in range(n)) + ".")

    few, few_claims = read(2)
    assert [(c.text, c.value, c.metric, c.baseline, c.hardware) for c in few_claims] == [
        ("1.0x", 1.0, "speedup", "cuBLAS 0", None), ("2.1x", 2.1, "speedup", "cuBLAS 1", None)]
    assert claims.extract("We port KinGEMM to an NVIDIA Jetson AGX Orin. It is 3.1x faster than Jetson.")[0].baseline \
        == "NVIDIA Jetson AGX Orin"
    small, small_claims = read(300)
    large, large_claims = read(600)
    assert len(large_claims) == 2 * len(small_claims) == 600
    assert 0 < large <= SLACK * small


def test_the_datasets_of_a_clause_are_joined_once_per_clause(monkeypatch):
    """"5.0% accuracy and 2 ms latency on Data0 with a Jetson Nano, 6.1% ... on Data1 ..., respectively":
    a figure with no dataset of its own takes every dataset of its clause; each such figure searched
    the clause for clause words and joined its datasets anew (n figures and n datasets: n²). The clause
    words are found once per clause and each stretch's datasets joined once."""
    from claims.extraction import claim_dataset

    counter = [0]
    monkeypatch.setattr(claim_dataset, "NEXT_CLAUSE", _Counting(claim_dataset.NEXT_CLAUSE, counter))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "We reach " + ", ".join(
            f"{i % 90 + 5}.{i % 9}% accuracy and {i % 40 + 2} ms latency on Data{i} with a Jetson Nano" for i in range(n))
            + ", respectively.")

    few, few_claims = read(2)
    assert [(c.text, c.metric, c.dataset, c.hardware) for c in few_claims] == [
        ("5.0%", "accuracy", "Data0; Data1", None), ("2 ms", "latency", "Data0", "Jetson Nano"),
        ("6.1%", "accuracy", "Data0; Data1", "Jetson Nano"), ("3 ms", "latency", "Data1", "Jetson Nano")]
    small, small_claims = read(300)
    large, large_claims = read(600)
    assert len(large_claims) == 2 * len(small_claims) == 1200
    assert 0 < large <= SLACK * small


def test_a_figure_finds_the_name_of_its_own_baseline_by_bisection(monkeypatch):
    """"improves Mod0-7B from 10.0% to 60.0% and lands only 1.0% below Ref0; improves Mod1-7B ...": each
    pair tried every improved model of its sentence, and each figure every name placed against (n
    figures, n names: n² gap matches); the names are looked up by position, and only those within a
    gap's reach are tried."""
    from claims.extraction import own_figure_baselines

    counter = [0]
    monkeypatch.setattr(own_figure_baselines, "_IMPROVED_GAP", _CountingCalls(own_figure_baselines._IMPROVED_GAP, counter))
    monkeypatch.setattr(own_figure_baselines, "PLACED_AGAINST", _CountingCalls(own_figure_baselines.PLACED_AGAINST, counter))

    def read(n: int) -> tuple[int, list]:
        return _extract_counted(counter, "Tuning " + "; ".join(
            f"improves Mod{i}-7B from {i % 50 + 10}.{i % 9}% to {i % 40 + 60}.{i % 7}% and lands only "
            f"{i % 9 + 1}.{i % 5}% below Ref{i}" for i in range(n)) + ".")

    few, few_claims = read(2)
    assert [(c.text, c.value, c.kind, c.baseline_value, c.baseline) for c in few_claims] == [
        ("from 10.0% to 60.0%", 60.0, "absolute", 10.0, "Mod0-7B"), ("1.0%", 1.0, "change", None, "Ref0"),
        ("from 11.1% to 61.1%", 61.1, "absolute", 11.1, "Mod1-7B"), ("2.1%", 2.1, "change", None, "Ref1")]
    small, small_claims = read(300)
    large, large_claims = read(600)
    assert len(large_claims) == 2 * len(small_claims) == 1200
    assert 0 < large <= SLACK * small
