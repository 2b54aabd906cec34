"""试点 governs a quoted practice like 推行: 某镇党委在某村试点“积分超市” implements it."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_piloted_practice(extract):
    facts = extract("四子王旗推进党建。乌兰花镇党委在新民村试点“积分超市”，村民凭积分兑换日用品。")
    assert "积分超市" in names(facts, "Programme")
    assert ("乌兰花镇党委", "积分超市") in pairs(facts, "IMPLEMENTS")
