"""A 乡 the data lacks inside a body's name is a brand word (某旗戈壁驼乡养驼专业合作社), not a township."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_brand_xiang_inside_a_cooperative_s_name(extract):
    facts = extract("四子王旗推进党建。牧民领办的四子王旗草原羊乡养殖专业合作社带动41户牧民入社。")
    assert "草原羊乡" not in names(facts, "Place")
    assert "四子王旗草原羊乡养殖专业合作社" in names(facts, "Organisation")
    assert ("四子王旗草原羊乡养殖专业合作社", "四子王旗") in pairs(facts, "LOCATED_IN")


def test_a_township_chained_to_its_banner_stays_a_place(extract):
    facts = extract("四子王旗推进党建。四子王旗巴音敖包乡推行“积分制”管理。")
    assert "巴音敖包乡" in names(facts, "Place")
