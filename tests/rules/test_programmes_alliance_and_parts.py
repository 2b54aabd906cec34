"""Programmes: an alliance units form (组建“某某联盟”), and a programme carried out as part of another.

- 某公司与周边村党组织组建“X联盟”，带动…: X联盟 is a mechanism, and the company implements it;
- 作为“A”工程的重要组成部分/重要内容/子项目，某地实施“B”计划: B PART_OF_PROGRAMME A.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import entities, pairs


def test_alliance_formed_by_a_company_is_a_programme_it_implements() -> None:
    facts = facts_of("宁城县是农业县。宁城县瑞丰农牧有限公司与周边8个村党组织组建“沃野同心联盟”，带动农户增收。")
    progs = entities(facts, "Programme")
    assert progs["沃野同心联盟"].kind == "mechanism"
    assert ("宁城县瑞丰农牧有限公司", "沃野同心联盟") in pairs(facts, "IMPLEMENTS")


def test_alliance_word_alone_without_founding_verb_is_not_forced() -> None:
    # a figure of speech closing its clause, no verb founding it
    facts = facts_of("宁城县是农业县。大家都说这是“心连心联盟”，干劲更足了。")
    assert "心连心联盟" not in entities(facts, "Programme")


@pytest.mark.parametrize("text", [
    "作为“绿野先锋”工程的重要组成部分，全县实施“领头羊培育”计划。",
    "作为“绿野先锋”工程的重要内容，宁城县开展“领头羊培育”行动。",
    "作为“绿野先锋”工程的子项目，宁城县启动“领头羊培育”计划。",
    "作为“绿野先锋”工程的重要组成部分，“领头羊培育”计划在全县铺开。",
])
def test_programme_carried_out_as_part_of_another(text: str) -> None:
    assert ("领头羊培育", "绿野先锋") in pairs(facts_of("宁城县是农业县。" + text), "PART_OF_PROGRAMME")


def test_as_its_initiator_is_no_part() -> None:
    text = "宁城县是农业县。作为“绿野先锋”工程的发起者，宁城县开展“领头羊培育”行动。"
    assert pairs(facts_of(text), "PART_OF_PROGRAMME") == set()
