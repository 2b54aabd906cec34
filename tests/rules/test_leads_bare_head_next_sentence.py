"""A bare head's post opening the sentence after a body is named (某协会…。会长某某是…) heads that body."""

from .helpers import pairs


def test_a_chairman_opening_the_next_sentence_leads_the_association(extract):
    facts = extract("阿荣旗位于呼伦贝尔市。那吉镇马铃薯种植协会成立于2017年。会长郑海涛是一名退伍军人。")
    assert ("郑海涛", "那吉镇马铃薯种植协会") in pairs(facts, "LEADS")
    assert ("郑海涛", "那吉镇") in pairs(facts, "LOCATED_IN")


def test_two_associations_before_leave_the_chairman_unattached(extract):
    facts = extract("阿荣旗位于呼伦贝尔市。那吉镇马铃薯种植协会和那吉镇养蜂协会成立于2017年。会长郑海涛是一名退伍军人。")
    assert not any(h == "郑海涛" for h, _t in pairs(facts, "LEADS"))


def test_he_leading_the_village_committees_to_found_a_cooperative_leads_it(extract):
    facts = extract("永丰村位于阿荣旗那吉镇。钱玉山是永丰村党支部书记。"
                    "他带领村“两委”班子牵头成立阿荣旗永丰村杂粮种植专业合作社，入社农户60户。")
    assert ("钱玉山", "阿荣旗永丰村杂粮种植专业合作社") in pairs(facts, "LEADS")


def test_he_leading_villagers_without_taking_the_lead_founds_nothing_himself(extract):
    facts = extract("永丰村位于阿荣旗那吉镇。钱玉山是永丰村党支部书记。他带领村民参观了永丰村杂粮种植专业合作社。")
    assert ("钱玉山", "永丰村杂粮种植专业合作社") not in pairs(facts, "LEADS")
