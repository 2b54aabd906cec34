"""The store on the embedded ArcadeDB server: writes, idempotence, replacement, deletion, read-only Cypher."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.document import prepare
from pipeline.read import RawDocument
from pipeline.rules import run_rules
from policykg.errors import StoreError
from policykg.facts import DocumentFacts

A = ("通辽市坚持大抓基层，全面推行“四议两公开”制度。扎鲁特旗探索推行“党支部+合作社+牧户”模式，"
     "全旗建立党员中心户320户。")
B = "通辽市深入开展“四议两公开”制度建设，全市共有嘎查村1200个。"


def facts(doc_id: str, text: str) -> DocumentFacts:
    raw = RawDocument(doc_id=doc_id, source=f"{doc_id}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                      text=text)
    return run_rules(*prepare(raw))


def test_a_document_is_stored_with_its_facts_and_evidence(store):
    report = store.write_document(facts("a", A))
    assert report.status == "written"
    rows = store.read("MATCH (p:Place)-[r:IMPLEMENTS]->(m:Programme {name: $name}) RETURN p.name AS place, "
                      "r.evidence AS evidence", {"name": "党支部+合作社+牧户"})
    assert rows == [{"place": "扎鲁特旗", "evidence": ["a:1"]}]
    comps = store.read("MATCH (:Programme {name: $name})-[:HAS_COMPONENT]->(c:Component) RETURN c.name AS c",
                       {"name": "党支部+合作社+牧户"})
    assert sorted(r["c"] for r in comps) == ["党支部", "合作社", "牧户"]
    metric = store.read("MATCH (p:Place)-[:REPORTS]->(m:Metric)-[:EVIDENCED_BY]->(s:Sentence) "
                        "RETURN p.name AS p, m.value AS v, m.unit AS u, s.sentenceId AS sid")
    assert metric == [{"p": "扎鲁特旗", "v": 320.0, "u": "户", "sid": "a:1"}]


def test_writing_the_same_document_twice_changes_nothing(store):
    store.write_document(facts("a", A))
    before = store.counts()
    assert store.write_document(facts("a", A)).status == "unchanged"
    assert store.counts() == before


def test_a_fact_stated_by_two_documents_is_one_relationship_with_two_evidence(store):
    store.write_document(facts("a", A))
    store.write_document(facts("b", B))
    rows = store.read("MATCH (:Place {name: '通辽市'})-[r:IMPLEMENTS]->(:Programme {name: '四议两公开'}) "
                      "RETURN r.evidence AS e")
    assert len(rows) == 1 and sorted(rows[0]["e"]) == ["a:0", "b:0"]


def test_deleting_a_document_removes_exactly_what_only_it_supported(store):
    store.write_document(facts("b", B))
    alone = store.counts()
    store.write_document(facts("a", A))
    store.delete_document("a")
    assert store.counts() == alone
    rows = store.read("MATCH ()-[r:IMPLEMENTS]->(:Programme {name: '四议两公开'}) RETURN r.evidence AS e")
    assert rows == [{"e": ["b:0"]}]


def test_a_changed_document_replaces_its_own_facts(store):
    store.write_document(facts("a", A))
    changed = A.replace("320户", "350户")
    assert store.write_document(facts("a", changed)).status == "replaced"
    values = [r["v"] for r in store.read("MATCH (m:Metric {docId: 'a'}) RETURN m.value AS v")]
    assert values == [350.0]


def test_read_refuses_writes_and_changes_nothing(store):
    store.write_document(facts("b", B))
    before = store.counts()
    with pytest.raises(StoreError, match="read-only"):
        store.read("CREATE (:Place {name: '测试'})")
    assert store.counts() == before


def test_read_applies_the_row_limit(store):
    store.write_document(facts("a", A))
    assert len(store.read("MATCH (s:Sentence) RETURN s.text AS t", limit=1)) == 1


def test_schema_example_banners_of_a_league(store):
    store.write_document(facts("a", A))
    rows = store.read("MATCH (b:Place {level: 'banner'})-[:PART_OF*1..2]->(:Place {name: '通辽市'}) "
                      "OPTIONAL MATCH (b)-[:IMPLEMENTS]->(m:Programme) RETURN b.name AS b, collect(m.name) AS ms")
    assert rows == [{"b": "扎鲁特旗", "ms": ["党支部+合作社+牧户"]}]


def test_unreachable_server_is_a_clear_error():
    from graph.bolt import BoltStore

    with pytest.raises(StoreError, match="does not answer"):
        BoltStore("bolt://127.0.0.1:9", "neo4j", "x")
