"""The API on a store holding a small corpus of our own reports."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient

from pipeline.document import prepare
from pipeline.extract import extract_corpus
from pipeline.read import RawDocument

REPORTS = {
    "r1": "通辽市坚持大抓基层，全面推行“四议两公开”制度。扎鲁特旗探索推行“党支部+协会+合作社”模式，"
          "全旗建立党员中心户320户。扎鲁特旗与内蒙古农业大学签订合作协议。",
    "r2": "巴彦淖尔市深入开展“四议两公开”制度建设，全市共有嘎查村860个。乌拉特前旗推广“合作社+农户”模式。"
          "乌拉特前旗党员中心户其木格带动周边牧户创立查干花养殖专业合作社，年纯收入达38万元。",
}


def corpus() -> list:
    raws = [RawDocument(doc_id=k, source=f"{k}.txt", sha256=hashlib.sha256(v.encode()).hexdigest(), text=v)
            for k, v in REPORTS.items()]
    return extract_corpus([prepare(r) for r in raws])


@pytest.fixture
def loaded(store):
    from api.qa.memo import invalidate

    for facts in corpus():
        store.write_document(facts)
    invalidate(store)
    return store


@pytest.fixture
def client(loaded, monkeypatch):
    from api import deps
    from api.main import create_app

    monkeypatch.setenv("POLICYKG_API_KEY", "test-key")
    from policykg.settings import get_settings

    get_settings.cache_clear()
    app = create_app()
    app.dependency_overrides[deps.get_store] = lambda: loaded
    from api.routes import analytics

    app.dependency_overrides[analytics.get_store] = lambda: loaded
    yield TestClient(app)
    get_settings.cache_clear()
