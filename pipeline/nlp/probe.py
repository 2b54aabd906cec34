"""Person/organisation P/R on a small labelled sentence file (``tests/nlp/data/rural_ner.jsonl``).

Each line is ``{"id", "text", "entities": [{"label", "name", "start", "end"}]}``
(sentence offsets, written by hand).  Every sentence is run as a document of
its own, so nothing leaks between them; a predicted Person/Organisation
mention counts as right only with the gold label and the exact span.  Used by
``bench/bench_segmenters.py --ner-file`` and by the tests, so that what the
model adds on reports the rules do not know is measured, not guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

LABELS = ("Person", "Organisation")


@dataclass
class LabelledSentence:
    """One hand-labelled sentence; ``spans`` are (label, start, end) in sentence offsets."""

    id: str
    text: str
    spans: set[tuple[str, int, int]]


@dataclass
class Counts:
    """True/false positives and misses per label, with the wrong and missed spans for reading."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, sentence: LabelledSentence, pred: set[tuple[str, int, int]]) -> None:
        """Count one sentence's predicted spans against its labels (labels outside LABELS ignored)."""
        for label, a, b in pred:
            if label not in self.fp:
                continue
            if (label, a, b) in sentence.spans:
                self.tp[label] += 1
            else:
                self.fp[label] += 1
                self.wrong.append((sentence.id, label, sentence.text[a:b]))
        for label, a, b in sentence.spans - pred:
            self.fn[label] += 1
            self.missed.append((sentence.id, label, sentence.text[a:b]))

    def prf(self, label: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def load_labelled(path: Path) -> list[LabelledSentence]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        spans = {(e["label"], int(e["start"]), int(e["end"])) for e in row["entities"]}
        for label, a, b in spans:
            name = next(e["name"] for e in row["entities"] if (e["label"], e["start"], e["end"]) == (label, a, b))
            if row["text"][a:b] != name:
                raise ValueError(f"{row['id']}: span {a}-{b} is {row['text'][a:b]!r}, not {name!r}")
        out.append(LabelledSentence(row["id"], row["text"], spans))
    return out


def predicted_spans(nlp: Language, sentence: LabelledSentence) -> set[tuple[str, int, int]]:
    """The pipeline's Person/Organisation mentions for the sentence run as its own document."""
    from pipeline.document import prepare
    from pipeline.read import RawDocument

    from . import extract

    document, sentences = prepare(RawDocument(doc_id=sentence.id, source=f"{sentence.id}.txt", sha256="0" * 64,
                                              text=sentence.text + "\n"))
    offset = document.text.find(sentence.text)
    facts = extract(nlp, document, sentences)
    return {(m.label, m.start - offset, m.end - offset) for m in facts.mentions if m.label in LABELS}


def score(nlp: Language, sentences: list[LabelledSentence]) -> Counts:
    counts = Counts()
    for s in sentences:
        counts.add(s, predicted_spans(nlp, s))
    return counts


def score_model(model: str, sentences: list[LabelledSentence]) -> Counts:
    """The HanLP model's raw spans (no rules, no fusion filter) against the labels."""
    from .hanlp_model import load_ner, predict
    from .silver import LABELS as TAG_LABELS

    counts = Counts()
    raw = predict(load_ner(model), [s.text for s in sentences])
    for s, preds in zip(sentences, raw, strict=True):
        counts.add(s, {(TAG_LABELS.get(p.tag, p.tag), p.start, p.end) for p in preds})
    return counts
