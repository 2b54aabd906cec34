"""A committee's department (某县委组织部) acts for itself; the committee itself (某县委) speaks for its place."""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import pairs


def test_department_as_subject_implements_alone() -> None:
    imp = pairs(facts_of("四子王旗委组织部实施“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗委组织部", "头雁领航") in imp
    assert ("四子王旗", "头雁领航") not in imp


def test_committee_itself_still_speaks_for_its_place() -> None:
    imp = pairs(facts_of("四子王旗委实施“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗", "头雁领航") in imp


def test_clause_of_the_whole_banner_is_the_places() -> None:
    imp = pairs(facts_of("四子王旗委组织部牵头，全旗推行“头雁领航”计划。"), "IMPLEMENTS")
    assert ("四子王旗", "头雁领航") in imp
    assert ("四子王旗委组织部", "头雁领航") not in imp
