"""PDF: the text layer, in reading order, columns one after the other.

pdfplumber gives words with positions.  On each page a gutter is looked for
in the middle half: a vertical line that (almost) no word crosses while
words stand on both sides.  Lines that cross it (titles, full-width
paragraphs) are read in place; between them the left column is read before
the right one.  Running heads and page numbers repeated on most pages are
dropped, and Latin words hyphenated at a line end are joined
(``revitali-`` / ``sation``); Chinese lines broken by the layout are joined
later by the cleaner.  A PDF without a text layer (a scan) is refused with
the advice to run OCR, a damaged or encrypted one with its reason.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException

from policykg.errors import InputError

from .base import Extracted

_HYPHEN_RE = re.compile(r"([A-Za-z])-\n([a-z])")
_PAGE_NO_RE = re.compile(
    r"^\s*(第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|[-—–]?\s*\d{1,4}\s*[-—–]?|\d+\s*/\s*\d+)\s*$"
)
_LINE_TOL = 3.0


def read_pdf(data: bytes, name: str) -> Extracted:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info: dict[str, Any] = dict(pdf.metadata or {})
            pages = [_page_text(page) for page in pdf.pages]
            has_images = any(page.images for page in pdf.pages)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if "password" in str(cause).lower() or "encrypt" in str(cause).lower():
            raise InputError(f"{name}: an encrypted PDF; remove the password first") from None
        raise InputError(f"{name}: a damaged or truncated PDF ({cause})") from None
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise InputError(f"{name}: a damaged or truncated PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise InputError(f"{name}: a PDF with no pages")
    if not any(p.strip() for p in pages):
        what = "scanned page images" if has_images else "no text"
        raise InputError(f"{name}: the PDF has no text layer ({what}); run OCR on it first")
    pages = _drop_running_lines(pages)
    text = _HYPHEN_RE.sub(r"\1\2", "\n\n".join(p.strip("\n") for p in pages))
    title = _info_str(info.get("Title"))
    author = _info_str(info.get("Author"))
    # CreationDate is when the file was made, not when the report was published: not used
    return Extracted(text=text, kind="pdf", title=title, author=author)


def _page_text(page: Any) -> str:
    """One page's text, column by column."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    if not words:
        return ""
    gutter = _find_gutter(words, float(page.width))
    if gutter is None:
        return str(page.extract_text() or "")
    lines = _group_lines(words)
    out: list[str] = []
    left: list[list[dict[str, Any]]] = []
    right: list[list[dict[str, Any]]] = []

    def flush() -> None:
        out.extend(_line_text(ln) for ln in left)
        out.extend(_line_text(ln) for ln in right)
        left.clear()
        right.clear()

    for line in lines:
        if any(w["x0"] < gutter < w["x1"] for w in line):
            flush()
            out.append(_line_text(line))
            continue
        lw = [w for w in line if w["x1"] <= gutter]
        rw = [w for w in line if w["x0"] >= gutter]
        if lw:
            left.append(lw)
        if rw:
            right.append(rw)
    flush()
    return "\n".join(out)


def _find_gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of a column gap in the middle half of the page, or None for one column.

    The gap must be crossed by at most a fifth of the lines, have words on both
    sides on at least two lines, and the left column's lines must mostly run up
    to it (justified prose does; a table's short cells do not, and a table read
    column by column would lose its rows).
    """
    lines = _group_lines(words)
    if len(lines) < 3:
        return None
    xs = [width * 0.25 + 2.0 * i for i in range(int(width * 0.5 / 2.0) + 1)]
    crossing = [sum(1 for ln in lines if any(w["x0"] < x < w["x1"] for w in ln)) for x in xs]
    least = min(crossing)
    # the middle of the longest run of x positions with the fewest crossings
    best_run: tuple[int, int] = (0, -1)
    start = None
    for i, c in enumerate([*crossing, least + 1]):
        if c == least and start is None:
            start = i
        elif c != least and start is not None:
            if i - start > best_run[1] - best_run[0] + 1:
                best_run = (start, i - 1)
            start = None
    g = xs[(best_run[0] + best_run[1]) // 2]
    if least > 0.2 * len(lines):
        return None
    both_sides = sum(1 for ln in lines if any(w["x1"] <= g for w in ln) and any(w["x0"] >= g for w in ln))
    if both_sides < 2:
        return None
    left_lines = [[w for w in ln if w["x1"] <= g] for ln in lines]
    left_lines = [ln for ln in left_lines if ln]
    margin = min(w["x0"] for ln in left_lines for w in ln)
    reach = g - 0.25 * (g - margin)
    full = sum(1 for ln in left_lines if max(w["x1"] for w in ln) >= reach)
    if full < 0.5 * len(left_lines):
        return None
    return g


def _group_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words into lines by their top coordinate, lines top to bottom, words left to right."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= _LINE_TOL:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _line_text(words: list[dict[str, Any]]) -> str:
    """Join words; a space only between Latin/digit neighbours, as Chinese has none."""
    text = ""
    for w in words:
        if text and text[-1].isascii() and text[-1].isalnum() and w["text"][:1].isascii():
            text += " "
        text += w["text"]
    return text


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Drop page numbers, and first/last lines that repeat on most pages (running heads)."""
    edges: Counter[str] = Counter()
    for page in pages:
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        edges.update({lines[0], lines[-1]} if lines else set())
    repeated = {ln for ln, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    cleaned = []
    for page in pages:
        kept = [ln for ln in page.split("\n") if not _PAGE_NO_RE.match(ln) and ln.strip() not in repeated]
        cleaned.append("\n".join(kept))
    return cleaned


def _info_str(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-16" if value.startswith(b"\xfe\xff") else "latin-1", "ignore")
    if isinstance(value, str) and value.strip() and value.strip().lower() not in ("untitled", "anonymous"):
        return value.strip()
    return None
