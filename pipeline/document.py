"""From raw text to a cleaned ``Document`` with its sentences."""

from __future__ import annotations

from policykg.errors import InputError
from policykg.facts import Document, Sentence
from policykg.settings import get_settings

from .clean import clean
from .read import RawDocument
from .readers.script import restore_original
from .sentences import split_sentences


def prepare(raw: RawDocument) -> tuple[Document, list[Sentence]]:
    """Clean the text and split it; refuse a document with no text left."""
    cleaned = clean(raw.text)
    limit = get_settings().max_chars
    if len(cleaned.text) > limit:
        raise InputError(f"{raw.source}: {len(cleaned.text)} characters is over the limit of {limit}")
    if not cleaned.text.strip():
        raise InputError(f"{raw.source}: no text left after cleaning")
    original = (restore_original(cleaned.text, raw.text, raw.original_text)
                if raw.original_text is not None else None)
    # the cleaner's reading of the page furniture first, then what the file said about itself
    doc = Document(
        doc_id=raw.doc_id,
        source=raw.source,
        title=cleaned.title or raw.title,
        published=cleaned.published or raw.published,
        author=cleaned.author or raw.author,
        publisher=cleaned.publisher or raw.publisher,
        sha256=raw.sha256,
        chars=len(cleaned.text),
        text=cleaned.text,
        url=raw.url,
        original_text=original,
    )
    sentences = split_sentences(raw.doc_id, cleaned.text)
    if original is not None:
        sentences = [s.model_copy(update={"original": original[s.start:s.end]}) for s in sentences]
    return doc, sentences
