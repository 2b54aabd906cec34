"""A village whose name opens with its banner's short form is the village, not the banner.

The longest place wins: 某某特 (short form of 某某特旗) followed by more name characters and
村/嘎查 is the first part of the village's name.
"""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


def test_village_opening_with_banner_short_form() -> None:
    facts = facts_of("翁牛特旗地处沙地。乌丹镇翁牛特淖村推行“积分超市”模式。")
    assert "翁牛特淖村" in names(facts, "Place")
    assert ("翁牛特淖村", "积分超市") in pairs(facts, "IMPLEMENTS")
    assert ("翁牛特淖村", "乌丹镇") in pairs(facts, "PART_OF")
    assert ("翁牛特旗", "积分超市") not in pairs(facts, "IMPLEMENTS")


def test_short_form_with_level_word_stays_the_banner() -> None:
    # 各村 after the banner: the banner's villages, no village named 翁牛特各村
    facts = facts_of("翁牛特旗各村推行“积分超市”模式。")
    assert ("翁牛特旗", "积分超市") in pairs(facts, "IMPLEMENTS")


def test_village_right_after_gai_zhen_is_in_that_town() -> None:
    facts = facts_of("四子王旗地处草原。乌兰花镇是旗府所在地。该镇红格尔村推行“积分超市”模式。")
    assert ("红格尔村", "积分超市") in pairs(facts, "IMPLEMENTS")
    assert ("红格尔村", "乌兰花镇") in pairs(facts, "PART_OF")
    assert ("乌兰花镇", "积分超市") not in pairs(facts, "IMPLEMENTS")


def test_category_after_gai_zhen_is_no_village() -> None:
    facts = facts_of("四子王旗地处草原。乌兰花镇是旗府所在地。该镇贫困村推行“积分超市”模式。")
    assert "贫困村" not in names(facts, "Place")


def test_village_opening_with_short_form_alone_is_in_that_banner() -> None:
    facts = facts_of("阿巴嘎旗地处草原。阿巴嘎淖尔嘎查推行“积分超市”模式。")
    assert ("阿巴嘎淖尔嘎查", "积分超市") in pairs(facts, "IMPLEMENTS")
    assert ("阿巴嘎淖尔嘎查", "阿巴嘎旗") in pairs(facts, "PART_OF")
    assert "淖尔嘎查" not in names(facts, "Place")
