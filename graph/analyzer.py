"""Asking ArcadeDB's own Cypher parser whether a query writes, without running it.

Why: read-only Cypher must be refused by the database's judgement, not by
guessing from the text. Neo4j answers ``EXPLAIN`` with the query type. ArcadeDB
answers "w" for every query over Bolt and ignores the READ access mode, but its
Cypher engine can classify a statement: ``QueryEngine.analyze(text)`` parses it
and says whether it is idempotent (no CREATE, MERGE, SET, DELETE, REMOVE,
FOREACH, write procedure, unknown procedure …) and whether it is DDL
(``CREATE INDEX``, ``CREATE CONSTRAINT``, ``DROP …``). That is the same check
ArcadeDB's HTTP ``/api/v1/query`` endpoint applies before it refuses a statement
with ``QueryNotIdempotentException``, minus running the query.

The engine lives in the embedded server's JVM, so the server process answers
that question on a Unix socket (``serve``) in a private folder (mode 0700, path
recorded in ``server.json``): parse only, never execute, no TCP port. The store
asks it (``Analyzer``) before every read on the embedded server; verdicts are
cached per query text (they depend on the text alone, not on parameters).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import socketserver
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.errors import StoreError

log = logging.getLogger(__name__)

SOCKET_NAME = "analyze.sock"
MAX_QUERY_BYTES = 1 << 20
TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Verdict:
    """ArcadeDB's classification of one Cypher text."""

    idempotent: bool
    ddl: bool
    error: str | None = None  # the parser's message when the text is not valid Cypher

    @property
    def writes(self) -> bool:
        return not self.idempotent or self.ddl


# -- in the server process --------------------------------------------------------
def _java_message(exc: BaseException) -> str:
    """A Java exception's own message (JPype's str() prefixes the class name)."""
    get = getattr(exc, "getMessage", None)
    text = str(get()) if callable(get) and get() is not None else str(exc)
    return text.strip()


def classify(engine: Any, cypher: str) -> dict[str, Any]:
    """Ask the Cypher engine (``database.getQueryEngine("opencypher")``) about ``cypher``."""
    try:
        analyzed = engine.analyze(cypher)
        return {"idempotent": bool(analyzed.isIdempotent()), "ddl": bool(analyzed.isDDL())}
    except Exception as exc:  # a Java CommandParsingException through JPype
        return {"error": _java_message(exc)}


def serve(engine: Any) -> tuple[str, socketserver.BaseServer]:
    """Start answering on a Unix socket in a new private folder; returns (socket path, server).

    One request per connection: the client sends the UTF-8 query text and shuts
    down its side, the server answers one JSON object.
    """
    folder = tempfile.mkdtemp(prefix="policykg-store-")  # mode 0700: only this user can connect
    path = os.path.join(folder, SOCKET_NAME)

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            data = self.rfile.read(MAX_QUERY_BYTES + 1)
            if len(data) > MAX_QUERY_BYTES:
                reply: dict[str, Any] = {"error": f"query longer than {MAX_QUERY_BYTES} bytes"}
            else:
                reply = classify(engine, data.decode("utf-8", errors="replace"))
            self.wfile.write(json.dumps(reply).encode("utf-8"))

    server = socketserver.ThreadingUnixStreamServer(path, Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="cypher-analyzer", daemon=True).start()
    return path, server


def remove(path: str) -> None:
    """Remove the socket's private folder (on server stop)."""
    folder = Path(path).parent
    if folder.name.startswith("policykg-store-"):
        shutil.rmtree(folder, ignore_errors=True)


# -- in the client ----------------------------------------------------------------
def ask(path: str, cypher: str, timeout: float = TIMEOUT_S) -> Verdict:
    """The server's verdict on ``cypher``; StoreError when the analyzer does not answer."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(path)
            sock.sendall(cypher.encode("utf-8"))
            sock.shutdown(socket.SHUT_WR)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        reply = json.loads(b"".join(chunks))
    except (OSError, ValueError) as exc:
        raise StoreError(f"the embedded store's query analyzer does not answer ({exc}); "
                         "restart the server with `policykg store stop`") from None
    if "error" in reply:
        return Verdict(idempotent=False, ddl=False, error=str(reply["error"]))
    return Verdict(idempotent=bool(reply["idempotent"]), ddl=bool(reply["ddl"]))


class Analyzer:
    """A client of one server's analyzer, with verdicts cached per query text."""

    def __init__(self, path: str, cache_size: int = 4096) -> None:
        self.path = path
        self.verdict = lru_cache(maxsize=cache_size)(self._ask)

    def _ask(self, cypher: str) -> Verdict:
        return ask(self.path, cypher)
