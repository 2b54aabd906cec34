"""Persons and their posts: residents quoted by name, second posts, heads named by age (round 2 classes).

Sentences written for the test.
"""

import pytest

from .helpers import names, pairs


@pytest.mark.parametrize(("text", "person", "village"), [
    ("阿荣旗那吉镇东光村种植户王秀兰表示，今年大豆长得好。", "王秀兰", "东光村"),
    ("阿荣旗那吉镇东光村养殖户张建国说，今年收入不错。", "张建国", "东光村"),
    ("阿荣旗那吉镇东光村养殖户刘永福告诉记者，今年收入不错。", "刘永福", "东光村"),
    ("阿荣旗那吉镇东光村种植户孙桂兰高兴地跟记者说，今年大豆长得好。", "孙桂兰", "东光村"),
])
def test_a_resident_quoted_by_name_is_a_person_of_the_village(extract, text, person, village):
    facts = extract(text)
    assert person in names(facts, "Person")
    assert (person, village) in pairs(facts, "LOCATED_IN")


@pytest.mark.parametrize("text", ["村民们说，今年收入不错。", "村民代表说，今年收入不错。", "牧民大家都说，今年好。"])
def test_a_common_noun_of_people_before_a_speech_verb_is_no_name(extract, text):
    assert names(extract(text), "Person") == set()


def test_a_secretary_who_also_heads_a_cooperative_leads_both(extract):
    facts = extract("乌兰嘎查党支部书记巴特尔同时担任乌兰牧民专业合作社理事长。")
    assert {("巴特尔", "乌兰嘎查党支部"), ("巴特尔", "乌兰牧民专业合作社")} <= pairs(facts, "LEADS")


def test_a_head_named_with_age_leads_the_body_named_before(extract):
    facts = extract("2020年，村里成立金穗种植协会。58岁的会长王秀英是村里的种植能手。")
    assert ("王秀英", "金穗种植协会") in pairs(facts, "LEADS")


def test_a_secretary_who_founds_a_cooperative_leads_the_branch_and_it(extract):
    facts = extract("乌兰嘎查党支部书记巴特尔牵头成立乌兰牧民专业合作社。")
    assert {("巴特尔", "乌兰嘎查党支部"), ("巴特尔", "乌兰牧民专业合作社")} <= pairs(facts, "LEADS")


def test_a_member_resident_quoted_by_name_is_of_the_village(extract):
    facts = extract("阿荣旗那吉镇东光村党员养殖户赵德胜说，今年收入不错。")
    assert ("赵德胜", "东光村") in pairs(facts, "LOCATED_IN")
