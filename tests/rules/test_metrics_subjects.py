"""Subjects of figures: the one who opens the sentence, not its partner; an organisation taken up by its kind word."""

import pytest


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


def test_partner_company_after_yu_is_not_the_subject(extract):
    text = ("宁城县大城子镇党委与宁城天乐旅游开发有限公司共建“城乡红”党建联盟，"
            "吸纳周边6个村的520户农户参与民宿经营，户均年收入增加1.5万元。")
    assert _subjects(extract(text)) == {(6, "Place", "大城子镇"), (520, "Place", "大城子镇"),
                                        (15_000, "Place", "大城子镇")}


def test_partner_group_with_a_region_before_its_name_is_not_the_subject(extract):
    text = "喀喇沁旗牛家营子镇北沟村与内蒙古兴安药业集团合作建设中药材基地，村集体年增收26万元。"
    assert _subjects(extract(text)) == {(260_000, "Place", "北沟村")}


def test_a_cooperative_opening_the_sentence_keeps_its_partner_out(extract):
    text = "阿荣旗向阳峪镇兴农玉米种植专业合作社与北大荒粮食有限公司签订订单，年销售玉米3000吨。"
    facts = extract(text)
    names = {m.subject.name for m in facts.metrics}
    assert names and all(n.endswith("合作社") for n in names), names


_FOUNDED = "新发乡农民张桂芝2015年回乡，她带头创办了阿荣旗丰收杂粮种植专业合作社，把周边农户组织起来。"
_COOP = "阿荣旗丰收杂粮种植专业合作社"


def test_cooperative_taken_up_after_a_time_lead_owns_all_figures_of_the_sentence(extract):
    text = _FOUNDED + "去年，合作社销售杂粮1200吨，实现销售额960万元，带动周边3个村的脱贫户人均增收4200元。"
    facts = extract(text)
    assert {m.value for m in facts.metrics} == {1200, 9_600_000, 3, 4200}
    assert {(m.subject.label, m.subject.name) for m in facts.metrics} == {("Organisation", _COOP)}


def test_cooperative_taken_up_in_the_next_paragraph(extract):
    facts = extract(_FOUNDED + "\n合作社现有社员86户，年分红40万元。")
    assert {(m.value, m.subject.name) for m in facts.metrics} == {(86, _COOP), (400_000, _COOP)}


def test_cooperative_named_two_paragraphs_back_is_not_taken_up(extract):
    facts = extract(_FOUNDED + "\n阿荣旗召开产业发展大会。\n合作社现有社员86户。")
    assert all(m.subject.name != _COOP for m in facts.metrics)


def test_gai_gongsi_mid_sentence_carries_to_the_next_clause(extract):
    facts = extract("扎兰屯市引进龙江乳业有限公司，该公司年加工鲜奶3万吨，吸纳就业120人。")
    assert {(m.value, m.subject.name) for m in facts.metrics} == {
        (30_000, "龙江乳业有限公司"), (120, "龙江乳业有限公司")}


def test_a_place_named_after_the_kind_word_takes_the_figure_back(extract):
    facts = extract("扎兰屯市引进龙江乳业有限公司，该公司年加工鲜奶3万吨，扎兰屯市吸纳就业120人。")
    assert {(m.value, m.subject.name) for m in facts.metrics} == {
        (30_000, "龙江乳业有限公司"), (120, "扎兰屯市")}


def test_a_person_opening_the_sentence_owns_age_and_years_of_work(extract):
    facts = extract("苏尼特右旗赛汉塔拉镇牧民乌云其木格今年52岁，从事养殖30年，现有基础母羊300只。")
    assert {(m.value, m.unit, m.subject.name) for m in facts.metrics} == {
        (52, "岁", "乌云其木格"), (30, "年", "乌云其木格"), (300, "只", "乌云其木格")}


def test_spans_of_years_not_about_a_person_are_no_figures(extract):
    facts = extract("五原县用3年时间种植向日葵80万亩，从事养殖30年以上的农户有200户。")
    assert {(m.value, m.unit) for m in facts.metrics} == {(800_000, "亩"), (200, "户")}


@pytest.mark.parametrize("opening", ["镇里", "该镇", "全镇", "2023年，全镇"])
def test_a_township_taken_up_in_the_next_paragraph(extract, opening):
    facts = extract(f"宁城县八里罕镇坚持党建引领。\n{opening}组建了12个产业党小组，覆盖农户2300户。")
    assert {(m.value, m.subject.name) for m in facts.metrics} == {(12, "八里罕镇"), (2300, "八里罕镇")}


def test_a_village_named_two_paragraphs_back_is_not_taken_up(extract):
    facts = extract("宁城县八里罕镇河南村坚持党建引领。\n宁城县召开产业大会。\n全村集体经济收入达到32万元。")
    assert all(m.subject.name != "河南村" for m in facts.metrics)


def test_a_bare_cun_ji_ti_is_no_anaphor(extract):
    facts = extract("宁城县八里罕镇河南村坚持党建引领。\n村集体经济收入全部达到10万元以上。")
    assert all(m.subject.name != "河南村" for m in facts.metrics)


def test_a_villager_after_gai_cun_owns_his_figures(extract):
    facts = extract("宁城县八里罕镇河南村坚持党建引领。\n该村村民张国华今年52岁，养牛30头。")
    assert {(m.value, m.subject.name) for m in facts.metrics} == {(52, "张国华"), (30, "张国华")}


@pytest.mark.parametrize("scene", ["走进", "记者在", "来到"])
def test_the_scene_opening_a_report_sentence_is_its_subject(extract, scene):
    facts = extract(f"{scene}巴林右旗大板镇，村民新建的暖棚有80多座。")
    assert [(m.value, m.subject.name) for m in facts.metrics] == [(80, "大板镇")]


def test_a_group_brought_in_with_a_region_before_its_name_is_not_the_subject(extract):
    text = "喀喇沁旗牛家营子镇北沟村引进内蒙古兴安药业集团建设中药材基地，村集体年增收26万元，带动农户120户。"
    assert {(m.value, m.subject.name) for m in extract(text).metrics} == {(260_000, "北沟村"), (120, "北沟村")}


def test_cun_ji_ti_takes_up_the_village_of_its_sentence(extract):
    text = "赤峰蒙都羊业有限公司与巴林右旗大板镇古日古勒台嘎查合作建设育肥基地，嘎查集体年增收26万元。"
    assert [(m.value, m.subject.name) for m in extract(text).metrics] == [(260_000, "古日古勒台嘎查")]


def test_a_kind_word_last_said_of_many_takes_up_no_named_cooperative(extract):
    text = ("阿荣旗向阳峪镇兴农玉米种植专业合作社成立于2018年，全旗合作社达到300家。\n"
            "合作社年均分红8万元。")
    assert all(not m.subject.name.endswith("合作社") for m in extract(text).metrics)


def test_a_take_up_after_a_take_up_goes_back_to_the_same_cooperative(extract):
    text = (_FOUNDED + "合作社现有社员136户，存栏肉牛2100头。去年，合作社实现分红86万元。")
    assert {m.subject.name for m in extract(text).metrics} == {_COOP}


def test_a_clause_taking_up_the_village_stops_the_cooperative_carrying_over(extract):
    text = ("正镶白旗明安图镇巴音敖包嘎查党支部领办了巴音敖包草原生态畜牧业专业合作社，入社牧户58户。\n"
            "2022年，该合作社销售收入达到380万元，嘎查集体收入增加18万元。")
    subjects = {m.value: m.subject.name for m in extract(text).metrics}
    assert subjects[3_800_000] == "巴音敖包草原生态畜牧业专业合作社"
    assert subjects[180_000] == "巴音敖包嘎查"


def test_gai_she_takes_up_the_cooperative_but_she_yuan_does_not_block_it(extract):
    text = ("阿荣旗向阳峪镇兴农玉米种植专业合作社成立于2018年，现有社员86户。"
            "该社去年销售玉米3000吨，社员户均分红5000元。")
    assert {m.subject.name for m in extract(text).metrics} == {"阿荣旗向阳峪镇兴农玉米种植专业合作社"}


def test_a_village_written_after_gai_zhen_is_taken_up_by_quancun(extract):
    facts = extract("宁城县八里罕镇石门子村位于山区。\n宁城县八里罕镇青松村发展香菇种植。"
                    "该镇石门子村推行积分制管理，全村86户全部参与。")
    assert [(m.value, m.subject.name) for m in facts.metrics] == [(86, "石门子村")]


def test_an_unknown_village_after_gai_zhen_leaves_quancun_without_subject(extract):
    facts = extract("宁城县八里罕镇青松村发展香菇种植。该镇石门子村推行积分制管理，全村86户全部参与。")
    assert facts.metrics == []


@pytest.mark.parametrize("text", [
    "宁城县农牧局与内蒙古绿源食品有限公司签订产销合作协议，该公司每年在全县收购马铃薯3000吨以上。",
    "宁城县农牧局与内蒙古绿源食品有限公司签订产销合作协议。该公司每年在全县收购马铃薯3000吨以上。",
])
def test_gai_gongsi_keeps_its_figure_where_it_acts_in_a_place(extract, text):
    assert _subjects(extract(text)) == {(3000, "Organisation", "内蒙古绿源食品有限公司")}


def test_units_bound_into_a_quoted_alliance_are_the_alliances_not_the_towns(extract):
    facts = extract("宁城县八里罕镇党委牵头组建“香菇产业联盟”，把全镇的14个党组织联结起来，带动农户1200户。")
    assert _subjects(facts) == {(14, "Programme", "香菇产业联盟"), (1200, "Place", "八里罕镇")}


def test_cooperative_taken_up_across_sentences_and_the_next_paragraph(extract):
    facts = extract("2019年，青松村党支部书记孙淑兰牵头成立了宁城县绿源香菇种植专业合作社。目前，合作社有社员86户。\n"
                    "宁城县八里罕镇今年香菇丰收。合作社年销售香菇1200吨，建冷库800平方米。")
    coop = "宁城县绿源香菇种植专业合作社"
    assert _subjects(facts) == {(86, "Organisation", coop), (1200, "Organisation", coop), (800, "Organisation", coop)}


@pytest.mark.parametrize("body", ["宁城县总工会", "宁城县科学技术协会"])
def test_training_figures_of_a_mass_organisation_opening_the_sentence(extract, body):
    facts = extract(f"{body}开展“技能提升”培训，今年已举办培训班38期，培训职工2600余人次。")
    assert _subjects(facts) == {(38, "Organisation", body), (2600, "Organisation", body)}


def test_gai_gongsi_clause_naming_a_place_as_origin_of_goods(extract):
    facts = extract("宁城县农牧和科技局与北京绿源食品集团有限公司签订产销合作协议，该公司每年收购宁城县马铃薯3000吨以上。")
    assert _subjects(facts) == {(3000, "Organisation", "北京绿源食品集团有限公司")}


def test_a_bare_kind_word_saying_where_people_work_does_not_stop_the_take_up(extract):
    facts = extract("2019年，青松村党支部书记孙淑兰牵头成立了宁城县绿源香菇种植专业合作社。\n"
                    "村民们在合作社大棚采收香菇，合作社已带动全村120余户群众增收。")
    assert _subjects(facts) == {(120, "Organisation", "宁城县绿源香菇种植专业合作社")}


def test_a_date_before_the_body_opening_the_sentence_keeps_it_the_subject(extract):
    facts = extract("乌审旗推进金融助农。\n"
                    "2024年，乌审旗农村商业银行累计发放贷款4.4亿元。"
                    "截至今年9月底，乌审旗农村商业银行已累计发放贷款5.5亿元。")
    subjects = {m.value: m.subject.name for m in facts.metrics}
    assert subjects[440_000_000] == "乌审旗农村商业银行"
    assert subjects[550_000_000] == "乌审旗农村商业银行"
