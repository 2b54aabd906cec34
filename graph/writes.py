"""The write statements: a document's facts as batched, parameterised ``UNWIND … MERGE``.

Labels and relationship types cannot be parameters in Cypher, so each statement
is chosen from the fixed names of SCHEMA.md (never from input); every value is a
parameter. ``document_writes`` returns (statement, rows) pairs that the store runs
in one transaction; ``documents_writes`` does the same for several new documents
at once (the bulk path); ``delete_statements`` removes one document's support;
``BUMP_GENERATION`` ends every write transaction (the store's generation, below).
Shared nodes and facts (places, programmes, PART_OF …) are MERGEd; what belongs to
one document alone (its sentences, mentions, metrics) is CREATEd, which the store
makes safe by deleting a document's old support first in the same transaction.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from policykg.facts import DocumentFacts, Entity, EntityRef

from .schema import KEYS

# SCHEMA.md: REPORTS goes from a Place, Organisation or Programme to a Metric. Reports
# also give figures about a person (an age, years of service, a herd) and the gold counts
# them, so a Person may report a metric too (an addition, docs/schema.md); dropping the
# figure would lose a fact the text states.
METRIC_SUBJECTS = ("Place", "Organisation", "Programme", "Person")
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
    """MERGE on the key; attributes set on create, filled when null on match; aliases unioned.

    A node that already holds everything a row brings is not written again (the
    ``WHERE`` after the MERGE): most rows of a large load name known entities, and
    rewriting an unchanged record costs the server as much as a real update.
    """
    key = KEYS[label]
    fills = "".join(f", n.{prop} = coalesce(n.{prop}, r.props.{prop})" for prop in FILLED[label])
    missing = "".join(f" OR (n.{prop} IS NULL AND r.props.{prop} IS NOT NULL)" for prop in FILLED[label])
    return (
        f"UNWIND $rows AS r MERGE (n:{label} {{{key}: r.key}}) "
        "ON CREATE SET n += r.props, n.aliases = r.aliases "
        "WITH n, r WHERE any(a IN r.aliases WHERE NOT a IN coalesce(n.aliases, []))" + missing + " "
        "SET n.aliases = coalesce(n.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(n.aliases, [])]"
        + fills
    )


def _mentions(label: str) -> str:
    """A document's sentences are new (written or rewritten with it), so their MENTIONS are CREATEd."""
    key = KEYS[label]
    return (
        f"UNWIND $rows AS r MATCH (s:Sentence {{sentenceId: r.sid}}) MATCH (n:{label} {{{key}: r.key}}) "
        "CREATE (s)-[:MENTIONS {start: r.start, end: r.end}]->(n)"
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
        "CREATE (s)-[:REPORTS]->(m)"
    )


# Documents are MERGEd (one row each). Sentences and metrics belong to one document
# (their keys hold its docId) and the store deletes a document's old ones before
# writing it again, so they and their edges are CREATEd: a MERGE of an edge would
# look through the other end's edges, and an Indicator or a banner has thousands.
DOCUMENTS = "UNWIND $rows AS r MERGE (d:Document {docId: r.docId}) SET d += r"
SENTENCES = (
    "UNWIND $rows AS r MATCH (d:Document {docId: r.docId}) "
    "CREATE (s:Sentence {sentenceId: r.sentenceId}) SET s += r CREATE (s)-[:IN_DOCUMENT]->(d)"
)
COMPONENTS = (
    "UNWIND $rows AS r MATCH (p:Programme {name: r.programme}) MERGE (c:Component {name: r.component}) "
    "MERGE (p)-[:HAS_COMPONENT]->(c)"
)
METRICS = (
    "UNWIND $rows AS r CREATE (m:Metric {metricId: r.id}) SET m += r.props "
    "MERGE (i:Indicator {name: r.props.indicator}) CREATE (m)-[:MEASURES]->(i) "
    "WITH m, r UNWIND r.sids AS sid MATCH (s:Sentence {sentenceId: sid}) CREATE (m)-[:EVIDENCED_BY]->(s)"
)


# The store's generation: one (:Meta {key: 'generation'}) node whose ``value`` every write
# transaction (a document written or replaced, a bulk batch, a delete, a wipe) increments
# as its last statement, so readers that keep results per generation (the API's memo)
# learn that the graph changed from one indexed lookup instead of counting it. A store
# written before the counter existed has no such node: its generation reads as 0, and the
# first write creates the node at 1. Meta is not a SCHEMA.md label (docs/schema.md):
# counts, exports and the networkx view read SCHEMA.md's labels only.
META_LABEL = "Meta"
GENERATION_KEY = "generation"
BUMP_GENERATION = "MERGE (g:Meta {key: $key}) SET g.value = coalesce(g.value, 0) + 1 RETURN g.value AS value"
READ_GENERATION = "MATCH (g:Meta {key: $key}) RETURN g.value AS value"


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


class _Rows:
    """The UNWIND rows of one or more documents, merged where documents share a node or a fact.

    Entities and relations named by several documents of one batch become one row
    each (aliases and evidence unioned, the first non-null attribute kept), which
    is what writing the documents one after another would leave in the graph.
    """

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self.entities: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.components: dict[tuple[str, str], dict[str, Any]] = {}
        self.mentions: dict[str, dict[tuple[str, str, int, int], dict[str, Any]]] = defaultdict(dict)
        self.relations: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
        self.metrics: dict[str, dict[str, Any]] = {}
        self.subjects: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)

    def add(self, facts: DocumentFacts) -> None:
        doc = facts.document
        props: dict[str, Any] = {"docId": doc.doc_id, "title": doc.title, "source": doc.source, "url": doc.url,
                 "published": doc.published.isoformat() if doc.published else None,
                 "sha256": doc.sha256, "chars": doc.chars,
                 "ingestedAt": datetime.now(UTC).isoformat(timespec="seconds")}
        self.documents.append({k: v for k, v in props.items() if v is not None})
        self.sentences += [{"sentenceId": s.sentence_id, "docId": s.doc_id, "index": s.index, "text": s.text,
                            "start": s.start, "end": s.end, **({"originalText": s.original} if s.original else {})}
                           for s in facts.sentences]
        persons = {e.name: person_id(e.name, e.context) for e in facts.entities if e.label == "Person"}
        sentences = {s.index: s for s in facts.sentences}
        for e in facts.entities:
            key = key_of(e, persons)
            self._entity(e.label, key, _entity_props(e), e.aliases)
            sent = sentences.get(e.evidence.sentence_index)
            if sent is not None:
                at = sent.text.find(e.name)
                start = sent.start + max(at, 0)
                self._mention(e.label, key, e.evidence.sentence_id, start, start + (len(e.name) if at >= 0 else 0))
            for comp in e.components:
                self.components.setdefault((e.name, comp), {"programme": e.name, "component": comp})
        for men in facts.mentions:
            self._mention(men.label, persons.get(men.name, men.name) if men.label == "Person" else men.name,
                          f"{doc.doc_id}:{men.sentence_index}", men.start, men.end)
        for r in facts.relations:
            group = self.relations[(r.type, r.head.label, r.tail.label)]
            pair = (key_of(r.head, persons), key_of(r.tail, persons))
            row = group.setdefault(pair, {"head": pair[0], "tail": pair[1], "evidence": [], "basis": r.basis})
            if r.evidence.sentence_id not in row["evidence"]:
                row["evidence"].append(r.evidence.sentence_id)
        for m in facts.metrics:
            if m.subject.label not in METRIC_SUBJECTS:
                # outside the graph contract: such a metric would hang off a node no query expects
                log.warning("%s: metric %r about a %s not stored (SCHEMA.md: subjects are %s)", doc.doc_id,
                            m.raw, m.subject.label, ", ".join(METRIC_SUBJECTS))
                continue
            mid = m.metric_id
            metric: dict[str, Any] = {"metricId": mid, "indicator": m.indicator, "value": m.value, "unit": m.unit,
                     "qualifier": m.qualifier, "year": m.year, "raw": m.raw, "docId": m.evidence.doc_id}
            row = self.metrics.setdefault(mid, {"id": mid, "sids": [],
                                                "props": {k: v for k, v in metric.items() if v is not None}})
            if m.evidence.sentence_id not in row["sids"]:
                row["sids"].append(m.evidence.sentence_id)
            self.subjects[m.subject.label].setdefault(mid, {"id": mid, "subject": key_of(m.subject, persons)})

    def _entity(self, label: str, key: str, props: dict[str, Any], aliases: list[str]) -> None:
        row = self.entities[label].get(key)
        if row is None:
            self.entities[label][key] = {"key": key, "props": props, "aliases": list(dict.fromkeys(aliases))}
            return
        for prop, value in props.items():
            row["props"].setdefault(prop, value)
        row["aliases"] += [a for a in dict.fromkeys(aliases) if a not in row["aliases"]]

    def _mention(self, label: str, key: str, sid: str, start: int, end: int) -> None:
        self.mentions[label].setdefault((key, sid, start, end), {"key": key, "sid": sid, "start": start, "end": end})

    def statements(self, batch_size: int) -> list[Statement]:
        """In dependency order: documents, sentences, entities, components, mentions, facts, metrics."""
        out: list[Statement] = [(DOCUMENTS, b) for b in _batches(self.documents, batch_size)]
        out += [(SENTENCES, b) for b in _batches(self.sentences, batch_size)]
        for label in ENTITY_LABELS:
            out += [(_merge_entities(label), b) for b in _batches(list(self.entities[label].values()), batch_size)]
        out += [(COMPONENTS, b) for b in _batches(list(self.components.values()), batch_size)]
        for label, mentions in self.mentions.items():
            out += [(_mentions(label), b) for b in _batches(list(mentions.values()), batch_size)]
        for (rtype, head, tail), pairs in self.relations.items():
            out += [(_relation(rtype, head, tail), b) for b in _batches(list(pairs.values()), batch_size)]
        out += [(METRICS, b) for b in _batches(list(self.metrics.values()), batch_size)]
        for label, subjects in self.subjects.items():
            out += [(_metric_subject(label), b) for b in _batches(list(subjects.values()), batch_size)]
        return out


def document_writes(facts: DocumentFacts, batch_size: int = 500) -> list[Statement]:
    """Every statement (with its parameter rows) that stores one document."""
    return documents_writes([facts], batch_size)


def documents_writes(batch: list[DocumentFacts], batch_size: int = 500) -> list[Statement]:
    """The statements that store several new documents in one transaction (their rows merged)."""
    rows = _Rows()
    for facts in batch:
        rows.add(facts)
    return rows.statements(batch_size)


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
