"""Subjects of figures: the one who opens the sentence, not its partner; an organisation taken up by its kind word."""


def _subjects(facts):
    return {(m.value, m.subject.label, m.subject.name) for m in facts.metrics}


def test_partner_company_after_yu_is_not_the_subject(extract):
    text = ("宁城县大城子镇党委与宁城天乐旅游开发有限公司共建“城乡红”党建联盟，"
            "吸纳周边6个村的520户农户参与民宿经营，户均年收入增加1.5万元。")
    assert _subjects(extract(text)) == {(6, "Place", "大城子镇"), (520, "Place", "大城子镇"),
                                        (15_000, "Place", "大城子镇")}


def test_partner_group_with_a_region_before_its_name_is_not_the_subject(extract):
    text = "喀喇沁旗牛家营子镇北沟村与内蒙古兴安药业集团合作建设中药材基地，村集体年增收26万元。"
    assert _subjects(extract(text)) == {(260_000, "Place", "北沟村")}


def test_a_cooperative_opening_the_sentence_keeps_its_partner_out(extract):
    text = "阿荣旗向阳峪镇兴农玉米种植专业合作社与北大荒粮食有限公司签订订单，年销售玉米3000吨。"
    facts = extract(text)
    names = {m.subject.name for m in facts.metrics}
    assert names and all(n.endswith("合作社") for n in names), names
