"""A short-lived cache of read responses: the graph changes only on ingest or delete.

GET responses with status 200 of the read endpoints are kept for ``ttl`` seconds
(POLICYKG_API_CACHE_TTL, default 5; 0 turns it off), keyed by path and query string; any
write through the API (POST/DELETE /documents) empties it at once, and the TTL bounds
how long an ingest from another process (the CLI) goes unseen.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIXES = ("/ask", "/places", "/programmes", "/models", "/compare", "/metrics", "/search")


class ResponseCache:
    def __init__(self, app: ASGIApp, ttl: float | None = None, size: int = 2048) -> None:
        self.app = app
        self.ttl = float(os.environ.get("POLICYKG_API_CACHE_TTL", "5")) if ttl is None else ttl
        self.size = size
        self.entries: OrderedDict[str, tuple[float, list[Message]]] = OrderedDict()
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.ttl <= 0:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if scope["method"] != "GET":
            if path.startswith("/documents"):
                self.clear()
            await self.app(scope, receive, send)
            return
        if not path.startswith(CACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        key = path + "?" + scope.get("query_string", b"").decode("latin-1")
        now = time.monotonic()
        with self.lock:
            hit = self.entries.get(key)
            if hit and hit[0] > now:
                self.entries.move_to_end(key)
                messages = hit[1]
            else:
                messages = []
        if messages:
            for message in messages:
                await send(message)
            return
        recorded: list[Message] = []

        async def record(message: Message) -> None:
            recorded.append(message)
            await send(message)

        await self.app(scope, receive, record)
        if recorded and recorded[0].get("status") == 200:
            with self.lock:
                self.entries[key] = (now + self.ttl, recorded)
                while len(self.entries) > self.size:
                    self.entries.popitem(last=False)
