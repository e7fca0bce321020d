"""One abstract as every stage reads it: the text normalized once with its map back to the
original, its sentences split once, its numbers read once, and what later stages may ask for
(a sentence's metric cues, the background sentences, the platforms) computed on first use.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from .background import background_sentences
from .cues import NO_CUES, SentenceCues, find_cues
from .normalize import Normalized, normalize
from .numbers import Number, find_numbers
from .platforms import Platform, platform_mentions
from .sentences import split_sentences


class Document:
    """`original` is the abstract as given; `text` its normalized form, where the stages work;
    every span they find maps back through `norm.to_original`."""

    def __init__(self, original: str, title: str | None = None) -> None:
        self.original = original
        self.title = title
        self.norm: Normalized = normalize(original)
        self.text = self.norm.text
        self.numbers: list[Number] = find_numbers(self.text)
        self._cues: dict[int, SentenceCues] = {}
        self._original_sentences: dict[int, str] = {}

    @property
    def worth_reading(self) -> bool:
        """False where every number sits in a name ("GPT-4", "ResNet-50"): nothing to claim, and
        about half the abstracts stop here."""
        return any(number.dropped is None for number in self.numbers)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Half-open spans of the normalized text's sentences."""
        return split_sentences(self.text)

    @cached_property
    def numbers_by_sentence(self) -> list[list[Number]]:
        """The numbers of each sentence, in one pass (both lists are in text order)."""
        buckets: list[list[Number]] = [[] for _ in self.sentences]
        for number in self.numbers:
            index = bisect_right(self._sentence_starts, number.start) - 1
            if index >= 0 and number.start < self.sentences[index][1]:
                buckets[index].append(number)
        return buckets

    @cached_property
    def background(self) -> set[int]:
        """Indexes of the sentences that describe prior work or the field, not the paper's work."""
        return background_sentences(self.text, self.sentences)

    def cues(self, index: int) -> SentenceCues:
        """The metric cues of sentence `index` (none for index -1). A cue inside a number's own
        surface ("12 hours", "5 FPS") is its unit, not a metric name."""
        if index < 0:
            return NO_CUES
        if index not in self._cues:
            start, end = self.sentences[index]
            inside = [(n.start, n.end) for n in self.numbers_by_sentence[index]]
            self._cues[index] = SentenceCues([hit for hit in find_cues(self.text, start, end)
                                              if not _inside_any(hit, inside)])
        return self._cues[index]

    def original_sentence(self, index: int) -> str:
        """Sentence `index` as the original text writes it (one copy, shared by its claims)."""
        if index not in self._original_sentences:
            start, end = self.norm.to_original(*self.sentences[index])
            self._original_sentences[index] = self.original[start:end]
        return self._original_sentences[index]

    @cached_property
    def platforms(self) -> list[Platform]:
        """Every platform mention, found once on the original text (the platforms table needs
        those offsets) and read here in normalized positions."""
        return [Platform(p.name, p.hw_class, p.text, self.norm.to_normalized(p.start),
                         self.norm.to_normalized(p.end), p.rule_id, original=p)
                for p in platform_mentions(self.original)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_of(self, position: int) -> int:
        """Index of the sentence holding the normalized `position` (0 before the first)."""
        return max(0, bisect_right(self._sentence_starts, position) - 1)


def _inside_any(hit, spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(spans, (hit.start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= hit.start and hit.end <= spans[index][1]
