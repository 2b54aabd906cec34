"""Quotes that name a problem, a generation or a figure of speech are no programmes.

- “X难、X贵”的问题 / “X”的现象: the quote names a problem the text solves;
- “80后”干部: a generation of people;
- “钱袋子”鼓起来: a figure of speech (the lexicon's never list);
- 把“A”真正转化为“B”: one thing turned into another (as 从“A”变为“B”).
"""

from __future__ import annotations

import pytest

from tests.rules.helpers import names


@pytest.mark.parametrize("text", [
    "镶黄旗推出专项贷款，缓解了牧户“融资难、融资慢”的问题。",
    "部分嘎查存在“干部干、群众看”的现象。",
    "苏木领导班子中“90后”干部占比达到30%。",
    "嘎查集体经济壮大了，牧民的“钱袋子”也鼓起来了。",
    "镶黄旗把“绿水青山”逐步转化为“金山银山”。",
])
def test_no_programme(extract, text):
    assert not names(extract(text), "Programme")


def test_a_practice_named_before_its_problem_stays(extract):
    facts = extract("镶黄旗推行“牧贷通”机制，缓解了牧户“融资难、融资慢”的问题。")
    assert names(facts, "Programme") == {"牧贷通"}
