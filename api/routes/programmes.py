"""Programmes and models: list with filters, and a programme's profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.evidence import attach
from api.schemas import Linked, ListOf, ProgrammeProfile, ProgrammeSummary
from graph import queries

router = APIRouter(prefix="/programmes", tags=["programmes"])


@router.get("", response_model=ListOf[ProgrammeSummary])
def list_programmes(store: StoreDep, kind: str | None = None,
                    component: Annotated[str | None, Query(description="a component name, e.g. 协会")] = None,
                    q: str | None = None, skip: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> ListOf[ProgrammeSummary]:
    rows = store.read(queries.PROGRAMMES, {"kind": kind, "component": component, "q": q, "skip": 0,
                                           "limit": 100_000}, limit=100_000)
    return ListOf[ProgrammeSummary](data=[ProgrammeSummary(**r) for r in rows[skip:skip + limit]], count=len(rows))


@router.get("/{name}", response_model=ProgrammeProfile)
def programme_profile(name: str, store: StoreDep) -> ProgrammeProfile:
    """Implementers with evidence, components, parent programme, the documents that mention it."""
    rows = store.read(queries.PROGRAMME, {"name": name})
    if not rows:
        raise HTTPException(status_code=404, detail=f"no programme called {name!r} in the graph")
    implementers = store.read(queries.IMPLEMENTERS, {"programme": name, "label": None})
    parents = store.read(queries.PARENT_PROGRAMMES, {"name": name})
    docs = store.read(queries.PROGRAMME_DOCUMENTS, {"name": name})
    return ProgrammeProfile(
        **rows[0],
        implementers=[Linked(name=r["name"], kind=r.get("label"), level=r.get("level"), evidence=ev)
                      for r, ev in zip(implementers, attach(store, implementers), strict=True)],
        parents=[Linked(name=r["name"], evidence=ev) for r, ev in zip(parents, attach(store, parents), strict=True)],
        documents=docs,
    )
