"""Ctrl-C and SIGTERM stop a command the same way: the outputs being written vanish, earlier
outputs stay, worker processes go, and one line says so (exit 130, or 143 for SIGTERM).

The handlers raise `Interrupted` (a KeyboardInterrupt) at the first signal and remember it. An
interrupt raised while Python runs a `__del__` or a callback cannot propagate: the interpreter
would print it ("Exception ignored in ...") and go on. Inside `handled()` such an interrupt is
dropped silently instead, and long-running loops call `check()`, which raises again for a
signal already received; the engines call it between chunks and before publishing anything.
"""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_NAMES = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}

_received: int | None = None


class Interrupted(KeyboardInterrupt):
    """A stop signal arrived; `exit_code` is the shell's 128 + signal number."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(_NAMES.get(signum, "interrupted"))
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + int(self.signum)


def requested() -> int | None:
    """The stop signal received since `handled()` was entered, if any."""
    return _received


def check() -> None:
    """Raise `Interrupted` again if a stop signal arrived (its first raise may have been lost)."""
    if _received is not None:
        raise Interrupted(_received)


def _handler(signum, frame) -> None:
    global _received
    first = _received is None
    _received = signum
    if first:               # a second Ctrl-C must not cut the clean-up of the first short
        raise Interrupted(signum)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Handle SIGINT and SIGTERM as `Interrupted` inside the block; earlier handlers come back
    after it. Outside the main thread (where Python cannot set handlers) it does nothing."""
    global _received
    _received = None
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        with _handlers():
            yield
    finally:
        _received = None        # outside the block, check() never raises


@contextlib.contextmanager
def _handlers() -> Iterator[None]:
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    previous_hook = sys.unraisablehook

    def unraisable(info) -> None:
        if not isinstance(info.exc_value, KeyboardInterrupt):
            previous_hook(info)         # an interrupt is raised again by the next check()

    sys.unraisablehook = unraisable
    for sig in STOP_SIGNALS:
        signal.signal(sig, _handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old if old is not None else signal.SIG_DFL)
        sys.unraisablehook = previous_hook


@contextlib.contextmanager
def shielded_children() -> Iterator[None]:
    """Processes started inside the block never see a terminal's Ctrl-C.

    A terminal sends SIGINT to every process of its foreground group: without this, each worker
    would print its own KeyboardInterrupt traceback. A blocked signal stays blocked across fork
    and exec, so children (and threads) started here inherit SIGINT blocked, while a Ctrl-C
    meant for this process waits and is delivered as soon as the block ends. The parent stops
    its workers itself. SIGTERM waits too: raised between a worker's start and the pool's note
    of it, a stop would leave a process the pool never stops, and multiprocessing's exit waits
    for it. Workers unblock SIGTERM (`engine.local`).
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(STOP_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
