"""What a ``Doc`` carries between components: typed facts on ``Doc._`` extensions.

Stored as JSON in ``doc.user_data`` so a ``Doc`` survives ``to_bytes`` and the
worker processes of ``nlp.pipe(n_process=…)``; the parsed pydantic objects and
the rule stages' working ``DocContext`` are cached per ``Doc`` in this process
only (a weak map, so nothing leaks when the ``Doc`` goes).

Extensions (registered on import):
- ``Doc._.policykg_document``: the cleaned ``policykg.facts.Document``
- ``Doc._.policykg_sentences``: its ``Sentence`` list (offsets into ``doc.text``)
- ``Doc._.facts``: the finished ``DocumentFacts``
- ``Doc._.rule_context``: the rule stages' shared ``DocContext`` while the pipeline runs
- ``Doc._.hanlp_ents``: what the statistical model found, ``(label, start, end)`` in characters
- ``Span._.mention``: the ``Mention`` of ``Doc._.facts`` with exactly this span's offsets
"""

from __future__ import annotations

import weakref
from typing import Any

from spacy.tokens import Doc, Span

from policykg.facts import Document, DocumentFacts, Mention, Sentence

_CACHE: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()
_DOC_KEY = "policykg:document"
_SENT_KEY = "policykg:sentences"
_FACTS_KEY = "policykg:facts"
_HANLP_KEY = "policykg:hanlp"


def _cache(doc: Doc) -> dict[str, Any]:
    c = _CACHE.get(doc)
    if c is None:
        c = _CACHE[doc] = {}
    return c


def _get_document(doc: Doc) -> Document | None:
    c = _cache(doc)
    if "document" not in c:
        raw = doc.user_data.get(_DOC_KEY)
        c["document"] = Document.model_validate(raw) if raw is not None else None
    return c["document"]  # type: ignore[no-any-return]


def _set_document(doc: Doc, value: Document | None) -> None:
    doc.user_data[_DOC_KEY] = value.model_dump(mode="json") if value is not None else None
    _cache(doc)["document"] = value


def _get_sentences(doc: Doc) -> list[Sentence] | None:
    c = _cache(doc)
    if "sentences" not in c:
        raw = doc.user_data.get(_SENT_KEY)
        c["sentences"] = [Sentence.model_validate(s) for s in raw] if raw is not None else None
    return c["sentences"]  # type: ignore[no-any-return]


def _set_sentences(doc: Doc, value: list[Sentence] | None) -> None:
    doc.user_data[_SENT_KEY] = [s.model_dump(mode="json") for s in value] if value is not None else None
    _cache(doc)["sentences"] = value


def _get_facts(doc: Doc) -> DocumentFacts | None:
    c = _cache(doc)
    if "facts" not in c:
        raw = doc.user_data.get(_FACTS_KEY)
        c["facts"] = DocumentFacts.model_validate(raw) if raw is not None else None
    return c["facts"]  # type: ignore[no-any-return]


def _set_facts(doc: Doc, value: DocumentFacts | None) -> None:
    doc.user_data[_FACTS_KEY] = value.model_dump(mode="json") if value is not None else None
    _cache(doc)["facts"] = value


def _get_context(doc: Doc) -> Any:
    return _cache(doc).get("context")


def _set_context(doc: Doc, value: Any) -> None:
    _cache(doc)["context"] = value


def _get_hanlp(doc: Doc) -> list[tuple[str, int, int]]:
    return [tuple(x) for x in doc.user_data.get(_HANLP_KEY) or []]  # type: ignore[misc]


def _set_hanlp(doc: Doc, value: list[tuple[str, int, int]]) -> None:
    doc.user_data[_HANLP_KEY] = [list(x) for x in value]


def _span_mention(span: Span) -> Mention | None:
    facts = span.doc._.facts
    if facts is None:
        return None
    for m in facts.mentions:
        if m.start == span.start_char and m.end == span.end_char:
            return m  # type: ignore[no-any-return]
    return None


def register_extensions() -> None:
    """Idempotent: safe from every component factory and from worker processes."""
    for name, getter, setter in (("policykg_document", _get_document, _set_document),
                                 ("policykg_sentences", _get_sentences, _set_sentences),
                                 ("facts", _get_facts, _set_facts),
                                 ("rule_context", _get_context, _set_context),
                                 ("hanlp_ents", _get_hanlp, _set_hanlp)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter, setter=setter)
    if not Span.has_extension("mention"):
        Span.set_extension("mention", getter=_span_mention)


register_extensions()
