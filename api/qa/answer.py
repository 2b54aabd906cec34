"""Answering a parsed question: run its named query, shape the answer, fetch the evidence."""

from __future__ import annotations

import re
import threading
from typing import Any

from pydantic import BaseModel, Field

from graph import queries
from graph.store import GraphStore
from policykg.errors import QuestionError

from .names import NameIndex
from .parse import Parse, parse


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


_INDEX: dict[int, tuple[tuple[int, ...], NameIndex]] = {}
_LOCK = threading.Lock()


def name_index(store: GraphStore) -> NameIndex:
    """The store's name index, rebuilt when the number of nodes changed."""
    signature = tuple(sorted(store.counts()["nodes"].values()))
    with _LOCK:
        cached = _INDEX.get(id(store))
        if cached is None or cached[0] != signature:
            cached = (signature, NameIndex.load(store))
            _INDEX[id(store)] = cached
        return cached[1]


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
    if p.query == "PROGRAMMES_OF":
        params = {"name": params["name"], "kinds": params["kinds"]}
    rows = store.read(cypher, params)
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
    found, ids = _names(rows)
    return found, cypher, params, ids


def _ancestor_from_divisions(name: str, level: str) -> list[dict[str, Any]]:
    """Administrative knowledge when the graph lacks the link (the division data of the gazetteer)."""
    from pipeline.rules.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for anc in gaz.ancestors(name):
        if gaz.divisions[anc].level == level:
            return [{"name": anc, "level": level, "evidence": []}]
    return []


_QUESTION_WORDS = re.compile(
    r"多少|几个|几户|几名|是多少|分别|各有|各|有|了|的|是|为|共|建立|划分|设置|选派|提供|情况如何|情况|如何|规模|数量|"
    r"怎样|什么|哪些|\?|？|、|，|和|与|及|年|其|所|对|向|给|将|把|被|又|都|文中|提到|报道|by place|how many|how much")
_UNITS = {"户": "户", "个": "个", "名": "名", "人": "人", "元": "元", "钱": "元", "资金": "元", "贷款": "元",
          "收入": "元", "报酬": "元", "金额": "元", "项": "项", "次": "次", "亩": "亩"}


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def _metrics(store: GraphStore, p: Parse, names: NameIndex) -> tuple[list[Any], str, dict[str, Any], list[str]]:
    """Metrics of the places asked about whose indicator best matches the question's words."""
    q = p.params["question"]
    places: list[str] = p.params["places"]
    core = q
    for surface in sorted(names.places, key=len, reverse=True):
        core = core.replace(surface, " ")
    year_m = re.search(r"(20\d\d)年", core)
    core = re.sub(r"20\d\d年?|\d+", " ", core)
    unit = next((u for w, u in _UNITS.items() if re.search(rf"(多少|几){w}", q)), None)
    core = _QUESTION_WORDS.sub(" ", core)
    core = re.sub(r"[A-Za-z().,'\-]+", " ", core)
    words = [w for w in core.split() if len(w) >= 2]
    core_text = "".join(words)
    if not core_text:
        raise QuestionError("could not tell which figure the question asks for", understood=p.understood)
    rows: list[dict[str, Any]] = []
    targets = places or sorted({n for n in names.places.values()})
    for place in targets:
        rows += store.read(queries.METRICS_OF, {"name": place})
    if year_m:
        rows = [r for r in rows if r.get("year") in (None, int(year_m.group(1)))] or rows
    core_grams = _bigrams(core_text)
    scored: list[tuple[float, dict[str, Any]]] = []
    for r in rows:
        indicator = r.get("indicator") or ""
        if unit and r.get("unit") != unit and not (unit == "元" and r.get("unit") == "%"):
            continue
        grams = _bigrams(indicator)
        overlap = len(core_grams & grams) / max(len(core_grams), 1)
        score = overlap
        if indicator == core_text:
            score += 2
        elif indicator.endswith(core_text) or core_text.endswith(indicator):
            score += 1
        elif core_text in indicator:
            score += 0.5
        score -= 0.01 * abs(len(indicator) - len(core_text))
        if score >= 0.5:
            scored.append((score, r))
    best: dict[str, float] = {}
    for score, r in scored:
        best[r["subject"]] = max(best.get(r["subject"], 0.0), score)
    chosen = [r for score, r in scored if score >= best[r["subject"]] - 0.05]
    answer = [{"subject": r["subject"], "indicator": r["indicator"], "value": r["value"], "unit": r["unit"],
               "qualifier": r.get("qualifier"), "year": r.get("year"), "doc": r.get("doc")} for r in chosen]
    ids = [r["sentence_id"] for r in chosen if r.get("sentence_id")]
    return answer, queries.METRICS_OF, {"places": targets, "indicator": core_text}, ids


def _evidence(store: GraphStore, ids: list[str], answer: list[Any]) -> list[EvidenceItem]:
    ids = list(dict.fromkeys(ids))[:50]
    if not ids:
        return []
    rows = store.read(queries.SENTENCES, {"ids": ids})
    order = {sid: i for i, sid in enumerate(ids)}
    rows.sort(key=lambda r: order.get(r["id"], 0))
    return [EvidenceItem(doc=r["doc"], sentence=r["sentence"]) for r in rows]
