"""How far a lower-case subject's numbers run in its sentence (method.subject_phrase and
method.subject_phrase_list): its clause, up to the first comma, semicolon or bracket, and the items
of a list after it. "The hybrid search achieves Recall@1=0.988, Recall@5=1.000, and MRR=0.994"
gives all three to "hybrid search"; a comma that opens another clause (", while the static cache
reduces ...", ", outperforming BM25 by 4%") ends its reach (subjects.py `_phrase_subjects`)."""
from __future__ import annotations

from ..matching import compiled, match_at
from .rulebook.names import field_cues

_CLAUSE_END = compiled(r"[,;)]")


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
