"""Plain text in the encodings reports arrive in, and what is refused."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from pipeline.read import read_file
from policykg.errors import InputError

from .files import BODY_1, BODY_2, SIMP_1, TRAD_1, write


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030"])
def test_mainland_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    text = f"{BODY_1}\n{BODY_2}\n"
    raw = read_file(write(tmp_path / "report.txt", text.encode(encoding)))
    assert raw.text == text
    assert raw.original_text is None  # simplified already: nothing converted
    assert raw.kind == "text"


def test_short_gbk_text_is_not_taken_for_big5(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "short.txt", "牧民合作社".encode("gbk")))
    assert raw.text == "牧民合作社"
    assert raw.encoding == "gb18030"


def test_big5_traditional_text_is_converted_and_the_original_kept(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "trad.txt", (TRAD_1 + "\n").encode("big5")))
    assert raw.encoding == "big5"
    assert raw.text == SIMP_1 + "\n"
    assert raw.original_text == TRAD_1 + "\n"
    assert len(raw.text) == len(raw.original_text)


def test_utf16_with_byte_order_mark(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "u16.txt", codecs.BOM_UTF16_LE + BODY_1.encode("utf-16-le")))
    assert raw.text == BODY_1


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + BODY_1.encode()))
    assert raw.text == BODY_1


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t "], ids=["empty", "whitespace"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match=r"empty\.txt: the file is empty"):
        read_file(write(tmp_path / "empty.txt", data))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(InputError, match=r"blob\.txt: a binary file"):
        read_file(write(tmp_path / "blob.txt", data))


def test_binary_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    data = bytes(range(1, 32)) * 50  # control characters only
    with pytest.raises(InputError, match="binary"):
        read_file(write(tmp_path / "ctrl.txt", data))


def test_metadata_from_the_information_line(tmp_path: Path) -> None:
    info = "发布时间：2023-06-12 10:20  来源：某市日报  作者：王某  字号：大 中 小"
    text = f"某旗推行党员中心户模式\n{info}\n{BODY_1}\n"
    raw = read_file(write(tmp_path / "meta.txt", text.encode("gbk")))
    assert str(raw.published) == "2023-06-12"
    assert raw.publisher == "某市日报"
    assert raw.author == "王某"


def test_traditional_information_line_is_read(tmp_path: Path) -> None:
    text = f"發佈時間：2022年3月5日 來源：某報\n{TRAD_1}\n"
    raw = read_file(write(tmp_path / "meta.txt", text.encode("big5")))
    assert str(raw.published) == "2022-03-05"
    assert raw.publisher == "某报"


@pytest.mark.parametrize(("line", "author"), [
    ("□本报记者 某某某", "某某某"),
    ("□某甲 某乙乙", "某甲 某乙乙"),
    ("记者 某甲 通讯员 某乙乙", "某甲 某乙乙"),
    ("■ 视点", None),  # a column label, not a byline
    ("记者手记", None),
])
def test_newspaper_bylines(tmp_path: Path, line: str, author: str | None) -> None:
    raw = read_file(write(tmp_path / "byline.txt", f"某旗推行党员中心户模式\n{line}\n{BODY_1}\n".encode()))
    assert raw.author == author
