"""Organisations: trade words inside names, fostering verbs, factories, 该旗, county-level cities (own sentences)."""

from __future__ import annotations

from policykg.facts import DocumentFacts
from tests.rules.conftest import facts_of


def _orgs(f: DocumentFacts) -> dict[str, str | None]:
    return {e.name: e.kind for e in f.entities if e.label == "Organisation"}


def test_cooperative_with_service_word_after_its_banner() -> None:
    # 服务 is a word of trade here, not the verb ending the name
    f = facts_of("扎赉特旗丰禾农机服务专业合作社带动农户200户。")
    assert _orgs(f).get("扎赉特旗丰禾农机服务专业合作社") == "cooperative"


def test_service_verb_before_a_generic_cooperative_names_nothing() -> None:
    assert _orgs(facts_of("他们积极服务农机专业合作社，帮助解决难题。")) == {}


def test_fostering_verbs_and_grades_name_no_body() -> None:
    f = facts_of("近年来，扎赉特旗大力培育合作社，培育示范合作社15家，组建强村公司3家，发展养殖合作社。")
    assert _orgs(f) == {}


def test_fostering_word_inside_a_real_firm_name_stays() -> None:
    f = facts_of("扎赉特旗发展投资有限公司为合作社提供贷款担保。")
    assert "扎赉特旗发展投资有限公司" in _orgs(f)


def test_named_factories_are_enterprises() -> None:
    f = facts_of("金河镇红星水泥厂和宝丰粮食加工厂吸纳就业50人。")
    orgs = _orgs(f)
    assert orgs.get("金河镇红星水泥厂") == "enterprise"
    assert orgs.get("宝丰粮食加工厂") == "enterprise"


def test_generic_factories_are_no_organisations() -> None:
    f = facts_of("村里建起了加工厂、奶粉厂、颗粒饲料燃料加工厂和大型乳品厂，厂房宽敞，厂长说好。")
    assert _orgs(f) == {}
