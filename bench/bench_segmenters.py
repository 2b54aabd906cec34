"""Speed and scores of the spaCy pipeline on the seeds: rules only vs rules + HanLP, per segmenter.

    python bench/bench_segmenters.py [--gold ../shared/gold] [--seeds seeds] [--gold-file FILE] [--repeat 3]
        [--variants rules-char,hanlp-char,...] [--markdown] [--ner-file tests/nlp/data/rural_ner.jsonl ...]

``--ner-file``: also person/organisation P/R per variant on hand-labelled sentences
(``pipeline.nlp.probe``: each sentence its own document, exact spans).

Each variant runs the pipeline over every seed (after one warm-up pass, so
model loading is not counted), writes the facts in the gold format and scores
them with the gold's ``score.py --json``.  Speed is characters of cleaned text
per second over the pipeline only (reading and cleaning excluded), best of
``--repeat``; the sentence splitters are timed alone as well.  The gold is for
measuring only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VARIANTS = {
    "rules-char": dict(hanlp=False, segmenter="char"),
    "rules-jieba": dict(hanlp=False, segmenter="jieba"),
    "rules-pkuseg": dict(hanlp=False, segmenter="pkuseg"),
    "hanlp-char": dict(hanlp=True, segmenter="char"),
    "hanlp-jieba": dict(hanlp=True, segmenter="jieba"),
    "hanlp-pkuseg": dict(hanlp=True, segmenter="pkuseg"),
    "hanlp-jieba-aligned": dict(hanlp=True, segmenter="jieba", align_words=True),
    "hanlp-pkuseg-aligned": dict(hanlp=True, segmenter="pkuseg", align_words=True),
    "rules-char-hanlpsplit": dict(hanlp=False, segmenter="char", splitter="hanlp"),
    # ablation: without the rules' organisations stage (it finds persons and organisations), what the
    # model + fusion filter find alone; fusion's organisation filter still needs the rules' places
    "noorgrules-char": dict(hanlp=False, segmenter="char", drop=("organisations",)),
    "noorgrules-hanlp-char": dict(hanlp=True, segmenter="char", drop=("organisations",)),
}


def load_seeds(seeds: Path) -> list:  # type: ignore[type-arg]
    from pipeline.document import prepare
    from pipeline.read import list_reports, read_file

    return [prepare(read_file(p)) for p in list_reports(seeds)]


def build(variant: dict) -> Language:  # type: ignore[type-arg]
    from pipeline.nlp import build_nlp, load_config

    cfg = load_config(segmenter=variant["segmenter"], splitter=variant.get("splitter"))
    if variant.get("align_words"):
        cfg["components"]["policykg_fusion"]["align_words"] = True
    nlp = build_nlp(cfg, hanlp=variant["hanlp"])
    for name in variant.get("drop", ()):
        nlp.remove_pipe(name)
    return nlp


def run(nlp: Language, pairs: list, repeat: int, own_sentences: bool) -> tuple[list, float]:  # type: ignore[type-arg]
    from pipeline.nlp import extract

    facts = [extract(nlp, d, s if own_sentences else None) for d, s in pairs]  # warm-up (loads models)
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        facts = [extract(nlp, d, s if own_sentences else None) for d, s in pairs]
        best = min(best, time.perf_counter() - t)
    return facts, best


def score(facts: list, gold_dir: Path, gold_file: Path | None = None) -> dict:  # type: ignore[type-arg]
    from pipeline.gold_format import gold_lines

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for f in facts:
            for line in gold_lines(f):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        pred = fh.name
    cmd = [sys.executable, str(gold_dir / "score.py"), "--pred", pred, "--json"]
    cmd += ["--gold", str(gold_file)] if gold_file else []
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    Path(pred).unlink()
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def time_splitters(pairs: list, repeat: int) -> dict[str, float]:  # type: ignore[type-arg]
    from pipeline.nlp.components import split

    chars = sum(d.chars for d, _ in pairs)
    out = {}
    for name in ("policykg", "hanlp"):
        split("x", "预热。", name)
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            for d, _ in pairs:
                split(d.doc_id, d.text, name)
            best = min(best, time.perf_counter() - t)
        out[name] = chars / best
    return out


def time_lexicon(pairs: list, repeat: int) -> dict[str, float] | None:  # type: ignore[type-arg]
    """The places stage's division scan against ``hanlp_trie`` longest match over the same forms."""
    try:
        from hanlp_trie import Trie

        from pipeline.rules.gazetteer import load_gazetteer
        from pipeline.rules.places import _NOT_PLACE_AFTER, _scan_divisions
    except ImportError:  # the rules moved on: nothing to compare
        return None
    gaz = load_gazetteer()
    texts = [s.text for _, sents in pairs for s in sents]
    trie = Trie({form: names[0] for form, names in gaz.forms.items()})

    def via_trie(text: str) -> list[tuple[int, int, str]]:
        return [(b, e, v) for b, e, v in trie.parse_longest(text) if not text.startswith(_NOT_PLACE_AFTER, e)]

    differ = sum(1 for t in texts if via_trie(t) != _scan_divisions(t, gaz))
    out: dict[str, float] = {"sentences_differing": differ}
    chars = sum(map(len, texts))
    for name, fn in (("rules_scan", lambda t: _scan_divisions(t, gaz)), ("hanlp_trie", via_trie)):
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            for t in texts:
                fn(t)
            best = min(best, time.perf_counter() - started)
        out[name] = chars / best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of reports")
    ap.add_argument("--gold-file", type=Path, default=None,
                    help="score against this gold file (e.g. eval/heldout_gold.jsonl with --seeds eval/heldout)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--markdown", action="store_true", help="print docs/nlp.md tables")
    ap.add_argument("--ner-file", type=Path, action="append", default=[],
                    help="hand-labelled sentences (JSONL, pipeline.nlp.probe) scored for persons/organisations")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(1)
    pairs = load_seeds(args.seeds)
    chars = sum(d.chars for d, _ in pairs)
    from pipeline.nlp.probe import load_labelled
    from pipeline.nlp.probe import score as score_labelled

    labelled = {path: load_labelled(path) for path in args.ner_file}
    ner_rows: list[tuple[str, str, dict[str, tuple[int, int, int]]]] = []
    rows = []
    for name in args.variants.split(","):
        variant = VARIANTS[name]
        nlp = build(variant)
        for path, sentences in labelled.items():
            counts = score_labelled(nlp, sentences)
            ner_rows.append((path.name, name, {lab: (counts.tp[lab], counts.fp[lab], counts.fn[lab])
                                               for lab in ("Person", "Organisation")}))
        facts, seconds = run(nlp, pairs, args.repeat, own_sentences="splitter" not in variant)
        result = score(facts, args.gold, args.gold_file)
        fused = sum(1 for f in facts for m in f.mentions if m.source != "rules")
        rows.append((name, chars / seconds, fused, result))
        print(f"{name:24s} {chars / seconds:9.0f} chars/s  fused {fused:3d}  "
              f"entities F1 {result['entities']['f1']:.3f}  relations F1 {result['relations']['f1']:.3f}",
              file=sys.stderr)
    splitters = time_splitters(pairs, args.repeat)
    lexicon = time_lexicon(pairs, args.repeat)
    if args.markdown:
        print_markdown(rows, splitters, chars)
        if ner_rows:
            print_ner_markdown(ner_rows)
        if lexicon:
            print(f"\nPlace-name scan (chars/s): rules {lexicon['rules_scan']:,.0f}, hanlp_trie "
                  f"{lexicon['hanlp_trie']:,.0f}; sentences where they differ: {lexicon['sentences_differing']:.0f}")
    else:
        print(json.dumps({"chars": chars, "splitters_chars_per_s": splitters, "lexicon": lexicon,
                          "labelled": [{"file": f, "variant": v, "tp_fp_fn": c} for f, v, c in ner_rows],
                          "variants": [{"name": n, "chars_per_s": round(c), "fused_mentions": f, "scores": r}
                                       for n, c, f, r in rows]}, ensure_ascii=False, indent=1))


def print_markdown(rows: list, splitters: dict[str, float], chars: int) -> None:  # type: ignore[type-arg]
    print(f"Seeds: {chars} characters of cleaned text.\n")
    print("| variant | chars/s | fused mentions | entity P | entity R | entity F1 | relation P | relation R | "
          "relation F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, cps, fused, r in rows:
        e, rel = r["entities"], r["relations"]
        print(f"| {name} | {cps:,.0f} | {fused} | {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} | "
              f"{rel['precision']:.3f} | {rel['recall']:.3f} | {rel['f1']:.3f} |")
    for kind in ("entities", "relations"):
        labels = sorted({lab for _, _, _, r in rows for lab in r[kind]["by_type"]})
        print(f"\n{kind.capitalize()} by label (P / R / F1):\n")
        print("| label | " + " | ".join(n for n, _, _, _ in rows) + " |")
        print("|---|" + "---|" * len(rows))
        for lab in labels:
            cells = []
            for _, _, _, r in rows:
                b = r[kind]["by_type"].get(lab)
                cells.append(f"{b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f}" if b else "–")
            print(f"| {lab} | " + " | ".join(cells) + " |")
    print("\nSentence splitters alone (chars/s): " +
          ", ".join(f"{k} {v:,.0f}" for k, v in splitters.items()))


def print_ner_markdown(ner_rows: list[tuple[str, str, dict[str, tuple[int, int, int]]]]) -> None:
    """Persons and organisations on hand-labelled sentences: P / R (tp, fp, fn) per file and variant."""
    print("\nHand-labelled sentences, exact spans (P / R, tp fp fn):\n")
    print("| file | variant | Person | Organisation |")
    print("|---|---|---|---|")
    for file, variant, counts in ner_rows:
        cells = []
        for label in ("Person", "Organisation"):
            tp, fp, fn = counts[label]
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            cells.append(f"{p:.3f} / {r:.3f} ({tp} {fp} {fn})")
        print(f"| {file} | {variant} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
