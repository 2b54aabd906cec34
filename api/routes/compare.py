"""Two or more places side by side: programmes in common and unique, metrics, shared organisations."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.qa.memo import remember
from api.schemas import Comparison, MetricOut
from graph import queries

router = APIRouter(prefix="/compare", tags=["compare"])


@router.get("", response_model=Comparison)
def compare(store: StoreDep, places: Annotated[str, Query(description="A,B[,C]: names or aliases")]) -> Comparison:
    """Computed once per store generation (memo.py)."""
    return remember(store, ("compare", places), lambda: _compare(store, places))


def _compare(store: StoreDep, places: str) -> Comparison:
    names = [p.strip() for p in places.replace("，", ",").split(",") if p.strip()]
    if len(names) < 2:
        raise HTTPException(status_code=422, detail="give at least two places, comma-separated")
    canonical = []
    for name in names:
        rows = store.read(queries.PLACE, {"name": name})
        if not rows:
            raise HTTPException(status_code=404, detail=f"no place called {name!r} in the graph")
        canonical.append(rows[0]["name"])
    programmes = {p: {r["name"] for r in store.read(queries.PROGRAMMES_OF, {"name": p, "kinds": None})}
                  for p in canonical}
    common = set.intersection(*programmes.values())
    unique = {p: sorted(ps - set().union(*(programmes[o] for o in canonical if o != p))) for p, ps in programmes.items()}
    metrics: dict[str, dict[str, list[MetricOut]]] = defaultdict(lambda: defaultdict(list))
    for p in canonical:
        for m in store.read(queries.METRICS_OF, {"name": p}):
            metrics[m["indicator"]][p].append(MetricOut(**m))
    side_by_side = {ind: dict(by_place) for ind, by_place in metrics.items() if len(by_place) >= 2}
    orgs = [{r["name"] for r in store.read(queries.ORGANISATIONS_IN, {"name": p})}
            | {r["name"] for r in store.read(queries.PARTNERS_OF, {"name": p, "kind": None})} for p in canonical]
    return Comparison(places=canonical, common=sorted(common), unique=unique, metrics=side_by_side,
                      shared_organisations=sorted(set.intersection(*orgs)))
