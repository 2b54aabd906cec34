"""A place written only inside another name is not a place the document names."""


from .helpers import names


def _places(facts):
    return names(facts, "Place")


def test_a_place_inside_a_university_name_is_not_a_place(extract):
    facts = extract("开鲁县人民政府与呼伦贝尔学院合作，建设玉米科技示范园。")
    assert "呼伦贝尔市" not in _places(facts)
    assert "开鲁县" in _places(facts)


def test_a_place_inside_a_programme_name_is_not_a_place(extract):
    facts = extract("通辽市以“开鲁红”党建品牌为引领，推行“支部+协会+农户”模式。")
    assert "开鲁县" not in _places(facts)
    assert "通辽市" in _places(facts)


def test_a_place_also_named_on_its_own_stays(extract):
    facts = extract("开鲁县打造“开鲁红”党建品牌，开鲁县嘎查村全部建立党群服务站。")
    assert "开鲁县" in _places(facts)
