"""A named part chosen into, or built on, a parent programme (PART_OF_PROGRAMME), and who runs which."""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs


@pytest.mark.parametrize("text, part, parent", [
    ("红岭乡党委打造的“红岭暖心”党建品牌，被确定为“沃土先锋”工程首批6个子品牌之一。", "红岭暖心", "沃土先锋"),
    ("红岭乡党委打造的“乡风暖”品牌被评为全县“沃土先锋”示范子品牌之一。", "乡风暖", "沃土先锋"),
    ("白石镇的“驼铃声声”服务品牌已列为“北疆堡垒”工程的3个子项目之一。", "驼铃声声", "北疆堡垒"),
    ("白石镇依托“草原先锋”品牌打造“白石红驼”子品牌，带动牧户120户。", "白石红驼", "草原先锋"),
    ("红岭镇借助“北疆堡垒”工程培育出“红岭先锋”党建子品牌。", "红岭先锋", "北疆堡垒"),
    ("“红驼驿站”是“草原先锋”品牌的4个子项目之一。", "红驼驿站", "草原先锋"),
])
def test_part_of_a_parent_programme(text: str, part: str, parent: str) -> None:
    assert (part, parent) in pairs(facts_of(text), "PART_OF_PROGRAMME")


def test_subject_runs_the_part_not_the_parent() -> None:
    facts = facts_of("四子王旗推行“沃土先锋”党建工程。"
                     "四子王旗红岭乡党委打造的“红岭暖心”党建品牌，被确定为“沃土先锋”工程首批6个子品牌之一。")
    imp = pairs(facts, "IMPLEMENTS")
    assert ("红岭乡党委", "红岭暖心") in imp
    assert ("红岭乡党委", "沃土先锋") not in imp
    assert ("四子王旗", "沃土先锋") in imp  # named as its runner in a sentence of its own


@pytest.mark.parametrize("text", [
    "红岭乡党委打造的“乡风暖”品牌被评为全县“沃土先锋”示范村。",  # a title, no part of a programme
    "红岭乡依托“草原先锋”品牌打造“白石红驼”品牌。",  # no word for a sub-brand
    "红岭乡推行“乡风暖”机制，开展“沃土先锋”活动。",
])
def test_no_part_without_the_grammar(text: str) -> None:
    assert not pairs(facts_of(text), "PART_OF_PROGRAMME")
