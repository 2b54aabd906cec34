"""Figures of an organisation taken up by its bare kind word, and of a place that runs a body it founded."""

import pytest


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


_FOUNDED = "阿荣旗复兴镇东光村成立了东光村绿源杂粮种植专业合作社。"
_COOP = "东光村绿源杂粮种植专业合作社"


@pytest.mark.parametrize("lead", ["今年", "去年", "2023年", "今年，"])
def test_a_time_word_right_before_the_kind_word_still_takes_it_up(extract, lead):
    facts = extract(_FOUNDED + f"{lead}合作社分红18万元，带动农户42户。")
    assert _subjects(facts) == {(180_000, "Organisation", _COOP), (42, "Organisation", _COOP)}


def test_lianshe_takes_up_a_union_of_cooperatives(extract):
    facts = extract("扎赉特旗好力保镇成立了好力保镇农牧业联合社。联社去年实现销售收入600万元。")
    assert _subjects(facts) == {(6_000_000, "Organisation", "好力保镇农牧业联合社")}


def test_a_kind_word_in_a_model_formula_is_no_mention_of_many(extract):
    facts = extract(_FOUNDED.removesuffix("。") + "，以“合作社+农户”模式种植杂粮。去年，合作社销售杂粮1200吨。")
    assert _subjects(facts) == {(1200, "Organisation", _COOP)}


def test_a_kind_word_last_said_of_many_takes_up_none(extract):
    facts = extract("阿荣旗大力发展合作社，培育合作社120家。去年，合作社销售杂粮1200吨。")
    assert all(m.subject.label == "Place" for m in facts.metrics)


def test_a_village_running_a_cooperative_owns_the_later_clauses(extract):
    text = ("宁城县八里罕镇河南村党支部领办河南村乡村旅游专业合作社，发展农家乐、民宿25家，"
            "2023年接待游客6.2万人次。河南村党支部书记李文华介绍，合作社吸纳本村劳动力90人就业。")
    assert _subjects(extract(text)) == {(25, "Place", "河南村"), (62_000, "Place", "河南村"),
                                        (90, "Organisation", "河南村乡村旅游专业合作社")}


def test_a_factory_run_by_a_village_branch_gives_its_output_to_the_village(extract):
    text = "宁城县八里罕镇依托杂粮产业，由八里罕镇河南村党支部领办杂粮加工厂，年加工杂粮2000吨。"
    assert _subjects(extract(text)) == {(2000, "Place", "河南村")}


def test_a_bank_opening_the_sentence_owns_its_figures(extract):
    facts = extract("宁城县农商银行推出“惠农贷”，已为1200户农户发放贷款1.5亿元。")
    assert _subjects(facts) == {(1200, "Organisation", "宁城县农商银行"),
                                (150_000_000, "Organisation", "宁城县农商银行")}


def test_an_organisation_found_by_its_short_form_inside_the_opening_place_opens_the_sentence():
    from pipeline.rules.context import Span
    from pipeline.rules.metric_subjects import _opening_org

    text = "宁城县农商银行推出惠农贷，已为1200户农户发放贷款。"
    place = Span("Place", "宁城县", 0, 3, 0, level="banner")
    bank = Span("Organisation", "宁城县农商银行", 2, 7, 0, kind="bank")  # found as 县农商银行
    assert _opening_org([bank], text, [place]) is bank
    assert _opening_org([bank], text) is None
