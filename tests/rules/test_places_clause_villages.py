"""A village after 提起/说起/走进/来到 in the clause after its township (在某镇，提起某村…) is a place in that township."""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of


def _part_of(text: str) -> set[tuple[str, str]]:
    return {(r.head.name, r.tail.name) for r in facts_of(text).relations if r.type == "PART_OF"}


@pytest.mark.parametrize(("text", "village", "town"), [
    ("在科尔沁左翼中旗保康镇，提起哈拉乌苏村党支部书记李建国，村民们都竖起大拇指。", "哈拉乌苏村", "保康镇"),
    ("在敖汉旗新惠镇，走进东井子村，村容村貌焕然一新。", "东井子村", "新惠镇"),
    ("来到扎鲁特旗鲁北镇，说起查布嘎图村的变化，村民们赞不绝口。", "查布嘎图村", "鲁北镇"),
    ("在新惠镇采访时，提起东井子村党支部书记张强，村民们都竖起大拇指。", "东井子村", "新惠镇"),
    ("说起敖汉旗新惠镇的东井子村，村民们赞不绝口。", "东井子村", "新惠镇"),
    ("记者走进鄂托克前旗上海庙镇，提到芒哈图嘎查，牧民们赞不绝口。", "芒哈图嘎查", "上海庙镇"),
    ("驱车来到了敖汉旗新惠镇，走进东井子村，村容村貌焕然一新。", "东井子村", "新惠镇"),
])
def test_village_after_intro_verb_is_part_of_town(text: str, village: str, town: str) -> None:
    assert (village, town) in _part_of(text)


def test_no_village_from_a_common_word() -> None:
    facts = facts_of("在敖汉旗新惠镇，提起这个村的变化，大家赞不绝口。")
    assert not [e for e in facts.entities if e.label == "Place" and e.level == "village"]


def test_opener_mid_sentence_is_no_opener() -> None:
    facts = facts_of("他常年奔波在敖汉旗新惠镇，说起东井子村，满是感慨。")
    assert ("东井子村", "新惠镇") not in {(r.head.name, r.tail.name) for r in facts.relations}


def test_category_after_de_is_no_village() -> None:
    facts = facts_of("说起敖汉旗新惠镇的贫困村，大家感慨万千。")
    assert not [e for e in facts.entities if e.label == "Place" and e.level == "village"]


def test_two_townships_before_leave_the_parent_open() -> None:
    rels = _part_of("新惠镇和四家子镇干部座谈时，提起东井子村党支部书记张强，大家都竖起大拇指。")
    assert not {r for r in rels if r[0] == "东井子村" and r[1] in ("新惠镇", "四家子镇")}


def test_family_village_the_data_holds() -> None:
    rels = _part_of("在白音察干镇，提起韩家村党支部书记刘桂芳，村民们都竖起了大拇指。")
    assert ("韩家村", "白音察干镇") in rels


def test_everyday_word_with_jia_is_no_village() -> None:
    facts = facts_of("在白音察干镇，提起农家村里的新变化，大家赞不绝口。")
    assert not [e for e in facts.entities if e.label == "Place" and e.level == "village"]


def test_family_village_before_its_unit() -> None:
    rels = _part_of("在树林召镇，说起王家塔村党支部书记赵建军，群众都说他是致富带头人。")
    assert ("王家塔村", "树林召镇") in rels
