"""The platform a claim was measured on (CLAIMS_SPEC.md section 2 `hardware`, sections 8 and 9).

A claim takes a platform of its own sentence (`picking.pick`, named products before class
words); where its sentence names none, the platform of the sentence just before or after, when
that sentence states the set-up (a set-up word before the platform: "We implement X on a ZCU102
FPGA. It reaches 56.8 FPS."). Some platform mentions are never a claim's hardware, though they
count for the paper's list:
- a platform word used as a modifier ("FPGA-aware");
- silicon the paper designs: a designed thing in a sentence where the paper designs ("we
  design a ... accelerator", section 8), and any accelerator chip or circuit named by its class
  rather than as a product ("our photonic accelerator", "TSMC 28nm technology", section 9: only
  commercial platforms are a claim's hardware, and those have names);
- a resource of a platform ("GPU memory", "CPU allocation": rules marked `resource: true`).
"""
from __future__ import annotations

from .document import Document
from .draft import Draft
from .picking import Choice, Mention, SentenceNames, in_place, nearest
from .rulebook.cues import word_pattern
from .rulebook.hardware import vocabulary
from .rulebook.names import field_cues

# The rules of this module written in code (`claims explain` lists them with these words).
RULES = {
    "context.neighbour_sentence": "the platform of the sentence before or after, where that sentence "
                                  "states the set-up (spec section 8; hardware.neighbour_setup)",
}

_SETUP_WINDOW = 60       # characters before a neighbour's platform where its set-up word is looked for


def measured_platforms(doc: Document) -> list[Mention]:
    """The platforms a claim may have been measured on, in text order."""
    hardware = vocabulary()
    own_design: dict[int, bool] = {}    # asked only of the sentences that name a designed thing
    found = []
    for platform in doc.platforms:
        original = platform.original
        specific = platform.rule_id in hardware.specific_ids
        if platform.rule_id in hardware.resource_ids or (platform.hw_class == "asic" and not specific):
            continue
        if word_pattern("words.platform_modifier").match(doc.original[original.end:original.end + 12]):
            continue
        if word_pattern("words.designed_thing").search(platform.text):
            index = doc.sentence_of(platform.start)
            if index not in own_design:
                own_design[index] = index < len(doc.sentences) and \
                    word_pattern("words.own_design").search(doc.text, *doc.sentences[index]) is not None
            if own_design[index]:
                continue
        found.append(Mention(platform.text, platform.start, platform.end, platform.rule_id, specific))
    return found


def claim_hardware(text: str, draft: Draft, here: SentenceNames) -> Choice | None:
    """The platform of the claim's own sentence that belongs to it, if any."""
    if not here.platforms:
        return None
    items = here.platforms
    found = in_place(text, draft, here, items)
    if found is not None:
        return found
    return nearest(draft, items, [i for i in items if i.end <= draft.start],
                   [i for i in items if i.start >= draft.end], prefer_specific=True)


def neighbour_platform(text: str, platforms_in: dict[int, list[Mention]], spans: list[tuple[int, int]],
                       index: int) -> Choice | None:
    """The platform the sentence before (else after) sentence `index` states its set-up with."""
    setup = field_cues()["hardware.neighbour_setup"]
    comparison = word_pattern("words.comparison")
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(spans):
            continue
        start = spans[neighbour][0]
        found = [p for p in platforms_in.get(neighbour, [])
                 if not comparison.search(text, start, p.start)
                 and setup.search(text, max(start, p.start - _SETUP_WINDOW), p.start)]
        if found:
            chosen = next((p for p in found if p.specific), found[0])
            return chosen.text, ("context.neighbour_sentence", "hardware.neighbour_setup", chosen.rule_id)
    return None
