"""Where a claim's subject opens its clause (subjects.py, method.claim_subject): the words that may
stand before a subject ("that", "while", ", and", a verb of reporting), the determiners
and modifiers read over on the way, and the switch phrases whose new system is the subject."""
from __future__ import annotations

from ..matching import compiled
from .subject_lists import ENUMERATION

# A claim's subject (method.claim_subject): the words that may open its clause before it, the
# determiners skipped on the way, and the list words that join several names.
CLAUSE_OPENERS = frozenset({"that", "while", "whereas", "but", "where", "when", "then", "thus",
                            "hence", "so", "whilst",
                            # a verb of reporting with "that" left out: "Results show TTA can boost"
                            "show", "shows", "showed", "demonstrate", "demonstrates", "demonstrated",
                            "reveal", "reveals", "revealed", "indicate", "indicates", "confirm", "confirms"})
DETERMINERS = frozenset({"the", "our", "both", "all", "only", "even", "each", "a", "an"})
# "a fine-tuned DenseNet201 with attention achieves", "the best-performing Qwen2.5-7B reaches": the
# words that say how a named model was trained or ranked stand between its article and its name
# (not "best" alone: "the best SSL model also improved" names a kind of model, not one).
MODEL_MODIFIERS = frozenset({"fine-tuned", "finetuned", "pretrained", "pre-trained", "instruction-tuned",
                             "distilled", "quantized", "pruned", "retrained", "best-performing",
                             "top-performing"})
# "the (newly) proposed TRI-X reduces": the paper's own word before its name, skipped like those.
_OWN_MODIFIERS = frozenset({"proposed", "newly", "presented"})
# Named examples of a class open the subject they name: "top models like GPT-4o achieve".
_EXAMPLE_OPENERS = frozenset({"including", "like", "especially", "notably", "namely"})
# "The upgrade from RDIMMs to MRDIMMs extends the bandwidth by 41%", "replacing LRU with FooCache cuts
# misses by 30%": what is switched to is the subject of the verb (and what it replaces the baseline,
# patterns/context/baselines.yaml baseline.switch_from).
SWITCH = compiled(r"(?i:\b(?:upgrad\w+\s+from|switch\w*\s+from|migrat\w+\s+from|moving\s+from|"
                       r"transition\w*\s+from|replac(?:ing|ement\s+of|ed)))\s+[^,;:]{1,80}$")
PREVIOUS_WORD = compiled(r"(\S+)\s+$")


def opens_clause(text: str, start: int, sentence_start: int, participle: bool = False) -> bool:
    """Whether a subject starting at `start` opens its clause: the sentence's start, punctuation, an
    enumeration marker or a clause word before it, determiners and training words read over."""
    position, modifiers = start, 0
    while True:
        before = PREVIOUS_WORD.search(text, max(sentence_start, position - 60), position)
        if not before:
            return True
        word = before[1]
        if word[-1] in ",;:(" or word in ("--", "—", "–", "-") or ENUMERATION.fullmatch(word):
            return True
        if word.lower() in DETERMINERS:
            position = before.start(1)
            continue
        # "the smaller, sequentially fine-tuned DistilBERT model", "the resulting fine-tuned Qwen2.5-7B":
        # an adverb or "resulting" before a training word is skipped with it
        if (word.lower() in MODEL_MODIFIERS or word.lower() in _OWN_MODIFIERS
                or (modifiers and (word == "resulting" or word.endswith("ly") and word.islower()))) and modifiers < 2:
            position, modifiers = before.start(1), modifiers + 1
            continue
        if participle and word.lower() == "with":
            return True
        if word.lower() in ("to", "with") and SWITCH.search(text, max(sentence_start, before.start(1) - 100),
                                                           before.start(1)):
            return True             # "the upgrade from RDIMMs to MRDIMMs extends": the new one acts
        if word.lower() == "and":           # ", and Y reaches": a new clause; "by X and Y" is a list
            return text[:before.start(1)].rstrip().endswith(",")
        if word.lower() in _EXAMPLE_OPENERS or (word.lower() == "as" and PREVIOUS_WORD.search(
                text, max(sentence_start, before.start(1) - 20), before.start(1)) is not None and
                PREVIOUS_WORD.search(text, max(sentence_start, before.start(1) - 20), before.start(1))[1].lower() == "such"):
            return True             # "state-of-the-art models, including DeepSeek-R1 and Claude-4.0-Sonnet, achieve"
        return word.lower() in CLAUSE_OPENERS
