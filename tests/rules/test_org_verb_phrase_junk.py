"""No organisation from a verb phrase before a kind word: 赶进合作社, 家庭农场或合作社 name no body."""

import pytest

from .helpers import names


def test_a_verb_and_its_direction_end_the_name(extract):
    facts = extract("牧民巴特把自家的羊赶进合作社。农户把玉米送入合作社统一销售。农户们把牛搬进合作社暖棚。")
    assert names(facts, "Organisation") == set()


def test_the_named_body_after_the_motion_stays(extract):
    facts = extract("红柳镇是杭锦旗的一个镇。他们把羊群赶进红柳镇巴音嘎查草原牧业专业合作社的暖棚。")
    assert names(facts, "Organisation") == {"红柳镇巴音嘎查草原牧业专业合作社"}


def test_kind_words_joined_by_or_name_no_body(extract):
    facts = extract("全村有30户领办创办了家庭农场或合作社。红柳镇有12户办起了合作社或家庭农场。")
    assert names(facts, "Organisation") == set()


def test_words_of_names_ending_in_jin_are_kept(extract):
    facts = extract("红柳镇奋进农牧业专业合作社收购玉米。杭锦旗新进商贸有限公司收购玉米。")
    assert {"红柳镇奋进农牧业专业合作社", "杭锦旗新进商贸有限公司"} <= names(facts, "Organisation")


def test_ru_opening_a_word_is_no_direction(extract):
    facts = extract("满洲里出入境边防检查站执勤二队联合货场派出所开展活动。")
    assert "满洲里出入境边防检查站执勤二队" in names(facts, "Organisation")


def test_bringing_a_body_in_or_saying_one_is_there_is_no_part_of_its_name(extract):
    facts = extract("卧牛河镇招引呼伦贝尔绿野农业有限公司，建成冷库2座。卧牛河镇有个果蔬种植协会，会员120户。")
    assert names(facts, "Organisation") == {"呼伦贝尔绿野农业有限公司"}


@pytest.mark.parametrize("text", [
    "四子王旗推进党建。下一步，镇里将继续深化片区联合党委建设。",
    "四子王旗推进党建。说起合作社，他掰着手指头告诉记者，去年分红将近90万元。",
    "四子王旗推进党建。依托旗委党校和网络学院，全年举办主体班次14期。",
])
def test_no_body_named_by_a_verb_or_a_generic_word(extract, text):
    assert not any(n.startswith(("继续", "深化", "说起", "网络")) for n in names(extract(text), "Organisation"))
