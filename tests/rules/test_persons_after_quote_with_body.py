"""”某村党支部书记某某自豪地说。: the speaker after a closing quote whose post names its body first."""

import pytest

from .helpers import pairs


@pytest.mark.parametrize("speaker", ["刘春燕自豪地说", "孟和说", "巴图孟和说"])
def test_the_secretary_after_the_quote_leads_the_branch_and_is_in_the_village(extract, speaker):
    facts = extract(f"永丰村位于阿荣旗那吉镇。“今年全村杂粮卖上了好价钱。”永丰村党支部书记{speaker}。")
    name = speaker.removesuffix("说").removesuffix("自豪地")
    assert (name, "永丰村党支部") in pairs(facts, "LEADS")
    assert (name, "永丰村") in pairs(facts, "LOCATED_IN")
