"""PART_OF_PROGRAMME between named items, and who implements the local variants."""


from .helpers import pairs as _rels


def test_a_project_built_around_a_named_item_contains_it(extract):
    facts = extract("通辽市坚持大抓基层，围绕“三进三帮”，开展红色堡垒工程，推动党员教育全覆盖。")
    assert ("三进三帮", "红色堡垒工程") in _rels(facts, "PART_OF_PROGRAMME")


def test_local_variants_formed_under_a_mechanism_belong_to_it(extract):
    facts = extract("扎鲁特旗深化党员联系群众“五个一”机制，形成鲁北镇“一户一策，两访两帮”、"
                    "巨日合镇“一岗一员一承诺”等特色做法，群众满意度明显提升。")
    parts = _rels(facts, "PART_OF_PROGRAMME")
    assert {("一户一策，两访两帮", "五个一"), ("一岗一员一承诺", "五个一")} <= {
        (h.replace(",", "，"), t) for h, t in parts}
    implements = _rels(facts, "IMPLEMENTS")
    assert ("巨日合镇", "一岗一员一承诺") in implements
    assert ("扎鲁特旗", "一岗一员一承诺") not in implements


def test_villages_listed_in_the_subject_implement_with_their_township(extract):
    facts = extract("扎鲁特旗全面推进乡村振兴。鲁北镇东部片区巴彦塔拉嘎查、格日朝鲁嘎查、乌兰哈达嘎查等5个嘎查联合发展肉牛产业，"
                    "打造“产业联营型”党建联盟，壮大集体经济。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("鲁北镇", "产业联营型"), ("巴彦塔拉嘎查", "产业联营型"), ("乌兰哈达嘎查", "产业联营型")} <= rels


def test_an_item_made_the_content_of_another_is_its_part(extract):
    facts = extract("开鲁县推行“积分兑换”机制，把“好媳妇评选”作为“积分兑换”的重要内容，群众参与积极。")
    assert ("好媳妇评选", "积分兑换") in _rels(facts, "PART_OF_PROGRAMME")


def test_an_item_inside_a_project_is_its_part(extract):
    facts = extract("开鲁县实施“红色根基”工程中的“头雁领航”计划，培养村级后备力量。")
    assert ("头雁领航", "红色根基") in _rels(facts, "PART_OF_PROGRAMME")


def test_a_place_running_a_composite_runs_its_named_part(extract):
    facts = extract("开鲁县积极推动“村企联建”走深走实。奈曼旗组织开展“支部联建、村企联建”活动，12家企业参与。")
    rels = _rels(facts, "IMPLEMENTS")
    assert ("奈曼旗", "村企联建") in rels
    assert ("支部联建、村企联建", "村企联建") in _rels(facts, "PART_OF_PROGRAMME")


def test_wanshan_governs_a_towns_mechanism_for_the_topic_place_too(extract):
    facts = extract("奈曼旗深化农村改革，完善青龙山镇“支部引领—资源整合—市场运作”工作机制，盘活闲置资源。")
    rels = _rels(facts, "IMPLEMENTS")
    assert {("青龙山镇", "支部引领—资源整合—市场运作"), ("奈曼旗", "支部引领—资源整合—市场运作")} <= rels


def test_a_brand_said_to_be_one_of_a_projects_sub_brands_is_its_part(extract):
    facts = extract("“河套蜜瓜”品牌是全县“塞上粮仓”工程的5个示范子品牌之一。")
    assert ("河套蜜瓜", "塞上粮仓") in _rels(facts, "PART_OF_PROGRAMME")


def test_an_action_said_to_be_one_of_a_brands_key_projects_is_its_part(extract):
    facts = extract("“百企兴村”行动是“塞上粮仓”品牌确定的重点项目之一。")
    assert ("百企兴村", "塞上粮仓") in _rels(facts, "PART_OF_PROGRAMME")


def test_a_copula_without_a_part_word_links_no_programmes(extract):
    facts = extract("“百企兴村”行动是“塞上粮仓”品牌的延续。")
    assert ("百企兴村", "塞上粮仓") not in _rels(facts, "PART_OF_PROGRAMME")


def test_a_key_project_of_a_brand_made_by_the_county_is_its_part(extract):
    facts = extract("“百企兴村”行动是“塞上粮仓”品牌的重点项目。")
    assert ("百企兴村", "塞上粮仓") in _rels(facts, "PART_OF_PROGRAMME")
    facts = extract("“河套蜜瓜”是全县打造的“塞上粮仓”工程的子品牌之一。")
    assert ("河套蜜瓜", "塞上粮仓") in _rels(facts, "PART_OF_PROGRAMME")


def test_a_bare_project_word_makes_no_part(extract):
    facts = extract("“河套蜜瓜”是“塞上粮仓”的项目。")
    assert not _rels(facts, "PART_OF_PROGRAMME")
