"""claims.child_errors: a worker whose run is gone during its start-up prints nothing; any
other error of a worker's start-up is still reported."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import claims.child_errors
for kind in (EOFError, BrokenPipeError, ValueError):
    try:
        raise kind("boom")
    except Exception:
        sys.excepthook(*sys.exc_info())
"""


def test_only_the_end_of_the_runs_pipe_is_silent():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert "EOFError" not in run.stderr and "BrokenPipeError" not in run.stderr
    assert run.stderr.count("Traceback") == 1 and "ValueError: boom" in run.stderr


def test_the_forkserver_imports_it_first():
    from claims.engine.local import _context

    context = _context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        assert "claims.child_errors" in forkserver._forkserver._preload_modules
