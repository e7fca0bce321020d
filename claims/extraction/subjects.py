"""Who a claim's numbers belong to within its sentence (CLAIMS_SPEC.md section 2 `method`: "the
system the number belongs to"): the subjects of result verbs, named ("CXL-NIC achieves 5.5x"),
the paper's own ("our method reaches"), a pronoun that continues the sentence before ("It also
runs 3.1x faster"), and in a paper with no name of its own a lower-case noun phrase ("the dynamic
loop cache reduces fetches by 48.3%"). The rules are in patterns/context/methods.yaml
(method.claim_subject, method.claim_self, method.claim_pronoun) and patterns/context/fields.yaml
(method.subject_phrase); the paper's own name is methods.py's.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import regex

from ..matching import compiled, match_at
from .clause_opening import CLAUSE_OPENERS, DETERMINERS, MODEL_MODIFIERS, PREVIOUS_WORD, SWITCH, opens_clause
from .names import NAME_LIKE as _NAME_LIKE, listed_name
from .rulebook.names import MethodRules, field_cues, method_rules
from .subject_lists import ENUMERATION, clause_end, closed_at_items, phrase_reach

__all__ = ["ClaimSubject", "claim_subjects"]

# "conventional WV loses over 20% accuracy": a word of prior work before a name is part of the
# subject (the baseline system that the number belongs to).
_PRIOR_WORK = frozenset({"conventional", "standard", "vanilla", "naive", "naïve", "original", "baseline",
                         "traditional", "plain", "default", "classical", "classic", "existing", "unmodified"})
# A describing word between an article and a name (`_describes_after_article`): lower-case
# letters, digits and hyphens, Greek letters included ("t-ω"); ranking words say which of a kind.
_DESCRIBING_WORD = compiled(r"\p{Ll}[\p{Ll}\d-]{1,24}|\d{1,3}-\p{Ll}[\p{Ll}-]{1,20}")
# (A superlative in -est, not "test-time", "forest", "request".)
_RANKING_WORD = compiled(r"(?i:(?!test|forest|contest|request|interest|digest|manifest|protest|suggest|invest|harvest)\w*est(?:-\w+)?|top(?:-\w+)?|worst|leading|winning|first|second|third|last|final|same|other|only)")
_NOT_DESCRIBING = frozenset({"proposed", "presented", "new", "novel", "resulting", "overall", "average",
                             "mean", "median", "total", "combined", "corresponding", "respective", "above",
                             "following", "entire", "whole", "full", "macro", "micro", "relative", "absolute",
                             "peak"})
_CAPITALIZED = compiled(r"\p{Lu}[\p{L}\d_.\-^+]{0,30}")
_RELEASE = compiled(r"v?\d{1,2}(?:\.\d{1,2}){0,2}")
_SIZE = compiled(r"v?\d[\d.]*(?:[KMGT]i?B|[KMBT])?")     # "(7B)", "(1.22MB)": a size, no name
_AFTER_WITH = compiled(r"\s(?i:with)\s+$")
_ASIDE_BEFORE = compiled(r"\s\((?=[^()]{0,40}\d)[^()]{1,40}\)\s*$")
# A name and the words in brackets that spell it out, up to where a subject was read inside them.
_EXPANSION_OPEN = compiled(r"([^\s()]+)\s*\(([^()]{1,120})$")
# method.subject_phrase: the words a lower-case subject is made of, the words that end it, and
# the heads that name no particular system (the paper's own, a pronoun, a result, a metric).
_PHRASE_WORD = compiled(r"\p{Ll}[\p{Ll}\d-]{1,30}")
_PHRASE_STOPS = frozenset({"the", "a", "an", "our", "this", "these", "those", "that", "its", "their", "which",
                           "and", "or", "of", "in", "on", "for", "with", "by", "to", "from", "at", "as", "while",
                           "whereas", "when", "where", "then", "thus", "hence", "so", "also", "further", "it",
                           "they", "we", "results", "result", "is", "are", "was", "were", "not", "only", "both", "proposed",
                           "presented", "new", "novel",
                           # "the best system so far achieves", "each achieves", "yet boosts": no subject;
                           # "recovery can be achieved": a passive names what was achieved, not a system
                           "far", "each", "yet", "now", "already", "be", "been", "being"})
# A modal or adverb of frequency between the subject and its verb ("filtering can reduce", "reasoning
# often boosts") is no part of the subject, as an adverb in -ly is not.
_BEFORE_VERB = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "often", "always", "usually", "sometimes"})
_GENERIC_HEADS = frozenset({
    "method", "methods", "approach", "approaches", "system", "systems", "model", "models", "framework",
    "design", "technique", "algorithm", "scheme", "pipeline", "solution", "work", "paper", "study",
    "experiments", "evaluation", "analysis", "implementation", "architecture", "network", "tool",
    "strategy", "strategies", "mechanism", "mechanisms", "module", "modules", "techniques", "it", "this", "training", "fine-tuning", "optimization",
    "accuracy", "latency", "throughput", "performance", "energy", "memory", "error", "cost", "speed",
    "time", "efficiency", "quality", "usage", "consumption", "overhead", "power", "rate", "score", "path"})


class ClaimSubject(NamedTuple):
    """A clause's subject: the claims of its sentence after `end` belong to `name` (None: to the
    paper's own system) until the next subject; `parts` are a list's names ("X and Y")."""

    end: int
    sentence_end: int
    name: str | None
    parts: tuple[str, ...]
    rule_id: str


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
            # "with the HWPQ scheme reaching 85.9%": an absolute clause opens on "with".
            participle = match[0].endswith("ing")
            name_start, name_end = _name_before_expansion(text, match.start("name"), match.end("name"),
                                                          sentence[0], rules)
            subject = _subject_name(text, name_start, name_end, sentence[0], rules, relative, participle)
            if subject is None:
                continue
            start, parts = subject
            previous = text[start:name_start].split()
            if (len(parts) == 1 and previous and _CAPITALIZED.fullmatch(previous[-1]) and _NAME_LIKE.search(previous[-1])
                    and rules.not_subject.fullmatch(text[name_start:name_end])):
                # "Our proposed ILMPQ DNN quantization framework achieves": the class word is no part
                name_end = len(text[:name_start].rstrip())
                parts = (text[start:name_end],)
            if any(part in excluded or rules.not_subject.fullmatch(part) for part in parts):
                continue
            if match.groupdict().get("possessive") and not all(_NAME_LIKE.search(part) for part in parts):
                continue            # "Amdahl's law gives": a person's name, no system's
            # "compared to ResNet-50, which reaches 76.1%, ...": a relative clause's subject owns
            # the numbers of that clause only (up to its comma, semicolon or bracket).
            scope_end = clause_end(text, match.end(), sentence[1]) if relative else sentence[1]
            found.append((match.end(), scope_end, text[start:name_end], parts,
                          rules.frame_rules["claim_subject"]))
    named = field_cues()["method.named_subject"]
    for index in indices:
        # "The first attack, named Targeted KPA (TKPA), ..., achieving 93.1%": the sentence's subject.
        match = match_at(named, text, *sentences[index])
        if match is not None:
            name = match["acronym"] or match["name"]
            if name not in excluded and not rules.not_subject.fullmatch(name):
                found.append((match.end(), sentences[index][1], name, (name,), "method.named_subject"))
    if phrases:
        anchors = sorted((m for found_by in scanned[:subject_count] for m in found_by), key=lambda m: m.start())
        found.extend(_phrase_subjects(text, sentences, anchors, {item[0] for item in found}))
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
    return closed_at_items(text, sentences, indices, subjects)


def _phrase_subjects(text: str, sentences: list[tuple[int, int]], anchors: list, taken: set[int]) -> list:
    """method.subject_phrase (patterns/context/fields.yaml): in a paper that names no system of
    its own, a lower-case noun phrase that opens its clause and does something to an object ("the
    dynamic loop cache reduces instruction fetches by 48.3%", "symmetric topologies improve
    utilization by up to 6X") is what the numbers after it belong to. Tried only at the result
    verbs the scanner already found (`anchors`), never along the sentence."""
    verb = field_cues()["method.subject_phrase"]
    starts = [start for start, _ in sentences]
    found = []
    for anchor in anchors:
        match = match_at(verb, text, anchor.start())
        if match is None or match.end("verb") in taken:
            continue                # not one of its verbs, or a named subject owns this verb already
        start, end = sentences[_sentence_of(starts, anchor.start())]
        phrase = _phrase_before(text, match.start(), start)
        if phrase is not None:
            # A phrase's subject owns its clause and a list after it: ", while the static cache achieves" is another's.
            found.extend(phrase_reach(text, match.end("verb"), end, phrase))
    return found


def _phrase_before(text: str, verb_start: int, sentence_start: int) -> str | None:
    """The lower-case noun phrase of one to four words right before a verb (an adverb between
    them skipped), where it opens its clause and is no pronoun, self-reference or generic noun."""
    words: list[regex.Match] = []
    position = verb_start
    while len(words) < 5:
        before = PREVIOUS_WORD.search(text, max(sentence_start, position - 40), position)
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
    while words and (words[0][1].endswith("ly") or words[0][1].lower() in _BEFORE_VERB):
        words.pop(0)              # "generally enhances", "can reduce": the adverb or modal is no part of the subject
    if not 1 <= len(words) <= 4:
        return None
    opener = text[max(sentence_start, position - 12):position].rstrip()
    previous = opener.rsplit(None, 1)[-1] if opener.split() else ""
    if not (position <= sentence_start or previous[-1:] in ",;:(" or previous.lower() in CLAUSE_OPENERS
            or ENUMERATION.fullmatch(previous)
            or previous.lower() == "the"):
        return None
    if previous.lower() == "the" and len(words) == 1:
        return None             # "the engine achieves": the paper's own system, by its kind
    if previous.lower() == "the":
        article = text[max(sentence_start, position - 40):position].rstrip()[:-3].rstrip()
        last = article.rsplit(None, 1)[-1] if article.split() else ""
        if article and last[-1:] not in ",;:(" and last.lower() not in CLAUSE_OPENERS and not ENUMERATION.fullmatch(last):
            return None
    phrase = text[words[-1].start(1):words[0].end(1)]
    if words[0][1].lower() in _GENERIC_HEADS or _RANKING_WORD.fullmatch(words[-1][1]):
        return None             # "the strongest agent achieves", "the winning solutions achieved": which of a kind
    return phrase


def _before_anchors(cue: regex.Pattern, text: str, anchors: list) -> list:
    """The matches of `cue` that end where an anchor (its verb) ends, its name starting at one of
    the six words before the verb ("ResNet101 with an attention mechanism reaches")."""
    found = []
    for anchor in anchors:
        position, words, matched = anchor.start(), 0, []
        floor = max(0, position - 90)
        while position > floor and words < 6:
            position -= 1
            while position > floor and text[position - 1].isspace():
                position -= 1
            while position > floor and not text[position - 1].isspace():
                position -= 1
            words += 1
            # "the best model (Mistral) achieved": a name in brackets starts inside them.
            match = match_at(cue, text, position + (text[position] == "("), anchor.end())
            if match is not None and text[position] == "(" and _SIZE.fullmatch(match["name"]):
                continue            # "Gemma-2 (9B) reaches": a size in brackets is no name; the name is before it
            if match is not None and match.end() == anchor.end():
                matched.append(match)   # "TED with SatMAE achieves": the name before "with" may join it
                if len(matched) > 1 or not _AFTER_WITH.search(text, floor, position) or SWITCH.search(text, floor, position):
                    break
        found.extend(matched[-1:])
    return found


def _name_before_expansion(text: str, start: int, end: int, sentence_start: int,
                           rules: MethodRules) -> tuple[int, int]:
    """The span of the subject ending at `end`. Read inside brackets that spell out the name before
    them ("We introduce TK-SCONE (Token-Kronecker ... Neural Encoding), which achieves"), it is that
    name; a single word in brackets after a description stays ("the best model (Mistral) reached")."""
    if text[end:end + 1] != ")":
        return start, end
    found = _EXPANSION_OPEN.search(text, max(sentence_start, start - 160), end)
    if found is None or found.start(2) > start or " " not in found[2].strip():
        return start, end
    name = found[1]
    if not (_CAPITALIZED.match(name) and _NAME_LIKE.search(name)) or rules.not_subject.fullmatch(name):
        return start, end
    return found.start(1), found.end(1)


def _sentence_of(starts: list[int], position: int) -> int:
    return max(0, bisect_right(starts, position) - 1)


def _subject_name(text: str, start: int, end: int, sentence_start: int, rules: MethodRules,
                  relative: bool = False, participle: bool = False) -> tuple[int, tuple[str, ...]] | None:
    """Where the subject ending at `end` starts and its names, reading back over capitalized
    words and a list ("HD-PV and HARP"); None where it does not open a clause or is no name.
    The subject of a relative clause ("than C-DL models that achieve") opens that clause."""
    if start > sentence_start and not (text[start - 1].isspace() or text[start - 1] in "(\"'“‘"):
        return None             # "PPMA-T/S/B models": a name starts at a word's start
    parts = [text[start:end]]
    floor = max(sentence_start, start - 120)
    listed = False
    for _ in range(6):
        before = PREVIOUS_WORD.search(text, floor, start)
        if not before:
            break
        word = before[1]
        if word.lower() == "and" and not listed:              # "HD-PV and HARP", "Logistic Regression and Linear SVM"
            earlier = PREVIOUS_WORD.search(text, floor, _before_aside(text, floor, before.start()))
            found = listed_name(text, floor, earlier, rules.not_subject) if earlier is not None else None
            if found is None:
                break
            (start, name), listed = found, True
            parts.insert(0, name)
        elif word == "+" and not listed:                       # "GPT-5.5 + Codex", "mCLIP + Gemini Pro Vision"
            earlier = PREVIOUS_WORD.search(text, floor, before.start())
            name = earlier[1] if earlier else ""
            if not _NAME_LIKE.search(name) or name.lower() in DETERMINERS or rules.not_subject.fullmatch(name):
                break
            parts[0] = text[earlier.start(1):end]
            start = earlier.start(1)
        elif listed and word.endswith(",") and _CAPITALIZED.match(word) and _NAME_LIKE.search(word[:-1]):
            parts.insert(0, word[:-1])                      # "A, B and C"
            start = before.start(1)
        elif not listed and _CAPITALIZED.fullmatch(word) and not rules.not_subject.fullmatch(word):
            parts[0] = text[before.start(1):end]            # "Granite Guardian"
            start = before.start(1)
        elif not listed and _RELEASE.fullmatch(word):          # "Gemini 1.5 Flash": a release number inside
            earlier = PREVIOUS_WORD.search(text, floor, before.start())
            name = earlier[1] if earlier else ""
            if not _CAPITALIZED.fullmatch(name) or rules.not_subject.fullmatch(f"{name} {word}"):
                break
            parts[0] = text[earlier.start(1):end]
            start = earlier.start(1)
        elif not listed and word.lower() in _PRIOR_WORK:
            parts[0] = text[before.start(1):end]            # "conventional WV"
            start = before.start(1)
            break
        elif not listed and _describes_after_article(text, before.start(1), floor, word):
            parts[0] = text[before.start(1):end]            # "the t-ω FCM", "the feedforward TDE network"
            start = before.start(1)
            break
        else:
            break
    if not relative and not opens_clause(text, start, sentence_start, participle):
        return None
    single = len(parts) == 1 and " " not in parts[0]
    opening = text[sentence_start:start].strip(" \"'“‘(").lower()
    if opening and ENUMERATION.fullmatch(opening.rsplit(None, 1)[-1]):
        opening = ""            # "...; 2) Current models exhibit": the item opens like a sentence
    if single and not _NAME_LIKE.search(parts[0]) and opening in ("", "the", "our"):
        return None             # "Accuracy improves": a capitalized word opening the sentence
    return start, tuple(parts)


def _before_aside(text: str, floor: int, end: int) -> int:
    """Where the text before `end` ends once a bracketed size or setting is set aside: "Llama
    Guard (12B) and GPT-OSS Safeguard (20B) exhibit" lists two names (methods.yaml, claim_subject)."""
    aside = _ASIDE_BEFORE.search(text, max(floor, end - 45), end)
    return aside.start() + 1 if aside else end


def _describes_after_article(text: str, word_start: int, floor: int, word: str) -> bool:
    """A lower-case word that is part of a system's name, right after its article ("the t-ω FCM
    achieves", "the feedforward TDE network performs"): no ranking word ("the best SSL model" names
    a kind of model, not one), no word of the paper's own ("the proposed X" is X) and no participle
    ("the compacted CNN": a model the paper changed is its own, null where it gives no name); a
    compound that says a system's kind is no participle ("the cache-based TDA", "the 4-qubit VQC")."""
    if (not _DESCRIBING_WORD.fullmatch(word) or word.lower() in _NOT_DESCRIBING | MODEL_MODIFIERS
            or _RANKING_WORD.fullmatch(word) or (word.endswith("ed") and "-" not in word)):
        return False
    article = PREVIOUS_WORD.search(text, max(floor, word_start - 12), word_start)
    return article is not None and article[1].lower() in ("the", "a", "an")
