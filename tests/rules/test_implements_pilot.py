"""试点 governs a quoted practice like 推行: 某镇党委在某村试点“积分超市” implements it."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_piloted_practice(extract):
    facts = extract("四子王旗推进党建。乌兰花镇党委在新民村试点“积分超市”，村民凭积分兑换日用品。")
    assert "积分超市" in names(facts, "Programme")
    assert ("乌兰花镇党委", "积分超市") in pairs(facts, "IMPLEMENTS")


def test_a_named_body_opening_the_sentence_acts_in_the_town_after_zai(extract):
    facts = extract("四子王旗推进党建。四子王旗马术协会在乌兰花镇开展“马术进乡村”活动，组建马术队31支。")
    implements = pairs(facts, "IMPLEMENTS")
    assert ("四子王旗马术协会", "马术进乡村") in implements
    assert ("乌兰花镇", "马术进乡村") not in implements
