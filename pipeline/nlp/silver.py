"""Silver NER data: the rule extractor's own mentions written as character-per-line BIO TSV.

The statistical model is trained on what the rules are sure of, so the file
only carries the labels the model is meant to learn (persons and
organisations by default) and drops sentences that are bylines, which the
schema says are not people of the graph.  One sentence per block, a blank
line between blocks: the format HanLP's ``TSVTaggingDataset`` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from policykg.facts import DocumentFacts, Mention, Sentence

#: entity label of the graph -> tag used in the TSV (short, HanLP style)
TAGS: dict[str, str] = {"Person": "PER", "Organisation": "ORG"}
LABELS: dict[str, str] = {v: k for k, v in TAGS.items()}

_BYLINE = re.compile(r"^[□◎■]|摄影?$|编辑[:：]|来源[:：]")
# 记者/通讯员 as a credit, not as someone spoken to (跟记者说, 告诉记者 …)
_BYLINE_WORD = re.compile(r"(?<![跟对向诉给])(?:记者|通讯员)(?![说介表])")
_BYLINE_MAX = 40


def is_byline(text: str) -> bool:
    """A credit line (□ 记者 …, 通讯员 …, 摄, 图片由…提供): its names are not people of the graph.

    A sentence that speaks to a reporter (党员某某跟记者说) is running text, not a credit.
    """
    head = text[:14]
    return bool(_BYLINE.search(head)) or text.rstrip().endswith("摄") or (
        len(text.strip()) <= _BYLINE_MAX and bool(_BYLINE_WORD.search(head))) or _credit_line(text)


def _credit_line(text: str) -> bool:
    """（本文图片由某部提供）: the rules read no organisation or person there, nor does fusion."""
    from pipeline.rules import organisations as org

    credit = getattr(org, "_CREDIT_RE", None)
    return bool(credit and credit.search(text))


def bio_tags(sentence: Sentence, mentions: Iterable[Mention], tags: dict[str, str] = TAGS) -> list[str]:
    """One BIO tag per character of ``sentence``; overlapping mentions keep the longer one."""
    out = ["O"] * len(sentence.text)
    spans = sorted((m for m in mentions if m.label in tags and sentence.start <= m.start < m.end <= sentence.end),
                   key=lambda m: (-(m.end - m.start), m.start))
    for m in spans:
        a, b = m.start - sentence.start, m.end - sentence.start
        if any(t != "O" for t in out[a:b]):
            continue
        tag = tags[m.label]
        out[a] = "B-" + tag
        for i in range(a + 1, b):
            out[i] = "I-" + tag
    return out


def sentence_rows(facts: DocumentFacts, tags: dict[str, str] = TAGS,
                  max_len: int = 200) -> Iterator[list[tuple[str, str]]]:
    """(char, tag) rows per sentence, bylines and white space left out, long sentences cut."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in facts.mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    for sent in facts.sentences:
        if is_byline(sent.text):
            continue
        labels = bio_tags(sent, by_sentence.get(sent.index, []), tags)
        rows = [(ch, t) for ch, t in zip(sent.text, labels, strict=True) if not ch.isspace()]
        for i in range(0, len(rows), max_len):
            chunk = rows[i:i + max_len]
            if chunk and chunk[0][1].startswith("I-"):
                chunk[0] = (chunk[0][0], "B-" + chunk[0][1][2:])
            if chunk:
                yield chunk


def write_bio_tsv(docs: Iterable[DocumentFacts], out: TextIO | Path, tags: dict[str, str] = TAGS) -> int:
    """Write every sentence of ``docs`` as BIO TSV; returns the number of sentences written."""
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8") as fh:
            return write_bio_tsv(docs, fh, tags)
    n = 0
    for facts in docs:
        for rows in sentence_rows(facts, tags):
            out.write("".join(f"{ch}\t{t}\n" for ch, t in rows))
            out.write("\n")
            n += 1
    return n


def read_bio_tsv(path: Path) -> list[list[tuple[str, str]]]:
    """The sentences of a BIO TSV file (for tests and for splitting train/dev)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        ch, tag = line.split("\t")
        cur.append((ch, tag))
    if cur:
        sents.append(cur)
    return sents
