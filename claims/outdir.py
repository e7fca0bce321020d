"""A folder of tables that runs write and readers read: one run at a time, stale leftovers
removed, the three tables published together.

- The run lock: a run that writes tables into DIR holds an exclusive lock on `DIR/.claims.lock`
  (flock) from start to end; a second run into DIR refuses at once with one line naming the
  first run's process id. The kernel drops the lock when its holder dies (even by kill -9); the
  file is removed at the end of a run, and a lock taken on a file removed meanwhile is retaken.
- Leftovers: holding the run lock, a run removes what killed runs left in DIR (the temporary
  files of the tables and the Dask staging folders): no other run can be writing them.
- Publishing: the renames that put a run's tables in place happen under an exclusive lock on
  DIR itself, and `claims.load` reads under a shared lock on it, so a reader gets either the
  tables of the run before or those of the run after, never a mix. A reader that opens the
  files by itself (pandas, a spreadsheet) has no such guarantee: the three renames follow each
  other within microseconds, but one file opened before them and one after are from two runs.

Where the filesystem cannot lock (some network filesystems), runs and readers go on without.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError

try:
    import fcntl
except ImportError:                 # Windows: no advisory locks; runs go on without
    fcntl = None

LOCK_NAME = ".claims.lock"
TABLE_NAMES = ("papers", "claims", "platforms")
TABLE_FORMATS = ("csv", "jsonl", "parquet")
STAGING_PREFIX = ".claims-dask-"
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


@contextlib.contextmanager
def run_lock(folder: str | os.PathLike) -> Iterator[None]:
    """Hold DIR's run lock for the block (DIR is created if needed), after removing what killed
    runs left behind; raise OutputError at once if another run holds it."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: not a directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write: {exc.strerror or exc}") from None
    fd = _acquire(folder / LOCK_NAME) if fcntl is not None else None
    try:
        remove_leftovers(folder)
        yield
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.unlink(folder / LOCK_NAME)     # still locked: no one else can hold it yet
            os.close(fd)


def _acquire(path: Path) -> int | None:
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"{path.parent}: cannot write: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise OutputError(
                f"{path.parent}: another claims run{f' (process {holder})' if holder else ''} is "
                "writing there; wait for it to finish or choose another --out") from None
        except OSError as exc:
            os.close(fd)
            if exc.errno in _UNSUPPORTED:
                return None
            raise OutputError(f"{path.parent}: cannot lock: {exc.strerror or exc}") from None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)            # the holder before us removed this file as we opened it: retry


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        return str(int(os.pread(fd, 32, 0).decode().strip()))
    return ""


def leftovers(folder: str | os.PathLike) -> list[Path]:
    """Temporary tables (`.claims.csv.<random>.tmp`) and Dask staging folders in `folder`."""
    folder = Path(folder)
    prefixes = tuple(f".{name}.{fmt}." for name in TABLE_NAMES for fmt in TABLE_FORMATS)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return [folder / e.name for e in entries
            if (e.name.startswith(prefixes) and e.name.endswith(".tmp"))
            or e.name.startswith(STAGING_PREFIX)]


def remove_leftovers(folder: str | os.PathLike) -> None:
    """Remove what `leftovers` lists; call it only holding the folder's run lock."""
    for path in leftovers(folder):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def publishing(folder: str | os.PathLike) -> Iterator[None]:
    """Exclusive lock on the folder for the renames that publish a run's tables."""
    with _folder_lock(folder, shared=False):
        yield


@contextlib.contextmanager
def reading(folder: str | os.PathLike) -> Iterator[None]:
    """Shared lock on the folder while its tables are read: no run publishes meanwhile."""
    with _folder_lock(folder, shared=True):
        yield


@contextlib.contextmanager
def _folder_lock(folder: str | os.PathLike, shared: bool) -> Iterator[None]:
    fd = None
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
            except OSError:         # cannot lock here: go on as if no one else were around
                pass
        yield
    finally:
        if fd is not None:
            os.close(fd)
