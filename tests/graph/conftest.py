"""``graph``: the store suite runs once on the embedded server and once on a real Neo4j.

The Neo4j run needs ``POLICYKG_TEST_NEO4J_URI`` (e.g. ``bolt://127.0.0.1:7687``
from ``docker compose up -d neo4j``, credentials in ``POLICYKG_NEO4J_USER`` /
``_PASSWORD``) and is skipped with that reason otherwise. It empties that
database before every test: point it at a throwaway server only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

NEO4J_URI = os.environ.get("POLICYKG_TEST_NEO4J_URI")


@pytest.fixture(scope="session")
def neo4j_session_store() -> Iterator[Any]:
    if not NEO4J_URI:
        pytest.skip("POLICYKG_TEST_NEO4J_URI is not set (no Neo4j server to test against)")
    from graph.connect import open_store

    graph = open_store(NEO4J_URI)
    graph.ensure_schema()
    yield graph
    graph.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph(request: pytest.FixtureRequest) -> Any:
    """An empty GraphStore: the embedded one (``store``) or the Neo4j one."""
    if request.param == "embedded":
        return request.getfixturevalue("store")
    neo = request.getfixturevalue("neo4j_session_store")
    neo.wipe()
    return neo
