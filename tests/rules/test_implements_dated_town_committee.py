"""某镇是…。2023年6月，镇党委联合…，成立“Y”: the bare committee opening the sentence acts in the later clause."""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs

_OPEN = "红岭镇是四子王旗的产业大镇。"


@pytest.mark.parametrize("rest, programme", [
    ("2023年6月，镇党委联合辖区内的3家企业和5个合作社，成立“红岭肉羊产业联盟”。", "红岭肉羊产业联盟"),
    ("2023年6月，镇党委联合辖区内的3家企业，推出“驼乡贷”产品。", "驼乡贷"),
])
def test_committee_after_a_date_acts_in_a_subjectless_clause(rest: str, programme: str) -> None:
    imp = pairs(facts_of(_OPEN + rest), "IMPLEMENTS")
    assert ("红岭镇", programme) in imp
    assert ("四子王旗", programme) not in imp


def test_a_later_clause_with_its_own_subject_is_not_the_committee_s() -> None:
    imp = pairs(facts_of(_OPEN + "2023年6月，镇党委召开会议，县里成立“红岭肉羊产业联盟”。"), "IMPLEMENTS")
    assert ("红岭镇", "红岭肉羊产业联盟") not in imp


def test_committee_named_in_full_acts_itself() -> None:
    imp = pairs(facts_of(_OPEN + "红岭镇党委书记李明介绍，2023年6月，镇党委联合3家企业，成立“红岭肉羊产业联盟”。"),
                "IMPLEMENTS")
    assert ("红岭镇党委", "红岭肉羊产业联盟") in imp
