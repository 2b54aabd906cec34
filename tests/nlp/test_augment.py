"""Training data beyond the rules' sentences: entity swaps, templates, unsure silver left out."""

from __future__ import annotations

import random

from pipeline.nlp.augment import Maker, fill_template, load_templates, swap_entities, synthetic, unsure


def _rows(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    tags = ["O"] * len(text)
    for surface, tag in spans:
        a = text.index(surface)
        tags[a] = "B-" + tag
        for i in range(a + 1, a + len(surface)):
            tags[i] = "I-" + tag
    return list(zip(text, tags, strict=True))


def _spans(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[list[str]] = []
    for ch, tag in rows:
        if tag.startswith("B-"):
            out.append([tag[2:], ch])
        elif tag.startswith("I-"):
            out[-1][1] += ch
    return [(t, s) for t, s in out]


def test_swap_replaces_persons_and_organisations_with_made_up_ones() -> None:
    rows = _rows("青山镇党委书记孙立军介绍说，青山镇党委联合金河村党支部开展活动。",
                 [("孙立军", "PER"), ("青山镇党委", "ORG"), ("金河村党支部", "ORG")])
    out = swap_entities(rows, random.Random(3), Maker.from_lexicons())
    spans = _spans(out)
    assert [t for t, _ in spans] == ["ORG", "PER", "ORG"]
    assert not {s for _, s in spans} & {"孙立军", "青山镇党委", "金河村党支部"}
    assert "孙立军" not in "".join(c for c, _ in out)
    assert "介绍说" in "".join(c for c, _ in out)  # the context stays


def test_templates_fill_every_slot_and_tag_persons_and_organisations() -> None:
    maker = Maker.from_lexicons()
    rows = fill_template("{ORG}{ROLE}{PER}介绍说，{PLACE}有{N}个合作社。参加活动的党员{GIVEN}跟记者说。",
                         random.Random(1), maker)
    text = "".join(c for c, _ in rows)
    assert "{" not in text
    tags = [t for t, _ in _spans(rows)]
    assert tags == ["ORG", "PER", "PER"]
    assert len(load_templates()) >= 10
    assert len(synthetic(30, random.Random(2), maker)) == 30


def test_same_seed_same_sentences() -> None:
    maker = Maker.from_lexicons()
    assert synthetic(20, random.Random(5), maker) == synthetic(20, random.Random(5), maker)


def test_unsure_sentences_are_not_taught_as_having_no_name() -> None:
    # a speech verb after untagged text: the rules may have missed a person there
    assert unsure(_rows("参加学习的党员秀芝跟记者说。", []))
    assert not unsure(_rows("村民郑春来说，日子好了。", [("郑春来", "PER")]))
    assert not unsure(_rows("全镇新建了三条道路。", []))
