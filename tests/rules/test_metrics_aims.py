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
    "下一步，突泉县将新建温室大棚300座。",
    "突泉县拟投资800万元建设冷链物流中心。",
    "突泉县确保每个嘎查村集体经济收入达到8万元以上。",
])
def test_aims_give_no_metric(extract, text):
    assert extract(text).metrics == []


@pytest.mark.parametrize("text", ["今年以来，宝日希勒镇争取到上级扶持资金18万元，用于建设牛棚。",
                                  "宝日希勒镇积极争取到2023年度中央财政衔接资金18万元。"])
def test_money_obtained_with_zhengqu_stays_a_figure(extract, text):
    assert _values(extract(text)) == [180_000]


def test_a_clause_of_what_is_done_ends_the_aim(extract):
    facts = extract("科右前旗力争2024年新建牛棚200座，目前已建成牛棚120座。")
    assert _values(facts) == [120]


def test_a_programme_named_plan_is_no_aim(extract):
    facts = extract("科右前旗实施青年人才培育计划，培养后备干部300人。")
    assert _values(facts) == [300]


def test_a_threshold_with_yishang_de_is_no_figure(extract):
    facts = extract("截至2023年底，扎赉特旗集体经济收入50万元以上的村有41个。")
    assert [(m.value, m.unit) for m in facts.metrics] == [(41, "个")]


def test_a_threshold_with_chaoguo_de_is_no_figure(extract):
    facts = extract("乌审旗集体经济收入超过10万元的嘎查村达到64个。")
    assert [(m.value, m.unit) for m in facts.metrics] == [(64, "个")]


def test_a_norm_or_share_with_bu_di_yu_de_stays_a_figure(extract):
    facts = extract("杭锦旗按照每个嘎查村运转经费不低于12万元的标准足额拨付，带动不少于30%的农户入股。")
    assert sorted(m.value for m in facts.metrics) == [30, 120_000]


def test_jiang_of_disposal_and_moni_are_no_aims(extract):
    facts = extract("突泉县将120名党员编入产业党小组，模拟投资800万元。")
    assert sorted(m.value for m in facts.metrics) == [120, 8_000_000]


def test_an_aim_word_with_le_is_done(extract):
    facts = extract("突泉县确保了1200户脱贫户稳定增收。")
    assert [m.value for m in facts.metrics] == [1200]


@pytest.mark.parametrize("text", ["扎赉特旗集体经济收入50万元及以上的村有8个。",
                                  "扎赉特旗集体经济收入10万元的村有8个。",
                                  "扎赉特旗新增集体经济收入10万元以上村8个。"])
def test_bounds_of_a_category_of_villages_are_no_figures(extract, text):
    assert [(m.value, m.unit) for m in extract(text).metrics] == [(8, "个")]
