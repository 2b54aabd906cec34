"""Sentences with character offsets into the cleaned text.

A sentence ends at 。！？ (and their ASCII forms) or at a paragraph break; a
closing quote or bracket right after the terminal stays with the sentence.
Sentences are the provenance unit, so they are never merged across paragraphs.
"""

from __future__ import annotations

import re

from policykg.facts import Sentence

# a terminal and what closes after it, or a run of line breaks.  Written to open with one character
# class (the second branch is taken only after a terminal) so the engine skips to the candidates at C
# speed: `[。！？!?]+…|\n+` opens with a repeat, and was tried at every character (4x slower)
_END = re.compile(r"[。！？!?\n](?:(?<=\n)\n*|[。！？!?]*[”’」』）)]*)")


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        _add(sentences, doc_id, text, start, end)
        start = m.end()
    _add(sentences, doc_id, text, start, len(text))
    return sentences


def _add(out: list[Sentence], doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(doc_id=doc_id, index=len(out), text=text[start:end], start=start, end=end))
