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
