"""Cleaning: from the text as read to the text facts are extracted from.

Reports arrive as copies of web pages and newspaper layouts.  What the seeds
show, and what this module undoes, in order:

1. website navigation and page furniture at the top (menus, QR-code captions,
   "来源:"/"发布时间:" fields) - dropped, the metadata fields kept;
2. hard line breaks inside sentences (newspaper columns), also across a blank
   line - joined;
3. doubled two-column headings (党建引领促发展党建引领促发展) - halved;
4. repeated paragraphs - kept once;
5. ASCII punctuation between Chinese characters - made full-width, full-width
   digits and letters made ASCII, so rules see one form;
6. furniture below the body (page_tail.tsv): a "相关新闻：" block with its title
   lines, footer fields (版权所有, 来源：, 责任编辑：), and a run of four or more
   consecutive short lines (a link list) - dropped, so their places give no facts.

Every rule is conservative: a line is joined or dropped only when its shape
says so, because a wrong join merges two facts' evidence.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from policykg.paths import lexicon

_CJK = r"\u3400-\u9fff"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
# the punctuation mark first (a character class the engine skips to), then its neighbours
_PUNCT_RE = re.compile(rf"[,;:()!?](?:(?<=[{_CJK}\d%）”].)|(?=[{_CJK}“（]))")
_DATE_RE = re.compile(r"(20\d\d|19\d\d)[-年/.](\d{1,2})[-月/.](\d{1,2})")
_META_RE = re.compile(r"^\s*(来源|发布时间|发布日期|时间|作者|编辑|责任编辑|字号)\s*[:：]\s*(.*)$")


@dataclass
class CleanResult:
    """The cleaned text plus what the page furniture said about the document."""

    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    publisher: str | None = None
    dropped_lines: list[str] = field(default_factory=list)


def _load_boilerplate() -> list[re.Pattern[str]]:
    path = lexicon("boilerplate.tsv")
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            patterns.append(re.compile(line))
    return patterns


_BOILERPLATE: list[re.Pattern[str]] | None = None


def boilerplate_patterns() -> list[re.Pattern[str]]:
    global _BOILERPLATE
    if _BOILERPLATE is None:
        _BOILERPLATE = _load_boilerplate()
    return _BOILERPLATE


_WIDTH_TABLE = {code: unicodedata.normalize("NFKC", chr(code))
                for rng in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for code in range(*rng)}
_WIDTH_TABLE.update({0x3000: " ", 0xA0: " "})


# runs of the characters _WIDTH_TABLE maps: translating only those is ten times faster than
# str.translate over a whole Chinese text (a dictionary look-up per character)
_WIDE_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH_TABLE) + "]+")


def normalise_width(text: str) -> str:
    """Full-width digits/letters to ASCII; ASCII punctuation next to Chinese to full-width."""
    text = _WIDE_RUN.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)
    return _PUNCT_RE.sub(lambda m: _HALF_TO_FULL[m.group()], text)


_DOUBLED_RUN = re.compile(r"([\u4e00-\u9fff]{4,})\1")
_DOUBLED_MARK = re.compile(r"([“”。，])\1")
_DOUBLED_BEFORE_QUOTE = re.compile(r"([\u4e00-\u9fff])\1(?=[“”])")


def undouble(line: str) -> str:
    """Halve text printed twice side by side: 'AA BB' -> 'A B' (two-column headings, captions)."""
    if _DOUBLED_RUN.search(line):
        line = _DOUBLED_MARK.sub(r"\1", _DOUBLED_RUN.sub(r"\1", line))
        line = _DOUBLED_BEFORE_QUOTE.sub(r"\1", line)
    parts = line.split(" ")
    fixed = []
    for part in parts:
        n = len(part)
        if n >= 4 and n % 2 == 0 and part[: n // 2] == part[n // 2 :]:
            part = part[: n // 2]
        fixed.append(part)
    return " ".join(fixed)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_CLAUSE_PUNCT = re.compile(r"[，。；、,：:]")  # the per-line tests below compile their patterns once
_SENTENCE_END = re.compile(r"[。！？]")
_MENU_PUNCT = re.compile(r"[，。,.：:；！？]")
_TITLE_PUNCT = re.compile(r"[，。；！？,;!?]")
_HEAD_MENU_PUNCT = re.compile(r"[，。,.：:]")
_BLOCK_END = re.compile(r"[。；！？]")


def _looks_like_heading(line: str) -> bool:
    """Headings carry no clause punctuation and are short or split by a space."""
    s = line.strip()
    if s.startswith(("#", "——", "□", "■")) or (s.startswith("▲") and len(s) < 15):
        return True
    if _CLAUSE_PUNCT.search(s):
        return False
    return len(s) <= 25 or (" " in s and len(s) <= 45)


# 某地：“某某”焕发新活力 - a headline: a short head, a colon, a short line with no clause punctuation
_TITLE_RE = re.compile(r"^[^，。；、：:“”\s]{2,12}[：:][^，。；：:]{4,30}$")


def _is_title(line: str, first: bool) -> bool:
    """A headline: one with a colon (the document's first line, or one whose quotes are closed), or a
    first line with a closed quote and no clause punctuation (某地“某某”焕发新活力)."""
    closed = line.count("“") == line.count("”")
    if first and closed and "”" in line and len(line) <= 40 and not _TITLE_PUNCT.search(line):
        return True
    return closed and (first or "”" in line) and bool(_TITLE_RE.match(line))  # the cheap tests first


def _continues(prev: str, nxt: str, first: bool = False) -> bool:
    """Whether ``nxt`` carries on the sentence that ``prev`` broke off (``first``: ``prev`` opens the text)."""
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n or n.startswith(("#", "□", "■", "▲", "——")):
        return False
    if _is_title(p, first):
        return False
    if p[-1] in "。！？!?；;…：:":
        return False
    if p[-1] in "”」』）)" and len(p) > 1 and p[-2] in "。！？!?":
        return False
    if _looks_like_heading(p):
        # a bare line (no space, no marker) broken mid-word still continues: 述职评 / 议制度
        return (len(p) >= 12 and " " not in p and not p.startswith(("#", "——", "□", "■", "▲"))
                and _word_across(p, n))
    # a broken-off line is long, or ends mid-phrase with a comma-bearing body
    return len(p) >= 15 and (_is_cjk(p[-1]) or p[-1].isdigit() or p[-1] in "，、“（")


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """jieba's word frequencies: the vocabulary used to see a word cut by a line break."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


def _word_across(prev: str, nxt: str) -> bool:
    """Whether a dictionary word of 2-4 characters spans the end of ``prev`` and the start of ``nxt``."""
    if not (_is_cjk(prev[-1]) and _is_cjk(nxt[0])):
        return False
    freq = _dictionary()
    for left in range(1, 3):
        for right in range(1, 3):
            if left + right > 4:
                continue
            word = prev[-left:] + nxt[:right]
            if freq.get(word, 0) > 0:
                return True
    return False


def _strip_furniture(lines: list[str], result: CleanResult) -> list[str]:
    """Drop navigation and metadata lines; remember the metadata they carry."""
    patterns = boilerplate_patterns()
    kept: list[str] = []
    # leading runs of short lines without punctuation are menus (>= 4 in a row)
    first_body = next((i for i, x in enumerate(lines) if len(x.strip()) >= 40), 0)
    run: list[int] = []
    menu: set[int] = set()
    for i in range(first_body):
        s = lines[i].strip()
        if s and len(s) <= 10 and not _HEAD_MENU_PUNCT.search(s):
            run.append(i)
        elif s:
            if len(run) >= 4:
                menu.update(run)
            run = []
    if len(run) >= 4:
        menu.update(run)
    for i, line in enumerate(lines):
        s = line.strip()
        m = _META_RE.match(s)
        if m and i < max(first_body + 1, 10):
            key, value = m.group(1), m.group(2).strip()
            if key.startswith("发布") or key == "时间":
                d = _DATE_RE.search(value)
                if d:
                    result.published = date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
            elif key == "作者" and value:
                result.author = value
            elif key == "来源" and value:
                result.publisher = value
            result.dropped_lines.append(s)
            continue
        if i in menu or (i < first_body and any(p.search(s) for p in patterns)):
            result.dropped_lines.append(s)
            continue
        kept.append(line)
    return _strip_tail(kept, first_body - (len(lines) - len(kept)), result)


@lru_cache(maxsize=1)
def _tail_patterns() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, kind) for furniture below the body: related-news blocks and footer fields (page_tail.tsv)."""
    out = []
    for line in lexicon("page_tail.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, kind = line.rsplit("\t", 1)
            out.append((re.compile(pattern), kind.strip()))
    return out


@lru_cache(maxsize=1)
def _last_related_end() -> int:
    """How many tail patterns there are up to the last related-news one (the rest are footer patterns)."""
    return max((i + 1 for i, (_p, kind) in enumerate(_tail_patterns()) if kind == "related"), default=0)


def _strip_tail(lines: list[str], first_body: int, result: CleanResult) -> list[str]:
    """Drop a "相关新闻：" block (its marker line and the short title lines under it) and footer fields.

    A related story's title names other places and programmes: facts from it belong to
    another report.  Only lines from the first long paragraph on are tested; a title line
    is short and carries no sentence punctuation, so the block ends at the next paragraph.
    """
    kept: list[str] = []
    in_block = False
    for i, line in enumerate(lines):
        s = line.strip()
        if i < max(first_body, 0) or not s:
            kept.append(line)
            continue
        field_like = len(s) <= 80 and not _SENTENCE_END.search(s)  # a field, not a sentence
        # a sentence is no footer field: a footer match counts only as one found before a related marker
        patterns = _tail_patterns() if field_like else _tail_patterns()[:_last_related_end()]
        kind = next((k for p, k in patterns if p.search(s)), None)
        if kind == "footer" and field_like:
            result.dropped_lines.append(s)
            continue
        if kind == "related":
            in_block = True
            result.dropped_lines.append(s)
            continue
        if in_block and len(s) <= 40 and not _BLOCK_END.search(s):
            result.dropped_lines.append(s)
            continue
        in_block = False
        kept.append(line)
    return _strip_tail_menu(kept, result)


def _strip_tail_menu(lines: list[str], result: CleanResult) -> list[str]:
    """Below the last paragraph, a run of four or more short (<= 30) unpunctuated lines is a menu or link list.

    The lines must follow one another: captions and headings stand apart, between blank lines.
    """
    last_body = max((i for i, x in enumerate(lines) if len(x.strip()) >= 40), default=len(lines))
    menu: set[int] = set()
    run: list[int] = []
    for i in range(last_body + 1, len(lines) + 1):
        s = lines[i].strip() if i < len(lines) else "。"
        if s and len(s) <= 30 and not _MENU_PUNCT.search(s):
            run.append(i)
            continue
        if len(run) >= 4:
            menu.update(run)
        run = []
    result.dropped_lines.extend(lines[i].strip() for i in sorted(menu))
    return [x for i, x in enumerate(lines) if i not in menu]


# 文章标题_某某新闻网 / 标题|某市人民政府: a page title copied with its site's name after _ or |
_TITLE_SITE = re.compile(r"^(.{4,}?)\s*[_|｜]\s*([^_|｜，。]{2,25}(?:网|网站|政府|门户|在线|日报|晚报|电视台|发布|党建|组织部))$")


def _strip_title_site(lines: list[str], result: CleanResult) -> list[str]:
    """Cut the site's name off a first line that is a page title (its places are the site's, not the report's)."""
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _TITLE_SITE.match(line.strip())
        if m is not None:
            result.dropped_lines.append(m.group(2))
            return [*lines[:i], m.group(1), *lines[i + 1:]]
        return lines
    return lines


def clean(raw: str) -> CleanResult:
    """Clean one document's text; see the module docstring for the steps."""
    result = CleanResult(text="")
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = normalise_width(text)
    lines = [ln.rstrip() for ln in text.split("\n")]
    lines = _strip_furniture(lines, result)
    lines = _strip_title_site(lines, result)
    lines = [undouble(ln) for ln in lines]

    # paragraphs: join hard breaks (also across blank lines) when the shape says so
    paragraphs: list[str] = []
    current = ""
    pending_blank = False
    for line in lines:
        s = line.strip()
        if not s:
            pending_blank = True
            continue
        if current and _continues(current, s, first=not paragraphs):
            current += s
        else:
            if current:
                paragraphs.append(current)
            current = s
        pending_blank = False
    if current:
        paragraphs.append(current)
    del pending_blank

    seen: set[str] = set()
    unique: list[str] = []
    for para in paragraphs:
        key = "".join(para.split())  # the paragraph without its whitespace (str.split's is re's \s), 2x faster
        if len(key) >= 20 and key in seen:
            continue
        seen.add(key)
        unique.append(para)
    result.text = "\n".join(unique)
    result.title = next(
        (p.lstrip("# ").strip() for p in unique if 4 <= len(p) <= 40 and _looks_like_heading(p)),
        None,
    )
    return result
