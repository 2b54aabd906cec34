"""40余万亩: the qualifier may stand before 万; a space before the number keeps the indicator before it."""

from __future__ import annotations


def test_a_qualifier_before_the_multiplier(extract):
    facts = extract("四子王旗推进党建。全旗有耕地40余万亩，牧民3多万人。")
    got = {(m.value, m.unit, m.qualifier) for m in facts.metrics}
    assert {(400_000.0, "亩", "余"), (30_000.0, "人", "余")} <= got


def test_a_space_before_the_number(extract):
    facts = extract("四子王旗推进党建。全旗向328户农户发放贷款 4500余万元。")
    loan = next(m for m in facts.metrics if m.value == 45_000_000.0)
    assert loan.indicator.endswith("发放贷款")


def test_trains_are_counted(extract):
    facts = extract("满洲里市推进党建。2024年，经满洲里口岸进出境的中欧班列达到5100余列。")
    assert (5100.0, "列", "余") in {(m.value, m.unit, m.qualifier) for m in facts.metrics}


def test_courses_products_volumes_and_multiples(extract):
    facts = extract("四子王旗推进党建。全旗开发精品课程15门，推出文创产品8款，审核档案2100余卷，收入增长了近3倍。")
    got = {(m.value, m.unit) for m in facts.metrics}
    assert {(15.0, "门"), (8.0, "款"), (2100.0, "卷"), (3.0, "倍")} <= got


def test_an_aside_before_the_number_leaves_the_indicator(extract):
    facts = extract("四子王旗推进党建。全旗辖5个镇，共有嘎查村（社区）139个。")
    count = next(m for m in facts.metrics if m.value == 139.0)
    assert "嘎查村" in count.indicator
