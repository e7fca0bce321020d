"""The name a paper gives its own system (CLAIMS_SPEC.md section 2 `method`, section 7 "Method").

The rules and their order are documented in patterns/context/methods.yaml. The answer is one
string for the whole paper, or None where the paper gives its work no name: a description such as
"our approach" or "the proposed network" is not a name.

>>> method_name("DynaGraph: Lightweight Multi-Model Interaction", "We study LLMs.")
'DynaGraph'
>>> method_name("Faster Attention", "We propose Active Token Skipping (ATS), a plug-in.")
'ATS'
>>> method_name("Rethinking Token Reduction", "We propose a unified token reduction method.") is None
True
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import regex

from ..matching import budget
from .rulebook.names import MethodRules, field_cues, method_rules
from .sentences import split_sentences

__all__ = ["ClaimSubject", "claim_subjects", "method_decision", "method_name"]

# LaTeX and Markdown emphasis around names ("\textbf{BRAVE}", "$HE^2$", "**X**") is dropped
# before matching; the answer is a string, so no offsets need keeping.
_MARKUP = regex.compile(r"\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf)\{([^{}]{0,80})\}")
_MARKUP_CHARS = regex.compile(r"\$|\*\*")
_ACRONYM_TAIL = regex.compile(r"(?:\s+[\p{L}\d-]{1,30}){0,6}?\s*\(([^()\s]{2,30})\)")
_TITLE_PREFIX = regex.compile(r"^\s*([^:]{1,60}?)\s*:")
_PREFIX_TOKEN = regex.compile(r"^[\p{L}\d][\p{L}\d^+.\-]{0,40}$")
_HAS_CAPITAL = regex.compile(r"\p{Lu}")
_INNER_CAPITAL_OR_DIGIT = regex.compile(r"^.+?[\p{Lu}\d]")
# Hyphens split words here: "accuracy-enhanced Hybrid Temporal Computing (E-HTC)" has an "enhanced".
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d']{0,40}")
# A name the title gives in lower case or as a phrase, introduced as the system in the abstract.
_INTRODUCED = (r"(?i:\b(?:propos|present|introduc|develop|design|build|built|creat|devis)\w{0,3}\s+(?:the\s+)?{NAME}"
               r"(?:\s*\([^()]{1,20}\))?,\s+an?\s+(?:[\w-]+\s+){0,4}?(?:framework|method|system|mechanism|approach|"
               r"technique|algorithm|tool|library|model|architecture|compiler|scheduler|accelerator|pipeline|engine|"
               r"protocol|scheme|strategy|paradigm|runtime|agent)s?\b)")
_WINDOW = 300          # characters after the proposal verb in which its name is looked for
# A claim's subject (method.claim_subject): the words that may open its clause before it, the
# determiners skipped on the way, and the list words that join several names.
_CLAUSE_OPENERS = frozenset({"that", "while", "whereas", "but", "where", "when", "then", "thus",
                             "hence", "so", "whilst"})
_DETERMINERS = frozenset({"the", "our", "both", "all", "only", "even", "each"})
# Named examples of a class open the subject they name: "top models like GPT-4o achieve".
_EXAMPLE_OPENERS = frozenset({"including", "like", "especially", "notably", "namely"})
# "conventional WV loses over 20% accuracy": a word of prior work before a name is part of the
# subject (the baseline system that the number belongs to).
_PRIOR_WORK = frozenset({"conventional", "standard", "vanilla", "naive", "naïve", "original", "baseline",
                         "traditional", "plain", "default", "classical", "classic", "existing", "unmodified"})
_PREVIOUS_WORD = regex.compile(r"(\S+)\s+$")
_LIST_SPLIT = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_LIKE = regex.compile(r"^.+\p{Lu}|[\d_.\-^+]")
_CAPITALIZED = regex.compile(r"\p{Lu}[\p{L}\d_.\-^+]{0,30}")
_CLAUSE_END = regex.compile(r"[,;)]")
# method.subject_phrase: the words a lower-case subject is made of, the words that end it, and
# the heads that name no particular system (the paper's own, a pronoun, a result, a metric).
_PHRASE_WORD = regex.compile(r"\p{Ll}[\p{Ll}\d-]{1,30}")
_PHRASE_STOPS = frozenset({"the", "a", "an", "our", "this", "these", "those", "that", "its", "their", "which",
                           "and", "or", "of", "in", "on", "for", "with", "by", "to", "from", "at", "as", "while",
                           "whereas", "when", "where", "then", "thus", "hence", "so", "also", "further", "it",
                           "they", "we", "results", "result", "is", "are", "was", "were", "not", "only", "both", "proposed",
                           "presented", "new", "novel"})
_GENERIC_HEADS = frozenset({
    "method", "methods", "approach", "approaches", "system", "systems", "model", "models", "framework",
    "design", "technique", "algorithm", "scheme", "pipeline", "solution", "work", "paper", "study",
    "experiments", "evaluation", "analysis", "implementation", "architecture", "network", "tool",
    "strategy", "strategies", "mechanism", "mechanisms", "module", "modules", "techniques", "it", "this", "training", "fine-tuning", "optimization",
    "accuracy", "latency", "throughput", "performance", "energy", "memory", "error", "cost", "speed",
    "time", "efficiency", "quality", "usage", "consumption", "overhead", "power", "rate", "score"})


class ClaimSubject(NamedTuple):
    """A clause's subject: the claims of its sentence after `end` belong to `name` (None: to the
    paper's own system) until the next subject; `parts` are a list's names ("X and Y")."""

    end: int
    sentence_end: int
    name: str | None
    parts: tuple[str, ...]
    rule_id: str


def method_name(title: str, abstract: str, sentences: list[tuple[int, int]] | None = None) -> str | None:
    """The name the paper gives its system, from its title and abstract; None where it has none.

    `sentences`, when the caller has them, are `split_sentences(abstract)`: they spare a second
    split where the abstract holds no markup to drop.
    """
    return method_decision(title, abstract, sentences)[0]


def method_decision(title: str, abstract: str, sentences: list[tuple[int, int]] | None = None) \
        -> tuple[str | None, tuple[str, ...]]:
    """`method_name`, and the rules of patterns/context/methods.yaml that found it."""
    rules = method_rules()
    text = _without_markup(abstract or "")
    title = _without_markup(title or "")
    spans = sentences if sentences is not None and text == abstract else None
    for frame in (lambda: _from_title(title, text, rules), lambda: _from_proposal(text, rules, spans),
                  lambda: _from_apposition(text, rules), lambda: _from_subject(text, rules)):
        found = frame()
        if found is not None and found[0]:
            return found
    return None, ()


def _without_markup(text: str) -> str:
    # Most abstracts hold no markup: the characters every markup match needs are looked for first.
    if "\\" in text:
        text = _MARKUP.sub(r"\1", text)
    if "$" in text or "**" in text:
        text = _MARKUP_CHARS.sub("", text)
    return text


def _is_name(candidate: str, rules: MethodRules) -> bool:
    return bool(candidate) and not rules.not_name.fullmatch(candidate)


def _with_acronym(name: str, text: str, end: int, rules: MethodRules) -> str:
    """`Pruning-as-Search (PaS)` names the system by its acronym: prefer it."""
    match = rules.following_acronym.match(text, end)
    if match and _is_name(match["acr"], rules):
        return match["acr"]
    return name


def _from_title(title: str, text: str, rules: MethodRules) -> tuple[str, tuple[str, ...]] | None:
    match = _TITLE_PREFIX.match(title)
    if not match:
        return None
    prefix = match[1]
    tokens = prefix.split()
    if not 1 <= len(tokens) <= 3 or not all(_PREFIX_TOKEN.match(t) for t in tokens):
        return None
    if tokens[0].lower() in rules.reject_prefixes or not _is_name(prefix, rules):
        return None
    # Several words must look like one name ("MCUNet V2"), not a phrase ("Less Is More"), and a
    # name holds a capital; "e-boost: ..." and "Knowledge Grafting: ..." are names all the same
    # where the abstract introduces them as its system ("we present e-boost, a novel framework").
    looks_like_name = all(_HAS_CAPITAL.search(t) for t in tokens) and \
        (len(tokens) == 1 or any(_INNER_CAPITAL_OR_DIGIT.match(t) for t in tokens))
    if not looks_like_name and not _introduced(prefix, text):
        return None
    at = text.find(prefix)
    return (_with_acronym(prefix, text, at + len(prefix), rules) if at >= 0 else prefix,
            (rules.frame_rules["title_prefix"],))


def _introduced(name: str, text: str) -> bool:
    """Whether `text` introduces `name` as the paper's system: a proposal verb, the name, then
    an apposition that calls it a system ("introducing knowledge grafting, a novel mechanism")."""
    if name.lower() not in text.lower():
        return False
    return regex.search(_INTRODUCED.replace("{NAME}", regex.escape(name)), text) is not None


def _from_proposal(text: str, rules: MethodRules, sentences: list[tuple[int, int]] | None = None) \
        -> tuple[str, tuple[str, ...]] | None:
    for start, end in split_sentences(text) if sentences is None else sentences:
        # A word alternation is slow in `regex`, which tries every word at every place: the
        # scanner tries the pattern only where one of the words begins.
        for verb in rules.verb.scan(text, start, end)[0]:
            if not rules.subject.search(text, start, verb.start()):
                continue
            found = _name_after(text, verb.end(), min(end, verb.end() + _WINDOW), rules)
            if found is not None and found[0]:
                return found[0], (rules.frame_rules["proposal"], rules.frame_rules[found[1]])
    return None


def _name_after(text: str, start: int, end: int, rules: MethodRules) -> tuple[str, str] | None:
    """The first name a proposal frame finds after the verb, with the frame."""
    found: list[tuple[int, str, str]] = []
    name_start = start + len(text[start:end]) - len(text[start:end].lstrip())
    windowed = iter(rules.in_window.scan(text, start, end))   # the other frames' matches, in order
    for frame, pattern in rules.in_proposal:
        if frame == "direct":
            match = pattern.match(text, name_start, end)
            matches = [match] if match else []
        else:
            matches = next(windowed)
        for match in matches:
            name = match["name"]
            if not _is_name(name, rules):
                continue
            if frame == "acronym" and not _initial_of_description(name, text, start, match.start()):
                continue
            if frame == "called":
                name = _acronym_after_description(name, text, match.end("name"), end, rules)
            else:
                name = _with_acronym(name, text, match.end("name"), rules)
            found.append((match.start(), name, frame))
            break
    return min(found)[1:] if found else None


def _initial_of_description(acronym: str, text: str, start: int, paren: int) -> bool:
    # "(LASNet)" after "a latency-aware ... network": some word of the description starts with
    # the acronym's first letter; "(XYZ)" after "dataflow graphs" does not name the system.
    words = _WORD.findall(text, max(start, paren - 120), paren)[-8:]
    return any(word[0].lower() == acronym[0].lower() for word in words)


def _acronym_after_description(name: str, text: str, pos: int, end: int, rules: MethodRules) -> str:
    # "called Active Separation via Offset (ASSET)": the acronym closing the description wins.
    tail = _ACRONYM_TAIL.match(text, pos=pos, endpos=end)
    if tail and _HAS_CAPITAL.search(tail[1]) and _is_name(tail[1], rules):
        return tail[1]
    return name


def _from_apposition(text: str, rules: MethodRules) -> tuple[str, tuple[str, ...]] | None:
    found = []
    for matches in rules.in_abstract.scan(text, timeout=budget(len(text))):
        for match in matches:
            if _is_name(match["name"], rules):
                found.append((match.start(), _with_acronym(match["name"], text, match.end("name"), rules)))
                break
    return (min(found)[1], (rules.frame_rules["apposition"],)) if found else None


def _from_subject(text: str, rules: MethodRules) -> tuple[str, tuple[str, ...]] | None:
    counts: Counter[str] = Counter()
    for cue in rules.subject_verbs:
        for match in cue.finditer(text):
            if _is_name(match["name"], rules):
                counts[match["name"]] += 1
    ranked = [(n, name) for name, n in counts.most_common() if n >= rules.min_subject_count]
    return (ranked[0][1], (rules.frame_rules["subject"],)) if ranked else None


def claim_subjects(text: str, sentences: list[tuple[int, int]], excluded: frozenset[str] = frozenset(),
                   wanted: set[int] | None = None, phrases: bool = False) -> list[ClaimSubject]:
    """The subjects of result verbs in `text` (normalized, as `sentences` split it), in text order:
    the names the numbers after them belong to (patterns/context/methods.yaml, method.claim_subject,
    method.claim_self, method.claim_pronoun). `excluded` are names that are no system (the paper's
    datasets and platforms); `wanted`, the indices of the sentences that hold claims: only they and
    the sentences before them (whose subject a pronoun may continue) are read."""
    rules = method_rules()
    found: list[tuple[int, int, str | None, tuple[str, ...], str]] = []
    starts = [start for start, _ in sentences]
    indices = range(len(sentences)) if wanted is None else sorted({j for i in wanted for j in (i - 1, i) if j >= 0})
    scanned: list[list] = [[] for _ in range(sum(rules.claim_counts))]
    for index in indices:
        for kind, matches in enumerate(rules.claim_scan.scan(text, *sentences[index])):
            scanned[kind].extend(matches)
    subject_count, self_count, _ = rules.claim_counts
    self_matches = [m for found_by in scanned[subject_count:subject_count + self_count] for m in found_by]
    pronoun_matches = [m for found_by in scanned[subject_count + self_count:] for m in found_by]
    for (cue, _), anchors in zip(rules.claim_subjects, scanned):
        for match in _before_anchors(cue, text, anchors):
            sentence = sentences[_sentence_of(starts, match.start())]
            relative = match.groupdict().get("relative") is not None
            subject = _subject_name(text, match.start("name"), match.end("name"), sentence[0], rules, relative)
            if subject is None:
                continue
            start, parts = subject
            if any(part in excluded or rules.not_subject.fullmatch(part) for part in parts):
                continue
            # "compared to ResNet-50, which reaches 76.1%, ...": a relative clause's subject owns
            # the numbers of that clause only (up to its comma, semicolon or bracket).
            scope_end = _clause_end(text, match.end(), sentence[1]) if relative else sentence[1]
            found.append((match.end(), scope_end, text[start:match.end("name")], parts,
                          rules.frame_rules["claim_subject"]))
    if phrases:
        found.extend(_phrase_subjects(text, sentences, indices, {item[0] for item in found}))
    for match in self_matches:
        sentence = sentences[_sentence_of(starts, match.start())]
        found.append((match.end(), sentence[1], None, (), rules.frame_rules["claim_self"]))
    for match in pronoun_matches:
        index = _sentence_of(starts, match.start())
        lead = text[sentences[index][0]:match.start()].strip()
        if lead and not lead.endswith(","):
            continue                 # a pronoun that opens its sentence, or follows a lead-in
        found.append((match.end(), sentences[index][1], "", (), rules.frame_rules["claim_pronoun"]))
    subjects: list[ClaimSubject] = []
    for item in sorted(found, key=lambda item: item[0]):
        if item[2] == "":
            # "OVBEVSeg achieves 15.3 mIoU. Furthermore, it achieves 2.5x faster inference": the
            # pronoun is the subject named last in the sentence before.
            last = subjects[-1] if subjects else None
            if last is None or last.name is None or _sentence_of(starts, last.end) != _sentence_of(starts, item[0]) - 1:
                continue
            item = (item[0], item[1], last.name, last.parts, item[4])
        subjects.append(ClaimSubject(*item))
    return subjects


def _phrase_subjects(text: str, sentences: list[tuple[int, int]], indices, taken: set[int]) -> list:
    """method.subject_phrase (patterns/context/fields.yaml): in a paper that names no system of
    its own, a lower-case noun phrase that opens its clause and does something to an object ("the
    dynamic loop cache reduces instruction fetches by 48.3%", "symmetric topologies improve
    utilization by up to 6X") is what the numbers after it belong to."""
    verb = field_cues()["method.subject_phrase"]
    found = []
    for index in indices:
        start, end = sentences[index]
        for match in verb.finditer(text, start, end):
            if match.end("verb") in taken:
                continue            # a named subject already owns this verb
            phrase = _phrase_before(text, match.start(), start)
            if phrase is not None:
                # A phrase's subject owns its clause only: "..., while the static cache achieves" is another's.
                found.append((match.end("verb"), _clause_end(text, match.end("verb"), end), phrase, (phrase,),
                              "method.subject_phrase"))
    return found


def _phrase_before(text: str, verb_start: int, sentence_start: int) -> str | None:
    """The lower-case noun phrase of one to four words right before a verb (an adverb between
    them skipped), where it opens its clause and is no pronoun, self-reference or generic noun."""
    words: list[regex.Match] = []
    position = verb_start
    while len(words) < 5:
        before = _PREVIOUS_WORD.search(text, max(sentence_start, position - 40), position)
        if not before:
            break
        word = before[1]
        if word.lower() in _PHRASE_STOPS:
            break
        opening = before.start(1) <= sentence_start + 1        # "Symmetric topologies improve"
        if not (_PHRASE_WORD.fullmatch(word) or opening and _PHRASE_WORD.fullmatch(word[:1].lower() + word[1:])):
            break
        words.append(before)
        position = before.start(1)
    while words and words[0][1].endswith("ly"):
        words.pop(0)              # "generally enhances": the adverb is no part of the subject
    if not 1 <= len(words) <= 4:
        return None
    opener = text[max(sentence_start, position - 12):position].rstrip()
    previous = opener.rsplit(None, 1)[-1] if opener.split() else ""
    if not (position <= sentence_start or previous[-1:] in ",;:(" or previous.lower() in _CLAUSE_OPENERS
            or previous.lower() == "the"):
        return None
    if previous.lower() == "the" and len(words) == 1:
        return None             # "the engine achieves": the paper's own system, by its kind
    if previous.lower() == "the":
        article = text[max(sentence_start, position - 40):position].rstrip()[:-3].rstrip()
        last = article.rsplit(None, 1)[-1] if article.split() else ""
        if article and last[-1:] not in ",;:(" and last.lower() not in _CLAUSE_OPENERS:
            return None
    phrase = text[words[-1].start(1):words[0].end(1)]
    if words[0][1].lower() in _GENERIC_HEADS:
        return None
    return phrase


def _before_anchors(cue: regex.Pattern, text: str, anchors: list) -> list:
    """The matches of `cue` that end where an anchor (its verb) ends, its name starting at one of
    the four words before the verb."""
    found = []
    for anchor in anchors:
        position, words = anchor.start(), 0
        floor = max(0, position - 90)
        while position > floor and words < 4:
            position -= 1
            while position > floor and text[position - 1].isspace():
                position -= 1
            while position > floor and not text[position - 1].isspace():
                position -= 1
            words += 1
            # "the best model (Mistral) achieved": a name in brackets starts inside them.
            match = cue.match(text, position + (text[position] == "("), anchor.end())
            if match is not None and match.end() == anchor.end():
                found.append(match)
                break
    return found


def _sentence_of(starts: list[int], position: int) -> int:
    from bisect import bisect_right
    return max(0, bisect_right(starts, position) - 1)


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    found = _CLAUSE_END.search(text, start, sentence_end)
    return found.start() if found else sentence_end


def _subject_name(text: str, start: int, end: int, sentence_start: int, rules: MethodRules,
                  relative: bool = False) -> tuple[int, tuple[str, ...]] | None:
    """Where the subject ending at `end` starts and its names, reading back over capitalized
    words and a list ("HD-PV and HARP"); None where it does not open a clause or is no name.
    The subject of a relative clause ("than C-DL models that achieve") opens that clause."""
    if start > sentence_start and not (text[start - 1].isspace() or text[start - 1] in "(\"'“‘"):
        return None             # "PPMA-T/S/B models": a name starts at a word's start
    parts = [text[start:end]]
    floor = max(sentence_start, start - 120)
    listed = False
    for _ in range(6):
        before = _PREVIOUS_WORD.search(text, floor, start)
        if not before:
            break
        word = before[1]
        if word.lower() == "and" and not listed:              # "HD-PV and HARP"
            earlier = _PREVIOUS_WORD.search(text, floor, before.start())
            name = earlier[1].rstrip(",") if earlier else ""
            if not (_CAPITALIZED.match(name) and _NAME_LIKE.search(name)):
                break
            parts.insert(0, name)
            start, listed = earlier.start(1), True
        elif word == "+" and not listed:                       # "GPT-5.5 + Codex", "mCLIP + Gemini Pro Vision"
            earlier = _PREVIOUS_WORD.search(text, floor, before.start())
            name = earlier[1] if earlier else ""
            if not _NAME_LIKE.search(name) or name.lower() in _DETERMINERS or rules.not_subject.fullmatch(name):
                break
            parts[0] = text[earlier.start(1):end]
            start = earlier.start(1)
        elif listed and word.endswith(",") and _CAPITALIZED.match(word) and _NAME_LIKE.search(word[:-1]):
            parts.insert(0, word[:-1])                      # "A, B and C"
            start = before.start(1)
        elif not listed and _CAPITALIZED.fullmatch(word) and not rules.not_subject.fullmatch(word):
            parts[0] = text[before.start(1):end]            # "Granite Guardian"
            start = before.start(1)
        elif not listed and word.lower() in _PRIOR_WORK:
            parts[0] = text[before.start(1):end]            # "conventional WV"
            start = before.start(1)
            break
        else:
            break
    if not relative and not _opens_clause(text, start, sentence_start):
        return None
    single = len(parts) == 1 and " " not in parts[0]
    opening = text[sentence_start:start].strip(" \"'“‘(").lower()
    if single and not _NAME_LIKE.search(parts[0]) and opening in ("", "the", "our"):
        return None             # "Accuracy improves": a capitalized word opening the sentence
    return start, tuple(parts)


def _opens_clause(text: str, start: int, sentence_start: int) -> bool:
    position = start
    while True:
        before = _PREVIOUS_WORD.search(text, max(sentence_start, position - 60), position)
        if not before:
            return True
        word = before[1]
        if word[-1] in ",;:(" or word in ("--", "—", "–", "-"):
            return True
        if word.lower() in _DETERMINERS:
            position = before.start(1)
            continue
        if word.lower() == "and":           # ", and Y reaches": a new clause; "by X and Y" is a list
            return text[:before.start(1)].rstrip().endswith(",")
        if word.lower() in _EXAMPLE_OPENERS or (word.lower() == "as" and _PREVIOUS_WORD.search(
                text, max(sentence_start, before.start(1) - 20), before.start(1)) is not None and
                _PREVIOUS_WORD.search(text, max(sentence_start, before.start(1) - 20), before.start(1))[1].lower() == "such"):
            return True             # "state-of-the-art models, including DeepSeek-R1 and Claude-4.0-Sonnet, achieve"
        return word.lower() in _CLAUSE_OPENERS
