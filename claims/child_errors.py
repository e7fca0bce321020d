"""Imported by multiprocessing's forkserver before it forks any worker (`engine.local`).

A Ctrl-C or a failure may end the run while the forkserver is still handing a new worker its
start-up data: the worker then reads end-of-file from the run's pipe, and the forkserver's child
code reports it through `sys.excepthook` as a traceback on the run's terminal, after the run's
own one-line message. The run is gone and has said why; that worker has nothing to add."""
from __future__ import annotations

import sys

_report = sys.excepthook


def _quiet_when_the_run_is_gone(kind, error, trace) -> None:
    if issubclass(kind, (EOFError, BrokenPipeError, ConnectionResetError)):
        return
    _report(kind, error, trace)


sys.excepthook = _quiet_when_the_run_is_gone
