"""Output files are written whole or not at all: to a temporary name beside the target, then renamed."""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from . import interrupts
from .errors import OutputError
from .outdir import publishing


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates files 0600; finished outputs get the permissions a plain open() would give.
_FILE_MODE = 0o666 & ~_current_umask()


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path`, on any error it vanishes.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_open(target) as fh:
    ...     _ = fh.write("done")
    >>> target.read_text()
    'done'
    """
    target = Path(path)
    if "b" in mode:
        encoding = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.chmod(tmp, _FILE_MODE)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


@contextlib.contextmanager
def atomic_files(paths: Sequence[str | os.PathLike], mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[list[IO]]:
    """Several outputs that belong together (papers, claims and platforms tables) replace their
    targets together: every one is written and synced under its temporary name before the first
    rename, so a failure while writing any of them (full disk, Ctrl-C) leaves all the previous
    files as they were. When they share a folder, the renames happen under its publishing lock
    (`claims.outdir`), so `claims.load` never reads some of them before and some after.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_files([folder / "a.txt", folder / "b.txt"]) as (a, b):
    ...     _ = a.write("A"), b.write("B")
    >>> sorted(p.name for p in folder.iterdir())
    ['a.txt', 'b.txt']
    """
    targets = [Path(p) for p in paths]
    if "b" in mode:
        encoding = None
    temporaries: list[str] = []
    handles: list[IO] = []
    try:
        for target in targets:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
                temporaries.append(tmp)
                os.chmod(tmp, _FILE_MODE)
                handles.append(os.fdopen(fd, mode, encoding=encoding, newline=newline))
            except OSError as exc:
                raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        try:
            yield handles
        except OSError as exc:
            # The writer does not say which table it was writing; the first names the folder.
            raise OutputError(f"{targets[0]}: cannot write: {exc.strerror or exc}") from None
        for target, handle in zip(targets, handles):
            try:
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
            except OSError as exc:
                raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        interrupts.check()      # a stop signal swallowed while writing must not publish
        folders = {target.parent for target in targets}
        with publishing(folders.pop()) if len(folders) == 1 else contextlib.nullcontext():
            for target, tmp in zip(targets, temporaries):
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    finally:
        for handle in handles:
            with contextlib.suppress(OSError):
                handle.close()
        for tmp in temporaries:
            _unlink_quietly(tmp)
