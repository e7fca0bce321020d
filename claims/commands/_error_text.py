"""The errors of `claims eval` as text: grouped by cause (`--errors`), every line within WIDTH
columns, or flat (`--errors flat`), one list per kind with whole sentences."""
from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping

from ..evaluate.causes import ErrorReport, Explained, Group

WIDTH = 100
SENTENCE_WIDTH = 300        # of the flat listing
_TITLE_WIDTH = 28           # a paper without an id is shown by the start of its title


def format_grouped(report: ErrorReport, where: Callable[[str], str | None]) -> str:
    """The confusion matrix, then each kind of error by cause, then where each rule is written."""
    sections = [
        ("False negatives", report.false_negatives, "by what became of the gold number"),
        ("False positives", report.false_positives, "by the metric rule that typed them"),
        ("Typed mismatches", report.typed_mismatches, "by gold and found family, then metric rule"),
        ("Field mismatches", report.field_mismatches, "by field, then the rule that set the found value"),
        ("Platform classes", report.class_mismatches, "missed (gold only) or extra (found only), by class"),
    ]
    counts = ", ".join(f"{sum(len(g.items) for g in groups)} {title.lower()}"
                       for title, groups, _ in sections)
    out = ["", *textwrap.wrap(f"Errors by cause: {counts}", WIDTH, subsequent_indent="  "), ""]
    out += confusion_lines(report.confusion)
    for title, groups, how in sections:
        out += ["", _clip(f"{title} ({sum(len(g.items) for g in groups)}), {how}")]
        for group in groups:
            out += _group_lines(group, 1, title)
    rules = report.rules()
    if rules:
        out += ["", "Rules"]
        for rule in rules:
            out.append(textwrap.fill(where(rule) or "(not a named rule)", WIDTH,
                                     initial_indent=f"  {rule:<30} ", subsequent_indent=" " * 33))
    return "\n".join(out) + "\n"


def confusion_lines(confusion: Mapping[tuple[str, str], int], width: int = WIDTH) -> list[str]:
    """Gold family by found family over value matches, for the families some match confuses;
    those whose matches all agree are listed below with their counts. Columns are numbered as
    the rows, and split into blocks when they do not fit `width`.

    >>> print("\\n".join(confusion_lines({("f1", "f1"): 9, ("speedup", "latency"): 2,
    ...                                   ("latency", "latency"): 12})))
    Family confusion over value matches (rows: gold family, columns: found family)
                  1  2
      1 latency  12  .
      2 speedup   2  .
      always the same family: f1 9
    """
    lines = ["Family confusion over value matches (rows: gold family, columns: found family)"]
    confused = sorted({name for (gold, found), n in confusion.items() if gold != found and n
                       for name in (gold, found)})
    if not confused:
        lines.append("  every value match has the gold family")
    else:
        names = [name or "(none)" for name in confused]
        number_width = len(str(len(names)))
        label = 2 + number_width + 1 + max(len(name) for name in names) + 1
        cell = max(len(str(max(confusion.values()))), number_width, 2) + 1
        per_block = max(1, (width - label) // cell)
        for first in range(0, len(names), per_block):
            columns = range(first, min(first + per_block, len(names)))
            lines.append(" " * label + "".join(f"{c + 1:>{cell}}" for c in columns))
            for row, name in enumerate(names):
                cells = (confusion.get((confused[row], confused[c]), 0) or "." for c in columns)
                lines.append(f"  {row + 1:>{number_width}} {name:<{label - number_width - 3}}"
                             + "".join(f"{value:>{cell}}" for value in cells))
    agreeing = sorted((gold, n) for (gold, found), n in confusion.items()
                      if gold == found and gold not in confused)
    if agreeing:
        lines += textwrap.wrap("always the same family: " + ", ".join(
            f"{gold or '(none)'} {n}" for gold, n in agreeing), width,
            initial_indent="  ", subsequent_indent="    ")
    return lines


def _group_lines(group: Group, depth: int, kind: str) -> list[str]:
    indent = "  " * depth
    lines = [_clip(f"{indent}{group.key} ({len(group.items)})")]
    if group.groups:
        for sub in group.groups:
            lines += _group_lines(sub, depth + 1, kind)
        return lines
    for item in group.items:
        lines.append(_clip(f"{indent}  - {_item(item, kind)}"))
        if kind != "Platform classes":      # a paper's list has no sentence
            lines.append(_clip(f"{indent}      {_window(item, WIDTH - len(indent) - 6)}"))
    return lines


def _item(item: Explained, kind: str) -> str:
    error = item.error
    paper = error.paper_id or _shorten(error.paper, _TITLE_WIDTH)
    if kind == "Platform classes":
        return f"{paper}: gold {_names(error.gold_names)}, found {_names(error.found_names)}"
    value = _num(error.value)
    if kind == "False negatives":
        low = error.value_low
        value = value if low is None else f"{_num(low)}-{value}"
        text = f"{paper} gold {_quoted(error.text)} = {value} [{error.metric or '-'}]"
        return text + (f"; {item.note}" if item.note else "")
    if kind == "False positives":
        low = error.value_low
        value = value if low is None else f"{_num(low)}-{value}"
        return f"{paper} found {_quoted(error.text)} = {value} [{error.metric or '-'}]"
    if kind == "Field mismatches":
        return (f"{paper} {_quoted(error.text)} = {value}: gold {_field(error.gold)}, "
                f"found {_field(error.found)}")
    return f"{paper} {_quoted(error.text)} = {value}"


def _window(item: Explained, width: int) -> str:
    """The words around the claim's text in its sentence, at most `width` characters."""
    from ..build import clip_window

    sentence = " ".join(str(item.error.sentence or "").split())
    if not sentence:
        return "(sentence not available)"
    text = " ".join(str(item.error.text or "").split())
    at = sentence.find(text) if text else -1
    if at < 0:
        at, text = 0, ""
    return clip_window(sentence, at, at + len(text), limit=width - 2)


def _quoted(text: str, width: int = 40) -> str:
    """Text as written between quotes (repr would double every backslash of LaTeX), white space
    collapsed, cut at `width` characters."""
    flat = " ".join(str(text).split())
    return f"'{flat if len(flat) <= width else flat[:width - 1] + '…'}'"


def _field(value) -> str:
    if value is None:
        return "none"
    if isinstance(value, float):
        return _num(value)
    return _quoted(value) if isinstance(value, str) else str(value)


def _names(names) -> str:
    return ", ".join(_quoted(name, 30) for name in names) or "none"


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[:WIDTH - 1] + "…"


def _shorten(text: str, width: int) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.10g}"


def format_flat(scores) -> str:
    """Every false positive and negative with its sentence, then typed and field mismatches."""
    out = []
    for heading, refs in (("False positives", scores.false_positives),
                          ("False negatives", scores.false_negatives)):
        out.append(f"\n{heading} ({len(refs)})")
        for ref in refs:
            value = _num(ref.value) if ref.value_low is None else f"{_num(ref.value_low)}-{_num(ref.value)}"
            out.append(f"- {ref.paper}: {ref.text!r} = {value} [{ref.metric or '-'}]")
            out.append(f"    {_sentence(ref.sentence)}")
    out.append(f"\nTyped mismatches ({len(scores.typed_mismatches)})")
    for item in scores.typed_mismatches:
        out.append(f"- {item.paper}: {item.text!r} = {_num(item.value)}: gold {item.gold_metric}, "
                   f"found {item.found_metric}")
        out.append(f"    {_sentence(item.sentence)}")
    out.append(f"\nField mismatches ({len(scores.field_mismatches)})")
    for item in scores.field_mismatches:
        out.append(f"- {item.paper}: {item.text!r} = {_num(item.value)}: {item.field}: "
                   f"gold {item.gold!r}, found {item.found!r}")
    out.append(f"\nPlatform classes ({len(scores.class_mismatches)})")
    for item in scores.class_mismatches:
        out.append(f"- {item.paper}: {item.hw_class} {'missed' if item.missed else 'extra'}: "
                   f"gold {_names(item.gold_names)}, found {_names(item.found_names)}")
    return "\n".join(out) + "\n"


def _sentence(sentence: str) -> str:
    flat = " ".join(sentence.split())
    if not flat:
        return "(sentence not available)"
    return flat if len(flat) <= SENTENCE_WIDTH else flat[:SENTENCE_WIDTH - 3] + "..."
