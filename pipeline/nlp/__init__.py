"""The spaCy backbone of the pipeline: build, save, load and run it.

    nlp = build_nlp()                       # models/spacy/config.cfg
    facts = extract(nlp, document, sentences)
    for facts in extract_many(nlp, pairs, n_process=2): ...
    nlp.to_disk(path); nlp = load_nlp(path)   # spacy.load after registering our factories

Importing this package registers the factories, the tokenizer and the ``Doc._``
extensions (see components.py, segmenter.py, state.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from policykg.errors import PolicyKGError
from policykg.facts import Document, DocumentFacts, Sentence
from policykg.paths import models_dir

from . import components as components
from . import segmenter as segmenter
from . import state as state

log = logging.getLogger(__name__)

STATISTICAL = ("hanlp_ner", "policykg_fusion")


def config_path() -> Path:
    return models_dir() / "spacy" / "config.cfg"


def load_config(path: Path | None = None, *, segmenter: str | None = None, hanlp_model: str | None = None,
                splitter: str | None = None) -> Config:
    """The versioned config, with the rule stages checked against ``pipeline.rules``."""
    path = path or config_path()
    if not path.is_file():
        raise PolicyKGError(f"{path}: no spaCy config")
    cfg = Config().from_disk(path, interpolate=False)
    if segmenter:
        cfg["nlp"]["tokenizer"]["segmenter"] = segmenter
    if hanlp_model is not None:
        cfg["paths"]["hanlp_ner"] = hanlp_model
    if splitter:
        cfg["components"]["policykg_sentences"]["splitter"] = splitter
    _sync_rule_stages(cfg)
    return cfg


def _sync_rule_stages(cfg: Config) -> None:
    """Insert any stage the rule extractor gained since the config was written, in its order."""
    from pipeline.rules import stages

    comps = cfg["components"]
    pipe: list[str] = list(cfg["nlp"]["pipeline"])
    present = {comps[n]["stage"]: n for n in pipe if comps.get(n, {}).get("factory") == "policykg_rule_stage"}
    prev = "policykg_sentences"
    for stage, _fn in stages():
        if stage not in present:
            name = stage if stage not in comps else f"rules_{stage}"
            log.warning("rule stage %r is not in the spaCy config; running it after %s", stage, prev)
            comps[name] = {"factory": "policykg_rule_stage", "stage": stage}
            pipe.insert(pipe.index(prev) + 1, name)
            present[stage] = name
        prev = present[stage]
    cfg["nlp"]["pipeline"] = pipe


def build_nlp(config: Path | Config | None = None, *, hanlp: bool = True, segmenter: str | None = None,
              hanlp_model: str | None = None, splitter: str | None = None) -> Language:
    """A blank ``zh`` Language from the config; ``hanlp=False`` leaves the statistical part out."""
    cfg = config if isinstance(config, Config) else load_config(config, segmenter=segmenter,
                                                                  hanlp_model=hanlp_model, splitter=splitter)
    nlp = spacy.util.get_lang_class("zh").from_config(cfg)
    if not hanlp:
        for name in STATISTICAL:
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    return nlp


def load_nlp(path: Path) -> Language:
    """``spacy.load`` of a pipeline saved with ``nlp.to_disk`` (our factories are registered by import)."""
    if not (path / "config.cfg").is_file():
        raise PolicyKGError(f"{path}: not a saved spaCy pipeline (no config.cfg)")
    return spacy.load(path)


def make_doc(nlp: Language, document: Document, sentences: list[Sentence] | None = None) -> Doc:
    """A tokenised Doc carrying the document (and its sentences) for the components."""
    doc = nlp.make_doc(document.text)
    doc._.policykg_document = document
    if sentences is not None:
        doc._.policykg_sentences = sentences
    return doc


def extract(nlp: Language, document: Document, sentences: list[Sentence] | None = None) -> DocumentFacts:
    """Run the pipeline on one cleaned document and return its facts."""
    doc = nlp(make_doc(nlp, document, sentences))
    facts = doc._.facts
    if facts is None:
        raise PolicyKGError("the spaCy pipeline has no component that writes facts (policykg_facts)")
    return facts  # type: ignore[no-any-return]


def extract_many(nlp: Language, items: Iterable[tuple[Document, list[Sentence]]], *, n_process: int = 1,
                 batch_size: int = 4) -> Iterator[DocumentFacts]:
    """``nlp.pipe`` over many documents; ``n_process`` > 1 uses worker processes."""
    docs = (make_doc(nlp, d, s) for d, s in items)
    for doc in nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
        yield doc._.facts



_DEFAULT: dict[bool, Language] = {}


def get_nlp(hanlp: bool | None = None) -> Language:
    """The process-wide pipeline from the versioned config, built once.

    ``hanlp=None``: the statistical part runs only when ``POLICYKG_HANLP_NER``
    names a model, because on the seeds it adds nothing yet and halves the
    speed (docs/nlp.md); ``True``/``False`` decide explicitly.
    """
    if hanlp is None:
        from policykg.settings import get_settings

        hanlp = bool(get_settings().hanlp_ner)
    if hanlp not in _DEFAULT:
        _DEFAULT[hanlp] = build_nlp(hanlp=hanlp)
    return _DEFAULT[hanlp]


def extract_facts(document: Document, sentences: list[Sentence]) -> DocumentFacts:
    """Drop-in for ``pipeline.extract.extract_facts``: the same facts, through the spaCy pipeline."""
    return extract(get_nlp(), document, sentences)
