"""LEADS from two posts before a name, from 该公司/公司 taking up the firm named before."""

from .helpers import pairs


def test_two_posts_lead_both_bodies(extract):
    facts = extract("新胜村位于阿荣旗那吉镇。2019年，新胜村党支部领办了丰收种植专业合作社。"
                    "合作社理事长、村党支部书记赵德胜今年52岁。")
    leads = pairs(facts, "LEADS")
    assert {("赵德胜", "丰收种植专业合作社"), ("赵德胜", "新胜村党支部")} <= leads


def test_branch_first_then_bare_cooperative(extract):
    facts = extract("新胜村位于阿荣旗那吉镇。2019年，新胜村成立了丰收种植专业合作社。"
                    "新胜村党支部书记、合作社理事长赵德胜告诉记者，今年收入很好。")
    leads = pairs(facts, "LEADS")
    assert {("赵德胜", "丰收种植专业合作社"), ("赵德胜", "新胜村党支部")} <= leads


def test_a_deputy_of_two_posts_leads_nothing(extract):
    facts = extract("新胜村位于阿荣旗那吉镇。2019年，新胜村成立了丰收种植专业合作社。"
                    "合作社副理事长、村委会委员赵德胜告诉记者。")
    assert not any(h == "赵德胜" for h, _t in pairs(facts, "LEADS"))


def test_the_chairman_of_gai_gongsi_leads_the_firm_named_before(extract):
    facts = extract("阿荣旗引进了金穗乳业有限公司。该公司董事长孙立平说，今年产量翻番。")
    assert ("孙立平", "金穗乳业有限公司") in pairs(facts, "LEADS")


def test_a_firm_after_zai_and_a_township_is_there_with_its_chairman(extract):
    facts = extract("阿荣旗那吉镇位于城郊。在那吉镇，阿荣旗金穗乳业有限公司年加工鲜奶2万吨。公司董事长孙立平介绍，产品销往全国。")
    located = pairs(facts, "LOCATED_IN")
    assert ("阿荣旗金穗乳业有限公司", "那吉镇") in located
    assert ("阿荣旗金穗乳业有限公司", "阿荣旗") not in located
    assert ("孙立平", "那吉镇") in located
    assert ("孙立平", "阿荣旗金穗乳业有限公司") in pairs(facts, "LEADS")


def test_a_cooperative_named_by_its_village_founded_by_the_branch_is_in_the_village(extract):
    facts = extract("阿荣旗那吉镇新胜村。新胜村党支部领办了阿荣旗新胜丰收种植专业合作社。")
    located = pairs(facts, "LOCATED_IN")
    assert ("阿荣旗新胜丰收种植专业合作社", "新胜村") in located
    assert ("阿荣旗新胜丰收种植专业合作社", "阿荣旗") not in located


def test_he_founded_in_a_year_after_being_named(extract):
    facts = extract("新胜村党支部书记赵德胜是致富能手。他于2016年牵头成立了新胜丰收种植专业合作社。")
    assert ("赵德胜", "新胜丰收种植专业合作社") in pairs(facts, "LEADS")
