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
import sys

import ahocorasick_rs
import regex

from .edges import fast_edges, plain_edges
from .classes import confining_class
from .skeleton import cached_skeleton
from .starts import starts
from .syntax import anchored, branches, required, word_start


# Starts of up to 12 characters, where a pattern has not too many: "dedicated " and "dedicated\t"
# rather than "dedicate", fewer tries of the pattern where it does not match.
LONG_PREFIX = 12
MAX_LONG_STARTS = 4096
MIN_LONG_START = 3


_NO_LITERALS: dict[int, list[int]] = {}      # shared, never written: most scans find no such literal

# Skeleton characters that only a letter or a digit shows as: an ASCII letter (from it, or from a
# letter folding to it, as the Kelvin sign) or "0" (an ASCII digit).
_WORD_SKELETON = frozenset("abcdefghijklmnopqrstuvwxyz0")


def _alternatives(pattern: regex.Pattern, source: str) -> tuple[regex.Pattern, ...] | None:
    """`pattern`'s alternatives compiled alike (`syntax.branches` of its `source`), or None."""
    found = branches(source)
    if found is None:
        return None
    try:
        return tuple(regex.compile(fast_edges(alternative), pattern.flags) for alternative in found)
    except regex.error:           # an alternative refers to a group another one holds
        return None


def _starts(source: str, flags: int) -> frozenset[str] | None:
    """The strings one of which begins every match, or None where they cannot be listed or one
    is a single letter, digit or space (nearly everywhere: trying the pattern there costs more
    than one full scan). Up to LONG_PREFIX characters long where that makes few enough strings of
    MIN_LONG_START characters or more; else up to `starts.PREFIX_LENGTH`."""
    found = starts(source, flags, LONG_PREFIX, MAX_LONG_STARTS)
    if found is None or min(map(len, found), default=0) < MIN_LONG_START:
        found = starts(source, flags)
    if found is None or any(len(text) == 1 and (text.isalnum() or text == " ") for text in found):
        return None
    return found


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
        self._always: list[int] = []          # no starts and no required literals: run in full
        # Patterns that match only where the string begins (tried there alone), by the start the
        # skeleton must begin with; those without starts are gated like the others.
        anchored_: set[int] = set()
        self._anchored_by_start: dict[str, list[int]] = {}
        # Patterns run in full, each with its alternatives as patterns of their own: where one
        # of them matches is where the pattern may (None: no alternatives to scan for).
        self._split: dict[int, tuple[regex.Pattern, ...] | None] = {}
        starting: dict[str, set[int]] = {}    # start string -> patterns it may begin
        bounded_starting: dict[str, set[int]] = {}    # the same, where no letter or digit precedes
        gating: dict[str, set[int]] = {}      # literal -> patterns run in full where it occurs
        confining: dict[str, set[int]] = {}   # literal -> patterns run in the runs that hold it
        # Patterns whose matches lie inside runs of a class's characters (`classes.confining_class`):
        # they run in the runs that hold one of their literals, which a search for the first
        # character outside the class, forward and backward from the literal, delimits.
        self._outside: dict[int, tuple[regex.Pattern, regex.Pattern]] = {}
        # Literal -> patterns with starts whose matches hold one of their literals, at or after
        # the start (`required` reads no lookbehind, whose text lies before it). Not where every
        # start holds a literal itself: the literal would be found wherever the start is.
        bounding: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            # The syntax is read with the word edges as written (`edges.plain_edges`).
            source, flags = plain_edges(pattern.pattern), pattern.flags
            if anchored(source, flags):
                anchored_.add(index)
                found = starts(source, flags)
                if found is not None:
                    for text in found:
                        self._anchored_by_start.setdefault(text, []).append(index)
                    continue
            elif (found := _starts(source, flags)) is not None:
                opening = word_start(source, flags)
                for text in found:
                    # Where a letter or digit comes right before, the pattern cannot begin.
                    bounded = opening == "word" or (opening == "boundary" and text[0] in _WORD_SKELETON)
                    (bounded_starting if bounded else starting).setdefault(text, set()).add(index)
                literals = required(source)
                if literals and not all(any(literal in text for literal in literals) for text in found):
                    for literal in literals:
                        bounding.setdefault(literal, set()).add(index)
                continue
            literals = required(source)
            if literals is None:
                self._always.append(index)
            members = confining_class(source) if literals and index not in anchored_ else None
            alternatives = None if index in anchored_ or members is not None else _alternatives(pattern, source)
            if members is not None:
                outside = "[^" + members[1:]
                self._outside[index] = (regex.compile(outside), regex.compile("(?r)" + outside))
            for literal in literals or ():
                (gating if members is None else confining).setdefault(literal, set()).add(index)
            if index not in anchored_ and members is None:
                self._split[index] = alternatives
        self._anchored = frozenset(anchored_)
        # A candidate is one int, (start << shift) + pattern index, so that one sort of ints
        # orders them by position.
        self._shift = max(1, (len(self.patterns) - 1).bit_length())
        words = sorted(starting.keys() | bounded_starting.keys() | gating.keys() | bounding.keys()
                       | confining.keys())
        # Per word, in the automaton's order: the codes of the patterns it may begin, of those it
        # may begin where no letter or digit precedes, and None, or else the patterns its presence
        # lets run, those it lets match where they start at or before it, and those it lets run
        # in its run (most words are starts alone: their hits skip those three).
        starting_codes, bounded_codes, *literal_codes = ({word: tuple(sorted(indexes)) for word, indexes in table.items()}
                                                         for table in (starting, bounded_starting, gating, bounding, confining))
        literal_words = gating.keys() | bounding.keys() | confining.keys()
        self._codes = [(starting_codes.get(word, ()), bounded_codes.get(word, ()),
                        tuple(table.get(word, ()) for table in literal_codes) if word in literal_words else None)
                       for word in words]
        # Per pattern, the last place a match can start while no literal has been seen: none for
        # a pattern bounded by its literals, any for the others.
        bounded_patterns = set().union(*bounding.values())
        self._bounds = bool(bounded_patterns)
        self._no_bound = tuple(-1 if index in bounded_patterns else sys.maxsize
                               for index in range(len(self.patterns)))
        self._anchored_lengths = sorted({len(text) for text in self._anchored_by_start})
        self._searchable = bool(words)
        # Without a hit of the automaton, a scan finds nothing unless some pattern runs in full
        # or is anchored at the string's start.
        self._quiet_without_hits = not self._always and not self._anchored_by_start
        # A DFA walks the text about three times faster than the automaton's other forms; it
        # costs memory in proportion to the words (about 30 MB for the hardware names' 60,000).
        self._automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA) \
            if words else None

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
        for candidate in candidates:
            start, index = candidate >> shift, candidate & mask
            if start < reached[index] or start > last[index]:
                continue
            match = patterns[index].match(text, start, end, timeout=timeout)
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
