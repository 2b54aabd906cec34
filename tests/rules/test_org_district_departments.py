"""区委组织部 in a city district's report is that district's; in a banner's report it names none."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_a_district_s_department_by_its_level_word(extract):
    facts = extract("松山区推进党建。区委组织部联合松山区农村信用合作联社实施“兴农贷”项目。")
    assert "松山区委组织部" in names(facts, "Organisation")
    assert ("松山区委组织部", "松山区农村信用合作联社") in pairs(facts, "PARTNERS_WITH")


def test_qu_in_a_banner_s_report_names_no_department(extract):
    facts = extract("镶黄旗推进党建。区委组织部联合镶黄旗农村信用合作联社实施“兴牧贷”项目。")
    assert not {n for n in names(facts, "Organisation") if n.endswith("组织部")}
