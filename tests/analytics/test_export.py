"""Export writers on a graph built by hand: files reopen with the same counts and the documented headers."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from graph.export import export_graph
from graph.networkx_view import node_id
from policykg.errors import PolicyKGError
from tests.analytics.graphs import region_graph


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    """The region graph plus provenance and a metric, with a sentence mentioning one place twice."""
    g = region_graph()
    doc = node_id("Document", "d1")
    g.add_node(doc, label="Document", docId="d1", title="某旗工作报告", published=date(2024, 3, 1), chars=120)
    sent = node_id("Sentence", "d1:0")
    g.add_node(sent, label="Sentence", sentenceId="d1:0", docId="d1", index=0, text="东河旗，即东河旗全域。",
               start=0, end=11)
    g.add_edge(sent, doc, type="IN_DOCUMENT")
    g.add_edge(sent, node_id("Place", "东河旗"), type="MENTIONS", start=0, end=3)
    g.add_edge(sent, node_id("Place", "东河旗"), type="MENTIONS", start=5, end=8)
    metric = node_id("Metric", "abc")
    g.add_node(metric, label="Metric", metricId="abc", indicator="嘎查村", value=96.0, unit="个", year=2023,
               raw="96个")
    g.add_node(node_id("Indicator", "嘎查村"), label="Indicator", name="嘎查村")
    g.add_edge(node_id("Place", "东河旗"), metric, type="REPORTS")
    g.add_edge(metric, node_id("Indicator", "嘎查村"), type="MEASURES")
    g.add_edge(metric, sent, type="EVIDENCED_BY")
    g.nodes[node_id("Place", "东河旗")]["aliases"] = ["东河", "东旗"]
    return g


def test_graphml_reopens_with_the_same_counts_and_labels(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    export_graph(g, "graphml", out)
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    place = back.nodes[node_id("Place", "东河旗")]
    assert place["labels"] == ":Place" and place["label"] == "东河旗" and place["level"] == "banner"
    assert json.loads(place["aliases"]) == ["东河", "东旗"]
    assert back.nodes[node_id("Metric", "abc")]["value"] == 96.0
    assert back.nodes[node_id("Document", "d1")]["published"] == "2024-03-01"
    types = sorted(d["label"] for _, _, d in back.edges(data=True))
    assert types.count("MENTIONS") == 2 and types.count("PART_OF") == 8
    part_of = next(d for _, _, d in back.edges(data=True) if d["label"] == "PART_OF")
    assert part_of["basis"] == "admin_knowledge" and json.loads(part_of["evidence"])[0].startswith("d1:")


def test_gexf_reopens_with_the_same_counts(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    export_graph(g, "gexf", out)
    back = nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert back.nodes[node_id("Programme", "先锋引领")]["label"] == "先锋引领"


def test_node_link_json_keeps_lists(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    export_graph(g, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="links")
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert back.nodes[node_id("Place", "东河旗")]["aliases"] == ["东河", "东旗"]


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_neo4j_csv_headers_and_rows(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    files = export_graph(g, "neo4j-csv", folder)
    names = {p.name for p in files}
    assert {"nodes_Place.csv", "nodes_Metric.csv", "relationships_PART_OF.csv", "import.sh"} <= names
    place = _read(folder / "nodes_Place.csv")
    assert place[0] == ["id:ID", ":LABEL", "aliases:string[]", "level", "name"]
    row = next(r for r in place if r[4] == "东河旗")
    assert row[:2] == ["Place:东河旗", "Place"] and row[2] == "东河;东旗"
    metric = _read(folder / "nodes_Metric.csv")
    assert metric[0] == ["id:ID", ":LABEL", "indicator", "metricId", "raw", "unit", "value:float", "year:long"]
    assert _read(folder / "nodes_Document.csv")[0] == ["id:ID", ":LABEL", "chars:long", "docId", "published:date",
                                                       "title"]
    assert _read(folder / "nodes_Sentence.csv")[0][2:] == ["docId", "end:long", "index:long", "sentenceId",
                                                           "start:long", "text"]
    rel = _read(folder / "relationships_PART_OF.csv")
    assert rel[0] == [":START_ID", ":END_ID", ":TYPE", "basis", "evidence:string[]"]
    assert rel[1][2] == "PART_OF" and rel[1][0].startswith("Place:")
    assert _read(folder / "relationships_MENTIONS.csv")[0] == [":START_ID", ":END_ID", ":TYPE", "end:long",
                                                               "start:long"]
    nodes = sum(len(_read(p)) - 1 for p in files if p.name.startswith("nodes_"))
    rels = sum(len(_read(p)) - 1 for p in files if p.name.startswith("relationships_"))
    assert (nodes, rels) == (g.number_of_nodes(), g.number_of_edges())
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--nodes=nodes_Place.csv" in script
    assert "--relationships=relationships_MENTIONS.csv" in script


def test_bad_format_and_targets_are_user_errors(g: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(PolicyKGError, match="unknown export format"):
        export_graph(g, "dot", tmp_path / "g.dot")
    with pytest.raises(PolicyKGError, match="is a folder"):
        export_graph(g, "graphml", tmp_path)
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(PolicyKGError, match="writes a folder"):
        export_graph(g, "neo4j-csv", tmp_path / "f.txt")
