"""Polite HTTP for the fetchers: one request per `min_interval` seconds, retries with back-off
on 429 and 5xx (honouring Retry-After), a cache of good responses, and one-line errors.

The clock is injectable, so tests run the real code without waiting real seconds.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from ..errors import ClaimsError
from .cache import ResponseCache

T = TypeVar("T")
RETRIED_STATUSES = {429, 500, 502, 503, 504}
MAX_TRIES = 5
FIRST_BACKOFF = 2.0         # seconds; doubled after every failed try
MAX_BACKOFF = 60.0
TIMEOUT = 60.0


class FetchError(ClaimsError):
    """A fetch that cannot go on (the API refused, kept failing, or answered nonsense)."""


class Clock:
    """Real time; tests pass one that records the sleeps instead of doing them."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class BadBody(ValueError):
    """Raised by a parser for a response whose body is not what the API documents."""


@dataclass
class Api:
    """One API: its name in messages, base URL, the pause between requests and fixed headers."""

    name: str
    base_url: str
    min_interval: float
    headers: dict[str, str] = field(default_factory=dict)
    cache: ResponseCache = field(default_factory=lambda: ResponseCache(None))
    clock: Clock = field(default_factory=Clock)
    client: httpx.Client | None = None
    requests: int = 0           # sent to the network (cached answers are not counted)
    _last: float | None = None

    def get(self, path: str, params: dict[str, Any], parse: Callable[[bytes], T]) -> T:
        """GET base_url/path with `params`, parsed by `parse` (which raises BadBody for a body
        that is not what the API documents); from the cache when a fresh copy is there."""
        url = f"{self.base_url.rstrip('/')}/{path.lstrip('/')}" if path else self.base_url
        key = ResponseCache.key(self.name, url, params)
        cached = self.cache.get(key)
        if cached is not None:
            try:
                return parse(cached)
            except BadBody:
                pass            # a damaged cache entry: ask again
        body = self._send(url, params)
        try:
            result = parse(body)
        except BadBody as exc:
            raise FetchError(f"{self.name}: the answer to {_shown(url, params)} is not what the API "
                             f"documents ({exc}); giving up") from None
        self.cache.put(key, body)
        return result

    def _send(self, url: str, params: dict[str, Any]) -> bytes:
        client = self.client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
        self.client = client
        headers = {"User-Agent": f"claims/{_version()} (research-paper claim extraction)",
                   **self.headers}
        delay, problem = FIRST_BACKOFF, ""
        for attempt in range(1, MAX_TRIES + 1):
            self._wait_turn()
            self.requests += 1
            try:
                response = client.get(url, params=params, headers=headers)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if response.status_code == 200:
                    return response.content
                if response.status_code not in RETRIED_STATUSES:
                    raise FetchError(f"{self.name}: HTTP {response.status_code} for "
                                     f"{_shown(url, params)}: {_excerpt(response)}")
                problem = f"HTTP {response.status_code}"
                delay = max(delay, _retry_after(response))
            if attempt < MAX_TRIES:
                self.clock.sleep(min(delay, MAX_BACKOFF))
                delay *= 2
        raise FetchError(f"{self.name}: {problem} for {_shown(url, params)} after {MAX_TRIES} "
                         "tries; giving up. Run the same command again later: the pages already "
                         "fetched are cached and the fetch resumes after them")

    def _wait_turn(self) -> None:
        now = self.clock.monotonic()
        if self._last is not None and now - self._last < self.min_interval:
            self.clock.sleep(self.min_interval - (now - self._last))
        self._last = self.clock.monotonic()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claims")
    except PackageNotFoundError:
        return "dev"


def _retry_after(response: httpx.Response) -> float:
    try:
        return float(response.headers.get("Retry-After", 0))
    except ValueError:
        return 0.0


def _excerpt(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    return (text[:200] + "…") if len(text) > 200 else (text or "(empty body)")


def _shown(url: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if k not in ("api_key", "mailto")}
    return str(httpx.URL(url, params=kept))
