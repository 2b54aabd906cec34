"""Reading speed by file type: the seeds written as GBK text, Big5 (traditional) text, HTML, PDF and .docx.

    python bench/bench_readers.py [--seeds seeds] [--repeat 3]

Prints, per type, characters of extracted text per second (``read_bytes``:
sniffing, decoding or parsing, traditional->simplified conversion, metadata),
and the same for ``prepare`` (cleaning and sentences) on top of it.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.document import prepare
from pipeline.read import read_bytes, read_file
from pipeline.readers.script import t2s


def _html(text: str) -> bytes:
    paras = "".join(f"<p>{ln}</p>" for ln in text.splitlines() if ln.strip())
    nav = "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(8))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告</title></head><body>"
            f"<ul class='nav'>{nav}</ul><div class='content'>{paras}</div>"
            f"<div class='footer'>版权所有</div></body></html>").encode()


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for ln in text.splitlines():
        if ln.strip():
            d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0
    c.setFont("STSong-Light", 10)
    for ln in text.splitlines():
        for i in range(0, len(ln), 45):
            c.drawString(50, y, ln[i:i + 45])
            y -= 14
            if y < 50:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800.0
    c.showPage()
    c.save()
    return buf.getvalue()


def _big5(text: str) -> bytes:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text).encode("big5", "replace")


MAKERS: dict[str, Callable[[str], bytes]] = {
    "text (gbk)": lambda t: t.encode("gbk", "replace"),
    "text (big5, traditional)": _big5,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=Path("seeds"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [read_file(p).text for p in sorted(args.seeds.iterdir()) if p.is_file()]
    t2s("预热")
    print(f"{'type':26} {'files':>5} {'chars':>8} {'read chars/s':>13} {'read+prepare chars/s':>21}")
    for kind, make in MAKERS.items():
        files = [make(t) for t in texts]
        for data in files:  # first-call set-up (lexicons, parsers, dictionaries) not timed
            prepare(read_bytes(data, "warm-up"))
        chars = 0
        read_s = prep_s = 0.0
        for _ in range(args.repeat):
            for i, data in enumerate(files):
                t0 = time.perf_counter()
                raw = read_bytes(data, f"doc{i}")
                t1 = time.perf_counter()
                prepare(raw)
                t2 = time.perf_counter()
                read_s += t1 - t0
                prep_s += t2 - t0
                chars += len(raw.text)
        print(f"{kind:26} {len(files):5} {chars // args.repeat:8} {chars / read_s:13.0f} {chars / prep_s:21.0f}")


if __name__ == "__main__":
    main()
