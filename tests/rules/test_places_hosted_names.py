"""A place inside a media outlet's, an honour's or a registered company's name is no place of the report."""

from __future__ import annotations

from tests.rules.conftest import facts_of


def _places(text: str) -> set[str]:
    return {e.name for e in facts_of(text).entities if e.label == "Place"}


def test_media_outlets_name_no_place() -> None:
    text = ("锡林郭勒新闻网讯 近日，正蓝旗上都镇推进“草原书屋”工程，全镇党员积极参与。\n"
            "（通辽电视台记者 张明）")
    places = _places(text)
    assert {"正蓝旗", "上都镇"} <= places
    assert "锡林郭勒盟" not in places and "通辽市" not in places


def test_page_title_site_suffix_no_place() -> None:
    places = _places("阿荣旗推进乡村振兴_呼伦贝尔新闻网\n近日，阿荣旗那吉镇开展“党员先锋岗”活动，效果明显。")
    assert "阿荣旗" in places and "呼伦贝尔市" not in places


def test_honour_title_no_region() -> None:
    facts = facts_of("扎赉特旗音德尔镇的王芳被评为“内蒙古自治区劳动模范”和全区三八红旗手。")
    assert {e.name for e in facts.entities if e.label == "Place"} == {"扎赉特旗", "音德尔镇"}
    assert not [r for r in facts.relations if r.tail.name == "内蒙古自治区"]


def test_region_opening_company_name_no_place() -> None:
    places = _places("内蒙古绿源实业集团股份有限公司在扎赉特旗推行“企业+基地”模式。")
    assert "内蒙古自治区" not in places and "扎赉特旗" in places


def test_region_party_committee_still_a_place() -> None:
    places = _places("内蒙古自治区党委组织部在扎赉特旗开展“党员先锋岗”活动。")
    assert "内蒙古自治区" in places


def test_place_before_other_words_stays() -> None:
    places = _places("通辽市日前召开会议，部署“红色驿站”建设。")
    assert "通辽市" in places


def test_honour_of_a_banner_is_no_mention_of_it() -> None:
    places = _places("大沁他拉镇白音昌村党支部被评为奈曼旗先进基层党组织。")
    assert "奈曼旗" not in places


def test_level_of_an_honour_is_no_place() -> None:
    facts = facts_of("奈曼旗白音昌村被评为自治区级文明村，村里的丰谷合作社是通辽市级示范社。")
    places = {e.name for e in facts.entities if e.label == "Place"}
    assert "内蒙古自治区" not in places and "通辽市" not in places


def test_byline_of_a_media_centre_is_no_place() -> None:
    places = _places("（通辽融媒记者 张明）近日，奈曼旗开展“先锋领航”活动，全旗党员积极参与。")
    assert places == {"奈曼旗"}


def test_bureau_and_adverb_after_a_place_stay() -> None:
    facts = facts_of("阿荣旗广电局党支部开展“先锋领航”活动。")
    assert ("Organisation", "阿荣旗广电局", "Place", "阿荣旗") in {
        (r.head.label, r.head.name, r.tail.label, r.tail.name) for r in facts.relations if r.type == "LOCATED_IN"}
