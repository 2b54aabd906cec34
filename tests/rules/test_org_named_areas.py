"""某某片区联合党委, 某某商圈党委, 某某工业园区党委: an area with a proper name has a party body named by it."""

from __future__ import annotations

import pytest

from tests.rules.helpers import names


@pytest.mark.parametrize("text, org", [
    ("镶黄旗推进党建。新宝拉格镇党委把三个嘎查的党组织联合起来，成立哈登片区联合党委，推行新模式。", "哈登片区联合党委"),
    ("镶黄旗推进党建。新宝拉格商贸城商圈党委开展“诚信经营”活动。", "新宝拉格商贸城商圈党委"),
    ("镶黄旗推进党建。宝格达工业园区党委开展“企业开放日”活动。", "宝格达工业园区党委"),
])
def test_a_named_area_s_party_body(extract, text, org):
    assert org in names(extract(text), "Organisation")


@pytest.mark.parametrize("text", [
    "镶黄旗推进党建。全旗成立了产业园区党委。",
    "镶黄旗推进党建。全旗重点商圈党委开展活动。",
])
def test_a_kind_of_area_names_no_body(extract, text):
    assert not names(extract(text), "Organisation")


@pytest.mark.parametrize("text", [
    "镶黄旗推进党建。公司党支部书记包红英介绍，公司吸纳牧民就业120人。",
    "镶黄旗推进党建。合作社党总支书记巴特尔介绍，社员增加到86户。",
])
def test_a_bare_kind_before_a_party_unit_names_no_body(extract, text):
    assert not names(extract(text), "Organisation")


def test_a_self_employed_workers_association(extract):
    facts = extract("镶黄旗推进电商。镶黄旗个体劳动者协会牵头成立直播基地，吸纳电商主播43人。")
    assert "镶黄旗个体劳动者协会" in names(facts, "Organisation")


def test_a_named_federation_and_a_joint_meeting(extract):
    facts = extract("镶黄旗推进党建。新宝拉格镇党委牵头成立镶黄旗快递行业党建联合会，每季度召开一次联合会议。")
    assert names(facts, "Organisation") >= {"镶黄旗快递行业党建联合会"}
    assert not {n for n in names(facts, "Organisation") if n.endswith("会议")}


def test_a_named_scenic_area_s_joint_committee(extract):
    facts = extract("阿拉善右旗推进党建。镇里把周边嘎查的党组织联合起来，成立巴丹吉林景区联合党委。")
    assert "巴丹吉林景区联合党委" in names(facts, "Organisation")
