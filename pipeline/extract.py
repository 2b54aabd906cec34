"""The extraction pipeline: a cleaned document in, its facts out.

Each stage is a callable in its own module; this module only orders them.
"""

from __future__ import annotations

from policykg.facts import Document, DocumentFacts, Sentence

from .document import prepare
from .read import RawDocument


def extract_facts(document: Document, sentences: list[Sentence],
                  known_programmes: dict[str, str] | None = None) -> DocumentFacts:
    """Run the rule stages over one document."""
    from .rules import run_rules

    return run_rules(document, sentences, known_programmes)


def extract_document(raw: RawDocument, known_programmes: dict[str, str] | None = None) -> DocumentFacts:
    document, sentences = prepare(raw)
    return extract_facts(document, sentences, known_programmes)


def extract_corpus(prepared: list[tuple[Document, list[Sentence]]]) -> list[DocumentFacts]:
    """Extract a corpus in two passes: the second links programmes named in other documents."""
    from .rules import quoted_programmes

    first = [extract_facts(doc, sents) for doc, sents in prepared]
    known: dict[str, str] = {}
    for facts in first:
        for name, kind in quoted_programmes(facts).items():
            known.setdefault(name, kind)
    return [extract_facts(doc, sents, known) for doc, sents in prepared]
