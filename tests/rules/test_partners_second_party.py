"""PARTNERS_WITH when the second party is written with a word of its kind or the joint work follows it."""

from .helpers import pairs


def test_a_kind_word_between_the_cue_and_the_partner(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委与驻地企业阿荣旗宏达建材有限公司党支部结对共建。")
    assert ("东光社区党委", "阿荣旗宏达建材有限公司党支部") in pairs(facts, "PARTNERS_WITH")


def test_joint_work_after_the_partner(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委与阿荣旗供销合作社联合开展助农活动。")
    assert ("东光社区党委", "阿荣旗供销合作社") in pairs(facts, "PARTNERS_WITH")


def test_a_level_only_departments_branch_is_the_second_party(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委与旗税务局党支部开展结对共建活动。")
    assert ("东光社区党委", "阿荣旗税务局党支部") in pairs(facts, "PARTNERS_WITH")


def test_a_word_of_kind_alone_is_no_partner(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委与驻地企业开展结对共建。")
    assert pairs(facts, "PARTNERS_WITH") == set()


def test_a_media_centres_branch_named_by_its_banner_is_the_second_party(extract):
    facts = extract("阿荣旗坚持党建引领。猛济村党支部与阿荣旗融媒体中心党支部结对共建。")
    assert ("猛济村党支部", "阿荣旗融媒体中心党支部") in pairs(facts, "PARTNERS_WITH")


def test_a_list_of_units_before_the_cue_are_all_parties(extract):
    facts = extract("阿荣旗坚持党建引领。东光社区党委、猛济村党支部与阿荣旗气象局党支部签订共建协议。")
    rels = pairs(facts, "PARTNERS_WITH")
    assert {("东光社区党委", "阿荣旗气象局党支部"), ("猛济村党支部", "阿荣旗气象局党支部")} <= rels


def test_joining_hands_with_a_unit_for_joint_work(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委牵手阿荣旗税务局党支部开展志愿服务。")
    assert ("东光社区党委", "阿荣旗税务局党支部") in pairs(facts, "PARTNERS_WITH")


def test_an_agreement_reached_or_aid_set_up_with_a_unit(extract):
    facts = extract("阿荣旗坚持党建引领。阿荣旗丰源种植专业合作社同内蒙古蒙牛乳业集团达成收购意向。"
                    "那吉镇党委与阿荣旗人民医院建立对口帮扶关系。")
    rels = pairs(facts, "PARTNERS_WITH")
    assert {("阿荣旗丰源种植专业合作社", "内蒙古蒙牛乳业集团"), ("那吉镇党委", "阿荣旗人民医院")} <= rels


def test_the_body_founded_in_the_clause_before_signs_with_the_partner(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇猛济村党支部书记刘宏伟牵头组建了猛济村蘑菇种植专业合作社，并与阿荣旗林业局签订收购协议。")
    rels = pairs(facts, "PARTNERS_WITH")
    assert ("猛济村蘑菇种植专业合作社", "阿荣旗林业局") in rels
    assert ("那吉镇", "阿荣旗林业局") not in rels


def test_a_level_only_branch_in_a_village_paragraph_is_of_the_reports_banner(extract):
    facts = extract("阿荣旗推进乡村振兴。\n猛济村党支部与旗水务局党支部结对共建，解决灌溉难题。\n")
    assert ("猛济村党支部", "阿荣旗水务局党支部") in pairs(facts, "PARTNERS_WITH")
