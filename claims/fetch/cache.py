"""Responses kept on disk, one file a request, so a fetch run again (after an interruption, or
with a larger --max) reads the pages it already has instead of asking the API again."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from platformdirs import user_cache_dir

from ..atomic import atomic_open
from ..errors import OutputError

CACHE_ENV = "CLAIMS_CACHE_DIR"
DEFAULT_MAX_AGE_HOURS = 24.0


def default_cache_dir() -> Path:
    """$CLAIMS_CACHE_DIR, else the user's cache folder (~/.cache/claims/fetch on Linux)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(user_cache_dir("claims")) / "fetch"


class ResponseCache:
    """Response bodies by request, fresh for `max_age_hours`; `folder=None` keeps nothing."""

    def __init__(self, folder: str | os.PathLike | None,
                 max_age_hours: float = DEFAULT_MAX_AGE_HOURS):
        self.folder = Path(folder) if folder is not None else None
        self.max_age = max_age_hours * 3600

    @staticmethod
    def key(source: str, url: str, params: dict) -> str:
        """The request's identity: its URL and parameters, without credentials."""
        kept = sorted((k, str(v)) for k, v in params.items() if k not in ("api_key", "mailto"))
        text = "\n".join([source, url] + [f"{k}={v}" for k, v in kept])
        return f"{source}-{hashlib.sha256(text.encode()).hexdigest()[:32]}"

    def get(self, key: str) -> bytes | None:
        if self.folder is None:
            return None
        path = self.folder / key
        try:
            if time.time() - path.stat().st_mtime > self.max_age:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def put(self, key: str, body: bytes) -> None:
        if self.folder is None:
            return
        try:
            with atomic_open(self.folder / key, "wb") as handle:
                handle.write(body)
        except OutputError:
            pass        # a cache that cannot be written only costs a later request
