"""Bodies named by a person (某某养殖专业合作社, 某某家庭农场): one organisation, no person mention.

Sentences written for the test.
"""

from .helpers import entities, names


def test_a_cooperative_named_by_a_member_after_a_people_noun(extract):
    facts = extract("牧民韩立军养殖专业合作社带动20户牧民增收。")
    assert "韩立军养殖专业合作社" in names(facts, "Organisation")
    assert "韩立军" not in names(facts, "Person")


def test_a_family_farm_named_by_its_owner(extract):
    facts = extract("韩立军家庭农场今年流转土地300亩。")
    assert entities(facts, "Organisation")["韩立军家庭农场"].kind == "enterprise"
    assert names(facts, "Person") == set()


def test_a_family_farm_after_a_township(extract):
    facts = extract("阿荣旗那吉镇韩立军家庭农场种植大豆300亩。")
    assert "那吉镇韩立军家庭农场" in names(facts, "Organisation")


def test_family_farms_of_a_banner_name_none(extract):
    facts = extract("阿荣旗家庭农场不断发展壮大，家庭农场主收入明显提高。")
    assert names(facts, "Organisation") == set()


def test_a_people_noun_before_a_generic_cooperative_names_none(extract):
    assert names(extract("牧民专业合作社带动20户增收。"), "Organisation") == set()


def test_a_place_and_a_people_noun_before_a_cooperative_named_by_a_member(extract):
    facts = extract("阿荣旗牧民韩立军养殖专业合作社带动20户增收。")
    assert "韩立军养殖专业合作社" in names(facts, "Organisation")
    assert "韩立军" not in names(facts, "Person")
