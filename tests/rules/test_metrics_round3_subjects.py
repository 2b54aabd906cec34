"""Figure subjects, round 3: a partner after 与, a body taken up past where it acts, a company brought in,
an alliance's own counts."""

import pytest


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


_BRANCH = "阿荣旗邮储银行亚东支行"
_COMPANY = "扎兰屯市惠农农业发展有限公司"


@pytest.mark.parametrize("partner", ["亚东镇党委", "亚东镇政府", "亚东镇"])
def test_a_partner_after_yu_leaves_the_lending_to_the_body_opening_the_sentence(extract, partner):
    facts = extract(f"{_BRANCH}与{partner}签订合作协议，截至目前已向亚东镇9个村发放贷款3800万元。")
    assert _subjects(facts) == {(9, "Organisation", _BRANCH), (38_000_000, "Organisation", _BRANCH)}


def test_a_company_paired_with_a_town_owns_what_it_gives_the_towns_villages(extract):
    facts = extract(f"{_COMPANY}与成吉思汗镇结对共建，今年以来已为成吉思汗镇12个村提供种牛460头。")
    assert _subjects(facts) == {(12, "Organisation", _COMPANY), (460, "Organisation", _COMPANY)}


def test_a_place_named_after_the_partner_still_takes_its_own_figures(extract):
    facts = extract(f"{_BRANCH}与亚东镇党委签订合作协议，亚东镇新发村发展大豆种植3000亩。")
    assert _subjects(facts) == {(3000, "Place", "新发村")}


def test_a_town_committee_opening_the_sentence_still_speaks_for_its_place(extract):
    facts = extract(f"亚东镇党委与{_BRANCH}签订合作协议，截至目前已向亚东镇新发村发放贷款3800万元。")
    assert all(m.subject.label == "Place" for m in facts.metrics)


_ASSOC = "阿荣旗霍尔奇镇苹果种植协会"


def test_an_association_taken_up_keeps_its_figures_past_where_it_acts(extract):
    facts = extract(f"{_ASSOC}成立于2016年，会长刘秀芝是一名老党员。在她的带领下，协会组建了12支党员服务队，"
                    "在全县开办“果树课堂”，今年以来已开课186场，培训果农9300余人次。")
    assert _subjects(facts) == {(12, "Organisation", _ASSOC), (186, "Organisation", _ASSOC),
                                (9300, "Organisation", _ASSOC)}


@pytest.mark.parametrize("verb", ["联合", "带动", "组织"])
def test_the_people_an_association_enlists_are_its_figures(extract, verb):
    facts = extract(f"{_ASSOC}成立于2016年。协会{verb}全县126名党员开展技术服务，帮助果农销售苹果3000吨。")
    assert _subjects(facts) == {(126, "Organisation", _ASSOC), (3000, "Organisation", _ASSOC)}


def test_a_clause_of_a_place_of_its_own_after_the_take_up_stays_the_places(extract):
    facts = extract(f"{_ASSOC}成立于2016年。协会组建了12支党员服务队，全县苹果种植面积达到8万亩。")
    assert (80_000, "Place", "阿荣旗") in _subjects(facts)


@pytest.mark.parametrize("opening", ["霍尔奇镇党委", "2023年6月，霍尔奇镇党委联合辖区内的12家企业，"])
def test_what_a_new_alliance_takes_in_and_covers_is_the_alliances(extract, opening):
    facts = extract(f"{opening}成立“果业发展联盟”，吸纳会员单位27家，覆盖种植面积4.6万亩。")
    assert {(27, "Programme", "果业发展联盟"), (46_000, "Programme", "果业发展联盟")} <= _subjects(facts)


def test_a_clause_of_another_verb_after_the_alliance_is_not_the_alliances(extract):
    facts = extract("霍尔奇镇党委成立“果业发展联盟”，全镇苹果种植面积达到4.6万亩。")
    assert _subjects(facts) == {(46_000, "Place", "霍尔奇镇")}


def test_a_quote_that_is_no_alliance_takes_in_nothing(extract):
    facts = extract("霍尔奇镇党委开展“果业振兴”行动，吸纳会员单位27家。")
    assert all(m.subject.label != "Programme" for m in facts.metrics)


_FOOD = "阿荣旗绿源食品有限公司"


@pytest.mark.parametrize("opening", ["霍尔奇镇大力发展蔬菜产业。镇里引进", "霍尔奇镇引进", "2022年，霍尔奇镇党委引进"])
def test_what_a_company_brought_in_builds_and_makes_is_the_companys(extract, opening):
    facts = extract(f"{opening}{_FOOD}，建成蔬菜加工生产线2条，年加工蔬菜1.5万吨，全镇菜农因此年增收1200万元。")
    assert _subjects(facts) == {(2, "Organisation", _FOOD), (15_000, "Organisation", _FOOD),
                                (12_000_000, "Place", "霍尔奇镇")}


def test_the_households_a_company_brought_in_leads_along_stay_the_places(extract):
    facts = extract(f"霍尔奇镇引进{_FOOD}，带动农户320户。")
    assert _subjects(facts) == {(320, "Place", "霍尔奇镇")}


def test_a_building_clause_past_another_clause_is_not_the_companys(extract):
    facts = extract(f"霍尔奇镇引进{_FOOD}，全镇蔬菜种植面积扩大到3万亩，建成冷库12座。")
    assert all(m.subject.label == "Place" for m in facts.metrics)


_DESHENG = "阿荣旗德胜蔬菜种植专业合作社"


@pytest.mark.parametrize("founder", ["霍尔奇镇新华村村民王德胜", "王德胜辞去城里的工作回到家乡，",
                                     "新华村党支部书记王德胜"])
def test_a_cooperative_a_person_founds_owns_the_clauses_after(extract, founder):
    facts = extract(f"2019年，{founder}牵头成立{_DESHENG}，带动176户农户入社，流转土地3.2万亩。")
    assert _subjects(facts) == {(176, "Organisation", _DESHENG), (32_000, "Organisation", _DESHENG)}


def test_a_cooperative_a_person_founded_is_taken_up_in_the_next_paragraph(extract):
    facts = extract(f"2019年，霍尔奇镇新华村村民王德胜牵头成立{_DESHENG}。\n如今，合作社流转土地3.2万亩，建成冷库3座。")
    assert _subjects(facts) == {(32_000, "Organisation", _DESHENG), (3, "Organisation", _DESHENG)}


@pytest.mark.parametrize("villages", ["亚东镇新发村等9个村", "新发村、红星村等9个村"])
def test_the_villages_a_body_lends_to_listed_are_the_bodys_reach(extract, villages):
    facts = extract(f"{_BRANCH}与亚东镇党委开展结对共建，截至目前已为{villages}发放贷款3800万元。")
    assert (9, "Organisation", _BRANCH) in _subjects(facts)


def test_the_listed_villages_a_town_committee_serves_stay_the_towns(extract):
    facts = extract("亚东镇党委与阿荣旗邮储银行亚东支行开展结对共建，已为亚东镇新发村等9个村争取贷款3800万元。")
    assert (9, "Place", "亚东镇") in _subjects(facts)


@pytest.mark.parametrize("again", ["联盟现有成员单位27家", "目前，联盟吸纳成员单位27家", "该联盟现有成员单位27家"])
def test_an_alliance_taken_up_by_its_word_owns_its_members(extract, again):
    facts = extract(f"霍尔奇镇党委成立“果业发展联盟”。{again}，覆盖种植面积4.6万亩。")
    assert _subjects(facts) == {(27, "Programme", "果业发展联盟"), (46_000, "Programme", "果业发展联盟")}


def test_a_bare_alliance_word_with_no_alliance_named_takes_nothing_up(extract):
    facts = extract("霍尔奇镇大力发展果业。联盟现有成员单位27家。")
    assert all(m.subject.label != "Programme" for m in facts.metrics)
