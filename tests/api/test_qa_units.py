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


S3 = "全县建立党员示范户260户。"
S4 = "截至目前，全县180户党员示范户结对帮扶困难户350户，带动合作社12个。"
S5 = "全县96个行政村集体经济收入全部达到5万元以上。"
ROWS_2 = [
    row("乙县", "党员示范户", 260, "户", "260户", S3, doc="d1"),
    row("乙县", "党员示范户", 180, "户", "180户", S4, doc="d2"),
    row("乙县", "县180户党员示范户结对帮扶困难户", 350, "户", "350户", S4, doc="d2"),
    row("乙县", "行政村集体经济收入", 96, "个", "96个", S5, doc="d3"),
]


def values_2(question):
    ask = metric_ask(question, ["乙县"], ["乙县"], [])
    return sorted(r["value"] for r in select(ask, ROWS_2))


def test_a_counted_noun_that_goes_on_to_act_is_a_subset_not_the_stock():
    # 180户党员示范户结对帮扶…: the households that pair up, not how many there are; 350 counts 困难户
    assert values_2("乙县有多少户党员示范户？") == [260]
    # …全部达到: every village, so the number is the stock
    assert values_2("乙县有多少个行政村？") == [96]


def test_a_word_asked_twice_counts_once_where_it_comes_last():
    ask = metric_ask("乙县 合作社 党员示范户 多少个合作社", ["乙县"], ["乙县"], [])
    assert ask.words[-1] == "合作社" and len(ask.words) == len(set(ask.words))
