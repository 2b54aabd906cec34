"""Quoted names: ‘X’ inside direct speech is read like “X”; a quoted list closed by 等称号 holds honours."""

from __future__ import annotations

from tests.rules.conftest import facts_of


def test_single_quoted_programme_in_speech() -> None:
    facts = facts_of("敖汉旗委组织部负责人说：“下一步，我们将在全旗开展‘先锋领航’活动。”")
    assert ("Programme", "先锋领航") in {(e.label, e.name) for e in facts.entities}
    assert ("Organisation", "敖汉旗委组织部") in {(r.head.label, r.head.name) for r in facts.relations
                                               if r.type == "IMPLEMENTS" and r.tail.name == "先锋领航"}


def test_single_quotes_inside_a_programme_name_stay_part_of_it() -> None:
    facts = facts_of("奈曼旗推行“两学一做，做实‘三个一’”工作法，成效明显。")
    names = {e.name for e in facts.entities if e.label == "Programme"}
    assert "三个一" not in names


def test_list_of_honours_is_no_programme() -> None:
    facts = facts_of("赵建军先后获得“全国农村优秀人才”“鄂尔多斯市劳动模范”等荣誉称号，带领群众推行“支部+合作社”模式。")
    assert {e.name for e in facts.entities if e.label == "Programme"} == {"支部+合作社"}
    assert "鄂尔多斯市" not in {e.name for e in facts.entities if e.label == "Place"}
