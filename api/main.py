"""The FastAPI application: routers per resource, errors as clear 4xx responses."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.cache import ResponseCache
from api.deps import close_store, get_store
from api.routes import (
    analytics,
    ask,
    compare,
    cypher,
    documents,
    health,
    metrics,
    models,
    places,
    programmes,
    search,
)
from policykg import __version__
from policykg.errors import InputError, PolicyKGError, QuestionError, StoreError

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    yield
    close_store()


def create_app() -> FastAPI:
    app = FastAPI(title="policykg", version=__version__, lifespan=lifespan,
                  description="A knowledge graph of Chinese policy and work reports: places, programmes and "
                              "models, organisations, persons and metrics, each fact with its sentence.")
    for module in (health, places, programmes, models, compare, metrics, search, ask, cypher, documents, analytics):
        app.include_router(module.router)
    app.dependency_overrides[analytics.get_store] = get_store

    @app.exception_handler(QuestionError)
    async def question_error(_request: Request, exc: QuestionError) -> JSONResponse:
        return JSONResponse(status_code=422, content={
            "detail": str(exc), "understood": exc.understood, "try": exc.suggestions})

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        message = str(exc)
        status = 400 if message.startswith(("refused", "Cypher error")) else 503
        return JSONResponse(status_code=status, content={"detail": message})

    @app.exception_handler(InputError)
    async def input_error(_request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    @app.exception_handler(PolicyKGError)
    async def other_error(_request: Request, exc: PolicyKGError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    app.add_middleware(ResponseCache)
    return app


app = create_app()
