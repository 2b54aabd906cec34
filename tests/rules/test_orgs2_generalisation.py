"""Organisations, persons and their relations on sentences unlike the seed reports.

Each case is a failure class seen on reports nobody tuned on, written here with
other places and names.
"""

from __future__ import annotations

from tests.rules.conftest import facts_of


def _rels(facts, kind: str) -> set[tuple[str, str]]:
    return {(r.head.name, r.tail.name) for r in facts.relations if r.type == kind}


def _names(facts, label: str) -> set[str]:
    return {e.name for e in facts.entities if e.label == label}


def test_speaker_named_between_role_and_speech_verb() -> None:
    # 高峰 is an everyday word for jieba, but it tags it a name and 说 follows the role cue
    f = facts_of("阿荣旗那吉镇五星村党支部书记高峰说，村里种了300亩大豆。")
    assert "高峰" in _names(f, "Person")
    assert ("高峰", "五星村党支部") in _rels(f, "LEADS")
    assert ("高峰", "五星村") in _rels(f, "LOCATED_IN")


def test_adverb_after_role_is_no_name() -> None:
    f = facts_of("阿荣旗那吉镇五星村党支部书记马上说，村里要修路。")
    assert not _names(f, "Person")
