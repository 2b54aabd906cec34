"""Persons named before a cue that only follows names, short transliterated names, and where they live.

Sentences written for the test.
"""


from .helpers import entities
from .helpers import pairs as _rels


def _persons(facts):
    return entities(facts, "Person")


def test_a_transliterated_name_before_laoren_is_a_person(extract):
    facts = extract("从入警开始，就一直听说朝鲁老人的故事，终于要见到本人了。")
    assert "朝鲁" in _persons(facts)


def test_a_surname_name_before_tongzhi_is_a_person(extract):
    facts = extract("会上，王建军同志作了题为“守好北疆”的发言，大家深受教育。")
    assert "王建军" in _persons(facts)


def test_groups_before_the_cues_are_not_persons(extract):
    facts = extract("全体同志深受教育，孤寡老人、留守老人、空巢老人都得到了照顾，青年同志积极参与。")
    assert _persons(facts) == {}


def test_a_two_character_transliterated_name_after_a_role_cue(extract):
    facts = extract("科尔沁右翼前旗党员中心户巴图说，今年家里的收入翻了一番。")
    assert _persons(facts)["巴图"].role == "党员中心户"
    assert ("巴图", "科尔沁右翼前旗") in _rels(facts, "LOCATED_IN")


def test_a_person_visited_lives_where_the_visiting_unit_works(extract):
    facts = extract("近日，兴安边境管理支队政治处党支部组织党员民警来到护边员朝鲁老人家，聆听戍边故事。")
    assert ("朝鲁", "兴安盟") in _rels(facts, "LOCATED_IN")


def test_a_visit_to_another_place_puts_the_person_there(extract):
    facts = extract("扎赉特旗委组织部组织党员走访音德尔镇困难党员王秀英同志，送去慰问金。")
    assert ("王秀英", "扎赉特旗") not in _rels(facts, "LOCATED_IN")


def test_a_persons_evidence_is_the_first_sentence_that_says_where_they_are(extract):
    facts = extract("从入警开始，就一直听说朝鲁老人的故事。近日，兴安边境管理支队党支部组织党员来到朝鲁老人家，聆听戍边故事。")
    assert "兴安" in _persons(facts)["朝鲁"].evidence.text


def test_names_listed_after_a_role_cue_share_it(extract):
    facts = extract("扎赉特旗党员中心户孟根、巴图和其其格被评为优秀党员。")
    persons = _persons(facts)
    assert {"孟根", "巴图", "其其格"} <= set(persons)
    assert persons["其其格"].role == "党员中心户"


def test_a_member_quoted_to_the_reporter_is_named_by_the_frame(extract):
    facts = extract("不久前，扎赉特旗举办党史学习教育专题读书班，近60名党员参加了学习。参加学习的党员乌兰跟记者说，收获很大。")
    assert "乌兰" in _persons(facts)
    assert ("乌兰", "扎赉特旗") in _rels(facts, "LOCATED_IN")


def test_common_nouns_in_the_reporter_frame_are_not_names(extract):
    facts = extract("党员干部跟记者说，要多学习。村民们告诉记者，日子越过越好。")
    assert _persons(facts) == {}


def test_a_sentence_mentioning_the_reporter_is_not_a_byline(extract):
    facts = extract("记者了解到，村民李春花今年种植葵花50亩。\n\n本报记者 王晓明\n\n李明 摄")
    assert set(_persons(facts)) == {"李春花"}


def test_everyday_words_that_start_with_a_surname_are_not_names(extract):
    facts = extract("近日，工作人员看望了农村老人、周边老人和白发老人。村党支部书记马上组织党员开展帮扶。")
    assert _persons(facts) == {}


VILLAGE_POSTS = ("察哈尔右翼后旗白音察干镇新胜村坚持党建引领，群众收入稳步提高。"
                 "李振华担任新胜村党支部书记以来，带领群众发展马铃薯种植。"
                 "赵刚担任新胜村党支部副书记。党员张三说，新胜村党支部领办了新胜村养殖专业合作社。")


def test_a_name_taking_up_a_post_leads_the_posts_organisation(extract):
    facts = extract(VILLAGE_POSTS)
    persons = _persons(facts)
    assert persons["李振华"].role == "党支部书记"
    assert ("李振华", "新胜村党支部") in _rels(facts, "LEADS")
    assert ("李振华", "新胜村") in _rels(facts, "LOCATED_IN")


def test_a_deputy_taking_up_a_post_does_not_lead(extract):
    facts = extract(VILLAGE_POSTS)
    assert "赵刚" in _persons(facts)
    assert ("赵刚", "新胜村党支部") not in _rels(facts, "LEADS")


def test_a_speaker_does_not_lead_what_the_branch_he_quotes_set_up(extract):
    facts = extract("新胜村党员中心户王海说，新胜村党支部领办了新胜村养殖专业合作社，大家都很满意。")
    assert ("王海", "新胜村养殖专业合作社") not in _rels(facts, "LEADS")


GACHA = ("科尔沁右翼前旗归流河镇巴日嘎斯台嘎查坚持党建引领，牧民收入稳步提高。"
         "嘎查达朝格图说，今年全嘎查出栏肉牛3000头。网格员李红梅走访了120户。归流河镇镇长刘建新说，全镇发展势头良好。")


def test_inner_mongolian_village_roles_name_persons_of_the_village(extract):
    facts = extract(GACHA)
    persons = _persons(facts)
    assert persons["朝格图"].role == "嘎查达"
    assert persons["李红梅"].role == "网格员"
    assert ("朝格图", "巴日嘎斯台嘎查") in _rels(facts, "LOCATED_IN")


def test_a_township_named_again_before_a_role_is_where_the_person_is(extract):
    facts = extract(GACHA)
    located = _rels(facts, "LOCATED_IN")
    assert ("刘建新", "归流河镇") in located
    assert ("刘建新", "巴日嘎斯台嘎查") not in located


def test_a_person_visited_in_a_named_village_is_there(extract):
    facts = extract("扎赉特旗委组织部组织党员来到音德尔镇新民村，看望老党员王秀英同志，送去慰问金。")
    located = _rels(facts, "LOCATED_IN")
    assert ("王秀英", "扎赉特旗") not in located


def test_a_member_or_veteran_named_after_the_cue(extract):
    facts = extract("扎赉特旗音德尔镇老党员王秀英、党员李春花积极参与志愿服务。全镇党员万人以上，党员严格要求自己。")
    persons = _persons(facts)
    assert {"王秀英", "李春花"} <= set(persons)
    assert "万人" not in persons and "严格" not in persons
