"""Quoted names of sites units build (科技小院, 驿站), and quoted figures after a copula."""

from .helpers import names, pairs


def test_a_science_yard_built_with_a_university_is_a_programme_of_both(extract):
    facts = extract("巴音镇与内蒙古农业大学签订校地合作协议，共建“巴音西瓜科技小院”。")
    assert "巴音西瓜科技小院" in names(facts, "Programme")
    assert {("巴音镇", "巴音西瓜科技小院"), ("内蒙古农业大学", "巴音西瓜科技小院")} <= pairs(facts, "IMPLEMENTS")


def test_a_post_station_set_up_by_a_town_is_a_programme(extract):
    facts = extract("巴音镇设立“牧民驿站”，方便群众。")
    assert ("巴音镇", "牧民驿站") in pairs(facts, "IMPLEMENTS")


def test_a_quoted_figure_a_product_became_is_no_programme(extract):
    facts = extract("如今，沙地西瓜已成为杭锦旗的“金字招牌”。")
    assert "金字招牌" not in names(facts, "Programme")
    facts = extract("沙地西瓜是杭锦旗的“致富法宝”，远销各地。")
    assert "致富法宝" not in names(facts, "Programme")


def test_a_places_own_numbered_practice_after_a_copula_stays(extract):
    facts = extract("这就是巴音镇的“一村一品”，群众叫好。")
    assert "一村一品" in names(facts, "Programme")
