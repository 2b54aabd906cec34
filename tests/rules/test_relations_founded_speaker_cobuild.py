"""IMPLEMENTS actors: the unit a clause's subject just founded, the unit whose officer speaks, co-builders."""

from __future__ import annotations

from tests.rules.conftest import facts_of


def _implementers(text: str, programme: str) -> set[tuple[str, str]]:
    return {(r.head.label, r.head.name) for r in facts_of(text).relations
            if r.type == "IMPLEMENTS" and r.tail.name == programme}


def test_founded_cooperative_implements_the_model() -> None:
    text = ("近年来，奈曼旗大沁他拉镇白音昌村党支部书记王秀兰带领群众致富。"
            "她带头创办了奈曼旗丰谷杂粮种植专业合作社，以“合作社+电商+农户”方式销售小米。")
    assert _implementers(text, "合作社+电商+农户") == {("Organisation", "奈曼旗丰谷杂粮种植专业合作社")}


def test_founded_unit_only_for_the_clause_after_it() -> None:
    text = "她创办了奈曼旗丰谷杂粮种植专业合作社。奈曼旗推行“合作社+电商+农户”模式，带动群众增收。"
    assert ("Organisation", "奈曼旗丰谷杂粮种植专业合作社") not in _implementers(text, "合作社+电商+农户")


def test_speaking_officers_unit_implements() -> None:
    found = _implementers("敖汉旗委组织部负责人表示，下一步将开展“先锋领航”活动，进一步提升基层组织力。", "先锋领航")
    assert ("Organisation", "敖汉旗委组织部") in found


def test_speaker_after_ju_and_own_township() -> None:
    found = _implementers("据敖汉旗新惠镇党委书记张强介绍，下一步，镇里将开展“先锋领航”活动。", "先锋领航")
    assert found == {("Organisation", "新惠镇党委"), ("Place", "新惠镇")}


def test_co_builders_both_implement_the_brand() -> None:
    text = "阿鲁科尔沁旗天山镇党委与赛罕塔拉旅游开发有限公司共建“罕山红”党建联盟，带动群众增收。"
    found = _implementers(text, "罕山红")
    assert {("Organisation", "天山镇党委"), ("Organisation", "赛罕塔拉旅游开发有限公司")} <= found


def test_org_before_a_plain_verb_is_no_co_builder() -> None:
    text = "阿鲁科尔沁旗天山镇党委联系赛罕塔拉旅游开发有限公司后，开展“罕山红”活动。"
    assert ("Organisation", "赛罕塔拉旅游开发有限公司") not in _implementers(text, "罕山红")


def test_founded_and_implemented_in_one_clause() -> None:
    text = "2018年，王秀兰创办奈曼旗丰谷杂粮种植专业合作社并推行“合作社+电商+农户”模式。"
    assert _implementers(text, "合作社+电商+农户") == {("Organisation", "奈曼旗丰谷杂粮种植专业合作社")}


def test_pair_that_signs_then_builds() -> None:
    text = "阿鲁科尔沁旗天山镇党委与赛罕塔拉旅游开发有限公司签订协议，共建“罕山红”党建联盟。"
    found = _implementers(text, "罕山红")
    assert {("Organisation", "天山镇党委"), ("Organisation", "赛罕塔拉旅游开发有限公司")} <= found
    assert ("Place", "阿鲁科尔沁旗") not in found and ("Place", "天山镇") not in found


def test_pair_that_signs_then_does_something_else() -> None:
    text = "阿鲁科尔沁旗天山镇党委与赛罕塔拉旅游开发有限公司签订协议，推行“罕山红”模式。"
    assert ("Organisation", "赛罕塔拉旅游开发有限公司") not in _implementers(text, "罕山红")


def test_place_and_company_co_build() -> None:
    text = "阿鲁科尔沁旗天山镇与赛罕塔拉旅游开发有限公司共建“罕山红”党建联盟。"
    assert {("Place", "天山镇"), ("Organisation", "赛罕塔拉旅游开发有限公司")} <= _implementers(text, "罕山红")


def test_township_committee_acts_for_itself() -> None:
    # the committee of a township implements, not its township nor the banner (not both)
    found = _implementers("敖汉旗新惠镇党委推行“先锋领航”工程。", "先锋领航")
    assert found == {("Organisation", "新惠镇党委")}


def test_university_and_township_that_sign_then_carry_out_together() -> None:
    text = "内蒙古大学与扎赉特旗音德尔镇签订合作协议，共同推进“产业振兴”工程。"
    facts = facts_of(text)
    found = {(r.head.label, r.head.name) for r in facts.relations
             if r.type == "IMPLEMENTS" and r.tail.name == "产业振兴"}
    assert found == {("Organisation", "内蒙古大学"), ("Place", "音德尔镇")}
    # the region inside the university's name is no place, and no relation points at it
    assert not [r for r in facts.relations if "内蒙古自治区" in (r.head.name, r.tail.name)]


def test_founding_branch_implements_not_the_cooperative_it_founded() -> None:
    # the branch is the subject of both clauses (领办了…，推行…); the cooperative is its object
    text = "近年来，芒哈图嘎查党支部领办了鄂托克前旗绿原肉羊养殖专业合作社，推行“党支部+合作社+牧户”模式。"
    assert _implementers(text, "党支部+合作社+牧户") == {("Organisation", "芒哈图嘎查党支部")}


def test_cooperative_pointed_back_to_implements() -> None:
    text = ("近年来，奈曼旗白音昌村党支部书记王秀兰带头创办了奈曼旗丰谷杂粮种植专业合作社。"
            "合作社采取“合作社+电商+农户”模式，带动120户增收。")
    assert _implementers(text, "合作社+电商+农户") == {("Organisation", "奈曼旗丰谷杂粮种植专业合作社")}


def test_pronoun_of_the_founder_points_to_her_cooperative() -> None:
    text = "王秀兰带头创办了奈曼旗丰谷杂粮种植专业合作社。她以“合作社+电商+农户”方式销售小米。"
    assert _implementers(text, "合作社+电商+农户") == {("Organisation", "奈曼旗丰谷杂粮种植专业合作社")}


def test_pronoun_in_a_new_paragraph_points_nowhere() -> None:
    text = "王秀兰带头创办了奈曼旗丰谷杂粮种植专业合作社。\n她以“合作社+电商+农户”方式销售小米。"
    assert ("Organisation", "奈曼旗丰谷杂粮种植专业合作社") not in _implementers(text, "合作社+电商+农户")


def test_clause_with_its_own_subject_is_not_the_founded_units() -> None:
    text = ("近年来，奈曼旗白音昌村党支部书记王秀兰带领群众致富。"
            "她辞去工作成立了奈曼旗丰谷杂粮种植专业合作社，村里推行“合作社+电商+农户”模式。")
    assert ("Organisation", "奈曼旗丰谷杂粮种植专业合作社") not in _implementers(text, "合作社+电商+农户")


def test_entrepreneurs_are_no_back_reference() -> None:
    text = "王秀兰创办了奈曼旗丰谷杂粮种植专业合作社。企业家们以“合作社+电商+农户”方式销售小米。"
    assert ("Organisation", "奈曼旗丰谷杂粮种植专业合作社") not in _implementers(text, "合作社+电商+农户")


def test_pair_that_forms_a_named_pairing() -> None:
    text = "阿鲁科尔沁旗天山镇孤山子村党支部与赛罕塔拉旅游开发有限公司结成“村企共富”联建对子。"
    assert {("Organisation", "孤山子村党支部"), ("Organisation", "赛罕塔拉旅游开发有限公司")} <= \
        _implementers(text, "村企共富")


def test_the_cooperative_just_founded_acts_after_a_clause_without_a_subject(extract):
    facts = extract("2018年，巴音嘎查党支部书记王建国牵头成立金羊养殖专业合作社，吸纳42户牧民入社，实行“五统一”管理。")
    rels = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("金羊养殖专业合作社", "五统一") in rels
    assert ("巴音嘎查", "五统一") not in rels


def test_a_clause_with_its_own_subject_after_the_founding_keeps_its_subject(extract):
    facts = extract("2018年，巴音嘎查党支部书记王建国牵头成立金羊养殖专业合作社，吸纳42户牧民入社，村集体实行“五统一”管理。")
    rels = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("金羊养殖专业合作社", "五统一") not in rels
