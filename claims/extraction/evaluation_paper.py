"""A paper whose named system evaluates other systems (method.evaluation_paper): its figures are
those systems' unless the sentence speaks of the framework itself.

"We introduce CLExEval, a human-in-the-loop framework for evaluating LLM clinical reasoning": a
figure of CLExEval's paper is the framework's only where its sentence makes the framework its
subject ("CLExEval agrees with experts in 91% of cases", "the framework achieves 0.94").
"""
from __future__ import annotations

from bisect import bisect_right

from ..matching import compiled, match_at
from .rulebook.names import field_cues

# Words before the framework's name that make it an object, not the subject of its sentence
# ("We evaluate GEMMAS across five benchmarks, where systems differ by 12.8%").
_NAME_AS_OBJECT = compiled(r"(?i:\b(?:evaluat\w*|appl(?:y|ies|ied|ying)|us(?:e|es|ed|ing)|with|of|on|in|by|to|for|from|"
                           r"via|through|across|into|under|introduc\w*|present\w*|propos\w*|and)\s+$)")


def introduced_as_evaluator(text: str, name: str) -> bool:
    """Whether the abstract first writes `name` with an apposition that calls it a framework for
    evaluating, benchmarking or measuring (method.evaluation_paper, patterns/context/fields.yaml)."""
    at = text.find(name)
    return at >= 0 and match_at(field_cues()["method.evaluation_paper"], text, at + len(name)) is not None


class FrameworkMentions:
    """Where one sentence speaks of the evaluation framework `name`, read once: a long list of
    figures asks for every figure, and a search per figure would read the sentence once per figure."""

    def __init__(self, text: str, span: tuple[int, int], name: str) -> None:
        self.text, self.start = text, span[0]
        self.name_ends: list[int] = []
        self.as_subject: list[bool] = []
        at = text.find(name, span[0], span[1])
        while at >= 0:
            self.name_ends.append(at + len(name))
            self.as_subject.append(_NAME_AS_OBJECT.search(text, max(span[0], at - 40), at) is None)
            at = text.find(name, at + 1, span[1])
        self.self_reference = field_cues()["method.evaluation_self"]
        self.first_reference = self.self_reference.search(text, span[0], span[1])

    def spoken_of_before(self, end: int) -> bool:
        """Whether the words before `end` make the framework their subject: its last mention not
        after a verb of use or a preposition ("SAFE not only exposes ..., but also outperforms"),
        or a self-reference before a result verb ("the framework achieves 98.8%")."""
        last = bisect_right(self.name_ends, end) - 1
        if last >= 0 and self.as_subject[last]:
            return True
        first = self.first_reference
        if first is None or first.start() >= end:
            return False
        # a reference that runs past `end` may still match when cut there ("... achiev|es")
        return first.end() <= end or self.self_reference.search(self.text, self.start, end) is not None
