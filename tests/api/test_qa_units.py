"""The pure parts of question answering on our own sentences: figure selection and kind words."""

from __future__ import annotations

from api.qa.kinds import OTHER, kind_in_text, matches_kinds
from api.qa.metrics import metric_ask, select

S1 = "2022年全县村集体经济总收入突破900万元，较上年增长12.5%，纯收入突破600万元，较上年增长20.3%。"
S2 = "全县318个行政村共设置网格1200个，成立网格党小组540个。"


def row(subject, indicator, value, unit, raw, sentence, doc="d1", year=None):
    return {"subject": subject, "indicator": indicator, "value": value, "unit": unit, "raw": raw,
            "sentence": sentence, "doc": doc, "year": year, "sentence_id": f"{doc}:0"}


ROWS = [
    row("甲县", "村集体经济总收入", 9_000_000, "元", "900万元", S1, year=2022),
    row("甲县", "较上年增长", 12.5, "%", "12.5%", S1, year=2022),
    row("甲县", "纯收入", 6_000_000, "元", "600万元", S1, year=2022),
    row("甲县", "较上年增长", 20.3, "%", "20.3%", S1, year=2022),
    row("甲县", "行政村", 318, "个", "318个", S2),
    row("甲县", "网格", 1200, "个", "1200个", S2),
    row("甲县", "网格党小组", 540, "个", "540个", S2),
]


def values(question):
    ask = metric_ask(question, ["甲县"], ["甲县"], [])
    return sorted(r["value"] for r in select(ask, ROWS))


def test_the_modifier_of_the_head_noun_decides_and_the_growth_rate_comes_along():
    assert values("甲县2022年村集体经济纯收入是多少？") == [20.3, 6_000_000]


def test_the_measure_word_and_the_counted_noun():
    assert values("甲县设置了多少个网格？") == [1200]
    assert values("甲县有多少个行政村？") == [318]


def test_kind_word_after_the_name():
    assert kind_in_text("三治融合", "全面推行“三治融合”基层治理体系，成效明显。") == "system"
    assert kind_in_text("甲模式", "推动“甲模式”“乙模式”等多种模式升级。") == "model"
    assert kind_in_text("五个好", "落实“五个好”要求，") == "standard"
    assert kind_in_text("一村一策", "坚持“一村一策”。") is None
    assert kind_in_text("一村一策", "坚持“一村一策”推进发展。") == OTHER
    assert not matches_kinds("五个好", "model", ["落实“五个好”要求，"], ["model"])
    assert matches_kinds("一村一策", "model", ["坚持“一村一策”。"], ["model"])
