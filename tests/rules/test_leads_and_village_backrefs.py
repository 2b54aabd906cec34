"""Bare kind words taking up a named body, a story about one village, and who founded what:
sentences written for the test."""

from .helpers import pairs

_VILLAGE_STORY = ("猛济村：山村里的致富路\n"
                  "猛济村是阿荣旗查巴奇乡的一个山村。猛济村党支部积极发挥作用。\n"
                  "村党支部书记刘宏伟介绍，全村种植大豆3万亩。村民王海军成立了阿荣旗兴旺大豆种植专业合作社。\n"
                  "今年，红旗种植合作社带动农户增收。\n")


def test_a_village_secretary_in_a_story_about_one_village_leads_its_named_branch(extract):
    facts = extract(_VILLAGE_STORY)
    assert ("刘宏伟", "猛济村党支部") in pairs(facts, "LEADS")
    assert ("刘宏伟", "猛济村") in pairs(facts, "LOCATED_IN")


def test_a_villager_and_a_cooperative_of_no_place_are_in_the_storys_village(extract):
    facts = extract(_VILLAGE_STORY)
    located = pairs(facts, "LOCATED_IN")
    assert {("王海军", "猛济村"), ("红旗种植合作社", "猛济村")} <= located


def test_a_branch_not_named_is_not_led(extract):
    facts = extract("猛济村：山村里的致富路\n猛济村是阿荣旗查巴奇乡的一个山村。\n村党支部书记刘宏伟介绍，全村种植大豆3万亩。\n")
    assert not any(head == "刘宏伟" for head, _ in pairs(facts, "LEADS"))


def test_a_villager_in_a_report_about_several_villages_is_not_placed(extract):
    facts = extract("阿荣旗查巴奇乡猛济村、红光村发展大豆产业。\n村民王海军说，今年收成不错。\n")
    assert not any(head == "王海军" for head, _ in pairs(facts, "LOCATED_IN"))


def test_the_secretary_between_branch_and_cooperative_leads_it_not_the_branch(extract):
    facts = extract("阿荣旗查巴奇乡猛济村党支部书记刘宏伟领办阿荣旗丰源种植专业合作社，带动群众增收。")
    leads = pairs(facts, "LEADS")
    assert ("刘宏伟", "阿荣旗丰源种植专业合作社") in leads
    assert ("猛济村党支部", "阿荣旗丰源种植专业合作社") not in leads


def test_a_secretary_leading_the_committee_to_found_a_cooperative_leads_it(extract):
    facts = extract("阿荣旗查巴奇乡猛济村党支部书记刘宏伟带领党员群众，发动村民入股，"
                    "于2019年注册成立阿荣旗丰源种植专业合作社。")
    assert ("刘宏伟", "阿荣旗丰源种植专业合作社") in pairs(facts, "LEADS")


def test_a_speaker_reporting_a_founding_does_not_lead(extract):
    facts = extract("村党支部书记刘宏伟说，去年村里成立了阿荣旗兴旺大豆种植专业合作社。")
    assert not any(head == "刘宏伟" for head, _ in pairs(facts, "LEADS"))


def test_a_bare_community_committee_takes_up_the_one_named_before(extract):
    facts = extract("阿荣旗那吉镇东光社区党委坚持党建引领。社区党委推行“红色物业”模式，解决居民难题。")
    assert ("东光社区党委", "红色物业") in pairs(facts, "IMPLEMENTS")


def test_a_bare_union_takes_up_the_credit_union_named_before(extract):
    facts = extract("阿荣旗农村信用合作联社支持产业发展。联社推出“牧民贷”产品，支持牧民扩大养殖。")
    assert ("阿荣旗农村信用合作联社", "牧民贷") in pairs(facts, "IMPLEMENTS")


def test_a_bare_committee_with_two_named_before_takes_up_none(extract):
    facts = extract("阿荣旗坚持党建引领。那吉镇东光社区党委和那吉镇新华社区党委开展共建。社区党委推行“红色物业”模式。")
    assert not any(m.surface == "社区党委" for m in facts.mentions)
    assert "新华社" not in {e.name for e in facts.entities}


def test_a_village_secretary_met_mid_sentence_is_of_the_storys_village(extract):
    facts = extract("猛济村：山村里的致富路\n猛济村是阿荣旗查巴奇乡的一个山村。猛济村党支部积极发挥作用。\n"
                    "记者见到了村党支部书记刘宏伟，他说阿荣旗的政策好。\n")
    assert ("刘宏伟", "猛济村") in pairs(facts, "LOCATED_IN")
    assert ("刘宏伟", "阿荣旗") not in pairs(facts, "LOCATED_IN")


def test_a_pronoun_founding_a_body_is_the_person_named_before(extract):
    facts = extract("阿荣旗那吉镇猛济村党支部书记张秀英在村里干了十多年。"
                    "2015年，她牵头成立了阿荣旗秀英大豆种植专业合作社，带动农户增收。")
    assert ("张秀英", "阿荣旗秀英大豆种植专业合作社") in pairs(facts, "LEADS")


def test_a_pronoun_after_two_persons_founds_nothing_known(extract):
    facts = extract("猛济村党支部书记张秀英和村委会主任刘志刚走访农户。2015年，她牵头成立了阿荣旗秀英大豆种植专业合作社。")
    assert not any(tail == "阿荣旗秀英大豆种植专业合作社" for _, tail in pairs(facts, "LEADS"))


def test_the_head_of_a_body_taken_up_by_its_kind_word_leads_it(extract):
    facts = extract("阿荣旗推进大豆产业，组建阿荣旗大豆产业协会，协会会长巴特尔组织会员统一收购。")
    assert ("巴特尔", "阿荣旗大豆产业协会") in pairs(facts, "LEADS")


def test_a_person_placed_by_the_text_is_not_placed_again_by_the_topic(extract):
    facts = extract("阿荣旗坚持问题导向。该旗那吉镇猛济村党总支书记刘宏伟带领村民发展大豆种植。\n刘宏伟今年58岁，多次获得表彰。\n")
    located = pairs(facts, "LOCATED_IN")
    assert ("刘宏伟", "猛济村") in located
    assert ("刘宏伟", "阿荣旗") not in located


def test_a_villager_in_a_paragraph_about_a_place_elsewhere_is_not_in_the_storys_village(extract):
    facts = extract("阿荣旗：山村里的致富路\n呼伦贝尔市阿荣旗那吉镇猛济村党支部书记张秀英带领村民种大豆。\n"
                    "天津市河西区派来的技术员讲课时，村民王海军说，收成好了。\n")
    assert not any(head == "王海军" for head, _ in pairs(facts, "LOCATED_IN"))


def test_a_villager_quoted_in_a_story_about_one_village_is_there(extract):
    facts = extract("阿荣旗：山村里的致富路\n通讯员 李明\n呼伦贝尔市阿荣旗那吉镇猛济村党支部书记张秀英带领村民种大豆。\n"
                    "“大豆有人收，不愁卖了。”村民王海军说。\n")
    assert ("王海军", "猛济村") in pairs(facts, "LOCATED_IN")


def test_a_founding_under_a_persons_lead_is_led_by_that_person(extract):
    facts = extract("在猛济村党支部书记刘宏伟的带领下，村里成立了阿荣旗丰源种植专业合作社。")
    assert ("刘宏伟", "阿荣旗丰源种植专业合作社") in pairs(facts, "LEADS")


def test_joining_a_body_under_a_persons_lead_is_no_founding(extract):
    facts = extract("在猛济村党支部书记刘宏伟的带领下，村民加入了阿荣旗丰源种植专业合作社。")
    assert ("刘宏伟", "阿荣旗丰源种植专业合作社") not in pairs(facts, "LEADS")


def test_leading_the_committee_through_several_clauses_to_found_a_body(extract):
    facts = extract("阿荣旗查巴奇乡猛济村党支部书记刘宏伟带领村“两委”班子，积极争取项目资金，牵头成立了阿荣旗丰源种植专业合作社。")
    assert ("刘宏伟", "阿荣旗丰源种植专业合作社") in pairs(facts, "LEADS")


def test_a_bare_committee_after_a_preposition_is_taken_up_too(extract):
    facts = extract("阿荣旗推进基层治理。那吉镇东光社区党委坚持党建引领，由社区党委牵头推行“红色物业”模式。")
    assert ("东光社区党委", "红色物业") in pairs(facts, "IMPLEMENTS")


def test_founding_this_cooperative_leads_the_one_named_before(extract):
    facts = extract("乌审旗推进产业发展。\n"
                    "牧民口中的合作社，是乌审旗沙漠之舟骆驼养殖专业合作社。2021年，嘎查党支部书记巴特尔牵头创办了这家合作社。")
    leads = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "LEADS"}
    assert ("巴特尔", "乌审旗沙漠之舟骆驼养殖专业合作社") in leads


def test_founding_this_cooperative_after_two_named_leads_neither(extract):
    facts = extract("乌审旗推进产业发展。\n"
                    "嘎查有乌审旗沙漠之舟骆驼养殖专业合作社和乌审旗绿源种植专业合作社。"
                    "2021年，嘎查党支部书记巴特尔牵头创办了这家合作社。")
    assert not [r for r in facts.relations if r.type == "LEADS" and r.head.name == "巴特尔"
                and r.tail.name.endswith("合作社")]
