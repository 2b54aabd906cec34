"""Answering a parsed question: run its named query, shape the answer, fetch the evidence."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph import queries
from graph.store import GraphStore
from policykg.errors import QuestionError

from .kinds import matches_kinds
from .memo import remember
from .metrics import metric_ask, select
from .names import NameIndex
from .parse import SUGGESTIONS, Parse, parse


class EvidenceItem(BaseModel):
    doc: str
    sentence: str


class Answer(BaseModel):
    """An answer with the Cypher that produced it and the sentences that state it."""

    question: str
    answer: list[Any]
    cypher: str
    params: dict[str, Any] = Field(default_factory=dict)
    evidence: list[EvidenceItem] = Field(default_factory=list)
    parse: dict[str, Any] = Field(default_factory=dict)

    def render(self) -> str:
        lines = [f"Q: {self.question}"]
        for item in self.answer:
            if isinstance(item, dict):
                q = item.get("qualifier") or ""
                year = f" ({item['year']})" if item.get("year") else ""
                lines.append(f"  - {item['subject']}: {item['indicator']} {item['value']:g}{item['unit']}{q}{year}")
            else:
                lines.append(f"  - {item}")
        if not self.answer:
            lines.append("  (no answer in the graph)")
        for ev in self.evidence[:5]:
            lines.append(f"  [{ev.doc}] {ev.sentence}")
        return "\n".join(lines)


def name_index(store: GraphStore) -> NameIndex:
    """The store's name index, built once per store generation (memo.py: rebuilt after an ingest)."""
    return remember(store, ("name-index",), lambda: NameIndex.load(store))


def answer_question(store: GraphStore, question: str) -> Answer:
    if not question or not question.strip():
        raise QuestionError("the question is empty", suggestions=[])
    names = name_index(store)
    p = parse(question, names)
    answer, cypher, params, evidence_ids = _run(store, p, names)
    return Answer(question=question, answer=answer, cypher=cypher, params=params,
                  evidence=_evidence(store, evidence_ids, answer),
                  parse={"family": p.family, "answer_kind": p.answer_kind, **p.understood})


def _names(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    names = list(dict.fromkeys(r["name"] for r in rows if r.get("name")))
    ids = [e for r in rows for e in (r.get("evidence") or [])]
    return names, ids


def _run(store: GraphStore, p: Parse, names: NameIndex) -> tuple[list[Any], str, dict[str, Any], list[str]]:
    if p.query == "ALIAS":
        return [p.params["name"]], "", p.params, []
    if p.query == "METRICS":
        return _metrics(store, p, names)
    cypher = getattr(queries, p.query)
    params = dict(p.params)
    kinds = params.get("kinds") if p.query == "PROGRAMMES_OF" else None
    if p.query == "PROGRAMMES_OF":
        # every programme of the place; the kind is decided by the sentences that state the fact (kinds.py)
        params = {"name": params["name"], "kinds": None}
    rows = store.read(cypher, params)
    if kinds:
        table = {r["id"]: r["sentence"] for r in store.read(
            queries.SENTENCES, {"ids": [e for r in rows for e in (r.get("evidence") or [])]}, limit=100_000)}
        rows = [r for r in rows if matches_kinds(r["name"], r.get("kind"),
                                                 [table[e] for e in (r.get("evidence") or []) if e in table], kinds)]
        p.understood["kinds_from_text"] = kinds
    if p.query == "IMPLEMENTERS_OF_COMPONENTS" and not rows and params.get("match") == "all":
        # no model has every component: say which have some of them (the parse records it)
        params["match"] = "any"
        p.understood["relaxed_to_any_component"] = True
        rows = store.read(cypher, params)
    if p.query == "ANCESTORS":
        level = params["level"]
        chosen = [r for r in rows if r.get("level") == level]
        if not chosen:
            chosen = _ancestor_from_divisions(params["name"], level)
        return [r["name"] for r in chosen[:1]], cypher, params, list(chosen[0].get("evidence") or []) if chosen else []
    if "within" in p.understood:
        rows = _within(store, rows, p.understood["within"], p.understood.get("within_level"))
    found, ids = _names(rows)
    return found, cypher, params, ids


def _within(store: GraphStore, rows: list[dict[str, Any]], container: str, level: str | None) -> list[dict[str, Any]]:
    """The rows whose place lies inside ``container`` (the graph's PART_OF, else the gazetteer's divisions)."""
    from pipeline.rules.gazetteer import load_gazetteer

    inside = {r["name"] for r in store.read(queries.DESCENDANTS, {"name": container, "level": None})}
    gaz = load_gazetteer()
    kept = [r for r in rows if r.get("name") in inside or container in gaz.ancestors(r.get("name") or "")]
    if level:
        kept = [r for r in kept if r.get("level") in (None, "", level)]
    elif not kept:
        kept = [r for r in rows if r.get("name") == container]  # only the place itself states it
    return kept


def _ancestor_from_divisions(name: str, level: str) -> list[dict[str, Any]]:
    """Administrative knowledge when the graph lacks the link (the division data of the gazetteer)."""
    from pipeline.rules.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for anc in gaz.ancestors(name):
        if gaz.divisions[anc].level == level:
            return [{"name": anc, "level": level, "evidence": []}]
    return []


def _metrics(store: GraphStore, p: Parse, names: NameIndex) -> tuple[list[Any], str, dict[str, Any], list[str]]:
    """Metrics of the subjects asked about whose indicator and clause best match the question (metrics.py)."""
    q = p.params["question"]
    subjects: list[str] = list(p.params["places"]) + [o for o in p.understood.get("organisations", [])]
    surfaces = [s for s in names.places if s in q] + [s for s in names.organisations if s in q]
    protected = [x for x in list(names.programmes) + list(names.indicators) + list(names.components) if x in q]
    ask = metric_ask(q, subjects, surfaces, protected)
    if not ask.words:
        raise QuestionError("could not tell which figure the question asks for", understood=p.understood,
                            suggestions=SUGGESTIONS)
    p.understood["figure_words"] = ask.words
    p.understood["units"] = sorted(ask.units) if ask.units else None
    p.understood["year"] = ask.year
    targets = subjects or sorted(set(names.places.values()))
    rows: list[dict[str, Any]] = []
    for subject in targets:
        rows += store.read(queries.METRICS_OF, {"name": subject}, limit=100_000)
    chosen = select(ask, rows)
    answer = [{"subject": r["subject"], "indicator": r["indicator"], "value": r["value"], "unit": r["unit"],
               "qualifier": r.get("qualifier"), "year": r.get("year"), "doc": r.get("doc")} for r in chosen]
    ids = [r["sentence_id"] for r in chosen if r.get("sentence_id")]
    return answer, queries.METRICS_OF, {"name": targets, "figure": ask.core}, ids


def _evidence(store: GraphStore, ids: list[str], answer: list[Any]) -> list[EvidenceItem]:
    ids = list(dict.fromkeys(ids))[:50]
    if not ids:
        return []
    rows = store.read(queries.SENTENCES, {"ids": ids})
    order = {sid: i for i, sid in enumerate(ids)}
    rows.sort(key=lambda r: order.get(r["id"], 0))
    return [EvidenceItem(doc=r["doc"], sentence=r["sentence"]) for r in rows]
