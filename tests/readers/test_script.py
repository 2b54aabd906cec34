"""Traditional to simplified, one character for one character, with the original recoverable."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import prepare
from pipeline.read import read_file
from pipeline.readers.script import restore_original, t2s, to_simplified

from .files import BODY_1, SIMP_1, TRAD_1, write


def test_conversion_keeps_length_and_converts_quotes() -> None:
    assert t2s(TRAD_1) == SIMP_1
    assert len(t2s(TRAD_1)) == len(TRAD_1)


def test_simplified_text_is_left_alone() -> None:
    assert to_simplified(BODY_1) == (BODY_1, None)
    # a lone character OpenCC would change (著) in a simplified text does not make it traditional
    text = BODY_1 * 3 + "他著有一本书。"
    assert to_simplified(text)[1] is None


def test_restore_original_through_deletions_and_joins() -> None:
    original = "首頁\n新聞\n\n內蒙古某旗推行「黨員中心戶」模式，\n帶動農牧民增收。"
    converted, kept = to_simplified(original)
    assert kept == original
    cleaned = "内蒙古某旗推行“党员中心户”模式，带动农牧民增收。"  # lines dropped and joined
    restored = restore_original(cleaned, converted, original)
    assert restored == "內蒙古某旗推行「黨員中心戶」模式，帶動農牧民增收。"


def test_sentences_carry_the_original_at_the_same_offsets(tmp_path: Path) -> None:
    body = TRAD_1 + "\n截至目前，全旗共培育黨員中心戶120餘戶，覆蓋牧戶3000餘戶，集體經濟收入穩步增長。\n"
    doc, sentences = prepare(read_file(write(tmp_path / "trad.txt", body.encode("big5"))))
    assert doc.original_text is not None and len(doc.original_text) == len(doc.text)
    first = sentences[0]
    assert first.text == SIMP_1
    assert first.original == TRAD_1
    assert doc.original_text[first.start:first.end] == TRAD_1
    assert sentences[1].original is not None and "黨員中心戶120餘戶" in sentences[1].original
    assert "党员中心户120余户" in sentences[1].text
