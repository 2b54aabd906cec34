"""Bare quotes that are nicknames, labels or figures (P1) and named classes bodies open (P2)."""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names


@pytest.mark.parametrize("text, figure", [
    ("青柳县地处大河“月牙湾”西北岸，全县辖5个镇。", "月牙湾"),
    ("白石旗位于山脉“金腰带”南麓，辖3个苏木。", "金腰带"),
    ("青柳县电商协会联合全县85名党员“直播能手”开展“青柳好物节”活动。", "直播能手"),
    ("红岭镇组织一批农民“土秀才”开展技术指导。", "土秀才"),
    ("红岭镇则在畜牧业的“下半场比赛”上下功夫。", "下半场比赛"),
    ("白石镇在乳业的“后续大文章”上做文章。", "后续大文章"),
    ("过去扔在田里的“残次瓜”如今每斤也能卖到0.5元。", "残次瓜"),
    ("党员示范棚成为新品种推广的“练兵场”，带动农户120户。", "练兵场"),
])
def test_bare_figure_is_no_programme(text: str, figure: str) -> None:
    assert figure not in names(facts_of(text), "Programme")


@pytest.mark.parametrize("text, programme", [
    ("红岭镇党委推行“田间议事会”机制，群众参与议事。", "田间议事会"),
    ("红岭镇开展“乡村好声音”评选活动。", "乡村好声音"),
    ("红岭镇党委开展“党员联户”，每名党员联系10户。", "党员联户"),
    # named elsewhere in the report as a practice: the bare mention counts too
    ("红岭镇推行“金牌调解员”机制。全镇42名党员“金牌调解员”上门服务。", "金牌调解员"),
])
def test_quote_with_kind_verb_or_other_mention_stays_a_programme(text: str, programme: str) -> None:
    assert programme in names(facts_of(text), "Programme")


@pytest.mark.parametrize("text, programme", [
    ("白石镇党委在各村开设“周末小课堂”，辅导留守儿童功课。", "周末小课堂"),
    ("青柳县妇联开办“巾帼创业夜校”，培训妇女320人次。", "巾帼创业夜校"),
    ("红岭镇开设了3个“乡村振兴讲堂”，邀请专家授课。", "乡村振兴讲堂"),
])
def test_named_class_opened_by_bodies_is_a_programme(text: str, programme: str) -> None:
    assert programme in names(facts_of(text), "Programme")


def test_class_type_without_an_opening_verb_is_still_no_programme() -> None:
    assert "周末小课堂" not in names(facts_of("孩子们在“周末小课堂”里写作业。"), "Programme")
