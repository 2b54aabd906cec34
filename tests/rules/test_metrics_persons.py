"""Figures about persons: an age written before the name, years of work, and figures in speech."""

import pytest

_NAMED = "阿荣旗东光村村民王秀英发展庭院经济。"


def _subjects(facts):
    return {(m.value, m.unit, m.subject.label, m.subject.name) for m in facts.metrics}


@pytest.mark.parametrize("sentence", ["今年68岁的王秀英养牛12头。", "今年68岁的村民王秀英，去年养牛12头。",
                                      "东光村今年68岁的王秀英，养牛12头。"])
def test_an_age_before_the_name_is_the_persons(extract, sentence):
    facts = extract(_NAMED + sentence)
    assert _subjects(facts) == {(68, "岁", "Person", "王秀英"), (12, "头", "Person", "王秀英")}


def test_an_age_before_a_role_and_name_found_by_its_cue(extract):
    facts = extract("今年68岁的东光村党支部书记王秀英带领村民发展大豆种植。")
    assert _subjects(facts) == {(68, "岁", "Person", "王秀英")}


@pytest.mark.parametrize("sentence", ["全村60岁的老人有120人。", "今年68岁的老人在村里养牛12头。"])
def test_an_age_describing_no_one_named_is_no_figure(extract, sentence):
    assert all(m.unit != "岁" for m in extract(_NAMED + sentence).metrics)


@pytest.mark.parametrize(("sentence", "years", "indicator"), [
    ("东光村党支部书记王秀英已有12年党龄。", 12, "党龄"),
    ("东光村党支部书记王秀英已在村里工作15年。", 15, "工作"),
    ("东光村党支部书记王秀英担任村党支部书记已有8年。", 8, "担任村党支部书记已有"),
])
def test_years_in_post_are_the_persons(extract, sentence, years, indicator):
    metrics = extract(sentence).metrics
    assert [(m.value, m.unit, m.subject.name, m.indicator) for m in metrics] == [(years, "年", "王秀英", indicator)]


def test_years_that_are_no_persons_are_no_figures(extract):
    assert extract("东光村绿源杂粮种植专业合作社成立已有5年。东光村已有3年没有发生火灾。").metrics == []
