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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from ..matching import PatternSet, budget
from ..matching.classes import SPACE_CHARS, widest_without_space

from ..errors import PatternError
from .sentences import split_sentences
from .spans import compile_checked, expand_shapes, pattern_file

__all__ = ["method_name"]

_RULES_FILE = "context/methods.yaml"
_FRAMES = ("title_prefix", "proposal", "acronym", "called", "direct", "apposition", "subject")
# LaTeX and Markdown emphasis around names ("\textbf{BRAVE}", "$HE^2$", "**X**") is dropped
# before matching; the answer is a string, so no offsets need keeping.
_MARKUP = regex.compile(r"\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf)\{([^{}]{0,80})\}")
_MARKUP_CHARS = regex.compile(r"\$|\*\*")
_ACRONYM_TAIL = regex.compile(r"(?:\s+[\p{L}\d-]{1,30}){0,6}?\s*\(([^()\s]{2,30})\)")
_TITLE_PREFIX = regex.compile(r"^\s*([^:]{1,60}?)\s*:")
_PREFIX_TOKEN = regex.compile(r"^[\p{L}\d][\p{L}\d^+.\-]{0,40}$")
_HAS_CAPITAL = regex.compile(r"\p{Lu}")
_INNER_CAPITAL_OR_DIGIT = regex.compile(r"^.+?[\p{Lu}\d]")
_FOLLOWING_ACRONYM = r"\s*\((?P<acr>{MTOKEN})\)"
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'-]{0,40}")
_WINDOW = 300          # characters after the proposal verb in which its name is looked for
# A subject cue is a name and what follows it ("FooNet achieves"). Its name shape may start at any
# letter, so the cue would be tried at every one; but a name holds no white space, so a match can
# only start in the run of non-space characters that ends where the rest of the cue matches.
_SUBJECT_NAME = "(?P<name><MTOKEN>)"


@dataclass(frozen=True, slots=True)
class _SubjectCue:
    pattern: regex.Pattern
    rest: PatternSet | None   # the cue after its name, whose every start is where a name can end; None: run in full
    name_width: int = 0    # the longest a name can be


@dataclass(frozen=True, slots=True)
class _Rules:
    reject_prefixes: frozenset[str]
    not_name: regex.Pattern
    verb: PatternSet                                         # the proposal verbs, one pattern
    subject: regex.Pattern
    in_proposal: tuple[tuple[str, regex.Pattern], ...]   # (frame, pattern)
    in_window: PatternSet                                    # in_proposal's patterns but "direct", in order
    in_abstract: PatternSet                                  # apposition cues, tried where they can start
    subject_verbs: tuple[_SubjectCue, ...]
    min_subject_count: int
    following_acronym: regex.Pattern


@cache
def _rules() -> _Rules:
    rules_file = pattern_file(_RULES_FILE)
    shapes = {str(k): str(v) for k, v in (rules_file.attrs.get("shapes") or {}).items()}
    if "MTOKEN" not in shapes:
        raise PatternError(f"{_RULES_FILE}: shapes: MTOKEN is missing")
    not_names = [str(p) for p in rules_file.attrs.get("not_names") or []]
    not_name = compile_checked("|".join(f"(?:{p})" for p in not_names), f"{_RULES_FILE}: not_names")
    by_frame: dict[str, list] = {frame: [] for frame in _FRAMES}
    attrs: dict[str, dict] = {}
    subject_verbs: list[_SubjectCue] = []
    name_width = widest_without_space(shapes["MTOKEN"])
    for rule in rules_file.rules:
        where = f"{rule.location}: {rule.id}"
        frame = rule.attrs.get("frame")
        if frame not in _FRAMES:
            raise PatternError(f"{where}: frame must be one of {', '.join(_FRAMES)}")
        attrs[frame] = dict(rule.attrs)
        for cue in rule.cues:
            # Verbs are matched case-insensitively; name shapes carry their own (?-i:) flags.
            by_frame[frame].append(compile_checked(expand_shapes(cue, shapes, where), where,
                                                   regex.IGNORECASE))
            if frame == "subject":
                rest = _rest_after_name(cue, shapes, where) if name_width else None
                subject_verbs.append(_SubjectCue(by_frame[frame][-1], rest, name_width or 0))
    if not by_frame["proposal"]:
        raise PatternError(f"{_RULES_FILE}: a `frame: proposal` rule with cues is required")
    proposal = attrs["proposal"]
    subject = compile_checked(str(proposal.get("subject", r"\bwe\b")), f"{_RULES_FILE}: subject",
                              regex.IGNORECASE)
    in_proposal = tuple((frame, pattern) for frame in ("direct", "acronym", "called", "apposition")
                        for pattern in by_frame[frame])
    return _Rules(
        reject_prefixes=frozenset(str(w).lower() for w in attrs.get("title_prefix", {}).get("reject", [])),
        not_name=not_name,
        verb=PatternSet([by_frame["proposal"][0] if len(by_frame["proposal"]) == 1
                      else compile_checked("|".join(p.pattern for p in by_frame["proposal"]), _RULES_FILE,
                                           regex.IGNORECASE)]),
        subject=subject,
        in_proposal=in_proposal,
        in_window=PatternSet([pattern for frame, pattern in in_proposal if frame != "direct"]),
        in_abstract=PatternSet(by_frame["apposition"]),
        subject_verbs=tuple(subject_verbs),
        min_subject_count=int(attrs.get("subject", {}).get("min_count", 2)),
        following_acronym=compile_checked(_FOLLOWING_ACRONYM.replace("{MTOKEN}", shapes["MTOKEN"]),
                                          f"{_RULES_FILE}: MTOKEN"),
    )


def method_name(title: str, abstract: str, sentences: list[tuple[int, int]] | None = None) -> str | None:
    """The name the paper gives its system, from its title and abstract; None where it has none.

    `sentences`, when the caller has them, are `split_sentences(abstract)`: they spare a second
    split where the abstract holds no markup to drop.
    """
    rules = _rules()
    text = _without_markup(abstract or "")
    title = _without_markup(title or "")
    spans = sentences if sentences is not None and text == abstract else None
    name = (_from_title(title, text, rules) or _from_proposal(text, rules, spans)
            or _from_apposition(text, rules) or _from_subject(text, rules))
    return name or None


def _without_markup(text: str) -> str:
    # Most abstracts hold no markup: the characters every markup match needs are looked for first.
    if "\\" in text:
        text = _MARKUP.sub(r"\1", text)
    if "$" in text or "**" in text:
        text = _MARKUP_CHARS.sub("", text)
    return text


def _is_name(candidate: str, rules: _Rules) -> bool:
    return bool(candidate) and not rules.not_name.fullmatch(candidate)


def _with_acronym(name: str, text: str, end: int, rules: _Rules) -> str:
    """`Pruning-as-Search (PaS)` names the system by its acronym: prefer it."""
    match = rules.following_acronym.match(text, end)
    if match and _is_name(match["acr"], rules):
        return match["acr"]
    return name


def _from_title(title: str, text: str, rules: _Rules) -> str | None:
    match = _TITLE_PREFIX.match(title)
    if not match:
        return None
    prefix = match[1]
    tokens = prefix.split()
    if not 1 <= len(tokens) <= 3 or not all(_PREFIX_TOKEN.match(t) for t in tokens):
        return None
    if not all(_HAS_CAPITAL.search(t) for t in tokens) or tokens[0].lower() in rules.reject_prefixes:
        return None
    # Several words must look like one name ("MCUNet V2"), not a phrase ("Less Is More").
    if len(tokens) > 1 and not any(_INNER_CAPITAL_OR_DIGIT.match(t) for t in tokens):
        return None
    if not _is_name(prefix, rules):
        return None
    at = text.find(prefix)
    return _with_acronym(prefix, text, at + len(prefix), rules) if at >= 0 else prefix


def _from_proposal(text: str, rules: _Rules, sentences: list[tuple[int, int]] | None = None) -> str | None:
    for start, end in split_sentences(text) if sentences is None else sentences:
        # A word alternation is slow in `regex`, which tries every word at every place: the
        # scanner tries the pattern only where one of the words begins.
        for verb in rules.verb.scan(text, start, end)[0]:
            if not rules.subject.search(text, start, verb.start()):
                continue
            name = _name_after(text, verb.end(), min(end, verb.end() + _WINDOW), rules)
            if name:
                return name
    return None


def _name_after(text: str, start: int, end: int, rules: _Rules) -> str | None:
    found: list[tuple[int, str]] = []
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
            found.append((match.start(), name))
            break
    return min(found)[1] if found else None


def _initial_of_description(acronym: str, text: str, start: int, paren: int) -> bool:
    # "(LASNet)" after "a latency-aware ... network": some word of the description starts with
    # the acronym's first letter; "(XYZ)" after "dataflow graphs" does not name the system.
    words = _WORD.findall(text, max(start, paren - 120), paren)[-8:]
    return any(word[0].lower() == acronym[0].lower() for word in words)


def _acronym_after_description(name: str, text: str, pos: int, end: int, rules: _Rules) -> str:
    # "called Active Separation via Offset (ASSET)": the acronym closing the description wins.
    tail = _ACRONYM_TAIL.match(text, pos=pos, endpos=end)
    if tail and _HAS_CAPITAL.search(tail[1]) and _is_name(tail[1], rules):
        return tail[1]
    return name


def _from_apposition(text: str, rules: _Rules) -> str | None:
    found = []
    for matches in rules.in_abstract.scan(text, timeout=budget(len(text))):
        for match in matches:
            if _is_name(match["name"], rules):
                found.append((match.start(), _with_acronym(match["name"], text, match.end("name"), rules)))
                break
    return min(found)[1] if found else None


def _from_subject(text: str, rules: _Rules) -> str | None:
    counts: Counter[str] = Counter()
    for cue in rules.subject_verbs:
        for match in _subject_matches(cue, text):
            if _is_name(match["name"], rules):
                counts[match["name"]] += 1
    ranked = [(n, name) for name, n in counts.most_common() if n >= rules.min_subject_count]
    return ranked[0][1] if ranked else None


def _subject_matches(cue: _SubjectCue, text: str) -> Iterator[regex.Match]:
    """The matches of `cue.pattern.finditer(text)`, tried only where a name can start: in the run
    of non-space characters before each place where the rest of the cue matches."""
    timeout = budget(len(text))
    if cue.rest is None:
        yield from cue.pattern.finditer(text, timeout=timeout)
        return
    reached = 0                   # where finditer would look next: matches do not overlap
    tried = 0                     # positions before this were candidates of an earlier name end
    # Overlapped, the rest's matches start at every place where it can match.
    for rest in cue.rest.scan(text, overlapped=True, timeout=timeout)[0]:
        stop = rest.start()
        start, floor = stop, max(tried, stop - cue.name_width)
        while start > floor and text[start - 1] not in SPACE_CHARS:
            start -= 1
        tried = stop
        for position in range(max(start, reached), stop):
            if position < reached:
                continue
            match = cue.pattern.match(text, position, timeout=timeout)
            if match is not None:
                yield match
                reached = match.end()


def _rest_after_name(cue: str, shapes: dict[str, str], where: str) -> PatternSet | None:
    """The part of a subject cue after its leading name, on its own; None where the cue does not
    start with the name, or where the rest could read the name's group or the search start."""
    rest = cue[len(_SUBJECT_NAME):]
    if not cue.startswith(_SUBJECT_NAME) or "\\G" in rest:
        return None
    try:                       # a reference to the name's group does not compile on its own
        return PatternSet([compile_checked(expand_shapes(rest, shapes, where), where, regex.IGNORECASE)])
    except PatternError:
        return None
