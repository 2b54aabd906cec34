"""PARTNERS_WITH: joint launches, and people (not the report's place) as the other party."""

from .helpers import pairs


def test_a_bank_branch_and_a_bureau_launching_a_product_together(extract):
    facts = extract("阿荣旗推进金融助农。中国农业银行阿荣旗支行与阿荣旗农牧局联合推出“兴牧贷”。")
    assert ("中国农业银行阿荣旗支行", "阿荣旗农牧局") in pairs(facts, "PARTNERS_WITH")


def test_growers_signing_orders_are_no_partner_place(extract):
    facts = extract("阿荣旗发展订单农业。种植户与阿荣旗金穗乳业有限公司签订订单。")
    assert pairs(facts, "PARTNERS_WITH") == set()


def test_a_township_signing_orders_is_the_partner(extract):
    facts = extract("阿荣旗发展订单农业。那吉镇与阿荣旗金穗乳业有限公司签订订单。")
    assert ("那吉镇", "阿荣旗金穗乳业有限公司") in pairs(facts, "PARTNERS_WITH")


def test_orders_signed_with_no_subject_named_are_not_the_banners(extract):
    facts = extract("阿荣旗发展订单农业。2023年，与阿荣旗金穗乳业有限公司签订订单5000亩。")
    assert pairs(facts, "PARTNERS_WITH") == set()


def test_orders_signed_by_a_township_named_before_in_the_sentence(extract):
    facts = extract("阿荣旗发展订单农业。那吉镇积极拓展销路，与阿荣旗金穗乳业有限公司签订订单5000亩。")
    assert ("那吉镇", "阿荣旗金穗乳业有限公司") in pairs(facts, "PARTNERS_WITH")
