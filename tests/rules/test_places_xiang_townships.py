"""Townships named with 乡 behave as those named with 镇 and 苏木, and ordinary words ending in 乡 stay out.

- a 乡 the dataset holds under a banner the document names is found alone, in a later sentence;
- a 乡 opening its sentence (沙呼吉乡推行…, 在沙呼吉乡，…) is found by grammar, as a 镇 is;
- a township the text chains to its banner once (某县某某乡) is found alone elsewhere in the document;
- 家乡, 返乡, 下乡, 他乡, 鱼米之乡, 乡亲, 城乡 … are no townships.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


def test_dataset_xiang_alone_after_its_banner_in_an_earlier_sentence() -> None:
    facts = facts_of("四子王旗是牧业旗。\n忽鸡图乡推行“网格连心”工作法。")
    assert ("忽鸡图乡", "四子王旗") in pairs(facts, "PART_OF")
    assert ("忽鸡图乡", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "多伦县地处南部。沙呼吉乡推行“网格连心”工作法。",
    "多伦县地处南部。在沙呼吉乡，干部推行“网格连心”工作法。",
])
def test_xiang_opening_its_sentence_is_found_by_grammar(text: str) -> None:
    facts = facts_of(text)
    assert "沙呼吉乡" in names(facts, "Place")
    assert ("沙呼吉乡", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("suffix", ["乡", "镇", "苏木"])
def test_chained_township_is_found_alone_elsewhere_in_the_document(suffix: str) -> None:
    town = "沙呼吉" + suffix
    facts = facts_of(f"多伦县{town}地处南部。干部在{town}推行“网格连心”工作法。")
    assert (town, "多伦县") in pairs(facts, "PART_OF")
    assert (town, "网格连心") in pairs(facts, "IMPLEMENTS")


def test_chained_township_named_alone_before_the_chain() -> None:
    facts = facts_of("干部在沙呼吉乡推行“网格连心”工作法。多伦县沙呼吉乡地处南部。")
    assert ("沙呼吉乡", "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("clause", [
    "青年返乡创业，",
    "大学生返乡，",
    "在鱼米之乡，",
    "父老乡亲们",
    "在美丽家乡，",
    "科技下乡，",
    "在他乡，",
    "在城乡，",
])
def test_words_ending_in_xiang_are_no_township(clause: str) -> None:
    facts = facts_of(f"多伦县地处南部。{clause}推行“网格连心”工作法。")
    assert names(facts, "Place") == {"多伦县"}
