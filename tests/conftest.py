from __future__ import annotations

import json

import pytest

from claims.cli import main


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """`claims run` once per session: (output folder, summary printed)."""
    import contextlib
    import io

    out = tmp_path_factory.mktemp("run") / "tables"
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
        assert main(["run", "--out", str(out)]) == 0
    return out, buffer.getvalue()


@pytest.fixture
def jsonl(tmp_path, request):
    """The test module's ABSTRACTS as a JSON Lines file, with one broken line at the end."""
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in request.module.ABSTRACTS) + "\n{broken\n")
    return path


@pytest.fixture(scope="session")
def long_corpus(tmp_path_factory):
    """4,000 papers as JSON Lines (the seed abstracts again and again under unique titles,
    about 6 MB): a `claims extract` run of several seconds, for process-level tests."""
    from claims.readers import read_papers
    from claims.resources import seed_pages

    seeds = [p for p in read_papers(seed_pages()) if p.abstract]
    path = tmp_path_factory.mktemp("long_corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(4000):
            paper = seeds[i % len(seeds)]
            handle.write(json.dumps({"title": f"{paper.title} (copy {i})",
                                     "abstract": paper.abstract}) + "\n")
    return path
