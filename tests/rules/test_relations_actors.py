"""Who implements a programme: the unit or place that is the subject of the sentence or its paragraph."""


from .helpers import pairs as _rels


def test_a_named_unit_opening_the_sentence_implements_instead_of_the_topic_place(extract):
    facts = extract("通辽市全面推进基层党建工作。\n近日，扎鲁特旗鲁北镇卫生院党支部组织党员采取“理论宣讲+入户走访”的方式开展学习。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("鲁北镇卫生院党支部", "理论宣讲+入户走访") in rels
    assert ("通辽市", "理论宣讲+入户走访") not in rels


def test_a_unit_that_opens_a_paragraph_acts_in_its_later_sentences(extract):
    facts = extract("通辽市全面推进基层党建工作。\n扎鲁特旗鲁北镇卫生院党支部把服务群众作为头等大事。"
                    "在科室设立党员岗，初步形成“一岗一员一承诺”的服务格局。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("鲁北镇卫生院党支部", "一岗一员一承诺") in rels
    assert not any(p == "一岗一员一承诺" for h, p in rels if h != "鲁北镇卫生院党支部")


def test_a_unit_joined_with_huitong_implements_too(extract):
    facts = extract("通辽市会同内蒙古民族大学开展“科技下乡、人才兴村”活动，培训农牧民3000人次。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("内蒙古民族大学", "科技下乡、人才兴村"), ("通辽市", "科技下乡、人才兴村")} <= rels


def test_a_league_opening_a_sentence_ends_the_paragraph_of_a_village(extract):
    facts = extract("通辽市全面推进基层党建工作。\n扎鲁特旗巴彦塔拉嘎查素有养牛传统，牧民收入稳步增长。"
                    "通辽市坚持抓基层、强基础、固基本，着力夯实基层党组织战斗堡垒。深化改革，建立“党支部带富、合作社增收”机制，带动群众致富。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("通辽市", "党支部带富、合作社增收") in rels
    assert ("巴彦塔拉嘎查", "党支部带富、合作社增收") not in rels


def test_a_paragraph_opened_by_a_question_is_about_the_place_of_its_first_statement(extract):
    facts = extract("通辽市持续推进城市基层党建工作，成效明显。\n如何把党的工作做到群众心坎上？"
                    "科尔沁区按照“一格一员”的标准配齐人员，成立网格党支部70个。"
                    "建立网格平台，369驿站、暖心食堂等一批好经验好做法得到推广。")
    rels = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("科尔沁区", "暖心食堂") in rels
    assert ("通辽市", "暖心食堂") not in rels


def test_the_place_after_zai_is_where_not_who(extract):
    facts = extract("开鲁县实施“十户联防”机制，在东风镇推广“邻里积分”治理方式，群众参与率超过九成。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("开鲁县", "邻里积分") in rels
    assert ("东风镇", "邻里积分") not in rels


def test_cunli_in_a_speakers_words_is_the_village_of_the_speakers_unit(extract):
    facts = extract("开鲁县推行“支部+协会+农户”模式。东风镇建华村党支部书记王海说，村里推广“订单种植”，亩均增收500元。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("建华村", "订单种植") in rels
    assert not any(p == "订单种植" and h != "建华村" for h, p in rels)


def test_a_registered_body_s_committee_opening_a_clause_acts(extract):
    facts = extract("镶黄旗推进党建。全旗推行新机制，新宝拉格乳业有限公司党委开展“党员示范岗”评比。")
    assert ("新宝拉格乳业有限公司党委", "党员示范岗") in {(r.head.name, r.tail.name) for r in facts.relations
                                            if r.type == "IMPLEMENTS"}


def test_a_clause_committee_goes_on_through_later_subjectless_clauses(extract):
    facts = extract("阿巴嘎旗推进党建。依托草原风光，别力古台镇党委推行“党支部+牧家乐+游客”模式，"
                    "培育牧家乐43家，打造“马背草原游”精品线路2条。")
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("别力古台镇党委", "马背草原游") in implements


def test_a_branch_before_its_secretary_does_not_go_on(extract):
    facts = extract("阿巴嘎旗推进党建。2020年，巴彦图嘎查党支部书记乌云毕力格牵头创办了合作社，探索“党支部+种羊场+牧户”模式。")
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("巴彦图嘎查党支部", "党支部+种羊场+牧户") not in implements


def test_a_bare_kind_word_opening_an_earlier_clause_carries_out_the_model(extract):
    facts = extract("阿巴嘎旗推进党建。别力古台镇党委牵头成立阿巴嘎旗奶食品协会，会长由牧民萨仁担任，"
                    "协会现有会员作坊67家，推行“党支部+奶食作坊联盟+牧户”模式。")
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("阿巴嘎旗奶食品协会", "党支部+奶食作坊联盟+牧户") in implements


def test_a_bare_kind_word_after_a_speaker_clause(extract):
    facts = extract("阿巴嘎旗推进党建。巴彦图嘎查党支部领办成立了阿巴嘎旗巴彦图肉牛养殖专业合作社。"
                    "他告诉记者，合作社把牧民的草场集中起来，推广“草畜平衡”养殖模式。")
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert ("阿巴嘎旗巴彦图肉牛养殖专业合作社", "草畜平衡") in implements
