"""Organisations named by their paragraph, their parent unit or a proper prefix, and who leads them.

Every sentence here is written for the test (other banners, villages and units than the seeds').
"""


from .helpers import entities as _names
from .helpers import pairs as _rels

VILLAGE_PARAGRAPH = ("土默特左旗白庙子村地处大青山脚下，全村种植玉米2万亩，家家户户都有了稳定收入。\n\n"
                     "回忆起这些年的变化，一肩挑老书记王建国感慨万千。\n\n"
                     "王书记介绍说，村党总支牵头组建合作社，党员带头种植，带动周边群众增收。")


def test_a_bare_village_branch_is_the_branch_of_the_paragraphs_village(extract):
    facts = extract(VILLAGE_PARAGRAPH)
    orgs = _names(facts, "Organisation")
    assert orgs["白庙子村党总支"].kind == "party_branch"
    assert "村党总支" in orgs["白庙子村党总支"].aliases
    assert ("白庙子村党总支", "白庙子村") in _rels(facts, "LOCATED_IN")


def test_the_villages_secretary_leads_its_branch_and_lives_there(extract):
    facts = extract(VILLAGE_PARAGRAPH)
    assert ("王建国", "白庙子村党总支") in _rels(facts, "LEADS")
    assert ("王建国", "白庙子村") in _rels(facts, "LOCATED_IN")


def test_a_bare_branch_outside_a_village_paragraph_stays_generic(extract):
    facts = extract("土默特左旗坚持大抓基层，村党总支牵头组建合作社，带动群众增收致富。")
    assert not any(n.endswith("党总支") for n in _names(facts, "Organisation"))


def test_a_community_secretary_right_after_the_bare_branch_leads_it(extract):
    facts = extract("呼和浩特市新城区光明社区有蒙古族、汉族、回族等8个民族的居民3000余户。\n\n"
                    "面对居民多样化的需求，社区党总支书记李秀梅有自己的办法。")
    assert ("李秀梅", "光明社区党总支") in _rels(facts, "LEADS")
    assert ("李秀梅", "光明社区") in _rels(facts, "LOCATED_IN")


def test_banner_bureaus_in_a_village_paragraph_belong_to_the_banner(extract):
    facts = extract("近日，土默特左旗察素齐镇白庙子村30余户农户的耕地通上了电，保障了今年的收入。经过察素齐镇党委政府研究，"
                    "先后联系了包联单位旗水利局、旗交通局，争取到项目资金。")
    orgs = _names(facts, "Organisation")
    assert {"土默特左旗水利局", "土默特左旗交通局"} <= set(orgs)
    assert ("土默特左旗水利局", "土默特左旗") in _rels(facts, "LOCATED_IN")


def test_a_townships_committee_and_government_together_are_not_an_organisation(extract):
    facts = extract("问题上报给了察素齐镇党委政府，经过镇党委政府研究，很快得到解决。")
    assert _names(facts, "Organisation") == {}


def test_a_numbered_unit_is_the_organisation_meant_not_its_parent(extract):
    facts = extract("近日，二连浩特出入境边防检查站执勤三队联合二连浩特火车站派出所开展主题党日活动。")
    orgs = set(_names(facts, "Organisation"))
    assert "二连浩特出入境边防检查站执勤三队" in orgs
    assert "二连浩特出入境边防检查站" not in orgs
    assert ("二连浩特出入境边防检查站执勤三队", "二连浩特市") in _rels(facts, "LOCATED_IN")


def test_a_memorial_hall_named_after_a_person_is_an_organisation(extract):
    facts = extract("组织党员民警到乌兰夫革命纪念馆参观学习，重温入党誓词。")
    assert "乌兰夫革命纪念馆" in _names(facts, "Organisation")


def test_a_memorial_hall_named_only_by_what_it_shows_is_generic(extract):
    facts = extract("组织党员到革命烈士纪念馆参观学习，重温入党誓词。")
    assert _names(facts, "Organisation") == {}


def test_a_station_with_a_proper_prefix_is_an_organisation(extract):
    facts = extract("邀请内蒙古农业大学专家团队到我旗建设北部草原生态工作站。")
    assert "北部草原生态工作站" in _names(facts, "Organisation")


def test_stations_named_only_by_their_work_or_set_up_by_the_dozen_are_not(extract):
    facts = extract("在全旗12个苏木镇设立内蒙古大学乡村振兴教学站，建设乡村振兴工作站，面向党员开展培训。")
    orgs = set(_names(facts, "Organisation"))
    assert not any(n.endswith("站") for n in orgs)
    assert "内蒙古大学" not in orgs  # the owner of a network of stations is not named as a partner here


def test_a_points_scheme_named_like_a_bank_is_not_a_bank(extract):
    facts = extract("海南区推广积分超市、孝心银行等一批好做法，群众参与热情高涨。")
    assert "孝心银行" not in _names(facts, "Organisation")


def test_a_newspaper_named_on_its_own(extract):
    facts = extract("这是一位人民日报社记者对基层党建工作的描述。")
    assert "人民日报社" in _names(facts, "Organisation")


def test_a_deputy_does_not_lead_but_the_head_does(extract):
    facts = extract("兴安盟委组织部副部长张立新介绍说，各地党组织发挥了战斗堡垒作用。"
                    "兴安边境管理支队支队长刘海峰介绍说，官兵们坚持学习。")
    leads = _rels(facts, "LEADS")
    assert ("张立新", "兴安盟委组织部") not in leads
    assert ("刘海峰", "兴安边境管理支队") in leads


def test_a_person_of_a_department_is_where_the_organisation_is(extract):
    facts = extract("兴安边境管理支队政治处民警赵文博显得格外兴奋，大家一起出发。")
    assert ("赵文博", "兴安盟") in _rels(facts, "LOCATED_IN")
    assert ("赵文博", "兴安边境管理支队") not in _rels(facts, "LEADS")


def test_a_bureau_leads_the_association_it_set_up(extract):
    facts = extract("杭锦后旗农牧局牵头成立杭锦后旗向日葵种植协会，会员达到800余名。")
    assert "杭锦后旗向日葵种植协会" in _names(facts, "Organisation")
    assert ("杭锦后旗农牧局", "杭锦后旗向日葵种植协会") in _rels(facts, "LEADS")
    assert ("杭锦后旗向日葵种植协会", "杭锦后旗") in _rels(facts, "LOCATED_IN")


def test_a_university_team_building_a_station_in_our_banner(extract):
    facts = extract("扎赉特旗坚持人才强旗。扎赉特旗引进吉林大学专家团队到我旗建设北部草原生态工作站，服务农牧民。")
    assert ("吉林大学", "北部草原生态工作站") in _rels(facts, "LEADS")
    assert ("北部草原生态工作站", "扎赉特旗") in _rels(facts, "LOCATED_IN")


def test_a_university_named_after_its_region_is_not_located_by_its_name(extract):
    facts = extract("乌拉特前旗人民政府与内蒙古农业大学合作，建设农业科技示范园。")
    assert not any(h == "内蒙古农业大学" for h, _t in _rels(facts, "LOCATED_IN"))


def test_the_banners_organisation_department_written_with_its_level_only(extract):
    facts = extract("鄂温克族自治旗坚持党建引领。旗委组织部副部长刘建华介绍，全旗共有党员1.2万名。")
    orgs = _names(facts, "Organisation")
    assert "鄂温克族自治旗委组织部" in orgs
    assert ("刘建华", "鄂温克族自治旗") in _rels(facts, "LOCATED_IN")
    assert ("刘建华", "鄂温克族自治旗委组织部") not in _rels(facts, "LEADS")


def test_departments_listed_with_their_level_each(extract):
    facts = extract("鄂温克族自治旗坚持就业优先。旗人社局、旗财政局等部门联合开展就业帮扶活动。")
    assert {"鄂温克族自治旗人社局", "鄂温克族自治旗财政局"} <= set(_names(facts, "Organisation"))


def test_a_memorial_hall_of_the_banner_written_with_its_level_only(extract):
    facts = extract("察哈尔右翼后旗坚持以史育人。旗红格尔图战役纪念馆成为党员教育基地。")
    assert "察哈尔右翼后旗红格尔图战役纪念馆" in _names(facts, "Organisation")


def test_a_village_named_again_anchors_its_branch(extract):
    facts = extract("察哈尔右翼后旗白音察干镇新胜村坚持党建引领，群众收入稳步提高。新胜村党支部领办了新胜村养殖专业合作社。")
    assert "新胜村党支部" in _names(facts, "Organisation")
    assert ("新胜村党支部", "新胜村养殖专业合作社") in _rels(facts, "LEADS")


def test_a_bare_branch_long_after_the_village_stays_generic(extract):
    filler = "".join(f"第{n}项工作扎实推进，群众满意度持续提高。" for n in "一二三四五六")
    facts = extract(VILLAGE_PARAGRAPH.split("\n\n")[0] + "\n\n" + filler + "村党总支要发挥战斗堡垒作用。")
    assert not any(n.endswith("党总支") for n in _names(facts, "Organisation"))


def test_government_departments_with_he_in_their_names(extract):
    facts = extract("扎赉特旗坚持就业优先。扎赉特旗人力资源和社会保障局开展培训。旗农牧和科技局、旗自然资源和规划局等部门积极参与。")
    assert {"扎赉特旗人力资源和社会保障局", "扎赉特旗农牧和科技局", "扎赉特旗自然资源和规划局"} <= \
        set(_names(facts, "Organisation"))
