"""Posts in apposition (某某，某苏木党委委员，…) and a second post after a comma and 是."""

from .helpers import names, pairs


def test_a_committee_member_in_apposition_is_there_but_does_not_lead(extract):
    facts = extract("宝日希勒镇位于陈巴尔虎旗。张秀兰，宝日希勒镇党委委员，每次都第一个到村里。")
    assert "张秀兰" in names(facts, "Person")
    assert ("张秀兰", "宝日希勒镇") in pairs(facts, "LOCATED_IN")
    assert not any(h == "张秀兰" for h, _t in pairs(facts, "LEADS"))


def test_a_secretary_in_apposition_leads_the_committee(extract):
    facts = extract("宝日希勒镇位于陈巴尔虎旗。张秀兰，宝日希勒镇党委书记，每次都第一个到村里。")
    assert ("张秀兰", "宝日希勒镇党委") in pairs(facts, "LEADS")


def test_a_second_post_after_comma_and_shi_is_led_too(extract):
    facts = extract("永丰村位于阿荣旗那吉镇。永丰村成立了绿源养殖专业合作社。"
                    "合作社理事长吴建军，是永丰村党支部书记，今年47岁。")
    leads = pairs(facts, "LEADS")
    assert {("吴建军", "绿源养殖专业合作社"), ("吴建军", "永丰村党支部")} <= leads
    assert ("吴建军", "永丰村") in pairs(facts, "LOCATED_IN")
