"""于 after a role cue opens a name (书记于海燕) unless it is the preposition (会长于2019年, 主任于今年)."""

from __future__ import annotations

from tests.rules.helpers import names


def test_yu_opens_a_name_after_a_role(extract):
    facts = extract("四子王旗推进党建。乌兰花镇东风社区党委书记于海燕说，驿站每天开放。")
    assert "于海燕" in names(facts, "Person")


def test_yu_as_a_preposition_after_a_role_names_nobody(extract):
    facts = extract("四子王旗推进党建。协会会长于2019年创办了合作社，主任于今年3月上任，书记于是带头干。")
    assert not names(facts, "Person")
