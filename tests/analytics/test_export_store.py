"""Export of the seeds' graph from the real store: the files hold exactly what the store holds."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.export import export_graph
from graph.networkx_view import load_graph
from policykg.ingest import ingest_paths
from policykg.paths import PROJECT_ROOT

pytest.importorskip("graph.connect", reason="the store (graph/connect.py) is not there yet")


@pytest.fixture
def seeded(store: Any) -> Any:
    ingest_paths(PROJECT_ROOT / "seeds", store=store)
    return store


def _store_totals(store: Any) -> tuple[int, int]:
    counts = store.counts()
    return sum(counts["nodes"].values()), sum(counts["relationships"].values())


def test_graphml_of_the_seeds_has_the_store_counts(seeded: Any, tmp_path: Path) -> None:
    graph = load_graph(seeded)
    nodes, rels = _store_totals(seeded)
    assert nodes > 100 and rels > 100
    out = tmp_path / "seeds.graphml"
    export_graph(graph, "graphml", out)
    back = nx.read_graphml(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, rels)


def test_neo4j_csv_of_the_seeds_has_the_store_counts(seeded: Any, tmp_path: Path) -> None:
    files = export_graph(load_graph(seeded), "neo4j-csv", tmp_path / "csv")
    rows = {p.name: list(csv.reader(p.open(encoding="utf-8", newline=""))) for p in files if p.suffix == ".csv"}
    nodes = sum(len(r) - 1 for n, r in rows.items() if n.startswith("nodes_"))
    rels = sum(len(r) - 1 for n, r in rows.items() if n.startswith("relationships_"))
    assert (nodes, rels) == _store_totals(seeded)
    assert rows["nodes_Place.csv"][0][:2] == ["id:ID", ":LABEL"]
    assert "value:float" in rows["nodes_Metric.csv"][0]
    assert rows["relationships_IMPLEMENTS.csv"][0][:3] == [":START_ID", ":END_ID", ":TYPE"]
