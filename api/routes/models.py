"""X+Y development models by their components, in Chinese or English."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.evidence import attach
from api.schemas import ListOf, ModelUse
from graph import queries
from policykg.paths import lexicon

router = APIRouter(prefix="/models", tags=["models"])


@lru_cache(maxsize=1)
def english_components() -> dict[str, str]:
    table = {}
    for line in lexicon("components_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, zh = line.split("\t")[:2]
            table[en.strip().lower()] = zh.strip()
    return table


def to_components(text: str) -> list[str]:
    """Comma-separated component names; English ones are mapped to the graph's Chinese names."""
    names = [c.strip() for c in text.replace("，", ",").split(",") if c.strip()]
    return [english_components().get(n.lower(), n) for n in names]


@router.get("", response_model=ListOf[ModelUse])
def models_by_component(store: StoreDep,
                        components: Annotated[str, Query(description="e.g. 协会,合作社 or association,cooperative")],
                        match: Literal["all", "any"] = "all",
                        level: Literal["region", "league", "banner", "township", "village"] | None = None,
                        skip: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
                        limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> ListOf[ModelUse]:
    wanted = to_components(components)
    if not wanted:
        raise HTTPException(status_code=422, detail="give at least one component")
    rows = store.read(queries.IMPLEMENTERS_OF_COMPONENTS, {"components": wanted, "match": match, "level": level},
                      limit=100_000)
    data = [ModelUse(place=r["name"], level=r.get("level"), model=r["programme"], matched=r["matched"], evidence=ev)
            for r, ev in zip(rows, attach(store, rows), strict=True)]
    return ListOf[ModelUse](data=data[skip:skip + limit], count=len(data))
