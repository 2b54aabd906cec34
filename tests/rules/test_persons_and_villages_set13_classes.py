"""Names after 经营户/企业家, before 领衔; 呼和 and 托娅 in Mongolian names; a data village before its unit;
“X”问题 names a problem.
"""

from __future__ import annotations

import pytest

from tests.rules.helpers import names, pairs, subjects


@pytest.mark.parametrize("text, person", [
    ("阿巴嘎旗推进党建。牧家乐经营户宝音图今年52岁，家里有4间蒙古包。", "宝音图"),
    ("阿巴嘎旗推进党建。协会会长由牧民企业家萨仁托娅担任。", "萨仁托娅"),
    ("阿巴嘎旗推进党建。嘎查成立了由老党员王桂琴领衔的护林队。", "王桂琴"),
    ("阿巴嘎旗推进党建。别力古台镇巴彦图嘎查党支部引导成立合作社，理事长呼和朝鲁是致富带头人。", "呼和朝鲁"),
    ("阿巴嘎旗推进党建。72岁的独居老人王秀云说，志愿者每周上门帮她打扫卫生。", "王秀云"),
    ("阿巴嘎旗推进党建。快递员张浩宇说：“跑累了进来喝口热水。”", "张浩宇"),
])
def test_person_cues(extract, text, person):
    assert person in names(extract(text), "Person")


def test_a_data_village_before_its_unit_though_its_name_is_a_word(extract):
    facts = extract("阿巴嘎旗推进党建。光荣村党支部书记王德胜今年47岁，是退役军人出身。")
    assert "光荣村" in names(facts, "Place")
    assert ("王德胜", "光荣村党支部") in pairs(facts, "LEADS")


def test_a_word_village_without_its_unit_stays_out(extract):
    facts = extract("阿巴嘎旗推进党建。全旗打造光荣村民之家。")
    assert "光荣村" not in names(facts, "Place")


def test_a_problem_in_quotes_without_de(extract):
    facts = extract("阿巴嘎旗推进金融服务。为了解决牧户“贷款难、贷款贵”问题，银行设立了服务点。")
    assert not names(facts, "Programme")


def test_a_trade_holder_s_figures_are_his(extract):
    facts = extract("阿巴嘎旗推进乡村旅游。牧家乐经营户宝音图今年52岁，家里的4间蒙古包旺季每天接待游客60人左右。")
    assert subjects(facts)[52.0] == "宝音图" and subjects(facts)[4.0] == "宝音图"


def test_a_founder_after_you_does_not_take_the_body_s_figures(extract):
    facts = extract("阿巴嘎旗推进党建。阿巴嘎旗奶食品产业协会由养殖大户王翠英发起成立，现有会员单位73家。")
    assert subjects(facts)[73.0] == "阿巴嘎旗奶食品产业协会"


def test_a_team_stationed_in_a_village_works_for_it(extract):
    facts = extract("阿巴嘎旗推进党建。旗农牧局驻别力古台镇巴彦图嘎查工作队协调资金92万元，建设标准化暖棚羊舍12栋，带动养殖户41户。")
    assert subjects(facts)[12.0] == "巴彦图嘎查" and subjects(facts)[41.0] == "巴彦图嘎查"


def test_four_transliterated_characters_before_daxue_biye(extract):
    facts = extract("阿巴嘎旗推进电商。90后牧民苏日娜其其格大学毕业后回到家乡，成立了电商公司。")
    assert "苏日娜其其格" in names(facts, "Person")
    assert not {n for n in names(facts, "Organisation") if n.endswith("大学")}


def test_a_clause_lead_opens_no_sumu(extract):
    facts = extract("阿巴嘎旗推进边境治理。他骑过骆驼、骑过摩托车，如今开着苏木配发的巡逻车。")
    assert not {n for n in names(facts, "Place") if n.endswith("苏木")}


@pytest.mark.parametrize("text, person", [
    ("阿巴嘎旗推进生态保护。协会由退休护林员达来朝鲁担任会长。", "达来朝鲁"),
    ("阿巴嘎旗推进产业。牧民巴图来到合作社。", "巴图"),
    ("阿巴嘎旗推进边境治理。58岁的护边员、老党员巴图新巴雅尔已经在边境线上守护了26年。", "巴图新巴雅尔"),
])
def test_a_one_character_end_inside_a_transliterated_name(extract, text, person):
    assert names(extract(text), "Person") == {person}


def test_a_general_manager_leads_his_company(extract):
    facts = extract("阿巴嘎旗推进产业。锡林郭勒驼源乳业有限公司总经理刘建国介绍，公司建成收储站6个。")
    assert ("刘建国", "锡林郭勒驼源乳业有限公司") in pairs(facts, "LEADS")
