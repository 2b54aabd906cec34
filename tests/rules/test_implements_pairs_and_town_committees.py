"""IMPLEMENTS: pairs that build together, sign an agreement, or join; a township's committee by its level word.

- A党支部与B党支部结对共建，开展“X”活动: both branches carry X out;
- A与B签订“X”合作协议: both parties (not for any other paper they sign);
- 在某镇，镇党委探索“X”: that township's committee (某镇党委) when the report names it in full
  somewhere, else the township itself (no body is made up from 镇党委); never the banner;
- 某县委组织部会同某局实施“X”: the two bodies, the county is not said to (a 县委 still speaks for it);
- 某镇党委与某学院合作开展“X”: the college too.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs

_LEAD = "林西县是农业县。"


def _implements(text: str) -> set[tuple[str, str]]:
    return pairs(facts_of(_LEAD + text), "IMPLEMENTS")


def test_paired_branches_both_carry_out_what_the_next_clause_names() -> None:
    got = _implements("新林镇北沟村党支部与统部镇南岭村党支部结对共建，开展“先锋同行”活动。")
    assert got == {("北沟村党支部", "先锋同行"), ("南岭村党支部", "先锋同行")}


def test_signing_parties_both_implement_the_agreement() -> None:
    got = _implements("林西县农村信用合作联社与林西县委组织部签订“金融助村”合作协议。")
    assert got == {("林西县农村信用合作联社", "金融助村"), ("林西县委组织部", "金融助村")}


def test_signing_something_else_gives_the_second_party_nothing() -> None:
    got = _implements("林西县农村信用合作联社与林西县委组织部签订“金融助村”倡议书。")
    assert ("林西县委组织部", "金融助村") not in got


_NAMED_IN_FULL = "新林镇党委书记王建军到村调研。"


@pytest.mark.parametrize("text", [
    "在新林镇，镇党委探索“三联三帮”机制。",
    "新林镇是农业大镇。镇党委探索“三联三帮”机制。",
    "新林镇是农业大镇，该镇党委探索“三联三帮”机制。",
])
def test_township_committee_by_its_level_word_when_the_report_names_it(text: str) -> None:
    facts = facts_of(_LEAD + "\n" + text + "\n" + _NAMED_IN_FULL)
    assert pairs(facts, "IMPLEMENTS") == {("新林镇党委", "三联三帮")}
    assert "新林镇党委" in names(facts, "Organisation")


@pytest.mark.parametrize("text", [
    "在新林镇，镇党委探索“三联三帮”机制。",
    "新林镇是农业大镇。镇党委探索“三联三帮”机制。",
    "新林镇是农业大镇，该镇党委探索“三联三帮”机制。",
])
def test_township_acts_when_its_committee_is_never_named(text: str) -> None:
    facts = facts_of(_LEAD + "\n" + text)
    assert pairs(facts, "IMPLEMENTS") == {("新林镇", "三联三帮")}
    assert "新林镇党委" not in names(facts, "Organisation")


def test_unnamed_committee_signing_with_a_company_makes_the_township_the_partner() -> None:
    facts = facts_of(_LEAD + "\n新林镇是农业大镇。镇党委与赤峰绿源农业有限公司签订“镇企共建”协议。")
    assert ("赤峰绿源农业有限公司", "镇企共建") in pairs(facts, "IMPLEMENTS")
    assert ("新林镇", "镇企共建") in pairs(facts, "IMPLEMENTS")
    assert "新林镇党委" not in names(facts, "Organisation")


def test_committee_secretary_is_no_committee() -> None:
    assert ("新林镇党委", "三联三帮") not in _implements("在新林镇，镇党委书记推行“三联三帮”机制。")


def test_department_joining_a_bureau_leaves_the_county_out() -> None:
    got = _implements("林西县委组织部会同林西县农牧局实施“强村富民”行动。")
    assert got == {("林西县委组织部", "强村富民"), ("林西县农牧局", "强村富民")}


def test_department_after_a_time_phrase_joining_a_bureau_leaves_the_county_out() -> None:
    got = _implements("近年来，林西县委组织部会同林西县农牧局实施“强村富民”行动。")
    assert got == {("林西县委组织部", "强村富民"), ("林西县农牧局", "强村富民")}


def test_county_committee_joining_a_bureau_still_speaks_for_the_county() -> None:
    assert ("林西县", "强村富民") in _implements("林西县委会同林西县农牧局实施“强村富民”行动。")


def test_college_partnering_a_township_committee_implements() -> None:
    got = _implements("新林镇党委与赤峰学院农学院合作开展“校地共育”项目。")
    assert ("赤峰学院农学院", "校地共育") in got and ("新林镇党委", "校地共育") in got
