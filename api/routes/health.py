"""Liveness and what the graph holds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import StoreDep
from api.qa.memo import remember, store_signature
from policykg import __version__

router = APIRouter(tags=["health"])


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    """OK when the store answers; with the graph's counts.

    The store is asked for its write generation on every call (one indexed lookup, so a
    store that stopped answering fails here), but the counts, two full scans, only once
    per generation: a liveness probe every few seconds must not scan a large graph.
    """
    store_signature(store)
    return {"status": "ok", "version": __version__, "graph": remember(store, ("health", "counts"), store.counts)}
