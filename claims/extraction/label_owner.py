"""A figure that a system's name labels inside brackets belongs to that system, whatever the
sentence's subject (CLAIMS_SPEC.md section 2 `method`: "the system the number belongs to"):
"(Gemini 2.5 Pro: 41.5% to 19.0%, p < .001)", "(GPT-4: 80%, Qwen 2.5-1.5B: 94%)", "(Phi-3:
$r=-0.976$)". A label that names a metric or a part of a study owns nothing ("(F1: 0.91)", "(ICC:
0.73)", "(S1: 98%)"): the label must be shaped like a model's name, with a digit or a capital
inside a word ("GPT-4o", "DeepSeek"), and the cue refuses metric labels (patterns/context/
fields.yaml, method.label_owner), as methods.yaml's not_names do."""
from __future__ import annotations

from ..matching import compiled, search_at_end
from .rulebook.names import field_cues, method_rules

__all__ = ["labelled_owner"]

_LABEL_WINDOW = 60          # characters before a figure read for its label ("(Qwen 2.5-1.5B: ")
_BRACKET_WINDOW = 160       # characters before a figure read for the bracket it stands in
# A model's name holds a digit or a capital inside a word; "ICC", "Overall" and "Transfer" do not.
_MODEL_SHAPED = compiled(r"\d|\p{Ll}\p{Lu}")


def labelled_owner(text: str, start: int, excluded: frozenset[str] = frozenset()) -> str | None:
    """The system whose name labels the figure at `start` inside brackets, else None; `excluded`
    (the abstract's dataset and platform names) own no figure.

    >>> labelled_owner("a collapse (GPT-4: 80%, Qwen 2.5-1.5B: 94%).", 39)
    'Qwen 2.5-1.5B'
    >>> labelled_owner("a good fit (F1: 0.91).", 16) is None
    True
    """
    window_start = max(0, start - _LABEL_WINDOW)
    found = search_at_end(field_cues()["method.label_owner"], text[window_start:start])
    if found is None:
        return None
    name = found["name"]
    if not _MODEL_SHAPED.search(name) or name in excluded or method_rules().not_subject.fullmatch(name):
        return None
    before = text[max(0, start - _BRACKET_WINDOW):window_start + found.start("name")]
    if before.rfind("(") <= before.rfind(")"):
        return None             # "..., GPT-5: 4%" outside brackets is a clause of its own
    return name
