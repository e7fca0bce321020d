"""How a claim reads in a report: numbers to paste, text as a reader writes it, links to papers.

Views keep the tables' raw columns; reports show them through the display columns defined here
(`DISPLAY`), which renderers turn into cells. A cell is text, or a `Link` that each format writes
in its own way (Markdown link, HTML anchor, LaTeX `\\cite`/`\\href`, plain text elsewhere).

>>> value_text(68.1, None, "%", "change", "decrease", "up_to")
'up to −68.1%'
>>> value_text(10.2, 5.74, "x", "ratio", "increase", None), value_text(89.9, None, "%", "absolute", None, None, 82.0)
('5.74–10.2×', '82% → 89.9%')
>>> sig3(1.18217283367), sig3(104.5), sig3(1000.0), sig3(0.000123456)
('1.18', '105', '1000', '0.000123')
>>> readable("reaches 2.36sim 8.02times and 1.61$\\\\times$ at 5\\\\% cost, 10^4$\\\\times$ less")
'reaches 2.36–8.02× and 1.61× at 5% cost, 10⁴× less'
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, quote_plus, urlsplit

import pandas as pd

__all__ = ["DISPLAY", "Link", "Written", "cells", "link_label", "paper_links", "paper_url", "readable",
           "short_title", "sig3", "stated", "value_text"]


@dataclass(frozen=True)
class Link:
    """A cell that points at a paper: `text` shown, `url` to open, `cite` a BibTeX key."""

    text: str
    url: str | None = None
    cite: str | None = None

    def __str__(self) -> str:
        return self.text


class Written(str):
    """Text as the abstract writes it: the cell reads as `readable` text, and `raw` keeps the
    markup, so LaTeX output can keep the abstract's own math ("1.61$\\times$")."""

    raw: str

    def __new__(cls, raw) -> "Written":
        cell = super().__new__(cls, readable(raw))
        cell.raw = str(raw)
        return cell


def _written(values) -> list:
    return [None if _missing(v) else Written(v) for v in values]


# --- numbers ---------------------------------------------------------------------------------

def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def sig3(number) -> str:
    """A computed number (a gain, a factor) to 3 significant figures, never in e-notation."""
    if _missing(number):
        return ""
    number = float(number)
    if number == 0 or not math.isfinite(number):
        return f"{number:g}"
    exact = Decimal(repr(number))
    # half up, as people round (104.5 -> 105), not to even as float formatting does
    rounded = exact.quantize(Decimal(1).scaleb(exact.adjusted() - 2), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def stated(number) -> str:
    """A number as the abstract states it: 87.6, 2077, 0.953 (never rounded: a stated value
    keeps the digits its authors gave)."""
    if _missing(number):
        return ""
    number = float(number)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


_QUALIFIERS = {"up_to": "up to ", "about": "≈", "at_least": "≥", "at_most": "≤",
               "more_than": ">", "less_than": "<", "average": "avg. "}


def _with_unit(number: str, unit) -> str:
    if _missing(unit) or not unit:
        return number
    if unit == "%":
        return f"{number}%"
    if unit == "x":
        return f"{number}×"
    return f"{number} {unit}"


def value_text(value, value_low, unit, kind, direction, qualifier, baseline_value=None) -> str:
    """The value as one would write it in a table: qualifier, range, sign or factor, unit."""
    if _missing(value):
        return ""
    number = stated(value)
    if not _missing(value_low):
        number = f"{stated(value_low)}–{number}"
    unit = None if _missing(unit) else unit
    if kind == "change":
        sign = "−" if direction == "decrease" else "+"
        text = sign + _with_unit(stated(value), unit)
        if not _missing(value_low):
            text = f"{sign}{_with_unit(stated(value_low), unit)} to {text}"
    elif kind == "ratio" and unit == "%":
        text = f"{number}% of baseline"
    elif kind == "ratio" and direction == "decrease" and float(value) >= 1:
        text = _with_unit(number, unit) + " lower"
    else:
        text = _with_unit(number, unit)
        if kind == "absolute" and not _missing(baseline_value):
            text = f"{_with_unit(stated(baseline_value), unit)} → {text}"
    prefix = "" if _missing(qualifier) else _QUALIFIERS.get(str(qualifier), "")
    return prefix + text


# --- text ------------------------------------------------------------------------------------

_SYMBOLS = {"times": "×", "sim": "~", "approx": "≈", "pm": "±", "leq": "≤", "le": "≤",
            "geq": "≥", "ge": "≥", "cdot": "·", "rightarrow": "→", "to": "→", "downarrow": "↓",
            "uparrow": "↑", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
            "epsilon": "ε", "lambda": "λ", "mu": "µ", "sigma": "σ", "theta": "θ", "pi": "π",
            "infty": "∞", "circ": "°", "%": "%", "&": "&", "_": "_", "#": "#"}
_GLUED_SIM = re.compile(r"(?<=\d)sim\b")
_RANGE_SIM = re.compile(r"(?<=[\d%×])\s*~\s*(?=\d)")     # "2.36~8.02": a range, as LaTeX abstracts write it
_GLUED_TIMES = re.compile(r"(?<=\d)\s?times\b")
_COMMAND = re.compile(r"\\(times|sim|approx|pm|leq|le|geq|ge|cdot|rightarrow|to|downarrow|uparrow|"
                      r"alpha|beta|gamma|delta|epsilon|lambda|mu|sigma|theta|pi|infty|circ)(?![A-Za-z])"
                      r"|\\([%&_#])")
_WRAPPER = re.compile(r"\\(?:textbf|textit|emph|mathrm|mathbf|text|textrm|mathit)\s*\{([^{}]*)\}")
_SUPERSCRIPT = re.compile(r"\^\{?\\?circ\}?")
_POWER = re.compile(r"(?<=\d)\^\{?(-?\d{1,3})\}?")
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_MARKUP = re.compile(r"\*\*|__|\$|\\,|\\ |(?<!\\)[{}]")
_SPACES = re.compile(r"\s+")


def readable(text) -> str:
    """`text` without LaTeX or Markdown markup, as a reader would write it: "1.61$\\times$"
    -> "1.61×", "2.36sim 8.02times" (LaTeX lost on the page) -> "2.36–8.02×", "5\\%" -> "5%"."""
    if _missing(text):
        return ""
    out = _GLUED_SIM.sub("~", str(text))
    out = _GLUED_TIMES.sub("×", out)
    out = _SUPERSCRIPT.sub("°", out)
    out = _POWER.sub(lambda m: m.group(1).translate(_SUPERSCRIPTS), out)
    for _ in range(3):                      # nested wrappers: \textbf{\emph{x}}
        out = _WRAPPER.sub(r"\1", out)
    out = _COMMAND.sub(lambda m: _SYMBOLS[m.group(1) or m.group(2)], out)
    out = _MARKUP.sub("", out)
    out = _RANGE_SIM.sub("–", out)
    return _SPACES.sub(" ", out).strip()


_NAME_PREFIX = re.compile(r"^\s*([^:]{1,40}?)\s*:\s+\S")


def short_title(title, limit: int = 48) -> str:
    """A title short enough for a table cell: the system name before its colon ("DynaGraph"),
    else the title cut at a word before `limit` characters, with an ellipsis."""
    if _missing(title):
        return ""
    title = _SPACES.sub(" ", str(title)).strip()
    named = _NAME_PREFIX.match(title)
    if named and len(named.group(1).split()) <= 4:
        return named.group(1)
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


# --- papers ----------------------------------------------------------------------------------

_ARXIV_ID = re.compile(r"(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def paper_url(record: dict) -> tuple[str, str]:
    """The URL of a paper record and where it came from: the arXiv abstract page (from
    `arxiv_id`, or a `paper_id` that is an arXiv id), else the DOI, else the record's `url`,
    else a scholar search for its exact title (the record names no page of its own)."""
    def field(name):
        value = record.get(name)
        return None if _missing(value) or not str(value).strip() else str(value).strip()

    for candidate in (field("arxiv_id"), field("paper_id")):
        if candidate and _ARXIV_ID.fullmatch(candidate.removeprefix("arXiv:")):
            return f"https://arxiv.org/abs/{candidate.removeprefix('arXiv:')}", "arxiv"
    if field("doi"):
        return f"https://doi.org/{quote(_DOI_PREFIX.sub('', field('doi')), safe='/:;()._-')}", "doi"
    if field("url") and field("url").lower().startswith(("http://", "https://")):
        return field("url"), "url"
    title = field("title")
    if title:
        return f"https://scholar.google.com/scholar?q={quote_plus(chr(34) + title + chr(34))}", "search"
    return "", ""


def link_label(url: str, kind: str) -> str:
    """Short words for a paper's link: "arXiv:2101.00001", "doi:10.1145/1", the site, or
    "search by title"."""
    if kind == "arxiv":
        return "arXiv:" + url.rsplit("/abs/", 1)[-1]
    if kind == "doi":
        return "doi:" + url.split("doi.org/", 1)[-1]
    if kind == "search":
        return "search by title"
    return urlsplit(url).netloc or url


def paper_links(claims: pd.DataFrame, papers: pd.DataFrame | None) -> pd.DataFrame:
    """Per claim row: `paper` (short title, or the paper_id of an untitled paper), `year`, `url`, `link` (arxiv, doi, url or
    search) and `cite` (the BibTeX key, where the input had one). Works on papers tables with
    or without the venue, doi, arxiv_id, url and bibtex_key columns."""
    records: dict[str, dict] = {}
    if papers is not None and len(papers):
        for record in papers.drop_duplicates("paper_id").to_dict("records"):
            records[record["paper_id"]] = record
    rows = []
    for paper_id, title in zip(claims["paper_id"], claims["title"]):
        record = dict(records.get(paper_id, {}))
        record.setdefault("paper_id", paper_id)
        if _missing(record.get("title")):
            record["title"] = title
        url, kind = paper_url(record)
        year = record.get("year")
        cite = record.get("bibtex_key")
        # A paper read without a title (an abstract alone) is named by the id --paper accepts.
        rows.append({"paper": short_title(record["title"]) or str(paper_id),
                     "title": record["title"],
                     "year": None if _missing(year) else int(year), "url": url or None,
                     "link": kind or None, "cite": None if _missing(cite) else str(cite)})
    frame = pd.DataFrame(rows, index=claims.index,
                         columns=["paper", "title", "year", "url", "link", "cite"])
    return frame.astype({"paper": "string", "title": "string", "year": "Int64", "url": "string",
                         "link": "string", "cite": "string"})


# --- display columns -------------------------------------------------------------------------

def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return frame[name] if name in frame else pd.Series(pd.NA, index=frame.index, dtype="object")


def _first(frame: pd.DataFrame, *names: str) -> list:
    values = [None] * len(frame)
    for name in reversed(names):
        for i, value in enumerate(_column(frame, name)):
            if not _missing(value):
                values[i] = value
    return values


def _values(frame: pd.DataFrame) -> list[str]:
    get = lambda name: list(_column(frame, name))      # noqa: E731
    return [value_text(*row) for row in zip(get("value"), get("value_low"), get("unit"),
                                            get("kind"), get("direction"), get("qualifier"),
                                            get("baseline_value"))]


def _papers(frame: pd.DataFrame) -> list[Link]:
    cells = []
    for paper, year, url, cite in zip(_column(frame, "paper"), _column(frame, "year"),
                                      _column(frame, "url"), _column(frame, "cite")):
        text = "" if _missing(paper) else str(paper)
        if not _missing(year):
            text = f"{text} ({int(year)})"
        cells.append(Link(text, None if _missing(url) else str(url),
                          None if _missing(cite) else str(cite)))
    return cells


def _platforms(frame: pd.DataFrame) -> list[str]:
    inferred = _column(frame, "platform_from_paper")
    return ["" if _missing(p) else f"{p}†" if not _missing(i) and bool(i) else str(p)
            for p, i in zip(_column(frame, "platform"), inferred)]


def _gains(frame: pd.DataFrame, column: str) -> list[str]:
    return [f"{sig3(g)}×" if not _missing(g) else "" for g in _column(frame, column)]


# Display column -> how its cells are made from a view's raw columns. Any other column name
# shows the raw column as it is.
DISPLAY: dict[str, Callable[[pd.DataFrame], list]] = {
    "method": lambda f: _written(_first(f, "method_name", "method")),
    "value": _values,
    "metric": lambda f: _written(_first(f, "metric_text", "metric")),
    "family": lambda f: [None if _missing(m) else str(m).replace("_", " ") for m in _column(f, "metric")],
    "dataset": lambda f: _first(f, "dataset_name", "dataset"),
    "variant": lambda f: list(_column(f, "dataset_variant")),
    "platform": _platforms,
    "class": lambda f: _first(f, "hardware_class", "class"),
    "baseline": lambda f: _written(_column(f, "baseline")),
    "gain": lambda f: _gains(f, "gain"),
    "max_gain": lambda f: _gains(f, "max_gain"),
    "text": lambda f: _written(_column(f, "text")),
    "sentence": lambda f: _written(_column(f, "sentence")),
    "paper": _papers,
}


def cells(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[list]:
    """The rows of `frame` as display cells (text, Link or a raw value) of `columns`."""
    made = [DISPLAY[c](frame) if c in DISPLAY else list(_column(frame, c)) for c in columns]
    return [list(row) for row in zip(*made)] if made else [[] for _ in range(len(frame))]
