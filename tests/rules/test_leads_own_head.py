"""The founder and the head of the one body of a kind a sentence names.

- 某协会由种植大户某某发起成立: 大户 is a role cue, 发起 ends the name, 由 marks the founder;
- 某某任会长 / 由某某担任理事长: the post of one kind of body (会长 an association's,
  理事长 a cooperative's), when the sentence names one body of that kind before the person.
"""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_founder_after_you(extract):
    facts = extract("镶黄旗推进党建。镶黄旗奶食品产业协会由养殖大户王翠英发起成立，现有会员62户。")
    assert "王翠英" in names(facts, "Person")
    assert ("王翠英", "镶黄旗奶食品产业协会") in pairs(facts, "LEADS")


def test_a_head_by_ren_and_post(extract):
    facts = extract("镶黄旗推进党建。镶黄旗奶食品产业协会现有会员62户，由返乡青年高志远担任会长。")
    assert ("高志远", "镶黄旗奶食品产业协会") in pairs(facts, "LEADS")


def test_a_head_of_another_kind_of_body_is_not_given_one(extract):
    facts = extract("镶黄旗推进党建。镶黄旗奶食品产业协会现有会员62户，由返乡青年高志远担任理事长。")
    assert not [p for p in pairs(facts, "LEADS") if p[0] == "高志远"]


def test_two_bodies_of_the_kind_leave_the_head_unplaced(extract):
    facts = extract("镶黄旗推进党建。镶黄旗奶食品产业协会和镶黄旗养驼协会联合办展，高志远任会长。")
    assert not [p for p in pairs(facts, "LEADS") if p[0] == "高志远"]


def test_a_list_of_bodies_founding_one_together(extract):
    facts = extract("镶黄旗推进党建。新宝拉格镇引导满都拉社区党支部、宝拉格社区党支部联合成立镶黄旗宝拉格文旅有限公司。")
    assert {("满都拉社区党支部", "镶黄旗宝拉格文旅有限公司"),
            ("宝拉格社区党支部", "镶黄旗宝拉格文旅有限公司")} <= pairs(facts, "LEADS")


def test_a_firm_founded_in_the_clause_after_a_scene_is_there(extract):
    facts = extract("阿巴嘎旗推进电商。在别力古台镇，返乡青年孟繁星2021年创办了阿巴嘎旗禾香电子商务有限公司，开设直播间。")
    assert ("阿巴嘎旗禾香电子商务有限公司", "别力古台镇") in pairs(facts, "LOCATED_IN")


def test_a_founder_s_village_in_between_keeps_the_scene_out(extract):
    facts = extract("阿巴嘎旗推进党建。在别力古台镇，巴彦图嘎查党支部书记何丽娟领办了阿巴嘎旗巴彦图肉牛养殖专业合作社。")
    assert ("阿巴嘎旗巴彦图肉牛养殖专业合作社", "别力古台镇") not in pairs(facts, "LOCATED_IN")


def test_a_bare_kind_word_signing_is_the_body_the_paragraph_named(extract):
    facts = extract("阿巴嘎旗推进产业发展。阿巴嘎旗奶食品产业协会成立于2019年，现有会员260户。"
                    "协会与锡林郭勒职业学院签订了技术合作协议。")
    assert ("阿巴嘎旗奶食品产业协会", "锡林郭勒职业学院") in pairs(facts, "PARTNERS_WITH")


def test_a_bare_township_committee_takes_up_the_one_named_before(extract):
    facts = extract("阿巴嘎旗推进边境治理。别力古台镇党委推行“边境红哨”机制。镇党委书记乌仁图雅说，全镇建设了5个哨所。")
    assert ("乌仁图雅", "别力古台镇党委") in pairs(facts, "LEADS")


def test_the_post_written_before_you_and_the_name(extract):
    facts = extract("四子王旗推进党建。红格尔苏木党委牵头成立四子王旗奶食品协会，会长由牧民企业家萨仁高娃担任，协会现有会员67户。")
    assert ("萨仁高娃", "四子王旗奶食品协会") in pairs(facts, "LEADS")
