"""The extraction pipeline: a cleaned document in, its facts out.

Each stage is a callable in its own module; this module only orders them.
"""

from __future__ import annotations

from policykg.facts import Document, DocumentFacts, Sentence

from .document import prepare
from .read import RawDocument


def extract_facts(document: Document, sentences: list[Sentence]) -> DocumentFacts:
    """Run the rule stages over one document (filled in by the rule modules)."""
    from .rules import run_rules

    return run_rules(document, sentences)


def extract_document(raw: RawDocument) -> DocumentFacts:
    document, sentences = prepare(raw)
    return extract_facts(document, sentences)
