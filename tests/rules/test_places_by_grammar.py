"""Villages the grammar names (numeral names, a name before its unit, 在某镇，…) and towns the data holds once."""

from __future__ import annotations

from .helpers import entities


def _places(facts):
    return entities(facts, "Place")


def _part_of(facts):
    return {(r.head.name, r.tail.name) for r in facts.relations if r.type == "PART_OF"}


def test_numeral_village_after_its_township_is_a_village(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗别力古台镇七一村党支部领办了养殖合作社，带动牧户增收。")
    places = _places(facts)
    assert places["七一村"].level == "village"
    assert ("七一村", "别力古台镇") in _part_of(facts)
    assert "七一村党支部" in {e.name for e in facts.entities if e.label == "Organisation"}


def test_a_list_of_numeral_villages_closed_by_he(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗别力古台镇六号村、九号村和四道沟村积极发展庭院经济。")
    places = _places(facts)
    assert {"六号村", "九号村", "四道沟村"} <= set(places)
    assert ("四道沟村", "别力古台镇") in _part_of(facts)


def test_a_village_after_in_township_clause_belongs_to_that_township(extract):
    facts = extract("在别力古台镇，敖其日嘎查党支部领办了养殖合作社，牧民收入稳步增长。")
    places = _places(facts)
    assert places["别力古台镇"].level == "township"
    assert places["敖其日嘎查"].level == "village"
    assert ("敖其日嘎查", "别力古台镇") in _part_of(facts)
    assert "敖其日嘎查党支部" in {e.name for e in facts.entities if e.label == "Organisation"}


def test_a_village_name_opening_its_clause_before_its_branch(extract):
    facts = extract("近日，呼格吉勒图嘎查党支部组织党员开展志愿服务，为牧民解决实际困难。")
    assert "呼格吉勒图嘎查" in _places(facts)


def test_categories_and_counts_before_a_branch_are_not_villages(extract):
    facts = extract("近日，软弱涣散村党支部整顿工作全面展开，集体经济薄弱村党支部书记参加培训，"
                    "一批村党支部得到加强，贫困村党支部结对帮扶，先进村党支部交流经验。")
    assert _places(facts) == {}


def test_a_town_the_data_holds_once_is_found_without_its_banner(extract):
    facts = extract("在别力古台镇，牧民们通过合作社实现了增收。")
    assert _places(facts)["别力古台镇"].level == "township"


def test_a_town_whose_name_is_an_everyday_word_needs_its_banner(extract):
    facts = extract("在团结镇，群众的日子越过越好。")
    assert "团结镇" not in _places(facts)


def test_a_transliterated_name_holding_rare_words_is_a_village(extract):
    facts = extract("在别力古台镇，乌兰塔拉图嘎查党支部领办了养殖合作社，牧民收入稳步增长。")
    assert "乌兰塔拉图嘎查" in _places(facts)


def test_numeral_names_with_jia_after_their_township(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗别力古台镇六家子村党支部带领群众发展庭院经济。")
    assert ("六家子村", "别力古台镇") in _part_of(facts)


def test_area_categories_before_a_branch_are_not_villages(extract):
    facts = extract("近日，易地搬迁村党支部、半农半牧村党支部和偏远村党支部负责人参加培训。")
    assert _places(facts) == {}


def test_a_village_after_a_preposition_or_he_before_its_branch(extract):
    facts = extract("镇党委与敖其日嘎查党支部签订共建协议，合作社和哈日努图嘎查党支部一起带动牧民增收。")
    assert {"敖其日嘎查", "哈日努图嘎查"} <= set(_places(facts))


def test_words_for_kinds_of_town_are_not_towns(extract):
    facts = extract("近年来，小城镇建设加快推进，特色小镇、重点镇建设稳步实施。")
    assert _places(facts) == {}


def test_ordinary_village_words_before_a_branch_are_not_villages(extract):
    facts = extract("城郊村党支部、纯牧业嘎查党支部和半农半牧村党支部分别制定发展规划。"
                    "红色村党支部带领群众发展乡村旅游，示范村村委会组织开展人居环境整治。")
    assert _places(facts) == {}


def test_numeral_village_right_after_its_banner(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗四道沟村党支部带领群众发展庭院经济。阿巴嘎旗一批村党支部得到加强。")
    assert set(_places(facts)) == {"锡林郭勒盟", "阿巴嘎旗", "四道沟村"}


def test_graded_numerals_before_a_branch_are_not_villages(extract):
    facts = extract("近日，十佳村党支部、五星村党支部和四强村党支部受到表彰。")
    assert _places(facts) == {}


def test_a_village_before_its_collective_economy_or_supervisory_committee(extract):
    facts = extract("去年，敖其日嘎查集体经济收入突破50万元，哈日努图嘎查村务监督委员会全程参与。")
    assert {"敖其日嘎查", "哈日努图嘎查"} <= set(_places(facts))


def test_a_numeral_village_opened_by_a_direction(extract):
    facts = extract("锡林郭勒盟阿巴嘎旗别力古台镇后八家村推行“五心服务”工作法。")
    assert _places(facts)["后八家村"].level == "village"
    assert ("后八家村", "别力古台镇") in _part_of(facts)


def test_a_listed_village_after_its_township_s_zai_and_the_township_acting(extract):
    facts = extract("多伦县推进党建。今年，大北沟镇在西山村、三道沟村、东仓村等5个村复制推广“党支部+合作社+冷链物流”模式。")
    assert {"西山村", "三道沟村", "东仓村"} <= set(_places(facts))
    assert {("西山村", "大北沟镇"), ("三道沟村", "大北沟镇"), ("东仓村", "大北沟镇")} <= _part_of(facts)
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert implements == {("大北沟镇", "党支部+合作社+冷链物流")}


def test_a_village_after_gaixiang_is_part_of_the_township_taken_up(extract):
    facts = extract("多伦县推进党建。西干沟乡组织培训。该乡砧子山村党支部书记赵海龙参加培训后带头养殖肉羊。")
    assert ("砧子山村", "西干沟乡") in _part_of(facts)


def test_a_village_in_a_later_clause_of_a_sentence_opened_by_gaizhen(extract):
    facts = extract("托克托县推进党建。新营子镇发展辣椒产业。该镇探索“党支部+合作社+农户”模式，"
                    "由大北窑村党支部领办托克托县北窑红辣椒种植专业合作社。")
    assert ("大北窑村", "新营子镇") in _part_of(facts)


def test_zhenli_opening_a_sentence_takes_up_the_township(extract):
    facts = extract("林西县推进党建。新城子镇发展庭院经济。镇里推行“党员联户”机制，全镇312名党员联系农户3100余户。")
    implements = {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}
    assert implements == {("新城子镇", "党员联户")}
