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
