"""Aims, targets and forecasts are not reported figures; thresholds inside a noun phrase are not figures of their own."""

import pytest


def _values(facts):
    return sorted(m.value for m in facts.metrics)


@pytest.mark.parametrize("text", [
    "下一步，科右前旗将持续发力，力争2024年所有行政村集体经济收入超过20万元。",
    "鄂温克旗争取到2025年全旗嘎查集体经济收入全部达到15万元以上。",
    "陈巴尔虎旗的目标是培育示范合作社30家。",
    "阿荣旗计划到2026年新建标准化牛棚200座。",
    "扎赉特旗预计年底前带动农户增收1200万元。",
])
def test_aims_give_no_metric(extract, text):
    assert extract(text).metrics == []


def test_money_obtained_with_zhengqu_stays_a_figure(extract):
    facts = extract("今年以来，宝日希勒镇争取到上级扶持资金18万元，用于建设牛棚。")
    assert _values(facts) == [180_000]


def test_a_clause_of_what_is_done_ends_the_aim(extract):
    facts = extract("科右前旗力争2024年新建牛棚200座，目前已建成牛棚120座。")
    assert _values(facts) == [120]


def test_a_programme_named_plan_is_no_aim(extract):
    facts = extract("科右前旗实施青年人才培育计划，培养后备干部300人。")
    assert _values(facts) == [300]
