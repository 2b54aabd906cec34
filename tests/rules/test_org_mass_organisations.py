"""Mass organisations named by a place: 工商业联合会, 残疾人联合会, 共青团某旗委(员会).

Sentences written for the test.
"""

from .helpers import entities, names


def test_federation_of_industry_and_commerce_after_a_place(extract):
    facts = extract("阿荣旗工商业联合会组织民营企业家赴外地考察学习。")
    assert entities(facts, "Organisation")["阿荣旗工商业联合会"].kind == "association"


def test_disabled_persons_federation_after_a_place(extract):
    facts = extract("阿荣旗残疾人联合会为20名残疾人发放了轮椅。")
    assert "阿荣旗残疾人联合会" in names(facts, "Organisation")


def test_youth_league_committee_is_no_party_committee(extract):
    facts = extract("共青团阿荣旗委员会组织青年志愿者开展植树活动。")
    orgs = entities(facts, "Organisation")
    assert orgs["共青团阿荣旗委员会"].kind == "other"
    assert "阿荣旗委" not in orgs


def test_youth_league_committee_short_form(extract):
    facts = extract("共青团阿荣旗委开展志愿服务活动。")
    assert set(entities(facts, "Organisation")) == {"共青团阿荣旗委"}


def test_mass_organisations_written_with_the_level_only(extract):
    facts = extract("阿荣旗召开民营经济发展大会。会上，旗工商联、旗妇联负责人作了发言。")
    assert {"阿荣旗工商联", "阿荣旗妇联"} <= names(facts, "Organisation")


def test_mass_organisations_of_every_banner_name_none(extract):
    facts = extract("阿荣旗召开会议。各旗妇联组织妇女参加培训。")
    assert names(facts, "Organisation") == set()
