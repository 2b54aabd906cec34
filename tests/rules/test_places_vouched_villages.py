"""Villages a sentence ties to a township though no parent stands right before them.

- 某镇引导某村党总支…: a frequent verb between a township and its village is the sentence's
  verb, not part of the name; the name after it may be an everyday word the data holds (红旗村);
- 某村党总支、某村党总支: a list of villages runs through the same unit after each one;
- 街道所辖某社区党委: the community right after 所辖 (its name may open with 向: 向华社区);
- 某某回族乡: an ethnic township's people's name stands between its name and 乡;
- （七）加强…，…: a numbered section heading ends the deeper place's paragraph topic.
"""

from __future__ import annotations

from tests.rules.helpers import names, pairs, subjects


def test_a_verb_between_a_township_and_its_village_is_no_part_of_the_name(extract):
    facts = extract("松山区推进乡村振兴。安庆镇引导红旗村党总支、胜利村党总支联合成立公司。")
    assert {"红旗村", "胜利村"} <= names(facts, "Place")
    assert "引导红旗村" not in names(facts, "Place")
    assert {("红旗村", "安庆镇"), ("胜利村", "安庆镇")} <= pairs(facts, "PART_OF")
    assert {"红旗村党总支", "胜利村党总支"} <= names(facts, "Organisation")


def test_a_verb_after_a_comma_before_a_village_unit(extract):
    facts = extract("松山区推进乡村振兴。安庆镇依托区位优势，引导红旗村党支部领办合作社。")
    assert "红旗村" in names(facts, "Place")
    assert ("红旗村", "安庆镇") in pairs(facts, "PART_OF")


def test_a_verb_before_an_ordinary_word_is_no_village(extract):
    facts = extract("松山区推进乡村振兴。安庆镇依托区位优势，引导群众村党支部成立公司。")
    assert not {n for n in names(facts, "Place") if n.endswith("村")}


def test_a_name_that_is_a_verb_itself_stays_whole(extract):
    facts = extract("松山区推进乡村振兴。安庆镇前进村党总支成立公司。")
    assert "前进村" in names(facts, "Place")


def test_a_list_of_villages_through_their_units(extract):
    facts = extract("松山区推进乡村振兴。安庆镇巴彦塔拉嘎查党支部、乌兰哈达嘎查党支部联合办社。")
    assert {("巴彦塔拉嘎查", "安庆镇"), ("乌兰哈达嘎查", "安庆镇")} <= pairs(facts, "PART_OF")


def test_a_community_after_suoxia(extract):
    facts = extract("松山区推进城市党建。街道所辖东风社区党委书记李红梅带领两委成员推行“上门服务”机制。")
    assert "东风社区" in names(facts, "Place")
    assert "东风社区党委" in names(facts, "Organisation")
    assert ("李红梅", "东风社区党委") in pairs(facts, "LEADS")


def test_a_community_after_suoxia_may_open_with_xiang(extract):
    facts = extract("松山区推进城市党建。街道所辖向华社区党委推行“上门服务”机制。")
    assert "向华社区" in names(facts, "Place")


def test_suoxia_before_a_bare_level_word_is_no_village(extract):
    facts = extract("松山区推进城市党建，全区所辖村党组织书记参加培训。")
    assert not {n for n in names(facts, "Place") if n.endswith("村")}


def test_an_ethnic_township_found_by_grammar(extract):
    facts = extract("松山区推进乡村振兴。大三家回族乡党委推行“清真餐饮”品牌。")
    assert "大三家回族乡" in names(facts, "Place")
    assert "大三家回族乡党委" in names(facts, "Organisation")


def test_a_count_of_ethnic_townships_is_no_township(extract):
    facts = extract("全旗有三个回族乡，要发展回族乡村旅游。")
    assert not {n for n in names(facts, "Place") if n.endswith("乡")}


def test_a_numbered_heading_with_a_comma_ends_a_village_topic(extract):
    facts = extract(
        "松山区推进城市党建。\n"
        "安庆镇红旗村党总支推行“积分超市”，全村评选示范户32户。\n"
        "（七）加强党员队伍建设，先锋作用充分发挥\n"
        "全年发展党员236名，其中35岁以下的占78.4%。")
    assert subjects(facts)[32.0] == "红旗村"
    assert subjects(facts)[236.0] == "松山区"
