"""Where a name after a role cue ends: 已/已经/在…工作, 自驻村以来 (sentences written for the test)."""

import pytest

from .helpers import names


@pytest.mark.parametrize("text, name", [
    ("社区党委书记李晓红已在社区工作12年，熟悉每一户居民。", "李晓红"),
    ("网格员王丽已在社区服务8年。", "王丽"),
    ("村委会主任刘志刚已经在村里干了20年。", "刘志刚"),
    ("第一书记赵振宇自驻村以来走访农户200余户。", "赵振宇"),
])
def test_a_name_ends_before_a_time_of_service(extract, text, name):
    assert name in names(extract(text), "Person")


@pytest.mark.parametrize("text, name", [
    ("网格长王秀芝每天巡查一遍小区。", "王秀芝"),
    ("楼栋长李建国帮助邻居代缴水费。", "李建国"),
    ("退役军人郑海涛带头成立了护村队。", "郑海涛"),
])
def test_community_posts_cue_a_name(extract, text, name):
    assert name in names(extract(text), "Person")


def test_community_posts_before_common_nouns_cue_no_one(extract):
    facts = extract("居民代表参加会议。志愿者服务队成立。居民群众满意。技术员现场指导。")
    assert names(facts, "Person") == set()


def test_a_mongolian_name_ending_in_le_after_a_role_cue(extract):
    facts = extract("巴音镇新宝力格嘎查党员中心户萨日乐今年58岁，他联系的7户牧民都种上了青贮玉米。")
    persons = {e.name for e in facts.entities if e.label == "Person"}
    assert "萨日乐" in persons
    age = next(m for m in facts.metrics if m.unit == "岁")
    assert age.subject.name == "萨日乐"


@pytest.mark.parametrize("text, name", [
    ("旗委常委、组织部部长王志刚带队深入7个苏木镇开展专题调研。", "王志刚"),
    ("今年61岁的党员中心户李秀英联系着11户邻居。", "李秀英"),
])
def test_a_name_ends_before_a_verb_jieba_reads_as_a_noun(extract, text, name):
    assert name in names(extract(text), "Person")
