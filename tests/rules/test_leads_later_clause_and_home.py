"""A person opening the sentence founds the body a later clause opens with (某某大学毕业后回到家乡，成立了某公司),
and is of the home the clause returns to (回到家乡某嘎查)."""

from __future__ import annotations

from tests.rules.helpers import pairs


def test_founder_and_home_across_clauses(extract):
    facts = extract("四子王旗推进党建。90后牧民格根塔娜大学毕业后回到家乡红格尔苏木阿达日嘎嘎查，"
                    "成立了四子王旗草原云电子商务有限公司。")
    assert ("格根塔娜", "四子王旗草原云电子商务有限公司") in pairs(facts, "LEADS")
    assert ("格根塔娜", "阿达日嘎嘎查") in pairs(facts, "LOCATED_IN")


def test_a_later_clause_with_its_own_subject_is_not_the_person_s(extract):
    facts = extract("四子王旗推进党建。牧民格根塔娜说，去年嘎查党支部成立了四子王旗草原云电子商务有限公司。")
    assert ("格根塔娜", "四子王旗草原云电子商务有限公司") not in pairs(facts, "LEADS")


def test_the_secretary_leads_the_branch_in_founding(extract):
    facts = extract("四子王旗推进党建。阿达日嘎嘎查党支部书记巴图今年43岁，2021年返乡任职后，"
                    "带领党支部领办四子王旗阿达日嘎嘎查股份经济合作社。")
    leads = pairs(facts, "LEADS")
    assert ("巴图", "四子王旗阿达日嘎嘎查股份经济合作社") in leads
    assert ("阿达日嘎嘎查党支部", "四子王旗阿达日嘎嘎查股份经济合作社") in leads


def test_a_person_named_again_opening_a_later_sentence_founds(extract):
    facts = extract("四子王旗推进党建。阿达日嘎嘎查党支部书记巴特尔今年46岁。"
                    "2020年，巴特尔带领嘎查“两委”牵头成立阿达日嘎牧民专业合作社。")
    assert ("巴特尔", "阿达日嘎牧民专业合作社") in pairs(facts, "LEADS")
