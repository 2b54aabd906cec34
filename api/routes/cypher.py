"""Read-only Cypher for researchers: the store refuses writes (see graph/bolt.py), with a timeout and row limit."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.schemas import CypherRequest, CypherResponse

router = APIRouter(prefix="/cypher", tags=["cypher"])


@router.post("", response_model=CypherResponse)
def run_cypher(body: CypherRequest, store: StoreDep) -> CypherResponse:
    rows = store.read(body.query, body.params, limit=body.limit)
    return CypherResponse(rows=rows, count=len(rows))
