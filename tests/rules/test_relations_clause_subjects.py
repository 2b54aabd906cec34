"""Who implements a programme when the subject opens after a long time phrase or a later clause."""

from .helpers import pairs as _rels


def test_a_committee_after_a_long_time_phrase_implements_every_clause(extract):
    facts = extract("党的二十大召开以来，中共杭锦旗委员会认真落实上级部署，以“绿水青山”工程为总抓手，"
                    "深入实施“百村振兴”行动，推动全旗发展。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("中共杭锦旗委员会", "绿水青山"), ("中共杭锦旗委员会", "百村振兴")} <= rels


def test_a_department_after_a_time_phrase_acts_alone(extract):
    facts = extract("2023年以来，杭锦旗委组织部认真落实上级部署，以“绿水青山”工程为总抓手，深入实施“百村振兴”行动。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("杭锦旗委组织部", "绿水青山"), ("杭锦旗委组织部", "百村振兴")} <= rels
    assert ("杭锦旗", "百村振兴") not in rels


def test_a_town_committee_opening_a_later_clause_is_the_actor(extract):
    facts = extract("杭锦旗聚焦乡村振兴，巴音镇党委推行“红色驿站”服务。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("巴音镇党委", "红色驿站") in rels
    assert ("杭锦旗", "红色驿站") not in rels
    assert ("巴音镇", "红色驿站") not in rels


def test_a_bare_town_committee_signing_with_a_company_partners_with_it(extract):
    facts = extract("巴音镇是产粮大镇。镇党委与鑫源农牧业有限公司签订“订单种植”协议。巴音镇党委书记李明说，效果很好。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("巴音镇党委", "订单种植"), ("鑫源农牧业有限公司", "订单种植")} <= rels
    partners = _rels(facts, "PARTNERS_WITH")
    assert ("巴音镇党委", "鑫源农牧业有限公司") in partners
    assert ("巴音镇", "鑫源农牧业有限公司") not in partners


def test_a_bare_town_committee_never_named_in_full_makes_the_town_the_party(extract):
    facts = extract("巴音镇是产粮大镇。镇党委与鑫源农牧业有限公司签订“订单种植”协议。")
    assert {("巴音镇", "订单种植"), ("鑫源农牧业有限公司", "订单种植")} <= _rels(facts, "IMPLEMENTS")
    assert ("巴音镇", "鑫源农牧业有限公司") in _rels(facts, "PARTNERS_WITH")


def test_a_town_and_a_university_building_a_science_yard_both_implement_it(extract):
    facts = extract("2022年，巴音镇与内蒙古农业大学签订校地合作协议，共建“西瓜科技小院”，培养人才。")
    assert {("巴音镇", "西瓜科技小院"), ("内蒙古农业大学", "西瓜科技小院")} <= _rels(facts, "IMPLEMENTS")
    assert ("巴音镇", "内蒙古农业大学") in _rels(facts, "PARTNERS_WITH")


def test_a_branch_or_a_company_opening_a_later_clause_is_the_actor(extract):
    facts = extract("杭锦旗聚焦乡村振兴，巴音嘎查党支部推行“红色驿站”服务。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("巴音嘎查党支部", "红色驿站") in rels
    assert ("杭锦旗", "红色驿站") not in rels
    facts = extract("杭锦旗聚焦乡村振兴，鑫源农牧业有限公司推行“订单种植”模式。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("鑫源农牧业有限公司", "订单种植") in rels
    assert ("杭锦旗", "订单种植") not in rels


def test_a_committee_after_a_plain_date_implements_its_programmes(extract):
    facts = extract("2021年，中共乌拉特后旗委员会认真落实上级部署，以“戈壁先锋”工程为总抓手，深入实施“百嘎查提升”行动。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("中共乌拉特后旗委员会", "戈壁先锋"), ("中共乌拉特后旗委员会", "百嘎查提升")} <= rels


def test_a_department_after_a_half_year_phrase_acts_alone(extract):
    facts = extract("今年上半年，杭锦旗委组织部以“绿水青山”工程为总抓手，深入实施“百村振兴”行动。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("杭锦旗委组织部", "百村振兴") in rels
    assert ("杭锦旗", "百村振兴") not in rels


def test_a_town_committee_spreading_a_practice_in_its_town_is_the_only_actor(extract):
    facts = extract("巴音镇党委坚持党建引领，推行“红色驿站”服务，在全镇推广“一村一品”。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("巴音镇党委", "一村一品") in rels
    assert ("巴音镇", "一村一品") not in rels


def test_a_banner_committee_still_speaks_for_its_banner(extract):
    facts = extract("杭锦旗委在全旗推广“一村一品”。")
    assert {("杭锦旗委", "一村一品"), ("杭锦旗", "一村一品")} <= _rels(facts, "IMPLEMENTS")


def test_a_town_and_a_university_building_after_a_date_leave_the_district_out(extract):
    facts = extract("临河区推进乡村振兴。2022年，新华镇与内蒙古农业大学签订校地合作协议，共建“新华科技小院”。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("新华镇", "新华科技小院"), ("内蒙古农业大学", "新华科技小院")} <= rels
    assert ("临河区", "新华科技小院") not in rels
