"""``policykg train-ner``: a domain BiLSTM-CRF learnt from the rule extractor's own mentions.

Silver data: every report of the given folders is read, cleaned and run
through the rules; their Person and Organisation mentions become
character-per-line BIO TSV (silver.py).  Every ``dev_every``-th sentence goes
to the dev file.  Sentences with no mention are kept at ``negatives`` of the
positive count (sampled, seeded) so the model also learns where names are not.
Silver sentences where the rules may have missed a person (``augment.unsure``)
are left out, and training sentences are multiplied by entity swaps and
template sentences (``augment.py``) so the model learns contexts, not names.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from policykg.errors import InputError, PolicyKGError
from policykg.facts import DocumentFacts

from .hanlp_model import load_ner, predict, train_ner
from .silver import LABELS, TAGS, sentence_rows

log = logging.getLogger(__name__)


def silver_facts(dirs: Iterable[Path]) -> list[DocumentFacts]:
    """Rule facts of every readable report in ``dirs`` (unreadable ones are skipped with a warning)."""
    from pipeline.document import prepare
    from pipeline.read import list_reports, read_file
    from pipeline.rules import run_rules

    out = []
    for d in dirs:
        for path in list_reports(d):
            try:
                document, sentences = prepare(read_file(path))
            except PolicyKGError as exc:
                log.warning("skipped %s: %s", path, exc)
                continue
            out.append(run_rules(document, sentences))
    if not out:
        raise InputError("no readable report in " + ", ".join(str(d) for d in dirs))
    return out


@dataclass
class TrainingReport:
    command: str
    folders: list[str]
    documents: int
    characters: int
    train_sentences: int
    dev_sentences: int
    mentions: dict[str, int]
    epochs: int
    augment: int
    synthetic: int
    negatives: float
    seconds: float
    dev_precision: float
    dev_recall: float
    dev_f1: float
    model_bytes: int


Rows = list[tuple[str, str]]

def split_rows(facts: list[DocumentFacts], dev_every: int, negatives: float, seed: int,
               augment: int = 0, synthetic: int = 0) -> tuple[list[Rows], list[Rows]]:
    """Train and dev sentences (dev: silver sentences only, never augmented).

    Each training sentence with a person or organisation gets ``augment``
    copies with made-up entities (``augment.swap_entities``), and
    ``synthetic`` template sentences are added (``augment.synthetic``).
    """
    from .augment import Maker, swap_entities, unsure
    from .augment import synthetic as template_rows

    rng = random.Random(seed)
    pos: list[Rows] = []
    neg: list[Rows] = []
    for f in facts:
        for rows in sentence_rows(f):
            if not unsure(rows):  # silver only says "no person here" where the rules could know
                (pos if any(t != "O" for _, t in rows) else neg).append(rows)
    rng.shuffle(neg)
    keep = pos + neg[: int(len(pos) * negatives)]
    rng.shuffle(keep)
    dev = [r for i, r in enumerate(keep) if i % dev_every == 0]
    trn = [r for i, r in enumerate(keep) if i % dev_every != 0]
    if augment or synthetic:
        maker = Maker.from_lexicons()
        extra = [swap_entities(r, rng, maker) for r in trn if any(t != "O" for _, t in r) for _ in range(augment)]
        trn = trn + extra + template_rows(synthetic, rng, maker)
        rng.shuffle(trn)
    return trn, dev


def _write(rows: list[list[tuple[str, str]]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for sent in rows:
            fh.write("".join(f"{c}\t{t}\n" for c, t in sent) + "\n")


def _shown(path: Path) -> str:
    """A folder as the record shows it: relative to the project when inside it."""
    from policykg.paths import PROJECT_ROOT

    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def span_prf(component: object, rows: list[list[tuple[str, str]]]) -> tuple[float, float, float]:
    """Exact-span precision/recall/F1 of the model against the silver dev sentences."""
    from hanlp.utils.span_util import bio_tags_to_spans

    texts = ["".join(c for c, _ in r) for r in rows]
    preds = predict(component, texts)
    tp = n_pred = n_gold = 0
    for r, ps in zip(rows, preds, strict=True):
        gold = {(t, b, e + 1) for t, (b, e) in bio_tags_to_spans([t for _, t in r])}
        got = {(p.tag, p.start, p.end) for p in ps}
        tp += len(gold & got)
        n_pred += len(got)
        n_gold += len(gold)
    p = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)


def train_from_folders(dirs: list[Path], out: Path, *, epochs: int = 15, dev_every: int = 8,
                       negatives: float = 20.0, augment: int = 5, synthetic: int = 500, seed: int = 1,
                       command: str = "") -> TrainingReport:
    import tempfile

    facts = silver_facts(dirs)
    trn, dev = split_rows(facts, dev_every, negatives, seed, augment, synthetic)
    if len(trn) < 4 or not dev:
        raise InputError(f"only {len(trn)} training sentences with persons or organisations: give more reports")
    counts = {LABELS[t]: 0 for t in TAGS.values()}
    for sent in trn + dev:
        for _, tag in sent:
            if tag.startswith("B-"):
                counts[LABELS[tag[2:]]] += 1
    with tempfile.TemporaryDirectory(prefix="policykg-ner-") as tmp:
        trn_path, dev_path = Path(tmp) / "train.tsv", Path(tmp) / "dev.tsv"
        _write(trn, trn_path)
        _write(dev, dev_path)
        started = time.perf_counter()
        result = train_ner(trn_path, dev_path, out, epochs=epochs, seed=seed)
        seconds = time.perf_counter() - started
    for stray in out.glob("*.log"):
        stray.unlink()
    p, r, f = span_prf(load_ner(str(out)), dev)
    size = sum(x.stat().st_size for x in out.iterdir() if x.is_file())
    report = TrainingReport(command=command, folders=[_shown(d) for d in dirs], documents=len(facts),
                            characters=sum(x.document.chars for x in facts), train_sentences=result.train_sentences,
                            dev_sentences=result.dev_sentences, mentions=counts, epochs=epochs, augment=augment, synthetic=synthetic,
                            negatives=negatives,
                            seconds=round(seconds, 1), dev_precision=round(p, 3), dev_recall=round(r, 3),
                            dev_f1=round(f, 3), model_bytes=size)
    (out / "training.json").write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return report
