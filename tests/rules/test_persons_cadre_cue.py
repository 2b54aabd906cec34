"""干部 before a name is a role cue (驻村干部王某某); an idiom (任劳任怨) or a duty (包牧户, 包联) after it is no name."""

from __future__ import annotations

import pytest

from tests.rules.helpers import names, pairs


def test_a_cadre_named_after_the_cue(extract):
    facts = extract("四子王旗推进党建。吉生太镇包村干部李红梅牵头成立了红梅种植专业合作社。")
    assert "李红梅" in names(facts, "Person")
    assert ("李红梅", "红梅种植专业合作社") in pairs(facts, "LEADS")


@pytest.mark.parametrize("text", [
    "四子王旗推进党建。党员干部任劳任怨，扎根基层。",
    "四子王旗推进党建。由旗级领导包苏木镇、党员干部包牧户，领导干部包联7个苏木镇。",
])
def test_no_name_after_the_cue(extract, text):
    assert not names(extract(text), "Person")


def test_a_returned_graduate_named_after_the_cue(extract):
    facts = extract("四子王旗推进党建。在乌兰花镇新民村，返乡大学生刘晓东的农机合作社格外红火。大学生创业热情高涨。")
    assert names(facts, "Person") == {"刘晓东"}
