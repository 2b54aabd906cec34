"""The longest well-formed township name wins at its left edge over a shorter one the dataset holds.

太平庄镇 where the data holds only 平庄镇: the character before the data's name and its
first character make a word (太平), so the match is the tail of a longer name.  A verb,
a preposition or a character that makes no word with it (赴, 如, 所在地) stands before the
name and the data's township is kept.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


@pytest.mark.parametrize("text", [
    "元宝山区地处南部。太平庄镇推行“网格连心”工作法。",
    "元宝山区地处南部。在太平庄镇，干部推行“网格连心”工作法。",
    "元宝山区地处南部。干部在太平庄镇推行“网格连心”工作法。",
])
def test_longer_town_name_wins_over_the_datas_tail(text: str) -> None:
    facts = facts_of(text)
    assert "太平庄镇" in names(facts, "Place")
    assert "平庄镇" not in names(facts, "Place")
    assert ("太平庄镇", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("banner", ["元宝山区", "东胜区"])
def test_longer_town_chained_to_its_banner_wins(banner: str) -> None:
    town = "太平庄镇" if banner == "元宝山区" else "青铜川镇"
    facts = facts_of(f"{banner}{town}推行“网格连心”工作法。")
    assert (town, banner) in pairs(facts, "PART_OF")
    assert (town, "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "元宝山区地处南部。干部赴平庄镇推行“网格连心”工作法。",
    "元宝山区地处南部。如平庄镇推行“网格连心”工作法。",
    "元宝山区地处南部。在区政府所在地平庄镇，干部推行“网格连心”工作法。",
])
def test_word_before_the_datas_town_is_no_part_of_it(text: str) -> None:
    facts = facts_of(text)
    assert "平庄镇" in names(facts, "Place")
    assert not [n for n in names(facts, "Place") if n.endswith("平庄镇") and n != "平庄镇"]


@pytest.mark.parametrize("text", [
    "科尔沁右翼前旗地处岭南。\n东永兴村推行“网格连心”工作法。",
    "科尔沁右翼前旗地处岭南。\n干部在东永兴村推行“网格连心”工作法。",
])
def test_village_opening_with_a_direction_the_data_lacks_is_whole(text: str) -> None:
    facts = facts_of(text)
    assert "东永兴村" in names(facts, "Place")
    assert "永兴村" not in names(facts, "Place")


def test_village_of_the_data_after_a_boundary_is_kept() -> None:
    facts = facts_of("科尔沁右翼前旗地处岭南。\n干部在永兴村推行“网格连心”工作法。")
    assert ("永兴村", "科尔沁右翼前旗") in pairs(facts, "PART_OF")
