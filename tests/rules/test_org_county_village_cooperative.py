"""A cooperative written with its county and village (某县某村某某专业合作社) is named in full and is in both."""

from .helpers import names, pairs


def test_county_and_village_stay_in_the_cooperatives_name(extract):
    facts = extract("宁城县红旗村位于八里罕镇。2020年，红旗村党支部牵头成立宁城县红旗村蔬菜种植专业合作社，入社农户80户。")
    full = "宁城县红旗村蔬菜种植专业合作社"
    assert full in names(facts, "Organisation")
    assert "红旗村蔬菜种植专业合作社" not in names(facts, "Organisation")
    located = pairs(facts, "LOCATED_IN")
    assert {(full, "红旗村"), (full, "宁城县")} <= located
    assert ("红旗村党支部", full) in pairs(facts, "LEADS")
