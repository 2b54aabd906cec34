"""A sumu's transliterated name may run to six or more characters (no dataset needed at a clause's start)."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_long_transliterated_sumu_opening_a_sentence(extract):
    facts = extract("阿巴嘎旗推进党建。额尔敦宝力格苏木敖包图嘎查党员中心户乌云其其格今年58岁。")
    assert "额尔敦宝力格苏木" in names(facts, "Place")
    assert ("敖包图嘎查", "额尔敦宝力格苏木") in pairs(facts, "PART_OF")


def test_a_long_name_of_ordinary_words_is_no_sumu(extract):
    facts = extract("阿巴嘎旗推进党建。全面加强基层组织建设苏木党委班子。")
    assert not {n for n in names(facts, "Place") if n.endswith("苏木")}
