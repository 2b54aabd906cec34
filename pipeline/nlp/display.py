"""displaCy views of a document's entities, drawn from ``DocumentFacts`` (no spaCy objects needed).

``render_entities(facts)`` is what the notebooks show and what the API's
``/documents/{id}/entities.html`` returns: the cleaned text with every
non-overlapping mention highlighted (the longest wins where mentions nest),
statistical ones marked ``Person·hanlp``.
"""

from __future__ import annotations

from typing import Any

from spacy import displacy

from policykg.facts import DocumentFacts

COLORS: dict[str, str] = {
    "Place": "#7aecec",
    "Organisation": "#feca74",
    "Programme": "#aa9cfc",
    "Component": "#d9d9d9",
    "Person": "#ff9561",
    "Person·hanlp": "#ffc3a8",
    "Organisation·hanlp": "#ffe3b0",
}


def manual_ents(facts: DocumentFacts, labels: set[str] | None = None) -> dict[str, Any]:
    """displaCy's manual format: text, non-overlapping ents (sorted), a title."""
    chosen: list[tuple[int, int, str]] = []
    last = -1
    mentions = sorted(facts.mentions, key=lambda m: (m.start, -(m.end - m.start)))
    for m in mentions:
        if labels is not None and m.label not in labels:
            continue
        if m.start < last:
            continue
        label = m.label if m.source == "rules" else f"{m.label}·{m.source}"
        chosen.append((m.start, m.end, label))
        last = m.end
    title = facts.document.title or facts.document.doc_id
    return {"text": facts.document.text, "ents": [{"start": a, "end": b, "label": lab} for a, b, lab in chosen],
            "title": title}


def render_entities(facts: DocumentFacts, *, page: bool = True, labels: set[str] | None = None) -> str:
    """HTML of the document with its entities highlighted (a full page unless ``page=False``)."""
    html = displacy.render(manual_ents(facts, labels), style="ent", manual=True, page=page, jupyter=False,
                           options={"colors": COLORS})
    return str(html)
