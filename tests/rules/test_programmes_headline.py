"""A headline's quotes are slogans, except a name ending in a programme's own kind word (…模式, …工程)."""

from __future__ import annotations

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


def test_model_named_in_a_headline_is_a_programme() -> None:
    facts = facts_of("赤峰市：以“红色引擎”带动 “松州模式”走出新路子")
    assert "松州模式" in names(facts, "Programme")
    assert ("赤峰市", "松州模式") in pairs(facts, "IMPLEMENTS")


def test_headline_slogan_stays_no_programme() -> None:
    facts = facts_of("赤峰市：“小村庄”焕发新活力")
    assert "小村庄" not in names(facts, "Programme")
