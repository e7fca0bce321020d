"""The fast word edges accept exactly where the edges as written do, on every character."""
from __future__ import annotations

import sys

import pytest
import regex

from claims.matching.edges import EDGES, FAST_EDGES, fast_edges, plain_edges
from claims.extraction.rulebook.hardware import vocabulary as _vocabulary
from claims.extraction.rulebook.cues import metric_cues, side_cues
from claims.patterns import load_patterns


@pytest.fixture(scope="module")
def every_character() -> str:
    """Every code point, and every run of characters that case folding relates to one character
    (in each of its casings), one per line."""
    characters = [chr(code) for code in range(sys.maxunicode + 1)]
    runs = set()
    for character in characters:
        for mapped in (character.casefold(), character.lower(), character.upper(), character.title()):
            if len(mapped) > 1:
                runs.update((mapped, mapped.casefold(), mapped.lower(), mapped.upper(), mapped.title()))
    assert "y\u030a" in runs and "\u1e98".casefold() == "w\u030a"      # ẙ and ẘ fold to two
    return "\n".join(characters + sorted(runs))


@pytest.mark.parametrize("flags", [regex.VERSION1, regex.IGNORECASE | regex.VERSION1,
                                   regex.IGNORECASE | regex.VERSION0],
                         ids=["case-sensitive", "full-case-folding", "simple-case-folding"])
@pytest.mark.parametrize("edge", EDGES)
def test_fast_edge_accepts_where_the_edge_does(edge, flags, every_character):
    # The edge is read next to each line break: after the character before it (a lookbehind),
    # before the character after it (a lookahead).
    def places(form: str) -> list[int]:
        probe = rf"\n(?<={form}\n)" if edge.startswith("(?<") else rf"\n(?={form})"
        return [found.start() for found in regex.finditer(probe, every_character, flags)]

    assert places(FAST_EDGES[edge]) == places(edge)


def test_the_characters_where_case_folding_changes_an_edge_are_read():
    # The exhaustive test above is only worth something where the two readings differ.
    folding = regex.compile(r"(?<![\p{L}\p{N}])gpu", regex.IGNORECASE | regex.VERSION1)
    as_written = regex.compile(r"(?-i:(?<![\p{L}\p{N}]))gpu", regex.IGNORECASE | regex.VERSION1)
    for before in ("\u0345", "Y\u030a", "j\u030c"):     # a mark folding to iota; ẙ; ǰ
        assert folding.search(before + "gpu") is None
        assert as_written.search(before + "gpu") is not None
        fast = regex.compile(fast_edges(r"(?<![\p{L}\p{N}])gpu"), regex.IGNORECASE | regex.VERSION1)
        assert fast.search(before + "gpu") is None


def test_a_leftmost_longest_match_reads_the_fast_edge_alike():
    posix = regex.IGNORECASE | regex.VERSION1 | regex.POSIX
    pattern = r"(?<![\p{L}\p{N}])(?:gpus?|gpu\s+cluster)(?![\p{L}\p{N}])"
    for text in ("a gpu cluster", "gpus", "Y\u030agpu", "gpu\u0345", "xgpu", "a GPU clusters"):
        expected = [m.span() for m in regex.finditer(pattern, text, posix)]
        assert [m.span() for m in regex.finditer(fast_edges(pattern), text, posix)] == expected


def test_fast_edges_rewrites_each_edge_and_is_idempotent():
    pattern = r"(?<![\p{L}\p{N}])a(?![\p{L}\p{N}])|(?<![\w-])b(?!\p{L})"
    fast = fast_edges(pattern)
    assert fast == (FAST_EDGES[r"(?<![\p{L}\p{N}])"] + "a" + FAST_EDGES[r"(?![\p{L}\p{N}])"] + "|"
                    + FAST_EDGES[r"(?<![\w-])"] + "b" + FAST_EDGES[r"(?!\p{L})"])
    assert fast_edges(fast) == fast
    assert plain_edges(fast) == pattern


def test_an_escaped_parenthesis_is_no_edge():
    # "\(?" is an optional literal "(": what follows is no lookaround.
    pattern = r"x\\(?<![\w-])y"       # an escaped backslash, then a real edge
    assert fast_edges(pattern) == r"x\\" + FAST_EDGES[r"(?<![\w-])"] + "y"
    assert fast_edges(r"x\(?!\p{L})") == r"x\(?!\p{L})"


def test_every_rule_reads_back_as_written():
    """The syntax the scanner reads (`plain_edges`) is each rule's own, for every rule file."""
    patterns = load_patterns()
    for pattern_file in patterns.files:
        for rule in pattern_file.rules:
            for cue in rule.cues:
                assert plain_edges(fast_edges(cue)) == cue, (rule.id, cue)
    compiled = [cue.pattern for cue in metric_cues()] + [cue.pattern for where in ("before", "after") for cue in side_cues("kind", where)] \
        + list(_vocabulary().scanner.patterns)
    assert all("(?>(?-i:" in pattern.pattern for pattern in compiled[:5])
    for pattern in compiled:
        assert fast_edges(plain_edges(pattern.pattern)) == pattern.pattern


def test_a_scanner_reads_a_fast_edge_as_the_edge_it_stands_for():
    """Where a match can start, what it requires and what it is confined to do not change."""
    from claims.matching.scanner import Scanner

    fast = [cue.pattern for cue in metric_cues()] + [cue.pattern for where in ("before", "after", "metric") for cue in side_cues("qualifier", where)]
    plain = [regex.compile(plain_edges(pattern.pattern), pattern.flags) for pattern in fast]
    assert any(a.pattern != b.pattern for a, b in zip(fast, plain))
    one, other = Scanner(fast), Scanner(plain)
    assert one._codes == other._codes and one._always == other._always
    assert one._split.keys() == other._split.keys() and one._outside.keys() == other._outside.keys()
    assert one._no_bound == other._no_bound and one._anchored == other._anchored
