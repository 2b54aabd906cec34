"""Segmenters cover the text exactly; displaCy draws the facts' mentions."""

from __future__ import annotations

import importlib.util
import itertools

import pytest
import spacy

from pipeline.nlp import build_nlp, extract
from pipeline.nlp.display import manual_ents, render_entities
from pipeline.nlp.segmenter import Segmenter

from .conftest import report_inputs

TEXT = "金河镇党委书记王志刚介绍，\n全镇建成12个专业合作社。"
SEGMENTERS = ["char", "jieba"] + (["pkuseg"] if importlib.util.find_spec("pkuseg") else [])


@pytest.mark.parametrize("name", SEGMENTERS)
def test_tokens_cover_the_text(name: str) -> None:
    doc = Segmenter(spacy.blank("zh").vocab, name)(TEXT)  # type: ignore[arg-type]
    assert doc.text == TEXT
    if name != "char":
        assert "合作社" in [t.text for t in doc] or "专业合作社" in [t.text for t in doc]
        assert len(doc) < len(TEXT)


def test_render_highlights_mentions_without_overlap() -> None:
    document, sentences = report_inputs()
    facts = extract(build_nlp(hanlp=False), document, sentences)
    data = manual_ents(facts)
    spans = [(e["start"], e["end"]) for e in data["ents"]]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    html = render_entities(facts)
    assert "王志刚" in html and "Person" in html and "<mark" in html
    assert html.count("<mark") == len(data["ents"])
    assert "Person" not in render_entities(facts, labels={"Place"})
