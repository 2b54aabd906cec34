"""PARTNERS_WITH: pairing, agreements and joint work, on sentences written for the test."""


from .helpers import pairs as _rels


def test_a_unit_working_jointly_with_another_unit(extract):
    facts = extract("近日，二连浩特出入境边防检查站执勤三队联合二连浩特火车站派出所开展主题党日活动。")
    assert ("二连浩特出入境边防检查站执勤三队", "二连浩特火车站派出所") in _rels(facts, "PARTNERS_WITH")


def test_an_organisation_signing_with_an_organisation_is_the_party_not_its_banner(extract):
    facts = extract("扎赉特旗坚持产业兴村。音德尔镇党委与内蒙古农业大学农学院签订共建协议，建立大豆示范田。")
    rels = _rels(facts, "PARTNERS_WITH")
    assert ("音德尔镇党委", "内蒙古农业大学农学院") in rels
    assert ("扎赉特旗", "内蒙古农业大学农学院") not in rels


def test_a_place_signing_with_a_list_of_universities(extract):
    facts = extract("扎赉特旗与吉林大学、东北农业大学2所高校签订人才培养合作协议。")
    rels = _rels(facts, "PARTNERS_WITH")
    assert {("扎赉特旗", "吉林大学"), ("扎赉特旗", "东北农业大学")} <= rels


def test_pairing_units_of_a_township(extract):
    facts = extract("近日，土默特左旗察素齐镇白庙子村30余户农户的耕地通上了电，保障了今年的收入。经过察素齐镇党委政府研究，"
                    "先后联系了包联单位旗水利局、旗交通局，争取到项目资金。")
    rels = _rels(facts, "PARTNERS_WITH")
    assert {("察素齐镇", "土默特左旗水利局"), ("察素齐镇", "土默特左旗交通局")} <= rels


def test_a_university_team_brought_in_is_a_partner_an_enterprise_is_not(extract):
    facts = extract("扎赉特旗引进吉林大学专家团队到我旗建设北部草原生态工作站。"
                    "扎赉特旗引进兴安盟绿源牧业有限公司，带动农牧民增收。")
    rels = _rels(facts, "PARTNERS_WITH")
    assert ("扎赉特旗", "吉林大学") in rels
    assert ("扎赉特旗", "兴安盟绿源牧业有限公司") not in rels


def test_a_cooperative_is_not_a_cooperation(extract):
    facts = extract("扎赉特旗引进兴安盟绿源牧业有限公司，推行“龙头企业+合作社+农户”模式。")
    assert _rels(facts, "PARTNERS_WITH") == set()


def test_a_bank_paired_with_villages_partners_with_the_place_that_arranged_it(extract):
    facts = extract("巴彦淖尔市积极推动党建引领金融服务，市级层面推动中国建设银行与12个嘎查村结对共建。")
    assert ("巴彦淖尔市", "中国建设银行") in _rels(facts, "PARTNERS_WITH")


def test_taking_part_is_not_a_partnership(extract):
    facts = extract("扎赉特旗党员积极参与吉林大学组织的培训，共同学习先进经验。")
    assert _rels(facts, "PARTNERS_WITH") == set()


def test_an_organisation_signing_with_a_place_written_after_it(extract):
    facts = extract("呼伦贝尔学院与鄂温克族自治旗签订校地合作协议，共建人才培养基地。")
    assert ("鄂温克族自治旗", "呼伦贝尔学院") in _rels(facts, "PARTNERS_WITH")


def test_a_place_opening_the_partners_name_is_not_the_partner(extract):
    facts = extract("察哈尔右翼后旗水利局与乌兰察布市农林科学研究所合作开展技术培训。")
    rels = _rels(facts, "PARTNERS_WITH")
    assert ("察哈尔右翼后旗水利局", "乌兰察布市农林科学研究所") in rels
    assert not any(h == "乌兰察布市" for h, _t in rels)


def test_two_organisations_joined_by_he_signing_together(extract):
    facts = extract("白音察干镇新胜村党支部和察哈尔右翼后旗凯达食品有限公司党支部签订共建协议，共同发展马铃薯产业。")
    assert ("新胜村党支部", "察哈尔右翼后旗凯达食品有限公司党支部") in _rels(facts, "PARTNERS_WITH")


def test_an_unknown_party_before_he_is_not_replaced_by_the_topic(extract):
    facts = extract("察哈尔右翼后旗坚持党建引领。兴胜村党支部和察哈尔右翼后旗凯达食品有限公司党支部签订共建协议。")
    assert not any(h == "察哈尔右翼后旗" for h, _t in _rels(facts, "PARTNERS_WITH"))


def test_an_enterprise_signing_with_farmers_is_not_a_partnership_of_organisations(extract):
    facts = extract("察哈尔右翼后旗凯达食品有限公司与农户签订订单合同，带动农户增收。")
    assert _rels(facts, "PARTNERS_WITH") == set()


def test_a_pairing_nobody_arranged_does_not_make_the_topic_a_partner(extract):
    facts = extract("扎赉特旗坚持党建引领。科尔沁右翼前旗农村信用社与12个嘎查村结对共建，发放贷款2亿元。")
    assert not any(h == "扎赉特旗" for h, _t in _rels(facts, "PARTNERS_WITH"))


def test_more_kinds_of_organisation(extract):
    facts = extract("兴安盟行政公署与内蒙古大学签订合作协议。音德尔镇卫生院党支部开展义诊。扎赉特旗农村信用合作联社发放贷款2亿元。")
    orgs = {e.name: e for e in facts.entities if e.label == "Organisation"}
    assert orgs["兴安盟行政公署"].kind == "government"
    assert orgs["音德尔镇卫生院"].kind == "other"
    assert orgs["扎赉特旗农村信用合作联社"].kind == "bank"
    assert ("兴安盟行政公署", "内蒙古大学") in _rels(facts, "PARTNERS_WITH")


def test_a_party_organisation_is_not_a_party_group(extract):
    facts = extract("扎赉特旗农村牧区基层党组织全面进步全面过硬，扎赉特旗人民政府党组召开专题会议。")
    orgs = {e.name for e in facts.entities if e.label == "Organisation"}
    assert "扎赉特旗人民政府党组" in orgs
    assert not any(n.endswith("基层党组") for n in orgs)
