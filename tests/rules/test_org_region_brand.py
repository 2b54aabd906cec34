"""内蒙古 + a banner's short form + … 有限公司: the registered name whole; the short form is its brand, no place."""

from __future__ import annotations

from .helpers import names, pairs


def test_a_short_form_after_the_region_is_the_firms_brand(extract):
    facts = extract("合作社与内蒙古科尔沁丰源乳业有限公司签订订单收购协议。")
    orgs = names(facts, "Organisation")
    places = names(facts, "Place")
    assert "内蒙古科尔沁丰源乳业有限公司" in orgs
    assert "科尔沁区" not in places
    assert not [r for r in facts.relations if r.type == "LOCATED_IN"]


def test_a_banner_written_in_full_before_the_firm_is_still_its_place(extract):
    facts = extract("科尔沁区丰源乳业有限公司在大林镇建设奶源基地。")
    orgs = names(facts, "Organisation")
    assert "科尔沁区丰源乳业有限公司" in orgs
    located = pairs(facts, "LOCATED_IN")
    assert ("科尔沁区丰源乳业有限公司", "科尔沁区") in located
