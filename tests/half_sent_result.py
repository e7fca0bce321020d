"""A pool worker that dies half-way through sending its result, and the run's clean-up after it
(`claims.engine.local._kill_workers`); run as a script by tests/test_process_faults.py, in its own
process, since a clean-up that hangs would hang the interpreter's exit too."""
from __future__ import annotations

import os
import struct
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def send_half_a_result(sent: str) -> None:
    """In a worker: write the first bytes of a 1 MB result into the pool's result pipe, then
    wait to be killed, as a worker does when its parent kills it while it sends a large chunk."""
    result_queue = sys._getframe(1).f_locals["result_queue"]     # concurrent.futures' worker loop
    os.write(result_queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"\x80\x04partial")
    Path(sent).touch()
    time.sleep(120)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from claims.engine.local import _context, _kill_workers

    sent = Path(sys.argv[1])
    pool = ProcessPoolExecutor(max_workers=1, mp_context=_context())
    pool.submit(send_half_a_result, str(sent))
    deadline = time.monotonic() + 60
    while not sent.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    _kill_workers(pool)
    shutdown = threading.Thread(target=pool.shutdown, kwargs={"wait": True}, daemon=True)
    shutdown.start()
    shutdown.join(timeout=30)
    print("hangs" if shutdown.is_alive() else "shut down", flush=True)
    os._exit(0)                         # a hung pool thread would keep the interpreter from exiting


if __name__ == "__main__":
    main()
