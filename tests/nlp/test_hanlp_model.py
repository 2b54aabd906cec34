"""HanLP offline: a tiny model trains, saves, reloads and predicts; missing models fail fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline.nlp import hanlp_model
from pipeline.nlp.hanlp_model import NERModelError, load_ner, predict, resolve_model


def test_tiny_model_trains_saves_reloads_offline_and_predicts(tiny_model: Path) -> None:
    assert (tiny_model / "config.json").is_file() and (tiny_model / "model.pt").is_file()
    hanlp_model._LOADED.clear()  # a fresh load from disk, as another process would do
    component = load_ner(str(tiny_model))
    assert component.model.crf.batch_first is True
    text = "沙河镇党委书记郑春来介绍，今年收入增长。"  # a pairing of name and organisation not trained on
    [found] = predict(component, [text])
    got = {(p.tag, p.text) for p in found}
    assert ("PER", "郑春来") in got
    assert ("ORG", "沙河镇党委") in got


def test_predictions_map_back_over_white_space(tiny_model: Path) -> None:
    component = load_ner(str(tiny_model))
    text = "村民 王建国说，青山镇党委帮了大忙。"
    [found] = predict(component, [text, ""])[:1]
    for p in found:
        assert text[p.start:p.end] == p.text
    assert any(p.text == "王建国" for p in found)


def test_pretrained_id_not_in_cache_fails_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    import hanlp.utils.io_util as io_util

    monkeypatch.setattr(io_util, "hanlp_home", lambda: str(tmp_path))
    t = time.perf_counter()
    with pytest.raises(NERModelError, match="not in HanLP's cache"):
        load_ner("MSRA_NER_ELECTRA_SMALL_ZH")
    assert time.perf_counter() - t < 5  # never the ~25 s wait on an unreachable host


def test_a_folder_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NERModelError, match=r"config\.json"):
        resolve_model(str(tmp_path))
    with pytest.raises(NERModelError, match="no such"):
        resolve_model(str(tmp_path / "missing"))
