"""Two XML exports, parsed with defusedxml: PubMed's (`efetch` with `retmode=xml`, and the "PubMed"
XML a search page saves: `<PubmedArticleSet>`) and EndNote's (`<xml><records><record>`).

PubMed: a structured abstract's sections are joined as MEDLINE writes them ("RESULTS: ..."); the
year is the journal issue's (`PubDate/Year`, else the first year of `MedlineDate`). EndNote: every
field's text is inside `<style>` runs, which are joined.
"""
from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

import regex

from ..model import Paper, Problem
from .jsonrec import numbered
from .records import Source, paper_from_fields
from .xmltree import parse_xml, tag_lines

_PUBMED_TAG = regex.compile(r"<PubmedArticle[\s>]")
_ENDNOTE_TAG = regex.compile(r"<record[\s>]")
_YEAR = regex.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"), start=1)}


def looks_like_pubmed_xml(start: str) -> bool:
    return "<PubmedArticleSet" in start or "<PubmedArticle>" in start


def looks_like_endnote_xml(start: str) -> bool:
    return "<records>" in start and "<record>" in start and "<ref-type" in start


def read_pubmed_xml(text: str, source: Source) -> Iterator[Paper | Problem]:
    root = yield from parse_xml(text, source)
    if root is None:
        return
    lines = tag_lines(text, _PUBMED_TAG)
    articles = [root] if root.tag == "PubmedArticle" else root.findall("PubmedArticle")
    for n, article in enumerate(articles):
        line = lines[n] if n < len(lines) else None
        try:
            yield paper_from_fields(_pubmed_fields(article), source, line)
        except ValueError as exc:
            yield source.problem(line, numbered(str(exc), n + 1))


def read_endnote_xml(text: str, source: Source) -> Iterator[Paper | Problem]:
    root = yield from parse_xml(text, source)
    if root is None:
        return
    lines = tag_lines(text, _ENDNOTE_TAG)
    for n, record in enumerate(root.iter("record")):
        line = lines[n] if n < len(lines) else None
        try:
            yield paper_from_fields(_endnote_fields(record), source, line)
        except ValueError as exc:
            yield source.problem(line, numbered(str(exc), n + 1))


def _pubmed_fields(article: Element) -> dict:
    citation = article.find("MedlineCitation")
    entry = citation.find("Article") if citation is not None else None
    if entry is None:
        return {}
    sections = []
    for part in entry.findall("Abstract/AbstractText"):
        body = _text(part)
        label = part.get("Label")
        sections.append(f"{label}: {body}" if label and body else body)
    authors = []
    for author in entry.findall("AuthorList/Author"):
        name = " ".join(filter(None, (_text(author.find("ForeName")), _text(author.find("LastName")))))
        authors.append(name or _text(author.find("CollectiveName")))
    fields = {"title": _text(entry.find("ArticleTitle")), "abstract": " ".join(filter(None, sections)),
              "authors": [name for name in authors if name],
              "venue": _text(entry.find("Journal/Title")), "pmid": _text(citation.find("PMID"))}
    year, date = _pub_date(entry.find("Journal/JournalIssue/PubDate"))
    fields.update(year=year, date=date)
    ids = {item.get("IdType"): _text(item) for item in article.findall("PubmedData/ArticleIdList/ArticleId")}
    locations = {item.get("EIdType"): _text(item) for item in entry.findall("ELocationID")}
    fields["doi"] = ids.get("doi") or locations.get("doi") or ""
    if ids.get("pmc"):
        fields["pmcid"] = ids["pmc"]
    return fields


def _pub_date(pub_date: Element | None) -> tuple[int | None, str]:
    """(year, "YYYY-MM" or "YYYY-MM-DD" where the month is given)."""
    if pub_date is None:
        return None, ""
    year_text = _text(pub_date.find("Year")) or _text(pub_date.find("MedlineDate"))
    found = _YEAR.search(year_text)
    if not found:
        return None, ""
    year = int(found.group(1))
    month_text = _text(pub_date.find("Month")).casefold()[:3]
    month = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else None)
    if not month or pub_date.find("Year") is None:
        return year, ""
    day = _text(pub_date.find("Day"))
    return year, f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day.isdigit() else "")


def _endnote_fields(record: Element) -> dict:
    return {
        "title": _text(record.find("titles/title")),
        "abstract": _text(record.find("abstract")),
        "authors": [_text(author) for author in record.findall("contributors/authors/author")],
        "venue": _text(record.find("titles/secondary-title")) or _text(record.find("periodical/full-title")),
        "year": _text(record.find("dates/year")),
        "doi": _text(record.find("electronic-resource-num")),
        "url": _text(record.find("urls/related-urls/url")),
        "reference_type": (record.find("ref-type").get("name", "") if record.find("ref-type") is not None
                           else ""),
    }


def _text(element: Element | None) -> str:
    """All the text inside an element (italics, sub- and superscripts, EndNote's style runs)."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
