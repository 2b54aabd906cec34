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
