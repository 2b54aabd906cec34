"""The store contract on hand-built facts: writes, idempotence, evidence unions,
replacement, deletion by support, read-only Cypher and SCHEMA.md's examples.

Every test runs on the embedded ArcadeDB server and, when
``POLICYKG_TEST_NEO4J_URI`` is set, on Neo4j (``graph`` fixture, tests/graph/conftest.py).
"""

from __future__ import annotations

from collections import Counter

import pytest

from graph import queries
from policykg.errors import StoreError

from .factories import ASSOC_COOP, BIRCH, WILLOW, Doc, league_report


def rows_of(graph, cypher, params=None):
    return graph.read(cypher, params or {})


def test_a_document_is_stored_with_its_facts_and_evidence(graph):
    report = graph.write_document(league_report("a").facts())
    assert report.status == "written" and report.nodes > 0 and report.relationships > 0
    counts = graph.counts()
    assert counts["nodes"] == {"Document": 1, "Sentence": 5, "Place": 5, "Programme": 2, "Component": 3,
                               "Metric": 3, "Indicator": 2}
    assert counts["relationships"]["PART_OF"] == 4 and counts["relationships"]["IMPLEMENTS"] == 3
    assert counts["relationships"]["IN_DOCUMENT"] == 5
    rows = rows_of(graph, "MATCH (:Place {name: $p})-[r:IMPLEMENTS]->(:Programme {name: $m}) "
                          "RETURN r.evidence AS e, r.basis AS b", {"p": "白桦旗", "m": "协会+合作社"})
    assert rows == [{"e": ["a:1"], "b": "text"}]
    doc = rows_of(graph, "MATCH (d:Document) RETURN d.docId AS id, d.title AS t, d.chars AS c, d.sha256 AS h")
    assert doc[0]["id"] == "a" and doc[0]["t"] == "a report" and doc[0]["c"] > 0 and len(doc[0]["h"]) == 64
    sent = rows_of(graph, "MATCH (s:Sentence {sentenceId: 'a:2'})-[:IN_DOCUMENT]->(:Document {docId: 'a'}) "
                          "RETURN s.text AS t, s.index AS i, s.start AS start, s.end AS end")
    assert sent == [{"t": "红柳旗探索“党员中心户+协会”模式。", "i": 2, "start": 39, "end": 57}]


def test_every_entity_is_mentioned_by_at_least_one_sentence(graph):
    graph.write_document(league_report("a").facts())
    rows = rows_of(graph, "MATCH (n) WHERE n:Place OR n:Programme OR n:Organisation OR n:Person "
                          "OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(n) RETURN n.name AS n, count(s) AS c")
    assert rows and all(r["c"] >= 1 for r in rows)
    offsets = rows_of(graph, "MATCH (s:Sentence {sentenceId: 'a:3'})-[m:MENTIONS]->(p:Place {name: '白桦旗'}) "
                             "RETURN m.start AS start, m.end AS end")
    assert offsets == [{"start": 57, "end": 60}]


def test_writing_the_same_document_twice_changes_nothing(graph):
    graph.write_document(league_report("a").facts())
    before = graph.counts()
    assert graph.write_document(league_report("a").facts()).status == "unchanged"
    assert graph.counts() == before


def test_a_fact_stated_by_two_documents_is_one_relationship_with_both_sentences(graph):
    graph.write_document(league_report("a").facts())
    b = Doc("b", "白桦旗继续深化“协会+合作社”模式。", "白桦旗深化“协会+合作社”模式，成效明显。")
    b.entity("Place", "白桦旗", 0, level="banner").entity("Programme", "协会+合作社", 0)
    b.relation("IMPLEMENTS", BIRCH, ASSOC_COOP, 0).relation("IMPLEMENTS", BIRCH, ASSOC_COOP, 0)
    b.relation("IMPLEMENTS", BIRCH, ASSOC_COOP, 1)
    graph.write_document(b.facts())
    rows = rows_of(graph, "MATCH (:Place {name: '白桦旗'})-[r:IMPLEMENTS]->(:Programme {name: '协会+合作社'}) "
                          "RETURN r.evidence AS e")
    assert len(rows) == 1 and sorted(rows[0]["e"]) == ["a:1", "b:0", "b:1"]


def test_aliases_are_unioned_and_missing_attributes_filled_but_never_overwritten(graph):
    a = Doc("a", "白桦旗（白桦）推行“协会+合作社”。")
    a.entity("Place", "白桦旗", 0, aliases=["白桦"]).entity("Programme", "协会+合作社", 0)
    graph.write_document(a.facts())
    b = Doc("b", "白桦旗（BH）推行“协会+合作社”模式。")
    b.entity("Place", "白桦旗", 0, level="banner", aliases=["白桦", "BH", "BH"])
    b.entity("Programme", "协会+合作社", 0, kind="model")
    graph.write_document(b.facts())
    c = Doc("c", "白桦旗推行“协会+合作社”机制。")
    c.entity("Place", "白桦旗", 0, level="township").entity("Programme", "协会+合作社", 0, kind="mechanism")
    graph.write_document(c.facts())
    place = rows_of(graph, "MATCH (p:Place {name: '白桦旗'}) RETURN p.level AS level, p.aliases AS aliases")
    assert place == [{"level": "banner", "aliases": ["白桦", "BH"]}]
    assert rows_of(graph, "MATCH (m:Programme) RETURN m.kind AS k") == [{"k": "model"}]


def test_persons_are_told_apart_by_their_context(graph):
    d = Doc("p", "白桦旗的张明领办合作社。", "红柳旗的张明牵头成立协会。")
    d.entity("Person", "张明", 0, context="白桦旗", role="书记")
    d.entity("Organisation", "白桦旗合作社", 0, kind="cooperative")
    graph.write_document(d.facts())
    e = Doc("q", "红柳旗的张明牵头成立协会。")
    e.entity("Person", "张明", 0, context="红柳旗")
    graph.write_document(e.facts())
    d2 = Doc("r", "张明在会上发言。")
    d2.entity("Person", "张明", 0)
    d2.relation("LEADS", ("Person", "张明"), ("Organisation", "白桦旗合作社"), 0)
    graph.write_document(d2.facts())
    people = rows_of(graph, "MATCH (p:Person) RETURN p.personId AS id, p.name AS name, p.context AS ctx, "
                            "p.role AS role ORDER BY id")
    assert people == [{"id": "张明", "name": "张明", "ctx": None, "role": None},
                      {"id": "张明@白桦旗", "name": "张明", "ctx": "白桦旗", "role": "书记"},
                      {"id": "张明@红柳旗", "name": "张明", "ctx": "红柳旗", "role": None}]


def test_metrics_of_different_documents_are_never_merged(graph):
    for doc_id in ("m1", "m2"):
        d = Doc(doc_id, "红柳旗共有嘎查村80个。")
        d.entity("Place", "红柳旗", 0, level="banner").metric(WILLOW, "嘎查村", 80, "个", 0)
        graph.write_document(d.facts())
    rows = rows_of(graph, "MATCH (:Place {name: '红柳旗'})-[:REPORTS]->(m:Metric)-[:EVIDENCED_BY]->(s:Sentence) "
                          "RETURN m.docId AS doc, s.sentenceId AS sid ORDER BY doc")
    assert rows == [{"doc": "m1", "sid": "m1:0"}, {"doc": "m2", "sid": "m2:0"}]
    assert graph.counts()["nodes"]["Indicator"] == 1


def test_a_persons_figure_hangs_off_the_person(graph):
    """A figure about a person is stored with REPORTS from the person (docs/schema.md), apart
    from the same figure about a place: the subject is part of a metric's key."""
    d = Doc("p", "白桦旗的张明今年种了500亩。")
    d.entity("Place", "白桦旗", 0, level="banner").entity("Person", "张明", 0, context="白桦旗")
    d.metric(("Person", "张明"), "种植面积", 500, "亩", 0).metric(BIRCH, "种植面积", 500, "亩", 0)
    graph.write_document(d.facts())
    rows = rows_of(graph, "MATCH (s)-[:REPORTS]->(m:Metric) RETURN labels(s) AS l, s.name AS n, m.value AS v "
                          "ORDER BY n")
    assert rows == [{"l": ["Person"], "n": "张明", "v": 500.0}, {"l": ["Place"], "n": "白桦旗", "v": 500.0}]
    assert graph.counts()["nodes"]["Metric"] == 2


def _second_report() -> Doc:
    b = Doc("b", "红柳旗推广“党员中心户+协会”模式。", "红柳旗共有嘎查村81个。")
    b.entity("Place", "红柳旗", 0, level="banner").entity("Programme", "党员中心户+协会", 0, kind="model",
                                                         components=["党员中心户", "协会"])
    b.entity("Place", "锡林郭勒盟", 1, level="league")
    b.relation("IMPLEMENTS", WILLOW, ("Programme", "党员中心户+协会"), 0)
    b.relation("PART_OF", WILLOW, ("Place", "锡林郭勒盟"), 1, basis="admin_knowledge")
    b.metric(WILLOW, "嘎查村", 81, "个", 1)
    return b


def test_deleting_a_document_removes_exactly_what_only_it_supported(graph):
    graph.write_document(_second_report().facts())
    alone = graph.counts()
    graph.write_document(league_report("a").facts())
    removed = graph.delete_document("a")
    assert removed > 0
    assert graph.counts() == alone
    rows = rows_of(graph, "MATCH (:Place {name: '红柳旗'})-[r:PART_OF]->(:Place) RETURN r.evidence AS e, "
                          "r.basis AS basis")
    assert rows == [{"e": ["b:1"], "basis": "admin_knowledge"}]
    assert graph.delete_document("a") == 0


def test_a_changed_document_replaces_only_its_own_support(graph):
    graph.write_document(_second_report().facts())
    graph.write_document(league_report("a").facts())
    changed = league_report("a")
    changed.sentences[4] = changed.sentences[4].model_copy(update={"text": "红柳旗共有嘎查村82个。"})
    changed.text = changed.text.replace("80个", "82个")
    changed.metrics[-1] = changed.metrics[-1].model_copy(update={"value": 82.0})
    changed.relations = [r for r in changed.relations if r.tail.name != "党员中心户+协会"]
    assert graph.write_document(changed.facts()).status == "replaced"
    values = rows_of(graph, "MATCH (:Place {name: '红柳旗'})-[:REPORTS]->(m:Metric) RETURN m.docId AS d, "
                            "m.value AS v ORDER BY d")
    assert values == [{"d": "a", "v": 82.0}, {"d": "b", "v": 81.0}]
    ev = rows_of(graph, "MATCH (:Place {name: '红柳旗'})-[r:IMPLEMENTS]->() RETURN r.evidence AS e")
    assert ev == [{"e": ["b:0"]}]
    assert graph.counts()["nodes"]["Document"] == 2


def test_a_failed_write_leaves_nothing_half_written(graph, monkeypatch):
    import graph.bolt as bolt

    graph.write_document(league_report("a").facts())
    before = graph.counts()
    original = bolt.document_writes

    def failing(facts, batch_size=500):
        return [*original(facts, batch_size), ("UNWIND $rows AS r RETURN 1 / r.zero", [{"zero": 0}])]

    monkeypatch.setattr(bolt, "document_writes", failing)
    changed = league_report("a")
    changed.text += "。"
    with pytest.raises(StoreError):
        graph.write_document(changed.facts())
    assert graph.counts() == before
    assert graph.document_hash("a") == league_report("a").facts().document.sha256


WRITES = [
    "CREATE (:Place {name: '测试'})",
    "MATCH (p:Place) SET p.level = 'village'",
    "MERGE (:Indicator {name: '测试'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (p:Place) REMOVE p.level",
    "CREATE INDEX probe_level IF NOT EXISTS FOR (n:Probe) ON (n.level)",
    "CREATE CONSTRAINT probe_key IF NOT EXISTS FOR (n:Probe) REQUIRE n.key IS UNIQUE",
    "MATCH (p:Place) WITH p LIMIT 1 MERGE (p)-[:PART_OF]->(:Place {name: '测试'}) RETURN p.name",
    "MATCH (p:Place) CALL { WITH p SET p.level = 'x' } RETURN p.name",
    "FOREACH (x IN [1, 2] | CREATE (:Probe {x: x}))",
    "UNWIND ['create', 'merge'] AS w CREATE (:Probe {w: w}) RETURN w",
]
ARCADEDB_PROCEDURE_WRITES = [
    "CALL apoc.create.node(['Probe'], {name: 'x'}) YIELD node RETURN node",
    "CALL db.createLabel('Probe')",
    "DROP INDEX probe_level",
]


def _snapshot(graph):
    """What a refused query must leave as it was: counts, attributes and the schema's indexes."""
    levels = rows_of(graph, "MATCH (p:Place) RETURN p.name AS n, p.level AS l ORDER BY n")
    indexes = sorted((r["name"], str(r["labelsOrTypes"]), str(r["properties"])) for r in graph.read("SHOW INDEXES"))
    assert indexes  # SCHEMA.md's keys at least
    return graph.counts(), levels, indexes


@pytest.mark.parametrize("cypher", WRITES)
def test_read_refuses_writes_and_changes_nothing(graph, cypher):
    graph.write_document(league_report("a").facts())
    before = _snapshot(graph)
    with pytest.raises(StoreError, match="read-only"):
        graph.read(cypher)
    assert _snapshot(graph) == before


@pytest.mark.parametrize("cypher", WRITES + ARCADEDB_PROCEDURE_WRITES)
def test_arcadedb_itself_classifies_the_writes(store, monkeypatch, cypher):
    """With the clause scan defeated, ArcadeDB's own parser (graph.analyzer) still refuses them."""
    import graph.bolt as bolt

    monkeypatch.setattr(bolt, "write_clause", lambda cypher: None)
    assert store.analyzer is not None
    store.write_document(league_report("a").facts())
    before = _snapshot(store)
    with pytest.raises(StoreError, match=r"ArcadeDB says this Cypher (writes to the graph|changes the schema)"):
        store.read(cypher)
    assert _snapshot(store) == before


def test_the_analyzer_tells_schema_changes_from_writes_and_reads(store):
    assert store.analyzer.verdict("CREATE INDEX i IF NOT EXISTS FOR (n:Probe) ON (n.x)").ddl
    verdict = store.analyzer.verdict("MATCH (n) SET n.x = 1")
    assert verdict.writes and not verdict.ddl
    assert not store.analyzer.verdict("MATCH (n) WHERE n.name = 'CREATE' RETURN n").writes
    with pytest.raises(StoreError, match="Cypher error"):
        store.read("MATCH (n RETURN n")


def test_an_analyzer_that_does_not_answer_is_a_clear_error(tmp_path):
    from graph.analyzer import Analyzer

    with pytest.raises(StoreError, match="query analyzer does not answer"):
        Analyzer(str(tmp_path / "analyze.sock")).verdict("MATCH (n) RETURN n")


def test_the_rollback_fallback_refuses_a_write_nothing_else_caught(store, monkeypatch):
    """With the analyzer and the clause scan both defeated, the update counters refuse."""
    import graph.bolt as bolt

    monkeypatch.setattr(bolt, "write_clause", lambda cypher: None)
    monkeypatch.setattr(store, "analyzer", None)
    with pytest.raises(StoreError, match="read-only"):
        store.read("CREATE (:Place {name: '测试'})")
    assert store.counts()["nodes"] == {}


def test_load_csv_is_refused_on_arcadedb(store, tmp_path):
    """ArcadeDB calls LOAD CSV a read, but it reads any file the server can read."""
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(StoreError, match="LOAD CSV reads files"):
        store.read(f"LOAD CSV FROM 'file://{secret}' AS line RETURN line")


def test_write_clause_ignores_words_in_strings_comments_and_property_names():
    from graph.bolt import write_clause

    assert write_clause("MATCH (n) WHERE n.name = 'CREATE; DELETE' RETURN n.set, {merge: 1} // SET") is None
    assert write_clause("MATCH (n:`SET`) /* DROP */ RETURN n.offset") is None
    assert write_clause("MATCH (n) WITH n CALL { WITH n SET n.x = 1 } RETURN n") == "SET"
    assert write_clause('LOAD CSV FROM "file:///x" AS l RETURN l') == "LOAD CSV"


@pytest.mark.parametrize("cypher", [
    "MATCH (p:Place) WHERE p.name <> 'CREATE' RETURN count(p) AS n",
    "MATCH (p:Place) WHERE NOT p.name IN ['merge', 'SET x', 'DELETE', 'create index'] RETURN count(p) AS n",
    "MATCH (p:Place) /* CREATE (:X) */ WHERE p.name <> \"DETACH DELETE n\" RETURN count(p) AS n // SET",
    "MATCH (p:Place) WITH p.name AS name, 'create' AS verb RETURN count(name) AS n",
])
def test_reads_that_look_like_writes_in_their_strings_run(graph, cypher):
    graph.write_document(league_report("a").facts())
    assert rows_of(graph, cypher) == [{"n": 5}]


def test_read_applies_the_row_limit(graph):
    graph.write_document(league_report("a").facts())
    assert len(graph.read("MATCH (s:Sentence) RETURN s.text AS t", limit=2)) == 2


def test_schema_examples_return_the_expected_rows(graph):
    graph.write_document(league_report("a").facts())
    models, banners, indicator = (graph.read(q) for q in queries.SCHEMA_EXAMPLES)
    assert sorted(tuple(r.values()) for r in models) == [("白桦旗", "banner", "协会+合作社"),
                                                         ("金沙苏木", "township", "协会+合作社")]
    assert {r["b.name"]: sorted(r["collect(m.name)"]) for r in banners} == {
        "白桦旗": ["协会+合作社"], "红柳旗": ["党员中心户+协会"], "黄沙旗": []}
    assert sorted(tuple(r.values()) for r in indicator) == [
        ("白桦旗", 56.0, "个", 2023, "白桦旗共有嘎查村56个，2023年全旗网格120个。"),
        ("红柳旗", 80.0, "个", None, "红柳旗共有嘎查村80个。")]


def test_parameterised_schema_queries_match_the_literal_ones(graph):
    graph.write_document(league_report("a").facts())
    rows = graph.read(queries.SCHEMA_BANNERS_OF_LEAGUE, {"league": "锡林郭勒盟"})
    assert Counter(r["banner"] for r in rows) == Counter(["白桦旗", "红柳旗", "黄沙旗"])
    rows = graph.read(queries.SCHEMA_MODELS_WITH_BOTH, {"first": "协会", "second": "合作社"})
    assert sorted((r["place"], r["model"]) for r in rows) == [("白桦旗", "协会+合作社"), ("金沙苏木", "协会+合作社")]


def test_unreachable_server_is_a_clear_error():
    from graph.bolt import BoltStore

    with pytest.raises(StoreError, match="does not answer"):
        BoltStore("bolt://127.0.0.1:9", "neo4j", "x")


def test_wrong_credentials_are_a_clear_error(store):
    from graph.bolt import BoltStore

    with pytest.raises(StoreError, match="wrong user name or password"):
        BoltStore(store.bolt_uri, "root", "not-the-password")


# -- the bulk path ------------------------------------------------------------------------
def _props(props):
    """Properties as a sortable text: list order aside for aliases and evidence, ingestedAt left out."""
    return repr(sorted((k, sorted(v) if k in ("aliases", "evidence") else v)
                       for k, v in props.items() if k != "ingestedAt"))


def _whole_graph(graph):
    """Every node and relationship with its properties, comparable across runs."""
    nodes = sorted((sorted(r["l"]), _props(r["p"])) for r in graph.read(
        "MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS l, properties(n) AS p", limit=100_000))
    rels = sorted((r["t"], _props(r["a"]), _props(r["b"]), _props(r["p"])) for r in graph.read(
        "MATCH (a)-[x]->(b) RETURN type(x) AS t, properties(a) AS a, properties(b) AS b, properties(x) AS p",
        limit=100_000))
    return nodes, rels


def _reports_sharing_facts() -> list:
    b = _second_report()
    c = Doc("c", "白桦旗（BH）推行“协会+合作社”模式，红柳旗共有嘎查村80个。")
    c.entity("Place", "白桦旗", 0, level="banner", aliases=["BH"]).entity("Programme", "协会+合作社", 0, kind="model")
    c.entity("Place", "红柳旗", 0, level="banner")
    c.relation("IMPLEMENTS", BIRCH, ASSOC_COOP, 0).metric(WILLOW, "嘎查村", 80, "个", 0)
    return [league_report("a").facts(), b.facts(), c.facts()]


def test_the_bulk_path_leaves_the_graph_one_by_one_writes_leave(graph):
    for facts in _reports_sharing_facts():
        graph.write_document(facts)
    one_by_one = _whole_graph(graph)
    graph.wipe()
    reports = graph.write_documents(_reports_sharing_facts())
    assert [r.status for r in reports] == ["written"] * 3
    assert _whole_graph(graph) == one_by_one
    counts = graph.counts()
    assert sum(r.nodes for r in reports) == sum(counts["nodes"].values())
    assert sum(r.relationships for r in reports) == sum(counts["relationships"].values())


def test_the_bulk_path_skips_unchanged_and_replaces_changed_documents(graph):
    a, b, c = _reports_sharing_facts()
    graph.write_documents([a, b])
    before = graph.counts()
    changed = league_report("a")
    changed.text += "。"
    reports = graph.write_documents([b, changed.facts(), c, c])
    assert [r.status for r in reports] == ["unchanged", "replaced", "written", "unchanged"]
    graph.delete_document("c")
    assert graph.counts() == before


def test_a_failed_bulk_write_stores_none_of_its_documents(graph, monkeypatch):
    import graph.bolt as bolt

    original = bolt.documents_writes

    def failing(batch, batch_size=500):
        return [*original(batch, batch_size), ("UNWIND $rows AS r RETURN 1 / r.zero", [{"zero": 0}])]

    monkeypatch.setattr(bolt, "documents_writes", failing)
    with pytest.raises(StoreError):
        graph.write_documents(_reports_sharing_facts())
    assert graph.counts() == {"nodes": {}, "relationships": {}}
