"""Every Cypher query the CLI and the API run, once, by name, parameterised.

The question parser and the routers choose a query and fill its parameters; no
Cypher is ever built from user text. All of them run unchanged on the embedded
ArcadeDB server and on Neo4j (they use only Neo4j 5 Cypher that ArcadeDB accepts).
"""

from __future__ import annotations

from typing import Final

# -- SCHEMA.md's examples ---------------------------------------------------------
SCHEMA_MODELS_WITH_BOTH: Final = (
    "MATCH (p:Place)-[:IMPLEMENTS]->(m:Programme)-[:HAS_COMPONENT]->(:Component {name: $first}) "
    "MATCH (m)-[:HAS_COMPONENT]->(:Component {name: $second}) "
    "RETURN p.name AS place, p.level AS level, m.name AS model"
)
SCHEMA_BANNERS_OF_LEAGUE: Final = (
    "MATCH (b:Place {level: 'banner'})-[:PART_OF*1..2]->(:Place {name: $league}) "
    "OPTIONAL MATCH (b)-[:IMPLEMENTS]->(m:Programme) RETURN b.name AS banner, collect(m.name) AS programmes"
)
SCHEMA_INDICATOR_ACROSS_PLACES: Final = (
    "MATCH (p:Place)-[:REPORTS]->(x:Metric)-[:MEASURES]->(:Indicator {name: $indicator}), "
    "(x)-[:EVIDENCED_BY]->(s:Sentence) "
    "RETURN p.name AS place, x.value AS value, x.unit AS unit, x.year AS year, s.text AS sentence"
)

# SCHEMA.md's three examples exactly as a researcher types them (literal values, no
# parameters; only the trailing semicolon dropped): tests run them on both stores
SCHEMA_EXAMPLES: Final = (
    "MATCH (p:Place)-[:IMPLEMENTS]->(m:Programme)-[:HAS_COMPONENT]->(:Component {name: '协会'})\n"
    "MATCH (m)-[:HAS_COMPONENT]->(:Component {name: '合作社'})\n"
    "RETURN p.name, p.level, m.name",
    "MATCH (b:Place {level: 'banner'})-[:PART_OF*1..2]->(:Place {name: '锡林郭勒盟'})\n"
    "OPTIONAL MATCH (b)-[:IMPLEMENTS]->(m:Programme)\n"
    "RETURN b.name, collect(m.name)",
    "MATCH (p:Place)-[:REPORTS]->(x:Metric)-[:MEASURES]->(:Indicator {name: '嘎查村'}),\n"
    "      (x)-[:EVIDENCED_BY]->(s:Sentence)\n"
    "RETURN p.name, x.value, x.unit, x.year, s.text",
)

# -- name indexes (the question parser recognises entities by these) ---------------
PLACE_NAMES: Final = "MATCH (p:Place) RETURN p.name AS name, p.level AS level, p.aliases AS aliases"
PROGRAMME_NAMES: Final = (
    "MATCH (m:Programme) OPTIONAL MATCH (m)-[:HAS_COMPONENT]->(c:Component) "
    "RETURN m.name AS name, m.kind AS kind, m.aliases AS aliases, collect(c.name) AS components"
)
ORGANISATION_NAMES: Final = (
    "MATCH (o:Organisation) RETURN o.name AS name, o.kind AS kind, o.aliases AS aliases"
)
PERSON_NAMES: Final = "MATCH (p:Person) RETURN p.name AS name, p.role AS role"
COMPONENT_NAMES: Final = "MATCH (c:Component) RETURN c.name AS name"
INDICATOR_NAMES: Final = "MATCH (i:Indicator) RETURN i.name AS name"

# -- questions -------------------------------------------------------------------
IMPLEMENTERS: Final = (
    "MATCH (h)-[r:IMPLEMENTS]->(m:Programme {name: $programme}) "
    "WHERE $label IS NULL OR $label IN labels(h) "
    "RETURN h.name AS name, labels(h)[0] AS label, h.level AS level, m.name AS programme, "
    "r.evidence AS evidence"
)
IMPLEMENTERS_OF_COMPONENTS: Final = (
    "MATCH (h:Place)-[r:IMPLEMENTS]->(m:Programme)-[:HAS_COMPONENT]->(c:Component) "
    "WHERE c.name IN $components AND ($level IS NULL OR h.level = $level) "
    "WITH h, r, m, collect(DISTINCT c.name) AS matched "
    "WHERE $match = 'any' OR size(matched) = size($components) "
    "RETURN h.name AS name, h.level AS level, m.name AS programme, matched, r.evidence AS evidence"
)
PROGRAMMES_OF: Final = (
    "MATCH (h {name: $name})-[r:IMPLEMENTS]->(m:Programme) "
    "WHERE ($kinds IS NULL OR m.kind IN $kinds) "
    "RETURN m.name AS name, m.kind AS kind, r.evidence AS evidence"
)
METRICS_OF: Final = (
    "MATCH (p {name: $name})-[:REPORTS]->(m:Metric) OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(s:Sentence) "
    "RETURN p.name AS subject, m.indicator AS indicator, m.value AS value, m.unit AS unit, "
    "m.qualifier AS qualifier, m.year AS year, m.docId AS doc, m.raw AS raw, s.sentenceId AS sentence_id, "
    "s.text AS sentence"
)
METRICS_BY_INDICATOR: Final = (
    "MATCH (p)-[:REPORTS]->(m:Metric) WHERE m.indicator CONTAINS $text "
    "AND ($place IS NULL OR p.name = $place) AND ($year IS NULL OR m.year = $year) "
    "OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(s:Sentence) "
    "RETURN p.name AS subject, m.indicator AS indicator, m.value AS value, m.unit AS unit, "
    "m.qualifier AS qualifier, m.year AS year, m.docId AS doc, s.sentenceId AS sentence_id, s.text AS sentence"
)
SHARED_PROGRAMMES: Final = (
    "MATCH (a {name: $first})-[ra:IMPLEMENTS]->(m:Programme)<-[rb:IMPLEMENTS]-(b {name: $second}) "
    "RETURN DISTINCT m.name AS name, m.kind AS kind, ra.evidence + rb.evidence AS evidence"
)
ANCESTORS: Final = (
    "MATCH (p:Place {name: $name})-[r:PART_OF*1..3]->(a:Place) "
    "RETURN a.name AS name, a.level AS level, r[0].evidence AS evidence"
)
DESCENDANTS: Final = (
    "MATCH (c:Place)-[r:PART_OF*1..3]->(p:Place {name: $name}) "
    "WHERE $level IS NULL OR c.level = $level "
    "RETURN DISTINCT c.name AS name, c.level AS level, r[0].evidence AS evidence"
)
LED_BY: Final = (
    "MATCH (p:Person {name: $name})-[r:LEADS]->(o:Organisation) WHERE $kind IS NULL OR o.kind = $kind "
    "RETURN o.name AS name, o.kind AS kind, r.evidence AS evidence"
)
LEADERS_OF: Final = (
    "MATCH (p)-[r:LEADS]->(o:Organisation {name: $name}) "
    "RETURN p.name AS name, labels(p)[0] AS label, r.evidence AS evidence"
)
PARTNERS_OF: Final = (
    "MATCH (h {name: $name})-[r:PARTNERS_WITH]->(o:Organisation) WHERE $kind IS NULL OR o.kind = $kind "
    "RETURN o.name AS name, o.kind AS kind, r.evidence AS evidence"
)
PARENT_PROGRAMMES: Final = (
    "MATCH (m:Programme {name: $name})-[r:PART_OF_PROGRAMME]->(p:Programme) "
    "RETURN p.name AS name, r.evidence AS evidence"
)
COMPONENTS_OF: Final = (
    "MATCH (m:Programme {name: $name})-[:HAS_COMPONENT]->(c:Component) RETURN c.name AS name"
)
SENTENCES: Final = (
    "MATCH (s:Sentence) WHERE s.sentenceId IN $ids RETURN s.sentenceId AS id, s.docId AS doc, s.text AS sentence"
)

# -- API resources -----------------------------------------------------------------
PLACES: Final = (
    "MATCH (p:Place) WHERE ($level IS NULL OR p.level = $level) "
    "AND ($q IS NULL OR p.name CONTAINS $q OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $q)) "
    "OPTIONAL MATCH (p)-[:PART_OF]->(parent:Place) "
    "WITH p, collect(parent.name) AS parents WHERE $parent IS NULL OR $parent IN parents "
    "RETURN p.name AS name, p.level AS level, p.code AS code, coalesce(p.aliases, []) AS aliases, parents "
    "ORDER BY p.name SKIP $skip LIMIT $limit"
)
PLACE: Final = (
    "MATCH (p:Place) WHERE p.name = $name OR $name IN coalesce(p.aliases, []) "
    "RETURN p.name AS name, p.level AS level, p.code AS code, coalesce(p.aliases, []) AS aliases LIMIT 1"
)
ORGANISATIONS_IN: Final = (
    "MATCH (o:Organisation)-[r:LOCATED_IN]->(:Place {name: $name}) "
    "RETURN o.name AS name, o.kind AS kind, r.evidence AS evidence"
)
PROGRAMMES: Final = (
    "MATCH (m:Programme) WHERE ($kind IS NULL OR m.kind = $kind) "
    "AND ($q IS NULL OR m.name CONTAINS $q) "
    "OPTIONAL MATCH (m)-[:HAS_COMPONENT]->(c:Component) "
    "WITH m, collect(c.name) AS components WHERE $component IS NULL OR $component IN components "
    "RETURN m.name AS name, m.kind AS kind, components ORDER BY m.name SKIP $skip LIMIT $limit"
)
PROGRAMME: Final = (
    "MATCH (m:Programme {name: $name}) OPTIONAL MATCH (m)-[:HAS_COMPONENT]->(c:Component) "
    "RETURN m.name AS name, m.kind AS kind, coalesce(m.aliases, []) AS aliases, collect(c.name) AS components"
)
PROGRAMME_DOCUMENTS: Final = (
    "MATCH (s:Sentence)-[:MENTIONS]->(:Programme {name: $name}) MATCH (s)-[:IN_DOCUMENT]->(d:Document) "
    "RETURN DISTINCT d.docId AS doc_id, d.title AS title"
)
DOCUMENTS: Final = (
    "MATCH (d:Document) OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) "
    "RETURN d.docId AS doc_id, d.title AS title, d.source AS source, d.published AS published, "
    "d.chars AS chars, d.ingestedAt AS ingested_at, count(s) AS sentences ORDER BY d.docId SKIP $skip LIMIT $limit"
)
DOCUMENT_COUNT: Final = "MATCH (d:Document) RETURN count(d) AS n"
DOCUMENT_SENTENCES: Final = (
    "MATCH (s:Sentence {docId: $doc_id}) RETURN s.index AS index, s.text AS text, s.start AS start, "
    "s.end AS end ORDER BY s.index"
)
DOCUMENT_MENTIONS: Final = (
    "MATCH (s:Sentence {docId: $doc_id})-[m:MENTIONS]->(e) "
    "RETURN s.index AS sentence, m.start AS start, m.end AS end, labels(e)[0] AS label, e.name AS name"
)
