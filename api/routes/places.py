"""Places: list with filters, and a place's profile with evidence."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.evidence import attach
from api.qa.memo import remember
from api.schemas import Linked, ListOf, MetricOut, PlaceProfile, PlaceSummary
from graph import queries

router = APIRouter(prefix="/places", tags=["places"])
Level = Literal["region", "league", "banner", "township", "village"]


@router.get("", response_model=ListOf[PlaceSummary])
def list_places(store: StoreDep, level: Level | None = None,
                parent: Annotated[str | None, Query(description="a parent league or banner")] = None,
                q: Annotated[str | None, Query(description="part of a name or alias")] = None,
                skip: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> ListOf[PlaceSummary]:
    rows = store.read(queries.PLACES, {"level": level, "parent": parent, "q": q, "skip": 0, "limit": 100_000},
                      limit=100_000)
    data = [PlaceSummary(**r) for r in rows[skip:skip + limit]]
    return ListOf[PlaceSummary](data=data, count=len(rows))


def _linked(store: StoreDep, rows: list[dict]) -> list[Linked]:  # type: ignore[type-arg]
    return [Linked(name=r["name"], kind=r.get("kind"), level=r.get("level"), evidence=ev)
            for r, ev in zip(rows, attach(store, rows), strict=True)]


@router.get("/{name}", response_model=PlaceProfile)
def place_profile(name: str, store: StoreDep) -> PlaceProfile:
    """Aliases, hierarchy up and down, programmes, organisations and metrics, each with evidence."""
    return remember(store, ("place", name), lambda: _profile(name, store))


def _profile(name: str, store: StoreDep) -> PlaceProfile:
    found = store.read(queries.PLACE, {"name": name})
    if not found:
        raise HTTPException(status_code=404, detail=f"no place called {name!r} in the graph")
    place = found[0]
    canonical = place["name"]
    ancestors = store.read(queries.ANCESTORS, {"name": canonical})
    children = store.read(queries.DESCENDANTS, {"name": canonical, "level": None})
    programmes = store.read(queries.PROGRAMMES_OF, {"name": canonical, "kinds": None})
    organisations = store.read(queries.ORGANISATIONS_IN, {"name": canonical})
    metrics = store.read(queries.METRICS_OF, {"name": canonical})
    parents = [a["name"] for a in ancestors[:1]]
    return PlaceProfile(
        name=canonical, level=place.get("level"), code=place.get("code"), aliases=place.get("aliases") or [],
        parents=parents, ancestors=_linked(store, ancestors), children=_linked(store, children),
        programmes=_linked(store, programmes), organisations=_linked(store, organisations),
        metrics=sorted((MetricOut(**m) for m in metrics), key=lambda m: (m.indicator, m.year or 0)),
    )
