"""Every claim in one self-contained, offline HTML page: `claims report DIR --view explorer`.

The page holds its claims as JSON and its script and style inline (explorer.js, explorer.css
beside this module): no network, no CDN, one file to mail or archive. It offers free-text search
(every word must occur in the method, metric, dataset, platform, baseline, paper or sentence),
facets for metric family, platform class, dataset and year (values of one facet OR, facets AND),
sortable columns, and rows that open to the claim's sentence with the number highlighted and a
link to the paper.
"""
from __future__ import annotations

import html
import json
from importlib import resources

import pandas as pd

from ..tables import Tables
from .compose import Filters, filtered
from .platforms import placed
from .present import cells, paper_links, readable, sig3

__all__ = ["explorer_page", "explorer_rows"]

_COLUMNS = ("method", "value", "metric", "family", "dataset", "platform", "paper")


def _text(value) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and value != value) \
        else str(value)


def _readable_part(text: str) -> str:
    """`readable(text)` with the spaces at its ends kept (it sits beside the highlighted number)."""
    if not text.strip():
        return " " if text else ""
    return (" " if text[0].isspace() else "") + readable(text) + (" " if text[-1].isspace() else "")


def _sentence_parts(abstract: str, sentence: str, start, end, text: str) -> tuple[str, str, str]:
    """The sentence around the claim's number: (before, number, after), readable."""
    sentence = _text(sentence)
    at = -1
    if abstract and sentence and start is not pd.NA and start is not None:
        at = abstract.rfind(sentence, 0, int(start) + 1)
    if at >= 0 and int(end) <= at + len(sentence):
        begin, stop = int(start) - at, int(end) - at
    else:                               # no abstract: the first place the text occurs
        begin = sentence.find(text) if text else -1
        if begin < 0:
            return "", readable(text), ""
        stop = begin + len(text)
    return (_readable_part(sentence[:begin]), readable(sentence[begin:stop]),
            _readable_part(sentence[stop:]))


def explorer_rows(tables: Tables, filters: Filters = Filters()) -> list[dict]:
    """The page's claims, one dict per claim, in table order."""
    claims = placed(filtered(tables, filters), tables.platforms)
    if not len(claims):
        return []
    links = paper_links(claims, tables.papers)
    frame = pd.concat([claims, links.drop(columns="title")], axis=1)
    shown = cells(frame, _COLUMNS)
    abstracts = {}
    if len(tables.papers):
        abstracts = dict(zip(tables.papers["paper_id"], tables.papers["abstract"]))
    rows = []
    for n, (record, display, full_title) in enumerate(zip(frame.to_dict("records"), shown,
                                                            links["title"])):
        cell = dict(zip(_COLUMNS, display))
        before, hit, after = _sentence_parts(_text(abstracts.get(record["paper_id"])),
                                             record["sentence"], record["start"], record["end"],
                                             _text(record["text"]))
        datasets = [d.strip() for d in _text(record.get("dataset_name") or record.get("dataset")).split(";")
                    if d.strip()]
        rows.append({
            "id": n,
            "method": _text(cell["method"]), "value": _text(cell["value"]),
            "value_num": None if pd.isna(record["value"]) else float(record["value"]),
            "metric": _text(cell["metric"]), "family": _text(cell["family"]),
            "dataset": _text(cell["dataset"]), "datasets": datasets,
            "variant": _text(record.get("dataset_variant")),
            "platform": _text(cell["platform"]), "class": _text(record.get("hardware_class")),
            "baseline": readable(record.get("baseline")),
            "gain": f"{sig3(record['gain'])}×" if not pd.isna(record["gain"]) else "",
            "gain_num": None if pd.isna(record["gain"]) else float(record["gain"]),
            "year": None if pd.isna(record["year"]) else int(record["year"]),
            "paper": _text(record["paper"]), "title": readable(full_title),
            "url": _text(record["url"]), "link": _text(record["link"]),
            "before": before, "hit": hit, "after": after,
        })
    return rows


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def explorer_page(tables: Tables, filters: Filters = Filters(), *, title: str = "Claims explorer",
                  command: str = "") -> str:
    """The explorer page of the claims of `tables` that pass `filters`."""
    rows = explorer_rows(tables, filters)
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # Inside <script>, only "</" could end the element early; JSON reads "<\/" as "</".
    data = data.replace("</", "<\\/")
    esc = html.escape
    comment = command.replace("-->", "- ->").replace("\n", " ")
    return "\n".join([
        f"<!-- generated by: {comment} -->",
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{esc(title)}</title>", f"<style>\n{_asset('explorer.css')}</style>", "</head>",
        "<body>",
        f"<header><h1>{esc(title)}</h1>",
        '<input id="search" type="search" placeholder="Search methods, metrics, datasets, '
        'platforms, papers, sentences" aria-label="Search claims" autocomplete="off"/>',
        '<p id="count" aria-live="polite"></p></header>',
        '<main><aside id="facets" aria-label="Filters"></aside>',
        '<section><table id="claims"><thead><tr></tr></thead><tbody></tbody></table>',
        '<p id="more-wrap"><button id="more" type="button">Show more</button></p>',
        '<p class="legend">Click a row to read its sentence. † platform from the paper\'s '
        "platform list (the claim's own sentence names none).</p></section></main>",
        f'<script type="application/json" id="claims-data">{data}</script>',
        f"<script>\n{_asset('explorer.js')}</script>",
        "</body>", "</html>", ""])
