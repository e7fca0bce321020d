"""How far a lower-case subject's numbers run in its sentence (method.subject_phrase and
method.subject_phrase_list): its clause, up to the first comma, semicolon or bracket, and the items
of a list after it. "The hybrid search achieves Recall@1=0.988, Recall@5=1.000, and MRR=0.994"
gives all three to "hybrid search"; a comma that opens another clause (", while the static cache
reduces ...", ", outperforming BM25 by 4%") ends its reach (subjects.py `_phrase_subjects`)."""
from __future__ import annotations

from bisect import bisect_right

from ..matching import compiled, match_at
from .rulebook.names import field_cues

_CLAUSE_END = compiled(r"[,;)]")
# The marker of an enumerated item ("(ii) the NH network achieves", "2) FooNet cuts") opens a clause
# as a comma does: each item of a list of findings has a subject of its own.
ENUMERATION = compiled(r"\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)")
# ... and closes the item it opens: "(2) X reaches 96.6%; (3) the 0.8B model achieves 94.8%" gives
# X's scope no figure of item (3), whose subject may be one no rule reads. A marker without its
# opening bracket ("2) ") counts after punctuation, "and", "or" or "that" only ("(Table 3) shows").
_NEXT_ITEM = compiled(r"(?:(?<=[;,:.]\s{1,2}|\s(?:and|or|that)\s)\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)|(?<=\s)\((?:[ivx]{1,4}|\d{1,2}|[a-h])\))\s")


def phrase_reach(text: str, verb_end: int, sentence_end: int, phrase: str) -> list[tuple]:
    """The subject entries (as subjects.py builds them: end, scope end, name, parts, rule) of the
    phrase whose verb ends at `verb_end`: its clause, then the list items after it, each a comma,
    a stretch with no verb or clause word, and a number (patterns/context/fields.yaml)."""
    item = field_cues()["method.subject_phrase_list"]
    clause = end = clause_end(text, verb_end, sentence_end)
    while end < sentence_end and (match := match_at(item, text, end, sentence_end)) is not None:
        end = clause_end(text, match.end(), sentence_end)
    entries = [(verb_end, clause, phrase, (phrase,), "method.subject_phrase")]
    return entries + [(clause, end, phrase, (phrase,), "method.subject_phrase_list")] if end > clause else entries


def clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause that goes on from `start` ends: its first comma, semicolon or closing bracket."""
    found = _CLAUSE_END.search(text, start, sentence_end)
    return found.start() if found else sentence_end


def closed_at_items(text: str, sentences: list[tuple[int, int]], indices, subjects: list) -> list:
    """The subjects, the scope of each read inside an enumerated item ended at the next item of its
    sentence ("(2) X reaches 96.6%; (3) ..."); a subject before the list keeps it ("X is built on
    three pillars: (i) ..., (ii) ..."). The items are read once per sentence."""
    items = [m.start() for index in indices for m in _NEXT_ITEM.finditer(text, *sentences[index])]
    if not items:
        return subjects
    starts = [start for start, _ in sentences]
    closed = []
    for subject in subjects:
        following = bisect_right(items, subject.end)
        sentence_start = starts[max(0, bisect_right(starts, subject.end) - 1)]
        if 0 < following < len(items) and items[following - 1] >= sentence_start \
                and items[following] < subject.sentence_end:
            subject = subject._replace(sentence_end=items[following])
        closed.append(subject)
    return closed
