"""Find the benchmarks and datasets a text names (CLAIMS_SPEC.md section 2, field `dataset`).

Rules live in patterns/datasets.yaml: a vocabulary of known benchmarks with their spellings,
compiled into one regex, and frames ("on the X dataset", "X and Y benchmarks", "datasets such as
X, Y and Z", "on X and Y") that catch names the vocabulary lacks. A vocabulary hit wins over a
frame hit on the same characters.

>>> [m.name for m in find_datasets("Experiments on StrategyQA, MATH, and FinQA (87.6% on ILSVRC-2012).")]
['StrategyQA', 'MATH', 'FinQA', 'ImageNet']
"""
from __future__ import annotations


import regex

from ..matching import budget, compiled, match_at
from .names import Name, TakenRanges, overlaps
from .rulebook.cues import word_pattern
from .rulebook.names import DatasetRules, dataset_rules

__all__ = ["find_datasets"]

# A context word marks "MATH"/"ARC" as the benchmark and not the school subject or a processor.
_CONTEXT_BEFORE = compiled(r"\b(?:on|of|in|across)\s+(?:the\s+)?$", regex.IGNORECASE)
_CONTEXT_AFTER = compiled(r"^\s+(?:benchmarks?|datasets?|test\s+set|split)\b", regex.IGNORECASE)
_TOKEN_SPLIT = compiled(r"\s+")
_NON_SPACE = compiled(r"\S+")
# A name is distinctive when it could hardly be an ordinary capitalized word: it holds a digit,
# a capital after its first letter, or a hyphen ("NYUv2", "ScanNet", "HKU-IS").
_DISTINCTIVE = compiled(r"^.[^\s]*?(?:\d|\p{Lu}|-)")
_ROMAN = compiled(r"[IVX]{2,5}")         # "Basel III", "Phase II": an ordinary word numbered


def find_datasets(text: str) -> list[Name]:
    """Every benchmark or dataset named in `text`, in order of position, canonical names.

    >>> [(m.name, m.text) for m in find_datasets("top-1 on ImageNet-1K; mIoU on the Foo-3D dataset")]
    [('ImageNet', 'ImageNet-1K'), ('Foo-3D', 'Foo-3D')]
    """
    rules = dataset_rules()
    vocabulary, *frames = rules.scanner.scan(text, timeout=budget(len(text)))
    found = _vocabulary_mentions(text, vocabulary, rules)
    # A frame's mention is kept where it overlaps none found before it. Where those are apart
    # (the vocabulary's are), the neighbours by position are the only ones it could overlap.
    apart = all(a.end <= b.start for a, b in zip(found, found[1:]))
    taken = TakenRanges((m.start, m.end) for m in found) if apart else None
    framed = []
    tasks = _task_acronyms(text)
    task_name = word_pattern("words.task_name")     # "VQA accuracy", "NLI datasets": common tasks
    held_back = []
    for mention in _frame_mentions(text, frames, rules):
        if mention.rule_id == BENCH_NAMED_RULE:
            held_back.append(mention)
            continue
        if mention.text in tasks or task_name.fullmatch(mention.text) or _counted_kind(text, mention) \
                or _kind_after_article(text, mention):
            continue        # "on open-domain VQA benchmarks" after "Visual Question Answering (VQA)"
        if taken is not None:
            if not taken.claim(mention.start, mention.end):
                continue
        elif any(overlaps(mention, other) for other in found):
            continue
        found.append(mention)
        framed.append(mention)
    found.extend(_recurrences(text, framed, found))
    found.extend(_unread(found, held_back))
    found.extend(_list_neighbours(text, found, rules))
    found.extend(_defined_acronyms(text, found))
    systems = _own_systems(text)
    if systems:
        found = [m for m in found if m.text.lower() not in systems or m.rule_id in _INTRODUCED_DATA]
    return sorted(found, key=lambda m: m.start)


# "Across three public MMKG datasets", "on two standard VLN benchmarks, R2R and RxR", "across 6 VideoQA
# benchmarks": a word that a count and a plural kind word stand around names the kind of data (a task, a
# modality, a language, a source), not one dataset; the datasets themselves are named elsewhere or not at
# all. (Only what a frame read: a name of the vocabulary stays, "two CIFAR-10 benchmarks".)
# The count stands alone (not "0.928" nor "WikiText-103"), and no "and" or "or" lists a name before this one.
_COUNT_BEFORE = compiled(r"(?<![\w.,-])(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                         r"multiple|many|various|numerous|\d{1,3})[ ](?:(?!(?:and|or)[ ])\p{Ll}[\p{Ll}-]{0,20}[ ]){0,3}$")
_PLURAL_KIND_AFTER = compiled(r"[ ](?:\p{Ll}[\p{Ll}-]{0,20}[ ])?(?i:datasets|benchmarks|corpora|data[ ]sets)\b")
_COUNT_WINDOW = 90      # characters before a name where its count and adjectives are looked for


# "on a Natural Language Inference benchmark", "an English dataset", "a Tag-Based scheme": ordinary
# capitalized words after an indefinite article describe a kind of data (a language, a task, a source);
# a name holds a digit or an acronym's capitals ("a FedMKGC benchmark", "a NavR^2-CoT dataset").
_ARTICLE_BEFORE = compiled(r"(?<![\w-])(?i:an?)[ ]$")
_NAME_MARK = compiled(r"\d|\p{Lu}\p{Lu}")


def after_indefinite_article(text: str, start: int) -> bool:
    """Whether "a" or "an" stands right before `start` ("an English dataset", "an LLM-judge accuracy")."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None


def _kind_after_article(text: str, mention: Name) -> bool:
    return after_indefinite_article(text, mention.start) and _NAME_MARK.search(mention.text) is None


def _counted_kind(text: str, mention: Name) -> bool:
    return (match_at(_PLURAL_KIND_AFTER, text, mention.end) is not None
            and _COUNT_BEFORE.search(text, max(0, mention.start - _COUNT_WINDOW), mention.start) is not None)


# A name coined as a benchmark's ("SalBench", "MMLongBench-Doc") is one wherever it stands, but
# only where no other rule read the place: the name a frame found recurs with its version or its
# longer words ("introduces RewardBench 2 ... lower on RewardBench 2 than on the first RewardBench").
BENCH_NAMED_RULE = "dataset.frame.bench_named"


def _unread(found: list[Name], candidates: list[Name]) -> list[Name]:
    """The candidates that overlap no name found."""
    taken = TakenRanges(sorted((m.start, m.end) for m in found))
    return [m for m in candidates if taken.claim(m.start, m.end)]


# "We propose BRACS (Barrier-Regulated ... Steering), a training-free steering framework", "we propose
# MetaWorld, a novel framework": a name the paper gives its own system is the system wherever it
# stands, though a benchmark of the vocabulary is spelled so (BRACS, Meta-World, GenEval). The
# apposition's head says it is a system; one that speaks of data or evaluation ("a benchmark
# framework", "a web-browsing agent benchmark", "a framework and dataset") does not.
_OWN_SYSTEM = compiled(r"\b(?:we|this[ ](?:paper|work|study))[ ](?:propose|introduce|present|develop|design)s?[ ]"
                       r"(?:\\(?:textbf|emph|textit)\{)?(?P<name>\p{Lu}[\w+-]{1,40})\}?(?:[ ]\([^()]{1,80}\))?(?:,|[ ]--?|:)[ ]"
                       r"(?:a|an|the)[ ](?P<words>(?:\S+[ ]){0,5}?)(?:framework|method|approach|model|system|pipeline|"
                       r"architecture|module|technique|algorithm|strategy|agent|network|paradigm)s?\b"
                       r"(?!(?:[ -]\S+){0,3}?[ -](?:benchmarks?|datasets?|data|corpus|corpora|suite|testbed)\b)", regex.IGNORECASE)
# What a frame read as data the paper introduces, or a name coined as a benchmark's ("AblateBench, an
# 840-run empirical framework"), stays data, whatever else the abstract calls it.
_INTRODUCED_DATA = frozenset({"dataset.frame.introduced_benchmark", "dataset.frame.introduced",
                              "dataset.frame.own_apposition", BENCH_NAMED_RULE})
_DATA_WORDS = compiled(r"(?i:benchmark|dataset|data|corpus|evaluation|suite)")


def _own_systems(text: str) -> frozenset[str]:
    """The names, lower-cased, that the text gives its own system."""
    return frozenset(m["name"].lower() for m in _OWN_SYSTEM.finditer(text) if not _DATA_WORDS.search(m["words"]))


def _task_acronyms(text: str) -> frozenset[str]:
    """The acronyms `text` defines as a task ("relation extraction (RE)", "Visual Place Recognition
    (VPR)", words.task_acronym): a frame that reads one before "benchmarks" or "dataset" ("diverse
    open-domain VQA benchmarks", "on three RE datasets") reads the task the data is for, not a name.
    The acronym ends on the task noun's initial, so "object detection (YOLO)" defines no task."""
    found = set()
    for match in word_pattern("words.task_acronym").finditer(text):
        if match["acronym"][-1].lower() == match["initial"].lower():
            found.add(match["acronym"])
    return frozenset(found)


NEIGHBOUR_RULE = "dataset.list_neighbour"
# One item of a list and the list's gap: the item is one token, led by a capital or a digit.
# (Before the item stands no character of a name, nor a capitalized word: "MVTec AD" is one name.)
_LEFT_ITEM = compiled(r"(?<![\w.+&-])(?<![A-Z0-9][\w.+&-]{0,40}[ ])(?P<item>[A-Z0-9][\w.+-]{0,40}[\w+])"
                      r"(?:,[ ](?:and[ ]|or[ ])?|,?[ ](?:and|or)[ ])$")
_RIGHT_ITEM = compiled(r"(?:,[ ](?:and[ ]|or[ ])?|,?[ ](?:and|or)[ ])(?P<item>[A-Z0-9][\w.+-]{0,40}[\w+])"
                       r"(?=[,;:)]|\.(?!\w)|[ ](?:and|or)[ ]|[ ](?i:datasets?|benchmarks?|splits?|test[ ]sets?)\b)")
_NEIGHBOUR_WINDOW = 48      # characters before a name where the item before it and its gap are looked for
# A list whose every item carries its figures in brackets: "on NVOS (92.7% mIoU) and Spin-NeRF (95.2%
# mIoU) benchmarks", "R2R-CE (64.2% SR) and RxR-CE (67.0% SR)". The item past the found name's bracket
# is a neighbour where it has a bracket of its own that holds a figure or closes the list; so is the
# item before it.
_ASIDE = r"[ ]\([^()]{1,60}\)"
_GAP = r"(?:,[ ](?:and[ ]|or[ ])?|,?[ ](?:and|or)[ ])"
_ASIDE_CLOSES = (rf"(?={_ASIDE}(?:[,;:)]|\.(?!\w)|[ ](?:and|or)[ ]|[ ](?i:datasets?|benchmarks?|splits?|test[ ]sets?)\b)"
                 r"|[ ]\([^()]{0,40}?\d[^()]{0,40}\))")
_RIGHT_AFTER_ASIDE = compiled(rf"{_ASIDE}{_GAP}(?P<item>[A-Z0-9][\w.+-]{{0,40}}[\w+]){_ASIDE_CLOSES}")
_LEFT_BEFORE_ASIDE = compiled(rf"(?<![\w.+&-])(?<![A-Z0-9][\w.+&-]{{0,40}}[ ])(?P<item>[A-Z0-9][\w.+-]{{0,40}}[\w+]){_ASIDE}{_GAP}$")
_ASIDE_WINDOW = 120     # characters before a name where the bracketed item before it is looked for


def _list_neighbours(text: str, found: list[Name], rules: DatasetRules) -> list[Name]:
    """The items of a list that holds a dataset found, where they look like names: "across
    ImageNet-LT, CIFAR100-LT, and iNaturalist datasets", "(i.e., MMLU, MMLU-Pro, AGIEval-en, GSM8K,
    and HumanEval)". No frame reads such a list (iNaturalist and nuScenes are no frame's tokens, and
    "(i.e., ..." no frame's words), and the vocabulary lacks the others: a name that looks like one
    (a digit, an inner capital or a hyphen) listed beside a dataset is a dataset of that list. An
    item is one token; one that ends a longer name ("MVTec AD") or goes on into a sentence
    ("On CIFAR-10, FooNet-3 reaches") is none."""
    taken = TakenRanges(sorted((m.start, m.end) for m in found))
    pending, added = list(found), []
    while pending:
        mention = pending.pop()
        for item in _neighbour_items(text, mention):
            start, end = item.span("item")
            surface = item["item"]
            if (not _distinctive(surface) or surface.lower() in rules.stopwords or rules.exclude.fullmatch(surface)
                    or _QUANTITY_SURFACE.fullmatch(surface) or not taken.claim(start, end)):
                continue
            named = Name(surface, start, end, surface, NEIGHBOUR_RULE)
            added.append(named)
            pending.append(named)
    return added


def _neighbour_items(text: str, mention: Name):
    before = _LEFT_ITEM.search(text, max(0, mention.start - _NEIGHBOUR_WINDOW), mention.start)
    if before is not None:
        yield before
    after = match_at(_RIGHT_ITEM, text, mention.end)
    if after is not None:
        yield after
    if text.startswith(" (", mention.end):
        after = match_at(_RIGHT_AFTER_ASIDE, text, mention.end)
        if after is not None:
            yield after
        before = _LEFT_BEFORE_ASIDE.search(text, max(0, mention.start - _ASIDE_WINDOW), mention.start)
        if before is not None:
            yield before




def _recurrences(text: str, framed: list[Name], found: list[Name]) -> list[Name]:
    """Every other place where a name a frame found recurs: "we introduce MM-BrowseComp, a novel
    benchmark ... models on MM-BrowseComp reach only 29%" names the benchmark twice, though only
    its introduction has the frame's words. Only names that look like names recur (a digit, an
    inner capital or a hyphen), whole words, with the rule of the frame that found them."""
    names = {m.text: (m.rule_id, 0) for m in framed if _DISTINCTIVE.match(m.text)}
    return _places_of(text, names, found) if names else []


def _places_of(text: str, names: dict[str, tuple[str, int]], found: list[Name]) -> list[Name]:
    """The places of `names` (each with its rule and the position it is read from) as whole words,
    outside the places a rule already found."""
    # The names of this text alone: compiled here and never kept in the rule cache.
    pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(map(regex.escape, sorted(names, key=len, reverse=True)))
                            + r")(?![\w-])")
    taken = TakenRanges(sorted((m.start, m.end) for m in found))
    return [Name(match[0], match.start(), match.end(), match[0], names[match[0]][0]) for match in pattern.finditer(text)
            if match.start() >= names[match[0]][1] and not taken.overlaps(match.start(), match.end())]


ACRONYM_RULE = "dataset.defined_acronym"
# "UK Biobank (UKB, n=47,390)", "AssetOpsBench (AOB)": a short form the abstract defines for a dataset
# in a bracket right after its name (two capitals at least, not the name itself).
_DEFINED_ACRONYM = compiled(r"[ ]\((?P<acronym>\p{Lu}[\p{L}\d+-]{0,4}\p{Lu}[\p{L}\d+-]{0,4})(?=[,;)])")


def _defined_acronyms(text: str, found: list[Name]) -> list[Name]:
    """The later places of a short form defined for a dataset found ("... in UKB (internal test set)"):
    the abstract then writes the dataset so, and the claim names it as written."""
    defined: dict[str, tuple[str, int]] = {}
    for mention in found:
        match = match_at(_DEFINED_ACRONYM, text, mention.end)
        # "Upfront CoT (UCoT)": a short form that holds the name is a longer thing's (often the paper's method).
        if match is not None and match["acronym"] not in mention.text and mention.text not in match["acronym"] \
                and match["acronym"] not in defined:
            defined[match["acronym"]] = (ACRONYM_RULE, match.end() + 1)    # its places after the definition
    return _places_of(text, defined, found) if defined else []


def _vocabulary_mentions(text: str, matches, rules: DatasetRules) -> list[Name]:
    hits = []
    for match in matches:
        index = int(match.lastgroup[1:])
        hits.append(Name(rules.canonical[index], match.start(), match.end(), match[0], rules.rule_ids[index]))
    kept = []
    for position, hit in enumerate(hits):
        if hit.name in rules.needs_context and not _in_benchmark_context(text, hits, position):
            continue
        kept.append(hit)
    return [named for hit in kept for named in _versions(text, hit)]


# "the Defects4J 1.2 benchmark", "on Defects4j 1.2 and 2.0 datasets": a version written after a
# known name is part of the name as the abstract writes it (the gold keeps it: "Defects4j 1.2").
# The version holds a dot or a "v"; without its "v", the kind word must follow ("1.2 dataset", or
# a list of versions then "datasets"), so that "EM on SQuAD 1.5 points higher" keeps its figure.
# (A later version of the list is no mention of its own: a mention's text is the text it covers.)
_VERSION = r"v?\d{1,2}\.\d{1,2}|v\d{1,2}"
_FIRST_VERSION = compiled(rf"[ -]?(?P<version>{_VERSION})\b")
_MORE_VERSIONS = compiled(rf"(?:,[ ]|,?[ ](?:and|or)[ ])(?:{_VERSION})\b")
_KIND_AFTER = compiled(r"[ ](?:dataset|benchmark|version|split)s?\b")


def _versions(text: str, hit: Name) -> list[Name]:
    first = match_at(_FIRST_VERSION, text, hit.end)
    if first is None:
        return [hit]
    cursor = first.end()
    for _ in range(3):
        more = match_at(_MORE_VERSIONS, text, cursor)
        if more is None:
            break
        cursor = more.end()
    if not (first["version"].startswith("v") or match_at(_KIND_AFTER, text, cursor)):
        return [hit]
    return [Name(hit.name, hit.start, first.end(), text[hit.start:first.end()], hit.rule_id)]


def _in_benchmark_context(text: str, hits: list[Name], position: int) -> bool:
    hit = hits[position]
    if _CONTEXT_BEFORE.search(text[max(0, hit.start - 12):hit.start]):
        return True
    if _CONTEXT_AFTER.match(text[hit.end:hit.end + 24]):
        return True
    # Beside another known benchmark in a list ("GSM8K, MATH and ARC").
    if position > 0 and word_pattern("gap.dataset_list").fullmatch(text, hits[position - 1].end, hit.start):
        return True
    return position + 1 < len(hits) and bool(word_pattern("gap.dataset_list").fullmatch(text, hit.end, hits[position + 1].start))


def _frame_mentions(text: str, frame_matches, rules: DatasetRules) -> list[Name]:
    found: list[Name] = []
    for frame, matches in zip(rules.frames, frame_matches):
        for match in matches:
            group = "list" if "list" in match.groupdict() else "name"
            candidates = list(_items(text, match.start(group), match.end(group), group == "list"))
            names = [c for c in (_clean(text, s, e, rules, frame.rule_id) for s, e in candidates) if c]
            if frame.distinctive and (len(names) < len(candidates)
                                      or not all(_distinctive(m.text) for m in names)):
                continue
            found.extend(names)
    return found


def _distinctive(name: str) -> bool:
    """A name looks like one where any of its words does: "Spider 2.0-Lite", "Abdomen MR-CT" and
    "Amazon Reviews 2023" hold a coined word or a number after a plain first one. A Roman numeral
    is no such word ("Basel III", "Phase II" are ordinary words numbered)."""
    first, *later = name.split()
    return bool(_DISTINCTIVE.match(first)) or any(_DISTINCTIVE.match(w) and not _ROMAN.fullmatch(w) for w in later)



def _items(text: str, start: int, end: int, is_list: bool):
    if not is_list:
        yield start, end
        return
    cursor = start
    for separator in word_pattern("gap.dataset_split").finditer(text, start, end):
        yield _without_aside(text, cursor, separator.start())
        cursor = separator.end()
    yield _without_aside(text, cursor, end)


def _without_aside(text: str, start: int, end: int) -> tuple[int, int]:
    """A list item without the aside in brackets after its name ("BUS-BRA (breast cancer)")."""
    bracket = text.find(" (", start, end)
    return (start, bracket) if bracket > start else (start, end)


def _clean(text: str, start: int, end: int, rules: DatasetRules, rule_id: str) -> Name | None:
    """The candidate without its leading stop words, or None when it is no dataset name."""
    tokens = [(m.start() + start, m.end() + start)
              for m in _NON_SPACE.finditer(text[start:end])]
    while tokens and (text[tokens[0][0]:tokens[0][1]].lower() in rules.stopwords or
                      (len(tokens) > 1 and _SIZE_MODIFIER.fullmatch(text, *tokens[0]))):
        if _opens_a_name(text, tokens, rules):
            break
        tokens.pop(0)
    if not tokens:
        return None
    if any(rules.exclude.fullmatch(text, s, e) for s, e in tokens):
        return None
    surface = text[tokens[0][0]:tokens[-1][1]]
    if _QUANTITY_SURFACE.fullmatch(surface):
        return None     # "3.67X and 3.07X on CIFAR-100": numbers of the claim, not names
    if _PLAIN_WORD.fullmatch(surface) and _opens_sentence(text, tokens[0][0]):
        return None     # "Current benchmarks lack ...", "High-quality datasets are ...": ordinary words
    return Name(surface, tokens[0][0], tokens[-1][1], surface, rule_id)


def _opens_a_name(text: str, tokens: list[tuple[int, int]], rules: DatasetRules) -> bool:
    """A stop word written with a capital inside a sentence, before a capitalized word that is no
    stop word, is the name's first word: "the web-scale Open Images dataset", "the First Proof
    benchmark", "the Real-World Robustness Dataset". At a sentence's start ("Extensive
    experiments", "The FooSet dataset") or before a plain word it is the ordinary word."""
    if len(tokens) < 2 or not _TITLE_WORD.fullmatch(text, *tokens[0]):
        return False
    following = text[tokens[1][0]:tokens[1][1]]
    if following.lower() in rules.stopwords or not following[0].isupper():
        return False
    return _WITHIN_SENTENCE.search(text, max(0, tokens[0][0] - 8), tokens[0][0]) is not None


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or _SENTENCE_END.search(text, max(0, start - 4), start) is not None


# One plain word (or a compound of lower-case words after it), capitalized only because it opens a
# sentence: a frame reads it before a kind word ("Current benchmarks", "Key challenges", "High-quality
# speech datasets", "Theorem-proving benchmarks"), but a name the frames alone find holds a digit or an
# inner capital there ("Multi-TW", "MaSS13K"), or stands after "the" ("The Kvasir dataset"); the plain
# names that open sentences (Cityscapes, Kvasir) are vocabulary, which this does not touch.
_PLAIN_WORD = compiled(r"\p{Lu}\p{Ll}+(?:-\p{Ll}+){0,3}")
_SENTENCE_END = compiled(r"[.!?][\"')”’]?\s+$")
_TITLE_WORD = compiled(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
# The word before is a lower-case word or an article, not a sentence's or a bracket's opening.
_WITHIN_SENTENCE = compiled(r"[\p{Ll},][ ]$")

# "On a 120-query Wikipedia-passage benchmark", "a 5-shot miniBirds benchmark": the size or setting
# written before the name is no part of it.
_SIZE_MODIFIER = compiled(r"\d[\d,.]{0,8}[kKM]?-\p{Ll}[\p{Ll}-]{0,20}")
_QUANTITY_SURFACE = compiled(r"[+-]?\d[\d.,]*\s?(?:[xX×%]|times|fold)?")
