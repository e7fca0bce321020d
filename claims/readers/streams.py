"""Input bytes: files or stdin, decompressed by their magic bytes (gzip, bzip2, xz, zstd) as a
stream, and split into lines of bounded length.

A line longer than `MAX_LINE_BYTES` is skipped piece by piece, so one 3 GB line costs a message,
not the machine's memory; a file read whole (every layout but JSON Lines) stops at
`MAX_WHOLE_BYTES`.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import zstandard

STDIN = "-"
MAX_LINE_BYTES = 64 << 20       # an API page saved on one line is a few MB; a record far less
MAX_WHOLE_BYTES = 1 << 30       # BibTeX, XML, CSV, RIS ... are read whole: 1 GiB at most
_READ_BYTES = 1 << 20

COMPRESSIONS = {            # name: (magic bytes, how to open a stream of them)
    "gzip": (b"\x1f\x8b", lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")),
    "bzip2": (b"BZh", lambda raw: bz2.BZ2File(raw, mode="rb")),
    "xz": (b"\xfd7zXZ\x00", lambda raw: lzma.LZMAFile(raw, mode="rb")),
    "zstd": (b"\x28\xb5\x2f\xfd", lambda raw: io.BufferedReader(
        zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=False),
        buffer_size=_READ_BYTES)),
}
# What a broken or truncated compressed stream raises, besides OSError.
DECOMPRESSION_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, zstandard.ZstdError)


@dataclass
class Opened:
    """An input opened for reading: `stream` gives the decompressed bytes."""

    stream: BinaryIO
    compression: str | None
    raw: BinaryIO
    is_stdin: bool = False

    def close(self) -> None:
        if self.is_stdin:
            return
        for handle in (self.stream, self.raw):
            try:
                handle.close()
            except DECOMPRESSION_ERRORS:
                pass


def open_input(path: str | Path) -> Opened:
    """Open a file or stdin ("-"); raises OSError as `open` does."""
    is_stdin = str(path) == STDIN
    raw = sys.stdin.buffer if is_stdin else open(path, "rb")  # noqa: SIM115
    if not hasattr(raw, "peek"):        # a stdin replaced by a plain stream
        raw = Peekable(raw)
    try:
        magic = peek(raw, 6)
        for name, (prefix, opener) in COMPRESSIONS.items():
            if magic.startswith(prefix):
                return Opened(opener(raw), name, raw, is_stdin)
    except BaseException:
        if not is_stdin:
            raw.close()
        raise
    return Opened(raw, None, raw, is_stdin)


def peek(handle: BinaryIO, size: int) -> bytes:
    """The next `size` bytes of `handle` without consuming them, as far as it can look ahead."""
    look = getattr(handle, "peek", None)
    return look(size)[:size] if look is not None else b""


class Peekable:
    """A byte stream that offers only `read` (a stdin replaced by a pipe-like object), given the
    `peek` and `readline` that the readers use."""

    def __init__(self, handle):
        self._handle = handle
        self._buffer = bytearray()      # appended in place: a long line costs linear time

    def _fill(self, size: int) -> None:
        while len(self._buffer) < size:
            data = self._handle.read(max(size - len(self._buffer), 1 << 16))
            if not data:
                return
            self._buffer += data

    def peek(self, size: int = 1) -> bytes:
        self._fill(size)
        return bytes(self._buffer[:max(size, 1 << 16)])

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            data = bytes(self._buffer) + self._handle.read()
            self._buffer.clear()
            return data
        self._fill(size)
        return self._take(size)

    def _take(self, size: int) -> bytes:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def readline(self, size: int | None = -1) -> bytes:
        limit = size if size is not None and size >= 0 else None
        searched = 0
        while self._buffer.find(b"\n", searched) < 0 and (limit is None or len(self._buffer) < limit):
            searched = len(self._buffer)
            self._fill(searched + 1)
            if len(self._buffer) == searched:
                break
        end = self._buffer.find(b"\n") + 1 or len(self._buffer)
        return self._take(end if limit is None else min(end, limit))

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class LongLine:
    """Stands for a line over `MAX_LINE_BYTES` that was skipped, not read."""

    length: int


def bounded_lines(head: bytes, stream: BinaryIO, limit: int | None = None) -> Iterator[bytes | LongLine]:
    """The lines of `head` and then of `stream`, each with its b"\\n"; a line longer than
    `limit` (default `MAX_LINE_BYTES`) is read past in pieces and given as a `LongLine`."""
    limit = MAX_LINE_BYTES if limit is None else limit
    pieces = head.split(b"\n")
    rest = pieces.pop()
    for piece in pieces:
        yield piece + b"\n"
    while True:
        line = stream.readline(limit + 1 - len(rest)) if len(rest) <= limit else b""
        line = rest + line
        rest = b""
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line
            if not line.endswith(b"\n"):
                return
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_READ_BYTES)
            if not line:
                break
            length += len(line)
        yield LongLine(length)


class TooLarge(Exception):
    """A file to be read whole is larger than `MAX_WHOLE_BYTES`."""


def read_whole(head: bytes, stream: BinaryIO, limit: int | None = None) -> bytes:
    """`head` and the rest of `stream`; raises TooLarge past `limit` (default
    `MAX_WHOLE_BYTES`) bytes."""
    limit = MAX_WHOLE_BYTES if limit is None else limit
    data = head + stream.read(max(limit + 1 - len(head), 0))
    if len(data) > limit:
        raise TooLarge()
    return data
