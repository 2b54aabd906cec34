"""Measure words of rural reports beyond counts and money: barns, lamps, wells, seedlings, weights."""

import pytest


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("库伦旗扣河子镇新建标准化牛舍450栋。", 450, "栋"),
    ("奈曼旗大沁他拉镇安装太阳能路灯320盏。", 320, "盏"),
    ("敖汉旗新惠镇新打机电井16眼。", 16, "眼"),
    ("林西县统部镇栽植樟子松12万株。", 120_000, "株"),
    ("克什克腾旗经棚镇年销售牛肉干8000千克。", 8000, "公斤"),
    ("正蓝旗上都镇发放政策明白卡3600张。", 3600, "张"),
])
def test_measure_words(extract, text, value, unit):
    metrics = extract(text).metrics
    assert [(m.value, m.unit) for m in metrics] == [(value, unit)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("科右中旗巴彦呼舒镇存栏牛羊3.5万头只。", 35_000, "头只"),
    ("科右中旗巴彦呼舒镇存栏牛羊3.5万头（只）。", 35_000, "头只"),
    ("科右中旗巴彦呼舒镇完成农机作业1200台套。", 1200, "台套"),
    ("阿荣旗复兴镇今年种植香菇50万袋。", 500_000, "袋"),
    ("阿荣旗复兴镇在年度考核中得分96分。", 96, "分"),
])
def test_compound_units_bags_and_scores(extract, text, value, unit):
    metrics = extract(text).metrics
    assert [(m.value, m.unit) for m in metrics] == [(value, unit)]


def test_fen_without_a_word_of_scoring_is_no_figure(extract):
    facts = extract("阿荣旗复兴镇便民大厅每天8点30分开门，群众3分钟就能办完事，村民在1分地上种菜。")
    assert facts.metrics == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("宁城县八里罕镇建成光伏电站，装机容量共计6.2兆瓦。", 6.2, "兆瓦"),
    ("宁城县八里罕镇新增风电装机3万千瓦。", 30_000, "千瓦"),
    ("宁城县八里罕镇屋顶光伏年发电86万千瓦时。", 860_000, "千瓦时"),
])
def test_power_units(extract, text, value, unit):
    metrics = extract(text).metrics
    assert [(m.value, m.unit) for m in metrics] == [(value, unit)]


def test_cases_rounds_and_counts_before_da(extract):
    facts = extract("乌审旗推进基层治理，全年调解纠纷190余起，开展专项检查4轮。"
                    "乌审旗肉业公司的产品销往全国20多个大中城市。")
    got = {(m.value, m.unit, m.qualifier) for m in facts.metrics}
    assert {(190, "起", "余"), (4, "轮", None), (20, "个", "余")} <= got


def test_qi_after_a_date_is_no_unit(extract):
    facts = extract("乌审旗从2021年3月起推行积分制管理，覆盖嘎查村86个。")
    assert {(m.value, m.unit) for m in facts.metrics} == {(86, "个")}


def test_days_hours_and_camels_are_units(extract):
    facts = extract("乌审旗推行“马上办”机制，群众诉求平均办结时间由原来的5天缩短到8小时。全旗骆驼存栏1.2万余峰。")
    got = {(m.value, m.unit) for m in facts.metrics}
    assert {(5, "天"), (8, "小时"), (12_000, "峰")} <= got
