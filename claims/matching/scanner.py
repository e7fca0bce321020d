r"""Run a pattern only where one of its matches can start.

A vocabulary pattern (hundreds of hardware names, dozens of metric cues) is slow in the `regex`
package: `finditer` tries every alternative at every character. Yet each match starts with one of
a few short strings, which the pattern's syntax tree gives (`starts.starts`): "nvidia", "tesla",
"v100"... `Scanner` finds the places where those strings occur, in one Aho-Corasick pass over the
text's skeleton, and tries the compiled pattern only there (`pattern.match` at that position,
which sees the same lookbehind context as `finditer` does). The matches are exactly those of
`pattern.finditer`: a position where no possible start occurs is a position where `finditer`
fails. A start is skipped where the pattern opens with "no letter or digit before"
(`syntax.word_start`) and the skeleton shows one, and where none of the pattern's required
literals (`syntax.required`: one lies in every match or its lookaheads) begins at or after it. A
pattern whose starts cannot be listed runs only on text that holds one of its required literals
(where it has some): where every match lies inside a run of a few kinds of characters
(`classes.confining_class`), only in the runs that hold one of those literals; else where it is an
alternation, only at the places where one of its alternatives matches (`syntax.branches`: the
`regex` package finds a single alternative far faster than an alternation); else in full. A
pattern anchored at the string's start (`syntax.anchored`) is tried there alone. A text without a
skeleton runs every pattern in full. The syntax is read with the word edges as the rules write them
(`edges.plain_edges`), whatever faster form they were compiled in.

>>> scanner = Scanner([regex.compile(r"(?<!\w)(?:NVIDIA\s+)?[VA]100", regex.IGNORECASE)])
>>> [m.group(0) for m in scanner.finditer(0, "An nvidia V100 and an A100.")]
['nvidia V100', 'A100']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property

import ahocorasick_rs
import regex

from .compiled import compiled
from .plan import WORD_SKELETON as _WORD_SKELETON, cached_plan
from .reach import reach
from .skeleton import cached_skeleton


_NO_LITERALS: dict[int, list[int]] = {}      # shared, never written: most scans find no such literal


@cache
def _automaton_of(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """An automaton of `words`, built once per process: scanners of the same patterns share it
    (their plans come from one cache entry, so the tuple is mostly the same object). Not a DFA:
    the largest vocabulary's DFA (78,000 words) takes 38 MB against 5 MB, and over a large corpus
    its walk, which misses the CPU caches, is no faster."""
    return ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)


def _alternative_starts(alternatives: tuple[regex.Pattern, ...], text: str, pos: int, end: int,
                        timeout: float | None) -> set[int]:
    """Every place in text[pos:end] where one of `alternatives` matches: overlapped, not only
    between an alternative's own matches."""
    return {match.start() for alternative in alternatives
            for match in alternative.finditer(text, pos, end, overlapped=True, timeout=timeout)}


class Scanner:
    """`finditer` of several compiled patterns, tried only where their matches can start."""

    def __init__(self, patterns: Sequence[regex.Pattern]) -> None:
        self.patterns = tuple(patterns)
        plan = cached_plan(self.patterns)
        self._always = list(plan.always)
        self._anchored = plan.anchored
        self._anchored_by_start = plan.anchored_by_start
        self._split = {index: None if sources is None else tuple(compiled(source, self.patterns[index].flags)
                                                                 for source in sources)
                       for index, sources in plan.split.items()}
        # Patterns whose matches lie inside runs of a class's characters (`classes.confining_class`):
        # they run in the runs that hold one of their literals, which a search for the first
        # character outside the class, forward and backward from the literal, delimits.
        self._outside = {index: (compiled(outside), compiled("(?r)" + outside))
                         for index, outside in plan.outside.items()}
        self._shift = plan.shift
        self._codes = plan.codes
        self._no_bound = plan.no_bound
        self._bounds = -1 in plan.no_bound
        self._anchored_lengths = sorted({len(text) for text in self._anchored_by_start})
        self._words = plan.words
        self._searchable = bool(plan.words)
        # Without a hit of the automaton, a scan finds nothing unless some pattern runs in full
        # or is anchored at the string's start.
        self._quiet_without_hits = not self._always and not self._anchored_by_start
        # How far each pattern's match at a candidate may read (`reach`), read off its syntax at its
        # first candidate: `regex` looks for a required string up to the match's end before it matches,
        # and a candidate's match with the scan's end would read on to the end of the text every time.
        self._reaches: dict[int, int] = {}

    @cached_property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick | None:
        # Built at the first scan: building them all is most of a new process's first extract,
        # and a one-sentence extract scans with about two thirds of the scanners.
        return _automaton_of(self._words) if self._words else None

    def finditer(self, index: int, text: str, pos: int = 0, endpos: int | None = None,
                 **options) -> Iterator[regex.Match]:
        """The matches of pattern `index`, as `patterns[index].finditer(text, pos, endpos, ...)`."""
        return iter(self.scan(text, pos, endpos, **options)[index])

    def scan(self, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False,
             timeout: float | None = None) -> list[Sequence[regex.Match]]:
        """For every pattern, the matches its `finditer` finds in text[pos:endpos]."""
        end = len(text) if endpos is None else min(endpos, len(text))
        patterns = self.patterns
        found: list[Sequence[regex.Match]] = [()] * len(patterns)
        folded = cached_skeleton(text)
        if folded is None:
            full: Iterable[int] = range(len(patterns))
            candidates: list[int] = []
            last = self._no_bound             # only patterns without starts have candidates
        else:
            hits = self._hits(folded, pos, end)
            if not hits and self._quiet_without_hits:
                return found                  # most scans: no start, no literal, nothing to run
            full, candidates, last, literals = self._candidates(folded, pos, hits)
            if pos == 0 and self._anchored_by_start:
                full = self._begun(folded, end, full)
            for index, places in literals.items():
                found[index] = self._in_runs(index, text, sorted(places), pos, end, overlapped, timeout)
        shift, mask = self._shift, (1 << self._shift) - 1
        split = False
        for index in full:
            if index in self._anchored:
                # Only the string's start can begin a match: `finditer` from a later pos finds none.
                match = patterns[index].match(text, 0, end, timeout=timeout) if pos == 0 else None
                if match is not None:
                    found[index] = [match]
                continue
            alternatives = self._split.get(index)
            if alternatives is None:
                found[index] = list(patterns[index].finditer(text, pos, end, overlapped=overlapped,
                                                             timeout=timeout))
            else:
                # Tried like the others, at the places where one of its alternatives matches.
                candidates += [(start << shift) + index
                               for start in _alternative_starts(alternatives, text, pos, end, timeout)]
                split = True
        if not candidates:
            return found
        if split:
            candidates.sort()
        reached = [pos] * len(patterns)
        reaches = self._reaches
        for candidate in candidates:
            start, index = candidate >> shift, candidate & mask
            if start < reached[index] or start > last[index]:
                continue
            if index not in reaches:
                reaches[index] = reach(patterns[index])
            match = patterns[index].match(text, start, min(end, start + reaches[index]), timeout=timeout)
            if match is not None:
                if found[index]:
                    found[index].append(match)
                else:
                    found[index] = [match]
                if not overlapped:
                    reached[index] = max(match.end(), start + 1)
        return found

    def _in_runs(self, index: int, text: str, literals: list[int], pos: int, end: int, overlapped: bool,
                 timeout: float | None) -> list[regex.Match]:
        """The matches of pattern `index` in text[pos:end], which lie in the runs of its class's
        characters that hold one of its literals (which begin at `literals`, in order)."""
        pattern, (outside, outside_before) = self.patterns[index], self._outside[index]
        found: list[regex.Match] = []
        covered = pos                     # where the runs searched so far end
        for literal in literals:
            if literal < covered:
                continue
            after = outside.search(text, literal, end, timeout=timeout)
            run_end = after.start() if after is not None else end
            if run_end == literal:
                continue                  # the literal begins outside the class: in no match
            before = outside_before.search(text, covered, literal, timeout=timeout)
            found += pattern.finditer(text, before.end() if before is not None else covered, run_end,
                                      overlapped=overlapped, timeout=timeout)
            covered = run_end
        return found

    def _begun(self, folded: str, end: int, full: set[int]) -> set[int]:
        """`full` and the anchored patterns one of whose starts begins the skeleton."""
        for length in self._anchored_lengths:
            if length > end:
                break
            begun = self._anchored_by_start.get(folded[:length])
            if begun:
                full.update(begun)
        return full

    def _hits(self, folded: str, pos: int, end: int) -> list[tuple[int, int, int]]:
        """The automaton's words in the skeleton's [pos, end): (word, start - pos, end - pos)."""
        if not self._searchable or end <= pos:
            return []
        # The automaton reads the whole string it is given: a window is passed as a slice, or
        # a scan of each sentence of a megabyte line is quadratic.
        window = folded if pos == 0 and end == len(folded) else folded[pos:end]
        return self._automaton.find_matches_as_indexes(window, overlapping=True)

    def _candidates(self, folded: str, pos: int, hits: list[tuple[int, int, int]]) \
            -> tuple[set[int], list[int], Sequence[int], dict[int, list[int]]]:
        """The patterns to run in full, the others' candidates, (start << shift) + index, in
        order, per pattern the last start that leaves room for one of its required literals
        (a candidate starting later cannot match), and for the patterns run in the runs of their
        class, where their literals begin."""
        full = set(self._always)
        candidates: list[int] = []
        last: Sequence[int] = self._no_bound
        literals: dict[int, list[int]] = _NO_LITERALS
        if hits:
            shift, add, codes_of = self._shift, candidates.append, self._codes
            if self._bounds:
                last = list(last)
            for word, start, _ in hits:
                codes, bounded, literal_roles = codes_of[word]
                start += pos
                shifted = start << shift
                for index in codes:
                    add(shifted + index)
                if bounded and (start == 0 or folded[start - 1] not in _WORD_SKELETON):
                    for index in bounded:
                        add(shifted + index)
                if literal_roles is None:
                    continue
                gated, bounding, confined = literal_roles
                if gated:
                    full.update(gated)
                for index in bounding:
                    if start > last[index]:
                        last[index] = start
                if confined:
                    if literals is _NO_LITERALS:
                        literals = {}
                    for index in confined:
                        literals.setdefault(index, []).append(start)
            candidates.sort()
        return full, candidates, last, literals
