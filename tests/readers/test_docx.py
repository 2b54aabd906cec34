"""Word .docx: paragraphs and tables in order; damaged files refused."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pipeline.read import read_file
from policykg.errors import InputError

from .files import BODY_1, BODY_2, SIMP_1, TRAD_1, write


def _docx(path: Path, *paragraphs: str, title: str | None = None) -> Path:
    d = docx.Document()
    if title:
        d.core_properties.title = title
    d.add_heading("某旗推行党员中心户模式", 1)
    d.add_paragraph(paragraphs[0])
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["嘎查", "党员中心户", "甲嘎查", "12"],
                            strict=True):
        table.cell(r, c).text = text
    for p in paragraphs[1:]:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_paragraphs_and_table_rows_in_order(tmp_path: Path) -> None:
    raw = read_file(_docx(tmp_path / "report.docx", BODY_1, BODY_2, title="某旗简报"))
    assert raw.kind == "docx"
    assert raw.text.split("\n") == ["某旗推行党员中心户模式", BODY_1, "嘎查\t党员中心户", "甲嘎查\t12",
                                    BODY_2]
    assert raw.title == "某旗简报"
    assert raw.author is None  # python-docx's default author is not a person


def test_traditional_docx_is_converted(tmp_path: Path) -> None:
    raw = read_file(_docx(tmp_path / "trad.docx", TRAD_1))
    assert SIMP_1 in raw.text
    assert raw.original_text is not None and TRAD_1 in raw.original_text


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    data = _docx(tmp_path / "full.docx", BODY_1).read_bytes()
    with pytest.raises(InputError, match=r"cut\.docx: a damaged or truncated zip container"):
        read_file(write(tmp_path / "cut.docx", data[: len(data) // 2]))


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _docx(tmp_path / "big.docx", BODY_1 * 200)
    monkeypatch.setenv("POLICYKG_MAX_FILE_BYTES", str(path.stat().st_size + 10))
    with pytest.raises(InputError, match=r"big\.docx: unpacks to \d+ bytes, over the limit"):
        read_file(path)
