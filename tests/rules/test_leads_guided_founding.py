"""引导成立, 指导成立, 发起成立 found a body like 牵头成立: 某党支部引导成立某合作社 → the branch LEADS it."""

from __future__ import annotations

import pytest

from tests.rules.helpers import pairs


@pytest.mark.parametrize("verb", ["引导成立", "指导成立", "发起成立"])
def test_a_body_that_guided_the_founding_leads(extract, verb):
    facts = extract(f"四子王旗推进党建。红格尔苏木党委{verb}四子王旗蒙古马文化协会，带动牧户128户。")
    assert ("红格尔苏木党委", "四子王旗蒙古马文化协会") in pairs(facts, "LEADS")


def test_a_bare_head_after_a_founded_body_with_its_founder_before(extract):
    facts = extract("四子王旗推进党建。红格尔苏木党委指导成立四子王旗蒙古马文化协会，会长阿拉坦其其格是驯马能手。")
    assert ("阿拉坦其其格", "四子王旗蒙古马文化协会") in pairs(facts, "LEADS")


def test_a_body_opening_its_clause_founds_what_a_later_clause_founds(extract):
    facts = extract("四子王旗推进党建。乌兰花镇党委把东风村、新民村两个村的党组织联合起来，成立乌兰花片区联合党委。")
    assert ("乌兰花镇党委", "乌兰花片区联合党委") in pairs(facts, "LEADS")


def test_a_body_that_says_founds_nothing(extract):
    facts = extract("四子王旗推进党建。乌兰花镇党委介绍说，去年新民村成立了四子王旗新民肉羊养殖专业合作社。")
    assert ("乌兰花镇党委", "四子王旗新民肉羊养殖专业合作社") not in pairs(facts, "LEADS")


def test_a_cooperative_a_village_branch_founds_is_in_that_village(extract):
    facts = extract("四子王旗推进党建。乌兰花镇新民村党总支领办四子王旗杏乡果品种植专业合作社，带动农户80户。")
    assert ("四子王旗杏乡果品种植专业合作社", "新民村") in pairs(facts, "LOCATED_IN")


def test_a_body_two_villages_found_together_is_in_neither(extract):
    facts = extract("四子王旗推进党建。乌兰花镇引导东风村党总支、新民村党总支联合成立四子王旗绿源农业发展有限公司。")
    located = pairs(facts, "LOCATED_IN")
    assert ("四子王旗绿源农业发展有限公司", "新民村") not in located
    assert ("四子王旗绿源农业发展有限公司", "东风村") not in located
