"""Quotes that are not programmes: direct speech, a list spelled out before its short name, focus slogans."""

from __future__ import annotations


def _programmes(facts):
    return {e.name: e for e in facts.entities if e.label == "Programme"}


def test_quoted_speech_after_a_verb_of_saying_is_no_programme(extract):
    progs = _programmes(extract("阿巴嘎旗别力古台镇党委书记说：“合作社让牧民的日子越过越红火。”"))
    assert progs == {}


def test_a_quote_holding_sentence_punctuation_is_no_programme(extract):
    progs = _programmes(extract("牧民们都说“有了党支部带头，心里就踏实了！”，干劲更足了。"))
    assert progs == {}


def test_speech_cue_does_not_stop_a_governed_name_elsewhere(extract):
    progs = _programmes(extract("东乌珠穆沁旗介绍，该旗全面推行“草场共管”机制。"))
    assert "草场共管" in progs


def test_a_list_before_its_numbered_short_name_is_that_names_content(extract):
    progs = _programmes(extract(
        "西乌珠穆沁旗推行“统一收购、统一加工、统一品牌”的“三统一”经营模式，带动牧户增收。"))
    assert set(progs) == {"三统一"}
    assert progs["三统一"].kind == "model"


def test_parallel_aims_after_a_focus_verb_are_a_goal(extract):
    progs = _programmes(extract("多伦县聚焦“强班子、促增收、美环境”，扎实推进乡村振兴。"))
    assert progs == {}


def test_a_focus_slogan_with_a_kind_word_stays_a_programme(extract):
    progs = _programmes(extract("多伦县围绕“强班子、促增收、美环境”工程，扎实推进乡村振兴。"))
    assert "强班子、促增收、美环境" in progs


def test_a_name_launched_with_tuichu_is_a_programme(extract):
    facts = extract("阿巴嘎旗别力古台镇敖其日嘎查党支部创新推出“草原夜话”，组织党员群众学习政策。")
    assert "草原夜话" in _programmes(facts)


def test_a_quote_followed_by_its_speaker_is_speech(extract):
    progs = _programmes(extract("西乌珠穆沁旗推进乡村振兴。“有了合作社，牧户心里踏实”，牧民朝克图笑着说。"))
    assert progs == {}


def test_a_quote_after_hua_shuo_jiu_shi_is_speech(extract):
    progs = _programmes(extract("西乌珠穆沁旗推进乡村振兴。用牧民的话说就是“有了合作社，牧户心里踏实”。"))
    assert progs == {}


def test_a_governed_name_followed_by_a_speakers_remark_stays(extract):
    progs = _programmes(extract("西乌珠穆沁旗全面推行“一嘎查一策”，牧民说，效果很好。"))
    assert "一嘎查一策" in progs


def test_a_list_after_ji_spells_out_the_numbered_short_name(extract):
    progs = _programmes(extract(
        "西乌珠穆沁旗推行“三统一”经营模式，即“统一收购、统一加工、统一品牌”，带动牧户增收。"))
    assert set(progs) == {"三统一"}


def test_a_list_whose_count_differs_from_the_short_name_stays(extract):
    progs = _programmes(extract(
        "西乌珠穆沁旗推行“两统一”经营模式，同时开展“送政策、送技术、送服务”活动，带动牧户增收。"))
    assert {"两统一", "送政策、送技术、送服务"} <= set(progs)


def test_a_gloss_in_brackets_does_not_hide_the_kind_word(extract):
    progs = _programmes(extract("西乌珠穆沁旗推行“三统一”（统一收购、统一加工、统一品牌）经营模式。"))
    assert progs["三统一"].kind == "model"


def test_figures_honours_and_changes_of_attitude_are_not_programmes(extract):
    progs = _programmes(extract(
        "西乌珠穆沁旗推进乡村振兴。这片曾经的“不毛之地”如今草木葱茏。她被评为“全国三八红旗手”。"
        "嘎查党支部书记成了牧民的“知心人”。牧民从“等着干”变为“抢着干”。"))
    assert progs == {}


def test_a_change_written_with_you_between_two_quotes_names_no_programme(extract):
    progs = _programmes(extract("西乌珠穆沁旗引导嘎查集体经济由“吃补贴”向“闯市场”转变，全年增收80万元。"))
    assert progs == {}


def test_a_places_own_practice_after_de_stays(extract):
    progs = _programmes(extract("西乌珠穆沁旗的“马背宣讲团”走进千家万户。"))
    assert "马背宣讲团" in progs


def test_a_quote_of_how_things_were_is_no_programme(extract):
    progs = _programmes(extract("西乌珠穆沁旗推进治沙。巴彦花镇地处沙地深处，过去“一年一场风，从春刮到冬”。"
                                "镇党委推行“党建+治沙”模式。"))
    assert set(progs) == {"党建+治沙"}


def test_the_speakers_words_closing_the_sentence_are_no_programme(extract):
    progs = _programmes(extract("西乌珠穆沁旗推进产业发展。巴特尔说，明年他打算再添30只种羊，“跟着党支部走，日子越过越红火”。"
                                "她告诉记者，协会正在筹建网店，“让更多人知道草原上的刺绣手艺”。"))
    assert progs == {}
