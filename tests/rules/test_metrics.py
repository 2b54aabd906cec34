import pytest


def _metric(facts, value):
    matches = [m for m in facts.metrics if m.value == pytest.approx(value)]
    assert matches, [(m.value, m.unit) for m in facts.metrics]
    return matches[0]


def test_wan_and_yi_are_folded_into_the_value_with_qualifiers(extract):
    facts = extract("近年来，扎鲁特旗累计为312户牧民提供贴息贷款4200余万元，撬动社会资金近2.3亿元。")
    loan = _metric(facts, 42_000_000)
    assert (loan.unit, loan.qualifier) == ("元", "余")
    other = _metric(facts, 230_000_000)
    assert other.qualifier == "近"
    assert _metric(facts, 312).unit == "户"


def test_thresholds_read_as_qualifier_above(extract):
    facts = extract("乌拉特前旗每个嘎查村运转经费不低于8万元，集体经济收入全部达到5万元以上。")
    assert _metric(facts, 80_000).qualifier == "以上"
    assert _metric(facts, 50_000).qualifier == "以上"


def test_percentages_ages_and_years(extract):
    facts = extract("2022年，乌拉特前旗新当选的嘎查村党组织书记平均年龄45.6岁，大专以上学历占比36.8%。")
    age = _metric(facts, 45.6)
    assert (age.unit, age.year) == ("岁", 2022)
    assert _metric(facts, 36.8).unit == "%"


def test_chinese_numerals_with_yu(extract):
    assert _metric(extract("扎鲁特旗探索形成十余种集体经济发展模式。"), 10).qualifier == "余"


def test_since_year_gives_the_start_year(extract):
    facts = extract("2019年以来，扎鲁特旗累计培训嘎查村干部3200人次。")
    assert _metric(facts, 3200).year == 2019


def test_ranges_ordinals_quotes_and_anniversaries_are_not_metrics(extract):
    facts = extract("扎鲁特旗将评定为6—8颗星的党组织列为第3批示范点，开展“5个100%”行动，庆祝建党100周年。")
    assert facts.metrics == []


def test_subject_is_the_place_that_opens_the_clause(extract):
    text = "通辽市持续推进集体经济发展，扎鲁特旗组织开展产业帮扶，带动420户牧民增收。"
    assert _metric(extract(text), 420).subject.name == "扎鲁特旗"


def test_subject_is_the_cooperative_the_sentence_is_about(extract):
    text = "扎鲁特旗党员中心户其木格带动周边牧户创立查干花养殖专业合作社，年纯收入达38万元。"
    metric = _metric(extract(text), 380_000)
    assert metric.subject.label == "Organisation"
    assert metric.subject.name == "查干花养殖专业合作社"


def test_ranges_written_with_dao_and_spaces_are_not_metrics(extract):
    facts = extract("扎鲁特旗指导每个嘎查村常态化储备后备干部 3到 5人。")
    assert facts.metrics == []


def test_universities_counted_in_a_list_are_not_the_subject(extract):
    facts = extract("扎鲁特旗与内蒙古大学、内蒙古农业大学2所高校签订合作协议。")
    assert _metric(facts, 2).subject.name == "扎鲁特旗"


def test_figures_reached_with_dadao_are_not_ranges(extract):
    facts = extract("新巴尔虎右旗旗、镇两级班子中懂农业的干部分别达到 35名、128名，协调争取到26万元的扶持资金。")
    assert {m.value for m in facts.metrics} >= {35, 128, 260_000}


def test_quotas_of_one_per_year_or_per_village_are_not_counts(extract):
    facts = extract("科右中旗每年重点培育1个苏木镇特色产业项目，为 8个示范嘎查各选派 1名驻村指导员。")
    assert {m.value for m in facts.metrics} == {8}


def test_a_threshold_that_defines_a_subset_is_not_a_figure(extract):
    facts = extract("扎赉特旗嘎查村班子中大专以上学历人员占比达38.2%，其中54个嘎查村大学生人数达到了3人以上。")
    assert {m.value for m in facts.metrics} == {38.2, 54}


def test_a_radius_or_the_last_kilometre_is_not_a_figure(extract):
    facts = extract("阿荣旗建成党群服务站56个，居民不出1公里范围就能办事，打通服务群众最后1公里。")
    assert {m.value for m in facts.metrics} == {56}


def test_places_naming_listed_items_are_not_the_subject(extract):
    text = "通辽市争取专项资金900万元，支持科尔沁区大林镇冷链仓储、奈曼旗白音他拉苏木乡村旅游等12个示范项目。"
    assert _metric(extract(text), 12).subject.name == "通辽市"


def test_a_place_opening_an_earlier_sentence_of_the_paragraph_is_the_subject(extract):
    text = ("兴安盟科右前旗巴日嘎斯台乡永联村发展肉牛养殖。\n"
            "产业兴旺是乡村振兴的基础。呼伦贝尔市坚持抓基层强基础。深化改革，因地制宜打造86个产业联合体。")
    assert _metric(extract(text), 86).subject.name == "呼伦贝尔市"


def test_a_figure_of_a_person_taken_up_by_a_pronoun(extract):
    text = "家住扎赉特旗音德尔镇的村民郭海峰谈起收成便笑了，今年他还打算再多种300亩地。"
    metric = _metric(extract(text), 300)
    assert (metric.subject.label, metric.subject.name) == ("Person", "郭海峰")


def test_a_stock_stated_twice_is_one_fact(extract):
    text = "四子王旗126个嘎查村全部建立了合作社。126个嘎查村集体经济收入全部达到10万元以上。"
    assert [m.value for m in extract(text).metrics].count(126) == 1


def test_an_enterprise_brought_in_is_not_the_subject(extract):
    text = "鄂温克族自治旗坚持“企业+合作社+牧户”模式，引进呼伦贝尔草原乳业有限公司，带动牧民户均增收近6000元。"
    assert _metric(extract(text), 6000).subject.name == "鄂温克族自治旗"


def test_the_cooperative_nearest_the_figure_is_its_subject(extract):
    text = "莫力达瓦达斡尔族自治旗尼尔基镇光荣村党支部领办的光荣村大豆种植专业合作社带动农户210户。"
    metric = _metric(extract(text), 210)
    assert (metric.subject.label, metric.subject.name) == ("Organisation", "光荣村大豆种植专业合作社")


def test_a_clause_opening_with_a_person_named_before_is_about_the_person(extract):
    text = "阿荣旗向阳峪镇复兴村党支部书记韩立军带领村民种植大豆。韩立军今年61岁，先后获得多项荣誉。"
    metric = _metric(extract(text), 61)
    assert (metric.subject.label, metric.subject.name) == ("Person", "韩立军")


def test_a_village_branch_opening_the_sentence_speaks_for_its_village(extract):
    text = "科右前旗归流河镇永胜村发展订单农业。永胜村党支部书记韩铁柱说，村民每亩地增收450元。"
    metric = _metric(extract(text), 450)
    assert (metric.subject.label, metric.subject.name) == ("Place", "永胜村")


def test_a_share_opening_its_clause_is_a_figure_but_an_aim_is_not(extract):
    facts = extract("2023年，科右前旗推进100%的嘎查村建成便民服务站，2022年45%的嘎查村党支部达到示范标准。")
    assert {m.value for m in facts.metrics} == {45}
