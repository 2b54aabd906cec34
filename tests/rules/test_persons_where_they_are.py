"""Where a person is: a trade 能手 after the place, an age between place and role, an age before 是某村的老党员,
and a sentence opening with 在某地，."""

from __future__ import annotations

import pytest

from tests.rules.helpers import pairs


@pytest.mark.parametrize("text, person, place", [
    ("四子王旗推进党建。供济堂镇养殖能手郝占山说，今年羊羔成活率高。", "郝占山", "供济堂镇"),
    ("四子王旗推进党建。乌兰花镇新民村68岁的老党员赵桂香说，日子越过越好。", "赵桂香", "新民村"),
    ("四子王旗推进党建。斯琴今年39岁，是查干补力格苏木巴彦敖包嘎查的一名党员中心户。", "斯琴", "巴彦敖包嘎查"),
    ("四子王旗推进党建。在红格尔苏木，61岁的护边员、老党员巴特尔已经守边30年。", "巴特尔", "红格尔苏木"),
])
def test_the_person_is_where_the_sentence_puts_them(extract, text, person, place):
    assert (person, place) in pairs(extract(text), "LOCATED_IN")


def test_a_scene_followed_by_another_place_sets_nothing(extract):
    facts = extract("四子王旗推进党建。在红格尔苏木，来自乌兰花镇的老党员巴特尔讲起了守边故事。")
    assert ("巴特尔", "红格尔苏木") not in pairs(facts, "LOCATED_IN")


def test_a_describing_word_between_the_place_and_the_role(extract):
    facts = extract("四子王旗推进党建。供济堂镇青年致富带头人王小军创办四子王旗小军肉羊养殖专业合作社。")
    assert ("王小军", "供济堂镇") in pairs(facts, "LOCATED_IN")
    assert ("四子王旗小军肉羊养殖专业合作社", "供济堂镇") in pairs(facts, "LOCATED_IN")


def test_a_body_of_a_township_written_with_de(extract):
    facts = extract("四子王旗推进党建。供济堂镇的四子王旗供济堂肉羊养殖协会由党员高玉梅发起成立，现有会员86户。")
    assert ("四子王旗供济堂肉羊养殖协会", "供济堂镇") in pairs(facts, "LOCATED_IN")


def test_an_association_of_the_banner_working_in_the_scene_s_sumu(extract):
    facts = extract("四子王旗推进党建。在红格尔苏木，四子王旗蒙古马协会会长敖其尔带领136名会员发展马匹繁育。")
    located = pairs(facts, "LOCATED_IN")
    assert {("四子王旗蒙古马协会", "四子王旗"), ("四子王旗蒙古马协会", "红格尔苏木")} <= located
