"""What the rule tests read off extracted facts, written once for every test file."""

from __future__ import annotations

from policykg.facts import DocumentFacts, Entity


def pairs(facts: DocumentFacts, rtype: str) -> set[tuple[str, str]]:
    """(head name, tail name) of every relation of one type."""
    return {(r.head.name, r.tail.name) for r in facts.relations if r.type == rtype}


def entities(facts: DocumentFacts, label: str) -> dict[str, Entity]:
    """The entities of one label by name (to read their attributes)."""
    return {e.name: e for e in facts.entities if e.label == label}


def names(facts: DocumentFacts, label: str) -> set[str]:
    """The names of one label's entities."""
    return {e.name for e in facts.entities if e.label == label}


def subjects(facts: DocumentFacts) -> dict[float, str]:
    """The subject's name of each figure by its value (the tests give each figure its own value)."""
    return {m.value: m.subject.name for m in facts.metrics if m.subject}
