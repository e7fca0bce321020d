"""The local engine: stream papers, extract them in chunks (in this process or in N worker
processes), and append each chunk's tables to the outputs in input order.

A run holds the run lock of its output folder (`claims.outdir`) from start to end, and checks
for a stop signal between chunks (`claims.interrupts`)."""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import resource_tracker
from pathlib import Path

from .. import interrupts
from ..errors import ClaimsError, InputError
from ..model import Paper, Problem
from ..outdir import run_lock
from .chunks import ChunkResult, chunked, extract_chunk
from .progress import Progress, input_bytes
from .sources import PaperStream
from .writer import open_tables

CHUNK_PAPERS = 256
# Input size from which `claims extract` uses every CPU by default (about 10,000 abstracts of
# JSON Lines): below it, starting workers costs more than they save.
AUTO_JOBS_BYTES = 16 << 20
# Chunks in flight per worker: enough to keep workers busy while the parent writes, few enough
# that memory does not grow with the corpus.
_AHEAD = 2


@dataclass
class RunSummary:
    """What a run read and wrote, for the summary lines of `claims extract`."""

    papers: int = 0
    claims: int = 0
    platforms: int = 0
    files: int = 0
    skipped: int = 0
    duplicates: int = 0
    failed: int = 0
    problems: list[Problem] = field(default_factory=list, repr=False)


class NothingRead(ClaimsError):
    """No paper could be read from any input; nothing was written."""

    def __init__(self, summary: RunSummary):
        super().__init__("no papers read")
        self.summary = summary


def run_local(inputs: Sequence[str | Path], out_dir: str | Path, fmt: str = "csv", *,
              jobs: int | None = 1, strict: bool = False, chunk_size: int = CHUNK_PAPERS,
              progress: bool = False, on_problem: Callable[[Problem], None] | None = None,
              ) -> RunSummary:
    """Extract every paper of `inputs` into `out_dir/{papers,claims,platforms}.<fmt>`.

    Output is the same, row for row, whatever `jobs` (None: `default_jobs` of the input size)
    and `chunk_size` are. Problems (skipped records, failed extractions) go to `on_problem` as
    they happen. Raises `NothingRead` (and writes nothing) when no paper was read, `InputError`
    at the first problem when `strict`, OutputError when another run is writing `out_dir`.
    """
    summary = RunSummary()
    stream = PaperStream(inputs, strict)
    total = input_bytes(inputs) if progress or jobs is None else None
    jobs = default_jobs(total) if jobs is None else jobs
    positions: deque[int | None] = deque()      # bytes read when each chunk in flight was cut

    def report(problem: Problem) -> None:
        if on_problem is not None:
            with bar.external_write_mode():
                on_problem(problem)

    def drain() -> None:
        for problem in stream.report.problems:
            summary.skipped += not problem.fatal
            report(problem)
        stream.report.problems.clear()

    def chunks() -> Iterator[list[Paper]]:
        try:
            for chunk in chunked(stream, chunk_size):
                drain()
                positions.append(stream.position() if progress else None)
                yield chunk
        except InputError:
            del stream.report.problems[-1:]     # the error itself is printed by the caller
            drain()
            raise
        drain()

    with run_lock(out_dir):
        bar = Progress(progress, total)
        try:
            with open_tables(out_dir, fmt) as writers:
                for result in extract_chunks(chunks(), fmt, jobs):
                    interrupts.check()
                    writers.write(result)
                    for problem in result.problems:
                        summary.failed += 1
                        report(problem)
                    bar.advance(result.counts["papers"], positions.popleft())
                summary.files, summary.duplicates = stream.files, stream.duplicates
                if not writers.counts["papers"]:
                    raise NothingRead(summary)
                summary.papers = writers.counts["papers"]
                summary.claims = writers.counts["claims"]
                summary.platforms = writers.counts["platforms"]
        finally:
            bar.close()
    return summary


def default_jobs(input_size: int | None) -> int:
    """Every CPU this process may use when the input is large enough to gain from workers
    (AUTO_JOBS_BYTES of files), else 1: each worker pays the rules' start-up once."""
    if input_size is None or input_size < AUTO_JOBS_BYTES:
        return 1
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def extract_chunks(chunks: Iterable[Sequence[Paper]], fmt: str, jobs: int = 1) -> Iterator[ChunkResult]:
    """`extract_chunk` of every chunk, in order; with jobs > 1 in that many processes.

    Workers never see a terminal's Ctrl-C (the parent stops them), and each exits as soon as
    its parent dies, whatever killed it."""
    if jobs <= 1:
        for chunk in chunks:
            yield extract_chunk(chunk, fmt)
        return
    context = _context()
    start_resource_tracker()
    with interrupts.shielded_children():
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                   initializer=_start_worker, initargs=(os.getpid(),))
    pending: deque = deque()
    finished = False
    try:
        for chunk in chunks:
            with interrupts.shielded_children():    # a submit may start a worker
                pending.append(pool.submit(extract_chunk, chunk, fmt))
            if len(pending) >= jobs * _AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        raise ClaimsError("a worker process died (out of memory or killed); no output written; "
                          "try fewer --jobs") from None
    finally:
        if not finished:
            _kill_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now, before `interrupts.shielded_children`
    (starting, it unblocks signals in the thread that starts it). It is told to keep quiet
    about the semaphores a killed run leaves: it removes them, and its warning would be the
    only thing a `kill -9` prints."""
    quiet = "ignore:resource_tracker:UserWarning"
    sys.warnoptions.append(quiet)           # passed on to the tracker's command line
    try:
        resource_tracker.ensure_running()
    finally:
        sys.warnoptions.remove(quiet)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: an interrupted or failed run must not wait for their chunks."""
    # The queue's feeder thread may be half-way through writing a chunk into the pipe of a worker
    # that is about to die; Python 3.11's shutdown then waits for that write for ever (a Ctrl-C
    # hung about once in a few runs). The chunks are not wanted: never wait for them.
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        call_queue.cancel_join_thread()
    workers = list((getattr(pool, "_processes", None) or {}).values())
    kill = getattr(pool, "kill_workers", None)          # Python 3.14
    if kill is not None:
        kill()
    for process in workers:
        with contextlib.suppress(Exception):
            process.kill()
    _end_half_sent_results(pool, workers)


def _end_half_sent_results(pool: ProcessPoolExecutor, workers: list) -> None:
    """A worker killed half-way through sending its result leaves the pool's reader waiting for
    the rest of that message for ever, and the pool's shutdown waiting for the reader (a `kill`
    of a `--jobs 2` run hung about once in fifteen under load). Once the workers are gone this
    process holds the pipe's last write end: closing it turns that wait into end-of-file, which
    the pool takes for a broken pool, and it shuts down."""
    for process in workers:
        with contextlib.suppress(Exception):
            process.join(timeout=10)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def _context():
    # fork would copy the parent's threads' locks (pyarrow, tqdm); forkserver starts clean.
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["claims.child_errors"])
    return context


def _start_worker(parent: int) -> None:
    """Worker set-up: leave Ctrl-C to the parent, exit when the parent dies, compile the rules."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):      # inherited blocked from `interrupts.shielded_children`
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    exit_with_parent(parent)
    from ..extraction.pipeline import extract

    extract("It reaches 90% accuracy, 2x faster than a V100 GPU.")


def exit_with_parent(parent: int) -> None:
    """End this process as soon as process `parent` ends (killed with -9 included).

    A worker's own parent is the forkserver, which stays up as long as any worker does, so the
    worker watches the run's process itself: a pidfd where Linux has one, else a poll."""
    try:
        handle = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = None

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:
            while _alive(parent):
                time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="claims-exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
