"""Organisation endings (林业局, 林场, a level-only bank or department branch), committee aliases,
colleges in their league, verb + 合作社, and a name before 已在…工作: sentences written for the test."""

import pytest

from .helpers import entities, names, pairs


def test_a_forestry_bureau_named_by_its_forest_area(extract):
    facts = extract("阿荣旗查巴奇乡是个山区乡。绰源林业局职工参与植树造林。")
    assert "绰源林业局" in names(facts, "Organisation")


def test_a_forest_farm_named_after_its_banner(extract):
    facts = extract("阿荣旗得力其尔林场开展森林防火演练。毕拉河林场职工巡山护林。")
    assert {"阿荣旗得力其尔林场", "毕拉河林场"} <= names(facts, "Organisation")
    assert ("阿荣旗得力其尔林场", "阿荣旗") in pairs(facts, "LOCATED_IN")


def test_forest_farms_of_no_name_are_not_organisations(extract):
    facts = extract("阿荣旗推进国有林场改革，全旗12个林场完成改制。当地林场工人巡山。各林业局积极行动。")
    assert not any(n.endswith(("林场", "林业局")) for n in names(facts, "Organisation"))


def test_a_bank_written_with_the_level_only_is_the_banners(extract):
    facts = extract("阿荣旗大力发展庭院经济。在旗农商银行支持下，牧民贷款扩大养殖。通过旗农村信用社发放贷款300万元。")
    orgs = names(facts, "Organisation")
    assert {"阿荣旗农商银行", "阿荣旗农村信用社"} <= orgs
    assert not any(n.startswith("通过") for n in orgs)


def test_a_departments_party_branch_written_with_the_level_only(extract):
    facts = extract("阿荣旗查巴奇乡猛济村党支部与旗林草局党支部结对共建，开展植树活动。")
    assert "阿荣旗林草局党支部" in names(facts, "Organisation")
    assert ("猛济村党支部", "阿荣旗林草局党支部") in pairs(facts, "PARTNERS_WITH")


def test_a_verb_before_cooperative_names_none(extract):
    facts = extract("阿荣旗引导村民入股合作社。牧户纷纷加入合作社。全旗发展产业合作社。")
    assert not any("合作社" in n for n in names(facts, "Organisation"))


def test_a_committee_department_in_full_and_short_is_one_body(extract):
    facts = extract("由中共鄂温克族自治旗委员会组织部主办的培训班开班。鄂温克旗委组织部负责同志介绍了有关情况。")
    orgs = entities(facts, "Organisation")
    assert [n for n in orgs if n.endswith("组织部")] == ["中共鄂温克族自治旗委员会组织部"]
    assert "鄂温克旗委组织部" in orgs["中共鄂温克族自治旗委员会组织部"].aliases


def test_a_college_named_by_its_league_is_there(extract):
    facts = extract("锡林郭勒盟召开人才工作会议。锡林郭勒职业学院开展订单式培养。扎赉特旗与吉林大学签订人才培养合作协议。")
    rels = pairs(facts, "LOCATED_IN")
    assert ("锡林郭勒职业学院", "锡林郭勒盟") in rels
    assert not any(head == "吉林大学" for head, _ in rels)


def test_a_name_before_already_working_somewhere(extract):
    facts = extract("社区党委书记李晓红已在社区工作12年，熟悉每一户居民。")
    assert "李晓红" in names(facts, "Person")


def test_a_place_relying_on_or_leading_cooperatives_names_none(extract):
    facts = extract("阿荣旗坚持党建引领。猛济村依靠合作社增收。村党支部带领合作社发展产业。阿荣旗依靠养殖专业合作社增收。")
    assert not any("合作社" in n for n in names(facts, "Organisation"))


def test_short_bank_names_of_a_place(extract):
    facts = extract("阿荣旗坚持党建引领。阿荣旗农商行推出新产品。那吉镇信用社开展服务。各信用社积极行动。")
    orgs = names(facts, "Organisation")
    assert {"阿荣旗农商行", "那吉镇信用社"} <= orgs
    assert not any(n.startswith("各") for n in orgs)


def test_a_committee_department_under_two_short_forms_is_one_body(extract):
    facts = extract("鄂温克族自治旗委组织部开展培训。鄂温克旗委组织部负责同志介绍了有关情况。")
    assert [n for n in names(facts, "Organisation") if n.endswith("组织部")] == ["鄂温克族自治旗委组织部"]


def test_a_townships_short_form_after_the_county_is_part_of_a_firms_name(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇党委与阿荣旗那吉旅游开发有限公司共建“东光先锋”服务站点。")
    assert "阿荣旗那吉旅游开发有限公司" in names(facts, "Organisation")
    assert ("阿荣旗那吉旅游开发有限公司", "阿荣旗") in pairs(facts, "LOCATED_IN")


def test_a_product_and_its_form_before_a_factory_name_no_factory(extract):
    facts = extract("阿荣旗坚持党建引领。猛济村党支部领办玉米面加工厂，年加工玉米5000吨。红星水泥厂扩建。")
    orgs = names(facts, "Organisation")
    assert "玉米面加工厂" not in orgs
    assert "红星水泥厂" in orgs


def test_a_kind_of_body_counted_after_its_place_names_none(extract):
    facts = extract("阿荣旗坚持党建引领。阿荣旗种植合作社达到120家。阿荣旗养殖专业合作社有30多家。猛济村种植合作社带动农户。")
    orgs = names(facts, "Organisation")
    assert not any(n.startswith("阿荣旗") for n in orgs)
    assert "猛济村种植合作社" in orgs


@pytest.mark.parametrize("text, org", [
    ("阿荣旗推进乡村振兴。中共阿荣旗委党校开展培训。", "中共阿荣旗委党校"),
    ("阿荣旗推进乡村振兴。阿荣旗科协开展科普进村活动。", "阿荣旗科协"),
    ("阿荣旗推进乡村振兴。阿荣旗工商联组织企业结对帮扶。", "阿荣旗工商联"),
    ("阿荣旗推进乡村振兴。阿荣旗红十字会捐赠物资。", "阿荣旗红十字会"),
    ("阿荣旗推进乡村振兴。阿荣旗农业技术推广中心开展培训。", "阿荣旗农业技术推广中心"),
])
def test_more_bodies_named_by_their_banner(extract, text, org):
    assert org in names(extract(text), "Organisation")


def test_party_schools_of_no_place_are_not_organisations(extract):
    facts = extract("阿荣旗推进乡村振兴。各级党校开展培训。")
    assert not any(n.endswith("党校") for n in names(facts, "Organisation"))


def test_a_bank_named_by_its_countys_short_form_is_there(extract):
    facts = extract("和林格尔县推进乡村振兴。和林格尔农商银行发放贷款1亿元。")
    assert ("和林格尔农商银行", "和林格尔县") in pairs(facts, "LOCATED_IN")


def test_a_districts_party_committee_is_named_and_a_community_committee_is_not(extract):
    facts = extract("中共东河区委员会印发通知。东河区委组织部组织培训。今年以来，东河区委坚持党建引领。"
                    "幸福社区委员会组织居民开展活动。")
    orgs = {e.name: e for e in facts.entities if e.label == "Organisation"}
    assert "中共东河区委员会" in orgs and "东河区委" in orgs["中共东河区委员会"].aliases
    assert "东河区委组织部" in orgs
    assert not [n for n in orgs if "社区委" in n]


def test_a_districts_committee_written_after_its_city(extract):
    orgs = {e.name for e in extract("包头市东河区委坚持党建引领。").entities if e.label == "Organisation"}
    assert orgs == {"包头市东河区委"}


def test_a_district_named_before_anchors_a_body_inside_whose_name_it_stands(extract):
    facts = extract("东河区推进基层治理。东河区融媒体中心报道了此事。")
    assert "东河区融媒体中心" in {e.name for e in facts.entities if e.label == "Organisation"}
