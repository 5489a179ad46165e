"""Seen-before memory for retried events, double deliveries and double clicks."""

from __future__ import annotations

import threading
import time


class Seen:
    """Keys remembered for `ttl_s`; `first(key)` is True exactly once per key."""

    def __init__(self, ttl_s: float = 600.0) -> None:
        self._ttl = ttl_s
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first(self, *keys: str) -> bool:
        """True if none of the keys was seen; all are remembered either way."""
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen = {k: t for k, t in self._seen.items() if now - t < self._ttl}
            fresh = all(now - self._seen.get(k, -1e18) >= self._ttl for k in keys if k)
            for key in keys:
                if key:
                    self._seen[key] = now
            return fresh
