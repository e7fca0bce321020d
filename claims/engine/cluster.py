"""The Dask engine: extraction as Dask tasks over partitions of the inputs, writing partitioned
Parquet (`DIR/claims.parquet/part-000000.parquet`, and the same for papers and platforms).

Partitions are byte blocks of JSON Lines files (cut at line starts), row groups of Parquet
tables, and any other input whole. Two passes keep the result identical to the local engine:
the first reads every partition's title keys (and line counts, so that problems name the right
line), the client works out which papers are later copies of a title seen in an earlier
partition, and the second pass extracts and writes each partition. Workers write their parts
themselves, so on a remote cluster DIR must be a folder every worker and the client can reach.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import interrupts
from ..errors import ClaimsError, InputError, OutputError
from ..model import Paper, Problem, ReadReport
from ..readers.records import Note
from ..outdir import STAGING_PREFIX, publishing, run_lock
from .chunks import TABLES, arrow_schema, chunked, extract_chunk
from .local import CHUNK_PAPERS, NothingRead, RunSummary, start_resource_tracker
from .partitions import BLOCK_BYTES, PARQUET_ROWS, Partition, partition_papers, plan_partitions
from .sources import paper_key
from .writer import close_parquet

_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Scan:
    keys: list[int]
    lines: int


@dataclass(frozen=True)
class PartResult:
    index: int
    file: int
    counts: dict
    problems: tuple[Problem, ...]       # records skipped while reading
    failures: tuple[Problem, ...]       # papers whose extraction failed
    duplicates: int


def run_dask(inputs: Sequence[str | Path], out_dir: str | Path, *, scheduler: str | None = None,
             client=None, jobs: int | None = None, strict: bool = False,
             block_bytes: int = BLOCK_BYTES, parquet_rows: int = PARQUET_ROWS,
             progress: bool = False, on_problem: Callable[[Problem], None] | None = None,
             ) -> RunSummary:
    """Extract `inputs` on a Dask cluster into `out_dir/{papers,claims,platforms}.parquet/`.

    `client` (a `distributed.Client`) wins over `scheduler` (an address such as
    tcp://host:8786); with neither, a local cluster of `jobs` worker processes is started and
    stopped. The claims are the local engine's, in the same order once the parts are read in
    name order. The three folders replace earlier ones only when every partition succeeded.
    """
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClaimsError("--engine dask needs Dask: pip install 'claims[dask]'") from None
    with run_lock(out_dir):
        return _run(inputs, Path(out_dir), scheduler, client, jobs, strict, block_bytes,
                    parquet_rows, progress, on_problem or (lambda problem: None))


def _run(inputs, out_dir: Path, scheduler, client, jobs, strict, block_bytes, parquet_rows,
         progress, report) -> RunSummary:
    summary = RunSummary()
    read_report = ReadReport()
    partitions, notes = plan_partitions(inputs, read_report, strict, block_bytes, parquet_rows)
    for problem in read_report.problems + notes:
        summary.skipped += not problem.fatal and not isinstance(problem, Note)
        report(problem)
    if not partitions:
        raise NothingRead(summary)
    staging = None
    try:
        with contextlib.ExitStack() as stack:
            client, cluster = _connect(stack, client, scheduler, jobs)
            try:
                scans = _gather(client, client.map(scan_partition, partitions, pure=False))
                first_lines, drops = _first_lines(partitions, scans), _later_copies(scans)
                staging = _staging_dir(out_dir)
                futures = client.map(extract_partition, partitions, first_lines, drops,
                                     [str(staging)] * len(partitions), pure=False)
                results = sorted(_gather(client, futures, progress), key=lambda r: r.index)
            except BaseException:
                _kill_workers(cluster)
                raise
        _add_results(summary, results, strict, report)
        if not summary.papers:
            raise NothingRead(summary)
        interrupts.check()
        _publish(staging, out_dir)
    finally:
        # After the cluster is closed: no worker writes into the staging folder any more.
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return summary


def _connect(stack: contextlib.ExitStack, client, scheduler, jobs):
    """The client to use, and the local cluster started for this run (None for a cluster
    given by `client` or `scheduler`)."""
    from distributed import Client, LocalCluster

    if client is not None:
        return client, None
    # Workers started here never see a terminal's Ctrl-C (this process stops them), and they
    # exit when this process dies (distributed watches the parent).
    start_resource_tracker()
    with interrupts.shielded_children():
        if scheduler:
            return stack.enter_context(Client(scheduler)), None
        cluster = stack.enter_context(LocalCluster(
            n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            dashboard_address=None))
        return stack.enter_context(Client(cluster)), cluster


def _kill_workers(cluster) -> None:
    """Stop a local cluster's workers at once on Ctrl-C or an error: a worker busy in a task
    does not answer the request to close, and would be waited for 4 seconds."""
    for nanny in list(getattr(cluster, "workers", {}).values()):
        with contextlib.suppress(Exception):
            nanny.auto_restart = False
            if nanny.pid:
                os.kill(nanny.pid, signal.SIGKILL)


def _add_results(summary: RunSummary, results: list, strict: bool, report) -> None:
    for result in results:
        for problem in result.problems:
            if strict and not isinstance(problem, Note):
                raise InputError(str(problem))
            report(problem)
            summary.skipped += not problem.fatal
        for problem in result.failures:
            report(problem)
        summary.failed += len(result.failures)
        summary.duplicates += result.duplicates
        for name in TABLES:
            setattr(summary, name, getattr(summary, name) + result.counts[name])
    summary.files = len({r.file for r in results if r.counts["papers"]})


def scan_partition(part: Partition) -> Scan:
    """First pass: the title keys of a partition's papers, in order, and its line count."""
    lines = [0]
    keys = [paper_key(paper) for paper in partition_papers(part, ReadReport(), 1, lines)]
    return Scan(keys, lines[0])


def extract_partition(part: Partition, first_line: int, drop: frozenset[int],
                      staging: str) -> PartResult:
    """Second pass: extract a partition's papers, minus copies seen earlier, and write its parts."""
    import pyarrow.parquet as pq

    report = ReadReport()
    seen: set[int] = set()
    duplicates = 0
    counts = dict.fromkeys(TABLES, 0)
    problems: list[Problem] = []

    def unique() -> Iterator[Paper]:
        nonlocal duplicates
        for paper in partition_papers(part, report, first_line):
            key = paper_key(paper)
            if key in drop or key in seen:
                duplicates += 1
                continue
            seen.add(key)
            yield paper

    name = f"part-{part.index:06d}.parquet"
    writers = {}
    try:
        for table in TABLES:
            folder = Path(staging) / f"{table}.parquet"
            folder.mkdir(parents=True, exist_ok=True)
            writers[table] = pq.ParquetWriter(folder / name, arrow_schema(table))
        for chunk in chunked(unique(), CHUNK_PAPERS):
            result = extract_chunk(chunk, "parquet")
            for table in TABLES:
                if result.payloads[table].num_rows:
                    writers[table].write_table(result.payloads[table])
                counts[table] += result.counts[table]
            problems += result.problems
        for writer in writers.values():
            close_parquet(writer)
    except BaseException as exc:
        for writer in writers.values():
            with contextlib.suppress(Exception):
                close_parquet(writer)
        if isinstance(exc, OSError):
            # Sent back to the client, which prints it as one line (a full disk on a worker).
            raise OutputError(f"{Path(staging).parent}: cannot write: {_os_message(exc)}") from None
        raise
    return PartResult(part.index, part.file, counts, tuple(report.problems), tuple(problems),
                      duplicates)


def _first_lines(partitions: list[Partition], scans: list[Scan]) -> list[int]:
    firsts, line, file = [], 1, None
    for part, scan in zip(partitions, scans):
        if part.file != file:
            line, file = 1, part.file
        firsts.append(line)
        line += scan.lines
    return firsts


def _later_copies(scans: list[Scan]) -> list[frozenset[int]]:
    """For each partition, the keys whose first copy is in an earlier partition."""
    import numpy as np

    sizes = [len(scan.keys) for scan in scans]
    if not sum(sizes):
        return [frozenset()] * len(scans)
    keys = np.fromiter((k for scan in scans for k in scan.keys), dtype=np.int64, count=sum(sizes))
    owner = np.repeat(np.arange(len(scans)), sizes)
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    earlier = owner[first][inverse] < owner
    bounds = np.cumsum(sizes)[:-1]
    return [frozenset(part_keys[part_earlier].tolist())
            for part_keys, part_earlier in zip(np.split(keys, bounds), np.split(earlier, bounds))]


def _gather(client, futures, progress: bool = False) -> list:
    """The futures' results, in order. The wait is a poll in this thread, not a blocking
    `client.gather`: a Ctrl-C then lands in our code, and no gather task is left behind in the
    client's event loop to complain when the cluster closes."""
    bar = None
    if progress:
        with contextlib.suppress(ImportError):
            from tqdm import tqdm

            bar = tqdm(total=len(futures), unit=" partitions", file=sys.stderr,
                       desc="claims extract (dask)")
    try:
        while True:
            finished = sum(future.done() for future in futures)
            if bar is not None and finished > bar.n:
                bar.update(finished - bar.n)
            if finished == len(futures):
                break
            time.sleep(_POLL_SECONDS)
            interrupts.check()
    finally:
        if bar is not None:
            bar.close()
    try:
        return client.gather(futures)
    except (ClaimsError, KeyboardInterrupt):
        raise
    except Exception as exc:    # noqa: BLE001 - a worker killed, a task lost: one line
        message = " ".join(str(exc).split())[:300]
        raise ClaimsError(f"a Dask task failed ({type(exc).__name__}: {message})") from None


def _os_message(exc: OSError) -> str:
    """The system's words for the error: pyarrow's OSErrors carry them only in their text
    ("Error writing bytes to file. Detail: [errno 28] No space left on device")."""
    code = re.search(r"\[errno (\d+)\]", str(exc), re.IGNORECASE)
    if code:
        return os.strerror(int(code[1]))
    return exc.strerror or " ".join(str(exc).split())[:200]


def _staging_dir(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = out / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
        staging.mkdir()
    except OSError as exc:
        raise OutputError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return staging


def _publish(staging: Path, out: Path) -> None:
    """Move the finished folders into place, replacing earlier outputs of the same name: all
    three earlier ones aside first, then the three new ones in (put back as they were if a move
    fails), under the folder's publishing lock so that `claims.load` sees one run or the other."""
    moved_aside: list[tuple[Path, Path]] = []
    moved_in: list[tuple[Path, Path]] = []
    with publishing(out):
        try:
            for table in TABLES:
                target = out / f"{table}.parquet"
                if target.exists() or target.is_symlink():
                    os.replace(target, staging / f"old-{table}")
                    moved_aside.append((staging / f"old-{table}", target))
            for table in TABLES:
                target, built = out / f"{table}.parquet", staging / f"{table}.parquet"
                os.replace(built, target)
                moved_in.append((target, built))
        except OSError as exc:
            for source, back in [*reversed(moved_in), *reversed(moved_aside)]:
                with contextlib.suppress(OSError):
                    os.replace(source, back)
            raise OutputError(f"{out}: cannot write: {_os_message(exc)}") from None
