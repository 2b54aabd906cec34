"""From raw text to a cleaned ``Document`` with its sentences."""

from __future__ import annotations

from policykg.errors import InputError
from policykg.facts import Document, Sentence
from policykg.settings import get_settings

from .clean import clean
from .read import RawDocument
from .sentences import split_sentences


def prepare(raw: RawDocument) -> tuple[Document, list[Sentence]]:
    """Clean the text and split it; refuse a document with no text left."""
    cleaned = clean(raw.text)
    limit = get_settings().max_chars
    if len(cleaned.text) > limit:
        raise InputError(f"{raw.source}: {len(cleaned.text)} characters is over the limit of {limit}")
    if not cleaned.text.strip():
        raise InputError(f"{raw.source}: no text left after cleaning")
    doc = Document(
        doc_id=raw.doc_id,
        source=raw.source,
        title=cleaned.title,
        published=cleaned.published,
        author=cleaned.author,
        publisher=cleaned.publisher,
        sha256=raw.sha256,
        chars=len(cleaned.text),
        text=cleaned.text,
    )
    return doc, split_sentences(raw.doc_id, cleaned.text)
