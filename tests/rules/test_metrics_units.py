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
