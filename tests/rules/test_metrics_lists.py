"""A count after a list of villages belongs to the list's owner, not to the last village listed."""

import pytest


def _subjects(facts):
    return {(m.value, m.subject.name) for m in facts.metrics}


@pytest.mark.parametrize("listed", ["东光村、红星村、西山村等5个村", "东光村、红星村、西山村5个村", "东光村、红星村和西山村5个村"])
def test_the_town_before_the_list_owns_the_count(extract, listed):
    facts = extract(f"阿荣旗复兴镇在{listed}发展大豆种植。")
    assert _subjects(facts) == {(5, "复兴镇")}


def test_the_town_a_paragraph_opens_with_owns_a_list_count_and_later_clauses(extract):
    facts = extract("阿荣旗复兴镇坚持产业带动。在东光村、西山村、红星村等5个村建设大豆基地，面积1.2万亩。")
    assert _subjects(facts) == {(5, "复兴镇"), (12_000, "复兴镇")}


def test_a_village_with_its_own_groups_keeps_them(extract):
    assert _subjects(extract("阿荣旗复兴镇东光村5个村民小组全部通电。")) == {(5, "东光村")}


_FIRST = "科右中旗巴彦呼舒镇哈日诺尔嘎查集体经济收入达到65万元"


@pytest.mark.parametrize("rest", ["，另外两个嘎查的集体经济收入也都超过了40万元。",
                                  "。另外两个嘎查集体经济收入也超过了40万元，户均增收3000元。",
                                  "，其余3个嘎查收入超过40万元。", "，其他嘎查收入也超过40万元。"])
def test_figures_of_an_unnamed_group_go_to_no_one(extract, rest):
    assert _subjects(extract(_FIRST + rest)) == {(650_000, "哈日诺尔嘎查")}


def test_a_place_named_after_the_group_takes_its_figures_again(extract):
    facts = extract(_FIRST + "，其他嘎查收入也超过40万元，巴彦呼舒镇增收120万元。")
    assert _subjects(facts) == {(650_000, "哈日诺尔嘎查"), (1_200_000, "巴彦呼舒镇")}
