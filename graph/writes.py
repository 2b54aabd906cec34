"""The write statements: one document's facts as batched, parameterised ``UNWIND … MERGE``.

Labels and relationship types cannot be parameters in Cypher, so each statement
is chosen from the fixed names of SCHEMA.md (never from input); every value is a
parameter. ``document_writes`` returns (statement, rows) pairs that the store runs
in one transaction; ``delete_statements`` removes one document's support.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from policykg.facts import DocumentFacts, Entity, EntityRef

from .schema import KEYS

# SCHEMA.md: REPORTS goes from a Place, Organisation or Programme to a Metric
METRIC_SUBJECTS = ("Place", "Organisation", "Programme")
FACT_TYPES = ("PART_OF", "IMPLEMENTS", "LOCATED_IN", "LEADS", "PARTNERS_WITH", "PART_OF_PROGRAMME")
ENTITY_LABELS = ("Place", "Organisation", "Programme", "Component", "Person")

Statement = tuple[str, list[dict[str, Any]]]
log = logging.getLogger(__name__)


def person_id(name: str, context: str | None) -> str:
    """A person's key: the name, qualified by the place or organisation that tells namesakes apart."""
    return f"{name}@{context}" if context else name


def key_of(ref: EntityRef | Entity, persons: dict[str, str]) -> str:
    """The key value of an entity (persons by personId)."""
    if ref.label == "Person":
        return persons.get(ref.name, ref.name)
    return ref.name


def _entity_props(e: Entity) -> dict[str, Any]:
    props: dict[str, Any] = {"name": e.name}
    if e.label == "Place":
        props.update(level=e.level, code=e.code, nameEn=e.name_en)
    elif e.label in ("Organisation", "Programme"):
        props["kind"] = e.kind
    elif e.label == "Person":
        props.update(role=e.role, context=e.context)
    elif e.label == "Component":
        props["nameEn"] = e.name_en
    return {k: v for k, v in props.items() if v is not None}


# the attributes a later document may fill in when an earlier one left them null
FILLED: dict[str, tuple[str, ...]] = {
    "Place": ("level", "code", "nameEn"),
    "Organisation": ("kind",),
    "Programme": ("kind",),
    "Component": ("nameEn",),
    "Person": ("role", "context"),
}


def _merge_entities(label: str) -> str:
    """MERGE on the key; attributes set on create and filled when null on match; aliases unioned."""
    key = KEYS[label]
    fills = "".join(f", n.{prop} = coalesce(n.{prop}, r.props.{prop})" for prop in FILLED[label])
    return (
        f"UNWIND $rows AS r MERGE (n:{label} {{{key}: r.key}}) "
        "ON CREATE SET n += r.props "
        "SET n.aliases = coalesce(n.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(n.aliases, [])]"
        + fills
    )


def _mentions(label: str) -> str:
    key = KEYS[label]
    return (
        f"UNWIND $rows AS r MATCH (s:Sentence {{sentenceId: r.sid}}) MATCH (n:{label} {{{key}: r.key}}) "
        "MERGE (s)-[m:MENTIONS {start: r.start, end: r.end}]->(n)"
    )


def _relation(rtype: str, head: str, tail: str) -> str:
    return (
        f"UNWIND $rows AS r MATCH (h:{head} {{{KEYS[head]}: r.head}}) MATCH (t:{tail} {{{KEYS[tail]}: r.tail}}) "
        f"MERGE (h)-[x:{rtype}]->(t) "
        "ON CREATE SET x.evidence = r.evidence, x.basis = r.basis "
        "ON MATCH SET x.evidence = x.evidence + [e IN r.evidence WHERE NOT e IN x.evidence]"
    )


def _metric_subject(label: str) -> str:
    return (
        f"UNWIND $rows AS r MATCH (m:Metric {{metricId: r.id}}) MATCH (s:{label} {{{KEYS[label]}: r.subject}}) "
        "MERGE (s)-[:REPORTS]->(m)"
    )


DOCUMENT = (
    "MERGE (d:Document {docId: $doc.docId}) SET d += $doc"
)
SENTENCES = (
    "UNWIND $rows AS r MERGE (s:Sentence {sentenceId: r.sentenceId}) SET s += r "
    "WITH s, r MATCH (d:Document {docId: r.docId}) MERGE (s)-[:IN_DOCUMENT]->(d)"
)
COMPONENTS = (
    "UNWIND $rows AS r MATCH (p:Programme {name: r.programme}) MERGE (c:Component {name: r.component}) "
    "MERGE (p)-[:HAS_COMPONENT]->(c)"
)
METRICS = (
    "UNWIND $rows AS r MERGE (m:Metric {metricId: r.id}) SET m += r.props "
    "MERGE (i:Indicator {name: r.props.indicator}) MERGE (m)-[:MEASURES]->(i) "
    "WITH m, r MATCH (s:Sentence {sentenceId: r.sid}) MERGE (m)-[:EVIDENCED_BY]->(s)"
)


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def document_writes(facts: DocumentFacts, batch_size: int = 500) -> list[Statement]:
    """Every statement (with its parameter rows) that stores one document."""
    doc = facts.document
    out: list[Statement] = []
    doc_props = {"docId": doc.doc_id, "title": doc.title, "source": doc.source, "url": doc.url,
                 "published": doc.published.isoformat() if doc.published else None,
                 "sha256": doc.sha256, "chars": doc.chars,
                 "ingestedAt": datetime.now(UTC).isoformat(timespec="seconds")}
    out.append((DOCUMENT, [{"doc": {k: v for k, v in doc_props.items() if v is not None}}]))
    sentence_rows = [{"sentenceId": s.sentence_id, "docId": s.doc_id, "index": s.index, "text": s.text,
                      "start": s.start, "end": s.end, **({"originalText": s.original} if s.original else {})}
                     for s in facts.sentences]
    out += [(SENTENCES, b) for b in _batches(sentence_rows, batch_size)]

    persons = {e.name: person_id(e.name, e.context) for e in facts.entities if e.label == "Person"}
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mention_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    component_rows: list[dict[str, Any]] = []
    seen_mentions: set[tuple[str, str, str, int, int]] = set()

    def mention(label: str, key: str, sid: str, start: int, end: int) -> None:
        token = (label, key, sid, start, end)
        if token not in seen_mentions:
            seen_mentions.add(token)
            mention_rows[label].append({"key": key, "sid": sid, "start": start, "end": end})

    sentences = {s.index: s for s in facts.sentences}
    for e in facts.entities:
        key = key_of(e, persons)
        by_label[e.label].append({"key": key, "props": _entity_props(e), "aliases": list(dict.fromkeys(e.aliases))})
        sent = sentences.get(e.evidence.sentence_index)
        if sent is not None:
            at = sent.text.find(e.name)
            start = sent.start + max(at, 0)
            mention(e.label, key, e.evidence.sentence_id, start, start + (len(e.name) if at >= 0 else 0))
        for comp in e.components:
            component_rows.append({"programme": e.name, "component": comp})
    for label in ENTITY_LABELS:
        out += [(_merge_entities(label), b) for b in _batches(by_label.get(label, []), batch_size)]
    if component_rows:
        out += [(COMPONENTS, b) for b in _batches(component_rows, batch_size)]
    for men in facts.mentions:
        mention(men.label, persons.get(men.name, men.name) if men.label == "Person" else men.name,
                f"{doc.doc_id}:{men.sentence_index}", men.start, men.end)
    for label, label_rows in mention_rows.items():
        out += [(_mentions(label), b) for b in _batches(label_rows, batch_size)]

    rel_rows: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
    for r in facts.relations:
        group = rel_rows[(r.type, r.head.label, r.tail.label)]
        pair = (key_of(r.head, persons), key_of(r.tail, persons))
        row = group.setdefault(pair, {"head": pair[0], "tail": pair[1], "evidence": [], "basis": r.basis})
        if r.evidence.sentence_id not in row["evidence"]:
            row["evidence"].append(r.evidence.sentence_id)
    for (rtype, head, tail), pairs in rel_rows.items():
        out += [(_relation(rtype, head, tail), b) for b in _batches(list(pairs.values()), batch_size)]

    metric_rows: list[dict[str, Any]] = []
    subjects: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in facts.metrics:
        if m.subject.label not in METRIC_SUBJECTS:
            # outside the graph contract: such a metric would hang off a node no query expects
            log.warning("%s: metric %r about a %s not stored (SCHEMA.md: subjects are %s)", doc.doc_id,
                        m.raw, m.subject.label, ", ".join(METRIC_SUBJECTS))
            continue
        props = {"metricId": m.metric_id, "indicator": m.indicator, "value": m.value, "unit": m.unit,
                 "qualifier": m.qualifier, "year": m.year, "raw": m.raw, "docId": m.evidence.doc_id}
        metric_rows.append({"id": m.metric_id, "sid": m.evidence.sentence_id,
                            "props": {k: v for k, v in props.items() if v is not None}})
        subjects[m.subject.label].append({"id": m.metric_id, "subject": key_of(m.subject, persons)})
    out += [(METRICS, b) for b in _batches(metric_rows, batch_size)]
    for label, subject_rows in subjects.items():
        out += [(_metric_subject(label), b) for b in _batches(subject_rows, batch_size)]
    return out


def delete_statements() -> list[str]:
    """Remove one document (``$docId``, ``$prefix`` = docId + ':') and every fact only it supported."""
    out = ["MATCH (m:Metric {docId: $docId}) DETACH DELETE m"]
    for rtype in FACT_TYPES:
        out.append(
            f"MATCH ()-[r:{rtype}]->() WHERE any(e IN r.evidence WHERE e STARTS WITH $prefix) "
            "SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]"
        )
        out.append(f"MATCH ()-[r:{rtype}]->() WHERE size(r.evidence) = 0 DELETE r")
    out.append("MATCH (s:Sentence {docId: $docId}) DETACH DELETE s")
    for label in ("Place", "Organisation", "Programme", "Person"):
        out.append(
            f"MATCH (n:{label}) OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(n) "
            "WITH n, count(s) AS c WHERE c = 0 DETACH DELETE n"
        )
    out.append("MATCH (c:Component) OPTIONAL MATCH (p:Programme)-[:HAS_COMPONENT]->(c) "
               "WITH c, count(p) AS n WHERE n = 0 DETACH DELETE c")
    out.append("MATCH (i:Indicator) OPTIONAL MATCH (m:Metric)-[:MEASURES]->(i) "
               "WITH i, count(m) AS n WHERE n = 0 DETACH DELETE i")
    out.append("MATCH (d:Document {docId: $docId}) DETACH DELETE d")
    return out
