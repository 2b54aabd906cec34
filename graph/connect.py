"""Store URIs to stores: ``embedded:PATH`` (or a bare path), ``bolt://`` and ``neo4j://``."""

from __future__ import annotations

from pathlib import Path

from policykg.errors import StoreError
from policykg.settings import get_settings

from .analyzer import Analyzer
from .bolt import BoltStore
from .store import GraphStore


def embedded_folder(uri: str) -> Path | None:
    """The data folder of an embedded store URI, or None for a server URI."""
    if uri.startswith(("bolt://", "bolt+s://", "neo4j://", "neo4j+s://")):
        return None
    path = uri[len("embedded:"):] if uri.startswith("embedded:") else uri
    if not path:
        raise StoreError("embedded store URI without a folder: use embedded:PATH")
    return Path(path).expanduser().resolve()


def open_store(uri: str | None = None) -> GraphStore:
    """Open the store a URI names; None means ``POLICYKG_STORE`` or the default embedded folder."""
    settings = get_settings()
    uri = uri or settings.store
    folder = embedded_folder(uri)
    if folder is None:
        return BoltStore(uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database)
    from .embedded import ensure_server

    info = ensure_server(folder)
    return BoltStore(info.uri, info.user, info.password, info.database, store_uri=f"embedded:{folder}",
                     analyzer=Analyzer(info.analyzer) if info.analyzer else None)
