"""A person's age is their 年龄; 有着20多年党龄 and 种了30多年水稻 are spans of the person's years."""

from __future__ import annotations


def test_age_seniority_and_years_of_work(extract):
    facts = extract("四子王旗推进党建。乌兰花镇新民村牧民巴特尔今年56岁，是一名有着20多年党龄的老党员，种了30多年燕麦。")
    got = {(m.subject.name if m.subject else None, m.indicator, m.value, m.unit) for m in facts.metrics}
    assert ("巴特尔", "年龄", 56.0, "岁") in got
    assert ("巴特尔", "党龄", 20.0, "年") in got
    assert any(s == "巴特尔" and v == 30.0 and u == "年" for s, _i, v, u in got)
