"""What the rule book derives from patterns/, kept on disk between processes.

Loading the rule files, compiling their patterns and analysing the scanners' patterns
(`matching.scanner`) takes seconds; what they produce depends only on the rule files, the code
that reads them and the versions of Python and `regex`. It is kept in one pickle file in the
user's cache directory (`rules/` in the folder `platformdirs` gives, which honours XDG_CACHE_HOME:
~/.cache/claims/rules on Linux; the environment variable CLAIMS_RULE_CACHE names another folder,
and CLAIMS_RULE_CACHE=off keeps nothing on disk), named by a hash of all of them: change a rule
file (or point CLAIMS_PATTERNS at another folder) and the process reads another file, or builds
it.

The file is read once, on first use. What a process derives that the file lacked is added and
the file rewritten at exit, whole (`atomic.atomic_open`: a concurrent writer or a crash leaves
either the old file or the new one). A file that cannot be read (corrupt, truncated, written by
another format) is ignored and rebuilt; a folder that cannot be written is not an error: the
process just derives everything itself, as it would without a cache. Compiled `regex` patterns
pickle as their compiled code, so reading one back does not parse it again.

>>> calls = []                          # most=0: kept by this process only, never on disk
>>> cached("example", ("a", 1), lambda: calls.append(1) or "value", most=0)
'value'
>>> cached("example", ("a", 1), lambda: calls.append(1) or "other", most=0), len(calls)
('value', 1)
"""
from __future__ import annotations

import atexit
import copyreg
import hashlib
import os
import pickle
import sys
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

T = TypeVar("T")

ENV_DIR = "CLAIMS_RULE_CACHE"
_FORMAT = 2                       # bumped when the file's layout changes
_KEEP_OTHERS = 3                  # files of other rule folders or versions kept beside the current one
_PACKAGE = Path(__file__).resolve().parent
# The code whose output is cached: a change to any of it (a source checkout between versions)
# makes another file, so no process reads what older code derived.
_CODE = ("rulecache.py", "patterns.py", "spec.py", "resources.py", "version.py", "units.py", "matching")


def _read_only(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


# The rule files hold read-only mappings, which pickle has no way to write: they are written as
# the dicts they wrap, and read back wrapped again.
copyreg.pickle(MappingProxyType, lambda proxy: (_read_only, (dict(proxy),)))


class _Store:
    """The entries of the cache file, each pickled on its own and read back only when asked
    for (a command uses a part of what the rule book derives), and the values this process
    read or derived."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.stored: dict[str, dict[bytes, bytes]] | None = None      # section -> digest -> pickle
        self.values: dict[tuple[str, bytes], Any] = {}
        self.new: set[tuple[str, bytes]] = set()                      # derived here, not yet saved
        self.path: Path | None = None
        self.added = False                                            # `save` registered at exit


_store = _Store()


def cached(section: str, key: Hashable, derive: Callable[[], T], most: int | None = None) -> T:
    """The value kept under `key` in `section`, or `derive()`, kept for later processes while
    the section holds fewer than `most` entries (a bound where keys come from user input).
    `key` is made of strings, numbers and tuples of them: its repr names the entry."""
    stored = _stored()
    digest = hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    name = (section, digest)
    try:
        return _store.values[name]
    except KeyError:
        pass
    entries = stored.setdefault(section, {})
    if digest in entries:
        try:
            value = _store.values[name] = pickle.loads(entries[digest])
            return value
        except Exception:             # noqa: BLE001 - a damaged entry: derived again, rewritten
            del entries[digest]
    value = derive()
    with _store.lock:
        _store.values[name] = value
        if most is not None and len(entries) >= most:
            return value
        entries[digest] = b""         # pickled when saved
        _store.new.add(name)
        if not _store.added and _store.path is not None:
            _store.added = True
            atexit.register(save)
    return value


def cache_dir() -> Path | None:
    """Where the cache file lives, or None when CLAIMS_RULE_CACHE=off."""
    chosen = os.environ.get(ENV_DIR, "").strip()
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    import platformdirs                 # only here: most commands never ask

    return Path(platformdirs.user_cache_dir("claims", appauthor=False)) / "rules"


def cache_file() -> Path | None:
    """The cache file of this process's rules and code (None: no cache)."""
    folder = cache_dir()
    return None if folder is None else folder / f"rules-{_fingerprint()}.pickle"


def save() -> None:
    """Write the entries to the cache file, whole and atomically; never raises (a cache that
    cannot be written is only slower), not even for Ctrl-C at exit."""
    with _store.lock:
        if _store.stored is None or _store.path is None or not _store.new:
            return
        try:
            from .atomic import atomic_open

            for section, digest in _store.new:
                try:
                    _store.stored[section][digest] = pickle.dumps(_store.values[section, digest],
                                                                  protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:     # noqa: BLE001 - a value pickle cannot write is not kept
                    del _store.stored[section][digest]
            data = pickle.dumps((_FORMAT, _store.stored), protocol=pickle.HIGHEST_PROTOCOL)
            with atomic_open(_store.path, "wb") as handle:
                handle.write(data)
            _store.new.clear()
            _prune(_store.path)
        except BaseException:         # noqa: BLE001 - unwritable folder, full disk, Ctrl-C
            pass


def _stored() -> dict[str, dict[bytes, bytes]]:
    with _store.lock:
        if _store.stored is None:
            _store.path = _located()
            _store.stored = _read(_store.path) if _store.path is not None else {}
        return _store.stored


def _located() -> Path | None:
    try:
        return cache_file()
    except Exception:                 # noqa: BLE001 - no home, no patterns: derive as without a cache
        return None


def _read(path: Path) -> dict[str, dict[bytes, bytes]]:
    """The file's sections, or none where it is missing or cannot be read back whole."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        form, sections = pickle.loads(data)
        if form == _FORMAT and isinstance(sections, dict) and all(
                isinstance(entries, dict) and all(isinstance(data, bytes) for data in entries.values())
                for entries in sections.values()):
            return sections
    except Exception:                 # noqa: BLE001 - corrupt, truncated, another layout
        pass
    return {}


def _prune(current: Path) -> None:
    """Remove all but the most recent few cache files of other rules or versions."""
    others = sorted((path for path in current.parent.glob("rules-*.pickle") if path != current),
                    key=lambda path: path.stat().st_mtime, reverse=True)
    for path in others[_KEEP_OTHERS:]:
        path.unlink(missing_ok=True)


def _fingerprint() -> str:
    """A hash of the rule files in use, the code that derives from them, and the versions."""
    import regex

    from .resources import patterns_dir
    from .version import __version__

    digest = hashlib.sha256()
    digest.update(repr((_FORMAT, __version__, sys.version, regex.__version__,
                        pickle.HIGHEST_PROTOCOL)).encode())
    for base, paths in ((_PACKAGE, _code_files()), (patterns_dir(), None)):
        for path in paths if paths is not None else sorted(base.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(base).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def _code_files() -> list[Path]:
    files: list[Path] = []
    for name in _CODE:
        path = _PACKAGE / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return files
