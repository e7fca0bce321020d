"""The `claims` program: `python -m claims ...` and the `claims` command (`run`).

A Ctrl-C or SIGTERM that comes before `claims.cli.main` takes over (while Python imports the
CLI) stops at once with one line: nothing has been written yet. The handlers are installed by
`run`, so a process that merely imports this module (a worker started by multiprocessing's
spawn imports the program's main module) keeps its own.
"""
import os
import signal
import sys


def _stop_at_once(signum, frame) -> None:
    word = b"interrupted" if signum == signal.SIGINT else b"terminated"
    os.write(2, b"claims: " + word + b"; no output file was left half-written\n")
    os._exit(128 + signum)


def run() -> int:
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, _stop_at_once)
    from .cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
