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
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import resource_tracker
from pathlib import Path

from .. import interrupts
from ..errors import ClaimsError, InputError, OutputError
from ..model import Paper, Problem, ReadReport
from ..readers import decoded_lines, expand_inputs, read_file, streams_as_jsonl
from ..readers.jsonrec import GOLD_NOTE, _is_gold, read_jsonl_lines
from ..readers.records import Note, Source
from ..outdir import STAGING_PREFIX, publishing, run_lock
from .chunks import TABLES, arrow_schema, chunked, extract_chunk
from .local import CHUNK_PAPERS, NothingRead, RunSummary
from .sources import PARQUET_SUFFIXES, read_parquet, title_key
from .writer import close_parquet

BLOCK_BYTES = 32 << 20          # a JSON Lines partition: about 64,000 arXiv abstracts
PARQUET_ROWS = 50_000           # row groups are joined until a partition holds this many rows


@dataclass(frozen=True)
class Partition:
    """A piece of one input: `kind` is "jsonl" (bytes start..end), "parquet" (row groups, the
    first of them at 1-based row `first_row`) or "file" (read whole)."""

    index: int
    file: int
    path: str
    kind: str
    start: int = 0
    end: int = 0
    row_groups: tuple[int, ...] = ()
    first_row: int = 1


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
    from distributed import Client, LocalCluster

    summary = RunSummary()
    read_report = ReadReport()
    partitions, notes = plan_partitions(inputs, read_report, strict, block_bytes, parquet_rows)
    for problem in read_report.problems + notes:
        summary.skipped += not problem.fatal and not isinstance(problem, Note)
        report(problem)
    if not partitions:
        raise NothingRead(summary)
    with contextlib.ExitStack() as stack:
        if client is None:
            # Workers started here never see a terminal's Ctrl-C (this process stops them),
            # and they exit when this process dies (distributed watches the parent).
            resource_tracker.ensure_running()
            with interrupts.shielded_children():
                if scheduler:
                    client = stack.enter_context(Client(scheduler))
                else:
                    cluster = stack.enter_context(LocalCluster(
                        n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                        processes=True, dashboard_address=None))
                    client = stack.enter_context(Client(cluster))
        interrupts.check()
        scans = client.gather(client.map(scan_partition, partitions, pure=False))
        first_lines, drops = _first_lines(partitions, scans), _later_copies(scans)
        staging = _staging_dir(out_dir)
        try:
            futures = client.map(extract_partition, partitions, first_lines, drops,
                                 [str(staging)] * len(partitions), pure=False)
            results = _gather(client, futures, progress)
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
            if not summary.papers:
                raise NothingRead(summary)
            interrupts.check()
            _publish(staging, out_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return summary


def plan_partitions(inputs: Sequence[str | Path], report: ReadReport, strict: bool,
                    block_bytes: int = BLOCK_BYTES, parquet_rows: int = PARQUET_ROWS,
                    ) -> tuple[list[Partition], list[Problem]]:
    """Cut every input into partitions, in input order; gold files are skipped with a note."""
    partitions: list[Partition] = []
    notes: list[Problem] = []
    for number, path in enumerate(expand_inputs(inputs, report, strict)):
        if str(path) == "-":
            raise ClaimsError("--engine dask cannot read stdin: give files (workers read them)")
        shown = str(path)
        size = _size(path)
        if size is None:
            partitions.append(Partition(len(partitions), number, shown, "file"))  # its reader says why
        elif Path(shown).suffix.casefold() in PARQUET_SUFFIXES:
            partitions += _parquet_partitions(shown, number, len(partitions), parquet_rows)
        else:
            with open(path, "rb") as handle:
                head = handle.read(1 << 16)
            if not streams_as_jsonl(head, Path(shown).suffix.casefold()):
                partitions.append(Partition(len(partitions), number, shown, "file"))
            elif _first_record_is_gold(head):
                notes.append(Note(shown, GOLD_NOTE, True))
            else:
                for start in range(0, max(size, 1), block_bytes):
                    partitions.append(Partition(len(partitions), number, shown, "jsonl", start,
                                                min(start + block_bytes, size)))
    return partitions, notes


def _size(path) -> int | None:
    try:
        return os.path.getsize(path) if os.path.isfile(path) else None
    except OSError:
        return None


def _parquet_partitions(path: str, file: int, first_index: int, rows: int) -> list[Partition]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception:           # noqa: BLE001 - the reader reports the broken file by name
        return [Partition(first_index, file, path, "parquet", row_groups=())]
    partitions, groups, count, first_row = [], [], 0, 1
    for group in range(meta.num_row_groups):
        groups.append(group)
        count += meta.row_group(group).num_rows
        if count >= rows or group == meta.num_row_groups - 1:
            partitions.append(Partition(first_index + len(partitions), file, path, "parquet",
                                        row_groups=tuple(groups), first_row=first_row))
            first_row += count
            groups, count = [], 0
    return partitions or [Partition(first_index, file, path, "parquet", row_groups=())]


def _first_record_is_gold(head: bytes) -> bool:
    import json

    for line in head.decode("utf-8-sig", errors="replace").split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            return _is_gold(record)
    return False


def partition_papers(part: Partition, report: ReadReport, first_line: int = 1,
                     lines_seen: list[int] | None = None) -> Iterator[Paper]:
    """The papers of one partition, problems into `report` (never raising for bad records);
    for a JSON Lines block, `lines_seen[0]` ends as the number of lines it holds."""
    if part.kind == "file":
        yield from read_file(part.path, report)
    elif part.kind == "parquet":
        yield from read_parquet(part.path, report, row_groups=part.row_groups or None,
                                first_row=part.first_row)
    else:
        source = Source(Path(part.path).name, part.path)
        counter = lines_seen if lines_seen is not None else [0]

        def counted(lines):
            for line in lines:
                counter[0] += 1
                yield line

        with open(part.path, "rb") as handle:
            lines = decoded_lines(b"", _block_lines(handle, part.start, part.end), source,
                                  first_line)
            for item in read_jsonl_lines(counted(lines), source, first_line, check_gold=False):
                if isinstance(item, Paper):
                    report.read += 1
                    yield item
                else:
                    report.problems.append(item)


def _block_lines(handle, start: int, end: int) -> Iterator[bytes]:
    """Lines that start in [start, end): a line cut by `start` belongs to the block before."""
    position = start
    if start:
        handle.seek(start - 1)
        position += len(handle.readline()) - 1
    while position < end:
        line = handle.readline()
        if not line:
            return
        position += len(line)
        yield line[:-1] if line.endswith(b"\n") else line


def scan_partition(part: Partition) -> Scan:
    """First pass: the title keys of a partition's papers, in order, and its line count."""
    lines = [0]
    keys = [title_key(paper.title) for paper in partition_papers(part, ReadReport(), 1, lines)]
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
            key = title_key(paper.title)
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


def _gather(client, futures, progress: bool) -> list[PartResult]:
    if progress:
        from distributed import as_completed
        try:
            from tqdm import tqdm
        except ImportError:
            tqdm = None
        if tqdm is not None:
            with tqdm(total=len(futures), unit=" partitions", file=sys.stderr,
                      desc="claims extract (dask)") as bar:
                for _ in as_completed(futures):
                    interrupts.check()
                    bar.update(1)
    return sorted(client.gather(futures), key=lambda result: result.index)


def _os_message(exc: OSError) -> str:
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
            for source, back in reversed(moved_in + moved_aside):
                with contextlib.suppress(OSError):
                    os.replace(source, back)
            raise OutputError(f"{out}: cannot write: {_os_message(exc)}") from None
