"""The HTTP API: lists, profiles, models, compare, metrics, search, ask, cypher, documents."""

from __future__ import annotations


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["graph"]["nodes"]["Document"] == 2


def test_places_list_and_filters(client):
    body = client.get("/places", params={"level": "banner"}).json()
    assert body["count"] == len(body["data"]) == 2
    assert {p["name"] for p in body["data"]} == {"扎鲁特旗", "乌拉特前旗"}
    parent = client.get("/places", params={"parent": "通辽市"}).json()
    assert [p["name"] for p in parent["data"]] == ["扎鲁特旗"]


def test_place_profile_by_alias_with_evidence(client):
    body = client.get("/places/扎鲁特").json()
    assert body["name"] == "扎鲁特旗" and body["parents"] == ["通辽市"]
    programme = next(p for p in body["programmes"] if p["name"] == "党支部+协会+合作社")
    assert programme["evidence"][0]["doc"] == "r1"
    assert any(m["value"] == 320 for m in body["metrics"])
    assert client.get("/places/不存在的地方").status_code == 404


def test_programme_profile(client):
    body = client.get("/programmes/四议两公开").json()
    assert {i["name"] for i in body["implementers"]} == {"通辽市", "巴彦淖尔市"}
    assert {d["doc_id"] for d in body["documents"]} == {"r1", "r2"}


def test_models_accept_english_components(client):
    body = client.get("/models", params={"components": "association,cooperative", "match": "all"}).json()
    assert [(m["place"], m["model"]) for m in body["data"]] == [("扎鲁特旗", "党支部+协会+合作社")]
    anyof = client.get("/models", params={"components": "合作社", "match": "any", "level": "banner"}).json()
    assert anyof["count"] == 2


def test_compare_two_places(client):
    body = client.get("/compare", params={"places": "通辽市,巴彦淖尔市"}).json()
    assert body["common"] == ["四议两公开"]
    assert client.get("/compare", params={"places": "通辽市"}).status_code == 422


def test_metrics_and_search(client):
    body = client.get("/metrics", params={"indicator": "嘎查村"}).json()
    assert [(m["subject"], m["value"]) for m in body["data"]] == [("巴彦淖尔市", 860)]
    hits = client.get("/search", params={"q": "zhalu"}).json()
    assert hits["data"][0]["name"] == "扎鲁特旗"


def test_ask_answers_and_refuses_with_422(client):
    ok = client.get("/ask", params={"q": "哪些地方推行“四议两公开”制度？"}).json()
    assert sorted(ok["answer"]) == ["巴彦淖尔市", "通辽市"] and ok["evidence"]
    bad = client.get("/ask", params={"q": "今天天气怎么样"})
    assert bad.status_code == 422 and bad.json()["try"]


def test_cypher_reads_and_refuses_writes(client):
    rows = client.post("/cypher", json={"query": "MATCH (p:Place {level: $l}) RETURN p.name AS n",
                                        "params": {"l": "league"}}).json()
    assert {r["n"] for r in rows["rows"]} == {"通辽市", "巴彦淖尔市"}
    refused = client.post("/cypher", json={"query": "CREATE (:Place {name: 'x'})"})
    assert refused.status_code == 400
    assert client.get("/places", params={"q": "x"}).json()["count"] == 0


def test_documents_upload_needs_key_and_delete_removes_support(client):
    assert client.get("/documents").json()["count"] == 2
    text = "锡林郭勒盟全面推行“四议两公开”制度。".encode()
    assert client.post("/documents", files={"file": ("r3.txt", text)}).status_code == 401
    made = client.post("/documents", files={"file": ("r3.txt", text)}, headers={"X-API-Key": "test-key"})
    assert made.status_code == 201 and made.json()["status"] == "written"
    assert client.delete("/documents/r3", headers={"X-API-Key": "test-key"}).status_code == 200
    body = client.get("/programmes/四议两公开").json()
    assert {i["name"] for i in body["implementers"]} == {"通辽市", "巴彦淖尔市"}


def test_entities_view_is_html(client):
    page = client.get("/documents/r1/entities.html")
    assert page.status_code == 200 and "扎鲁特旗" in page.text and "<mark" in page.text


def test_out_of_range_numbers_are_4xx_not_500(client):
    assert client.get("/metrics", params={"indicator": "嘎查村", "skip": 2**63}).status_code == 422
    huge = client.post("/cypher", json={"query": "RETURN $n AS n", "params": {"n": 2**63}})
    assert huge.status_code == 400


def test_health_counts_once_per_store_generation(client, loaded, monkeypatch):
    monkeypatch.setenv("POLICYKG_API_GENERATION_LAG", "0")
    counts = loaded.counts
    calls = []

    def counting():
        calls.append(1)
        return counts()

    monkeypatch.setattr(loaded, "counts", counting)
    first = client.get("/health").json()
    again = client.get("/health").json()
    assert first == again and len(calls) == 1  # a probe's second call scans nothing
    loaded.delete_document("r1")
    after = client.get("/health").json()
    assert after["graph"]["nodes"]["Document"] == 1 and len(calls) == 2
