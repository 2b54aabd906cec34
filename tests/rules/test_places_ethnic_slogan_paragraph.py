"""Places: an ethnic banner's short form used for the people, slogans cut at 乡村, a village's town by paragraph.

- 鄂伦春 before 民族/民俗/族 … names the people (某某鄂伦春民族乡, 鄂伦春民俗馆), not 鄂伦春自治旗;
- 抓党建促乡村振兴 holds no township (促乡 is cut from the word 乡村; 抓/促/推/党建 are a slogan's);
- a village the data holds under two towns of one county is in the town its own paragraph names.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


@pytest.mark.parametrize("text", [
    "呼伦贝尔市是林区。鄂伦春民俗博物馆去年接待游客3万人次。",
    "呼伦贝尔市是林区。当地鄂伦春民族手工艺合作社有社员40人。",
    "呼伦贝尔市是林区。鄂伦春语培训班开班。",
])
def test_ethnic_short_form_before_a_people_word_is_no_banner(text: str) -> None:
    assert "鄂伦春自治旗" not in names(facts_of(text), "Place")


def test_ethnic_banner_by_its_own_short_form_stays() -> None:
    assert "鄂伦春自治旗" in names(facts_of("呼伦贝尔市是林区。鄂伦春旗有猎民新村5个。"), "Place")


@pytest.mark.parametrize("text", [
    "科尔沁右翼中旗抓党建促乡村振兴。",
    "科尔沁右翼中旗推党建促镇村同步发展：成效明显",
])
def test_slogan_gives_no_township(text: str) -> None:
    assert names(facts_of(text), "Place") <= {"科尔沁右翼中旗", "兴安盟"}


def test_township_chained_to_its_banner_still_found() -> None:
    assert ("巴彦呼舒镇", "科尔沁右翼中旗") in pairs(facts_of("科尔沁右翼中旗巴彦呼舒镇有居民3万人。"), "PART_OF")


def test_village_of_two_towns_goes_to_the_town_of_its_paragraph() -> None:
    text = ("兴和县是农业县。\n"
            "五股泉乡是产粮大乡，该乡由石湾子村党支部领办合作社。\n"
            "城关镇是县城所在地，城关镇人口最多，城关镇面积最大。")
    got = pairs(facts_of(text), "PART_OF")
    assert ("石湾子村", "五股泉乡") in got
    assert ("石湾子村", "城关镇") not in got
