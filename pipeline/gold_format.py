"""Facts written as the lines of ../shared/gold/FORMAT.md (what `policykg extract` prints)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from policykg.facts import DocumentFacts, Entity


def _entity_attrs(e: Entity) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    if e.label == "Place":
        attrs["level"] = e.level
    elif e.label in ("Organisation", "Programme"):
        attrs["kind"] = e.kind
    elif e.label == "Person":
        attrs["role"] = e.role
    if e.aliases:
        attrs["aliases"] = list(e.aliases)
    if e.components:
        attrs["components"] = list(e.components)
    return attrs


def gold_lines(facts: DocumentFacts) -> Iterator[dict[str, Any]]:
    """One dict per entity, relation and metric; Components are not gold entities."""
    doc = facts.document.doc_id
    for e in facts.entities:
        if e.label == "Component":
            continue
        yield {"kind": "entity", "doc": doc, "label": e.label, "name": e.name,
               "attrs": _entity_attrs(e), "evidence": e.evidence.text}
    for r in facts.relations:
        line: dict[str, Any] = {
            "kind": "relation", "doc": doc, "type": r.type,
            "head": {"label": r.head.label, "name": r.head.name},
            "tail": {"label": r.tail.label, "name": r.tail.name},
            "evidence": r.evidence.text,
        }
        if r.type == "PART_OF":
            line["attrs"] = {"basis": r.basis}
        yield line
    for m in facts.metrics:
        yield {"kind": "metric", "doc": doc,
               "subject": {"label": m.subject.label, "name": m.subject.name},
               "indicator": m.indicator, "value": m.value, "unit": m.unit,
               "qualifier": m.qualifier, "year": m.year, "evidence": m.evidence.text}
