"""Turning lists of sentence ids into the sentences themselves, in one query."""

from __future__ import annotations

from typing import Any

from graph import queries
from graph.store import GraphStore

from .schemas import Evidence


def sentences(store: GraphStore, ids: list[str]) -> dict[str, Evidence]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    rows = store.read(queries.SENTENCES, {"ids": ids}, limit=len(ids))
    return {r["id"]: Evidence(doc=r["doc"], sentence=r["sentence"]) for r in rows}


def attach(store: GraphStore, rows: list[dict[str, Any]]) -> list[list[Evidence]]:
    """The evidence of each row (rows carry an ``evidence`` list of sentence ids)."""
    table = sentences(store, [e for r in rows for e in (r.get("evidence") or [])])
    return [[table[e] for e in (r.get("evidence") or []) if e in table] for r in rows]
