"""Liveness and what the graph holds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import StoreDep
from policykg import __version__

router = APIRouter(tags=["health"])


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    """OK when the store answers; with the graph's counts."""
    return {"status": "ok", "version": __version__, "graph": store.counts()}
