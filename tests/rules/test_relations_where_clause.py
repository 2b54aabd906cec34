"""在某镇，…: a clause that only says where; the subject that follows it is the actor."""

from __future__ import annotations


def _implements(facts):
    return {(r.head.label, r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}


def test_the_branch_after_a_where_clause_implements_what_its_sentence_introduces(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗大力发展集体经济。在别力古台镇，敖其日嘎查党支部领办了养殖合作社，"
                    "推行“统一防疫、统一配种”的“两统一”服务模式。")
    assert _implements(facts) == {("Organisation", "敖其日嘎查党支部", "两统一")}


def test_with_no_named_subject_the_where_place_implements(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗大力发展集体经济。在别力古台镇，党员群众积极推行“两统一”服务模式。")
    assert _implements(facts) == {("Place", "别力古台镇", "两统一")}


def test_a_where_phrase_inside_a_longer_clause_is_not_the_actor(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗大力发展集体经济。在别力古台镇调研时，他要求推行“两统一”服务模式。")
    assert ("Place", "别力古台镇", "两统一") not in _implements(facts)


def test_villages_listed_after_the_opening_one_share_the_subject(extract):
    facts = extract("阿巴嘎旗别力古台镇七家村、三道河村和敖其日村党支部探索推行“支部+合作社+牧户”发展模式。")
    actors = {name for label, name, prog in _implements(facts) if prog == "支部+合作社+牧户"}
    assert {"七家村", "三道河村", "敖其日村"} <= actors


def test_the_unit_a_branch_set_up_is_the_subject(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗大力发展集体经济。敖其日嘎查党支部领办的草原肉牛养殖专业合作社推行“两统一”服务模式。")
    assert _implements(facts) == {("Organisation", "草原肉牛养殖专业合作社", "两统一")}
