"""Search names, aliases and pinyin, ranked: exact, prefix, contains, pinyin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pypinyin import lazy_pinyin

from api.deps import StoreDep
from api.qa.answer import name_index
from api.schemas import ListOf

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=ListOf[dict[str, Any]])
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=100)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> ListOf[dict[str, Any]]:
    names = name_index(store)
    tables = [("Place", names.places), ("Programme", names.programmes), ("Organisation", names.organisations),
              ("Person", {p: p for p in names.persons})]
    needle = q.strip().lower()
    hits: dict[tuple[str, str], float] = {}
    for label, table in tables:
        for surface, canonical in table.items():
            s = surface.lower()
            if s == needle:
                score = 1.0
            elif s.startswith(needle):
                score = 0.8
            elif needle in s:
                score = 0.6
            elif needle.isascii() and "".join(lazy_pinyin(surface)).startswith(needle.replace(" ", "")):
                score = 0.5
            else:
                continue
            key = (label, canonical)
            hits[key] = max(hits.get(key, 0.0), score)
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], len(kv[0][1]), kv[0][1]))
    data = [{"label": label, "name": name, "score": score} for (label, name), score in ranked[:limit]]
    return ListOf[dict[str, Any]](data=data, count=len(ranked))
