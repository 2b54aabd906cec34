"""The store's generation counter: every write path moves it, in the write's own transaction.

The API's memo (api/qa/memo.py) keeps results per generation and reads nothing else to
learn that the graph changed, so a write path that forgot the bump would leave the API
answering from a graph that no longer exists; each path is checked here.
"""

from __future__ import annotations

import pytest

from graph.networkx_view import load_graph
from policykg.errors import StoreError

from .factories import Doc, league_report


def _other_report(doc_id: str) -> Doc:
    d = Doc(doc_id, "青杨旗推行“支部+合作社”模式。")
    d.entity("Place", "青杨旗", 0, level="banner").entity("Programme", "支部+合作社", 0, kind="model")
    return d.relation("IMPLEMENTS", ("Place", "青杨旗"), ("Programme", "支部+合作社"), 0)


def _drop_counter(graph) -> None:
    """Make the store look like one written before the counter existed."""
    graph._write(lambda tx: tx.run("MATCH (g:Meta) DELETE g").consume())


def test_every_write_path_moves_the_generation_and_a_no_op_does_not(graph):
    seen = [graph.generation()]

    def moved() -> bool:
        now = graph.generation()
        changed = now > seen[-1]
        seen.append(now)
        return changed

    assert graph.write_document(league_report("a").facts()).status == "written"
    assert moved(), "write_document (new document) did not bump the generation"
    assert graph.write_document(league_report("a").facts()).status == "unchanged"
    assert not moved(), "an unchanged document moved the generation"
    changed = league_report("a")
    changed.text += "。"
    assert graph.write_document(changed.facts()).status == "replaced"
    assert moved(), "write_document (replacement) did not bump the generation"
    reports = graph.write_documents([_other_report("b").facts(), _other_report("c").facts()])
    assert [r.status for r in reports] == ["written", "written"]
    assert moved(), "write_documents (bulk) did not bump the generation"
    assert [r.status for r in graph.write_documents([_other_report("b").facts()])] == ["unchanged"]
    assert not moved(), "an unchanged bulk batch moved the generation"
    assert graph.delete_document("b") > 0
    assert moved(), "delete_document did not bump the generation"
    assert graph.delete_document("b") == 0
    assert not moved(), "deleting an absent document moved the generation"
    graph.wipe()
    assert moved(), "wipe did not bump the generation (a reader could see an old number for a new graph)"


def test_a_failed_write_leaves_the_generation_as_it_was(graph, monkeypatch):
    import graph.bolt as bolt

    graph.write_document(league_report("a").facts())
    before = graph.generation()
    original = bolt.document_writes

    def failing(facts, batch_size=500):
        return [*original(facts, batch_size), ("UNWIND $rows AS r RETURN 1 / r.zero", [{"zero": 0}])]

    monkeypatch.setattr(bolt, "document_writes", failing)
    with pytest.raises(StoreError):
        graph.write_document(_other_report("b").facts())
    assert graph.generation() == before  # the bump is part of the write's transaction


def test_a_store_without_the_counter_reads_zero_and_counts_from_its_first_write(graph):
    graph.write_document(league_report("a").facts())
    _drop_counter(graph)
    assert graph.generation() == 0
    graph.write_document(_other_report("b").facts())
    assert graph.generation() == 1


def test_delete_reports_what_it_removed_as_the_counts_see_it(graph):
    graph.write_document(league_report("a").facts())
    graph.write_document(_other_report("b").facts())
    before = graph.counts()
    removed = graph.delete_document("b")
    after = graph.counts()
    total = sum(sum(c.values()) for c in before.values()) - sum(sum(c.values()) for c in after.values())
    assert removed == total > 0


def test_the_counter_node_is_not_part_of_the_graph_that_is_counted_or_viewed(graph):
    graph.write_document(league_report("a").facts())
    assert graph.generation() >= 1
    counts = graph.counts()
    assert "Meta" not in counts["nodes"]
    view = load_graph(graph)
    assert view.number_of_nodes() == sum(counts["nodes"].values())
    assert all(data.get("label") != "Meta" for _, data in view.nodes(data=True))
