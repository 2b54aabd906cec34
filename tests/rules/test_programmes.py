def _programmes(facts):
    return {e.name: e for e in facts.entities if e.label == "Programme"}


def test_quoted_name_with_kind_word_is_a_programme_of_that_kind(extract):
    progs = _programmes(extract("扎鲁特旗深入实施“红色堡垒”工程，全面落实“三会一课”制度。"))
    assert progs["红色堡垒"].kind == "project"
    assert progs["三会一课"].kind == "mechanism"


def test_plus_models_keep_their_form_and_list_components(extract):
    progs = _programmes(extract("乌拉特前旗推广“党支部+合作社+农户”发展模式，带动群众增收。"))
    model = progs["党支部+合作社+农户"]
    assert model.kind == "model"
    assert model.components == ["党支部", "合作社", "农户"]


def test_unquoted_plus_model_is_trimmed_of_verb_and_place(extract):
    progs = _programmes(extract("通辽市积极探索推行扎鲁特旗合作社+基地+牧户服务模式，成效明显。"))
    assert "合作社+基地+牧户" in progs


def test_figures_of_speech_in_quotes_are_not_programmes(extract):
    progs = _programmes(extract("扎鲁特旗打通联系服务群众“最后一公里”，让群众办事更方便。"))
    assert progs == {}


def test_quotes_that_label_a_thing_are_not_programmes(extract):
    progs = _programmes(extract("扎鲁特旗为党员家庭统一悬挂“党员之家”门牌，亮明身份。"))
    assert progs == {}


def test_policy_titles_in_book_marks_are_policies(extract):
    progs = _programmes(extract("扎鲁特旗制定了《嘎查村集体经济项目管理办法（试行）》，规范资金使用。"))
    assert progs["嘎查村集体经济项目管理办法（试行）"].kind == "policy"


def test_quoted_lists_share_the_kind_of_their_head_word(extract):
    progs = _programmes(extract("全旗形成了“草畜联营”“订单养殖”等多种发展模式，牧民收入稳步增长。"))
    assert progs["草畜联营"].kind == "model"
    assert progs["订单养殖"].kind == "model"


def test_programmes_known_from_other_documents_are_found_unquoted(extract):
    text = "扎鲁特旗全面推行积分超市管理，群众参与积极性明显提高。"
    assert "积分超市" not in _programmes(extract(text))
    assert "积分超市" in _programmes(extract(text, known={"积分超市": "mechanism"}))


def test_unquoted_named_projects_and_campaigns(extract):
    progs = _programmes(extract("乌拉特前旗组织开展抓党建促集体经济发展三年行动，实施人才培育2135工程（即每村储备人才）。"))
    assert progs["抓党建促集体经济发展三年行动"].kind == "campaign"
    assert progs["2135工程"].kind == "project"


def test_the_frame_a_place_works_in(extract):
    progs = _programmes(extract("通辽市以嘎查村标准化建设示范项目为统领，以融合党建为切入点，推动工作落实。"))
    assert "嘎查村标准化建设示范项目" in progs and "融合党建" in progs


def test_parallel_slogans_closed_by_a_kind_word(extract):
    progs = _programmes(extract("扎鲁特旗建立资源村统一用、项目镇统一管机制，成效明显。"))
    assert progs["资源村统一用、项目镇统一管"].kind == "mechanism"
    assert _programmes(extract("扎鲁特旗建立党员中心户、牧区党建模式。")) == {}


def test_working_principles_of_four_character_idioms_are_not_programmes(extract):
    progs = _programmes(extract("科右中旗按照“统筹兼顾、突出重点、分步实施、注重长效”的原则，推行“三联三带”机制。"))
    assert "统筹兼顾、突出重点、分步实施、注重长效" not in progs
    assert "三联三带" in progs


def test_goals_in_quotes_are_not_programmes(extract):
    progs = _programmes(extract("奈曼旗推行“双培双带”机制，实现“队伍强、产业强”，确保后进支部“全面清零”。"))
    assert set(progs) == {"双培双带"}


def test_checklists_of_goals_are_not_programmes(extract):
    progs = _programmes(extract("奈曼旗推动每个嘎查村“有场所、有队伍、有制度”，群众满意度提升。"))
    assert progs == {}


def test_quotes_describing_a_story_or_a_spirit_are_not_programmes(extract):
    progs = _programmes(extract("党员们聆听了护边员“扎根边疆、无悔青春”的感人事迹，深受教育。"))
    assert progs == {}


def test_a_phrase_closing_its_clause_with_no_verb_putting_it_to_work_is_not_a_programme(extract):
    progs = _programmes(extract("科右中旗在树典型的同时持续跟进“强弱项”，立足“一村一品”，落实“两学一研”。"))
    assert "强弱项" not in progs
    assert "一村一品" in progs and "两学一研" in progs


def test_counted_quotes_name_a_kind_of_item(extract):
    progs = _programmes(extract("奈曼旗制定村级事务清单和12项“正面清单”。"))
    assert "正面清单" in progs


def test_unquoted_items_listed_before_a_word_for_practices(extract):
    progs = _programmes(extract("开鲁县推进网格化治理，红色管家服务模式、孝善基金、369驿站等一批好经验好做法得到全面推广。"))
    assert progs["红色管家服务模式"].kind == "model"
    assert {"孝善基金", "369驿站"} <= set(progs)
    assert "网格化治理" not in progs


def test_unquoted_numbered_names_after_a_trigger_or_opening_a_clause(extract):
    progs = _programmes(extract("开鲁县深化三联系机制，持续推行党员设岗定责，建立健全调度会议两项制度。"))
    assert progs["三联系"].kind == "mechanism"
    assert not any(name.startswith("两项") for name in progs)


def test_honours_in_quotes_are_not_programmes(extract):
    progs = _programmes(extract("王海今年50岁，先后获得“自治区优秀党务工作者”等荣誉称号。"))
    assert progs == {}


def test_a_known_name_that_only_modifies_the_next_word_is_not_a_mention(extract):
    text = "奈曼旗通过积分超市APP等方式推进治理，建立健全议事规范化、积分超市科学化为主要内容的治理体系。"
    facts = extract(text, known={"积分超市": "mechanism"})
    assert "积分超市" not in _programmes(facts)


def test_a_role_in_quotes_is_not_a_programme_unless_a_verb_puts_it_to_work(extract):
    progs = _programmes(extract("奈曼旗激发驻村工作队“技术帮扶”作用，发挥“绿色信贷”作用，排练“漫瀚调”等，丰富群众生活。"))
    assert "技术帮扶" not in progs and "漫瀚调" not in progs
    assert "绿色信贷" in progs


def test_counted_alliances_built_on_a_model(extract):
    progs = _programmes(extract("奈曼旗因地制宜打造36个党建引领肉牛产业联合体，带动农户增收。"))
    assert progs["党建引领肉牛产业联合体"].kind == "model"


def test_list_kind_from_the_end_of_its_clause_and_titles_as_standards(extract):
    progs = _programmes(extract("开鲁县形成了一批“邻里守望”、“暖心食堂”等贴近居民的特色服务品牌。"
                                "东风镇党委被命名为全市“五星级”基层党组织。"))
    assert progs["邻里守望"].kind == "brand" and progs["暖心食堂"].kind == "brand"
    assert progs["五星级"].kind == "standard"


def test_numbered_grades_are_standards(extract):
    progs = _programmes(extract("开鲁县推行“三强四好”党组织评星办法，推行“五个好”评价。"))
    assert progs["三强四好"].kind == "standard" and progs["五个好"].kind == "standard"


def test_enumerations_before_a_kind_word_are_not_numbered_names(extract):
    progs = _programmes(extract("奈曼旗推进基层治理，三是完善机制，四是健全两项制度，五大行动全面推进。"))
    assert progs == {}


def test_a_list_of_generic_phrases_before_jingyan_is_not_a_list_of_programmes(extract):
    progs = _programmes(extract("奈曼旗推进基层治理，党建引领、资源整合、市场运作等经验做法得到推广。"))
    assert progs == {}
