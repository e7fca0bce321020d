"""The platform a claim was measured on (CLAIMS_SPEC.md section 2 `hardware`, sections 8 and 9).

A claim takes a platform of its own sentence (`picking.in_place`, else the nearest of its
clause between semicolons, named products before class words; a list of platforms right after
the number is its whole list); where its sentence names none, the platform of the sentence just before or after, when
that sentence states the set-up and is not background (a set-up word before the platform: "We implement X on a ZCU102
FPGA. It reaches 56.8 FPS."). A bare singular class word after the one product of its class the
abstract names stands for that product ("profiled on a Raspberry Pi 4B. On-device inference takes
120 ms": `context.class_word_named`). Some platform mentions are never a claim's hardware, though they
count for the paper's list:
- a platform word used as a modifier ("FPGA-aware");
- silicon the paper designs: a designed thing in a sentence where the paper designs ("we
  design a ... accelerator", section 8), and any accelerator chip or circuit named by its class
  rather than as a product ("our photonic accelerator", "TSMC 28nm technology", section 9: only
  commercial platforms are a claim's hardware, and those have names);
- a resource of a platform ("GPU memory", "CPU allocation": rules marked `resource: true`);
- a robot, drone or vehicle (rules marked `carrier: true`) but where a set-up word stands before it
  and no noun continues it ("with a 7-DoF robot arm", not "robot manipulation domains", "UAV fault
  logs", "M3-Bench-robot": hardware.carrier_setup);
- the target a result makes possible ("an essential requirement for efficient edge deployment":
  hardware.purpose).
"""
from __future__ import annotations

from bisect import bisect_left

from regex import Pattern

from ..matching import match_at
from ..spec import MEASURED_ON_HARDWARE
from .document import Document
from .draft import UNNAMED_METRIC, Draft
from .picking import Choice, Mention, SentenceNames, clause_bounds, in_place, listed_run, nearest
from .platforms import Platform
from .rulebook.cues import word_pattern
from .rulebook.hardware import vocabulary
from .rulebook.names import field_cues

# The rules of this module written in code (`claims explain` lists them with these words).
RULES = {
    "context.neighbour_sentence": "the platform of the sentence before or after, where that sentence "
                                  "states the set-up and is not background (spec sections 4 and 8; "
                                  "hardware.neighbour_setup)",
    "context.hardware_clause": "of the sentence's platforms, those of the claim's clause between semicolons",
    "context.hardware_list": 'platforms listed right after the number are its platforms ("on NVIDIA GH200 '
                             'and GB200", hardware.name_list)',
    "context.other_figure_platform": 'a quality figure does not take a platform named after a later efficiency '
                                     'figure of its sentence: the platform is where that figure was measured ("77.7% '
                                     'AP50 on DOTA and 132 FPS on the 2080ti GPU", "AR from 16.4% to 77.1% while '
                                     'reducing runtime to 10.4 s on an M1 Pro CPU")',
    "context.class_word_named": 'a bare singular class word ("on-device", "the GPU") after the one product of '
                                'its class the abstract names ("profiled on a Raspberry Pi 4B ... On-device inference '
                                'takes 120 ms") stands for that product; "modern GPUs" does not',
}
NAMED_CLASS_WORD = "context.class_word_named"
OTHER_FIGURE = "context.other_figure_platform"
TRAINING_SETUP = "hardware.training_setup"
PURPOSE = "hardware.purpose"
CARRIER_SETUP = "hardware.carrier_setup"
NAMED_INSTANCE = "hardware.named_instance"

_SETUP_WINDOW = 60       # characters before a neighbour's platform where its set-up word is looked for
_APPOSITION_GAP = 24     # characters between a set-up class word and a product named in apposition to it
_TARGET_WINDOW = 120     # characters before a neighbour's platform where a target of use is looked for
_TRAINING_WINDOW = 110   # characters before a platform where a word of training is looked for
# The platforms a claim weighs on either side of it: every platform of any real sentence, while a sentence
# naming thousands costs each of its claims a constant, not the whole list.
_REACH = 32


def measured_platforms(doc: Document) -> list[Mention]:
    """The platforms a claim may have been measured on, in text order."""
    hardware = vocabulary()
    purpose = field_cues()["hardware.purpose"]
    own_design: dict[int, bool] = {}    # asked only of the sentences that name a designed thing
    found = []
    named = _one_named_product(doc, hardware.specific_ids)
    for platform in doc.platforms:
        original = platform.original
        specific = platform.rule_id in hardware.specific_ids
        if platform.rule_id in hardware.resource_ids or (platform.hw_class == "asic" and not specific):
            continue
        carrier = platform.rule_id in hardware.carrier_ids
        if carrier and not _set_up_on(doc, original):
            continue
        if word_pattern("words.platform_modifier").match(doc.original[original.end:original.end + 12]):
            continue
        if purpose.search(doc.text, max(0, platform.start - _SETUP_WINDOW), platform.start) or \
                _listed_after_purpose(doc.text, found, platform.start):
            # The target a result makes possible, not where it was measured: kept as a mention
            # (it is a name of the sentence) that no claim takes, so that the rule is traced.
            found.append(Mention(platform.text, platform.start, platform.end, PURPOSE, False))
            continue
        if word_pattern("words.designed_thing").search(platform.text):
            index = doc.sentence_of(platform.start)
            if index not in own_design:
                own_design[index] = index < len(doc.sentences) and \
                    word_pattern("words.own_design").search(doc.text, *doc.sentences[index]) is not None
            if own_design[index]:
                continue
        product = named.get(platform.hw_class) if not specific and _bare_singular(platform.text) else None
        if product is not None and product.end <= platform.start:
            found.append(Mention(product.text, platform.start, platform.end, NAMED_CLASS_WORD, False))
        else:
            rule_id = CARRIER_SETUP if carrier else platform.rule_id
            found.append(Mention(platform.text, platform.start, platform.end, rule_id, specific))
    return found


def _training_platform(text: str, here: SentenceNames, platform: Mention) -> bool:
    """Whether the sentence trains or fine-tunes on `platform` (hardware.training_setup), asked once
    per platform of the sentence."""
    if platform.start not in here.training_platform:
        low = max(here.sentence[0], platform.start - _TRAINING_WINDOW)
        here.training_platform[platform.start] = \
            field_cues()[TRAINING_SETUP].search(text, low, platform.start) is not None
    return here.training_platform[platform.start]


def _unnamed_factor(draft: Draft) -> bool:
    """A factor whose metric the abstract leaves unnamed ("improve the GPU implementation by 3.1x"):
    it may well be a speed, measured where the sentence's platform is; a quality figure (an
    accuracy, a score, "within 3.3 dB of the bound") does not depend on where it ran."""
    return draft.kind == "ratio" and draft.metric_text.lower() == UNNAMED_METRIC


def _listed_after_purpose(text: str, found: list[Mention], start: int) -> bool:
    """Whether the platform at `start` continues a list whose platform before it is a target of
    use ("potential for deployment on UAVs and edge devices": both are targets)."""
    if not found or found[-1].rule_id != PURPOSE:
        return False
    return field_cues()["hardware.name_list"].fullmatch(text, found[-1].end, start) is not None


def _set_up_on(doc: Document, original: Platform) -> bool:
    """Whether the sentence sets the work up on the robot, drone or vehicle `original` (original
    offsets): a set-up word before it ("with a 3-DoF Delta robot", "using a nano-drone platform")
    and no noun after it that makes it a modifier ("robot manipulation domains", "UAV fault logs")."""
    cues = field_cues()
    text = doc.original
    return cues[CARRIER_SETUP].search(text, max(0, original.start - _SETUP_WINDOW), original.start) is not None \
        and match_at(cues["hardware.carrier_modifier"], text, original.end) is None


def _bare_singular(text: str) -> bool:
    """A class word that can point back to one product: one word, singular ("GPU", "On-device"),
    not a class in general ("modern GPUs", "edge devices")."""
    return " " not in text and not text.endswith("s")


def _one_named_product(doc: Document, specific_ids: frozenset[str]) -> dict[str, Platform]:
    """Per hardware class, the product the abstract names where it names exactly one of that
    class (resources and designed silicon aside): a class word after it refers back to it."""
    products: dict[str, Platform] = {}
    several: set[str] = set()
    for platform in doc.platforms:
        if platform.rule_id not in specific_ids or platform.hw_class in several:
            continue
        first = products.setdefault(platform.hw_class, platform)
        if first is not platform and first.name.casefold() != platform.name.casefold():
            several.add(platform.hw_class)
    return {hw_class: product for hw_class, product in products.items() if hw_class not in several}


def claim_hardware(text: str, draft: Draft, here: SentenceNames, breaks: list[int]) -> Choice | None:
    """The platform of the claim's own sentence that belongs to it, if any. `breaks` are the
    clause breaks of the text (semicolons outside brackets, in order)."""
    if not here.platforms:
        return None
    items, purpose = _measurable(here)
    if not items:
        return None, purpose
    found = in_place(text, draft, here, items)
    items = _around(draft, here, items)
    if found is not None:
        return _with_list(text, items, found) if found[1][0] == "context.right_after" else found
    rule: tuple[str, ...] = ()
    if draft.metric not in MEASURED_ON_HARDWARE and not _unnamed_factor(draft):
        own = [i for i in items if i.start < draft.end or not here.family_between(MEASURED_ON_HARDWARE, draft.end, i.start)]
        if len(own) < len(items):
            if not own:
                return None, (OTHER_FIGURE,)
            items, rule = own, (OTHER_FIGURE,)
        made = [i for i in items if i.end > draft.start or not _training_platform(text, here, i)]
        if len(made) < len(items):
            if not made:
                return None, (*rule, TRAINING_SETUP)
            items, rule = made, (*rule, TRAINING_SETUP)
    start, end = here.sentence
    concessive = match_at(field_cues()["hardware.concessive"], text, start, end)
    if concessive and draft.start >= concessive.end():
        # "While GPUs exhibit lower latency, our accelerator improves PDP by 44.4x": the platform
        # of the contrast is not where the claim was measured.
        items = [i for i in items if i.start >= concessive.end()]
        rule = ("hardware.concessive",)
        if not items:
            return None
    low, high = clause_bounds(breaks, draft, here.sentence)
    clause = [i for i in items if low <= i.start < high]
    if clause and len(clause) < len(items):
        items, rule = clause, (*rule, "context.hardware_clause")
    value, rules = nearest(draft, items, [i for i in items if i.end <= draft.start],
                           [i for i in items if i.start >= draft.end], prefer_specific=True)
    return _with_list(text, items, (value, (*purpose, *rule, *rules)))


def _measurable(here: SentenceNames) -> tuple[list[Mention], tuple[str, ...]]:
    """The sentence's platforms but its targets of use (hardware.purpose), with that rule where it set
    any aside; once per sentence."""
    if here.measurable_platforms is None:
        items = here.platforms
        if any(item.rule_id == PURPOSE for item in items):
            here.measurable_platforms = [item for item in items if item.rule_id != PURPOSE], (PURPOSE,)
        else:
            here.measurable_platforms = items, ()
    return here.measurable_platforms


def _around(draft: Draft, here: SentenceNames, items: list[Mention]) -> list[Mention]:
    """The `_REACH` platforms of `items` before the claim and as many from it on, found by bisection."""
    if len(items) <= 2 * _REACH:
        return items
    at = bisect_left(here.index(items).starts, draft.start)
    return items[max(0, at - _REACH):at + _REACH]


def _with_list(text: str, items: list[Mention], found: Choice) -> Choice:
    """The chosen platform with the platforms listed right after it: "on NVIDIA's Grace Hopper
    GH200 and Grace Blackwell GB200 architectures"."""
    gap = field_cues()["hardware.name_list"]
    position = next(i for i, item in enumerate(items) if item.text == found[0])
    names = [item.text for item in listed_run(text, items[position], items[position + 1:], gap)]
    if len(names) == 1:
        return found
    return " and ".join(names), ("context.hardware_list", "hardware.name_list", *found[1])


def neighbour_platform(text: str, platforms_in: dict[int, list[Mention]], spans: list[tuple[int, int]],
                       index: int, background: set[int] = frozenset()) -> Choice | None:
    """The platform the sentence before (else after) sentence `index` states its set-up with.
    A `background` sentence (prior work or the field: "Tiny deep learning on microcontroller units
    is challenging") names no platform of the paper's (spec section 4), so it lends none."""
    setup = field_cues()["hardware.neighbour_setup"]
    target = field_cues()["hardware.neighbour_target"]
    # "On this device, ..." runs where the sentence before points, even at a target of deployment.
    refers_back = field_cues()["hardware.refers_back"].search(text, *spans[index]) is not None
    comparison = word_pattern("words.comparison")
    targeted = False
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(spans) or neighbour in background:
            continue
        start = spans[neighbour][0]
        found, in_apposition = _set_up_platforms(text, platforms_in.get(neighbour, []), start, setup, comparison)
        untargeted = [p for p in found if not target.search(text, max(start, p.start - _TARGET_WINDOW), p.start)]
        kept = found if refers_back else untargeted
        targeted = targeted or len(kept) < len(found)
        if kept:
            chosen = next((p for p in kept if p.specific), kept[0])
            pointed = ("hardware.refers_back",) if len(untargeted) < len(kept) else ()
            pointed += (NAMED_INSTANCE,) if chosen.start in in_apposition else ()
            return chosen.text, ("context.neighbour_sentence", "hardware.neighbour_setup", *pointed, chosen.rule_id)
    # Traced (a value of None) so that `claims explain` shows why the neighbour lent nothing.
    return (None, ("hardware.neighbour_target",)) if targeted else None


def _set_up_platforms(text: str, platforms: list[Mention], start: int, setup: Pattern,
                      comparison: Pattern) -> tuple[list[Mention], set[int]]:
    """The platforms of a neighbour sentence (from `start`) that a set-up word names: those it stands
    before, and a product in apposition right after one of its class words ("on low-power edge
    hardware such as the NVIDIA Jetson Orin Nano Super": hardware.named_instance), with the starts
    of the latter."""
    instance = field_cues()[NAMED_INSTANCE]
    found: list[Mention] = []
    in_apposition: set[int] = set()
    for platform in platforms:
        if platform.rule_id == PURPOSE or comparison.search(text, start, platform.start):
            continue
        if setup.search(text, max(start, platform.start - _SETUP_WINDOW), platform.start):
            found.append(platform)
        elif platform.specific and found and not found[-1].specific \
                and 0 <= platform.start - found[-1].end <= _APPOSITION_GAP \
                and instance.fullmatch(text, found[-1].end, platform.start) is not None:
            found.append(platform)
            in_apposition.add(platform.start)
    return found, in_apposition


class EarlierFullNames:
    """The full name an earlier platform mention gives a baseline of one or two words: "NVIDIA
    Jetson AGX Orin" for "Jetson", "Intel Xeon Gold 6248 CPU" for "Xeon CPU". The abstract's
    platforms are read once, into the first longer one holding each run of one or two words."""

    def __init__(self, platforms: list[Platform]) -> None:
        self._platforms = platforms
        self._first: dict[tuple[str, ...], Platform] | None = None

    def of(self, baseline: tuple[str, tuple[str, ...]], before: int) -> tuple[str, tuple[str, ...]] | None:
        name, rules = baseline
        words = tuple(name.lower().split())
        if not words or len(words) > 2:
            return None
        if self._first is None:
            self._first = {}
            for platform in self._platforms:
                longer = platform.text.lower().split()
                for size in (1, 2):
                    for i in range(len(longer) - size + 1 if len(longer) > size else 0):
                        self._first.setdefault(tuple(longer[i:i + size]), platform)
        platform = self._first.get(words)
        if platform is None or platform.start >= before:
            return None
        return platform.text, (*rules, "baseline.earlier_full_name")
