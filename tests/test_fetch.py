"""`claims fetch` runs its real HTTP code against a server on 127.0.0.1 that replays answers in
each API's documented format: paging, rate limits, 429 then success, 500 then give-up, a
malformed body, the cache and resuming. No test touches the internet or sleeps real seconds."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from claims.cli import main
from claims.fetch import Api, Clock, FetchError, ResponseCache, fetch_arxiv, fetch_openalex, fetch_s2


class FakeClock(Clock):
    """Time that passes only when the code sleeps; every sleep is recorded."""

    def __init__(self):
        self.now, self.sleeps = 1000.0, []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


class Replay:
    """A local API: `answer(path, query)` gives (status, headers, body) for each request."""

    def __init__(self, answer):
        self.answer, self.requests = answer, []
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):        # noqa: N802 - the name http.server calls
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                replay.requests.append((parts.path, query, dict(self.headers)))
                status, headers, body = replay.answer(parts.path, query)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def replay():
    servers = []

    def start(answer):
        servers.append(Replay(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def atom_feed(total: int, start: int, ids: list[str]) -> bytes:
    entries = "".join(f"""
  <entry>
    <id>http://arxiv.org/abs/{i}v1</id>
    <updated>2024-01-02T00:00:00Z</updated>
    <published>2024-01-01T00:00:00Z</published>
    <title>Paper {i}</title>
    <summary>It runs 2x faster on an FPGA.</summary>
    <author><name>Ann Lee</name></author>
    <link href="http://arxiv.org/abs/{i}v1" rel="alternate" type="text/html"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.AR" scheme="http://arxiv.org/schemas/atom"/>
  </entry>""" for i in ids)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <title type="html">ArXiv Query</title>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>{start}</opensearch:startIndex>
  <opensearch:itemsPerPage>{len(ids)}</opensearch:itemsPerPage>{entries}
</feed>""".encode()


ARXIV_IDS = [f"2401.0000{n}" for n in range(1, 6)]


def arxiv_answer(path, query):
    assert path == "/api/query"
    if "id_list" in query:
        ids = [i.split("v")[0] for i in query["id_list"].split(",")]
        return 200, {}, atom_feed(len(ids), 0, ids)
    start, size = int(query["start"]), int(query["max_results"])
    return 200, {}, atom_feed(len(ARXIV_IDS), start, ARXIV_IDS[start:start + size])


def openalex_work(n: int) -> dict:
    return {"id": f"https://openalex.org/W{n}", "doi": f"https://doi.org/10.1234/w{n}",
            "display_name": f"Work {n}", "title": f"Work {n}", "publication_year": 2023,
            "publication_date": "2023-05-01",
            "primary_location": {"landing_page_url": f"https://example.org/w{n}",
                                 "source": {"display_name": "MICRO"}},
            "authorships": [{"author": {"display_name": "Bo Chen"}}],
            "abstract_inverted_index": {"It": [0], "saves": [1], "40%": [2], "energy.": [3]}}


def test_arxiv_search_pages_until_the_total_one_request_every_3_seconds(replay):
    server = replay(arxiv_answer)
    clock = FakeClock()
    api = Api("arxiv", f"{server.url}/api", 3.0, clock=clock)
    papers = list(fetch_arxiv(api, ["cat:cs.AR AND abs:FPGA"], 100, page_size=2))
    assert [p.arxiv_id for p in papers] == ARXIV_IDS
    assert [(q["search_query"], q["start"], q["max_results"]) for _, q, _ in server.requests] == [
        ("cat:cs.AR AND abs:FPGA", "0", "2"), ("cat:cs.AR AND abs:FPGA", "2", "2"),
        ("cat:cs.AR AND abs:FPGA", "4", "2")]
    assert clock.sleeps == [3.0, 3.0]
    assert (papers[0].title, papers[0].url, papers[0].category, papers[0].year) == (
        "Paper 2401.00001", "http://arxiv.org/abs/2401.00001v1", "cs.AR", 2024)


def test_arxiv_stops_at_max_and_reads_ids(replay):
    server = replay(arxiv_answer)
    api = Api("arxiv", f"{server.url}/api", 3.0, clock=FakeClock())
    assert [p.arxiv_id for p in fetch_arxiv(api, ["all:fpga"], 3, page_size=2)] == ARXIV_IDS[:3]
    assert [q["max_results"] for _, q, _ in server.requests] == ["2", "1"]
    server.requests.clear()
    papers = list(fetch_arxiv(api, ["2401.00001", "2312.00001v2"], 10))
    assert [p.arxiv_id for p in papers] == ["2401.00001", "2312.00001"]
    assert server.requests[0][1]["id_list"] == "2401.00001,2312.00001v2"


def test_openalex_pages_by_cursor_with_mailto_after_a_429(replay):
    calls = []

    def answer(path, query):
        assert path == "/works"
        calls.append(query["cursor"])
        if len(calls) == 1:
            return 429, {"Retry-After": "7"}, b'{"error": "too many requests"}'
        if query["cursor"] == "*":
            return 200, {}, json.dumps({"meta": {"count": 3, "next_cursor": "c2"},
                                        "results": [openalex_work(1), openalex_work(2)]}).encode()
        return 200, {}, json.dumps({"meta": {"count": 3, "next_cursor": None},
                                    "results": [openalex_work(3)]}).encode()

    server = replay(answer)
    clock = FakeClock()
    api = Api("openalex", server.url, 0.1, clock=clock)
    papers = list(fetch_openalex(api, "processing in memory", ["from_publication_date:2022-01-01"],
                                 10, mailto="me@example.org", page_size=2))
    assert calls == ["*", "*", "c2"]
    assert clock.sleeps == [7.0, 0.1]         # Retry-After honoured, then the polite interval
    query = server.requests[1][1]
    assert (query["search"], query["filter"], query["mailto"], query["per-page"]) == (
        "processing in memory", "from_publication_date:2022-01-01", "me@example.org", "2")
    assert [(p.title, p.abstract, p.venue, p.doi, p.url) for p in papers] == [
        (f"Work {n}", "It saves 40% energy.", "MICRO", f"10.1234/w{n}", f"https://example.org/w{n}")
        for n in (1, 2, 3)]


def test_a_500_that_persists_gives_up_with_one_clear_line(replay, capsys, tmp_path, monkeypatch):
    server = replay(lambda path, query: (500, {}, b"Internal Server Error"))
    clock = FakeClock()
    api = Api("s2", server.url, 1.0, clock=clock)
    with pytest.raises(FetchError) as caught:
        list(fetch_s2(api, "speculative decoding", [], 10))
    assert len(server.requests) == 5
    assert clock.sleeps == [2.0, 4.0, 8.0, 16.0]
    assert str(caught.value) == (
        f"s2: HTTP 500 for {server.url}/paper/search?query=speculative+decoding&fields=title%2C"
        "abstract%2Cauthors%2Cyear%2CpublicationDate%2Cvenue%2Cjournal%2CpublicationVenue%2C"
        "externalIds%2Curl&offset=0&limit=10 after 5 tries; giving up. Run the same command again "
        "later: the pages already fetched are cached and the fetch resumes after them")
    monkeypatch.setattr(Clock, "sleep", lambda self, seconds: None)
    out = tmp_path / "out.jsonl"
    assert main(["fetch", "s2", "x", "--api-url", server.url, "-o", str(out),
                 "--cache-dir", str(tmp_path / "cache")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("claims: s2: HTTP 500 for ") and "giving up" in err
    assert not out.exists() and list(tmp_path.glob(".out.jsonl*")) == []


def test_a_client_error_is_not_retried_and_names_the_api_message(replay):
    server = replay(lambda path, query: (400, {}, b'{"error": "Unrecognized or unsupported fields: [nope]"}'))
    with pytest.raises(FetchError, match=r'^s2: HTTP 400 for .*: \{"error": "Unrecognized or '
                                         r'unsupported fields: \[nope\]"\}$'):
        list(fetch_s2(Api("s2", server.url, 1.0, clock=FakeClock()), "q", ["nope"], 5))
    assert len(server.requests) == 1


@pytest.mark.parametrize("body, reason", [
    (b'{"meta": {}, "results": [', "invalid JSON"),
    (b'{"meta": {}, "data": []}', "no list of results"),
])
def test_a_malformed_body_stops_the_fetch_and_is_not_cached(replay, tmp_path, body, reason):
    server = replay(lambda path, query: (200, {}, body))
    cache = ResponseCache(tmp_path / "cache")
    api = Api("openalex", server.url, 0.1, cache=cache, clock=FakeClock())
    with pytest.raises(FetchError, match=rf"^openalex: the answer to {server.url}/works\?.* is not "
                                         rf"what the API documents \({reason}.*\); giving up$"):
        list(fetch_openalex(api, "x", [], 5))
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def s2_answer(pages_ok: set[int]):
    def answer(path, query):
        assert path == "/paper/search"
        offset = int(query["offset"])
        if offset not in pages_ok:
            return 503, {}, b"Service Unavailable"
        data = [{"paperId": f"p{offset + n}", "title": f"S2 paper {offset + n}",
                 "abstract": "It is 3x faster.", "year": 2024,
                 "externalIds": {"ArXiv": f"2402.{offset + n:05d}"},
                 "authors": [{"name": "Ann Lee"}]} for n in range(2)]
        following = {"next": offset + 2} if offset + 2 < 4 else {}
        return 200, {}, json.dumps({"total": 4, "offset": offset, **following, "data": data}).encode()
    return answer


def test_the_cache_answers_a_repeated_fetch_and_an_interrupted_fetch_resumes(replay, tmp_path,
                                                                              monkeypatch, capsys):
    monkeypatch.setattr(Clock, "sleep", lambda self, seconds: None)
    pages_ok = {0}
    server = replay(s2_answer(pages_ok))
    out = tmp_path / "s2.jsonl"
    command = ["fetch", "s2", "speculative", "decoding", "--max", "4", "--api-url", server.url,
               "--cache-dir", str(tmp_path / "cache"), "-o", str(out)]
    assert main(command) == 1                      # the second page fails five times
    assert not out.exists()
    assert [q["offset"] for _, q, _ in server.requests] == ["0"] + ["2"] * 5
    capsys.readouterr()
    pages_ok.add(2)                                # the API is back: run the same command again
    server.requests.clear()
    assert main(command) == 0
    assert [q["offset"] for _, q, _ in server.requests] == ["2"]     # page one came from the cache
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["title"] for r in records] == [f"S2 paper {n}" for n in range(4)]
    assert records[0] == {"paper_id": "2402.00000", "title": "S2 paper 0", "authors": "Ann Lee",
                          "year": 2024, "arxiv_id": "2402.00000", "abstract": "It is 3x faster.",
                          "paperId": "p0"}
    assert capsys.readouterr().err == (f"claims: fetched 4 papers from s2 into {out}; "
                                       "1 request sent\n")
    server.requests.clear()
    assert main(command) == 0 and server.requests == []        # all cached now
    assert main(command + ["--no-cache"]) == 0 and len(server.requests) == 2


def test_s2_sends_the_api_key_as_a_header_and_asks_for_title_and_abstract(replay, monkeypatch, capsys):
    monkeypatch.setattr(Clock, "sleep", lambda self, seconds: None)
    monkeypatch.setenv("S2_API_KEY", "secret-key")
    server = replay(s2_answer({0, 2}))
    assert main(["fetch", "s2", "q", "--fields", "year,venue", "--max", "3", "--no-cache",
                 "--api-url", server.url]) == 0
    path, query, headers = server.requests[0]
    assert headers.get("x-api-key") == "secret-key" and query["fields"] == "title,abstract,year,venue"
    out, err = capsys.readouterr()
    assert [json.loads(line)["paperId"] for line in out.splitlines()] == ["p0", "p1", "p2"]
    assert "secret-key" not in err


def test_fetched_records_read_back_through_extract(replay, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(Clock, "sleep", lambda self, seconds: None)
    server = replay(arxiv_answer)
    records = tmp_path / "arxiv.jsonl"
    assert main(["fetch", "arxiv", "abs:FPGA", "--max", "2", "--api-url", f"{server.url}/api",
                 "--no-cache", "-o", str(records)]) == 0
    assert capsys.readouterr().err == (f"claims: fetched 2 papers from arxiv into {records}; "
                                       "1 request sent\n")
    assert main(["extract", str(records), "--out", str(tmp_path / "out")]) == 0
    papers = (tmp_path / "out" / "papers.csv").read_text().splitlines()
    assert papers[1].startswith("2401.00001,Paper 2401.00001,Ann Lee,2024-01-01,2024,cs.AR,,,,,"
                                "2401.00001,http://arxiv.org/abs/2401.00001v1,,arxiv.jsonl,1,")
    claims = (tmp_path / "out" / "claims.csv").read_text().splitlines()
    assert len(claims) == 3 and ",speedup," in claims[1]


def readme_fetch_commands() -> list[str]:
    """Every command in the code blocks of the README's "Fetching papers" section."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = text.split("## Fetching papers", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```")[1::2]
    return [line for block in blocks for line in block.strip().splitlines() if line.strip()]


def every_api(path, query):
    if path == "/api/query":
        return arxiv_answer(path, query)
    if path == "/works":
        return 200, {}, json.dumps({"meta": {"next_cursor": None},
                                    "results": [openalex_work(1)]}).encode()
    if path == "/paper/search":
        return s2_answer({0, 2})(path, query)
    return 404, {}, b"not found"


def test_the_readme_fetch_commands_run_as_written(replay, tmp_path):
    import gzip
    import os
    import shutil
    import subprocess

    commands = readme_fetch_commands()
    assert len(commands) == 6 and any("| claims extract - --out out && claims report out" in c
                                      for c in commands)
    assert "claims extract arxiv-snapshot.json.gz --out out" in commands
    server = replay(every_api)
    (tmp_path / "arxiv-snapshot.json.gz").write_bytes(gzip.compress(json.dumps(
        {"id": "2101.00001", "title": "Fast Kernels", "abstract": "It runs 3.1x faster on an A100.",
         "categories": "cs.LG", "versions": [{"version": "v1", "created": "Mon, 4 Jan 2021 10:00:00 GMT"}]}
    ).encode() + b"\n"))
    env = {**os.environ, "CLAIMS_ARXIV_API": f"{server.url}/api", "CLAIMS_OPENALEX_API": server.url,
           "CLAIMS_S2_API": server.url, "CLAIMS_CACHE_DIR": str(tmp_path / "cache")}
    claims = shutil.which("claims")
    assert claims is not None
    env["PATH"] = os.path.dirname(claims) + os.pathsep + env.get("PATH", "")
    for command in commands:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (command, done.stderr)
        assert "Traceback" not in done.stderr
    assert (tmp_path / "fpga.jsonl").read_text().count("\n") == 5
    assert "2101.00001" in (tmp_path / "out" / "papers.csv").read_text()
    assert {path for path, _, _ in server.requests} == {"/api/query", "/works", "/paper/search"}
