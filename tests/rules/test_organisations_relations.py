from .helpers import entities as _names
from .helpers import pairs as _rels


def test_named_organisations_anchored_on_a_place(extract):
    orgs = _names(extract("扎鲁特旗草原蜂业有限公司党支部被命名为全旗“五星”党组织。"), "Organisation")
    assert orgs["扎鲁特旗草原蜂业有限公司党支部"].kind == "party_branch"
    assert orgs["扎鲁特旗草原蜂业有限公司"].kind == "enterprise"


def test_generic_organisations_are_not_nodes(extract):
    orgs = _names(extract("扎鲁特旗推动嘎查村党组织、社区党委和非公企业党支部全面过硬。"), "Organisation")
    assert orgs == {}


def test_person_by_role_cue_leads_and_is_located(extract):
    facts = extract("扎鲁特旗党员中心户其木格带动周边牧户创立查干花养殖专业合作社，年纯收入达38万元。")
    persons = _names(facts, "Person")
    assert persons["其木格"].role == "党员中心户"
    assert ("其木格", "查干花养殖专业合作社") in _rels(facts, "LEADS")
    assert ("其木格", "扎鲁特旗") in _rels(facts, "LOCATED_IN")


def test_implements_actor_is_the_place_in_the_clause_else_the_topic(extract):
    facts = extract("通辽市坚持大抓基层，全面落实“四议两公开”制度。扎鲁特旗探索推行“一村一策”工作机制。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("通辽市", "四议两公开") in rels
    assert ("扎鲁特旗", "一村一策") in rels
    assert ("通辽市", "一村一策") not in rels


def test_a_place_governed_by_the_verb_shares_the_programme_with_the_topic(extract):
    facts = extract("通辽市坚持大抓基层，推广扎鲁特旗“一村一策”工作机制，取得良好成效。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("扎鲁特旗", "一村一策"), ("通辽市", "一村一策")} <= rels


def test_partnership_with_a_university(extract):
    facts = extract("扎鲁特旗与内蒙古农业大学签订合作协议，共建乡村振兴实践基地。")
    assert ("扎鲁特旗", "内蒙古农业大学") in _rels(facts, "PARTNERS_WITH")


def test_programme_part_of_programme(extract):
    facts = extract("扎鲁特旗以“一核三治”为主要内容的“草原先锋”工程，推动基层治理。")
    assert ("一核三治", "草原先锋") in _rels(facts, "PART_OF_PROGRAMME")


def test_bylines_are_not_people(extract):
    facts = extract("□本报记者 王晓明\n\n扎鲁特旗坚持大抓基层，组织力明显提升，群众满意度持续提高。")
    assert _names(facts, "Person") == {}


def test_departments_named_by_level_take_the_topic_place(extract):
    facts = extract("巴彦淖尔市持续推进乡村振兴，整合市农牧局、水利局、交通运输局等部门资源，支持嘎查村发展。")
    orgs = _names(facts, "Organisation")
    assert {"巴彦淖尔市农牧局", "巴彦淖尔市水利局", "巴彦淖尔市交通运输局"} <= set(orgs)
    assert ("巴彦淖尔市水利局", "巴彦淖尔市") in _rels(facts, "LOCATED_IN")


def test_a_named_item_before_the_programme_it_belongs_to(extract):
    facts = extract("扎鲁特旗深入开展以“三联三带”为主要内容的“双融双促”融合党建。")
    assert ("三联三带", "双融双促") in _rels(facts, "PART_OF_PROGRAMME")


def test_a_programme_named_after_one_of_its_parts(extract):
    facts = extract("通辽市积极推动“村银共建”走深走实，扎鲁特旗组织开展“党建联盟、村银共建”活动。")
    assert ("党建联盟、村银共建", "村银共建") in _rels(facts, "PART_OF_PROGRAMME")


def test_a_party_branch_leads_the_cooperative_it_set_up(extract):
    facts = extract("乌拉特前旗新安镇红旗村党支部领办的红旗种植专业合作社流转土地3200亩。")
    assert ("红旗村党支部", "红旗种植专业合作社") in _rels(facts, "LEADS")
    assert ("红旗村党支部", "红旗村") in _rels(facts, "LOCATED_IN")
