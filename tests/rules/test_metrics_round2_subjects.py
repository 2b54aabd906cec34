"""Figure subjects, round 2: a body named before, a speaker, a programme, the body opening the clause."""


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


_ASSOC = "宁城县八里罕镇甜瓜种植协会"


def test_a_sentence_after_a_body_opening_the_one_before_goes_on_about_the_body(extract):
    facts = extract(f"{_ASSOC}成立于2018年。现有会员260户，种植甜瓜5000亩。")
    assert _subjects(facts) == {(260, "Organisation", _ASSOC), (5000, "Organisation", _ASSOC)}


def test_a_sentence_after_a_place_opening_the_one_before_still_goes_on_about_the_place(extract):
    facts = extract("宁城县八里罕镇大力发展甜瓜产业。现有种植户260户，种植甜瓜5000亩。")
    assert _subjects(facts) == {(260, "Place", "八里罕镇"), (5000, "Place", "八里罕镇")}


def test_a_committee_opening_the_sentence_before_hands_on_its_place(extract):
    facts = extract("宁城县八里罕镇党委坚持党建引领。全年组建志愿服务队12支。")
    assert _subjects(facts) == {(12, "Place", "八里罕镇")}


_COMPANY = "宁城县塞飞亚农业科技发展有限公司"


def test_a_company_building_in_a_village_owns_what_it_built(extract):
    facts = extract(f"{_COMPANY}三年累计投入资金2000万元，在八里罕镇河南村建成标准化棚圈60座，带动脱贫人口140人。")
    assert _subjects(facts) == {(20_000_000, "Organisation", _COMPANY), (60, "Organisation", _COMPANY),
                                (140, "Organisation", _COMPANY)}


def test_a_bank_granting_credit_to_a_township_owns_the_figures(extract):
    facts = extract("宁城县农商银行创新推出“惠农贷”，已为八里罕镇620户农户授信9800万元。")
    assert _subjects(facts) == {(620, "Organisation", "宁城县农商银行"),
                                (98_000_000, "Organisation", "宁城县农商银行")}


def test_a_town_committee_building_in_a_village_still_speaks_for_places(extract):
    facts = extract("宁城县八里罕镇党委整合资金，在河南村建成标准化棚圈60座。")
    assert _subjects(facts) == {(60, "Place", "河南村")}


def test_a_programme_named_right_before_its_parts_owns_them(extract):
    facts = extract("宁城县打造“绿野宁城”工程的6个示范子品牌。")
    assert _subjects(facts) == {(6, "Programme", "绿野宁城")}


def test_a_programme_taken_up_by_its_generic_word_owns_what_it_built(extract):
    facts = extract("宁城县实施“沃土”行动。截至目前，该行动已建成示范村100个、大棚1000座。")
    assert _subjects(facts) == {(100, "Programme", "沃土"), (1000, "Programme", "沃土")}


def test_a_brand_counts_the_products_licensed_to_bear_it(extract):
    facts = extract("宁城县打造“绿野宁城”区域公用品牌，统一包装，已有46个产品获得授权使用。")
    assert _subjects(facts) == {(46, "Programme", "绿野宁城")}


def test_what_a_place_does_in_a_programme_stays_the_places(extract):
    facts = extract("宁城县实施“沃土”行动，建成示范村100个。宁城县打造“绿野宁城”区域公用品牌，八里罕镇已有46家企业加入。")
    assert _subjects(facts) == {(100, "Place", "宁城县"), (46, "Place", "八里罕镇")}


def test_earnings_in_a_quote_said_after_it_are_the_speakers(extract):
    facts = extract("“在合作社打工，一天能挣120元，去年一共收入了2.6万元。”宁城县八里罕镇青松村村民孙淑兰说。")
    assert _subjects(facts) == {(120, "Person", "孙淑兰"), (26_000, "Person", "孙淑兰")}


def test_his_household_in_the_next_sentence_is_the_person_named_before(extract):
    facts = extract("宁城县八里罕镇青松村村民李文华是养殖大户。他家养了36头奶牛，去年光卖奶就收入40万元。")
    assert _subjects(facts) == {(36, "Person", "李文华"), (400_000, "Person", "李文华")}


_BRANCH = "宁城县邮储银行八里罕支行"


def test_a_bank_branch_opening_the_sentence_before_owns_what_gai_zhihang_lends(extract):
    facts = extract(f"{_BRANCH}积极支持农牧业发展。全年该支行共发放贷款1.35亿元，惠及农牧户1900余户。")
    assert _subjects(facts) == {(135_000_000, "Organisation", _BRANCH), (1900, "Organisation", _BRANCH)}


def test_a_bank_branch_named_mid_sentence_is_taken_up_after_quannian(extract):
    facts = extract(f"宁城县八里罕镇积极支持农牧业发展，{_BRANCH}开展金融服务。全年该支行共发放贷款1.35亿元。")
    assert _subjects(facts) == {(135_000_000, "Organisation", _BRANCH)}


def test_quannian_before_a_bare_kind_word_takes_the_cooperative_up(extract):
    facts = extract("宁城县八里罕镇河南村成立了河南村绿源杂粮种植专业合作社。全年合作社实现销售收入300万元。")
    assert _subjects(facts) == {(3_000_000, "Organisation", "河南村绿源杂粮种植专业合作社")}


def test_the_items_of_a_list_a_department_draws_up_are_the_departments(extract):
    facts = extract("宁城县委组织部牵头制定抓党建促乡村振兴任务清单，细化重点任务46项。")
    assert _subjects(facts) == {(46, "Organisation", "宁城县委组织部")}


def test_cadres_a_department_sends_are_still_its_places(extract):
    facts = extract("宁城县委组织部牵头制定抓党建促乡村振兴任务清单，选派驻村第一书记120名。")
    assert _subjects(facts) == {(120, "Place", "宁城县")}


def test_members_of_the_body_a_person_works_with_are_the_bodys(extract):
    facts = extract(f"{_ASSOC}会长王秀英带头种植甜瓜，她和协会党支部的9名党员一起帮助农户销售甜瓜。")
    assert _subjects(facts) == {(9, "Organisation", _ASSOC)}


def test_a_persons_own_figure_after_the_pronoun_stays_the_persons(extract):
    facts = extract(f"{_ASSOC}会长王秀英带头种植甜瓜，她今年种植甜瓜30亩。")
    assert _subjects(facts) == {(30, "Person", "王秀英")}


_FOUNDING = "宁城县八里罕镇大力发展杂粮产业。2018年，河南村村民李文华牵头成立了河南村绿源杂粮种植专业合作社。"


def test_a_sentence_of_having_after_a_body_just_founded_is_the_bodys(extract):
    facts = extract(_FOUNDING + "现有社员120户，种植杂粮3000亩。")
    coop = "河南村绿源杂粮种植专业合作社"
    assert _subjects(facts) == {(120, "Organisation", coop), (3000, "Organisation", coop)}


def test_a_place_taken_up_after_a_body_just_founded_stays_the_place(extract):
    facts = extract(_FOUNDING + "全镇现有种植户120户。")
    assert _subjects(facts) == {(120, "Place", "八里罕镇")}


_FOUNDED_PARAGRAPH = "2021年，青松村党支部书记孙淑兰牵头成立宁城县青松村香菇种植专业合作社，统一供种、统一收购。\n"


def test_a_kind_word_takes_up_a_body_two_paragraphs_back_past_a_quote_naming_nothing(extract):
    text = (_FOUNDED_PARAGRAPH + "“一开始大家都不信，我们就让党员先种。”孙淑兰说。\n"
            "如今，合作社社员发展到268户。")
    assert _subjects(extract(text)) == {(268, "Organisation", "宁城县青松村香菇种植专业合作社")}


def test_a_kind_word_does_not_reach_past_a_paragraph_naming_a_place(extract):
    text = (_FOUNDED_PARAGRAPH + "宁城县八里罕镇大力发展香菇产业。\n"
            "如今，合作社社员发展到268户。")
    assert all(m.subject.label != "Organisation" for m in extract(text).metrics)


_CITY_BRANCH = "赤峰市农村商业银行宁城支行"


def test_a_wider_banks_branch_taken_up_by_gai_zhihang_owns_its_loans(extract):
    facts = extract(f"{_CITY_BRANCH}积极支持农牧业发展。全年该支行共发放贷款1.35亿元，惠及农牧户1900余户。")
    assert _subjects(facts) == {(135_000_000, "Organisation", _CITY_BRANCH), (1900, "Organisation", _CITY_BRANCH)}


def test_a_branch_granting_credit_to_a_township_owns_the_figures(extract):
    facts = extract(f"{_CITY_BRANCH}创新推出“惠农贷”，已为八里罕镇620户农户授信9800万元。")
    assert _subjects(facts) == {(620, "Organisation", _CITY_BRANCH), (98_000_000, "Organisation", _CITY_BRANCH)}


def test_villages_adopting_a_quoted_practice_are_no_parts_of_it(extract):
    facts = extract("宁城县推行“积分制”的100个村全部完成清单制定。")
    assert all(m.subject.label != "Programme" for m in facts.metrics)
