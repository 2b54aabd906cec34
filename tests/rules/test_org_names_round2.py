"""Organisation names: left edges, chained places, verb phrases, bank branches (round 2 classes).

Sentences written for the test.
"""

import pytest

from .helpers import names


@pytest.mark.parametrize(("text", "org"), [
    ("2023年，该旗与呼和浩特市金禾乳业有限公司签订合作协议。", "呼和浩特市金禾乳业有限公司"),
    ("该旗与呼和浩特金禾乳业有限公司签订合作协议。", "呼和浩特金禾乳业有限公司"),
])
def test_a_he_inside_a_place_name_is_no_conjunction(extract, text, org):
    assert org in names(extract(text), "Organisation")


@pytest.mark.parametrize("text", [
    "巴彦高勒镇则发挥协会作用，组织农户种植。",
    "公司按保护价收购合作社的蔬菜。",
])
def test_a_verb_phrase_ending_in_a_kind_word_is_no_name(extract, text):
    assert names(extract(text), "Organisation") == set()
