"""The store on the seeds graph: ingest twice, SCHEMA.md's three examples, deleting a document.

The seeds are ingested with the real pipeline into the embedded store; the facts
handed to ``write_document`` are recorded. The rows each SCHEMA.md example must
return are then worked out in Python from those facts alone (no Cypher), so the
check holds whatever the extractor finds today, and a fact the store dropped or
invented shows up as a difference. The examples are run verbatim
(``queries.SCHEMA_EXAMPLES``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

from graph import queries
from graph.writes import METRIC_SUBJECTS, person_id
from policykg.facts import DocumentFacts
from policykg.ingest import ingest_paths
from policykg.paths import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture
def seeded(store: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[DocumentFacts]]:
    written: list[DocumentFacts] = []
    one, many = store.write_document, store.write_documents

    def recording(facts: DocumentFacts) -> Any:
        written.append(facts)
        return one(facts)

    def recording_many(batch: list[DocumentFacts]) -> Any:  # ingest's bulk path
        written.extend(batch)
        return many(batch)

    monkeypatch.setattr(store, "write_document", recording)
    monkeypatch.setattr(store, "write_documents", recording_many)
    report = ingest_paths(SEEDS, store=store)
    assert not report.failed and len(written) >= 3
    return store, written


def _levels(facts: list[DocumentFacts]) -> dict[str, str | None]:
    """A place's level as the store keeps it: the first document that gives one sets it."""
    levels: dict[str, str | None] = {}
    for doc in facts:
        for e in doc.entities:
            if e.label == "Place" and levels.get(e.name) is None:
                levels[e.name] = e.level
    return levels


def _relations(facts: list[DocumentFacts], rtype: str, head: str, tail: str) -> set[tuple[str, str]]:
    return {(r.head.name, r.tail.name) for doc in facts for r in doc.relations
            if r.type == rtype and r.head.label == head and r.tail.label == tail}


def _expected_models_with_both(facts: list[DocumentFacts], first: str, second: str) -> Counter[tuple[Any, ...]]:
    components: dict[str, set[str]] = defaultdict(set)
    for doc in facts:
        for e in doc.entities:
            if e.label == "Programme":
                components[e.name].update(e.components)
    levels = _levels(facts)
    return Counter((p, levels.get(p), m) for p, m in _relations(facts, "IMPLEMENTS", "Place", "Programme")
                   if {first, second} <= components[m])


def _expected_banners_of(facts: list[DocumentFacts], league: str) -> dict[str, list[str]]:
    part_of = _relations(facts, "PART_OF", "Place", "Place")
    parents: dict[str, set[str]] = defaultdict(set)
    for child, parent in part_of:
        parents[child].add(parent)
    implements: dict[str, set[str]] = defaultdict(set)
    for place, programme in _relations(facts, "IMPLEMENTS", "Place", "Programme"):
        implements[place].add(programme)
    out: dict[str, list[str]] = {}
    for place, level in _levels(facts).items():
        if level != "banner":
            continue
        paths = int(league in parents[place]) + sum(league in parents[mid] for mid in parents[place])
        if paths:  # one row per path, then grouped by the banner's name
            out[place] = sorted(m for _ in range(paths) for m in implements[place])
    return out


def _expected_indicator_rows(facts: list[DocumentFacts], indicator: str) -> Counter[tuple[Any, ...]]:
    text = {s.sentence_id: s.text for doc in facts for s in doc.sentences}
    rows: set[tuple[Any, ...]] = set()
    for doc in facts:
        for m in doc.metrics:
            if m.subject.label == "Place" and m.indicator == indicator:
                # one Metric per metric id, one EVIDENCED_BY per sentence
                rows.add((m.metric_id, m.subject.name, m.value, m.unit, m.year, text[m.evidence.sentence_id]))
    return Counter(row[1:] for row in rows)


def test_ingesting_the_seeds_twice_changes_no_count(seeded):
    store, _ = seeded
    before = store.counts()
    report = ingest_paths(SEEDS, store=store)
    assert set(report.by_status) == {"unchanged"}
    assert store.counts() == before


def test_the_schema_examples_return_the_rows_the_facts_imply(seeded):
    store, facts = seeded
    models, banners, indicator = (store.read(q, limit=100_000) for q in queries.SCHEMA_EXAMPLES)

    # no seed model has both of these components (nor has the gold): the rows must be none
    assert Counter(tuple(r.values()) for r in models) == _expected_models_with_both(facts, "协会", "合作社")
    # the same query with two components a seed model does have, so that rows are compared too
    expected_models = _expected_models_with_both(facts, "党员中心户", "协会")
    rows = store.read(queries.SCHEMA_MODELS_WITH_BOTH, {"first": "党员中心户", "second": "协会"})
    assert Counter((r["place"], r["level"], r["model"]) for r in rows) == expected_models

    league = queries.SCHEMA_EXAMPLES[1].split("{name: '")[1].split("'")[0]
    expected_banners = _expected_banners_of(facts, league)
    assert {r["b.name"]: sorted(r["collect(m.name)"]) for r in banners} == expected_banners

    expected_rows = _expected_indicator_rows(facts, "嘎查村")
    assert Counter(tuple(r.values()) for r in indicator) == expected_rows
    # the seeds are reports about that league: there are rows to check
    assert expected_models and expected_banners and expected_rows


def _structure(store: Any) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """Nodes by label and key, relationships by type, ends and evidence: the facts, not attributes."""
    nodes = Counter((tuple(sorted(r["l"])), r["k"]) for r in store.read(
        "MATCH (n) RETURN labels(n) AS l, coalesce(n.docId, n.sentenceId, n.personId, n.metricId, n.name) AS k",
        limit=1_000_000))
    rels = Counter((r["t"], r["a"], r["b"], tuple(sorted(r["e"] or []))) for r in store.read(
        "MATCH (a)-[x]->(b) RETURN type(x) AS t, "
        "coalesce(a.sentenceId, a.personId, a.metricId, a.name) AS a, "
        "coalesce(b.docId, b.sentenceId, b.personId, b.metricId, b.name) AS b, x.evidence AS e",
        limit=1_000_000))
    return nodes, rels


def test_deleting_a_seed_document_removes_exactly_what_only_it_supported(seeded):
    store, facts = seeded
    gone = max(facts, key=lambda f: len(f.relations))  # the one that shares the most facts
    assert store.delete_document(gone.document.doc_id) > 0
    after_delete = _structure(store)
    kept = [doc for doc in facts if doc.document.doc_id != gone.document.doc_id]
    store.wipe()
    for doc in kept:
        store.write_document(doc)
    assert after_delete == _structure(store)


def test_person_keys_in_the_seeds_follow_their_context(seeded):
    """Persons are keyed by name@context (writes.person_id): the seeds' persons are found by that key."""
    store, facts = seeded
    keys = {person_id(e.name, e.context) for doc in facts for e in doc.entities if e.label == "Person"}
    stored = {r["k"] for r in store.read("MATCH (p:Person) RETURN p.personId AS k", limit=100_000)}
    assert stored == keys


def test_figures_about_a_person_hang_off_that_person(seeded):
    """A person's own figures (age, years, acreage) are stored with REPORTS from the person."""
    store, facts = seeded
    assert "Person" in METRIC_SUBJECTS
    expected = {(person_id(m.subject.name, next(e.context for e in doc.entities
                                                if e.label == "Person" and e.name == m.subject.name)), m.metric_id)
                for doc in facts for m in doc.metrics if m.subject.label == "Person"}
    assert expected, "the seeds state figures about persons"
    stored = {(r["k"], r["m"]) for r in store.read(
        "MATCH (p:Person)-[:REPORTS]->(m:Metric) RETURN p.personId AS k, m.metricId AS m", limit=100_000)}
    assert stored == expected
