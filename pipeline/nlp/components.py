"""The pipeline's spaCy components: each wraps one stage and says what it needs and sets.

Order (models/spacy/config.cfg): ``policykg_sentences`` → one
``policykg_rule_stage`` per stage of ``pipeline.rules`` (the lead's
callables, not a re-implementation) → ``hanlp_ner`` → ``policykg_fusion`` →
the remaining rule stages (metrics, relations read the fused mentions) →
``policykg_facts``.  ``policykg_rules`` runs ``run_rules`` whole, for a
pipeline that only needs the rules.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policykg.errors import PolicyKGError
from policykg.facts import Document, DocumentFacts, Sentence

from . import state  # noqa: F401  (registers the Doc._ extensions)
from .fusion import FusionConfig, fuse

log = logging.getLogger(__name__)


def ensure_inputs(doc: Doc, splitter: str = "policykg") -> tuple[Document, list[Sentence]]:
    """The doc's Document and Sentences; made from ``doc.text`` when the Doc came from plain text."""
    document = doc._.policykg_document
    if document is None:
        import hashlib

        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        document = Document(doc_id=sha[:16], source="<text>", sha256=sha, chars=len(doc.text), text=doc.text)
        doc._.policykg_document = document
    elif document.text != doc.text:
        raise PolicyKGError(f"{document.doc_id}: the Doc's text is not the document's cleaned text")
    sentences = doc._.policykg_sentences
    if sentences is None:
        sentences = split(document.doc_id, doc.text, splitter)
        doc._.policykg_sentences = sentences
    return document, sentences


def split(doc_id: str, text: str, splitter: str) -> list[Sentence]:
    """Sentences with offsets: our splitter (the default) or HanLP's rule splitter."""
    from pipeline.sentences import split_sentences

    if splitter == "policykg":
        return split_sentences(doc_id, text)
    if splitter != "hanlp":
        raise PolicyKGError(f"unknown sentence splitter {splitter!r}: choose policykg or hanlp")
    from hanlp.utils.rules import split_sentence

    out: list[Sentence] = []
    pos = 0
    for piece in split_sentence(text):
        stripped = piece.strip()
        start = text.find(stripped, pos) if stripped else -1
        if start < 0:
            continue
        pos = start + len(stripped)
        out.append(Sentence(doc_id=doc_id, index=len(out), text=stripped, start=start, end=pos))
    return out


def _context(doc: Doc) -> Any:
    from pipeline.rules.context import DocContext

    ctx = doc._.rule_context
    if ctx is None:
        document, sentences = doc._.policykg_document, doc._.policykg_sentences
        if document is None or sentences is None:
            document, sentences = ensure_inputs(doc)
        ctx = DocContext(document=document, sentences=sentences)
        doc._.rule_context = ctx
    return ctx


class SentenceMarker:
    """Sets token sentence starts from the Sentence offsets (the provenance unit)."""

    def __init__(self, splitter: str) -> None:
        self.splitter = splitter

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import SENT_START

        _, sentences = ensure_inputs(doc, self.splitter)
        if not len(doc):
            return doc
        starts = {s.start for s in sentences}
        # one array write: setting token.is_sent_start one by one re-checks the whole doc each time
        values = numpy.array([[1 if i == 0 or tok.idx in starts else -1] for i, tok in enumerate(doc)],
                             dtype="int64").astype("uint64")
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]
        return doc


@Language.factory("policykg_sentences", assigns=["token.is_sent_start", "doc._.policykg_sentences"],
                  default_config={"splitter": "policykg"})
def make_sentences(nlp: Language, name: str, splitter: str) -> SentenceMarker:
    return SentenceMarker(splitter)


class RuleStage:
    """One stage of ``pipeline.rules`` (by name), run on the doc's shared rule context."""

    def __init__(self, stage: str) -> None:
        from pipeline.rules import stages

        found = dict(stages())
        if stage not in found:
            raise PolicyKGError(f"no rule stage {stage!r}; pipeline.rules has {', '.join(found)}")
        self.stage = stage
        self.fn = found[stage]

    def __call__(self, doc: Doc) -> Doc:
        self.fn(_context(doc))
        return doc


@Language.factory("policykg_rule_stage", requires=["doc._.policykg_sentences"], assigns=["doc._.rule_context"],
                  default_config={"stage": "places"})
def make_rule_stage(nlp: Language, name: str, stage: str) -> RuleStage:
    return RuleStage(stage)


class RulesWhole:
    """``pipeline.rules.run_rules`` as one component: all stages and the facts at once."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.rules import run_rules

        document, sentences = ensure_inputs(doc)
        _finish(doc, run_rules(document, sentences))
        return doc


@Language.factory("policykg_rules", requires=["doc._.policykg_sentences"],
                  assigns=["doc._.facts", "doc.ents", "doc.spans"])
def make_rules(nlp: Language, name: str) -> RulesWhole:
    return RulesWhole()


class HanLPNER:
    """Runs a HanLP NER model over the doc's sentences; results in ``doc._.hanlp_ents``.

    The model is loaded on first use (so a pipeline can be built and saved
    without it), from ``model``, else ``POLICYKG_HANLP_NER``, else
    ``models/hanlp_ner``; a pretrained id only when HanLP's cache has it.
    """

    def __init__(self, model: str, batch_size: int) -> None:
        self.model = model
        self.batch_size = batch_size
        self._component: Any = None

    @property
    def component(self) -> Any:
        if self._component is None:
            from policykg.settings import get_settings

            from .hanlp_model import load_ner

            self._component = load_ner(self.model or get_settings().hanlp_ner)
        return self._component

    def __call__(self, doc: Doc) -> Doc:
        from .hanlp_model import predict

        _, sentences = ensure_inputs(doc)
        preds = predict(self.component, [s.text for s in sentences], self.batch_size)
        doc._.hanlp_ents = [(p.tag, s.start + p.start, s.start + p.end)
                            for s, ps in zip(sentences, preds, strict=True) for p in ps]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("hanlp_ner", requires=["doc._.policykg_sentences"], assigns=["doc._.hanlp_ents"],
                  default_config={"model": "", "batch_size": 32})
def make_hanlp_ner(nlp: Language, name: str, model: str, batch_size: int) -> HanLPNER:
    return HanLPNER(model, batch_size)


class Fusion:
    """Adds the model's persons/organisations that pass the precision filter to the rule context."""

    def __init__(self, cfg: FusionConfig) -> None:
        self.cfg = cfg

    def __call__(self, doc: Doc) -> Doc:
        ctx = _context(doc)
        edges = words = None
        if any(len(t.text) > 1 for t in doc):  # a word segmenter, not one token per character
            words = {(t.idx, t.idx + len(t.text)) for t in doc}
            if self.cfg.align_words:
                edges = {a for a, _ in words} | {b for _, b in words}
        added = fuse(ctx, doc._.hanlp_ents, self.cfg, edges, words)
        fused = doc.user_data.setdefault("policykg:fused", [])
        sents = ctx.sentences
        fused.extend([s.label, sents[s.sentence].start + s.start, sents[s.sentence].start + s.end] for s in added)
        return doc


@Language.factory("policykg_fusion", requires=["doc._.hanlp_ents", "doc._.rule_context"],
                  assigns=["doc._.rule_context"],
                  default_config={"labels": ["Person", "Organisation"], "person_max_len": 4, "org_min_len": 4,
                                  "org_max_len": 25, "require_org_suffix": True, "align_words": False,
                                  "person_cue": True, "org_place_start": True})
def make_fusion(nlp: Language, name: str, labels: list[str], person_max_len: int, org_min_len: int,
                org_max_len: int, require_org_suffix: bool, align_words: bool, person_cue: bool,
                org_place_start: bool) -> Fusion:
    return Fusion(FusionConfig(tuple(labels), person_max_len, org_min_len, org_max_len, require_org_suffix,
                               align_words, person_cue, org_place_start))


class FactsWriter:
    """Turns the finished rule context into ``Doc._.facts``, ``doc.ents`` and ``doc.spans``."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.rules import to_facts

        facts = to_facts(_context(doc))
        fused = {(label, a, b) for label, a, b in doc.user_data.get("policykg:fused", [])}
        if fused:
            facts.mentions = [m.model_copy(update={"source": "hanlp"}) if (m.label, m.start, m.end) in fused
                              else m for m in facts.mentions]
        _finish(doc, facts)
        doc._.rule_context = None
        return doc


@Language.factory("policykg_facts", requires=["doc._.rule_context"],
                  assigns=["doc._.facts", "doc.ents", "doc.spans"])
def make_facts(nlp: Language, name: str) -> FactsWriter:
    return FactsWriter()


def _finish(doc: Doc, facts: DocumentFacts) -> None:
    """Facts on the doc, and their mentions as spaCy spans (all in spans, non-overlapping in ents)."""
    doc._.facts = facts
    spans = []
    for m in facts.mentions:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["policykg"] = spans
    ents, last = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if span.start >= last:
            ents.append(span)
            last = span.end
    doc.ents = ents


class SRLActors:
    """Adds IMPLEMENTS/LEADS relations whose actor a HanLP MTL model's SRL names (see mtl.py).

    Not in the default pipeline: add it after ``policykg_facts`` when an MTL model is local.
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self._mtl: Any = None

    def __call__(self, doc: Doc) -> Doc:
        from .mtl import add_actors, load_mtl

        if self._mtl is None:
            self._mtl = load_mtl(self.model)
        doc._.facts = add_actors(self._mtl, doc._.facts)
        return doc


@Language.factory("policykg_srl_actors", requires=["doc._.facts"], assigns=["doc._.facts"],
                  default_config={"model": "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH"})
def make_srl_actors(nlp: Language, name: str, model: str) -> SRLActors:
    return SRLActors(model)
