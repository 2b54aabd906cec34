"""SRL actors: the mapping from HanLP's frames to relations, and the real model where it exists."""

from __future__ import annotations

import pytest

from pipeline.nlp.hanlp_model import NERModelError, cached_pretrained_path
from pipeline.nlp.mtl import DEFAULT_MTL, actor_relations, add_actors, frames_from_hanlp, load_mtl
from pipeline.rules import run_rules

from .conftest import report_inputs

TEXT = "金河镇党委推行“党建+合作社”模式，成效明显。\n"


def test_frames_map_token_spans_to_characters() -> None:
    tokens = ["金河镇", "党委", "推行", "“", "党建+合作社", "”", "模式"]
    srl = [[("金河镇党委", "ARG0", 0, 2), ("推行", "PRED", 2, 3), ("“党建+合作社”模式", "ARG1", 3, 7)]]
    [frame] = frames_from_hanlp(tokens, srl)
    assert frame.verb == "推行" and frame.arg0 == (0, 5) and frame.arg1 == (7, 17)


def test_actor_is_the_known_entity_inside_arg0() -> None:
    document, sentences = report_inputs(TEXT, "m1")
    facts = run_rules(document, sentences)
    labels = {(m.label, m.name) for m in facts.mentions}
    assert ("Organisation", "金河镇党委") in labels and ("Programme", "党建+合作社") in labels
    tokens = ["金河镇", "党委", "推行", "“", "党建+合作社", "”", "模式", "，", "成效", "明显", "。"]
    srl = [[("金河镇党委", "ARG0", 0, 2), ("推行", "PRED", 2, 3), ("“党建+合作社”模式", "ARG1", 3, 7)]]
    rels = actor_relations(facts, 0, frames_from_hanlp(tokens, srl), {"IMPLEMENTS": ["推行"], "LEADS": ["带领"]})
    assert [(r.type, r.head.name, r.tail.name) for r in rels] == [("IMPLEMENTS", "金河镇党委", "党建+合作社")]
    no_arg0 = [[("推行", "PRED", 2, 3), ("“党建+合作社”模式", "ARG1", 3, 7)]]
    assert actor_relations(facts, 0, frames_from_hanlp(tokens, no_arg0), {"IMPLEMENTS": ["推行"]}) == []


def test_missing_mtl_model_fails_fast() -> None:
    if cached_pretrained_path(DEFAULT_MTL) is not None:
        pytest.skip("the MTL model is cached here; the real-model test covers it")
    with pytest.raises(NERModelError, match="not in HanLP's cache"):
        load_mtl()


@pytest.mark.skipif(cached_pretrained_path(DEFAULT_MTL) is None,
                    reason=f"HanLP MTL model {DEFAULT_MTL} is not in HanLP's cache and cannot be downloaded here")
def test_real_mtl_model_finds_the_actor() -> None:
    document, sentences = report_inputs(TEXT, "m2")
    facts = run_rules(document, sentences)
    out = add_actors(load_mtl(), facts)
    assert any(r.type == "IMPLEMENTS" and r.head.name == "金河镇党委" for r in out.relations)
