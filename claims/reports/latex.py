"""A report as LaTeX to paste into a paper: booktabs tables that fit the text width.

Each section is a `longtable` (it breaks across pages) of paragraph columns whose widths share
the line by how much text each holds, so no table runs into the margin. Text keeps the abstract's
own math ("1.61$\\times$" stays math) and escapes everything else; the symbols reports write in
Unicode (×, ≈, ≤, −, β, †) become their LaTeX commands, so pdflatex compiles it as is. Papers are
cited with `\\cite{key}` where the input had BibTeX keys, else linked with `\\href`.

The fragment needs `\\usepackage{booktabs,longtable,array,hyperref}` in the preamble (its second
line says so).
"""
from __future__ import annotations

import re
import unicodedata

from .formats import Report, plain, table
from .present import Link, Written, readable

__all__ = ["PACKAGES", "render", "tex"]

PACKAGES = r"\usepackage{booktabs,longtable,array,hyperref}"

_SPECIALS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "<": r"$<$", ">": r"$>$", "|": r"$|$",
}
_UNICODE = {
    "×": r"$\times$", "≈": r"$\approx$", "≤": r"$\leq$", "≥": r"$\geq$", "±": r"$\pm$",
    "−": r"$-$", "–": "--", "—": "---", "→": r"$\rightarrow$", "←": r"$\leftarrow$",
    "↓": r"$\downarrow$", "↑": r"$\uparrow$", "°": r"$^{\circ}$", "µ": r"$\mu$", "·": r"$\cdot$",
    "∞": r"$\infty$", "∼": r"$\sim$", "†": r"\textdagger{}", "…": r"\ldots{}", "“": "``",
    "”": "''", "‘": "`", "’": "'", "\u00a0": "~", "\u2009": r"\,", "\u202f": r"\,",
    "α": r"$\alpha$", "β": r"$\beta$", "γ": r"$\gamma$", "δ": r"$\delta$", "ε": r"$\epsilon$",
    "ζ": r"$\zeta$", "η": r"$\eta$", "θ": r"$\theta$", "κ": r"$\kappa$", "λ": r"$\lambda$",
    "μ": r"$\mu$", "ν": r"$\nu$", "ξ": r"$\xi$", "π": r"$\pi$", "ρ": r"$\rho$", "σ": r"$\sigma$",
    "τ": r"$\tau$", "φ": r"$\phi$", "χ": r"$\chi$", "ψ": r"$\psi$", "ω": r"$\omega$",
    "Δ": r"$\Delta$", "Σ": r"$\Sigma$", "Ω": r"$\Omega$",
    **{s: f"$^{{{d}}}$" for s, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")},
}
# Latin letters pdflatex reads itself (utf8 input): accented letters of Latin-1 and Latin
# Extended-A.
_LATIN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]")
# A math span of an abstract, kept as written when it holds only what math mode takes.
_MATH = re.compile(r"(?<!\\)\$([^$]{1,200}?)(?<!\\)\$")
_SAFE_MATH = re.compile(r"[\s\w\\^{}.,+\-=<>()|/*!:;'\[\]]+")
_URL_SPECIALS = {"%": r"\%", "#": r"\#", "&": "%26", "\\": "%5C", "{": "%7B", "}": "%7D"}
# Paragraph columns share the text width by their text, within these bounds (characters).
_MIN_WIDTH, _MAX_WIDTH = 4, 42
# What a column needs for its longest word: its width at the font's size (pt) plus the column's
# padding, on a line of an article's 345pt (a wider page only helps).
# Tried in order: whole words at a readable size first, long words broken before the smallest.
_SIZES = ((r"\small", 9.0, True), (r"\footnotesize", 8.0, True), (r"\footnotesize", 8.0, False),
          (r"\scriptsize", 7.0, True), (r"\scriptsize", 7.0, False))
_NARROW, _WIDE = set("ijlrtf.,;:'!|()[]"), set("mwMW%@")
_NARROW_EM, _LOWER_EM, _UPPER_EM, _WIDE_EM, _SYMBOL_EM = 0.30, 0.50, 0.72, 0.85, 0.78
_SAFETY = 1.12      # small sizes set relatively wider (cmr7 against cmr10), and kerning varies
_BREAKS = re.compile(r"\s+|(?<=[-/])|\x00")
_HYPHEN_EM = 0.35
_PADDING, _LINE = 8.5, 345.0
# Words of _LONGEST_WORD characters or more get a break point every _CHUNK characters, so a
# column needs room for _LONGEST_WORD - 1 characters at most.
_LONGEST_WORD, _CHUNK = 10, 5
_LONG_WORD = re.compile(rf"(?<![^\s/-])[^\W\d_][^\s/-]{{{_LONGEST_WORD - 1},}}")
_BREAK = "\x00"
_KEPT_CONTROLS = "\t\n\r" + _BREAK


def _breakable(text: str) -> str:
    """`text` with a break point (marked _BREAK, written `\\-`) every few characters of each
    word too long for a narrow column; TeX hyphenates there only where it must."""
    def mark(match):
        word = match.group(0)
        return _BREAK.join(word[i:i + _CHUNK] for i in range(0, len(word), _CHUNK))

    return _LONG_WORD.sub(mark, text)


def tex(text) -> str:
    """Plain text (Unicode allowed) as LaTeX that typesets it.

    >>> tex("up to 5.6× over A100 (≈10% cost) & more_of it")
    'up to 5.6$\\\\times$ over A100 ($\\\\approx$10\\\\% cost) \\\\& more\\\\_of it'
    """
    out = []
    for ch in str(text):
        if ch in _SPECIALS:
            out.append(_SPECIALS[ch])
        elif ch in _UNICODE:
            out.append(_UNICODE[ch])
        elif ch.isascii():                  # a control character stops pdflatex: dropped
            out.append(ch if ch.isprintable() or ch in _KEPT_CONTROLS else "")
        elif _LATIN.match(ch):
            out.append(ch)
        else:                               # anything else pdflatex cannot set: its ASCII form
            ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(tex(ascii_form) if ascii_form else "?")
    return "".join(out).replace(_BREAK, r"\-")


def tex_written(raw: str) -> str:
    """Text as the abstract wrote it: its math spans kept, the rest made readable and escaped.

    >>> tex_written("1.61$\\\\times$ faster at 5\\\\% cost")
    '1.61$\\\\times$ faster at 5\\\\% cost'
    """
    out, last = [], 0
    for match in _MATH.finditer(raw):
        body = match.group(1)
        if not _SAFE_MATH.fullmatch(body) or not _balanced(body):
            continue
        out += [_text_part(raw[last:match.start()]), f"${body.strip()}$"]
        last = match.end()
    out.append(_text_part(raw[last:]))
    return "".join(out).strip()


def _text_part(text: str) -> str:
    """`text` readable and escaped, keeping a space at either end (it parts words from math)."""
    if not text.strip():
        return " " if text else ""
    return (" " if text[0].isspace() else "") + tex(_breakable(readable(text))) + \
        (" " if text[-1].isspace() else "")


def _balanced(body: str) -> bool:
    depth = 0
    for ch in body.replace(r"\{", "").replace(r"\}", ""):
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            return False
    return depth == 0


def _cell(value) -> str:
    if isinstance(value, Link):
        text = tex(_breakable(value.text))
        if value.cite:
            return f"{text}~\\cite{{{value.cite}}}"
        if value.url:
            url = "".join(_URL_SPECIALS.get(ch, ch) for ch in value.url)
            return f"\\href{{{url}}}{{{text}}}"
        return text
    if isinstance(value, Written):
        return tex_written(value.raw)
    return tex(_breakable(plain(value)))


def _em(word: str, bold: bool = False) -> float:
    """A word's width in ems of Computer Modern, near enough to size a column (T1 roman; bold
    is wider)."""
    width = sum(_NARROW_EM if ch in _NARROW else _WIDE_EM if ch in _WIDE else
                _UPPER_EM if ch.isupper() else _SYMBOL_EM if not ch.isalnum() and ch not in ".,-"
                else _LOWER_EM for ch in word)
    return width * (1.2 if bold else 1.0) * _SAFETY


def _widths(headers: list[str], rows: list[list]) -> tuple[list[float], str]:
    """Each column's share of the line, and the largest font size at which every column holds
    its longest word (whole, else broken at the marks of `_breakable`): a column gets at least
    that word's width, and the rest of the line goes by how much text the column holds (its
    header or its longer cells)."""
    longest, longest_whole, typical = [], [], []
    for col, head in enumerate(headers):
        texts = [plain(row[col]) for row in rows]
        # TeX breaks lines at spaces and after hyphens and slashes
        head_words = [_em(w, bold=True) for w in _BREAKS.split(head) if w]
        chunks = [_em(w) + (_HYPHEN_EM if w != t else 0)
                  for t in texts for w in _BREAKS.split(_breakable(t)) if w]
        whole = [_em(w) for t in texts for w in _BREAKS.split(t) if w]
        longest.append(max(chunks + head_words, default=1.0))
        longest_whole.append(max(whole + head_words, default=1.0))
        lengths = sorted(len(t) for t in texts) or [0]
        typical.append(min(max(lengths[int(0.9 * (len(lengths) - 1))], len(head), _MIN_WIDTH),
                           _MAX_WIDTH))
    for size, points, whole in _SIZES:
        floors = [((em_whole if whole else em) * points + _PADDING) / _LINE
                  for em, em_whole in zip(longest, longest_whole)]
        if sum(floors) <= 1:
            break
    spare = max(1 - sum(floors), 0)
    total = sum(typical) or 1
    return [floor + spare * t / total for floor, t in zip(floors, typical)], size


def _spec(shares: list[float], right: list[bool]) -> str:
    columns = []
    for share, r in zip(shares, right):
        # \hspace{0pt} lets TeX hyphenate a cell's first word, which it otherwise never does
        ragged = r"\raggedleft" if r else r"\raggedright\hspace{0pt}"
        columns.append(rf">{{{ragged}\arraybackslash}}"
                       rf"p{{\dimexpr {share:.3f}\linewidth-2\tabcolsep\relax}}")
    return "@{}" + "".join(columns) + "@{}"


def _parts(headers: list[str], rows: list[list]) -> list[list[int]]:
    """The columns of each table a section is set as: all of them where they fit the line at
    the smallest size, else runs of columns that do, each after the first (key) column."""
    everything = list(range(len(headers)))
    if len(headers) < 3 or _fits(headers, rows, everything):
        return [everything]
    parts, current = [], [0]
    for col in everything[1:]:
        if len(current) > 1 and not _fits(headers, rows, current + [col]):
            parts.append(current)
            current = [0]
        current.append(col)
    return parts + [current]


def _fits(headers: list[str], rows: list[list], columns: list[int]) -> bool:
    shares, _ = _widths([headers[c] for c in columns], [[row[c] for c in columns] for row in rows])
    return sum(shares) <= 1.0001


def render(report: Report) -> str:
    lines = [f"% generated by: {report.command}".replace("\n", " "),
             f"% needs in the preamble: {PACKAGES}"]
    if report.facts:
        lines += [r"\begin{description}"]
        lines += [rf"  \item[{tex(k)}] {_cell(v)}" for k, v in report.facts]
        lines += [r"\end{description}"]
    for section in report.sections:
        all_headers, all_rows, all_right = table(section)
        if not all_headers:
            continue
        parts = _parts(all_headers, all_rows)
        for number, columns in enumerate(parts, 1):
            headers = [all_headers[c] for c in columns]
            rows = [[row[c] for c in columns] for row in all_rows]
            right = [all_right[c] for c in columns]
            part = f" (part {number} of {len(parts)})" if len(parts) > 1 else ""
            name = section.caption or f"{report.title}: {section.heading}"
            caption = tex(" ".join([f"{name}{part}.", *section.notes]))
            lines += _longtable(headers, rows, right, caption)
    return "\n".join(lines) + "\n"


def _longtable(headers: list[str], rows: list[list], right: list[bool], caption: str) -> list[str]:
    head = " & ".join(rf"\textbf{{{tex(_breakable(h))}}}" for h in headers) + r" \\"
    shares, size = _widths(headers, rows)
    lines = [rf"\begingroup{size}\setlength{{\tabcolsep}}{{4pt}}",
             rf"\begin{{longtable}}{{{_spec(shares, right)}}}",
             rf"\caption{{{caption}}}\\", r"\toprule", head, r"\midrule", r"\endfirsthead",
             r"\toprule", head, r"\midrule", r"\endhead", r"\bottomrule", r"\endlastfoot"]
    lines += [" & ".join(_cell(cell) for cell in row) + r" \\" for row in rows]
    return lines + [r"\end{longtable}", r"\endgroup", ""]
