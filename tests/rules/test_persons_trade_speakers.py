"""Residents quoted by name after a noun of their trade (果农, 菜农, 牧户, 种粮大户 …), also over 一边…一边…说."""

from .helpers import names, pairs


def test_a_fruit_grower_of_the_town_speaking(extract):
    facts = extract("红柳镇是杭锦旗的一个农业镇。红柳镇果农孙广福说：“今年的苹果卖上了好价钱。”")
    assert "孙广福" in names(facts, "Person")
    assert ("孙广福", "红柳镇") in pairs(facts, "LOCATED_IN")


def test_a_vegetable_grower_speaking_over_two_actions(extract):
    facts = extract("在杭锦旗吉日嘎朗图镇，菜农郭永福一边装箱，一边说，今年的番茄不愁卖。")
    assert "郭永福" in names(facts, "Person")
    assert ("郭永福", "吉日嘎朗图镇") in pairs(facts, "LOCATED_IN")


def test_an_aged_grower_of_the_village_named_before(extract):
    facts = extract("宁城县大城子镇柳树营子村是个果业村。66岁的果农吴长海一边分拣苹果，一边笑着说：“日子越过越好。”")
    assert "吴长海" in names(facts, "Person")
    assert ("吴长海", "柳树营子村") in pairs(facts, "LOCATED_IN")


def test_a_large_grain_grower_and_a_herding_household(extract):
    facts = extract("锡尼镇巴音嘎查养殖大户那日苏说，合作社帮了大忙。锡尼镇牧户斯琴巴特尔高兴地说：“草场好了。”")
    assert {"那日苏", "斯琴巴特尔"} <= names(facts, "Person")
    assert ("那日苏", "巴音嘎查") in pairs(facts, "LOCATED_IN")


def test_people_in_general_are_no_person(extract):
    facts = extract("红柳镇果农们说，今年价格不错。返乡青年们一边直播，一边说：“家乡的东西好卖。”")
    assert names(facts, "Person") == set()


def test_no_speech_verb_ending_the_clause_no_person(extract):
    facts = extract("红柳镇农户增收说明政策有效。菜农王大爷说，今年好。")
    assert names(facts, "Person") == set()


def test_a_grower_introducing_with_a_smile(extract):
    facts = extract("宁城县大城子镇柳树营子村是个果业村。果农赵长山笑着介绍，今年苹果价格好。村民代表介绍，收成不错。")
    assert names(facts, "Person") == {"赵长山"}
    assert ("赵长山", "柳树营子村") in pairs(facts, "LOCATED_IN")
