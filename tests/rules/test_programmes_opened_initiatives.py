"""开设/开办“某某直播间”: a named initiative bodies open and run is a programme (facility types are not)."""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


def test_opened_live_room_is_a_programme_of_the_town_committee() -> None:
    facts = facts_of("四子王旗地处草原。乌兰花镇党委联合全镇12个村党支部开设“草原直播间”，帮助牧民销售牛羊肉。")
    assert "草原直播间" in names(facts, "Programme")
    imp = pairs(facts, "IMPLEMENTS")
    assert ("乌兰花镇党委", "草原直播间") in imp
    assert ("乌兰花镇", "草原直播间") not in imp  # 全镇 after 联合 qualifies the partners


def test_opened_class_is_a_programme() -> None:
    # round 3 (P2): a named class a place opens (开设“…课堂”) is a programme it runs; a …课堂
    # with no opening verb stays a facility type (test_programmes_bare_quotes)
    facts = facts_of("红格尔村开设“四点半课堂”，照看放学的孩子。")
    assert "四点半课堂" in names(facts, "Programme")
