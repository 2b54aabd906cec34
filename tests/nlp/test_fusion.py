"""Fusion adds only what passes the precision filter, and never overrides the rules."""

from __future__ import annotations

from pathlib import Path

from pipeline.nlp import build_nlp, extract
from pipeline.nlp.fusion import FusionConfig, fuse, person_ok
from pipeline.rules.context import DocContext

from .conftest import report_inputs, rule_context

TEXT = """今年以来，金河镇党委带领各村发展特色产业。
社区党总支书记孙立军有自己的治理心得。
全镇推行全程帮办服务，文化活动丰富。
金河镇卫生局组织义诊活动。
王大明来到田间查看长势。
□本报记者 周立新
"""


def _ctx(run: tuple[str, ...] = ("places", "programmes")) -> DocContext:
    """The rule context after the given stages (persons are left to the model unless asked for)."""
    return rule_context(TEXT, "f1", run)


def _at(ctx: DocContext, surface: str, tag: str) -> tuple[str, int, int]:
    start = ctx.document.text.index(surface)
    return (tag, start, start + len(surface))


def test_person_after_a_role_cue_is_added() -> None:
    ctx = _ctx()
    assert not any(s.name == "孙立军" for s in ctx.spans)
    added = fuse(ctx, [_at(ctx, "孙立军", "PER")])
    assert [(s.label, s.name) for s in added] == [("Person", "孙立军")]
    assert ("Person", "孙立军") in ctx.entities


def test_common_words_bylines_and_cue_less_names_are_refused() -> None:
    ctx = _ctx()
    preds = [_at(ctx, "全程", "PER"), _at(ctx, "文化", "PER"), _at(ctx, "王大明", "PER")]
    if "周立新" in ctx.document.text:  # the cleaner may have taken the byline out of the text
        preds.append(_at(ctx, "周立新", "PER"))
    assert fuse(ctx, preds) == []
    assert not person_ok("项目", FusionConfig())


def test_rules_keep_priority_over_overlapping_model_spans() -> None:
    ctx = _ctx(("places", "programmes", "organisations"))
    assert any(s.name == "金河镇党委" for s in ctx.spans)
    before = [(s.label, s.name, s.start, s.end) for s in ctx.spans]
    start = ctx.document.text.index("金河镇党委带领")
    assert fuse(ctx, [("ORG", start, start + 7), ("PER", start + 3, start + 5)]) == []
    assert [(s.label, s.name, s.start, s.end) for s in ctx.spans] == before


def test_organisation_needs_a_place_start_and_a_suffix() -> None:
    ctx = _ctx()
    added = fuse(ctx, [_at(ctx, "金河镇卫生局", "ORG"), _at(ctx, "特色产业", "ORG")])
    assert [(s.name, s.kind) for s in added] == [("金河镇卫生局", "government")]


def test_fused_mentions_are_marked_hanlp_in_the_facts(tiny_model: Path) -> None:
    nlp = build_nlp(hanlp=True, hanlp_model=str(tiny_model))
    names = nlp.pipe_names
    assert names.index("organisations") < names.index("hanlp_ner") < names.index("policykg_fusion") \
        < names.index("relations")
    nlp.remove_pipe("organisations")  # persons can then only come from the model
    document, sentences = report_inputs("村民郑春来说，沙河镇党委帮了大忙。\n全镇新建了三条道路。\n", "f2")
    facts = extract(nlp, document, sentences)
    fused = [(m.label, m.name, m.source) for m in facts.mentions if m.source != "rules"]
    assert ("Person", "郑春来", "hanlp") in fused
    assert any(e.label == "Person" and e.name == "郑春来" for e in facts.entities)


def test_generic_body_after_a_place_is_refused() -> None:
    ctx = _ctx()
    start = ctx.document.text.index("金河镇卫生局")
    text = ctx.document.text
    # a made-up span "金河镇" + "各" … ending in an organisation suffix, as a model might propose
    fake = text[:start] + "金河镇各党委" + text[start + 6:]
    assert fake[start:start + 6] == "金河镇各党委"
    ctx.document.text = fake  # offsets unchanged: same length
    sent = next(s for s in ctx.sentences if s.start <= start < s.end)
    ctx.sentences[sent.index] = sent.model_copy(update={"text": fake[sent.start:sent.end]})
    assert fuse(ctx, [("ORG", start, start + 6)]) == []


LIST_TEXT = """白云镇召开表彰大会，优秀共产党员周海生、吴志远、孟德华等受到表彰。
参加学习的党员秀芝跟记者说，收获很大。
秀芝老人说的故事大家都爱听。
老党员赵大爷告诉记者，村子变了样。
空巢老人有人照看了。
"""


def _list_ctx() -> DocContext:
    return rule_context(LIST_TEXT, "f3")


def test_honour_list_items_after_a_found_person_are_added() -> None:
    ctx = _list_ctx()
    added = fuse(ctx, [_at(ctx, "吴志远", "PER"), _at(ctx, "周海生", "PER"), _at(ctx, "孟德", "PER")])
    # 周海生 has the role cue; 吴志远 follows it in the list; 孟德 is cut short (德华 follows) and refused
    assert [s.name for s in added] == ["周海生", "吴志远"]


def test_given_name_needs_a_cue_before_and_a_speech_verb_after() -> None:
    ctx = _list_ctx()
    sent = next(s for s in ctx.sentences if s.text.startswith("参加"))
    start = sent.start + sent.text.index("秀芝")
    added = fuse(ctx, [("PER", start, start + 2)])
    assert [s.name for s in added] == ["秀芝"]  # 党员 … 跟记者说: not a byline, both cues
    sent = next(s for s in ctx.sentences if s.text.startswith("秀芝老人"))
    assert fuse(ctx, [("PER", sent.start, sent.start + 2)]) == []  # a bare given name, no cue before


def test_forms_of_address_and_common_words_before_a_title_are_refused() -> None:
    ctx = _list_ctx()
    assert fuse(ctx, [_at(ctx, "赵大爷", "PER"), _at(ctx, "空巢", "PER")]) == []


def test_names_cut_short_and_joined_organisations_are_refused() -> None:
    ctx = rule_context("青山镇党委书记孙立强说，青山镇人民政府与白云职业技术学院合作。\n", "f4")
    # 孙立|强说: the name goes on to the speech verb, so the model's span is completed
    assert [s.name for s in fuse(ctx, [_at(ctx, "孙立", "PER")])] == ["孙立强"]
    assert fuse(ctx, [_at(ctx, "青山镇人民政府与白云职业技术学院", "ORG")]) == []
