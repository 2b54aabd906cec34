"""Persons whose given name holds 和 (和平, 春和), framed by a role cue or a speech verb.

Sentences written for the test.
"""

import pytest

from .helpers import entities, names


@pytest.mark.parametrize(("text", "person", "role"), [
    ("阿荣旗党员孙和平说，今年村里的路修好了。", "孙和平", "党员"),
    ("驻村第一书记周春和介绍，合作社今年分红20万元。", "周春和", "第一书记"),
    ("“日子越过越好了。”牧民韩和顺说。", "韩和顺", "牧民"),
])
def test_a_given_name_with_he_after_a_role_cue(extract, text, person, role):
    assert entities(extract(text), "Person")[person].role == role


def test_a_given_name_with_he_opening_a_speech_frame(extract):
    assert "孙和平" in names(extract("孙和平说，今年村里的路修好了。"), "Person")


@pytest.mark.parametrize("text", [
    "村党支部书记孙和李明一起走访困难户。",  # 和 joins two names
    "党员孙和群众一起清理村道。",  # 和 joins a name and a noun
    "第一书记孙和刘说，今年的收成不错。",  # 和 before a surname
])
def test_he_as_a_conjunction_makes_no_name_with_it(extract, text):
    assert not any("和" in n for n in names(extract(text), "Person"))


def test_a_given_name_with_he_listed_after_another(extract):
    facts = extract("党员李明、孙和平说，今年的收成不错。")
    assert entities(facts, "Person")["孙和平"].role == "党员"


def test_a_given_name_with_he_before_de(extract):
    assert "孙和平" in names(extract("牧民孙和平的羊今年卖了好价钱。"), "Person")
