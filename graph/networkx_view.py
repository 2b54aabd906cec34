"""The store's graph as a networkx ``MultiDiGraph``, for analytics and exports.

Researchers measure and export the graph with networkx; this module is the one
place that reads it out of a ``GraphStore`` (either the embedded ArcadeDB or
Neo4j) with read-only Cypher, label by label and relationship type by type, so
that it needs no store-specific functions (no ``labels()``, ``elementId()`` or
``@rid``).  Only label and type names from SCHEMA.md are put into the query
text (Cypher cannot take them as parameters); values always travel as
parameters.

The graph's shape (what ``graph.analytics`` and ``graph.export`` expect):

- a node's id is ``"Label:key"`` (``Place:锡林郭勒盟``, ``Sentence:doc:3``), its
  attributes are ``label`` (the SCHEMA.md label) and the node's properties
  under their SCHEMA.md names (``name``, ``level``, ``aliases`` …), ``None``
  values left out;
- an edge carries ``type`` (the relationship type) and the relationship's
  properties (``evidence``, ``basis``, ``start``, ``end``); parallel edges are
  kept (a sentence may mention one entity twice).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from graph.store import GraphStore

log = logging.getLogger(__name__)

ENTITY_LABELS: tuple[str, ...] = ("Place", "Organisation", "Programme", "Component", "Person")
FACT_TYPES: tuple[str, ...] = (
    "PART_OF", "IMPLEMENTS", "LOCATED_IN", "LEADS", "PARTNERS_WITH", "PART_OF_PROGRAMME", "HAS_COMPONENT",
)
PROVENANCE_LABELS: tuple[str, ...] = ("Document", "Sentence")
PROVENANCE_TYPES: tuple[str, ...] = ("IN_DOCUMENT", "MENTIONS", "EVIDENCED_BY")

# label -> (key property, properties read); the key comes first
NODE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Place": ("name", "level", "aliases", "code", "nameEn"),
    "Organisation": ("name", "kind", "aliases"),
    "Programme": ("name", "kind", "aliases"),
    "Component": ("name", "nameEn"),
    "Person": ("name", "role"),
    "Metric": ("metricId", "indicator", "value", "unit", "qualifier", "year", "raw"),
    "Indicator": ("name",),
    "Document": ("docId", "title", "source", "published", "sha256", "chars", "ingestedAt", "url"),
    "Sentence": ("sentenceId", "docId", "index", "text", "start", "end"),
}

# (type, from label, to label) as SCHEMA.md allows them
RELATIONSHIPS: tuple[tuple[str, str, str], ...] = (
    ("PART_OF", "Place", "Place"),
    ("IMPLEMENTS", "Place", "Programme"),
    ("IMPLEMENTS", "Organisation", "Programme"),
    ("HAS_COMPONENT", "Programme", "Component"),
    ("LOCATED_IN", "Organisation", "Place"),
    ("LOCATED_IN", "Person", "Place"),
    ("LEADS", "Person", "Organisation"),
    ("LEADS", "Organisation", "Organisation"),
    ("PARTNERS_WITH", "Place", "Organisation"),
    ("PARTNERS_WITH", "Organisation", "Organisation"),
    ("PART_OF_PROGRAMME", "Programme", "Programme"),
    ("REPORTS", "Place", "Metric"),
    ("REPORTS", "Organisation", "Metric"),
    ("REPORTS", "Programme", "Metric"),
    ("REPORTS", "Person", "Metric"),  # an addition to SCHEMA.md (docs/schema.md)
    ("MEASURES", "Metric", "Indicator"),
    ("IN_DOCUMENT", "Sentence", "Document"),
    *(("MENTIONS", "Sentence", label) for label in ENTITY_LABELS),
    ("EVIDENCED_BY", "Metric", "Sentence"),
)
REL_PROPERTIES: dict[str, tuple[str, ...]] = {
    **{t: ("evidence", "basis") for t in FACT_TYPES},
    "HAS_COMPONENT": ("evidence", "basis"),
    "MENTIONS": ("start", "end"),
}


def node_id(label: str, key: Any) -> str:
    """The graph's id of a node: ``Label:key``."""
    return f"{label}:{key}"


def key_property(label: str) -> str:
    return NODE_PROPERTIES[label][0]


def _node_query(label: str) -> str:
    columns = ", ".join(f"n.{p} AS {p}" for p in NODE_PROPERTIES[label])
    return f"MATCH (n:{label}) RETURN {columns}"


def _rel_query(rel_type: str, src: str, dst: str) -> str:
    columns = "".join(f", r.{p} AS {p}" for p in REL_PROPERTIES.get(rel_type, ()))
    return (f"MATCH (a:{src})-[r:{rel_type}]->(b:{dst}) "
            f"RETURN a.{key_property(src)} AS src, b.{key_property(dst)} AS dst{columns}")


def _clean(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in props.items() if v is not None}


def load_graph(store: GraphStore, *, provenance: bool = True, metrics: bool = True) -> nx.MultiDiGraph:
    """Read the store into a ``MultiDiGraph`` (see the module docstring for its shape).

    ``provenance=False`` leaves out documents, sentences and their links (what
    most measures want: the facts only); ``metrics=False`` leaves out metrics
    and indicators.
    """
    labels = [*ENTITY_LABELS]
    if metrics:
        labels += ["Metric", "Indicator"]
    if provenance:
        labels += list(PROVENANCE_LABELS)
    graph = nx.MultiDiGraph()
    for label in labels:
        key = key_property(label)
        for row in store.read(_node_query(label), {}):
            if row.get(key) is None:
                continue
            graph.add_node(node_id(label, row[key]), label=label, **_clean(row))
    for rel_type, src, dst in RELATIONSHIPS:
        if src not in labels or dst not in labels:
            continue
        for row in store.read(_rel_query(rel_type, src, dst), {}):
            u, v = node_id(src, row.pop("src")), node_id(dst, row.pop("dst"))
            if u not in graph or v not in graph:
                log.warning("%s edge %s -> %s has an endpoint without its key; skipped", rel_type, u, v)
                continue
            graph.add_edge(u, v, type=rel_type, **_clean(row))
    if provenance and metrics:
        _check_counts(store, graph)
    return graph


def _check_counts(store: GraphStore, graph: nx.MultiDiGraph) -> None:
    """Warn when the store holds labels or types this view does not read."""
    counts = store.counts()
    stored_nodes = sum(counts.get("nodes", {}).values())
    stored_rels = sum(counts.get("relationships", {}).values())
    if stored_nodes != graph.number_of_nodes() or stored_rels != graph.number_of_edges():
        log.warning("the store holds %d nodes and %d relationships, the view %d and %d",
                    stored_nodes, stored_rels, graph.number_of_nodes(), graph.number_of_edges())


def fact_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The entities and their fact relationships only (no provenance, no metrics)."""
    keep = [n for n, d in graph.nodes(data=True) if d.get("label") in ENTITY_LABELS]
    sub = graph.subgraph(keep)
    out = nx.MultiDiGraph()
    out.add_nodes_from(sub.nodes(data=True))
    out.add_edges_from((u, v, d) for u, v, d in sub.edges(data=True) if d.get("type") in FACT_TYPES)
    return out


def nodes_of(graph: nx.MultiDiGraph, label: str) -> Iterable[str]:
    return (n for n, d in graph.nodes(data=True) if d.get("label") == label)


def graph_from_facts(documents: Iterable[Any]) -> nx.MultiDiGraph:
    """The same graph shape built straight from ``DocumentFacts``, without a store.

    For a notebook on a machine with no store running, and for looking at one
    extraction before it is ingested.  Facts stated by several documents are
    merged the way SCHEMA.md stores them: one relationship, its evidence the
    list of sentence ids.
    """
    graph = nx.MultiDiGraph()
    facts_edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for facts in documents:
        doc = facts.document
        d = node_id("Document", doc.doc_id)
        graph.add_node(d, label="Document", **_clean({"docId": doc.doc_id, "title": doc.title,
                                                      "source": doc.source, "published": doc.published,
                                                      "sha256": doc.sha256, "chars": doc.chars, "url": doc.url}))
        for s in facts.sentences:
            sid = node_id("Sentence", s.sentence_id)
            graph.add_node(sid, label="Sentence", sentenceId=s.sentence_id, docId=s.doc_id, index=s.index,
                           text=s.text, start=s.start, end=s.end)
            graph.add_edge(sid, d, type="IN_DOCUMENT")
        for e in facts.entities:
            n = node_id(e.label, e.name)
            props = _clean({"name": e.name, "level": e.level, "kind": e.kind, "code": e.code, "role": e.role,
                            "nameEn": e.name_en})
            if n in graph:
                data = graph.nodes[n]
                for k, v in props.items():
                    data.setdefault(k, v)
            else:
                graph.add_node(n, label=e.label, **props)
            if e.label in ("Place", "Programme", "Organisation"):
                aliases = set(graph.nodes[n].get("aliases", [])) | set(e.aliases)
                graph.nodes[n]["aliases"] = sorted(aliases)
            for c in e.components:
                cn = node_id("Component", c)
                graph.add_node(cn, label="Component", name=c)
                _merge_edge(facts_edges, "HAS_COMPONENT", n, cn, e.evidence.sentence_id, "text")
        for m in facts.mentions:
            target = node_id(m.label, m.name)
            if target in graph:
                graph.add_edge(node_id("Sentence", f"{doc.doc_id}:{m.sentence_index}"), target, type="MENTIONS",
                               start=m.start, end=m.end)
        for r in facts.relations:
            _merge_edge(facts_edges, r.type, node_id(r.head.label, r.head.name),
                        node_id(r.tail.label, r.tail.name), r.evidence.sentence_id, r.basis)
        for x in facts.metrics:
            mid = node_id("Metric", x.metric_id)
            graph.add_node(mid, label="Metric", **_clean({"metricId": x.metric_id, "indicator": x.indicator,
                                                          "value": x.value, "unit": x.unit,
                                                          "qualifier": x.qualifier, "year": x.year, "raw": x.raw}))
            ind = node_id("Indicator", x.indicator)
            graph.add_node(ind, label="Indicator", name=x.indicator)
            subject = node_id(x.subject.label, x.subject.name)
            if subject in graph:
                graph.add_edge(subject, mid, type="REPORTS")
            graph.add_edge(mid, ind, type="MEASURES")
            graph.add_edge(mid, node_id("Sentence", x.evidence.sentence_id), type="EVIDENCED_BY")
    for (rel_type, u, v), props in facts_edges.items():
        if u in graph and v in graph:
            graph.add_edge(u, v, type=rel_type, **props)
    return graph


def _merge_edge(edges: dict[tuple[str, str, str], dict[str, Any]], rel_type: str, u: str, v: str,
                sentence_id: str, basis: str) -> None:
    props = edges.setdefault((rel_type, u, v), {"evidence": [], "basis": basis})
    if sentence_id not in props["evidence"]:
        props["evidence"].append(sentence_id)
