"""The speed shortcuts of the metric, programme and relation rules answer what the plain tests answer.

Each shortcut (a table instead of a loop over rules, a quick presence test before a slow
pattern, occurrences found once per sentence, a shared reference object) is checked
against the computation it replaced, on every sentence of the seed reports and on
strings made to hit the edges (a demonstrative before a kind word, 模拟 before 拟, a name
inside another name).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.document import prepare
from pipeline.read import read_file
from pipeline.rules import metric_subjects, metrics
from pipeline.rules.context import DocContext, Span
from pipeline.rules.programmes import kind_of_name, kind_rules
from policykg.facts import Document, EntityRef, Sentence

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_sentences() -> list[str]:
    texts: list[str] = []
    for path in sorted(SEEDS.iterdir()):
        if path.is_file():
            _, sentences = prepare(read_file(path))
            texts += [s.text for s in sentences]
    return texts


EDGES = [
    "该社现有社员86户", "此厂年产3万吨", "该行发放贷款1.2亿元", "行业协会", "该院有床位200张", "学校有学生300人",
    "社区党委书记某某说", "村党支部领办合作社", "这个合作社理事长某某今年56岁", "这家公司年加工3万吨",
    "力争2025年达到", "计划到2025年建成", "计划实施", "争取到2023年度资金500万元", "模拟经营", "虚拟现实",
    "确保了收入", "拟新建大棚20座", "目标：30个", "", "某",
]


def test_kind_of_name_is_the_longest_kind_word_the_name_ends_with():
    def plain(name: str) -> str | None:
        for rule in kind_rules():
            if name.endswith(rule.word) and len(name) > len(rule.word):
                return rule.kind
        return None

    words = [r.word for r in kind_rules()]
    names = [*words, *("某" + w for w in words), *("红色" + w for w in words), *("某某" + w[1:] for w in words),
             "积分评议工作法", "红色堡垒工程", "一村一品", "", "法"]
    for name in names:
        assert kind_of_name(name) == plain(name), name


@pytest.mark.parametrize("texts", [EDGES, _seed_sentences()], ids=["edges", "seeds"])
def test_presence_tests_agree_with_the_full_patterns(texts: list[str]):
    full_kind = re.compile(metric_subjects._KIND_WORD)
    for text in texts:
        assert (metric_subjects._KIND_WORD_RE.search(text) is None) == (full_kind.search(text) is None), text
        assert metrics._aim_word_in(text) == (metrics._aim_words().search(text) is not None), text


@pytest.mark.parametrize("texts", [EDGES, _seed_sentences()], ids=["edges", "seeds"])
def test_the_figure_pattern_finds_what_it_found_without_its_leading_lookahead(texts: list[str]):
    pattern = metrics.number_re()
    lookahead = pattern.pattern[:pattern.pattern.index(")") + 1]
    assert lookahead.startswith("(?=[")
    plain = re.compile(pattern.pattern.removeprefix(lookahead))
    for text in [*texts, "超过了40万元", "达到79名", "不低于15万元", "约3000人", "逾百户", "三十余户", "１２户"]:
        got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def _ctx(text: str, persons: list[Span]) -> DocContext:
    doc = Document(doc_id="t", source="t.txt", sha256="0", chars=len(text), text=text)
    ctx = DocContext(document=doc, sentences=[Sentence(doc_id="t", index=0, text=text, start=0, end=len(text))])
    ctx.spans.extend(persons)
    return ctx


def test_persons_before_finds_what_a_scan_up_to_the_number_finds():
    text = "张三丰和张三、李四说，张三丰今年带领张三李四张三种植3000亩，张三"
    names = ("张三", "张三丰", "李四", "王五")
    ctx = _ctx(text, [Span("Person", "李四", 7, 9, 0)])

    def plain(pos: int) -> list[tuple[int, int, str]]:
        found = {(s.start, s.end, s.name) for s in ctx.spans_in(0, "Person") if s.end <= pos}
        for name in names:
            at = text.find(name, 0, pos)
            while at >= 0:
                found.add((at, at + len(name), name))
                at = text.find(name, at + len(name), pos)
        return sorted(found)

    for pos in range(len(text) + 1):
        assert metric_subjects._persons_before(ctx, 0, pos, names) == plain(pos), pos


def test_names_within_a_span_are_those_a_scan_of_every_mention_finds():
    import random

    from pipeline.rules.metric_speech import _names_within

    rng = random.Random(3)
    names = ["张三", "李四", "王五", "赵六六"]
    mentions = sorted({(at, at + len(n), n) for at in rng.sample(range(200), 60) for n in [rng.choice(names)]})
    for _ in range(500):
        start = rng.randrange(210)
        end = start + rng.randrange(40)
        assert _names_within(mentions, start, end) == {n for at, e, n in mentions if start <= at and e <= end}


def test_entity_refs_are_validated_once_and_shared():
    ref = EntityRef.of("Place", "某镇")
    assert ref is EntityRef.of("Place", "某镇")
    assert ref == EntityRef(label="Place", name="某镇")
    assert ref.model_dump_json() == EntityRef(label="Place", name="某镇").model_dump_json()
    assert EntityRef.of("Person", "某镇") != ref
    with pytest.raises(ValidationError):
        EntityRef.of("Town", "某镇")
