"""Split normalized text into sentences, as half-open spans.

A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit, bracket or a
LaTeX comment mark (`%`), unless the word before the stop is a known abbreviation ("e.g.",
"et al.", "vs.", "Fig."). It
also ends at a full stop followed by white space and a lower-case letter ("on the V100. it cuts
..."), unless the word before the stop is an abbreviation or a single letter ("i.i.d. noise"),
and where the original text starts a bullet line or leaves a blank line (`item_breaks`), stop
or not. A full stop glued to the next sentence ("of the models.Specifically, we ...": copied from a PDF or a
form without its space) ends a sentence too, between a lower-case word of three letters or more and a
capitalized word. Every boundary is read from a bounded window around it: the cost is linear in length.
"""
from __future__ import annotations

from heapq import merge

from ..matching import SentenceEnds, compiled

_ABBREVIATIONS = (r"e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Eqs|Eqn|No|approx|resp|ca|etc|Prof|Inc|Ltd|"
                  r"w\.r\.t|a\.k\.a|Tab|Vol|pp|avg|incl|esp|Sect|Ref|Refs|Thm|Alg|Appx|Suppl")
# Abbreviations only as capitalized: in lower case they are units that end sentences ("latency
# drops to 5 ms. We ...", "3 sec.").
_CAPITALIZED_ABBREVIATIONS = r"Ms|Mr|Dr|Jr|St|Sec"
# What makes a full stop no sentence end, read back from the character after it.
_ABBREVIATED = r"(?i:\b(?:" + _ABBREVIATIONS + r"))\.|\b(?:" + _CAPITALIZED_ABBREVIATIONS + r"|\p{Lu})\."
_CLOSING = r"[\"')\]]"
# White space, and the invisible marks normalize keeps (a word joiner, direction marks, a soft
# hyphen): "GPU.\u2060 It" ends a sentence.
_SPACE = r"[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
# A LaTeX comment mark left between two sentences of an arXiv abstract ("training. % We
# present ...") opens the next one.
_ENDS = SentenceEnds(_ABBREVIATED, closing=_CLOSING, space=_SPACE, opening=r"[\p{Lu}\d(\[\"'%]")
# Before a lower-case start a single letter with a stop is an abbreviation too ("i.i.d. noise").
_LOWER_CASE_ENDS = SentenceEnds(_ABBREVIATED + r"|\b\p{L}\.", closing=_CLOSING, space=_SPACE, opening=r"\p{Ll}")
# No space after the stop: only between a lower-case word and a capitalized one, so "e.g.The", "Node.js",
# "GitHub.Com", "3.5x.The" and "Fig.The" stay whole. A capitalized word of one or two letters is
# read only where it is a word that opens sentences ("schedule.We", "mechanisms.In"): "model.Py"
# and "tool.X" stay whole.
_SHORT_OPENERS = r"(?:A|An|As|At|By|If|In|It|No|On|So|To|We)"
_GLUED_END = compiled(r"\.(?<=\b\p{Ll}{3,30}\.)(?<!" + _ABBREVIATED + r")(?=(?:\p{Lu}\p{Ll}{2,}|"
                      + _SHORT_OPENERS + r")\b)")
# A bullet line, or a blank line, starts a new sentence: found in the original text, since
# normalize folds line breaks into spaces.
_ITEM_BREAK = compiled(r"\n[^\S\n]*(?:\n|[-*+\u2022\u2023\u2043\u25aa\u25e6\u2219\u00b7\u2013\u2014](?=[^\S\n]))")


def item_breaks(original: str) -> list[int]:
    """Where a bullet line or a line after a blank line starts in `original`, in order.

    >>> t = "Results:\\n- 2x faster\\n- 30% less energy\\n\\nWe also"
    >>> [t[b:b + 5] for b in item_breaks(t)]
    ['- 2x ', '- 30%', 'We al']
    """
    if "\n" not in original:
        return []
    breaks = []
    for match in _ITEM_BREAK.finditer(original):
        position = match.end() if match[0][-1] == "\n" else match.end() - 1
        while position < len(original) and original[position].isspace():
            position += 1
        breaks.append(position)
    return breaks


def split_sentences(text: str, breaks: list[int] | tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of `text`, trailing white space excluded; `breaks` are
    positions of `text` where a sentence starts whatever precedes it (`item_breaks`, mapped to
    `text`), in order.

    >>> t = "We propose X, e.g. for GPUs. It is 5x faster vs. YOLO. Done."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['We propose X, e.g. for GPUs.', 'It is 5x faster vs. YOLO.', 'Done.']
    >>> t = "Frameworks typically fuse stages. % We train on 128 GPUs."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Frameworks typically fuse stages.', '% We train on 128 GPUs.']
    >>> t = "It cuts the cost of the models.Specifically, e.g.The and Node.js stay. Done."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['It cuts the cost of the models.', 'Specifically, e.g.The and Node.js stay.', 'Done.']
    >>> t = "It runs on the V100. it cuts i.i.d. noise. - 2x faster - 30% less"
    >>> [t[s:e] for s, e in split_sentences(t, [t.rindex("- 30")])]
    ['It runs on the V100.', 'it cuts i.i.d. noise. - 2x faster', '- 30% less']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    glued = ((stop + 1, stop + 1) for stop in _glued_stops(text))
    boundaries = merge(_ENDS.spans(text), _lower_case_ends(text), glued, ((None, b) for b in breaks),
                       key=lambda boundary: boundary[1])
    for end, next_start in boundaries:
        if next_start <= start:     # a break at a stop's boundary, or a break before the text
            continue
        if end is None:
            end = _rstrip(text, start, next_start)
            next_start = _lstrip(text, next_start)
        if end > start:
            spans.append((start, end))
        start = next_start
    if start < len(text):
        end = _rstrip(text, start, len(text))
        if end > start:
            spans.append((start, end))
    return spans


def _lower_case_ends(text: str) -> list[tuple[int, int]]:
    """The boundaries before a lower-case start that follow a full stop (not "Placeit! is")."""
    return [(end, next_start) for end, next_start in _LOWER_CASE_ENDS.spans(text)
            if text[end - 1] == "." or (text[end - 1] in "\"')]" and text[end - 2] == ".")]


def _glued_stops(text: str) -> list[int]:
    return [match.start() for match in _GLUED_END.finditer(text)] if "." in text else []


def _lstrip(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
