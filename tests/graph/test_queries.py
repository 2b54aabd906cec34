"""Every named query of ``graph/queries.py`` run on a small hand-made graph, rows checked.

Two reports of our own (a league with two banners, a township and a village; an
X+Y model, a project that belongs to a campaign; a cooperative, a bank and the
person who leads the cooperative; metrics of two indicators) are written through
``write_document``; each query is then run with the parameters the API or the
question answerer would give it. Runs on the embedded server and, when
``POLICYKG_TEST_NEO4J_URI`` is set, on Neo4j too (``graph`` fixture).

``test_every_named_query_is_exercised`` fails when a query is added to
graph/queries.py without a case here.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph import queries

from .factories import Doc

LEAGUE, CLOUD, STONE = ("Place", "青山盟"), ("Place", "白云旗"), ("Place", "红石旗")
TOWN, VILLAGE = ("Place", "绿水镇"), ("Place", "柳林村")
MODEL, WARM, SPARK = ("Programme", "党支部+合作社+农户"), ("Programme", "暖心工程"), ("Programme", "星火先锋")
COOP, BANK = ("Organisation", "柳林村农机专业合作社"), ("Organisation", "白云旗农村商业银行")
LI = ("Person", "李明")

SENTENCES_Q1 = (
    "青山盟下辖白云旗和红石旗。",                                   # 0
    "白云旗推行“党支部+合作社+农户”模式。",                         # 1
    "白云旗绿水镇开展“星火先锋”行动。",                             # 2
    "绿水镇柳林村书记李明领办柳林村农机专业合作社，实施“暖心工程”。",  # 3
    "红石旗推广“党支部+合作社+农户”模式，开展“暖心工程”。",          # 4
    "柳林村农机专业合作社与白云旗农村商业银行结对共建。",            # 5
    "2023年白云旗共有嘎查村45个，集体经济收入超过120万元。",         # 6
    "红石旗共有嘎查村60个。",                                       # 7
)
SENTENCE_Q2 = "红石旗持续推广“党支部+合作社+农户”模式。"


def report_one() -> Doc:
    d = Doc("q1", *SENTENCES_Q1, title="青山盟基层党建报告")
    d.entity("Place", "青山盟", 0, level="league", aliases=["青盟"], code="159900")
    d.entity("Place", "白云旗", 0, level="banner")
    d.entity("Place", "红石旗", 0, level="banner")
    d.entity("Place", "绿水镇", 2, level="township")
    d.entity("Place", "柳林村", 3, level="village")
    d.entity("Programme", "党支部+合作社+农户", 1, kind="model", components=["党支部", "合作社", "农户"])
    d.entity("Programme", "星火先锋", 2, kind="campaign")
    d.entity("Programme", "暖心工程", 3, kind="project")
    d.entity("Organisation", "柳林村农机专业合作社", 3, kind="cooperative")
    d.entity("Organisation", "白云旗农村商业银行", 5, kind="bank")
    d.entity("Person", "李明", 3, role="书记", context="柳林村")
    d.relation("PART_OF", CLOUD, LEAGUE, 0).relation("PART_OF", STONE, LEAGUE, 0)
    d.relation("PART_OF", TOWN, CLOUD, 2, basis="admin_knowledge").relation("PART_OF", VILLAGE, TOWN, 3)
    d.relation("IMPLEMENTS", CLOUD, MODEL, 1).relation("IMPLEMENTS", TOWN, SPARK, 2)
    d.relation("IMPLEMENTS", COOP, WARM, 3)
    d.relation("IMPLEMENTS", STONE, MODEL, 4).relation("IMPLEMENTS", STONE, WARM, 4)
    d.relation("PART_OF_PROGRAMME", WARM, SPARK, 3)
    d.relation("LEADS", LI, COOP, 3).relation("LOCATED_IN", COOP, VILLAGE, 3)
    d.relation("PARTNERS_WITH", COOP, BANK, 5)
    d.mention("Place", "白云旗", 1).mention("Place", "红石旗", 4).mention("Programme", "暖心工程", 4)
    d.mention("Place", "白云旗", 6).mention("Place", "红石旗", 7)
    d.metric(CLOUD, "嘎查村", 45, "个", 6, year=2023)
    d.metric(CLOUD, "集体经济收入", 1_200_000, "元", 6, year=2023, qualifier="超过")
    d.metric(STONE, "嘎查村", 60, "个", 7)
    return d


def report_two() -> Doc:
    d = Doc("q2", SENTENCE_Q2, title="红石旗简报")
    d.entity("Place", "红石旗", 0, level="banner")
    d.entity("Programme", "党支部+合作社+农户", 0, kind="model", components=["党支部", "合作社", "农户"])
    d.relation("IMPLEMENTS", STONE, MODEL, 0)
    return d


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def loaded(request: pytest.FixtureRequest) -> Any:
    """The two reports, written once per module and store (the queries only read)."""
    graph = request.getfixturevalue("session_store" if request.param == "embedded" else "neo4j_session_store")
    graph.wipe()
    graph.write_document(report_one().facts())
    graph.write_document(report_two().facts())
    return graph


def norm(value: Any) -> Any:
    """Lists inside a row compared as sorted (collect() and evidence unions have no order)."""
    if isinstance(value, list):
        return sorted((norm(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    return value


def unordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted((norm(r) for r in rows), key=repr)


def run(graph: Any, cypher: str, **params: Any) -> list[dict[str, Any]]:
    return list(graph.read(cypher, params, limit=10_000))


# -- the cases ---------------------------------------------------------------------
# (query name, parameters, expected rows); rows compared without order unless ORDERED
S = {i: text for i, text in enumerate(SENTENCES_Q1)}
CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    ("SCHEMA_MODELS_WITH_BOTH", {"first": "合作社", "second": "农户"}, [
        {"place": "白云旗", "level": "banner", "model": "党支部+合作社+农户"},
        {"place": "红石旗", "level": "banner", "model": "党支部+合作社+农户"}]),
    ("SCHEMA_MODELS_WITH_BOTH", {"first": "合作社", "second": "协会"}, []),
    ("SCHEMA_BANNERS_OF_LEAGUE", {"league": "青山盟"}, [
        {"banner": "白云旗", "programmes": ["党支部+合作社+农户"]},
        {"banner": "红石旗", "programmes": ["党支部+合作社+农户", "暖心工程"]}]),
    ("SCHEMA_INDICATOR_ACROSS_PLACES", {"indicator": "嘎查村"}, [
        {"place": "白云旗", "value": 45.0, "unit": "个", "year": 2023, "sentence": S[6]},
        {"place": "红石旗", "value": 60.0, "unit": "个", "year": None, "sentence": S[7]}]),
    ("PLACE_NAMES", {}, [
        {"name": "青山盟", "level": "league", "aliases": ["青盟"]},
        {"name": "白云旗", "level": "banner", "aliases": []},
        {"name": "红石旗", "level": "banner", "aliases": []},
        {"name": "绿水镇", "level": "township", "aliases": []},
        {"name": "柳林村", "level": "village", "aliases": []}]),
    ("PROGRAMME_NAMES", {}, [
        {"name": "党支部+合作社+农户", "kind": "model", "aliases": [], "components": ["党支部", "合作社", "农户"]},
        {"name": "星火先锋", "kind": "campaign", "aliases": [], "components": []},
        {"name": "暖心工程", "kind": "project", "aliases": [], "components": []}]),
    ("ORGANISATION_NAMES", {}, [
        {"name": "柳林村农机专业合作社", "kind": "cooperative", "aliases": []},
        {"name": "白云旗农村商业银行", "kind": "bank", "aliases": []}]),
    ("PERSON_NAMES", {}, [{"name": "李明", "role": "书记"}]),
    ("COMPONENT_NAMES", {}, [{"name": "党支部"}, {"name": "合作社"}, {"name": "农户"}]),
    ("INDICATOR_NAMES", {}, [{"name": "嘎查村"}, {"name": "集体经济收入"}]),
    ("IMPLEMENTERS", {"programme": "党支部+合作社+农户", "label": None}, [
        {"name": "白云旗", "label": "Place", "level": "banner", "programme": "党支部+合作社+农户",
         "evidence": ["q1:1"]},
        {"name": "红石旗", "label": "Place", "level": "banner", "programme": "党支部+合作社+农户",
         "evidence": ["q1:4", "q2:0"]}]),
    ("IMPLEMENTERS", {"programme": "暖心工程", "label": "Organisation"}, [
        {"name": "柳林村农机专业合作社", "label": "Organisation", "level": None, "programme": "暖心工程",
         "evidence": ["q1:3"]}]),
    ("IMPLEMENTERS_OF_COMPONENTS", {"components": ["合作社", "农户"], "level": None, "match": "all"}, [
        {"name": "白云旗", "level": "banner", "programme": "党支部+合作社+农户", "matched": ["合作社", "农户"],
         "evidence": ["q1:1"]},
        {"name": "红石旗", "level": "banner", "programme": "党支部+合作社+农户", "matched": ["合作社", "农户"],
         "evidence": ["q1:4", "q2:0"]}]),
    ("IMPLEMENTERS_OF_COMPONENTS", {"components": ["合作社", "协会"], "level": None, "match": "all"}, []),
    ("IMPLEMENTERS_OF_COMPONENTS", {"components": ["合作社", "协会"], "level": "banner", "match": "any"}, [
        {"name": "白云旗", "level": "banner", "programme": "党支部+合作社+农户", "matched": ["合作社"],
         "evidence": ["q1:1"]},
        {"name": "红石旗", "level": "banner", "programme": "党支部+合作社+农户", "matched": ["合作社"],
         "evidence": ["q1:4", "q2:0"]}]),
    ("IMPLEMENTERS_OF_COMPONENTS", {"components": ["合作社"], "level": "township", "match": "any"}, []),
    ("PROGRAMMES_OF", {"name": "红石旗", "kinds": None}, [
        {"name": "党支部+合作社+农户", "kind": "model", "evidence": ["q1:4", "q2:0"]},
        {"name": "暖心工程", "kind": "project", "evidence": ["q1:4"]}]),
    ("PROGRAMMES_OF", {"name": "红石旗", "kinds": ["project", "campaign"]}, [
        {"name": "暖心工程", "kind": "project", "evidence": ["q1:4"]}]),
    ("METRICS_OF", {"name": "白云旗"}, [
        {"subject": "白云旗", "indicator": "嘎查村", "value": 45.0, "unit": "个", "qualifier": None,
         "year": 2023, "doc": "q1", "raw": "45个", "sentence_id": "q1:6", "sentence": S[6]},
        {"subject": "白云旗", "indicator": "集体经济收入", "value": 1_200_000.0, "unit": "元", "qualifier": "超过",
         "year": 2023, "doc": "q1", "raw": "1.2e+06元", "sentence_id": "q1:6", "sentence": S[6]}]),
    ("METRICS_OF", {"name": "柳林村"}, []),
    ("METRICS_BY_INDICATOR", {"text": "嘎查", "place": None, "year": None}, [
        {"subject": "白云旗", "indicator": "嘎查村", "value": 45.0, "unit": "个", "qualifier": None,
         "year": 2023, "doc": "q1", "sentence_id": "q1:6", "sentence": S[6]},
        {"subject": "红石旗", "indicator": "嘎查村", "value": 60.0, "unit": "个", "qualifier": None,
         "year": None, "doc": "q1", "sentence_id": "q1:7", "sentence": S[7]}]),
    ("METRICS_BY_INDICATOR", {"text": "嘎查", "place": "红石旗", "year": None}, [
        {"subject": "红石旗", "indicator": "嘎查村", "value": 60.0, "unit": "个", "qualifier": None,
         "year": None, "doc": "q1", "sentence_id": "q1:7", "sentence": S[7]}]),
    ("METRICS_BY_INDICATOR", {"text": "收入", "place": None, "year": 2023}, [
        {"subject": "白云旗", "indicator": "集体经济收入", "value": 1_200_000.0, "unit": "元", "qualifier": "超过",
         "year": 2023, "doc": "q1", "sentence_id": "q1:6", "sentence": S[6]}]),
    ("METRICS_BY_INDICATOR", {"text": "收入", "place": None, "year": 2020}, []),
    ("SHARED_PROGRAMMES", {"first": "白云旗", "second": "红石旗"}, [
        {"name": "党支部+合作社+农户", "kind": "model", "evidence": ["q1:1", "q1:4", "q2:0"]}]),
    ("SHARED_PROGRAMMES", {"first": "红石旗", "second": "柳林村农机专业合作社"}, [
        {"name": "暖心工程", "kind": "project", "evidence": ["q1:3", "q1:4"]}]),
    ("ANCESTORS", {"name": "柳林村"}, [
        # r[0] is the first hop of each path (柳林村 → 绿水镇): its evidence on every row
        {"name": "绿水镇", "level": "township", "evidence": ["q1:3"]},
        {"name": "白云旗", "level": "banner", "evidence": ["q1:3"]},
        {"name": "青山盟", "level": "league", "evidence": ["q1:3"]}]),
    ("ANCESTORS", {"name": "青山盟"}, []),
    ("DESCENDANTS", {"name": "青山盟", "level": None}, [
        {"name": "白云旗", "level": "banner", "evidence": ["q1:0"]},
        {"name": "红石旗", "level": "banner", "evidence": ["q1:0"]},
        {"name": "绿水镇", "level": "township", "evidence": ["q1:2"]},
        {"name": "柳林村", "level": "village", "evidence": ["q1:3"]}]),
    ("DESCENDANTS", {"name": "白云旗", "level": "village"}, [
        {"name": "柳林村", "level": "village", "evidence": ["q1:3"]}]),
    ("LED_BY", {"name": "李明", "kind": None}, [
        {"name": "柳林村农机专业合作社", "kind": "cooperative", "evidence": ["q1:3"]}]),
    ("LED_BY", {"name": "李明", "kind": "bank"}, []),
    ("LEADERS_OF", {"name": "柳林村农机专业合作社"}, [{"name": "李明", "label": "Person", "evidence": ["q1:3"]}]),
    ("PARTNERS_OF", {"name": "柳林村农机专业合作社", "kind": None}, [
        {"name": "白云旗农村商业银行", "kind": "bank", "evidence": ["q1:5"]}]),
    ("PARTNERS_OF", {"name": "柳林村农机专业合作社", "kind": "university"}, []),
    ("PARENT_PROGRAMMES", {"name": "暖心工程"}, [{"name": "星火先锋", "evidence": ["q1:3"]}]),
    ("PARENT_PROGRAMMES", {"name": "星火先锋"}, []),
    ("COMPONENTS_OF", {"name": "党支部+合作社+农户"}, [{"name": "党支部"}, {"name": "合作社"}, {"name": "农户"}]),
    ("SENTENCES", {"ids": ["q1:0", "q2:0", "q9:9"]}, [
        {"id": "q1:0", "doc": "q1", "sentence": S[0]}, {"id": "q2:0", "doc": "q2", "sentence": SENTENCE_Q2}]),
    ("PLACE", {"name": "青盟"}, [{"name": "青山盟", "level": "league", "code": "159900", "aliases": ["青盟"]}]),
    ("PLACE", {"name": "白云旗"}, [{"name": "白云旗", "level": "banner", "code": None, "aliases": []}]),
    ("PLACE", {"name": "黑水旗"}, []),
    ("ORGANISATIONS_IN", {"name": "柳林村"}, [
        {"name": "柳林村农机专业合作社", "kind": "cooperative", "evidence": ["q1:3"]}]),
    ("PROGRAMME", {"name": "党支部+合作社+农户"}, [
        {"name": "党支部+合作社+农户", "kind": "model", "aliases": [], "components": ["党支部", "合作社", "农户"]}]),
    ("PROGRAMME_DOCUMENTS", {"name": "党支部+合作社+农户"}, [
        {"doc_id": "q1", "title": "青山盟基层党建报告"}, {"doc_id": "q2", "title": "红石旗简报"}]),
    ("PROGRAMME_DOCUMENTS", {"name": "星火先锋"}, [{"doc_id": "q1", "title": "青山盟基层党建报告"}]),
    ("DOCUMENT_COUNT", {}, [{"n": 2}]),
    ("DOCUMENT_MENTIONS", {"doc_id": "q2"}, [
        {"sentence": 0, "start": 0, "end": 3, "label": "Place", "name": "红石旗"},
        {"sentence": 0, "start": 8, "end": 18, "label": "Programme", "name": "党支部+合作社+农户"}]),
]
# queries with ORDER BY: row order is part of the answer
ORDERED_CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    ("PLACES", {"level": None, "q": None, "parent": None, "skip": 0, "limit": 50}, [
        {"name": n, "level": lv, "code": c, "aliases": a, "parents": p}
        for n, lv, c, a, p in sorted([
            ("青山盟", "league", "159900", ["青盟"], []), ("白云旗", "banner", None, [], ["青山盟"]),
            ("红石旗", "banner", None, [], ["青山盟"]), ("绿水镇", "township", None, [], ["白云旗"]),
            ("柳林村", "village", None, [], ["绿水镇"])])]),
    # names in code-point order (白 U+767D before 红 U+7EA2): the second banner is 红石旗
    ("PLACES", {"level": "banner", "q": None, "parent": "青山盟", "skip": 1, "limit": 5}, [
        {"name": "红石旗", "level": "banner", "code": None, "aliases": [], "parents": ["青山盟"]}]),
    ("PLACES", {"level": None, "q": "青盟", "parent": None, "skip": 0, "limit": 5}, [
        {"name": "青山盟", "level": "league", "code": "159900", "aliases": ["青盟"], "parents": []}]),
    ("PROGRAMMES", {"kind": None, "q": None, "component": None, "skip": 0, "limit": 50}, [
        {"name": n, "kind": k, "components": c} for n, k, c in sorted([
            ("党支部+合作社+农户", "model", ["党支部", "合作社", "农户"]), ("星火先锋", "campaign", []),
            ("暖心工程", "project", [])])]),
    ("PROGRAMMES", {"kind": None, "q": None, "component": "农户", "skip": 0, "limit": 50}, [
        {"name": "党支部+合作社+农户", "kind": "model", "components": ["党支部", "合作社", "农户"]}]),
    ("PROGRAMMES", {"kind": "project", "q": "工程", "component": None, "skip": 0, "limit": 50}, [
        {"name": "暖心工程", "kind": "project", "components": []}]),
    ("DOCUMENTS", {"skip": 0, "limit": 10}, [
        {"doc_id": "q1", "title": "青山盟基层党建报告", "source": "q1.txt", "published": None,
         "chars": len("".join(SENTENCES_Q1)), "sentences": 8},
        {"doc_id": "q2", "title": "红石旗简报", "source": "q2.txt", "published": None,
         "chars": len(SENTENCE_Q2), "sentences": 1}]),
    ("DOCUMENTS", {"skip": 1, "limit": 1}, [
        {"doc_id": "q2", "title": "红石旗简报", "source": "q2.txt", "published": None,
         "chars": len(SENTENCE_Q2), "sentences": 1}]),
    ("DOCUMENT_SENTENCES", {"doc_id": "q1"}, [
        {"index": i, "text": t, "start": sum(map(len, SENTENCES_Q1[:i])), "end": sum(map(len, SENTENCES_Q1[:i + 1]))}
        for i, t in enumerate(SENTENCES_Q1)]),
]


def _id(case: tuple[str, dict[str, Any], list[dict[str, Any]]]) -> str:
    return case[0] + "(" + ",".join(f"{k}={v}" for k, v in case[1].items() if v is not None) + ")"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_query_returns_the_expected_rows(loaded, case):
    name, params, expected = case
    assert unordered(run(loaded, getattr(queries, name), **params)) == unordered(expected)


@pytest.mark.parametrize("case", ORDERED_CASES, ids=_id)
def test_ordered_query_returns_the_expected_rows_in_order(loaded, case):
    name, params, expected = case
    rows = run(loaded, getattr(queries, name), **params)
    if name == "DOCUMENTS":  # ingestedAt is the write time: present, ISO, then left out of the comparison
        assert all(r.pop("ingested_at")[:4].isdigit() for r in rows)
    assert [norm(r) for r in rows] == [norm(r) for r in expected]


def test_queries_follow_a_deletion(loaded):
    before = loaded.counts()
    loaded.delete_document("q2")
    try:
        assert run(loaded, queries.DOCUMENT_COUNT) == [{"n": 1}]
        assert run(loaded, queries.PROGRAMME_DOCUMENTS, name="党支部+合作社+农户") == [
            {"doc_id": "q1", "title": "青山盟基层党建报告"}]
        rows = run(loaded, queries.IMPLEMENTERS, programme="党支部+合作社+农户", label="Place")
        assert {r["name"]: r["evidence"] for r in rows} == {"白云旗": ["q1:1"], "红石旗": ["q1:4"]}
    finally:  # the module's graph is shared: put the report back
        loaded.write_document(report_two().facts())
    assert loaded.counts() == before


def test_every_named_query_is_exercised():
    named = {n for n in dir(queries) if n.isupper() and isinstance(getattr(queries, n), str)}
    covered = {c[0] for c in CASES} | {c[0] for c in ORDERED_CASES}
    # SCHEMA_EXAMPLES (the literal texts of SCHEMA.md) run in tests/graph/test_store.py
    assert named - covered == set()
