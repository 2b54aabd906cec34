"""Constraints and indexes from SCHEMA.md's keys (Neo4j 5 syntax, which ArcadeDB accepts)."""

from __future__ import annotations

# label -> key property; one uniqueness constraint each
KEYS: dict[str, str] = {
    "Document": "docId",
    "Sentence": "sentenceId",
    "Place": "name",
    "Organisation": "name",
    "Programme": "name",
    "Component": "name",
    "Person": "personId",
    "Metric": "metricId",
    "Indicator": "name",
}

# extra lookup indexes the queries filter on
INDEXES: list[tuple[str, str]] = [
    ("Sentence", "docId"),
    ("Metric", "docId"),
    ("Place", "level"),
    ("Programme", "kind"),
    ("Organisation", "kind"),
]


def constraint_statements() -> list[str]:
    """Idempotent DDL; labels and keys are fixed names from this module, never user input."""
    out = [
        f"CREATE CONSTRAINT {label.lower()}_{key.lower()} IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
        for label, key in KEYS.items()
    ]
    # the store's generation counter (graph/writes.py), looked up by its key
    out.append("CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:Meta) REQUIRE n.key IS UNIQUE")
    out += [
        f"CREATE INDEX {label.lower()}_{prop.lower()} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in INDEXES
    ]
    return out
