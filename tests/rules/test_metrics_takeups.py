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


_COMMITTEE = "扎兰屯市兴华街道向阳社区党委探索“红色物业”模式。"


@pytest.mark.parametrize("lead", ["", "今年，"])
def test_a_community_committee_taken_up_by_its_kind(extract, lead):
    facts = extract(_COMMITTEE + f"{lead}社区党委组建志愿服务队12支，服务居民3000余人次。")
    assert _subjects(facts) == {(12, "Organisation", "兴华街道向阳社区党委"),
                                (3000, "Organisation", "兴华街道向阳社区党委")}


def test_a_village_branch_taken_up_speaks_for_its_village(extract):
    facts = extract("阿荣旗复兴镇东光村党支部探索“积分制”管理。村党支部组建志愿服务队12支。")
    assert _subjects(facts) == {(12, "Place", "东光村")}


def test_the_branch_secretary_is_no_take_up_of_the_branch(extract):
    facts = extract("阿荣旗复兴镇东光村党支部探索“积分制”管理。村党支部书记王秀英今年52岁。")
    assert _subjects(facts) == {(52, "Person", "王秀英")}


def test_committees_of_every_community_take_up_none(extract):
    facts = extract("扎兰屯市全面推行“红色物业”，社区党委组建志愿服务队120支。")
    assert _subjects(facts) == {(120, "Place", "扎兰屯市")}


def test_an_association_taken_up_after_a_time_word(extract):
    facts = extract("扎兰屯市成立了扎兰屯市肉牛产业协会。去年协会会员发展到320名。")
    assert _subjects(facts) == {(320, "Organisation", "扎兰屯市肉牛产业协会")}


def test_a_town_founding_a_cooperative_leaves_it_the_figures_of_its_clauses(extract):
    facts = extract("阿荣旗复兴镇成立了复兴镇农机服务专业合作社，年作业面积3万亩。")
    assert _subjects(facts) == {(30_000, "Organisation", "复兴镇农机服务专业合作社")}


_BANNER = "鄂伦春自治旗大力推进生态建设。"


@pytest.mark.parametrize("sentence", ["阿里河林业局与托扎敏村签订协议，完成造林3000亩。", "阿里河林业局完成造林3000亩。"])
def test_a_bureau_named_by_no_known_place_owns_its_figures(extract, sentence):
    assert _subjects(extract(_BANNER + sentence)) == {(3000, "Organisation", "阿里河林业局")}


@pytest.mark.parametrize("sentence", ["鄂伦春自治旗林业局与托扎敏村签订协议，完成造林3000亩。",
                                      "鄂伦春自治旗林业局联合阿里河林业局推出“林下贷”，累计发放贷款3000万元。"])
def test_a_bureau_of_a_named_banner_speaks_for_the_banner(extract, sentence):
    assert {(label, name) for _, label, name in _subjects(extract(_BANNER + sentence))} == {
        ("Place", "鄂伦春自治旗")}


def test_a_bare_kind_word_after_the_named_body_in_its_sentence_is_that_body(extract):
    facts = extract("乌审旗推进产业发展。\n"
                    "嘎鲁图镇党委引导成立乌审旗民族服饰协会，推行“协会+车间+绣娘”模式，由协会统一接单、统一销售。\n"
                    "“以前一针一线都是给自家绣，现在能卖钱了。”绣娘其其格说。\n"
                    "目前，协会会员已有135名，去年销售刺绣产品1.8万件。")
    assert {m.subject.name for m in facts.metrics} == {"乌审旗民族服饰协会"}


def test_many_bodies_of_the_kind_after_a_named_one_are_still_many(extract):
    facts = extract("乌审旗推进产业发展。\n"
                    "嘎鲁图镇党委引导成立乌审旗民族服饰协会，并带动各协会统一接单。\n"
                    "“以前一针一线都是给自家绣，现在能卖钱了。”绣娘其其格说。\n"
                    "目前，协会会员已有135名。")
    assert {m.subject.name for m in facts.metrics} != {"乌审旗民族服饰协会"}


def test_this_cooperative_points_back_to_the_one_named_before(extract):
    facts = extract("乌审旗推进产业发展。\n"
                    "牧民口中的合作社，是乌审旗沙漠之舟骆驼养殖专业合作社。2021年，嘎查党支部书记牵头创办了这家合作社，"
                    "由合作社统一收购驼奶。目前，合作社社员已发展到58户。")
    assert {m.subject.name for m in facts.metrics if m.unit == "户"} == {"乌审旗沙漠之舟骆驼养殖专业合作社"}


@pytest.mark.parametrize("text, body", [
    ("旗委组织部与乌审旗农村信用合作联社签订合作协议，推出“红驼贷”信贷产品。"
     "截至2025年底，信用联社累计发放“红驼贷”1.6亿元。", "乌审旗农村信用合作联社"),
    ("旗委组织部与鄂尔多斯职业学院联建“牧民学历提升班”。学院还组建由15名专家组成的服务团。", "鄂尔多斯职业学院"),
    ("乌审旗与乌审旗农村商业银行签订合作协议。农商行累计发放贷款3.2亿元。", "乌审旗农村商业银行"),
])
def test_short_kind_words_of_banks_and_colleges_take_the_body_up(extract, text, body):
    facts = extract("乌审旗推进人才和金融工作。\n" + text)
    assert {m.subject.name for m in facts.metrics} == {body}
