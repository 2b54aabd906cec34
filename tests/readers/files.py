"""Small input files of every kind, made by the tests themselves."""

from __future__ import annotations

from pathlib import Path

# Sentences written for these tests (not taken from any gold file).
BODY_1 = "近年来，某旗坚持党建引领，在全旗各嘎查村推行党员中心户模式，带动农牧民增收致富。"
BODY_2 = "截至目前，全旗共培育党员中心户120余户，覆盖牧户3000余户，集体经济收入稳步增长。"
BODY_3 = "下一步，某旗将继续深化这一模式，推动基层治理提质增效，让群众得到更多实惠。"
TRAD_1 = "近年來，某旗堅持黨建引領，在全旗各嘎查村推行「黨員中心戶+協會」模式，帶動農牧民增收致富。"
SIMP_1 = "近年来，某旗坚持党建引领，在全旗各嘎查村推行“党员中心户+协会”模式，带动农牧民增收致富。"

def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path

def make_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: float = 11) -> Path:
    """A PDF whose pages hold strings at (x, y-from-top) in a CJK font reportlab ships (STSong-Light)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    for page in pages:
        c.setFont("STSong-Light", size)
        for x, y, text in page:
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path
