"""A committee's department (某县委组织部) acts for itself; the committee itself (某县委) speaks for its place."""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs


def test_department_as_subject_implements_alone() -> None:
    imp = pairs(facts_of("四子王旗委组织部实施“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗委组织部", "头雁领航") in imp
    assert ("四子王旗", "头雁领航") not in imp


def test_committee_itself_still_speaks_for_its_place() -> None:
    imp = pairs(facts_of("四子王旗委实施“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗", "头雁领航") in imp


def test_clause_of_the_whole_banner_is_the_places() -> None:
    imp = pairs(facts_of("四子王旗委组织部牵头，全旗推行“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗", "头雁领航") in imp
    assert ("四子王旗委组织部", "头雁领航") not in imp


def test_department_and_bank_branch_act_together_and_the_branch_alone_after_gai() -> None:
    imp = pairs(facts_of("四子王旗委组织部与中国农业银行四子王旗支行开展“党建金融”活动，"
                         "该支行推出“牧民贷”产品。"), "IMPLEMENTS")
    assert {("四子王旗委组织部", "党建金融"), ("中国农业银行四子王旗支行", "党建金融"),
            ("中国农业银行四子王旗支行", "牧民贷")} <= imp
    assert ("四子王旗委组织部", "牧民贷") not in imp
    assert not any(h == "四子王旗" for h, _t in imp)
