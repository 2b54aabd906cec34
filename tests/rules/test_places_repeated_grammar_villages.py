"""A village the grammar found once is that village wherever the document names it again."""

from __future__ import annotations

from tests.rules.helpers import names, subjects


def test_a_listed_village_named_again_opens_its_paragraph(extract):
    facts = extract(
        "镶黄旗推进乡村旅游。\n"
        "新宝拉格镇党委把满都拉社区、哈登嘎查、查干淖尔村三个村的党组织联合起来，成立联合党委。\n"
        "查干淖尔村依托湖泊资源，发展“周末经济”。村党支部组织开展“湖畔课堂”活动，累计开课60余期。")
    assert "查干淖尔村" in names(facts, "Place")
    assert subjects(facts)[60.0] == "查干淖尔村"


def test_a_village_name_inside_a_longer_word_is_not_taken_again(extract):
    facts = extract(
        "镶黄旗推进乡村旅游。\n"
        "新宝拉格镇党委把满都拉社区、查干淖尔村两个村的党组织联合起来。\n"
        "查干淖尔村民小组推行积分制。")
    mentions = [e for e in facts.entities if e.label == "Place" and e.name == "查干淖尔村"]
    assert len(mentions) == 1 and mentions[0].evidence.sentence_index == 1


def test_a_data_village_found_by_its_unit_is_that_village_after_qizhong(extract):
    facts = extract(
        "阿巴嘎旗推进党建。光荣村党支部书记王德胜今年47岁。"
        "目前，别力古台镇已累计改良草场4.6万亩，其中光荣村改良8000亩。")
    assert subjects(facts)[8000.0] == "光荣村"


def test_quanshi_in_a_county_level_city_s_report_is_that_city(extract):
    facts = extract("扎兰屯市推进城市党建，扎兰屯市委组织部部署工作。\n"
                    "河西街道探索“社区吹哨、部门报到”机制，推动社区与驻区单位双向发力。"
                    "全市共组织126个机关企事业单位党组织与社区结对共建。")
    assert subjects(facts)[126.0] == "扎兰屯市"


def test_a_short_form_opening_a_firm_s_name_switches_no_topic(extract):
    facts = extract("额济纳旗推进驼产业。\n"
                    "阿拉善驼源乳业有限公司总经理刘建军介绍，公司建成收储站6个。\n"
                    "驼产业的红火，也让更多年轻人看到了希望，全年新增养驼户120户。")
    assert subjects(facts)[120.0] == "额济纳旗"


def test_a_bare_gacha_before_what_it_has(extract):
    facts = extract("阿巴嘎旗推进电商。90后牧民萨仁回到家乡别力古台镇巴彦图嘎查，成立了电商公司。"
                    "在她的带动下，嘎查已有17名青年牧民从事电商销售。")
    assert subjects(facts)[17.0] == "巴彦图嘎查"
