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


def test_factory_phrases_without_a_brand_are_no_organisations() -> None:
    for text in ("建成肉牛屠宰厂、饲草料加工厂各1处。", "利用闲置校舍改建成服装厂。", "以前的老砖厂变成了光伏电站。",
                 "这家民营企业发电厂投产。", "引进一家年产万吨的有机肥厂。"):
        assert _orgs(facts_of(text)) == {}, text


def test_factory_brand_before_its_product() -> None:
    f = facts_of("嘎查与蒙源奶食品厂、金穗面粉厂签订收购协议。")
    assert {"蒙源奶食品厂", "金穗面粉厂"} <= set(_orgs(f))


def test_gai_qi_department_is_the_banner_named_before() -> None:
    f = facts_of("科右中旗高度重视基层党建工作。该旗旗委组织部牵头举办村干部培训班。")
    assert "科尔沁右翼中旗委组织部" in _orgs(f)


def test_city_party_department_in_a_county_level_city_report() -> None:
    f = facts_of("满洲里市坚持党建引领边境治理。市委组织部牵头，全市建成护边驿站12个。")
    assert "满洲里市委组织部" in _orgs(f)
    assert "呼伦贝尔市委组织部" not in _orgs(f)


def test_city_party_department_in_a_league_city_report_stays_the_league_city() -> None:
    f = facts_of("赤峰市坚持党建引领，赤峰市各旗县积极参与。市委组织部牵头开展培训。")
    assert "赤峰市委组织部" in _orgs(f)
