"""A bare 协会会长/会长 heads the body named before it; minorities' surnames (鄂, 那, 沃 …) after a role cue."""

import pytest

from .helpers import names, pairs


@pytest.mark.parametrize(("text", "person", "body"), [
    ("林河村位于鄂伦春自治旗。林河村种植协会成立于2019年。协会会长鄂文明介绍，协会有会员50人。",
     "鄂文明", "林河村种植协会"),
    ("尼尔基镇成立了莫旗达斡尔族刺绣协会。协会会长那晓梅介绍，目前已培训绣娘300人。",
     "那晓梅", "莫旗达斡尔族刺绣协会"),
    ("杭锦旗成立了杭锦旗养驼协会。在协会会长沃德胜的带领下，协会组建了服务队。",
     "沃德胜", "杭锦旗养驼协会"),
    ("红柳镇组建了红柳镇果业协会，会长赫明亮介绍，协会有会员120户。",
     "赫明亮", "红柳镇果业协会"),
])
def test_the_head_of_the_body_named_before(extract, text, person, body):
    facts = extract(text)
    assert person in names(facts, "Person")
    assert (person, body) in pairs(facts, "LEADS")


def test_two_bodies_before_a_bare_head_lead_none(extract):
    facts = extract("红柳镇果业协会与红星养殖专业合作社签约，会长赫明亮介绍，协会有会员120户。")
    assert not any(h == "赫明亮" for h, _t in pairs(facts, "LEADS"))


def test_a_body_of_another_kind_is_not_headed_by_a_huizhang(extract):
    facts = extract("红星养殖专业合作社成立后，会长赫明亮介绍，村里有会员120户。")
    assert not any(h == "赫明亮" for h, _t in pairs(facts, "LEADS"))


def test_a_body_named_after_the_head_is_not_taken_up(extract):
    facts = extract("据协会会长鄂文明介绍，杭锦旗养驼协会有会员50人。")
    assert not any(h == "鄂文明" for h, _t in pairs(facts, "LEADS"))


def test_everyday_words_opening_with_the_new_surnames_are_no_names(extract):
    facts = extract("村党支部书记那里有很多资料。那就是一名老党员的样子。书记云集了各方力量。")
    assert names(facts, "Person") == set()
