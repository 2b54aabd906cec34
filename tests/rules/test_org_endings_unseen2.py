"""Endings the suffix lexicon lacked: 妇女联合会 (the long form of 妇联), 应用技术学院 (应用 is no verb here)."""

from .helpers import names, pairs


def test_womens_federation_in_full_is_an_organisation(extract):
    facts = extract("扎兰屯市妇女联合会开展巾帼行动，带动妇女300人增收。")
    assert "扎兰屯市妇女联合会" in names(facts, "Organisation")


def test_college_of_applied_technology_keeps_its_city_prefix(extract):
    facts = extract("通辽市位于内蒙古东部。通辽应用技术学院今年培训农牧民400人次。")
    assert "通辽应用技术学院" in names(facts, "Organisation")
    assert "技术学院" not in names(facts, "Organisation")
    assert ("通辽应用技术学院", "通辽市") in pairs(facts, "LOCATED_IN")


def test_a_trade_union_named_by_its_city_implements_its_campaign(extract):
    facts = extract("扎兰屯市位于呼伦贝尔市。扎兰屯市工会开展“职工技能提升”行动，培训职工300人。")
    assert ("扎兰屯市工会", "职工技能提升") in pairs(facts, "IMPLEMENTS")
    assert ("扎兰屯市工会", "扎兰屯市") in pairs(facts, "LOCATED_IN")


def test_a_meeting_after_work_resumes_is_no_trade_union(extract):
    facts = extract("扎兰屯市位于呼伦贝尔市。扎兰屯市召开开工会议，施工会影响交通，员工会上发言。")
    assert not any(n.endswith("工会") for n in names(facts, "Organisation"))
