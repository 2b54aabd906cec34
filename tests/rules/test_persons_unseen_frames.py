"""Persons named by their age before the name and a post after 是."""

from .helpers import names, pairs


def test_age_before_the_name_and_the_post_after_shi(extract):
    facts = extract("新胜村位于阿荣旗那吉镇。今年56岁的赵德胜是新胜村党支部书记。")
    assert "赵德胜" in names(facts, "Person")
    assert ("赵德胜", "新胜村党支部") in pairs(facts, "LEADS")
    assert ("赵德胜", "新胜村") in pairs(facts, "LOCATED_IN")
    assert ("赵德胜", "阿荣旗") not in pairs(facts, "LOCATED_IN")


def test_a_post_holders_relative_does_not_lead(extract):
    facts = extract("新胜村位于阿荣旗那吉镇。今年56岁的赵德胜是新胜村党支部书记的爱人。")
    assert not any(h == "赵德胜" for h, _t in pairs(facts, "LEADS"))


def test_a_speaker_after_the_closing_quote_even_with_an_everyday_name(extract):
    facts = extract("“今年收成不错。”牧民金花说。")
    assert "金花" in names(facts, "Person")


def test_a_mostly_transliterated_speaker_saying_it_gladly(extract):
    facts = extract("“草场越来越好了。”牧民格日乐图高兴地说。")
    assert "格日乐图" in names(facts, "Person")


def test_no_quote_before_no_speaker_frame(extract):
    facts = extract("今年收成不错。牧民金花说。")
    assert "金花" not in names(facts, "Person")


def test_people_in_general_after_a_quote_are_no_person(extract):
    facts = extract("“今年收成不错。”牧民们说。")
    assert names(facts, "Person") == set()
