"""Hand-built ``DocumentFacts`` for the store tests (our own sentences, no pipeline).

``Doc("a", "第一句。", "第二句。")`` makes a document of those sentences (offsets
computed, sha256 of the text); ``entity``/``relation``/``metric``/``mention``
add facts whose evidence is the sentence of the given index.
"""

from __future__ import annotations

import hashlib
from typing import Any

from policykg.facts import (
    Document,
    DocumentFacts,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Metric,
    Relation,
    Sentence,
)

Ref = tuple[str, str]


class Doc:
    def __init__(self, doc_id: str, *sentences: str, title: str | None = None) -> None:
        self.doc_id = doc_id
        self.sentences: list[Sentence] = []
        at = 0
        for i, text in enumerate(sentences):
            self.sentences.append(Sentence(doc_id=doc_id, index=i, text=text, start=at, end=at + len(text)))
            at += len(text)
        self.text = "".join(sentences)
        self.title = title or f"{doc_id} report"
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.relations: list[Relation] = []
        self.metrics: list[Metric] = []

    def _ev(self, sent: int) -> Evidence:
        return Evidence.of(self.sentences[sent])

    def entity(self, label: str, name: str, sent: int, **attrs: Any) -> Doc:
        self.entities.append(Entity(label=label, name=name, evidence=self._ev(sent), **attrs))  # type: ignore[arg-type]
        return self

    def mention(self, label: str, name: str, sent: int) -> Doc:
        s = self.sentences[sent]
        at = s.text.index(name)
        self.mentions.append(Mention(label=label, name=name, surface=name, sentence_index=sent,  # type: ignore[arg-type]
                                     start=s.start + at, end=s.start + at + len(name)))
        return self

    def relation(self, rtype: str, head: Ref, tail: Ref, sent: int, basis: str = "text") -> Doc:
        self.relations.append(Relation(type=rtype, head=EntityRef(label=head[0], name=head[1]),  # type: ignore[arg-type]
                                       tail=EntityRef(label=tail[0], name=tail[1]),  # type: ignore[arg-type]
                                       basis=basis, evidence=self._ev(sent)))  # type: ignore[arg-type]
        return self

    def metric(self, subject: Ref, indicator: str, value: float, unit: str, sent: int,
               year: int | None = None, qualifier: str | None = None) -> Doc:
        raw = f"{value:g}{unit}"
        self.metrics.append(Metric(subject=EntityRef(label=subject[0], name=subject[1]),  # type: ignore[arg-type]
                                   indicator=indicator, value=value, unit=unit, year=year,
                                   qualifier=qualifier, raw=raw, evidence=self._ev(sent)))  # type: ignore[arg-type]
        return self

    def facts(self) -> DocumentFacts:
        document = Document(doc_id=self.doc_id, source=f"{self.doc_id}.txt", title=self.title,
                            sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
                            chars=len(self.text), text=self.text)
        return DocumentFacts(document=document, sentences=self.sentences, entities=self.entities,
                             mentions=self.mentions, relations=self.relations, metrics=self.metrics)


LEAGUE = ("Place", "锡林郭勒盟")
BIRCH = ("Place", "白桦旗")
WILLOW = ("Place", "红柳旗")
SAND = ("Place", "黄沙旗")
GOLD = ("Place", "金沙苏木")
ASSOC_COOP = ("Programme", "协会+合作社")
HOUSE_ASSOC = ("Programme", "党员中心户+协会")


def league_report(doc_id: str = "league") -> Doc:
    """A small report shaped like ours: hierarchy, two models, metrics for one indicator."""
    d = Doc(doc_id,
            "锡林郭勒盟下辖白桦旗、红柳旗和黄沙旗。",
            "白桦旗金沙苏木推行“协会+合作社”模式。",
            "红柳旗探索“党员中心户+协会”模式。",
            "白桦旗共有嘎查村56个，2023年全旗网格120个。",
            "红柳旗共有嘎查村80个。")
    d.entity("Place", "锡林郭勒盟", 0, level="league", aliases=["锡盟"])
    for name in ("白桦旗", "红柳旗", "黄沙旗"):
        d.entity("Place", name, 0, level="banner")
        d.relation("PART_OF", ("Place", name), LEAGUE, 0, basis="text")
    d.entity("Place", "金沙苏木", 1, level="township")
    d.relation("PART_OF", GOLD, BIRCH, 1, basis="admin_knowledge")
    d.entity("Programme", "协会+合作社", 1, kind="model", components=["协会", "合作社"])
    d.entity("Programme", "党员中心户+协会", 2, kind="model", components=["党员中心户", "协会"])
    d.relation("IMPLEMENTS", BIRCH, ASSOC_COOP, 1)
    d.relation("IMPLEMENTS", GOLD, ASSOC_COOP, 1)
    d.relation("IMPLEMENTS", WILLOW, HOUSE_ASSOC, 2)
    d.mention("Place", "白桦旗", 1).mention("Place", "红柳旗", 2).mention("Place", "白桦旗", 3)
    d.mention("Place", "红柳旗", 4)
    d.metric(BIRCH, "嘎查村", 56, "个", 3, year=2023)
    d.metric(BIRCH, "网格", 120, "个", 3, year=2023)
    d.metric(WILLOW, "嘎查村", 80, "个", 4)
    return d
