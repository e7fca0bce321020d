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

import regex

from ..matching import budget, compiled, match_at
from .names import coins_acronym
from .rulebook.names import MethodRules, field_cues, method_rules
from .sentences import split_sentences
from .team_names import team_name

__all__ = ["method_decision", "method_name", "parenthesized_owner", "title_data_name"]

# LaTeX and Markdown emphasis ("\textbf{BRAVE}", "$HE^2$", "**X**") is dropped: the answer is a string.
_MARKUP = compiled(r"\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf)\{([^{}]{0,80})\}")
_MARKUP_CHARS = compiled(r"\$|\*\*")
_ACRONYM_TAIL = compiled(r"(?:\s+[\p{L}\d-]{1,30}){0,6}?\s*\(([^()\s]{2,30})\)")
# A capitalized word of a description ("Hybrid", "REconstruction"), not a coined name ("FlashX").
_DESCRIPTION_WORD = compiled(r"\p{Lu}+\p{Ll}+")
# A plain capitalized word, hyphenated parts included ("Noise", "Wavelet-guided"), and the run of
# up to five capitalized words that may follow it in a name ("Cross Attention Entropy", "MBR Distillation").
_PLAIN_CAPITALIZED = compiled(r"\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*")
_CAPITALIZED_RUN = compiled(r"(?: \p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*(?![\w-])){0,5}")
_TITLE_PREFIX = compiled(r"^\s*([^:]{1,60}?)\s*:")
_PREFIX_TOKEN = compiled(r"^[\p{L}\d][\p{L}\d^+.\-]{0,40}$")
_HAS_CAPITAL = compiled(r"\p{Lu}")
_COINED = compiled(r"\p{Ll}\p{Lu}|\d")
_INNER_CAPITAL_OR_DIGIT = compiled(r"^.+?[\p{Lu}\d]")
# A release number after a name is part of it ("Seedance 1.0", "Orca v3", "Fathom 2.5b").
_VERSION = compiled(r"(?i:v?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)")
# Hyphens split words here: "accuracy-enhanced Hybrid Temporal Computing (E-HTC)" has an "enhanced".
_WORD = compiled(r"[\p{L}\d][\p{L}\d']{0,40}")
# A name the title gives in lower case or as a phrase, introduced as the system in the abstract.
_INTRODUCED = (r"(?i:\b(?:propos|present|introduc|develop|design|build|built|creat|devis)\w{0,3}\s+(?:the\s+)?{NAME}"
               r"(?:\s*\([^()]{1,20}\))?,\s+an?\s+(?:[\w-]+\s+){0,4}?(?:framework|method|system|mechanism|approach|"
               r"technique|algorithm|tool|library|model|architecture|compiler|scheduler|accelerator|pipeline|engine|"
               r"protocol|scheme|strategy|paradigm|runtime|agent|formulation|solution|design|procedure|policy|"
               r"detector|network|module|workflow|platform|toolkit|planner|optimizer|simulator|solver|"
               r"controller|codec|encoder|decoder|representation|recipe|language|interface|primitive)s?\b)")
_LIST_OPENED = compiled(r"[:;]")
# "a scheduler built on EDF", "a model developed by Google": a proposal verb used as a participle
# after a noun describes what the system rests on, not a new proposal.
# ("This paper builds on our X method", "we then build on X": the subject's own verb, kept.)
_PARTICIPLE_USE = compiled(r"\s+(?:(?:up)?on|by|from)\b")
# "This report presents the results and findings of the Short-Films 20K (SF20K) Competition", "we
# present an overview of ...": what is presented is a finding about something, not a system.
_FINDINGS_PRESENTED = compiled(r"(?i:\s+(?:(?:the|an?|our)\s+)?(?:[\w-]+\s+){0,2}?(?:results?|findings|outcomes?|"
                               r"summary|overview|analysis|lessons|insights)\s+(?:and\s+[\w-]+\s+)?(?:of|from)\b)")
_ADVERBS_ONLY = compiled(r"(?:\s+(?:\p{Ll}+ly|then|also|further|first|here|now|thus))*\s*")
# The words that lead to what a proposal works on rather than to the proposal itself: the
# prepositions of a task, data or setting ("for relation extraction (RE)", "from cardiac magnetic
# resonance (CMR) images", "in a bird's eye view (BEV)"). Not the words of means ("with", "using", "via", "by"):
# "a model using a Large Vision Foundation Model (LVFM)" and "an approach with constructive
# incremental transfer learning (CITL)" name the paper's own system in gold (hw15, dev half A).
# `_LOOK_BACK` reads whole tokens, punctuation included.
_LEAD_TO_PART = compiled(r"(?i:for|in|on|from|to|into|within|under|against|across|among|between|as|at|like|"
                         r"including|comprising|consisting)")
_LOOK_BACK = compiled(r"\S+")
_JOINED_TO_ACRONYM = compiled(r"\(([^()\s]{1,30})\),?\s+(?:and|or)\s+(?:(?:the|an?)\s+)?$")
_WINDOW = 300          # characters after the proposal verb in which its name is looked for
# "a framework that utilizes genetic programming (GP)": an acronym inside a relative clause on the
# proposal names something the system uses, not the system ("that we call X (ACR)" still names it);
# so does one after "based on" and its kin ("a hybrid model based on the kinetic-diffusion Monte
# Carlo (KDMC) method" builds on KDMC).
_RELATIVE_CLAUSE = compiled(r"\b(?:(?:that|which)\s+(?!we\s+(?:call|term|name|dub)\b)|based\s+on|built\s+(?:up)?on|"
                                 r"building\s+(?:up)?on|on\s+top\s+of|derived\s+from|inspired\s+by|extending|grounded\s+in)\b")


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
    from_title = _from_title(title, text, rules)
    if from_title is None and title_data_name(title) is not None:
        # "ChipBench: A Next-Step Benchmark for ...": the title names the data the paper measures on;
        # the method is what the abstract proposes, else none.
        for frame in (lambda: _from_proposal(text, rules, spans), lambda: _from_apposition(text, rules)):
            found = frame()
            if found is not None and found[0] and found[0] != title_data_name(title):
                return found[0], (rules.frame_rules["title_prefix"], *found[1])
        return None, (rules.frame_rules["title_prefix"],)
    if from_title is not None and from_title[0].lower() not in text.lower():
        # "When LoRA Betrays: ..." over "we propose Masquerade-LoRA (MasqLoRA)": a title prefix the
        # abstract never writes gives way to the name the abstract proposes; it stays the name
        # where the abstract proposes none ("FractalSortCPU: ..." over "We study sorting").
        proposed = _from_proposal(text, rules, spans)
        if proposed is not None and proposed[0]:
            return proposed[0], ("method.title_unwritten", *proposed[1])
        if _slogan(from_title[0]):
            # "In-Context Fixation: When Demonstrated Labels Override ..." over "we show that ...":
            # a phrase of ordinary words the abstract never repeats names a finding, not a system.
            return None, ("method.title_unwritten",)
        return from_title
    for frame in (lambda: from_title, lambda: _from_proposal(text, rules, spans), lambda: _from_apposition(text, rules),
                  lambda: _from_subject(text, rules), lambda: team_name(title, text)):
        found = frame()
        if found is not None and found[0]:
            return found
    return None, ()


def _slogan(prefix: str) -> bool:
    """Several words, none of them coined: no capital right after a lower-case letter ("FlashX",
    "VoxLogicA") and no digit ("MCUNet V2", "Seedance 1.0")."""
    return len(prefix.split()) > 1 and not _COINED.search(prefix)


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
    match = match_at(rules.following_acronym, text, end)
    if match and _is_name(match["acr"], rules):
        return match["acr"]
    return name


def title_data_name(title: str) -> str | None:
    """The title's prefix where the title says the paper is about its data, a benchmark or dataset
    ("ChipBench: A Next-Step Benchmark for ...", "ArchEval: Measuring AI Agents as ...",
    "EpiCurveBench: ..."); None otherwise (`data_title` of method.title_prefix)."""
    pattern = method_rules().data_title
    match = _TITLE_PREFIX.match(title) if pattern is not None else None
    return match[1] if match and pattern.match(title) else None


def _from_title(title: str, text: str, rules: MethodRules) -> tuple[str, tuple[str, ...]] | None:
    match = _TITLE_PREFIX.match(title)
    if not match or (rules.data_title is not None and rules.data_title.match(title)):
        return None
    prefix = match[1]
    tokens = prefix.split()
    if not 1 <= len(tokens) <= 3 or not all(_PREFIX_TOKEN.match(t) for t in tokens):
        return None
    if tokens[0].lower() in rules.reject_prefixes or not _is_name(prefix, rules):
        return None
    # Several words must look like one name ("MCUNet V2", "Seedance 1.0": a release number counts),
    # not a phrase ("Less Is More"), and a name holds a capital; "e-boost: ..." and "Knowledge Grafting: ..." are names all the same
    # where the abstract introduces them as its system ("we present e-boost, a novel framework").
    looks_like_name = _HAS_CAPITAL.search(tokens[0]) and \
        all(_HAS_CAPITAL.search(t) or _VERSION.fullmatch(t) for t in tokens[1:]) and \
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
        # Read once per sentence: searched again before each verb, a long sentence cost its square.
        subject = rules.subject.search(text, start, end)
        opened = _LIST_OPENED.search(text, subject.end(), end) if subject else None
        # The scanner tries the verbs' word alternation (slow in `regex`) only where a word begins.
        for verb in rules.verb.scan(text, start, end)[0] if subject else ():
            # "we identify four challenges: 1) ...; 2) hardware introduce noise": a colon or semicolon
            # between "we" and the verb starts a list whose items have subjects of their own.
            if subject.end() > verb.start() or opened and opened.start() < verb.start() \
                    or (match_at(_PARTICIPLE_USE, text, verb.end())
                        and not _ADVERBS_ONLY.fullmatch(text, subject.end(), verb.start())) \
                    or match_at(_FINDINGS_PRESENTED, text, verb.end()):
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
            match = match_at(pattern, text, name_start, end)
            matches = [match] if match else []
        else:
            matches = next(windowed)
        for match in matches:
            name = match["name"]
            # "named Dictionary-based Cross Attention Entropy model": the whole name is judged, not
            # its first word (a modifier such as "Dictionary-based" alone names no system).
            if not _is_name(name, rules) and not (frame == "acronym" and coins_acronym(name, text, name_start, match.start())) \
                    and not (frame == "called" and _is_name(
                    name := _acronym_after_description(name, text, match.end("name"), end, rules), rules)):
                continue
            if frame == "acronym" and (not _initial_of_description(name, text, start, match.start())
                                       or _RELATIVE_CLAUSE.search(text, start, match.start())
                                       or _spelled_after_lead(name, text, start, match.start())):
                continue
            if frame == "called":
                name = _acronym_after_description(name, text, match.end("name"), end, rules)
            else:
                name = _with_acronym(name, text, match.end("name"), rules)
                if frame == "direct" and name == match["name"]:
                    name = _spelled_acronym(name, text, match.end("name"), end, rules)
            found.append((match.start(), name, frame))
            break
    return min(found)[1:] if found else None


def _initial_of_description(acronym: str, text: str, start: int, paren: int) -> bool:
    # "(LASNet)" after "a latency-aware ... network": some word of the description starts with
    # the acronym's first letter; "(XYZ)" after "dataflow graphs" does not name the system.
    words = _WORD.findall(text, max(start, paren - 120), paren)[-8:]
    return any(word[0].lower() == acronym[0].lower() for word in words)


def _spelled_after_lead(acronym: str, text: str, start: int, paren: int, depth: int = 0) -> bool:
    """Whether the words that spell `acronym` out are common nouns in lower case after a
    preposition of a task, data or setting within three words ("a framework for relation
    extraction (RE)", "for direct cardiovascular disease (CVD) diagnosis"): the acronym then names
    what the system works on, not the system. A capital among the words may make them a name
    ("for Relation-Aware Retrieval (RAR)"). An article "a"/"an" or a comma on the way back opens
    the proposed thing itself ("for the first time, novel pruning (NP)"), unless the article
    itself follows such a word. An acronym joined by "and" to one before it shares that one's
    lead ("for the vehicle routing problem (VRP) and the job shop problem (JSP)")."""
    begins = _spelled_start(acronym, text, start, paren)
    if begins is None or _HAS_CAPITAL.search(text, begins, paren):
        return False
    joined = _JOINED_TO_ACRONYM.search(text, max(start, begins - 40), begins)
    if joined is not None and depth < 3:
        return _spelled_after_lead(joined[1], text, start, joined.start(), depth + 1)
    tokens = list(_LOOK_BACK.finditer(text, max(start, begins - 60), begins))[::-1]
    # "This paper builds on our X (ACR) method": a particle right after the verb is the verb's own.
    words = [t[0] for t in tokens if not (t[0].lower() in ("on", "upon") and not text[start:t.start()].strip())]
    for at, word in enumerate(words[:3]):
        if word[-1:] in ",;:()":
            return False
        if word.lower() in ("a", "an"):
            # "in a bird's eye view (BEV)" leads on; "we propose a ..." and "for the first time a
            # Novel Pruning (NP)" open the proposed thing.
            return at + 1 < len(words) and _LEAD_TO_PART.fullmatch(words[at + 1]) is not None
        if _LEAD_TO_PART.fullmatch(word):
            return True
    return False


def _spelled_start(acronym: str, text: str, start: int, paren: int) -> int | None:
    """Where the words before `paren` begin whose initials and inner capitals spell the capitals
    of `acronym` in order, read backwards ("Proximal Policy Optimization (PPO)": at "Proximal");
    None where no such words are found."""
    letters = [c.lower() for c in acronym if c.isupper()]
    if not letters:
        return None
    words = list(_WORD.finditer(text, max(start, paren - 160), paren))
    wanted = list(letters)
    # Each letter takes a word at most, and a few small words may stand between ("Learning from
    # Interactions (LFI)"); a longer span spells the letters by chance.
    for word in reversed(words[-(len(letters) + 3):]):
        marks = [word[0][0]] + [c for c in word[0][1:] if c.isupper()]
        for mark in reversed(marks):
            if wanted and mark.lower() == wanted[-1]:
                wanted.pop()
        if not wanted:
            return word.start()
    # "cardiovascular disease (CVD)" spells a letter inside a word: the description then opens at
    # the nearest of the last six words that starts with the acronym's first letter. A coined
    # name in brackets ("a video classifier (TimeSformer)") spells nothing.
    if 2 * len(letters) < sum(c.isalpha() for c in acronym):
        return None
    for word in reversed(words[-6:]):
        if word[0][0].lower() == letters[0]:
            return word.start()
    return None


def _acronym_after_description(name: str, text: str, pos: int, end: int, rules: MethodRules) -> str:
    # "called Active Separation via Offset (ASSET)": the acronym closing the description wins.
    tail = match_at(_ACRONYM_TAIL, text, pos, end)
    if tail and _HAS_CAPITAL.search(tail[1]) and _is_name(tail[1], rules):
        return tail[1]
    # "termed Noise Amplification.", "named Dictionary-based Cross Attention Entropy model": with no
    # acronym, a plain capitalized word goes on with the capitalized words after it; a coined word
    # ("dubbed CliqueFlowmer, ...") is a whole name by itself.
    if _PLAIN_CAPITALIZED.fullmatch(name):
        more = match_at(_CAPITALIZED_RUN, text, pos, end)
        if more and more.end() > pos:
            return name + text[pos:more.end()]
    return name


def _spelled_acronym(name: str, text: str, pos: int, end: int, rules: MethodRules) -> str:
    """"we introduce REconstruction and Alignment of text Descriptions (READ)": the name right
    after the verb is the first word of a description whose acronym follows; the acronym names the
    system where its letters are the description's initials and capitals, in order."""
    if not _DESCRIPTION_WORD.fullmatch(name):
        return name     # "We propose FlashX and a cache (FC)": FlashX is a name of its own
    tail = match_at(_ACRONYM_TAIL, text, pos, end)
    if not tail or not _is_name(tail[1], rules):
        return name
    letters = [c.lower() for c in tail[1] if c.isupper()]
    if len(letters) < 2 or letters[0] != name[0].lower():
        return name
    # `in` on an iterator consumes it: each letter must come after the one before it.
    marks = iter(c.lower() for word in _WORD.findall(text, pos - len(name), tail.start(1))
                 for i, c in enumerate(word) if i == 0 or c.isupper())
    return tail[1] if all(letter in marks for letter in letters) else name


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


# method.parenthesized_owner (fields.yaml): reaches, closing bracket, sign; "on the X (95%)" names a place.
_OWNER_REACH, _LIST_REACH = 80, 320
_CLOSING = compiled(r"\s*(?:(?:±|\\pm|\+/?-)\s*[\d.]{1,12}%?\s*)?(?:\)|[,;][^()]{0,60}\))")
_SIGNED = compiled(r"[+\-\u2212]")
_MEASURED_ON = compiled(r"(?i:\b(?:on|in|at|for|across|over|under|within|among|between|during|per|into)\s+)$")


def parenthesized_owner(text: str, start: int, end: int, excluded: frozenset[str] = frozenset()) -> str | None:
    """The named system a figure stands in parentheses after ("the TDE network (89%)"), else None;
    `excluded` (the abstract's dataset and platform names) own no figure.

    >>> parenthesized_owner("higher than the CuBa-LIF network (71%).", 34, 37)
    'CuBa-LIF network'
    >>> parenthesized_owner("accuracy on CIFAR-10 (71%).", 22, 25) is None
    True
    """
    reach = _LIST_REACH if "), " in text[max(0, start - _LIST_REACH):start] else _OWNER_REACH  # a list of "Name (N)"
    cue = field_cues()["method.parenthesized_owner"]
    if not match_at(_CLOSING, text, end) or (match := cue.search(text, max(0, start - reach), start)) is None:
        return None
    token = match["name"].split()[0]
    compared = match["compared"] is not None    # a name in capitals after "outperforming" is a system
    if (token in excluded or match["name"] in excluded or method_rules().not_subject.fullmatch(token)
            or (token.isupper() and not match["head"] and not compared) or (compared and match_at(_SIGNED, text, start))
            or _MEASURED_ON.search(text, max(0, match.start() - 16), match.start())):
        return None
    # The article's modifiers belong to the name ("the feedforward TDE network"), the article not.
    head = regex.match(r"(?i:(?:the|a|an|our|its|their)\s+)((?:\p{Ll}[\p{Ll}-]{1,20}\s+){1,2})$",
                       text[match.start():match.start("name")])
    return (head[1] if head else "") + match["name"]
