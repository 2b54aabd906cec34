"""A与B签订“X”协议 / 开展“X”结对共建, then a clause with no subject of its own that 推出/开展“Y”: both run Y."""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs


@pytest.mark.parametrize("text, a, b, y", [
    ("红岭镇党委与四子王旗农村信用合作联社签订“金穗助农”合作协议，推出“牧民e贷”专属产品。",
     "红岭镇党委", "四子王旗农村信用合作联社", "牧民e贷"),
    ("红岭镇党委与四子王旗农村信用合作联社签订合作协议，推出“驼乡贷”产品。",
     "红岭镇党委", "四子王旗农村信用合作联社", "驼乡贷"),
    ("红岭镇与四子王旗农村信用合作联社开展“银村结对”结对共建，推出“驼乡贷”产品。",
     "红岭镇", "四子王旗农村信用合作联社", "驼乡贷"),
])
def test_both_parties_run_what_the_next_clause_launches(text: str, a: str, b: str, y: str) -> None:
    imp = pairs(facts_of(text), "IMPLEMENTS")
    assert (a, y) in imp
    assert (b, y) in imp


def test_a_clause_with_its_own_subject_is_that_subject_s() -> None:
    imp = pairs(facts_of("红岭镇党委与四子王旗农村信用合作联社签订合作协议，联社推出“驼乡贷”产品。"), "IMPLEMENTS")
    assert ("红岭镇党委", "驼乡贷") not in imp
