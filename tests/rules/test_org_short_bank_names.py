"""A national bank's local office by its short name (农行, 建行 …) with a place next to it.

Sentences written for the test.
"""

import pytest

from .helpers import entities, names


@pytest.mark.parametrize(("text", "bank"), [
    ("阿荣旗农行为种植户发放春耕贷款。", "阿荣旗农行"),
    ("阿荣旗农行那吉支行为种植户发放春耕贷款。", "阿荣旗农行那吉支行"),
    ("库伦旗建行营业部为牧民发放贷款500万元。", "库伦旗建行营业部"),
    ("农行阿荣旗支行为种植户发放春耕贷款。", "农行阿荣旗支行"),
])
def test_a_place_and_a_short_bank_name(extract, text, bank):
    assert entities(extract(text), "Organisation")[bank].kind == "bank"


def test_a_bare_short_bank_name_is_no_body(extract):
    assert names(extract("农行与工行联合开展金融知识进万家活动。"), "Organisation") == set()


def test_jian_hang_across_two_words_is_no_bank(extract):
    assert names(extract("阿荣旗新建行政村办公场所3处。"), "Organisation") == set()


@pytest.mark.parametrize(("text", "bank"), [
    ("阿荣旗邮储银行那吉支行为种植户发放贷款。", "阿荣旗邮储银行那吉支行"),  # a national bank's office
    ("阿荣旗农商行那吉支行为种植户发放贷款。", "阿荣旗农商行"),  # a local bank's office: the bank
    ("阿荣旗农村信用社那吉信用社为种植户发放贷款。", "阿荣旗农村信用社"),  # no 社那吉信用社 piece
])
def test_a_bank_and_its_named_office(extract, text, bank):
    assert names(extract(text), "Organisation") == {bank}


def test_offices_of_a_bank_not_named_leave_the_bank(extract):
    facts = extract("阿荣旗农商行所属支行为种植户发放贷款。")
    assert names(facts, "Organisation") == {"阿荣旗农商行"}


def test_a_city_banks_branch_named_by_a_district_is_the_body(extract):
    facts = extract("东河区推进金融工作，包头农村商业银行东河支行累计发放贷款1.3亿元。")
    orgs = {e.name for e in facts.entities if e.label == "Organisation"}
    assert "包头农村商业银行东河支行" in orgs
