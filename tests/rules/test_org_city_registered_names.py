"""某市某区某某专业合作社: a registered name written from its city keeps the city."""

from __future__ import annotations

from tests.rules.helpers import names


def test_a_cooperative_named_from_its_city(extract):
    facts = extract("松山区推进乡村振兴。赤峰市松山区安庆镇沙果种植专业合作社种植沙果1200亩。")
    assert "赤峰市松山区安庆镇沙果种植专业合作社" in names(facts, "Organisation")


def test_a_party_committee_keeps_its_most_specific_place(extract):
    facts = extract("松山区推进乡村振兴。赤峰市松山区安庆镇党委推行“红色驿站”机制。")
    assert "安庆镇党委" in names(facts, "Organisation")
