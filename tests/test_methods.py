"""method_name: the paper's own system name, or None."""
from __future__ import annotations

import json

import pytest
import regex

from claims.extraction import methods
from claims.extraction.rulebook.names import _rest_after_name, method_rules
from claims.matching import HeadAndRest
from claims.extraction.methods import method_name
from claims.extraction.sentences import split_sentences
from claims.matching.classes import widest_without_space
from claims.resources import seeds_dir


@pytest.mark.parametrize("title, abstract, expected", [
    ("LitePath: Efficient Pathology", "Here, we present LitePath, a framework.", "LitePath"),
    ("A Study", "We propose a new method called Active Separation via Offset (ASSET), which works.", "ASSET"),
    ("A Study", "We propose Pruning-as-Search (PaS), an end-to-end method.", "PaS"),
    ("A Study", "We propose a latency-aware dynamic network (LASNet) for GPUs.", "LASNet"),
    ("A Study", "In this paper, we propose $HE^2$, an accelerator with dataflow graph (DFG) support.", "HE^2"),
    ("A Study", "We present an analysis. Our approach is 2x faster. The proposed network wins.", None),
    ("Less is More: Data Pruning", "We propose to prune data.", None),
    ("Survey: Efficient LLMs", "We review 300 papers.", None),
    ("", "", None),
])
def test_method_name(title, abstract, expected):
    assert method_name(title, abstract) == expected
    # The caller's sentence spans of the same abstract give the same answer.
    assert method_name(title, abstract, split_sentences(abstract)) == expected


def test_caller_sentences_are_used_only_for_the_abstract_they_split():
    # Markup is dropped before matching, which moves every offset: the caller's spans no longer
    # fit, so they are set aside (a span stopping before "present" would hide the name).
    marked = "Here we present \\textbf{BRAVE}, a breast pathology model."
    assert method_name("A Study", marked, [(0, 8)]) == "BRAVE"
    plain = "We present an analysis of caches. Here we present FooNet, a cache."
    assert method_name("A Study", plain, split_sentences(plain)) == "FooNet"
    assert method_name("A Study", plain, split_sentences(plain)[:1]) is None


def test_background_proposals_are_not_the_papers():
    abstract = "LongLoRA proposed shifted sparse attention (S2-Attn). We study its limits."
    assert method_name("On Long Context", abstract) is None


def test_result_subject_needs_two_mentions():
    once = "Our results are strong. FooNet achieves 2x speedup."
    twice = once + " FooNet reduces memory by 30%."
    assert method_name("On Speed", once) is None
    assert method_name("On Speed", twice) == "FooNet"


def test_seed_titles_with_name_prefixes():
    # Every seed paper whose title starts "Name:" and whose gold claims all carry that name.
    checked = 0
    for line in (seeds_dir() / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        paper = json.loads(line)
        methods = {c["method"] for c in paper["claims"]}
        prefix = paper["title"].split(":")[0].strip()
        if len(methods) == 1 and prefix in methods and " " not in prefix:
            assert method_name(paper["title"], "") == prefix, paper["title"]
            checked += 1
    assert checked >= 30


@pytest.mark.parametrize("hostile", [
    "We propose " + "A" * 100_000,
    "We propose (" * 20_000,
    "we present " + "X-" * 50_000,
    "called " + "Aa " * 40_000 + "(ABC)",
])
def test_hostile_text_finishes(hostile):
    assert method_name(hostile[:500], hostile) is None or isinstance(method_name("", hostile), str)


SUBJECT_TEXTS = [
    "Our results are strong. FooNet achieves 2x speedup. FooNet  also reduces memory by 30%.",
    "ALSO achieves nothing; A-B.C-D achieves more, and x" + "A" * 300 + " achieves the most.",
    "A" * 5000 + " reduces " + "B" * 50 + " runs",
    "Foo\u3000achieves X\u00a0reduces it; x\tFooBar\nimproves; FooBar improves; F achieves F achieves",
    "achieves FooNet",
    "",
]


@pytest.mark.parametrize("text", SUBJECT_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))])
def test_subject_cues_are_tried_only_where_a_name_ends_yet_find_every_match(text):
    for cue in method_rules().subject_verbs:
        assert cue._rest is not None         # the shipped subject cues all take the fast path
        expected = [(m.span(), m["name"]) for m in cue.pattern.finditer(text)]
        assert [(m.span(), m["name"]) for m in cue.finditer(text)] == expected


def test_subject_cue_without_a_leading_name_runs_in_full():
    cue = HeadAndRest(regex.compile(r"(?P<name>\w+) wins"), None, 0)
    assert [m["name"] for m in cue.finditer("Foo wins; bar wins")] == ["Foo", "bar"]


@pytest.mark.parametrize("shape, width", [
    (r"(?-i:(?=[\w^+.-]{0,40}?\p{Lu})[\p{L}\d][\w^+]{0,30}(?:[.-][\w^+]{1,30}){0,4})", 3 * 155),
    (r"[A-Z](?=\s)\d{1,3}", 3 * 4),
    (r"[A-Z]\w+", None),  # unbounded
    (r"a b", None),
    (r"a\sb", None),
    (r"[^a]", None),
    (r"\S", None),        # not read closely: any class beyond words and digits counts as space
    (r"x.y", None),
    (r"[\t-\r]", None),
    (r"\p{Z}", None),
    (r"[[a-z]--[q]]", None),
    (r"(?:ab|c\u3000)", None),
])
def test_widest_without_space(shape, width):
    assert widest_without_space(shape) == width


@pytest.mark.parametrize("text, expected", [
    ("We propose \\textbf{BRAVE} at $10\\times$ and **FooNet**.", "We propose BRAVE at 10\\times and FooNet."),
    ("A \\emph{B} c", "A B c"),
    ("cost is $5 or *bold*", "cost is 5 or *bold*"),
    ("No markup here.", "No markup here."),
    ("", ""),
])
def test_without_markup(text, expected):
    assert methods._without_markup(text) == expected


@pytest.mark.parametrize("cue, fast", [
    (r"(?P<name><MTOKEN>)\s+achieves\b", True),
    (r"(?P<name><MTOKEN>)\s+(?P=name)", False),      # reads the name's group
    (r"(?P<name><MTOKEN>)\G\s+wins", False),         # reads where the search started
    (r"\bwe\s+(?P<name><MTOKEN>)", False),           # no leading name
])
def test_rest_after_name(cue, fast):
    shapes = {"MTOKEN": r"(?-i:[\p{Lu}][\w]{0,30})"}
    assert (_rest_after_name(cue, shapes, "test") is not None) is fast


@pytest.mark.parametrize("path", sorted(seeds_dir().glob("*.txt")), ids=lambda p: p.name)
def test_proposal_scanners_find_what_finditer_finds(path):
    # The proposal verbs and the frames read after them go through scanners: in every sentence
    # and every window after a verb, they must find exactly the patterns' own matches.
    rules = method_rules()
    text = path.read_text(encoding="utf-8")
    verb = rules.verb.patterns[0]
    windowed = [pattern for frame, pattern in rules.in_proposal if frame != "direct"]
    windows = 0
    for start, end in split_sentences(text):
        found = rules.verb.scan(text, start, end)[0]
        assert [m.span() for m in found] == [m.span() for m in verb.finditer(text, start, end)]
        for match in found:
            window = (match.end(), min(end, match.end() + methods._WINDOW))
            scanned = rules.in_window.scan(text, *window)
            assert len(scanned) == len(windowed)
            for pattern, matches in zip(windowed, scanned):
                assert [m.span() for m in matches] == [m.span() for m in pattern.finditer(text, *window)]
            windows += 1
    assert windows > 0


@pytest.mark.parametrize("abstract, expected", [
    # The words spelling an acronym out, after a preposition of a task, data or setting: what the
    # system works on, not the system.
    ("We propose a toolkit for named relation mining (NRM) in contracts.", None),
    ("We build a planner for the vehicle routing problem (VRP) and the job shop problem (JSP).", None),
    ("This work presents a denoiser for ultra-low-field magnetic resonance (ULF-MR) images.", None),
    ("We design a grasp detector for the robotic bin picking (RBP) task.", None),
    ("We propose an index tuned under a fixed memory budget (FMB) that adapts.", None),
    # The article after such a word, too; a later acronym of the system still names it.
    ("We present a wildfire model running in a cellular automata (CA) grid, called Ember Spread Net (ESN).", "ESN"),
    # Capitals among the spelled-out words may name the system.
    ("We present a planner for Vehicle Routing with Time Windows (VRTW) that learns.", "VRTW"),
    # Within the spelled-out name a preposition belongs to it; before a comma or an article it opens it.
    ("We propose Retrieval for Reasoning Chains (RRC), a memory for agents.", "RRC"),
    ("In this paper, we introduce, for the first time, Quantized Graph Diffusion (QGD).", "QGD"),
    ("We develop for edge devices a Tiny Speech Separator (TSS) that runs at 2 ms.", "TSS"),
    ("We propose a novel and gradient-free High-Knowledge Scorer (HKS) to select text.", "HKS"),
    # A coined name in brackets is no acronym spelled by the words before it.
    ("We present baseline experiments using a transformer-based video classifier (VidFormerX).", "VidFormerX"),
])
def test_acronym_spelled_after_a_lead_names_no_system(abstract, expected):
    assert method_name("A Study", abstract) == expected
