"""都 and 和 inside a transliterated name (温都尔, 呼和) do not end a body's name; 旗政府所在地 names no body."""

from __future__ import annotations

from tests.rules.helpers import names, pairs


def test_du_inside_a_transliterated_name(extract):
    facts = extract("四子王旗推进党建。嘎查党支部书记朝鲁门牵头成立四子王旗巴音温都尔牧业专业合作社。")
    assert "四子王旗巴音温都尔牧业专业合作社" in names(facts, "Organisation")
    assert ("朝鲁门", "四子王旗巴音温都尔牧业专业合作社") in pairs(facts, "LEADS")


def test_du_as_an_adverb_still_ends_the_name(extract):
    facts = extract("四子王旗推进党建。全旗各嘎查都成立了合作社。")
    assert not any(n.startswith("都") or "都成立" in n for n in names(facts, "Organisation"))


def test_the_seat_of_the_government_names_no_body(extract):
    facts = extract("四子王旗推进党建。乌兰花镇是旗委、旗政府所在地，城镇人口集中。")
    assert not names(facts, "Organisation")
