"""Organisations named in full: committees, national banks' branches, colleges with 与, no time-word bodies."""

from .helpers import names, pairs


def test_a_committee_signed_in_full_is_named_in_full(extract):
    facts = extract("阿荣旗召开乡村振兴推进会。阿荣旗委高度重视。\n中共阿荣旗委员会\n2024年3月1日")
    orgs = {e.name: e for e in facts.entities if e.label == "Organisation"}
    assert "中共阿荣旗委员会" in orgs
    assert "中共阿荣旗委" not in orgs
    assert "阿荣旗委" in orgs["中共阿荣旗委员会"].aliases


def test_a_committee_department_is_not_the_committee(extract):
    facts = extract("中共阿荣旗委员会组织部印发通知。")
    assert "中共阿荣旗委员会" not in names(facts, "Organisation")


def test_a_national_banks_branch_is_the_local_body(extract):
    facts = extract("阿荣旗推进金融助农。中国建设银行阿荣旗支行为农户发放贷款2000万元。")
    assert "中国建设银行阿荣旗支行" in names(facts, "Organisation")
    assert "中国建设银行" not in names(facts, "Organisation")
    assert ("中国建设银行阿荣旗支行", "阿荣旗") in pairs(facts, "LOCATED_IN")


def test_a_local_banks_branch_keeps_the_local_bank(extract):
    facts = extract("阿荣旗农村商业银行那吉支行发放贷款。")
    assert "阿荣旗农村商业银行" in names(facts, "Organisation")


def test_a_college_joining_two_fields_with_yu_is_one_body(extract):
    facts = extract("阿荣旗与东北林业大学野生动物与自然保护地学院签订合作协议。")
    assert "东北林业大学野生动物与自然保护地学院" in names(facts, "Organisation")
    assert ("阿荣旗", "东北林业大学野生动物与自然保护地学院") in pairs(facts, "PARTNERS_WITH")


def test_two_universities_joined_by_yu_stay_two(extract):
    facts = extract("东北林业大学与呼伦贝尔学院签订合作协议。")
    assert {"东北林业大学", "呼伦贝尔学院"} <= names(facts, "Organisation")


def test_a_time_word_before_a_kind_word_names_no_body(extract):
    facts = extract("今年合作社收入达到60万元。去年合作社分红12万元。")
    assert names(facts, "Organisation") == set()


def test_the_parent_of_a_paired_branch_is_not_a_party(extract):
    facts = extract("科尔沁右翼前旗边境管理大队索伦边境派出所党支部与科尔沁右翼前旗满族屯乡满族屯嘎查党支部结对共建，"
                    "开展“红色守边”活动。")
    orgs = names(facts, "Organisation")
    assert "科尔沁右翼前旗边境管理大队索伦边境派出所" not in orgs
    assert ("科尔沁右翼前旗边境管理大队索伦边境派出所党支部", "满族屯嘎查党支部") in pairs(facts, "PARTNERS_WITH")


def test_a_bare_town_committee_after_zai_and_the_town(extract):
    # the report names the committee in full elsewhere, so the bare 镇党委 is that body
    facts = extract("在那吉镇，镇党委探索“党员联户”机制。那吉镇党委书记赵建国介绍了做法。")
    assert "那吉镇党委" in names(facts, "Organisation")
    assert ("那吉镇党委", "党员联户") in pairs(facts, "IMPLEMENTS")


def test_a_bare_town_committee_never_named_in_full_is_the_town_acting(extract):
    facts = extract("在那吉镇，镇党委探索“党员联户”机制。")
    assert "那吉镇党委" not in names(facts, "Organisation")
    assert ("那吉镇", "党员联户") in pairs(facts, "IMPLEMENTS")


def test_a_bare_town_committee_without_the_town_named_first_stays_bare(extract):
    facts = extract("镇党委探索“党员联户”机制。")
    assert not any(n.endswith("镇党委") for n in names(facts, "Organisation"))


def test_a_national_banks_legal_form_and_its_branch(extract):
    facts = extract("科尔沁左翼后旗推进金融助农。中国邮政储蓄银行股份有限公司科尔沁左翼后旗支行发放贷款。")
    assert "中国邮政储蓄银行股份有限公司科尔沁左翼后旗支行" in names(facts, "Organisation")
    assert ("中国邮政储蓄银行股份有限公司科尔沁左翼后旗支行", "科尔沁左翼后旗") in pairs(facts, "LOCATED_IN")


def test_a_national_banks_branch_by_the_banners_short_form(extract):
    facts = extract("科尔沁左翼后旗推进金融助农。中国建设银行科左后旗支行发放贷款。")
    assert "中国建设银行科左后旗支行" in names(facts, "Organisation")
    assert "中国建设银行" not in names(facts, "Organisation")
