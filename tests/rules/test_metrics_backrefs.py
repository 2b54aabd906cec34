"""Subjects of figures taken up by a demonstrative, a partner clause, a bank's take-up, a list of posts, a nested place."""

import pytest


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


_BANNER = "阿巴嘎旗持续推进兴边富民行动。\n"


@pytest.mark.parametrize("demonstrative", ["这个嘎查", "这个边境嘎查", "这里"])
def test_a_demonstrative_takes_up_the_one_gacha_of_the_paragraph(extract, demonstrative):
    text = _BANNER + (f"记者来到洪格尔高勒镇塔林嘎查，牧民正在转场。{demonstrative}有牧户74户、210人，"
                      "草场面积28万亩，距边境线22公里。")
    assert _subjects(extract(text)) == {(74, "Place", "塔林嘎查"), (210, "Place", "塔林嘎查"),
                                        (280_000, "Place", "塔林嘎查"), (22, "Place", "塔林嘎查")}


def test_a_demonstrative_with_two_gachas_in_the_paragraph_has_no_subject(extract):
    text = _BANNER + "洪格尔高勒镇塔林嘎查和宝格都嘎查相邻。这个嘎查有牧户74户。"
    assert _subjects(extract(text)) == set()


def test_a_clause_opening_with_the_partner_word_keeps_the_opening_gacha(extract):
    text = ("西乌珠穆沁旗大力发展乡村旅游。\n巴拉嘎尔高勒镇乌日图嘎查依托草原资源，与锡林郭勒草原文旅有限公司签订合作协议，"
            "推行“公司+嘎查+牧户”模式，2023年接待游客2.6万人次，嘎查集体增收31万元。")
    assert _subjects(extract(text)) == {(26_000, "Place", "乌日图嘎查"), (310_000, "Place", "乌日图嘎查")}


def test_village_word_before_a_partner_takes_up_the_village_of_the_paragraph(extract):
    text = ("化德县推进土地托管。\n走进长顺镇石门村，村党支部书记郝建国介绍，村里推行土地托管，"
            "与乌兰察布丰禾农业发展有限公司签订订单，托管耕地2800亩，每亩增收110元。")
    assert _subjects(extract(text)) == {(2800, "Place", "石门村"), (110, "Place", "石门村")}


def test_village_word_with_no_village_named_is_not_the_banner(extract):
    text = ("化德县推进土地托管。\n村党支部书记郝建国介绍，村里推行土地托管，"
            "与乌兰察布丰禾农业发展有限公司签订订单，托管耕地2800亩。")
    assert _subjects(extract(text)) == set()


def test_two_posts_before_a_name_leave_the_age_to_the_person(extract):
    text = ("察右后旗白音察干镇红旗村成立了察右后旗红旗马铃薯种植专业合作社。"
            "合作社理事长、村党支部书记田志强今年51岁，2023年合作社销售马铃薯400吨。")
    assert _subjects(extract(text)) == {(51, "Person", "田志强"),
                                        (400, "Organisation", "察右后旗红旗马铃薯种植专业合作社")}


@pytest.mark.parametrize("takeup", ["该支行", "该行"])
def test_a_bank_branch_taken_up_owns_the_figures(extract, takeup):
    text = ("多伦县持续优化金融服务。\n中国工商银行多伦县支行深耕县域金融。"
            f"{takeup}去年发放涉农贷款6.4亿元，惠及农户3100户。")
    assert _subjects(extract(text)) == {(640_000_000, "Organisation", "中国工商银行多伦县支行"),
                                        (3100, "Organisation", "中国工商银行多伦县支行")}


def test_a_villager_named_by_a_known_village_is_the_subject_of_the_age(extract):
    text = "凉城县岱海镇永兴村发展肉羊产业。永兴村村民马占山今年63岁。"
    assert _subjects(extract(text)) == {(63, "Person", "马占山")}


def test_a_person_taken_up_who_leads_others_does_not_own_their_count(extract):
    text = "凉城县岱海镇永兴村党支部书记马占山扎根基层。他已连续担任村党支部书记12年，带领村民养羊2000只。"
    assert (2000, "Person", "马占山") not in _subjects(extract(text))
    assert (12, "Person", "马占山") in _subjects(extract(text))


def test_a_span_of_years_after_a_leading_clause_is_still_the_persons(extract):
    text = "四子王旗乌兰花镇前进村党支部书记韩宝林带领村民致富，已连续担任村党支部书记11年。"
    assert _subjects(extract(text)) == {(11, "Person", "韩宝林")}


@pytest.mark.parametrize("name", ["巴特尔牧业专业合作社", "正蓝旗苏和牧业专业合作社"])
def test_a_body_founded_under_a_name_not_found_is_not_the_banner(extract, name):
    # (a cooperative's name that holds a person's name may be found by no earlier stage)
    text = (f"正蓝旗推进畜牧业。\n2018年，他牵头成立了{name}。"
            "合作社现有社员36户，年销售额420万元。")
    subjects = _subjects(extract(text))
    assert not any(label == "Place" for _, label, _ in subjects)


def test_a_town_opening_the_sentence_owns_its_later_clauses(extract):
    text = "太仆寺旗深化基层治理。\n宝昌镇推行“积分+清单”治理模式，设立积分超市8个，累计兑换物品2400件。"
    assert _subjects(extract(text)) == {(8, "Place", "宝昌镇"), (2400, "Place", "宝昌镇")}


def test_a_banner_short_form_inside_a_township_name_owns_no_figure(extract):
    text = "鄂温克族自治旗推进文旅融合。\n扎兰屯市萨马街鄂温克民族乡猎民村建成民俗体验馆1处、民宿14家。"
    assert _subjects(extract(text)) == {(1, "Place", "猎民村"), (14, "Place", "猎民村")}


def test_village_collective_with_no_village_named_stays_the_banners(extract):
    text = "察哈尔右翼中旗发展壮大集体经济。\n村集体经济收入达到8600万元。"
    assert _subjects(extract(text)) == {(86_000_000, "Place", "察哈尔右翼中旗")}


def test_a_demonstrative_opening_a_paragraph_takes_up_the_gacha_of_the_one_before(extract):
    text = _BANNER + "记者来到洪格尔高勒镇塔林嘎查。\n这个边境嘎查有牧户74户。"
    assert _subjects(extract(text)) == {(74, "Place", "塔林嘎查")}


@pytest.mark.parametrize("words", ["这个边境嘎查有", "我们这里有"])
def test_a_demonstrative_in_speech_takes_up_the_one_gacha_of_the_paragraph(extract, words):
    text = _BANNER + f"记者来到洪格尔高勒镇塔林嘎查。嘎查党支部书记巴图说：“{words}牧户74户。”"
    assert _subjects(extract(text)) == {(74, "Place", "塔林嘎查")}
