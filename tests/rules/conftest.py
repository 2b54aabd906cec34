"""Helpers that run the rule extractor on text written in the test."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.document import prepare
from pipeline.read import RawDocument
from pipeline.rules import run_rules
from policykg.facts import DocumentFacts


def facts_of(text: str, doc_id: str = "t", known: dict[str, str] | None = None) -> DocumentFacts:
    raw = RawDocument(doc_id=doc_id, source=f"{doc_id}.txt",
                      sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)
    document, sentences = prepare(raw)
    return run_rules(document, sentences, known)


@pytest.fixture
def extract():
    return facts_of
