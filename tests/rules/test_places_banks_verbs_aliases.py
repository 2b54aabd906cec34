"""Places and the words around them: 村镇银行 is a bank, 驻镇/不出村 are verbs, a short form is listed once."""

from __future__ import annotations

from .helpers import names, pairs


def test_a_rural_bank_is_no_village_and_is_the_body_named(extract):
    facts = extract("扎鲁特旗惠民村镇银行与旗委组织部签订“村银共建”协议，推出“草原贷”信贷产品。"
                    "截至目前，该行已累计发放贷款2.1亿元。")
    places = names(facts, "Place")
    orgs = names(facts, "Organisation")
    assert "惠民村" not in places
    assert "扎鲁特旗惠民村镇银行" in orgs
    implements = pairs(facts, "IMPLEMENTS")
    assert ("扎鲁特旗惠民村镇银行", "草原贷") in implements
    loan = next(m for m in facts.metrics if m.value == 210_000_000)
    assert loan.subject.name == "扎鲁特旗惠民村镇银行"


def test_a_village_chained_to_its_town_stays_a_village(extract):
    facts = extract("扎鲁特旗鲁北镇先锋村党支部带领群众发展庭院经济。")
    assert "先锋村" in names(facts, "Place")


def test_verbs_before_a_town_or_village_suffix_make_no_place(extract):
    facts = extract("新街镇党委牵头成立产业联盟，吸纳驻镇企业12家，做到小事不出村、大事不出镇。"
                    "新街镇、纳林镇打破镇域界限，联合建设冷库。")
    places = names(facts, "Place")
    assert not {"吸纳驻镇", "大事不出镇", "小事不出村", "打破镇"} & places
    assert "纳林镇" in places


def test_a_place_written_by_its_short_form_lists_that_alias_once(extract):
    facts = extract("科左后旗推行“党支部+合作社”模式，带动牧民增收。")
    place = next(e for e in facts.entities if e.label == "Place" and e.name == "科尔沁左翼后旗")
    assert place.aliases == ["科左后旗"]
