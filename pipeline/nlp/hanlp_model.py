"""HanLP NER models offline: a fixed BiLSTM-CRF, its training, and loading without hanging.

Why a subclass: HanLP 2.1.5 builds its CRF as ``CRF(n_out, crf_constraints)``,
which passes ``None`` as ``batch_first``; the CRF then reads batch-first
tensors as time-first, so both the loss and Viterbi decoding are wrong (the
tagger returns junk).  ``DomainNER.build_model`` sets ``crf.batch_first``.
``hanlp.load`` of a saved folder re-creates this class from ``meta.json``.

Why a cache check: ``hanlp.load(<pretrained id>)`` tries file.hankcs.com
and hangs ~25 s before failing when the host is unreachable.  We only hand a
pretrained id to HanLP when its files are already in HanLP's cache.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg.errors import PolicyKGError

log = logging.getLogger(__name__)

#: the pretrained ids ``hanlp_ner`` accepts by name (when cached)
PRETRAINED = ("MSRA_NER_ELECTRA_SMALL_ZH", "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH",
              "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_BASE_ZH", "OPEN_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH",
              "OPEN_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_BASE_ZH")


class NERModelError(PolicyKGError):
    """A HanLP NER model that is not on this machine or cannot be read."""


def _domain_ner_class() -> type:
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    class DomainNER(RNNNamedEntityRecognizer):  # type: ignore[misc]
        """HanLP's BiLSTM-CRF with the CRF told that batches come first."""

        def build_model(self, rnn_input: Any, rnn_hidden: Any, drop: Any, crf: Any, **kwargs: Any) -> Any:
            model = super().build_model(rnn_input, rnn_hidden, drop, crf, **kwargs)
            if getattr(model, "crf", None) is not None:
                model.crf.batch_first = True
            return model

    DomainNER.__module__ = __name__
    DomainNER.__qualname__ = "DomainNER"
    return DomainNER


def __getattr__(name: str) -> Any:
    # ``hanlp.load`` imports ``pipeline.nlp.hanlp_model.DomainNER`` by name from meta.json;
    # building the class lazily keeps ``import hanlp`` (slow) out of every import of this module.
    if name == "DomainNER":
        cls = _domain_ner_class()
        globals()["DomainNER"] = cls
        return cls
    raise AttributeError(name)


def _hanlp_offline() -> None:
    """Make any model hub call fail at once instead of waiting on the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def cached_pretrained_path(identifier: str) -> Path | None:
    """Where HanLP keeps ``identifier`` (a name of ``hanlp.pretrained`` or its URL), if it is there."""
    import hanlp.pretrained
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    url = getattr(hanlp.pretrained.ner, identifier, None) or getattr(hanlp.pretrained.mtl, identifier, None)
    url = url or hanlp.pretrained.ALL.get(identifier, identifier)
    if not str(url).startswith(("http:", "https:")):
        return None
    real, _ = split_if_compressed(path_from_url(str(url).split("#")[0]))
    path = Path(real)
    return path if (path / "meta.json").is_file() or (path / "config.json").is_file() else None


def resolve_model(model: str | None) -> str:
    """A local folder, or a cached pretrained id; a clear error otherwise (never a download)."""
    if not model:
        from policykg.paths import models_dir

        model = str(models_dir() / "hanlp_ner")
    path = Path(model)
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise NERModelError(f"{path}: not a HanLP model folder (no config.json); "
                                "train one with `policykg train-ner`")
        return str(path)
    if model.startswith("hanlp:"):
        model = model[len("hanlp:"):]
    if model.upper() == model and "/" not in model:
        cached = cached_pretrained_path(model)
        if cached is None:
            from hanlp.utils.io_util import hanlp_home

            raise NERModelError(f"HanLP model {model} is not in HanLP's cache ({hanlp_home()}) and its host "
                                "is not reachable from here; give a local model folder instead "
                                "(POLICYKG_HANLP_NER or `policykg train-ner`)")
        return str(cached)
    raise NERModelError(f"{model}: no such HanLP model folder")


_LOADED: dict[str, Any] = {}


def load_ner(model: str | None = None) -> Any:
    """Load (once per process) the HanLP NER component at ``model``; fails fast when absent."""
    path = resolve_model(model)
    if path not in _LOADED:
        import hanlp

        _hanlp_offline()
        t = time.perf_counter()
        try:
            comp = hanlp.load(path, devices=-1, verbose=False)
        except Exception as exc:  # HanLP raises bare Exceptions with long messages
            raise NERModelError(f"{path}: HanLP could not load it ({type(exc).__name__}: "
                                f"{str(exc).splitlines()[0] if str(exc) else ''})") from exc
        crf = getattr(getattr(comp, "model", None), "crf", None)
        if crf is not None:
            crf.batch_first = True  # models saved before the fix, or by stock HanLP
        log.info("loaded HanLP NER %s in %.1fs", path, time.perf_counter() - t)
        _LOADED[path] = comp
    return _LOADED[path]


@dataclass(frozen=True)
class Prediction:
    """An entity the statistical model found, in offsets of the text it was given."""

    tag: str
    start: int
    end: int
    text: str


def predict(component: Any, texts: list[str], batch_size: int = 32) -> list[list[Prediction]]:
    """Tag each text character by character; offsets map back over skipped white space."""
    keep: list[list[int]] = []
    chars: list[list[str]] = []
    for text in texts:
        idx = [i for i, ch in enumerate(text) if not ch.isspace()]
        keep.append(idx)
        chars.append([text[i] for i in idx])
    todo = [i for i, c in enumerate(chars) if c]
    out: list[list[Prediction]] = [[] for _ in texts]
    if not todo:
        return out
    raw = component.predict([chars[i] for i in todo], batch_size=batch_size)
    if todo and len(todo) == 1 and raw and isinstance(raw[0], tuple):
        raw = [raw]
    for i, spans in zip(todo, raw, strict=True):
        idx, text = keep[i], texts[i]
        for _surface, tag, b, e in spans:
            start, end = idx[b], idx[e - 1] + 1
            out[i].append(Prediction(tag=str(tag), start=start, end=end, text=text[start:end]))
    return out


@dataclass
class TrainResult:
    save_dir: Path
    train_sentences: int
    dev_sentences: int
    epochs: int
    seconds: float
    dev_f1: float | None


def train_ner(train_tsv: Path, dev_tsv: Path, save_dir: Path, *, epochs: int = 20, embed: int = 64,
              rnn_hidden: int = 128, batch_size: int = 32, lr: float = 0.005, patience: int = 0,
              seed: int = 1) -> TrainResult:
    """Train the fixed BiLSTM-CRF on BIO TSV files and save it to ``save_dir`` (loadable offline)."""
    import torch
    from hanlp.utils.log_util import init_logger

    torch.manual_seed(seed)
    save_dir.mkdir(parents=True, exist_ok=True)
    cls = _domain_ner_class_cached()
    tagger = cls()
    n_train = _count_sentences(train_tsv)
    n_dev = _count_sentences(dev_tsv)
    t = time.perf_counter()
    logger = init_logger(name="hanlp_train", root_dir=str(save_dir), level=logging.WARNING, mode="w")
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):  # HanLP's progress bars
        tagger.fit(str(train_tsv), str(dev_tsv), str(save_dir), epochs=epochs, embed=embed,
                   rnn_hidden=rnn_hidden, batch_size=batch_size, lr=lr, patience=patience,
                   tagging_scheme="BIO", devices=-1, token_delimiter="", logger=logger, verbose=False,
                   anneal_factor=None, anneal_patience=None, seed=seed)
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    seconds = time.perf_counter() - t
    for stray in save_dir.glob("*.log"):
        stray.unlink()
    score = None
    _LOADED.pop(str(save_dir), None)
    return TrainResult(save_dir, n_train, n_dev, epochs, seconds, score)


def _domain_ner_class_cached() -> type:
    return __getattr__("DomainNER") if "DomainNER" not in globals() else globals()["DomainNER"]


def _count_sentences(path: Path) -> int:
    n, inside = 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            inside = True
        elif inside:
            n, inside = n + 1, False
    return n + (1 if inside else 0)
