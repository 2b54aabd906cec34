"""A town that opens its sentence (after a lead clause, or after 走进/来到) implements, not the county."""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


def test_town_committee_after_a_lead_clause_implements() -> None:
    imp = pairs(facts_of("四子王旗地处草原。围绕产业振兴，红岭镇党委推行“村企联建”机制。"), "IMPLEMENTS")
    assert ("红岭镇党委", "村企联建") in imp
    assert ("四子王旗", "村企联建") not in imp


def test_banner_committee_after_a_lead_clause_still_speaks_for_its_place() -> None:
    imp = pairs(facts_of("四子王旗地处草原。围绕产业振兴，四子王旗委推行“村企联建”机制。"), "IMPLEMENTS")
    assert ("四子王旗", "村企联建") in imp


def test_town_after_zoujin_is_found_without_the_verb_and_implements() -> None:
    facts = facts_of("四子王旗地处草原。走进红岭镇，干部推行“村企联建”机制。")
    assert "红岭镇" in names(facts, "Place")
    assert "走进红岭镇" not in names(facts, "Place")
    imp = pairs(facts, "IMPLEMENTS")
    assert ("红岭镇", "村企联建") in imp
    assert ("四子王旗", "村企联建") not in imp
