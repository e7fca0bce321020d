"""claims.interrupts in this process: the first stop signal raises, a later one does not cut the
clean-up short, an interrupt swallowed inside a __del__ is silent and raised again by check(),
and children started in `shielded_children` never receive a terminal's Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claims import interrupts


def test_the_first_signal_raises_and_check_raises_it_again():
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT), sys.unraisablehook
    with interrupts.handled():
        with pytest.raises(interrupts.Interrupted) as stopped:
            os.kill(os.getpid(), signal.SIGTERM)       # handled at the next bytecode
        assert (stopped.value.exit_code, str(stopped.value)) == (143, "terminated")
        os.kill(os.getpid(), signal.SIGINT)         # a second signal: no raise in the clean-up
        assert interrupts.requested() == signal.SIGINT
        with pytest.raises(interrupts.Interrupted):
            interrupts.check()
    interrupts.check()                              # outside the block: nothing to raise
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT),
            sys.unraisablehook) == before


class RaisesInDel:
    def __del__(self):
        raise interrupts.Interrupted(signal.SIGINT)


def test_an_interrupt_swallowed_in_a_del_is_silent(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)   # what prints "Exception ignored"
    with interrupts.handled():
        RaisesInDel()                                   # collected at once, __del__ raises
    assert reported == []
    RaisesInDel()                                       # outside: reported as Python would
    assert [type(r.exc_value) for r in reported] == [interrupts.Interrupted]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_children_started_shielded_never_see_sigint():
    def blocked(pid: int) -> bool:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("SigBlk:"):
                return bool(int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)))
        return False

    code = "import sys; sys.stdin.read()"
    with interrupts.shielded_children():
        shielded = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    plain = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    try:
        assert blocked(shielded.pid) and not blocked(plain.pid)
        assert not blocked(os.getpid())                 # this process gets its Ctrl-C again
    finally:
        for child in (shielded, plain):
            child.stdin.close()
            child.wait(timeout=30)
