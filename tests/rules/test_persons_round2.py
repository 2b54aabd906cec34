"""Persons and their posts: residents quoted by name, second posts, heads named by age (round 2 classes).

Sentences written for the test.
"""

import pytest

from .helpers import names, pairs


@pytest.mark.parametrize(("text", "person", "village"), [
    ("阿荣旗那吉镇东光村种植户王秀兰表示，今年大豆长得好。", "王秀兰", "东光村"),
    ("阿荣旗那吉镇东光村养殖户张建国说，今年收入不错。", "张建国", "东光村"),
])
def test_a_resident_quoted_by_name_is_a_person_of_the_village(extract, text, person, village):
    facts = extract(text)
    assert person in names(facts, "Person")
    assert (person, village) in pairs(facts, "LOCATED_IN")


@pytest.mark.parametrize("text", ["村民们说，今年收入不错。", "村民代表说，今年收入不错。", "牧民大家都说，今年好。"])
def test_a_common_noun_of_people_before_a_speech_verb_is_no_name(extract, text):
    assert names(extract(text), "Person") == set()
