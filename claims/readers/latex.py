"""LaTeX in titles, authors and abstracts (BibTeX, arXiv) to Unicode text, with pylatexenc.

Math stays as written (`2.5$\\times$`): the extractor reads it and maps its offsets back. A bare
`%` is a percent sign here, not a comment, and a `~` in an arXiv abstract means "about", so
neither is read the LaTeX way.

    >>> latex_to_text(r'na{\\"i}ve {\\textless}6\\% of {GPU}s, 50% at $\\sim$2x')
    'naïve <6% of GPUs, 50% at $\\\\sim$2x'
"""
from __future__ import annotations

from functools import lru_cache

import regex
from pylatexenc import latexwalker
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

# Macros BibTeX exports use that pylatexenc renders as nothing.
_EXTRA_MACROS = (
    ("textless", "<"), ("textgreater", ">"), ("textbar", "|"), ("textasciitilde", "~"),
    ("textasciicircum", "^"), ("textbackslash", "\\"), ("textunderscore", "_"),
    ("textdollar", "$"), ("textpercent", "%"), ("aA", "Å"), ("textendash", "–"),
    ("textemdash", "—"), ("textquotesingle", "'"), ("textquotedbl", '"'),
)
_BARE_PERCENT = regex.compile(r"(?<!\\)((?:\\\\)*)%")
_TILDE_TOKEN = "\ue000"      # a private-use character stands for "~" while pylatexenc reads


@lru_cache(maxsize=1)
def _converter() -> LatexNodes2Text:
    context = get_default_latex_context_db().filter_context(keep_categories=None)
    context.add_context_category(
        "claims-bibtex-text", prepend=True,
        macros=[MacroTextSpec(name, simplify_repl=text) for name, text in _EXTRA_MACROS])
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", strict_latex_spaces=True)


def latex_to_text(text: str, tie: bool = False) -> str:
    """Accents, braces and text macros decoded; math and `%` kept; `~` kept, or read as a space
    with `tie=True` (BibTeX's "J.~Smith"). Input that is not valid LaTeX (an unbalanced brace)
    is decoded as far as it goes, never rejected."""
    if not isinstance(text, str) or not (
            "\\" in text or "{" in text or "}" in text or (tie and "~" in text)):
        return text
    text = text.replace("~", " ") if tie else text
    if "\\" not in text and "{" not in text and "}" not in text:
        return text
    guarded = _BARE_PERCENT.sub(r"\1\\%", text.replace("~", _TILDE_TOKEN))
    try:
        decoded = _converter().latex_to_text(guarded, tolerant_parsing=True)
    except (latexwalker.LatexWalkerError, RecursionError, IndexError, ValueError):
        return text
    return decoded.replace(_TILDE_TOKEN, "~")
