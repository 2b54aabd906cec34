"""PDF: columns read one after the other, hyphenation joined, scans and damage refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import prepare
from pipeline.read import read_file
from policykg.errors import InputError

from .files import make_pdf, write

LEFT = ["近年来，某旗坚持党建引领，在全", "旗各嘎查村推行党员中心户模式，", "带动农牧民增收致富。"]
RIGHT = ["截至目前，全旗共培育党员中心户", "120余户，覆盖牧户3000余户。", "The model keeps rural revitali-",
         "sation going."]


def _two_columns(path: Path) -> Path:
    page = [(60.0, 60.0, "某旗推行党员中心户模式")]
    page += [(60.0, 100.0 + 16 * i, line) for i, line in enumerate(LEFT)]
    page += [(320.0, 100.0 + 16 * i, line) for i, line in enumerate(RIGHT)]
    page += [(60.0, 200.0, "全旗上下形成了党建引领、产业振兴、牧民增收的良好局面，这一段横跨两栏。")]
    return make_pdf(path, [page])


def test_two_columns_are_read_left_then_right(tmp_path: Path) -> None:
    raw = read_file(_two_columns(tmp_path / "two.pdf"))
    assert raw.kind == "pdf"
    lines = raw.text.split("\n")
    assert lines[0] == "某旗推行党员中心户模式"
    assert lines[1:4] == LEFT
    assert lines[4:6] == RIGHT[:2]
    assert "The model keeps rural revitalisation going." in raw.text  # hyphenation joined
    assert lines[-1].startswith("全旗上下形成了")  # the full-width line after both columns


def test_two_column_sentences_come_out_whole(tmp_path: Path) -> None:
    _doc, sentences = prepare(read_file(_two_columns(tmp_path / "two.pdf")))
    texts = [s.text for s in sentences]
    assert "近年来，某旗坚持党建引领，在全旗各嘎查村推行党员中心户模式，带动农牧民增收致富。" in texts
    assert "截至目前，全旗共培育党员中心户120余户，覆盖牧户3000余户。" in texts


def test_page_numbers_and_running_heads_are_dropped(tmp_path: Path) -> None:
    pages = [[(60.0, 40.0, "某旗工作简报"), (60.0, 100.0, f"第{n}部分：党员中心户模式在各嘎查村持续推广。"),
              (290.0, 800.0, f"- {n} -")] for n in (1, 2, 3)]
    raw = read_file(make_pdf(tmp_path / "pages.pdf", pages))
    assert "某旗工作简报" not in raw.text
    assert "- 2 -" not in raw.text
    assert raw.text.count("党员中心户模式") == 3


def test_pdf_with_a_txt_name_is_read_as_pdf(tmp_path: Path) -> None:
    data = _two_columns(tmp_path / "x.pdf").read_bytes()
    raw = read_file(write(tmp_path / "report.txt", data))
    assert raw.kind == "pdf" and LEFT[0] in raw.text


def test_scanned_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    image = tmp_path / "scan.png"
    Image.new("L", (200, 280), 255).save(image)
    c = canvas.Canvas(str(tmp_path / "scan.pdf"), pagesize=A4)
    c.drawImage(str(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    with pytest.raises(InputError, match=r"scan\.pdf: the PDF has no text layer \(scanned page images\); "
                                         r"run OCR"):
        read_file(tmp_path / "scan.pdf")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_pdf_is_refused(tmp_path: Path, keep: float) -> None:
    data = _two_columns(tmp_path / "full.pdf").read_bytes()
    cut = write(tmp_path / "cut.pdf", data[: int(len(data) * keep)])
    with pytest.raises(InputError, match=r"cut\.pdf: a damaged or truncated PDF"):
        read_file(cut)


def test_a_table_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [("甲嘎查", "党员中心户12户"), ("乙嘎查", "党员中心户9户"), ("丙嘎查", "党员中心户15户"),
            ("丁嘎查", "党员中心户7户")]
    page = [(60.0, 60.0, "表1 各嘎查党员中心户数量")]
    for i, (name, value) in enumerate(rows):
        page += [(60.0, 100.0 + 16 * i, name), (360.0, 100.0 + 16 * i, value)]
    raw = read_file(make_pdf(tmp_path / "table.pdf", [page]))
    assert "甲嘎查 党员中心户12户" in raw.text or "甲嘎查党员中心户12户" in raw.text
