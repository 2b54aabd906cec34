"""NLP commands of the ``policykg`` CLI: train the HanLP NER model, save the spaCy pipeline."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from policykg.errors import PolicyKGError
from policykg.paths import PROJECT_ROOT, models_dir


def _seeds() -> Path:
    return PROJECT_ROOT / "seeds"


def train_ner_command(
    directories: Annotated[list[Path] | None, typer.Argument(help="folders of reports (besides seeds/)")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="model folder to write")] = None,
    epochs: Annotated[int, typer.Option(help="training epochs")] = 15,
    augment: Annotated[int, typer.Option(help="copies of each silver sentence with made-up persons/organisations")] = 5,
    synthetic: Annotated[int, typer.Option(help="sentences from models/hanlp_ner/templates.tsv")] = 500,
    negatives: Annotated[float, typer.Option(help="sentences without a mention kept, per sentence with one")] = 20.0,
    seeds: Annotated[bool, typer.Option("--seeds/--no-seeds", help="include the bundled seeds/")] = True,
    seed: Annotated[int, typer.Option(help="random seed")] = 1,
) -> None:
    """Train the domain HanLP BiLSTM-CRF on the rule extractor's own person/organisation mentions."""
    import torch

    from pipeline.nlp.train import train_from_folders

    dirs = ([_seeds()] if seeds else []) + list(directories or [])
    if not dirs:
        raise PolicyKGError("no folders to learn from: give DIR or drop --no-seeds")
    target = out or models_dir() / "hanlp_ner"
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    argv = ["policykg", "train-ner", *sys.argv[2:]] if len(sys.argv) > 1 else ["policykg", "train-ner"]
    report = train_from_folders(dirs, target, epochs=epochs, augment=augment, synthetic=synthetic,
                                negatives=negatives, seed=seed,
                                command=shlex.join(argv))
    print(f"trained on {report.train_sentences} sentences ({report.documents} documents, "
          f"{report.mentions}) in {report.seconds:.0f}s; dev P {report.dev_precision:.3f} "
          f"R {report.dev_recall:.3f} F1 {report.dev_f1:.3f}; {report.model_bytes / 1e6:.1f} MB in {target}")


def save_pipeline_command(
    out: Annotated[Path, typer.Argument(help="folder to write the spaCy pipeline to")],
    segmenter: Annotated[str | None, typer.Option(help="char, jieba or pkuseg")] = None,
    hanlp: Annotated[bool, typer.Option("--hanlp/--no-hanlp", help="include HanLP NER + fusion")] = True,
) -> None:
    """Write the spaCy pipeline (config.cfg + components) so `spacy.load` can read it."""
    from pipeline.nlp import build_nlp

    nlp = build_nlp(hanlp=hanlp, segmenter=segmenter)
    nlp.to_disk(out)
    print(f"saved {' → '.join(nlp.pipe_names)} to {out}")


def register(app: typer.Typer) -> None:
    app.command("train-ner")(train_ner_command)
    app.command("save-pipeline")(save_pipeline_command)
