"""Organisation names: left edges, chained places, verb phrases, bank branches (round 2 classes).

Sentences written for the test.
"""

import pytest

from .helpers import names, pairs


@pytest.mark.parametrize(("text", "org"), [
    ("2023年，该旗与呼和浩特市金禾乳业有限公司签订合作协议。", "呼和浩特市金禾乳业有限公司"),
    ("该旗与呼和浩特金禾乳业有限公司签订合作协议。", "呼和浩特金禾乳业有限公司"),
])
def test_a_he_inside_a_place_name_is_no_conjunction(extract, text, org):
    assert org in names(extract(text), "Organisation")


def test_a_verbs_characters_inside_a_place_name_do_not_end_the_name(extract):
    facts = extract("2021年，阿荣旗那吉镇联合村金穗种植专业合作社成立。")
    assert names(facts, "Organisation") == {"联合村金穗种植专业合作社"}


@pytest.mark.parametrize("text", [
    "巴彦高勒镇则发挥协会作用，组织农户种植。",
    "公司按保护价收购合作社的蔬菜。",
])
def test_a_verb_phrase_ending_in_a_kind_word_is_no_name(extract, text):
    assert names(extract(text), "Organisation") == set()


@pytest.mark.parametrize(("text", "branch"), [
    ("鄂尔多斯农村商业银行乌审支行为牧民发放贷款。", "鄂尔多斯农村商业银行乌审支行"),
    ("通辽农村商业银行科左中旗支行为牧民发放贷款。", "通辽农村商业银行科左中旗支行"),
])
def test_a_wider_banks_branch_named_by_a_banner_is_the_body(extract, text, branch):
    assert names(extract(text), "Organisation") == {branch}


def test_a_branch_named_by_a_banners_short_form_is_in_that_banner(extract):
    facts = extract("鄂尔多斯农村商业银行乌审支行为乌审旗牧民发放贷款。")
    assert ("鄂尔多斯农村商业银行乌审支行", "乌审旗") in pairs(facts, "LOCATED_IN")


def test_a_banner_and_town_opening_a_sentence_belong_to_the_name(extract):
    facts = extract("扎赉特旗巴彦高勒镇金穗种植协会在镇党委指导下成立。巴彦高勒镇金穗种植协会现有会员260户。")
    assert "扎赉特旗巴彦高勒镇金穗种植协会" in names(facts, "Organisation")
    assert "巴彦高勒镇金穗种植协会" not in names(facts, "Organisation")  # the later mention: the same body
    assert pairs(facts, "LOCATED_IN") >= {("扎赉特旗巴彦高勒镇金穗种植协会", "巴彦高勒镇")}


@pytest.mark.parametrize("text", [
    "东光村金穗种植专业合作社成立于2019年。这家合作社带动农户120户，实施“一村一品”工程。",
    "东光村金穗种植专业合作社成立于2019年。那吉镇东光村这家合作社带动农户120户。",
])
def test_a_demonstrative_and_a_kind_word_is_no_body_of_its_own(extract, text):
    facts = extract(text)
    assert names(facts, "Organisation") == {"东光村金穗种植专业合作社"}


def test_relations_on_a_demonstrative_go_to_the_body_named(extract):
    facts = extract("东光村金穗种植专业合作社成立于2019年。这家合作社带动农户120户，实施“一村一品”工程。")
    assert ("东光村金穗种植专业合作社", "一村一品") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "2019年，阿荣旗那吉镇东光村成立了东光村金穗种植专业合作社。那吉镇东光村合作社统一种植的大豆。",
    "那吉镇东光村合作社统一种植的大豆。后来，东光村金穗种植专业合作社成立。",
])
def test_a_village_and_the_bare_kind_word_refers_to_its_named_cooperative(extract, text):
    assert names(extract(text), "Organisation") == {"东光村金穗种植专业合作社"}
