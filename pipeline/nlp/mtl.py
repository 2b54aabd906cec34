"""Actors of IMPLEMENTS / LEADS verbs from a HanLP multi-task model's semantic roles.

Only when a full HanLP MTL model (tok + srl) is on this machine: the rule
stage guesses an actor from the clause or falls back to the topic place; the
model's SRL says who the ARG0 of 推行 / 带领 … is.  An actor is kept only when
its ARG0 span covers an entity mention the rules (or fusion) already found,
and the programme or organisation is inside the verb's ARG1, so the model
chooses among known entities and never invents names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from policykg.facts import DocumentFacts, Evidence, Relation

log = logging.getLogger(__name__)

DEFAULT_MTL = "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH"
ACTOR_LABELS = {"IMPLEMENTS": ("Organisation", "Place"), "LEADS": ("Person",)}
TARGET_LABELS = {"IMPLEMENTS": ("Programme",), "LEADS": ("Organisation",)}


@dataclass(frozen=True)
class Frame:
    """One predicate with its ARG0 and ARG1 as character ranges of the sentence."""

    verb: str
    arg0: tuple[int, int] | None
    arg1: tuple[int, int] | None


def frames_from_hanlp(tokens: list[str], srl: list[list[tuple[str, str, int, int]]]) -> list[Frame]:
    """HanLP's SRL output (per predicate: (text, role, token start, token end)) in character offsets."""
    starts, pos = [], 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok)
    starts.append(pos)
    frames = []
    for args in srl:
        verb, arg0, arg1 = "", None, None
        for text, role, b, e in args:
            span = (starts[b], starts[e])
            if role == "PRED":
                verb = text
            elif role == "ARG0":
                arg0 = span
            elif role == "ARG1":
                arg1 = span
        if verb:
            frames.append(Frame(verb, arg0, arg1))
    return frames


def actor_relations(facts: DocumentFacts, sentence_index: int, frames: Iterable[Frame],
                    triggers: dict[str, list[str]]) -> list[Relation]:
    """Relations whose head is the known entity inside ARG0 and whose tail is inside ARG1."""
    sent = facts.sentences[sentence_index]
    mentions = [m for m in facts.mentions if m.sentence_index == sentence_index]
    out = []
    for frame in frames:
        for rtype, verbs in triggers.items():
            if rtype not in ACTOR_LABELS or not any(v in frame.verb for v in verbs):
                continue
            if frame.arg0 is None or frame.arg1 is None:
                continue
            a0 = (sent.start + frame.arg0[0], sent.start + frame.arg0[1])
            a1 = (sent.start + frame.arg1[0], sent.start + frame.arg1[1])
            heads = [m for m in mentions if m.label in ACTOR_LABELS[rtype] and a0[0] <= m.start and m.end <= a0[1]]
            tails = [m for m in mentions if m.label in TARGET_LABELS[rtype] and a1[0] <= m.start and m.end <= a1[1]]
            if not heads:
                continue
            head = max(heads, key=lambda m: m.end - m.start)
            for tail in tails:
                out.append(Relation(type=rtype, head={"label": head.label, "name": head.name},  # type: ignore[arg-type]
                                    tail={"label": tail.label, "name": tail.name},  # type: ignore[arg-type]
                                    evidence=Evidence.of(sent)))
    return out


def load_mtl(model: str = DEFAULT_MTL) -> Any:
    """The MTL model when it is local (a folder or HanLP's cache); NERModelError otherwise, at once."""
    from .hanlp_model import load_ner

    return load_ner(model)


def add_actors(mtl: Any, facts: DocumentFacts) -> DocumentFacts:
    """Facts with the SRL actors' relations added (duplicates of rule relations are skipped)."""
    from pipeline.rules.relations import triggers

    trig = triggers()
    todo = [s for s in facts.sentences if any(v in s.text for vs in trig.values() for v in vs)]
    if not todo:
        return facts
    result = mtl([s.text for s in todo], tasks=["tok/fine", "srl"])
    have = {(r.type, r.head, r.tail) for r in facts.relations}
    added = []
    for sent, tokens, srl in zip(todo, result["tok/fine"], result["srl"], strict=True):
        for rel in actor_relations(facts, sent.index, frames_from_hanlp(tokens, srl), trig):
            if (rel.type, rel.head, rel.tail) not in have:
                have.add((rel.type, rel.head, rel.tail))
                added.append(rel)
    log.info("%s: %d relations from SRL actors", facts.document.doc_id, len(added))
    return facts.model_copy(update={"relations": [*facts.relations, *added]})
