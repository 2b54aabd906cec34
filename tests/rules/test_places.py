from pipeline.rules.gazetteer import load_gazetteer


def _entities(facts, label="Place"):
    return {e.name: e for e in facts.entities if e.label == label}


def _rels(facts, rtype):
    return {(r.head.name, r.tail.name, r.basis) for r in facts.relations if r.type == rtype}


def test_gazetteer_has_codes_hierarchy_and_rule_short_forms():
    gaz = load_gazetteer()
    assert gaz.forms["扎鲁特"] == ["扎鲁特旗"]
    assert gaz.divisions["扎鲁特旗"].code == "150526"
    assert gaz.ancestors("扎鲁特旗") == ["通辽市", "内蒙古自治区"]
    # two-character short forms are trusted only when they end in 旗
    assert "青山" not in gaz.forms


def test_short_forms_resolve_to_the_canonical_full_name(extract):
    facts = extract("乌前旗今年全面推行积分制管理，群众参与热情明显提高，基层治理效能持续增强。")
    places = _entities(facts)
    assert "乌拉特前旗" in places
    assert places["乌拉特前旗"].level == "banner"


def test_a_chain_in_the_text_gives_part_of_with_basis_text(extract):
    facts = extract("巴彦淖尔市乌拉特前旗新安镇红旗村党支部带领群众发展特色种植，年增收明显。")
    places = _entities(facts)
    assert places["新安镇"].level == "township"
    assert places["红旗村"].level == "village"
    rels = _rels(facts, "PART_OF")
    assert ("乌拉特前旗", "巴彦淖尔市", "text") in rels
    assert ("新安镇", "乌拉特前旗", "text") in rels
    assert ("红旗村", "新安镇", "text") in rels


def test_admin_knowledge_links_a_banner_to_its_league_named_elsewhere(extract):
    text = "通辽市坚持大抓基层，全面提升组织力。扎鲁特旗探索推行“一村一策”工作机制，取得良好效果。"
    rels = _rels(extract(text), "PART_OF")
    assert ("扎鲁特旗", "通辽市", "admin_knowledge") in rels


def test_village_names_are_not_found_without_suffix_and_parent(extract):
    facts = extract("通辽市坚持把红旗插在最前沿，让党旗在基层高高飘扬，群众生活持续改善。")
    assert set(_entities(facts)) == {"通辽市"}


def test_anaphora_resolve_to_the_topic_place(extract):
    facts = extract("巴彦淖尔市深入推进基层党建工作，成效明显。全市共建立党群服务中心120个。")
    metric = next(m for m in facts.metrics if m.value == 120)
    assert metric.subject.name == "巴彦淖尔市"


def test_villages_listed_after_a_township_belong_to_it(extract):
    text = "乌拉特前旗新安镇西地区红旗村、永和村、长胜村等3个村联合发展肉羊养殖，壮大集体经济。"
    rels = _rels(extract(text), "PART_OF")
    assert ("红旗村", "新安镇", "text") in rels
    assert ("永和村", "新安镇", "text") in rels
