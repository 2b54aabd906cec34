"""“A”涵盖“B”“C”两个子品牌: B and C are parts of A; “A”是某旗落实“P”工程打造的品牌: A is a part of P."""

from __future__ import annotations

from tests.rules.helpers import pairs


def test_sub_brands_covered_and_the_brand_built_under_a_project(extract):
    facts = extract("四子王旗推进党建。“红格尔先锋”是四子王旗落实“北疆先锋”工程打造的旗级党建品牌，"
                    "涵盖“守边哨所”“牧民之家”两个子品牌。")
    parts = pairs(facts, "PART_OF_PROGRAMME")
    assert {("守边哨所", "红格尔先锋"), ("牧民之家", "红格尔先锋"), ("红格尔先锋", "北疆先锋")} <= parts
    assert ("守边哨所", "北疆先锋") not in parts


def test_a_list_not_closed_by_a_sub_word_is_no_part(extract):
    facts = extract("四子王旗推进党建。四子王旗打造“红格尔先锋”品牌，内容包括“守边哨所”“牧民之家”等。")
    assert not pairs(facts, "PART_OF_PROGRAMME")
