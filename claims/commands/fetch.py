"""`claims fetch arxiv|openalex|s2 ...`: papers from the APIs researchers query, as JSON Lines on
stdout (or written whole to -o FILE), ready for `claims extract -`.

    claims fetch arxiv "cat:cs.AR AND abs:FPGA" --max 500
    claims fetch arxiv 2401.01234 2312.00001
    claims fetch openalex --search "processing in memory" --from 2022 --mailto you@example.org
    claims fetch s2 "speculative decoding" --fields title,abstract,year,venue

Responses are cached (see --cache-dir), so a fetch run again after an interruption resumes
where it stopped.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys

from . import COMMANDS, EXIT_OK
from ..atomic import atomic_open
from ..fetch import (ARXIV_INTERVAL, ARXIV_URL, OPENALEX_INTERVAL, OPENALEX_URL, S2_INTERVAL,
                     S2_URL, Api, Clock, ResponseCache, Tally, default_cache_dir, fetch_arxiv,
                     fetch_openalex, fetch_s2, paper_record)
from ..fetch.cache import DEFAULT_MAX_AGE_HOURS

S2_KEY_ENV = "S2_API_KEY"
OPENALEX_KEY_ENV = "OPENALEX_API_KEY"
MAILTO_ENV = "OPENALEX_MAILTO"
# Base URLs can be moved (a mirror, a proxy, a local server) for every command run at once.
URL_ENV = {"arxiv": "CLAIMS_ARXIV_API", "openalex": "CLAIMS_OPENALEX_API", "s2": "CLAIMS_S2_API"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch", help=COMMANDS["fetch"],
        description="Fetch papers from arXiv, OpenAlex or Semantic Scholar and write them as "
                    "JSON Lines (stdout, or -o FILE), which every claims command reads. Each API's "
                    "rate rules are kept; 429 and 5xx answers are retried with back-off; "
                    "responses are cached, so running a fetch again resumes it.")
    sources = parser.add_subparsers(dest="source", metavar="SOURCE", required=True)
    arxiv = sources.add_parser("arxiv", help="the arXiv API: a search query, or arXiv ids",
                               description="A search query in arXiv's syntax "
                                           "(\"cat:cs.AR AND abs:FPGA\"), or one or more arXiv ids.")
    arxiv.add_argument("terms", nargs="+", metavar="QUERY_OR_ID")
    arxiv.add_argument("--sort", choices=("relevance", "submitted", "updated"), default="relevance")
    openalex = sources.add_parser("openalex", help="OpenAlex works",
                                  description="OpenAlex works; abstracts are rebuilt from the "
                                              "inverted index.")
    openalex.add_argument("--search", default="", help="full-text search of title and abstract")
    openalex.add_argument("--from", dest="from_date", metavar="YEAR|DATE",
                          help="published on or after (2022 or 2022-06-01)")
    openalex.add_argument("--filter", action="append", default=[], metavar="FILTER",
                          help="an OpenAlex filter such as type:article (repeatable)")
    openalex.add_argument("--mailto", default=os.environ.get(MAILTO_ENV, ""),
                          help=f"your e-mail, for OpenAlex's polite pool (default: ${MAILTO_ENV})")
    openalex.add_argument("--api-key", default=os.environ.get(OPENALEX_KEY_ENV, ""),
                          help=f"OpenAlex API key (default: ${OPENALEX_KEY_ENV})")
    s2 = sources.add_parser("s2", help="the Semantic Scholar paper search",
                            description="Semantic Scholar's relevance search (at most 1,000 papers).")
    s2.add_argument("query", nargs="+", metavar="QUERY")
    s2.add_argument("--fields", default="", metavar="F1,F2",
                    help="Graph API fields to ask for (title and abstract are always asked for)")
    s2.add_argument("--year", default="", help="a year or range, e.g. 2022-2024")
    s2.add_argument("--api-key", default=os.environ.get(S2_KEY_ENV, ""),
                    help=f"Semantic Scholar API key (default: ${S2_KEY_ENV})")
    for sub in (arxiv, openalex, s2):
        sub.add_argument("--max", type=_positive, default=100, metavar="N",
                         help="at most N papers (default 100)")
        sub.add_argument("-o", "--output", metavar="FILE",
                         help="write JSON Lines to FILE, whole or not at all (default: stdout)")
        sub.add_argument("--cache-dir", default=None, metavar="DIR",
                         help=f"where responses are cached (default: ${{CLAIMS_CACHE_DIR}} or "
                              f"{default_cache_dir()})")
        sub.add_argument("--max-age", type=float, default=DEFAULT_MAX_AGE_HOURS, metavar="HOURS",
                         help="use cached responses up to this old (default 24)")
        sub.add_argument("--no-cache", action="store_true", help="neither read nor keep responses")
        sub.add_argument("--api-url", default=None, metavar="URL",
                         help="the API's base URL, a mirror or a local server (default: "
                              "$CLAIMS_ARXIV_API, $CLAIMS_OPENALEX_API or $CLAIMS_S2_API, else "
                              "the public API)")
        sub.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
        sub.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(args: argparse.Namespace, clock: Clock | None = None) -> int:
    cache = ResponseCache(None if args.no_cache else (args.cache_dir or default_cache_dir()),
                          args.max_age)
    tally = Tally()
    api, papers = _source(args, cache, clock or Clock(), tally)
    bar = _progress(args)
    count = without_abstract = 0
    try:
        with _output(args.output) as out:
            for paper in papers:
                out.write(json.dumps(paper_record(paper), ensure_ascii=False) + "\n")
                count += 1
                without_abstract += not paper.abstract
                bar.update(1)
            if args.output is None:
                out.flush()
    finally:
        bar.close()
        api.close()
    for note in tally.notes:
        print(f"claims: note: {note}", file=sys.stderr)
    details = [f"{without_abstract} without abstract"] if without_abstract else []
    if tally.untitled:
        details.append(f"{tally.untitled} record{'s' * (tally.untitled != 1)} without a title skipped")
    where = f" into {args.output}" if args.output else ""
    print(f"claims: fetched {count} paper{'s' * (count != 1)} from {args.source}{where}"
          f"{' (' + '; '.join(details) + ')' if details else ''}; {api.requests} "
          f"request{'s' * (api.requests != 1)} sent", file=sys.stderr)
    return EXIT_OK


def _source(args, cache: ResponseCache, clock: Clock, tally: Tally):
    base = args.api_url or os.environ.get(URL_ENV[args.source]) or None
    if args.source == "arxiv":
        api = Api("arxiv", base or ARXIV_URL, ARXIV_INTERVAL, cache=cache, clock=clock)
        return api, fetch_arxiv(api, args.terms, args.max, args.sort, tally=tally)
    if args.source == "openalex":
        api = Api("openalex", base or OPENALEX_URL, OPENALEX_INTERVAL, cache=cache,
                  clock=clock)
        filters = list(args.filter)
        if args.from_date:
            date = args.from_date if "-" in args.from_date else f"{args.from_date}-01-01"
            filters.append(f"from_publication_date:{date}")
        return api, fetch_openalex(api, args.search, filters, args.max, args.mailto, args.api_key,
                                   tally=tally)
    headers = {"x-api-key": args.api_key} if args.api_key else {}
    api = Api("s2", base or S2_URL, S2_INTERVAL, headers=headers, cache=cache, clock=clock)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    return api, fetch_s2(api, " ".join(args.query), fields, args.max, args.year, tally=tally)


@contextlib.contextmanager
def _output(path: str | None):
    if path is None:
        yield sys.stdout
        return
    with atomic_open(path, "w") as handle:
        yield handle


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(args):
    if args.quiet or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=args.max, unit=" papers", file=sys.stderr, desc=f"claims fetch {args.source}",
                dynamic_ncols=True, mininterval=0.5)
