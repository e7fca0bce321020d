"""One abstract as every stage reads it: the text normalized once with its map back to the
original, its sentences split once, its numbers read once, and what later stages may ask for
(a sentence's metric cues, the background sentences, the platforms) computed on first use.
"""
from __future__ import annotations

from bisect import bisect_right

from .background import background_sentences, own_system_test
from .cues import NO_CUES, SentenceCues, find_cues, names_compared_system
from .methods import method_decision
from .normalize import Normalized, normalize
from .numbers import Number, find_numbers
from .platforms import Platform, abbreviates_platform, names_platform, platform_mentions
from .sentences import item_breaks, split_sentences


class Document:
    """`original` is the abstract as given; `text` its normalized form, where the stages work;
    every span they find maps back through `norm.to_original`."""

    __slots__ = ("original", "title", "norm", "text", "numbers", "_cues", "_original_sentences", "_sentences",
                 "_starts", "_by_sentence", "_background", "_platforms", "_method")

    def __init__(self, original: str, title: str | None = None) -> None:
        self.original = original
        self.title = title
        self.norm: Normalized = normalize(original)
        self.text = self.norm.text
        self.numbers: list[Number] = find_numbers(self.text)
        self._cues: dict[int, SentenceCues] = {}
        self._original_sentences: dict[int, str] = {}
        # Computed on first use (plain attributes: a cached_property costs a lock on every read).
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._by_sentence: list[list[Number]] | None = None
        self._background: set[int] | None = None
        self._platforms: list[Platform] | None = None
        self._method: tuple[str | None, tuple[str, ...]] | None = None

    @property
    def worth_reading(self) -> bool:
        """False where every number sits in a name ("GPT-4", "ResNet-50"): nothing to claim, and
        about half the abstracts stop here."""
        return any(number.dropped is None for number in self.numbers)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Half-open spans of the normalized text's sentences."""
        if self._sentences is None:
            breaks = [self.norm.to_normalized(position) for position in item_breaks(self.original)]
            self._sentences = split_sentences(self.text, breaks)
            self._starts = [start for start, _ in self._sentences]
        return self._sentences

    @property
    def numbers_by_sentence(self) -> list[list[Number]]:
        """The numbers of each sentence, in one pass (both lists are in text order)."""
        if self._by_sentence is None:
            sentences = self.sentences
            self._by_sentence = [[] for _ in sentences]
            for number in self.numbers:
                index = bisect_right(self._starts, number.start) - 1
                if index >= 0 and number.start < sentences[index][1]:
                    self._by_sentence[index].append(number)
        return self._by_sentence

    @property
    def background(self) -> set[int]:
        """Indexes of the sentences that describe prior work or the field, not the paper's work."""
        if self._background is None:
            names_own = own_system_test(self.text, self.title, lambda: self.method[0])
            self._background = background_sentences(self.text, self.sentences, names_own)
        return self._background

    @property
    def method(self) -> tuple[str | None, tuple[str, ...]]:
        """The name the paper gives its system (None where it names none), with the rules that
        found it (methods.method_decision), computed once for the stages that ask."""
        if self._method is None:
            name, rules = method_decision(self.title or "", self.text, self.sentences)
            # "deployed on the 8-bit Arduino (ATmega328P)", "repurposes an accelerator, Hailo-8L": a
            # bought platform's name is what the system runs on, never the system; nor is the acronym
            # of one ("on an AMD Kria K26 System-on-Module (SOM)").
            bought = name and (names_platform(name) or ("method.acronym" in rules and abbreviates_platform(self.text, name)))
            self._method = (None, ()) if bought else (name, rules)
        return self._method

    def cues(self, index: int) -> SentenceCues:
        """The metric cues of sentence `index` (none for index -1). A cue inside a number's own
        surface ("12 hours", "5 FPS") is its unit, not a metric name; one in the name of a system the
        sentence beats ("outperforms memory baselines by 7 points") names that system."""
        if index < 0:
            return NO_CUES
        if index not in self._cues:
            start, end = self.sentences[index]
            inside = [(n.start, n.end) for n in self.numbers_by_sentence[index]]
            self._cues[index] = SentenceCues([hit for hit in find_cues(self.text, start, end)
                                              if not _inside_any(hit, inside) and
                                              not names_compared_system(self.text, hit, start)])
        return self._cues[index]

    def original_sentence(self, index: int) -> str:
        """Sentence `index` as the original text writes it (one copy, shared by its claims)."""
        if index not in self._original_sentences:
            start, end = self.norm.to_original(*self.sentences[index])
            self._original_sentences[index] = self.original[start:end]
        return self._original_sentences[index]

    @property
    def platforms(self) -> list[Platform]:
        """Every platform mention, found once on the original text (the platforms table needs
        those offsets) and read here in normalized positions."""
        if self._platforms is None:
            self._platforms = [Platform(p.name, p.hw_class, p.text, self.norm.to_normalized(p.start),
                                        self.norm.to_normalized(p.end), p.rule_id, original=p)
                               for p in platform_mentions(self.original)]
        return self._platforms

    def sentence_of(self, position: int) -> int:
        """Index of the sentence holding the normalized `position` (0 before the first)."""
        self.sentences
        return max(0, bisect_right(self._starts, position) - 1)


def _inside_any(hit, spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(spans, (hit.start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= hit.start and hit.end <= spans[index][1]
