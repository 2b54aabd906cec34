"""Typed dependencies: one shared store per process, the API key check."""

from __future__ import annotations

import secrets
import threading
from typing import Annotated

from fastapi import Depends, Header, HTTPException

from graph.store import GraphStore
from policykg.settings import Settings, get_settings

_store: GraphStore | None = None
_lock = threading.Lock()


def get_store() -> GraphStore:
    """The process's store (POLICYKG_STORE), opened on first use; the driver pools connections."""
    global _store
    with _lock:
        if _store is None:
            from graph.connect import open_store

            _store = open_store(get_settings().store)
        return _store


def close_store() -> None:
    global _store
    with _lock:
        if _store is not None:
            _store.close()
            _store = None


def require_api_key(settings: Annotated[Settings, Depends(get_settings)],
                    x_api_key: Annotated[str | None, Header()] = None) -> None:
    """Writes (upload, delete) need the key of POLICYKG_API_KEY; with no key set they are disabled."""
    if not settings.api_key:
        raise HTTPException(status_code=403, detail="writes are disabled: set POLICYKG_API_KEY on the server")
    if not x_api_key or not secrets.compare_digest(x_api_key, settings.api_key):
        raise HTTPException(status_code=401, detail="missing or wrong X-API-Key header")


StoreDep = Annotated[GraphStore, Depends(get_store)]
KeyDep = Annotated[None, Depends(require_api_key)]
