"""An adverb between a party and 与 (某旗委组织部还与某学院结对共建); customs, border brigades and named 联盟 are bodies."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_an_adverb_between_the_party_and_the_cue(extract):
    facts = extract("四子王旗推进党建。四子王旗委组织部还与内蒙古农业大学结对共建，联合开设培训班。")
    assert ("四子王旗委组织部", "内蒙古农业大学") in pairs(facts, "PARTNERS_WITH")
    assert ("四子王旗", "内蒙古农业大学") not in pairs(facts, "PARTNERS_WITH")


def test_customs_and_border_brigades_are_bodies(extract):
    facts = extract("二连浩特市推进党建。二连浩特市委组织部与二连浩特海关、二连浩特边境管理大队开展联建。")
    assert {"二连浩特海关", "二连浩特边境管理大队"} <= names(facts, "Organisation")


def test_a_named_alliance_is_a_body(extract):
    facts = extract("四子王旗推进党建。乌兰花镇东风社区党委书记于海燕牵头成立东风社区物业服务联盟。")
    assert "东风社区物业服务联盟" in names(facts, "Organisation")
    assert ("于海燕", "东风社区物业服务联盟") in pairs(facts, "LEADS")


def test_a_clause_opening_with_the_cue_carries_the_body_opening_the_clause_before(extract):
    facts = extract("四子王旗推进党建。2022年起，乌兰花镇党委探索“党支部+科研院所+种植大户”模式，"
                    "联合乌兰察布市农林科学研究院在新民村建设示范基地。")
    assert ("乌兰花镇党委", "乌兰察布市农林科学研究院") in pairs(facts, "PARTNERS_WITH")


def test_the_body_leading_the_work_in_the_clause_before(extract):
    facts = extract("四子王旗推进党建。乌兰花镇探索“村集体+龙头企业”模式，由乌兰花镇党委牵头，"
                    "与四子王旗草原冷链物流有限公司签订合作协议。")
    assert ("乌兰花镇党委", "四子王旗草原冷链物流有限公司") in pairs(facts, "PARTNERS_WITH")
