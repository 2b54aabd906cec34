"""A whole report of our own about a league the seeds never mention, read end to end."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import prepare
from pipeline.read import read_file
from pipeline.rules import run_rules

REPORT = Path(__file__).parent / "reports" / "hulunbuir_report.txt"


def _facts():
    return run_rules(*prepare(read_file(REPORT)))


def test_places_and_hierarchy():
    facts = _facts()
    places = {e.name: e.level for e in facts.entities if e.label == "Place"}
    assert places["呼伦贝尔市"] == "league"
    assert places["鄂温克族自治旗"] == "banner"
    assert places["呼和诺尔镇"] == "township" and places["哈日干图嘎查"] == "village"
    part_of = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "PART_OF"}
    assert {("呼和诺尔镇", "陈巴尔虎旗"), ("哈日干图嘎查", "呼和诺尔镇"), ("阿荣旗", "呼伦贝尔市")} <= part_of


def test_people_lead_and_the_bylines_are_not_people():
    facts = _facts()
    persons = {e.name for e in facts.entities if e.label == "Person"}
    assert persons == {"乌云其其格", "巴特尔"}
    leads = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "LEADS"}
    assert ("巴特尔", "哈日干图牧业专业合作社") in leads


def test_the_anaphor_of_a_county_level_city_is_that_city():
    facts = _facts()
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("扎兰屯市", "四议两公开") in implements
    assert ("呼伦贝尔市", "四议两公开") not in implements


def test_metrics_have_the_right_subjects():
    facts = _facts()
    got = {(m.subject.name, m.value, m.unit, m.qualifier) for m in facts.metrics}
    assert ("呼伦贝尔市", 1068, "个", None) in got
    assert ("呼伦贝尔市", 72.6, "%", None) in got
    assert ("哈日干图牧业专业合作社", 860000, "元", None) in got
    assert ("鄂温克族自治旗", 3800, "户", "余") in got
    assert ("阿荣旗", 20000, "名", "近") in got
