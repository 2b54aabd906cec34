"""The shortcuts taken for speed give what the plain computation gives.

``DocContext.spans_in`` keeps an index that it brings up to date instead of rebuilding;
the gazetteer's scan skips positions with one pattern.  Each is checked against the
plain version on changes of the kinds the stages make (appends, sorts, removals).
"""

from __future__ import annotations

import random

from pipeline.rules.context import DocContext, Span
from pipeline.rules.gazetteer import Gazetteer, load_gazetteer
from policykg.facts import Document


def _plain(ctx: DocContext, sentence: int, label: str | None) -> list[Span]:
    ordered = sorted(ctx.spans, key=lambda s: (s.sentence, s.start))
    return [s for s in ordered if s.sentence == sentence and (label is None or s.label == label)]


def _ctx() -> DocContext:
    doc = Document(doc_id="t", source="t.txt", sha256="0", chars=1, text="x")
    return DocContext(document=doc, sentences=[])


def test_span_index_follows_appends_sorts_and_removals():
    rng = random.Random(7)
    ctx = _ctx()
    labels = ("Place", "Organisation", "Programme", "Person")
    for step in range(3000):
        action = rng.random()
        if action < 0.6:
            ctx.spans.append(Span(rng.choice(labels), f"n{step}", rng.randrange(6), 9, rng.randrange(4)))
        elif action < 0.7:
            ctx.spans.sort(key=lambda s: (s.sentence, s.start))
        elif action < 0.75 and ctx.spans:
            ctx.spans[:] = [s for s in ctx.spans if rng.random() < 0.8]
        sentence, label = rng.randrange(4), rng.choice((None, *labels))
        assert ctx.spans_in(sentence, label) == _plain(ctx, sentence, label)


def test_a_list_handed_out_does_not_change_when_spans_are_added():
    ctx = _ctx()
    ctx.spans.append(Span("Place", "甲旗", 0, 2, 0))
    before = ctx.spans_in(0, "Place")
    ctx.spans.append(Span("Place", "乙镇", 3, 5, 0))
    assert [s.name for s in ctx.spans_in(0, "Place")] == ["甲旗", "乙镇"]
    assert [s.name for s in before] == ["甲旗"]


def _plain_scan(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    found = []
    i = 0
    while i < len(text) - 1:
        best = None
        for length in gaz.prefixes.get(text[i:i + 2], ()):
            names = gaz.forms.get(text[i:i + length]) if i + length <= len(text) else None
            if names:
                best = (i, i + length, names[0])
                break
        if best and not text.startswith(("族",), best[1]):
            found.append(best)
            i = best[1]
        else:
            i += 1
    return found


def test_gazetteer_scan_equals_the_position_by_position_scan():
    gaz = load_gazetteer()
    text = ("兴安盟科尔沁右翼前旗、阿尔山市和乌兰浩特市，鄂伦春族自治旗与莫旗；"
            "呼伦贝尔市扎兰屯市，通辽市科左中旗。巴彦淖尔市乌拉特中旗和乌海市海勃湾区。")
    rng = random.Random(3)
    chunks = [text[i:i + rng.randrange(1, 12)] for i in range(0, len(text), 5)]
    for _ in range(300):
        sample = "".join(rng.choice(chunks) for _ in range(rng.randrange(1, 8)))
        assert gaz.scan(sample, ("族",)) == _plain_scan(sample, gaz)
    assert gaz.scan(text, ("族",)) == _plain_scan(text, gaz)
