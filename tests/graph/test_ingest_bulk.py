"""``policykg ingest`` through the store's bulk path, on the embedded store: the same graph as
one document per transaction, idempotent per document, and a refused batch costs only the
document at fault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policykg.ingest import ingest_paths
from tests.ingest.helpers import bracket_extract, make_folder


def _props(props: dict[str, Any]) -> str:
    return repr(sorted((k, sorted(v) if isinstance(v, list) else v)
                       for k, v in props.items() if k != "ingestedAt"))


def _whole_graph(store: Any) -> tuple[list[Any], list[Any]]:
    nodes = sorted((sorted(r["l"]), _props(r["p"])) for r in store.read(
        "MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS l, properties(n) AS p", limit=100_000))
    rels = sorted((r["t"], _props(r["a"]), _props(r["b"]), _props(r["p"])) for r in store.read(
        "MATCH (a)-[x]->(b) RETURN type(x) AS t, properties(a) AS a, properties(b) AS b, properties(x) AS p",
        limit=100_000))
    return nodes, rels


def _ingest(store: Any, folder: Path, per_tx: int) -> dict[str, str]:
    return ingest_paths(folder, store=store, extract=bracket_extract, docs_per_tx=per_tx).outcomes


def test_bulk_ingest_leaves_the_graph_one_by_one_ingest_leaves(store: Any, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    assert set(_ingest(store, folder, 1).values()) == {"written"}
    one_by_one = _whole_graph(store)
    store.wipe()
    generation = store.generation()
    outcomes = _ingest(store, folder, 2)
    assert list(outcomes) == sorted(outcomes)  # reported in file order, batched or not
    assert set(outcomes.values()) == {"written"}
    assert _whole_graph(store) == one_by_one
    assert store.generation() == generation + 3  # five documents, two per transaction


def test_bulk_ingest_is_idempotent_and_replaces_a_changed_document(store: Any, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    _ingest(store, folder, 3)
    before = store.counts()
    generation = store.generation()
    assert set(_ingest(store, folder, 3).values()) == {"unchanged"}
    assert store.counts() == before and store.generation() == generation
    (folder / "b.txt").write_text("乙旗开展结对共建活动。【乙旗新设服务队】服务牧户。", encoding="utf-8")
    outcomes = _ingest(store, folder, 3)
    assert outcomes["b.txt"] == "replaced" and {v for k, v in outcomes.items() if k != "b.txt"} == {"unchanged"}
    orgs = {r["n"] for r in store.read("MATCH (o:Organisation) RETURN o.name AS n")}
    assert "乙旗新设服务队" in orgs and "乙旗乳业协会" not in orgs
    assert "联合服务中心" in orgs  # a also names it


def test_a_refused_batch_costs_only_the_document_at_fault(store: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.bolt as bolt

    bad = "d"
    real_one, real_many = bolt.document_writes, bolt.documents_writes
    failing = ("UNWIND $rows AS r RETURN 1 / r.zero", [{"zero": 0}])

    def one(facts, batch_size=500):  # type: ignore[no-untyped-def]
        return [*real_one(facts, batch_size), *([failing] if facts.document.doc_id == bad else [])]

    def many(batch, batch_size=500):  # type: ignore[no-untyped-def]
        return [*real_many(batch, batch_size), *([failing] if any(f.document.doc_id == bad for f in batch) else [])]

    monkeypatch.setattr(bolt, "document_writes", one)
    monkeypatch.setattr(bolt, "documents_writes", many)
    folder = make_folder(tmp_path / "in")
    report = ingest_paths(folder, store=store, extract=bracket_extract, docs_per_tx=2)
    outcomes = report.outcomes
    assert outcomes["d.txt"].startswith("failed: the graph store refused a write")
    assert {k: v for k, v in outcomes.items() if k != "d.txt"} == {
        "a.txt": "written", "b.txt": "written", "c.txt": "written", "e.txt": "written"}
    stored = {r["d"]: r["n"] for r in store.read(
        "MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) RETURN d.docId AS d, count(s) AS n")}
    assert set(stored) == {"a", "b", "c", "e"}  # c, batched with d, was written again on its own
    assert all(n >= 2 for n in stored.values())  # whole documents
    monkeypatch.undo()
    again = _ingest(store, folder, 2)
    assert again["d.txt"] == "written" and list(again.values()).count("unchanged") == 4
