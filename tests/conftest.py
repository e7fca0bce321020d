from __future__ import annotations

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
