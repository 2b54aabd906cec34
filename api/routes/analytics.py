"""Network measures over HTTP: places similar to a place, and where a programme has spread.

The measures are ``graph.analytics`` run on the store's fact graph
(``graph.networkx_view.load_graph`` without provenance).  Reading the graph
costs one pass over the store, so it is kept per store and read again only when
the store's write generation changes (an ingest or delete happened; api/qa/memo.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from api.qa.memo import store_signature
from graph import analytics
from graph.networkx_view import load_graph
from graph.store import GraphStore

router = APIRouter(prefix="/analytics", tags=["analytics"])

_cache_lock = threading.Lock()
_cache: dict[str, tuple[str, nx.MultiDiGraph]] = {}


def get_store() -> Iterator[GraphStore]:
    """The store of the settings (POLICYKG_STORE); api/main.py may override this with its shared one."""
    from graph.connect import open_store

    store = open_store(None)
    try:
        yield store
    finally:
        store.close()


def fact_graph_of(store: GraphStore) -> nx.MultiDiGraph:
    """The store's fact graph, read again only when its generation changed (one indexed lookup)."""
    signature = repr(store_signature(store))
    key = str(getattr(store, "uri", type(store).__name__))
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == signature:
            return cached[1]
    graph = load_graph(store, provenance=False, metrics=False)
    with _cache_lock:
        _cache[key] = (signature, graph)
    return graph


def get_graph(store: Annotated[GraphStore, Depends(get_store)]) -> nx.MultiDiGraph:
    return fact_graph_of(store)


GraphDep = Annotated[nx.MultiDiGraph, Depends(get_graph)]


class SimilarPlaceOut(BaseModel):
    place: str
    level: str | None
    score: float
    shared_programmes: list[str]
    shared_models: list[str]
    programmes: int


class SimilarPlaces(BaseModel):
    place: str
    programmes: list[str]
    data: list[SimilarPlaceOut]
    count: int


class SpreadOut(BaseModel):
    programme: str
    kind: str | None
    places: list[dict[str, Any]]
    organisations: list[str]
    banners: dict[str, list[str]]
    leagues: dict[str, list[str]]
    parts: list[str]
    part_of: list[str]
    banner_count: int
    league_count: int


@router.get("/similar-places", response_model=SimilarPlaces)
def similar_places(
    graph: GraphDep,
    place: Annotated[str, Query(description="canonical place name, e.g. a banner's full name")],
    top: Annotated[int, Query(ge=1, le=100)] = 10,
    level: Annotated[str | None, Query(description="only places of this level (banner, township …)")] = None,
) -> SimilarPlaces:
    """Places using the same programmes and models, by Jaccard similarity, with the shared items."""
    if f"Place:{place}" not in graph:
        raise HTTPException(status_code=404, detail=f"no place named {place!r} in the graph")
    rows = analytics.similar_places(graph, place, top=top, level=level)
    own = sorted(analytics.place_programmes(graph, place))
    return SimilarPlaces(place=place, programmes=own, data=[SimilarPlaceOut(**asdict(r)) for r in rows],
                         count=len(rows))


@router.get("/programmes/spread", response_model=SpreadOut)
def programme_spread(
    graph: GraphDep,
    name: Annotated[str, Query(description="programme name as in the graph (the text inside the quotes)")],
) -> SpreadOut:
    """The places, banners and leagues that use a programme (following PART_OF upward)."""
    spread = analytics.programme_spread(graph, name)
    if spread is None:
        raise HTTPException(status_code=404, detail=f"no programme named {name!r} in the graph")
    return SpreadOut(programme=spread.programme, kind=spread.kind,
                     places=[{"name": p, "level": lv} for p, lv in spread.places],
                     organisations=spread.organisations, banners=spread.banners, leagues=spread.leagues,
                     parts=spread.parts, part_of=spread.part_of,
                     banner_count=len(spread.banners), league_count=len(spread.leagues))
