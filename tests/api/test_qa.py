"""Question answering on a graph of our own reports, in Chinese and English."""

from __future__ import annotations

import pytest

from api.qa import answer_question
from policykg.errors import QuestionError


def ask(store, q):
    return answer_question(store, q)


def test_who_implements_a_named_programme(loaded):
    result = ask(loaded, "哪些地方推行“四议两公开”制度？")
    assert sorted(result.answer) == ["巴彦淖尔市", "通辽市"]
    assert "$programme" in result.cypher and result.params["programme"] == "四议两公开"
    assert {e.doc for e in result.evidence} == {"r1", "r2"}


def test_models_by_component_any_and_all(loaded):
    any_ = ask(loaded, "哪些地方推行含“协会”或“合作社”的组合模式？")
    assert sorted(any_.answer) == ["乌拉特前旗", "扎鲁特旗"]
    both = ask(loaded, "which banners use the association-plus-cooperative model")
    assert both.answer == ["扎鲁特旗"]


def test_programmes_of_a_place_by_kind(loaded):
    assert ask(loaded, "扎鲁特旗采用了哪些模式？").answer == ["党支部+协会+合作社"]


def test_ancestor_and_alias(loaded):
    assert ask(loaded, "扎鲁特旗属于哪个盟市？").answer == ["通辽市"]
    assert ask(loaded, "Which league is Zarut Banner (扎鲁特旗) in?").answer == ["通辽市"]


def test_metric_of_a_place(loaded):
    answer = ask(loaded, "扎鲁特旗建立了多少户党员中心户？").answer
    assert [(a["subject"], a["value"], a["unit"]) for a in answer] == [("扎鲁特旗", 320.0, "户")]


def test_leads_and_partners(loaded):
    assert ask(loaded, "其木格创办了哪些合作社？").answer == ["查干花养殖专业合作社"]
    assert ask(loaded, "扎鲁特旗与哪些高校开展了合作？").answer == ["内蒙古农业大学"]


def test_components_of_a_model(loaded):
    assert ask(loaded, "“党支部+协会+合作社”模式由哪些部分组成？").answer == ["党支部", "协会", "合作社"] or \
        sorted(ask(loaded, "“党支部+协会+合作社”模式由哪些部分组成？").answer) == sorted(["党支部", "协会", "合作社"])


def test_unparseable_question_says_what_it_understood(loaded):
    with pytest.raises(QuestionError) as info:
        ask(loaded, "今天天气怎么样")
    assert info.value.suggestions


def test_english_place_names_that_are_not_pinyin_and_organisations_named_in_english():
    from api.qa.names import NameIndex

    names = NameIndex()
    for name, level in [("阿拉善盟", "league"), ("鄂尔多斯市", "league"), ("扎鲁特旗", "banner")]:
        names._add_place({"name": name, "level": level, "aliases": []})
    for org in ["阿拉善边境管理支队", "阿拉善边境管理支队政治处党支部", "鄂尔多斯市财政局"]:
        names.organisations[org] = org
    names.english = {"alxa": "阿拉善盟", "ordos": "鄂尔多斯市"}
    assert names.find_pinyin("Who heads the Alxa border management detachment?") == ["阿拉善盟"]
    assert names.find_pinyin("Which league is Zhalute Banner in?") == ["扎鲁特旗"]
    from api.qa.parse import english_org_chinese

    said = english_org_chinese("Who heads the Alxa border management detachment?")
    assert names.organisation_in_english(["阿拉善盟"], said) == "阿拉善边境管理支队"
    said = english_org_chinese("Who leads the party branch of the political office of the Ordos finance bureau?")
    assert names.organisation_in_english(["鄂尔多斯市"], said) == "鄂尔多斯市财政局"


def test_implementers_within_a_league(loaded):
    assert ask(loaded, "通辽市哪些旗推行了含“协会”的模式？").answer == ["扎鲁特旗"]
    assert ask(loaded, "Which banners in Tongliao use the party branch plus association model?").answer == ["扎鲁特旗"]
    assert ask(loaded, "巴彦淖尔市哪些旗县推行“党支部+协会+合作社”模式？").answer == []
    # nothing inside the league states it: the league itself
    assert ask(loaded, "通辽市哪些地方推行“四议两公开”制度？").answer == ["通辽市"]


def test_english_forms_of_hierarchy_and_founder_questions(loaded):
    assert ask(loaded, "Which city does Zhalute Banner belong to?").answer == ["通辽市"]
    assert ask(loaded, "Where is Zarud Banner?").answer == ["通辽市"]
    assert ask(loaded, "谁创办了查干花养殖专业合作社？").answer == ["其木格"]
    assert ask(loaded, "Who founded 查干花养殖专业合作社?").answer == ["其木格"]
