"""Places: department words, towns named like a banner's short form, ethnic townships (sentences written here)."""

from __future__ import annotations

from policykg.facts import DocumentFacts
from tests.rules.conftest import facts_of

from .helpers import names


def _places(f: DocumentFacts) -> set[str]:
    return names(f, "Place")


def _part_of(f: DocumentFacts) -> set[tuple[str, str]]:
    return {(r.head.name, r.tail.name) for r in f.relations if r.type == "PART_OF"}


def test_city_and_countryside_word_is_no_township() -> None:
    # 城乡 (and 城镇) is a word: 住房和城乡建设局 is a department, not a township 住房和城乡
    f = facts_of("扎赉特旗住房和城乡建设局、扎赉特旗城镇管理局联合开展危房排查。")
    assert _places(f) == {"扎赉特旗"}


def test_town_named_like_a_banner_short_form_is_the_town() -> None:
    f = facts_of("科右前旗科尔沁镇党委组织各嘎查开展人居环境整治。")
    assert "科尔沁镇" in _places(f)
    assert "科尔沁区" not in _places(f)
    assert ("科尔沁镇", "科尔沁右翼前旗") in _part_of(f)


def test_short_form_before_level_words_stays_the_place() -> None:
    # 乡镇/乡村 after a short form are words, not a township's suffix
    f = facts_of("通辽乡镇干部下沉一线，助力乡村振兴。")
    assert "通辽市" in _places(f)


def test_ethnic_township_is_not_split_by_the_nationality_word() -> None:
    f = facts_of("莫力达瓦达斡尔族自治旗巴彦鄂温克民族乡组织党员开展志愿服务。")
    assert "巴彦鄂温克民族乡" in _places(f)
    assert "鄂温克族自治旗" not in _places(f)
    assert ("巴彦鄂温克民族乡", "莫力达瓦达斡尔族自治旗") in _part_of(f)


def test_townships_with_zu_or_tun_after_their_banner() -> None:
    f = facts_of("阿荣旗孟家屯朝鲜族乡和宝泉屯乡先后建立了村级服务站。")
    assert {"孟家屯朝鲜族乡", "宝泉屯乡"} <= _places(f)
    assert ("孟家屯朝鲜族乡", "阿荣旗") in _part_of(f)
