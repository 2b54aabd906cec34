"""``policykg train-ner``: a domain BiLSTM-CRF learnt from the rule extractor's own mentions.

Silver data: every report of the given folders is read, cleaned and run
through the rules; their Person and Organisation mentions become
character-per-line BIO TSV (silver.py).  Every ``dev_every``-th sentence goes
to the dev file.  Sentences with no mention are kept at ``negatives`` of the
positive count (sampled, seeded) so the model also learns where names are not.
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
    negatives: float
    seconds: float
    dev_precision: float
    dev_recall: float
    dev_f1: float
    model_bytes: int


Rows = list[tuple[str, str]]

# frequent given-name characters (a generic list, no real names): substitutes for augmentation
_GIVEN = "建国华明丽红伟强军平芳英秀玉兰志文海东林春成福晓虎杰波涛宏峰鹏霞燕娟敏静丹鑫磊超勇斌刚辉凤荣桂梅琴"


@dataclass(frozen=True)
class NameMaker:
    """Made-up names and role cues for augmentation, from the rules' own lexicons."""

    surnames: tuple[str, ...]
    translit: tuple[str, ...]
    cues: tuple[str, ...]

    @classmethod
    def from_lexicons(cls) -> NameMaker:
        from pipeline.rules import organisations as org

        translit: frozenset[str] = getattr(org, "transliteration_chars", lambda: frozenset())()
        return cls(tuple(sorted(org.surnames())), tuple(sorted(translit)),
                   (*org.person_roles(), "党员", "村民", "牧民"))

    def name(self, rng: random.Random) -> str:
        if self.translit and rng.random() < 0.25:  # a Mongolian name written in transliteration
            return "".join(rng.choice(self.translit) for _ in range(rng.choice((2, 3, 4))))
        return rng.choice(self.surnames) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def substitute_persons(rows: Rows, rng: random.Random, maker: NameMaker | list[str]) -> Rows:
    """The sentence with each person replaced by a made-up name, and a role cue before it by another cue.

    Why: the rules find few persons, so the model would otherwise learn those
    few names (and the one cue each had) by heart instead of the pattern
    "role cue, then a name" that the rules' lexicons describe.
    """
    if isinstance(maker, list):
        maker = NameMaker(tuple(maker), (), ())
    text = "".join(c for c, _ in rows)
    out: Rows = []
    i = 0
    while i < len(rows):
        ch, tag = rows[i]
        if tag == "B-PER" and maker.surnames:
            j = i + 1
            while j < len(rows) and rows[j][1] == "I-PER":
                j += 1
            cue = next((c for c in sorted(maker.cues, key=len, reverse=True) if text[:i].endswith(c)), None)
            if cue and len(out) >= len(cue) and all(t == "O" for _, t in out[-len(cue):]):
                del out[-len(cue):]
                out.extend((c, "O") for c in rng.choice(maker.cues))
            name = maker.name(rng)
            out.extend((c, ("B-PER" if k == 0 else "I-PER")) for k, c in enumerate(name))
            i = j
            continue
        out.append((ch, tag))
        i += 1
    return out


def split_rows(facts: list[DocumentFacts], dev_every: int, negatives: float, seed: int,
               augment: int = 0) -> tuple[list[Rows], list[Rows]]:
    """Train and dev sentences; each training sentence with a person gets ``augment`` variants."""
    rng = random.Random(seed)
    pos: list[Rows] = []
    neg: list[Rows] = []
    for f in facts:
        for rows in sentence_rows(f):
            (pos if any(t != "O" for _, t in rows) else neg).append(rows)
    rng.shuffle(neg)
    keep = pos + neg[: int(len(pos) * negatives)]
    rng.shuffle(keep)
    dev = [r for i, r in enumerate(keep) if i % dev_every == 0]
    trn = [r for i, r in enumerate(keep) if i % dev_every != 0]
    if augment:
        maker = NameMaker.from_lexicons()
        extra = [substitute_persons(r, rng, maker) for r in trn if any(t == "B-PER" for _, t in r)
                 for _ in range(augment)]
        trn = trn + extra
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


def train_from_folders(dirs: list[Path], out: Path, *, epochs: int = 30, dev_every: int = 8,
                       negatives: float = 1.0, augment: int = 20, seed: int = 1,
                       command: str = "") -> TrainingReport:
    import tempfile

    facts = silver_facts(dirs)
    trn, dev = split_rows(facts, dev_every, negatives, seed, augment)
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
                            dev_sentences=result.dev_sentences, mentions=counts, epochs=epochs, augment=augment, negatives=negatives,
                            seconds=round(seconds, 1), dev_precision=round(p, 3), dev_recall=round(r, 3),
                            dev_f1=round(f, 3), model_bytes=size)
    (out / "training.json").write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return report
