"""Figures about persons: an age written before the name, years of work, and figures in speech."""

import pytest

_NAMED = "阿荣旗东光村村民王秀英发展庭院经济。"


def _subjects(facts):
    return {(m.value, m.unit, m.subject.label, m.subject.name) for m in facts.metrics}


@pytest.mark.parametrize("sentence", ["今年68岁的王秀英养牛12头。", "今年68岁的村民王秀英，去年养牛12头。",
                                      "东光村今年68岁的王秀英，养牛12头。"])
def test_an_age_before_the_name_is_the_persons(extract, sentence):
    facts = extract(_NAMED + sentence)
    assert _subjects(facts) == {(68, "岁", "Person", "王秀英"), (12, "头", "Person", "王秀英")}


def test_an_age_before_a_role_and_name_found_by_its_cue(extract):
    facts = extract("今年68岁的东光村党支部书记王秀英带领村民发展大豆种植。")
    assert _subjects(facts) == {(68, "岁", "Person", "王秀英")}


@pytest.mark.parametrize("sentence", ["全村60岁的老人有120人。", "今年68岁的老人在村里养牛12头。"])
def test_an_age_describing_no_one_named_is_no_figure(extract, sentence):
    assert all(m.unit != "岁" for m in extract(_NAMED + sentence).metrics)


@pytest.mark.parametrize(("sentence", "years", "indicator"), [
    ("东光村党支部书记王秀英已有12年党龄。", 12, "党龄"),
    ("东光村党支部书记王秀英已在村里工作15年。", 15, "工作"),
    ("东光村党支部书记王秀英担任村党支部书记已有8年。", 8, "担任村党支部书记已有"),
])
def test_years_in_post_are_the_persons(extract, sentence, years, indicator):
    metrics = extract(sentence).metrics
    assert [(m.value, m.unit, m.subject.name, m.indicator) for m in metrics] == [(years, "年", "王秀英", indicator)]


def test_years_that_are_no_persons_are_no_figures(extract):
    assert extract("东光村绿源杂粮种植专业合作社成立已有5年。东光村已有3年没有发生火灾。").metrics == []


_GROWER = "阿荣旗东光村村民李桂芳种植香菇。"


def test_first_person_speech_is_the_named_speakers(extract):
    facts = extract(_GROWER + "“我今年种了20亩香菇，收入5万元。”李桂芳笑着说。")
    assert _subjects(facts) == {(20, "亩", "Person", "李桂芳"), (50_000, "元", "Person", "李桂芳")}


def test_speech_over_two_sentences_with_the_speaker_before(extract):
    facts = extract("阿荣旗东光村党支部书记王秀英告诉记者：“我家去年养牛挣了3000元。村里今年集体收入40多万元。”")
    assert _subjects(facts) == {(3000, "元", "Person", "王秀英"), (400_000, "元", "Place", "东光村")}


@pytest.mark.parametrize("speech", ["“咱们一年能挣10多万元。”李桂芳笑着说。",  # whose: not said
                                    "“我今年种了20亩香菇。”村民们说。",  # no named speaker
                                    "“我今年种了20亩香菇。”李桂芳对村党支部书记王秀英说。"])  # two persons: no one speaker
def test_speech_figures_without_a_clear_subject(extract, speech):
    facts = extract(_GROWER + speech)
    assert all(m.subject.label != "Person" for m in facts.metrics)
    assert all(m.value != 100_000 for m in facts.metrics)


def test_a_village_taken_up_in_speech_is_the_paragraphs_one_village(extract):
    facts = extract(_GROWER + "“村里今年收入40多万元。”村民们说。")
    assert _subjects(facts) == {(400_000, "元", "Place", "东光村")}


def test_a_slogan_in_quotes_stays_no_figure(extract):
    facts = extract("阿荣旗坚持“抓党建兴产业、发展产业强党建，3年增收1000万元”理念，培育合作社120家。")
    assert {m.value for m in facts.metrics} == {120}


@pytest.mark.parametrize(("sentence", "years"), [("东光村党支部书记王秀英扎根这片草原已经整整20年了。", 20),
                                                  ("东光村党支部书记王秀英扎根基层一线二十余年。", 20)])
def test_years_rooted_in_a_place_are_the_persons(extract, sentence, years):
    metrics = extract(sentence).metrics
    assert [(m.value, m.unit, m.subject.name) for m in metrics] == [(years, "年", "王秀英")]


def test_a_pronoun_speaker_is_the_one_person_named_before_in_the_paragraph(extract):
    facts = extract("阿荣旗东光村村民李桂芳种植香菇。她笑着说：“我今年种了20亩香菇。”")
    assert _subjects(facts) == {(20, "亩", "Person", "李桂芳")}


def test_a_pronoun_speaker_after_two_persons_is_no_one(extract):
    facts = extract("阿荣旗东光村村民李桂芳和村党支部书记王秀英种植香菇。她笑着说：“我今年种了20亩香菇。”")
    assert all(m.subject.label != "Person" for m in facts.metrics)


def test_a_village_of_the_paragraph_before_is_the_speakers_and_a_hope_is_no_figure(extract):
    facts = extract("归流河镇永胜村发展蔬菜种植。\n村党支部书记王建军告诉记者：“村里集体经济收入去年达到45万元，今年有望突破60万元。”")
    assert _subjects(facts) == {(450_000, "元", "Place", "永胜村")}


def test_a_cooperatives_post_before_a_name_leaves_the_person_the_subject(extract):
    facts = extract("阿荣旗东光村党支部领办东光村蔬菜种植专业合作社。合作社理事长刘志强今年56岁，从事蔬菜种植已有20多年。"
                    "合作社现有社员86户。")
    assert _subjects(facts) == {(56, "岁", "Person", "刘志强"), (20, "年", "Person", "刘志强"),
                                (86, "户", "Organisation", "东光村蔬菜种植专业合作社")}


def test_two_posts_with_a_village_committee_before_the_name(extract):
    facts = extract("宁城县八里罕镇青松村党支部书记、村委会主任孙淑兰今年52岁，已在村里干了16年。")
    assert _subjects(facts) == {(52, "岁", "Person", "孙淑兰"), (16, "年", "Person", "孙淑兰")}


def test_an_age_after_a_clause_stating_the_post(extract):
    facts = extract("宁城县委组织部副部长孙淑兰，是八里罕镇青松村党支部书记，今年47岁。")
    assert _subjects(facts) == {(47, "岁", "Person", "孙淑兰")}


def test_a_figure_after_a_clause_stating_the_post_is_not_the_persons(extract):
    facts = extract("宁城县委组织部副部长孙淑兰，是八里罕镇青松村党支部书记，村里有农户300户。")
    assert all(m.subject.label != "Person" for m in facts.metrics)


def test_years_of_party_membership_after_you(extract):
    facts = extract("宁城县养蜂协会会长孙淑兰是一名有30年党龄的老党员。")
    assert _subjects(facts) == {(30, "年", "Person", "孙淑兰")}


def test_party_membership_of_a_group_is_no_persons_figure(extract):
    facts = extract("宁城县青松村现有50年党龄的老党员12名。")
    assert all(m.unit != "年" for m in facts.metrics)


@pytest.mark.parametrize(("quote", "expected"), [
    ("今年光卖香菇就挣了1.3万元。", {(13_000, "元", "Person", "孙淑兰")}),
    ("咱们一年能挣10多万元。", set()),
    ("每户一年能挣2万元。", set()),
    ("在合作社打工，一天能挣120元，去年一共收入了2.6万元。", {(120, "元", "Person", "孙淑兰"),
                                                      (26_000, "元", "Person", "孙淑兰")}),
    ("合作社一年能挣80万元。", set()),
    ("不用下地也能拿收入，去年光托管分红就有1.1万元。", {(11_000, "元", "Person", "孙淑兰")}),
    ("合作社去年分红就有80万元。", set()),
    ("村民人均收入了1.2万元。", set()),
])
def test_money_earned_in_speech_with_no_one_else_is_the_speakers(extract, quote, expected):
    facts = extract(f"宁城县八里罕镇青松村村民孙淑兰正忙着分拣香菇，她笑着说：“{quote}”")
    assert _subjects(facts) == expected


def test_money_earned_in_speech_of_two_persons_is_dropped(extract):
    facts = extract("孙淑兰和李桂香正忙着分拣香菇，她笑着说：“今年光卖香菇就挣了1.3万元。”")
    assert _subjects(facts) == set()


def test_reckoning_up_for_the_reporter_is_speech(extract):
    facts = extract("宁城县八里罕镇青松村村民孙淑兰正忙着分拣香菇，她笑着给记者算了一笔账：“我今年光卖香菇就挣了1.3万元。”")
    assert _subjects(facts) == {(13_000, "元", "Person", "孙淑兰")}
