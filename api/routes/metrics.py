"""One indicator across places, with the sentence behind each number."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.schemas import ListOf, MetricOut
from graph import queries

router = APIRouter(prefix="/metrics", tags=["metrics"])


@router.get("", response_model=ListOf[MetricOut])
def metrics(store: StoreDep,
            indicator: Annotated[str, Query(min_length=1, description="part of an indicator, e.g. 嘎查村")],
            place: str | None = None, year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
            skip: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
            limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> ListOf[MetricOut]:
    rows = store.read(queries.METRICS_BY_INDICATOR, {"text": indicator, "place": place, "year": year},
                      limit=100_000)
    data = sorted((MetricOut(**r) for r in rows), key=lambda m: (m.indicator, m.subject, m.year or 0))
    return ListOf[MetricOut](data=data[skip:skip + limit], count=len(data))
