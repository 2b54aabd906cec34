"""Townships and villages written the way unseen reports write them, and words that only look like places.

- the dataset opens some townships with their banner (四子王旗乌兰花镇); reports drop it;
- ethnic townships run long (某某达斡尔鄂温克民族乡);
- 在某某苏木， opening a sentence, and 所在地某某镇, name a township by grammar;
- 某镇在A村、B村等N个村…: the villages are in that township;
- 矿区/郊区/城区 alone are words, not districts of cities far away;
- 该镇/该乡/该苏木 point back to the nearest such place of the paragraph, not to the banner.
"""

from __future__ import annotations

import pytest

from pipeline.rules.gazetteer import load_gazetteer
from tests.rules.conftest import facts_of
from tests.rules.helpers import entities, names, pairs


def test_township_without_the_banner_prefix_of_the_dataset() -> None:
    facts = facts_of("四子王旗是牧业旗。乌兰花镇推行“网格连心”工作法。")
    assert entities(facts, "Place")["乌兰花镇"].level == "township"
    assert ("乌兰花镇", "四子王旗") in pairs(facts, "PART_OF")
    assert ("乌兰花镇", "网格连心") in pairs(facts, "IMPLEMENTS")


def test_prefix_is_cut_only_at_a_level_word() -> None:
    # 多伦诺尔镇 opens with 多伦 (多伦县's short form), which is no banner written in full: kept whole
    gaz = load_gazetteer()
    assert "诺尔镇" not in gaz.deep
    assert [d.parent for d in gaz.deep["乌兰花镇"]] == ["四子王旗"]


def test_long_ethnic_township_without_its_banner_in_the_sentence() -> None:
    facts = facts_of("阿荣旗地处岭南。在音河达斡尔鄂温克民族乡，干部群众推行“网格连心”工作法。")
    assert ("音河达斡尔鄂温克民族乡", "阿荣旗") in pairs(facts, "PART_OF")
    assert ("音河达斡尔鄂温克民族乡", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "在查干敖包苏木，牧民们推行“网格连心”工作法。",
    "在查干敖包苏木，推行“网格连心”工作法。",
])
def test_sumu_after_opening_zai_is_found_whole(text: str) -> None:
    facts = facts_of(text)
    assert "查干敖包苏木" in names(facts, "Place")
    assert ("查干敖包苏木", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "他们在发展壮大苏木，推行“网格连心”工作法。",   # 在 inside the sentence
    "在发展壮大苏木，推行“网格连心”工作法。",       # no name
    "在纯牧业苏木，推行“网格连心”工作法。",         # a description (牧业 is an everyday word)
    "在全苏木，推行“网格连心”工作法。",
    "在那个苏木，推行“网格连心”工作法。",
])
def test_no_sumu_from_words_after_zai(text: str) -> None:
    assert not [e for e in facts_of(text).entities if e.label == "Place" and e.level == "township"]


def test_town_after_seat_word() -> None:
    facts = facts_of("旗府所在地宝力根镇推行“网格连心”工作法。")
    assert ("宝力根镇", "网格连心") in pairs(facts, "IMPLEMENTS")


def test_villages_listed_after_town_zai_are_its_villages_and_the_town_acts() -> None:
    facts = facts_of("敖汉旗是农业旗。新惠镇在东井子村、西井子村、北井子村等3个村推广“庭院经济”模式。")
    part_of = pairs(facts, "PART_OF")
    for village in ("东井子村", "西井子村", "北井子村"):
        assert (village, "新惠镇") in part_of
    assert pairs(facts, "IMPLEMENTS") == {("新惠镇", "庭院经济")}


def test_no_village_list_from_categories_after_town_zai() -> None:
    facts = facts_of("新惠镇在贫困村、重点村推广“庭院经济”模式。")
    assert not [e for e in facts.entities if e.label == "Place" and e.level == "village"]


def test_generic_district_word_is_no_place() -> None:
    facts = facts_of("敖汉旗在矿区所在地开展“安全生产”行动。")
    assert "矿区" not in names(facts, "Place")
    assert pairs(facts, "IMPLEMENTS") == {("敖汉旗", "安全生产")}


def test_generic_district_after_its_city_is_a_place() -> None:
    facts = facts_of("阳泉市矿区开展“安全生产”行动。")
    assert ("矿区", "阳泉市") in pairs(facts, "PART_OF")


@pytest.mark.parametrize(("text", "place"), [
    ("莫力达瓦达斡尔族自治旗地处岭南。巴彦鄂温克民族乡推行“党建+森林”模式。该乡开展“护林积分”活动。", "巴彦鄂温克民族乡"),
    ("阿鲁科尔沁旗是牧业旗。天山镇推行“四访”工作法，该镇还开展“一网通办”服务。", "天山镇"),
    ("四子王旗是牧业旗。供济堂镇推行“四访”工作法。乌兰花镇地处旗府，该镇开展“一网通办”服务。", "乌兰花镇"),
])
def test_this_township_points_back_to_the_nearest_one(text: str, place: str) -> None:
    implements = pairs(facts_of(text), "IMPLEMENTS")
    programme = "护林积分" if "护林积分" in text else "一网通办"
    assert (place, programme) in implements
    assert not {h for h, t in implements if t == programme} - {place}


def test_this_township_with_none_named_stays_unresolved() -> None:
    # 该乡 with only a 镇 named before: no township of that kind to point to
    implements = pairs(facts_of("阿鲁科尔沁旗是牧业旗。天山镇推行“四访”工作法。该乡开展“一网通办”服务。"), "IMPLEMENTS")
    assert ("天山镇", "一网通办") not in implements


def test_township_of_two_named_banners_is_the_document_banners() -> None:
    # 双胜镇 is a township of two banners; the one the document is about (named most) is its parent,
    # not the banner of a related story's title at the end
    text = ("科尔沁左翼后旗抓实基层党建工作\n\n今年以来，科尔沁左翼后旗深化“红色管家”模式。双胜镇开展“小米共富”行动。\n"
            "科尔沁左翼后旗委表示，将持续抓实。\n\n阿鲁科尔沁旗牧区工作取得新成效\n")
    part_of = pairs(facts_of(text), "PART_OF")
    assert ("双胜镇", "科尔沁左翼后旗") in part_of
    assert ("双胜镇", "阿鲁科尔沁旗") not in part_of


@pytest.mark.parametrize("text", [
    "敖汉旗是农业旗。新惠镇推行“四访”工作法。该镇党委书记张明说，效果很好。",
    "敖汉旗是农业旗。新惠镇推行“四访”工作法。镇党委书记张明说，效果很好。",
    "敖汉旗是农业旗。四家子镇推行“两访”工作法，新惠镇推行“四访”工作法。镇长张明说，效果很好。",
])
def test_post_of_this_township_is_in_the_nearest_township(text: str) -> None:
    located = pairs(facts_of(text), "LOCATED_IN")
    assert ("张明", "新惠镇") in located
    assert ("张明", "敖汉旗") not in located


def test_bare_township_post_in_a_new_paragraph_is_not_resolved() -> None:
    located = pairs(facts_of("敖汉旗是农业旗。新惠镇推行“四访”工作法。\n镇党委书记张明说，效果很好。"), "LOCATED_IN")
    assert ("张明", "新惠镇") not in located


def test_this_rural_is_no_back_reference() -> None:
    # 该乡村旅游项目: 乡村 is a word, not 该乡 + 村
    implements = pairs(facts_of("莫力达瓦达斡尔族自治旗地处岭南。巴彦鄂温克民族乡地处东部。该乡村旅游项目推行“四访”工作法。"),
                       "IMPLEMENTS")
    assert ("巴彦鄂温克民族乡", "四访") not in implements


def test_villages_listed_after_this_township_zai() -> None:
    facts = facts_of("敖汉旗是农业旗。新惠镇地处旗府，该镇在东井子村、西井子村和北井子村等3个村推广“庭院经济”模式。")
    part_of = pairs(facts, "PART_OF")
    for village in ("东井子村", "西井子村", "北井子村"):
        assert (village, "新惠镇") in part_of
    assert pairs(facts, "IMPLEMENTS") == {("新惠镇", "庭院经济")}


def test_no_village_from_a_category_after_this_township_zai() -> None:
    facts = facts_of("敖汉旗是农业旗。新惠镇地处旗府，该镇在贫困村、重点村推广“庭院经济”模式。")
    assert not [e for e in facts.entities if e.label == "Place" and e.level == "village"]


def test_the_party_before_a_township_committee_is_no_part_of_the_township(extract):
    facts = extract("近日，中共巴音镇委员会认真落实上级部署。")
    places = {e.name for e in facts.entities if e.label == "Place"}
    assert "巴音镇" in places
    assert "中共巴音镇" not in places
