"""The analytics routes on a hand-built graph (the store dependency replaced)."""

from __future__ import annotations

import networkx as nx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.routes import analytics as routes
from tests.analytics.graphs import region_graph


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    app.include_router(routes.router)
    graph = region_graph()
    app.dependency_overrides[routes.get_graph] = lambda: graph
    return TestClient(app)


def test_similar_places(client: TestClient) -> None:
    r = client.get("/analytics/similar-places", params={"place": "东河旗", "level": "banner"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 2 and body["programmes"] == sorted(["先锋引领", "党员中心户+协会", "暖心服务"])
    first = body["data"][0]
    assert first["place"] == "西河旗" and first["score"] == 0.6667 and first["shared_models"] == ["党员中心户+协会"]
    assert client.get("/analytics/similar-places", params={"place": "无此地"}).status_code == 404
    assert client.get("/analytics/similar-places").status_code == 422


def test_programme_spread(client: TestClient) -> None:
    r = client.get("/analytics/programmes/spread", params={"name": "支部+合作社"})
    assert r.status_code == 200
    body = r.json()
    assert body["league_count"] == 2 and body["banner_count"] == 3
    assert {"name": "新村嘎查", "level": "village"} in body["places"]
    assert body["organisations"] == ["新村牧业合作社"]
    assert client.get("/analytics/programmes/spread", params={"name": "无此工程"}).status_code == 404


class CountingStore:
    """A store stand-in that answers counts() and the loader's queries with nothing."""

    uri = "test:counting"

    def __init__(self) -> None:
        self.reads = 0
        self.nodes = 0

    def counts(self) -> dict[str, dict[str, int]]:
        return {"nodes": {"Place": self.nodes}, "relationships": {}}

    def read(self, cypher: str, params: object = None, **_: object) -> list[dict[str, object]]:
        self.reads += 1
        if cypher.startswith("MATCH (n:Place)") and self.nodes:
            return [{"name": f"地{i}", "level": "banner"} for i in range(self.nodes)]
        return []


def test_fact_graph_is_read_again_only_when_counts_change() -> None:
    store = CountingStore()
    g1 = routes.fact_graph_of(store)  # type: ignore[arg-type]
    reads = store.reads
    assert routes.fact_graph_of(store) is g1 and store.reads == reads  # type: ignore[arg-type]
    store.nodes = 2
    g2 = routes.fact_graph_of(store)  # type: ignore[arg-type]
    assert isinstance(g2, nx.MultiDiGraph) and g2.number_of_nodes() == 2 and store.reads > reads


class GenerationStore(CountingStore):
    """A store that keeps a write generation: its counts (two full scans) must not be read."""

    uri = "test:generation"

    def __init__(self) -> None:
        super().__init__()
        self.gen = 0

    def generation(self) -> int:
        return self.gen

    def counts(self) -> dict[str, dict[str, int]]:
        raise AssertionError("the cache must read the generation, not the counts")


def test_fact_graph_follows_the_store_generation_without_counting() -> None:
    store = GenerationStore()
    g1 = routes.fact_graph_of(store)  # type: ignore[arg-type]
    reads = store.reads
    store.nodes = 3  # written, but the generation has not moved yet: the cached graph stands
    assert routes.fact_graph_of(store) is g1 and store.reads == reads  # type: ignore[arg-type]
    store.gen = 1
    g2 = routes.fact_graph_of(store)  # type: ignore[arg-type]
    assert g2 is not g1 and g2.number_of_nodes() == 3
