"""A deterministic extractor and report folders for the ingest tests.

Ingest tests check what ingest and the store do with facts (which documents,
sentences and facts end up stored), not how well the rules extract, so the
extractor here reads organisations from 【】 brackets: every bracketed name
is an Organisation mentioned in that sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.document import prepare
from pipeline.read import RawDocument
from policykg.facts import DocumentFacts, Entity, Evidence, Mention

_BRACKET = re.compile(r"【([^】]+)】")

# Sentences written for these tests (not taken from any gold file).
REPORTS = {
    "a": "甲旗推行党员中心户模式。【甲旗牧民合作社】带动牧户增收。【联合服务中心】提供技术培训。",
    "b": "乙旗开展结对共建活动。【乙旗乳业协会】吸纳会员二百余户。【联合服务中心】组织专家下乡。",
    "c": "丙旗深化基层治理。【丙旗网格服务站】覆盖全部嘎查村。",
    "d": "丁旗推进产业振兴。【丁旗草原文旅公司】接待游客逾万人次。",
    "e": "戊旗完善村级组织。【戊旗村务监督站】实现全覆盖。",
}


def bracket_extract(raw: RawDocument) -> DocumentFacts:
    document, sentences = prepare(raw)
    entities: list[Entity] = []
    mentions: list[Mention] = []
    for s in sentences:
        for m in _BRACKET.finditer(s.text):
            name = m.group(1)
            entities.append(Entity(label="Organisation", name=name, kind="other", evidence=Evidence.of(s)))
            mentions.append(Mention(label="Organisation", name=name, surface=name, sentence_index=s.index,
                                    start=s.start + m.start(1), end=s.start + m.end(1)))
    return DocumentFacts(document=document, sentences=sentences, entities=entities, mentions=mentions)


def make_folder(folder: Path, names: list[str] | None = None, token: str = "") -> Path:
    """Write the named reports; ``token`` prefixes file names and organisation names, so tests
    sharing one store do not see each other's documents and facts."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or list(REPORTS):
        (folder / f"{token}{name}.txt").write_text(REPORTS[name].replace("【", "【" + token), encoding="utf-8")
    return folder


def expected_sentences(path: Path) -> list[str]:
    """The sentence texts ingest should store for a file (what prepare makes of it)."""
    from pipeline.read import read_file

    return [s.text for s in prepare(read_file(path))[1]]


_TEMPLATES = [
    "{p}第{n}嘎查推行党员中心户模式，带动牧户{k}户增收。",
    "【{p}第{n}合作社】吸纳社员{k}人，年分红{m}万元。",
    "{p}组织党员干部{k}人次深入第{n}嘎查开展政策宣讲。",
    "截至{y}年底，{p}第{n}网格共配备网格员{k}名。",
]


def long_report(i: int, sentences: int = 60) -> str:
    """A report of ``sentences`` sentences of our own, different for every ``i``."""
    place = "甲乙丙丁戊己庚辛壬癸"[i % 10] + "旗"
    lines = [f"{place}第{i}号工作简报"]
    for n in range(sentences):
        template = _TEMPLATES[n % len(_TEMPLATES)]
        lines.append(template.format(p=place, n=n + 1, k=10 + (i * 7 + n) % 90, m=1 + n % 9, y=2015 + n % 8))
    return "\n".join(lines) + "\n"
