"""`policykg train-ner` and `policykg save-pipeline` end to end on small folders of our own."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from typer.testing import CliRunner

from policykg.cli import app

from .conftest import REPORT

runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, name in enumerate(["孙立军", "郑春来", "冯玉兰"]):
        text = REPORT.replace("王志刚", name).replace("李春华", name[0] + "晓东")
        (folder / f"r{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_train_ner_on_a_folder_writes_a_loadable_model_and_its_record(tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = runner.invoke(app, ["train-ner", str(_folder(tmp_path)), "--no-seeds", "--out", str(out),
                                 "--epochs", "2", "--augment", "5", "--synthetic", "20"])
    assert result.exit_code == 0, result.output
    assert "trained on" in result.output
    record = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert record["documents"] == 3 and record["epochs"] == 2 and record["mentions"]["Person"] > 0
    assert (out / "config.json").is_file() and not list(out.glob("*.log"))
    from pipeline.nlp.hanlp_model import load_ner

    assert load_ner(str(out)).model.crf.batch_first is True


def test_train_ner_without_folders_is_a_clear_error() -> None:
    result = runner.invoke(app, ["train-ner", "--no-seeds"])
    assert result.exit_code != 0
    assert "no folders" in str(result.exception or result.output)


def test_save_pipeline_is_loadable_by_spacy(tmp_path: Path) -> None:
    out = tmp_path / "nlp"
    result = runner.invoke(app, ["save-pipeline", str(out), "--no-hanlp"])
    assert result.exit_code == 0, result.output
    nlp = spacy.load(out)
    assert "hanlp_ner" not in nlp.pipe_names and "policykg_facts" in nlp.pipe_names
    doc = nlp("金河镇党委书记王志刚介绍，全镇建成12个专业合作社。")
    assert any(m.name == "王志刚" for m in doc._.facts.mentions)
