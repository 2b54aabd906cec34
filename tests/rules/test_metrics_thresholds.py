"""Bounds that define a set or a criterion are no figures; the count of the set is."""

import pytest


@pytest.mark.parametrize("text", [
    "阿荣旗选拔年龄在35岁以下的优秀青年担任村级后备干部，共储备120名。",
    "阿荣旗选拔年龄在35岁以下、具有大专以上学历的优秀青年担任后备干部120名。",
    "阿荣旗储备35岁以下年轻干部120名。",
])
def test_an_age_bound_is_a_criterion(extract, text):
    assert [(m.value, m.unit) for m in extract(text).metrics] == [(120, "名")]


def test_an_average_age_below_a_bound_is_a_figure(extract):
    assert [m.value for m in extract("阿荣旗新当选的村党组织书记平均年龄降至45岁以下。").metrics] == [45]


@pytest.mark.parametrize("text", [
    "阿荣旗集体经济收入突破50万元大关的行政村有12个。",
    "阿荣旗有12个行政村集体经济收入突破了50万元。",
    "阿荣旗集体经济收入超过50万元的嘎查村达到12个。",
])
def test_the_bound_of_a_set_of_villages_is_no_figure(extract, text):
    assert [(m.value, m.unit) for m in extract(text).metrics] == [(12, "个")]


def test_a_bound_all_villages_reached_is_a_figure(extract):
    facts = extract("阿荣旗126个嘎查村集体经济收入全部达到10万元以上。")
    assert {m.value for m in facts.metrics} == {126, 100_000}


def test_chaoguo_le_is_read_as_above(extract):
    facts = extract("东光村集体经济收入超过了40万元。")
    assert [(m.value, m.qualifier) for m in facts.metrics] == [(400_000, "超过")]
