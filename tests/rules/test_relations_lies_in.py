"""某镇是某旗的…, 某嘎查位于某苏木…: a place that says which place it lies in is PART_OF it (basis text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, child, parent", [
    ("嘎鲁图镇是乌审旗的中心城镇，全镇有党员860名。", "嘎鲁图镇", "乌审旗"),
    ("乌审旗推进边境治理。嘎鲁图镇位于乌审旗中部。", "嘎鲁图镇", "乌审旗"),
    # a township no dataset holds, found by its committee's name; the data gives it no parent
    ("乌审旗推进边境治理。希日塔拉镇是乌审旗的边境重镇。希日塔拉镇党委组建护边队，全年巡逻1200余次。",
     "希日塔拉镇", "乌审旗"),
])
def test_a_township_that_says_where_it_lies(extract, text, child, parent):
    rels = {(r.head.name, r.tail.name, r.basis) for r in extract(text).relations if r.type == "PART_OF"}
    assert (child, parent, "text") in rels


def test_a_banner_after_shi_is_no_parent_of_a_banner(extract):
    facts = extract("乌审旗是鄂托克旗的近邻。")
    assert not [r for r in facts.relations if r.type == "PART_OF" and r.head.name == "乌审旗"
                and r.tail.name == "鄂托克旗"]
