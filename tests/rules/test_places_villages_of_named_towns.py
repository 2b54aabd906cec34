"""A village the dataset holds under a township the document names is found alone, anywhere in the document.

The banner may go unnamed: 某某镇 found on its own is the village's parent in the same
document.  Only the data's whole names with their suffix count, from a left edge, and
not inside longer words (某某村民) or names (大某某村); a village of a township the
document does not name stays out.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names, pairs


@pytest.mark.parametrize("text", [
    "居力很镇地处岭南。\n万宝村推行“网格连心”工作法。",
    "万宝村推行“网格连心”工作法。\n居力很镇地处岭南。",
    "居力很镇地处岭南。\n干部在永兴村推行“网格连心”工作法。",
])
def test_village_of_a_named_township_in_another_paragraph(text: str) -> None:
    facts = facts_of(text)
    village = "永兴村" if "永兴村" in text else "万宝村"
    assert (village, "居力很镇") in pairs(facts, "PART_OF")
    assert (village, "网格连心") in pairs(facts, "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    "居力很镇地处岭南。\n干部在大万宝村推行“网格连心”工作法。",   # a longer name
    "居力很镇地处岭南。\n万宝村民推行“网格连心”工作法。",         # 村民
    "居力很镇地处岭南。\n丰林嘎查推行“网格连心”工作法。",         # another township's village
])
def test_no_village_beyond_the_named_townships_whole_names(text: str) -> None:
    assert names(facts_of(text), "Place") == {"居力很镇"}
