"""A short form followed by a landscape noun names a sand land, a grassland, a river … not the division.

某某沙地, 某某草原, 某某河: the feature is named after the place, and the sentence is not about the
district or league whose short form it opens with.  The full name (某某旗草原, 某某市林海) and a
short form ending in a level word still name the division; 山区 is the division's own mountain area.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import facts_of
from tests.rules.helpers import names


@pytest.mark.parametrize("text", [
    "昆都仑河穿城而过，两岸推行“网格连心”工作法。",
    "牙克石林海深处，护林员推行“网格连心”工作法。",
    "霍林郭勒草原上，牧民推行“网格连心”工作法。",
    "康巴什湿地公园推行“网格连心”工作法。",
    "阿尔山森林公园推行“网格连心”工作法。",
])
def test_landscape_after_a_short_form_is_no_division(text: str) -> None:
    assert not names(facts_of(text), "Place")


@pytest.mark.parametrize(("text", "place"), [
    ("昆都仑区推行“网格连心”工作法。", "昆都仑区"),
    ("牙克石市林海深处，护林员推行“网格连心”工作法。", "牙克石市"),
    ("乌审旗草原上，牧民推行“网格连心”工作法。", "乌审旗"),
    ("乌兰浩特山区推行“网格连心”工作法。", "乌兰浩特市"),
])
def test_full_name_or_level_word_before_landscape_is_the_division(text: str, place: str) -> None:
    assert place in names(facts_of(text), "Place")
