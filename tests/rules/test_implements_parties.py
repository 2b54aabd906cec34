"""Who implements a programme when two parties act together, a township's committee acts, or an officer speaks.

- A与B联合推出/共同实施/共同开展 “X”: both parties implement it; the banner does not;
- a party committee named by a township or village (某镇党委, 某社区党委) implements, not its place
  and not the topic banner (a 旗委 still speaks for its banner, with it);
- 某县委组织部负责人表示，我县推行“X”: the county carries it out, not the department;
- a place written right before a company it registers (某县某公司) is no actor of its own.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs


def _implements(text: str) -> set[tuple[str, str]]:
    return pairs(facts_of(text), "IMPLEMENTS")


@pytest.mark.parametrize(("text", "expected"), [
    ("敖汉旗是农业旗。新惠镇与四家子镇联合推出“小米共富”品牌。",
     {("新惠镇", "小米共富"), ("四家子镇", "小米共富")}),
    ("敖汉旗是农业旗。敖汉旗农牧局与新惠镇联合推出“小米共富”品牌。",
     {("敖汉旗农牧局", "小米共富"), ("新惠镇", "小米共富")}),
    ("敖汉旗是农业旗。敖汉旗农牧局与敖汉旗农村信用合作联社联合推出“惠农贷”产品。",
     {("敖汉旗农牧局", "惠农贷"), ("敖汉旗农村信用合作联社", "惠农贷")}),
    ("敖汉旗是农业旗。敖汉旗农牧局与新惠镇共同实施“小米共富”工程。",
     {("敖汉旗农牧局", "小米共富"), ("新惠镇", "小米共富")}),
])
def test_two_parties_acting_together_both_implement(text: str, expected: set[tuple[str, str]]) -> None:
    assert _implements(text) == expected


def test_unfound_second_party_gives_the_banner_nothing() -> None:
    # 敖汉旗某某合作站 is no organisation found here: its 敖汉旗 must not act instead
    assert _implements("敖汉旗是农业旗。新惠镇党委与敖汉旗某某合作站共同开展“爱心驿站”活动。") == \
        {("新惠镇党委", "爱心驿站")}


@pytest.mark.parametrize(("text", "committee"), [
    ("敖汉旗是农业旗。新惠镇党委推行“红色管家”模式。", "新惠镇党委"),
    ("阿鲁科尔沁旗天山镇党委推行“红色管家”模式。", "天山镇党委"),
])
def test_township_committee_implements_not_its_place(text: str, committee: str) -> None:
    assert _implements(text) == {(committee, "红色管家")}


def test_banner_committee_still_speaks_for_its_banner() -> None:
    assert _implements("敖汉旗委推行“红色管家”模式。") == {("敖汉旗", "红色管家"), ("敖汉旗委", "红色管家")}


def test_officer_speaking_of_our_county() -> None:
    assert _implements("林西县委组织部负责人表示，我县推行“党员积分制”管理。") == {("林西县", "党员积分制")}


def test_officer_speaking_of_the_department_work_keeps_the_department() -> None:
    # the department will carry it out; the county is not said to (not both)
    assert _implements("林西县委组织部负责人表示，下一步将开展“三级联办”活动。") == {("林西县委组织部", "三级联办")}


def test_township_committee_speaker_gives_its_committee_not_the_township() -> None:
    text = "敖汉旗是农业旗。新惠镇推行“四访”工作法。新惠镇党委书记张明表示，将推行“红色管家”模式。"
    assert {h for h, t in _implements(text) if t == "红色管家"} == {"新惠镇党委"}


def test_registered_place_before_a_company_is_no_actor() -> None:
    implements = _implements("绍根镇党委与阿鲁科尔沁旗绿源农业开发有限公司共建“红色管家”党建联盟。")
    assert ("阿鲁科尔沁旗", "红色管家") not in implements
    assert ("绍根镇党委", "红色管家") in implements


def test_this_township_and_a_bureau_act_together() -> None:
    assert _implements("敖汉旗是农业旗。新惠镇地处旗府。该镇与敖汉旗农牧局联合推出“小米共富”品牌。") == \
        {("新惠镇", "小米共富"), ("敖汉旗农牧局", "小米共富")}


def test_whole_league_after_next_step_lead_implements() -> None:
    text = ("赤峰市推进基层党建工作。阿鲁科尔沁旗开展“四访”活动，成效明显，群众满意度高。"
            "下一步，全市将在“红色管家”基础上，推广“一村一品”做法。")
    implements = _implements(text)
    assert ("赤峰市", "一村一品") in implements
    assert ("阿鲁科尔沁旗", "一村一品") not in implements
