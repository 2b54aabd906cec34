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


@pytest.mark.parametrize("text", [
    "扎兰屯市部分村经营性收入占比不足30%，党员人数达到860名。",
    "扎兰屯市部分村经营性收入占比不到30%，党员人数达到860名。",
    "扎兰屯市部分村经营性收入占比低于30%，党员人数达到860名。",
    "扎兰屯市部分村经营性收入占比降到30%以下，党员人数达到860名。",
])
def test_an_upper_bound_is_no_figure(extract, text):
    # FORMAT.md's qualifiers (余, 近, 超过, 以上) cannot say "less than": the bound is left out
    assert [(m.value, m.unit) for m in extract(text).metrics] == [(860, "名")]


@pytest.mark.parametrize("text", [
    "扎兰屯市每个村运转经费不低于20万元。",
    "扎兰屯市每个村运转经费不少于20万元。",
])
def test_a_lower_bound_is_a_figure_above(extract, text):
    assert [(m.value, m.qualifier) for m in extract(text).metrics] == [(200_000, "以上")]


def test_percentage_points_are_a_unit_of_their_own(extract):
    facts = extract("扎兰屯市农商银行的贷款利率较普通贷款低1.5个百分点。")
    assert [(m.value, m.unit) for m in facts.metrics] == [(1.5, "个百分点")]
