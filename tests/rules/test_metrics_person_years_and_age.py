"""A person's age is their 年龄; 有着20多年党龄 and 种了30多年水稻 are spans of the person's years."""

from __future__ import annotations


def test_age_seniority_and_years_of_work(extract):
    facts = extract("四子王旗推进党建。乌兰花镇新民村牧民巴特尔今年56岁，是一名有着20多年党龄的老党员，种了30多年燕麦。")
    got = {(m.subject.name if m.subject else None, m.indicator, m.value, m.unit) for m in facts.metrics}
    assert ("巴特尔", "年龄", 56.0, "岁") in got
    assert ("巴特尔", "党龄", 20.0, "年") in got
    assert any(s == "巴特尔" and v == 30.0 and u == "年" for s, _i, v, u in got)


def test_a_person_named_again_opening_the_sentence_and_taken_up_by_ta(extract):
    facts = extract("四子王旗推进党建。新民村村民孙宝山说，合作社帮了大忙。孙宝山家里种了45亩燕麦，"
                    "去年一家人的纯收入超过9万元。他家承包的3000亩草场上，牛羊膘肥体壮。")
    got = {m.value: m.subject.name for m in facts.metrics if m.subject}
    assert got[90_000.0] == "孙宝山"
    assert got[3000.0] == "孙宝山"
