"""Document metadata stated in the text itself: 发布时间, 来源, 作者, 标题.

Web pages and their copies carry an information line near the top, often
several fields on one line (``发布时间：2023-06-12 来源：某日报 作者：王某
字号：大 中 小``).  Only the header (the lines before the first long
paragraph) is searched, so a 来源 quoted in the body is not taken for the
document's source.  Traditional keys (來源, 發佈時間) are read too: the
header is converted to simplified characters before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .script import t2s

_KEYS = {
    "发布时间": "published", "发布日期": "published", "发文日期": "published", "发表时间": "published",
    "日期": "published", "时间": "published", "更新时间": "published",
    "来源": "publisher", "稿件来源": "publisher", "信息来源": "publisher", "文章来源": "publisher",
    "作者": "author", "撰稿": "author", "撰稿人": "author", "记者": "author",
    "编辑": None, "责任编辑": None, "字号": None, "浏览次数": None, "点击数": None, "阅读": None,
    "分享": None, "打印": None,
}
_KEY_ALTERNATIVES = "|".join(sorted(map(re.escape, _KEYS), key=len, reverse=True))
_KEY_RE = re.compile(r"(?:^|(?<=[\s|｜【\[]))(" + _KEY_ALTERNATIVES + r")\s*[:：]\s*")
_DATE_RE = re.compile(r"((?:19|20)\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
# newspaper bylines: "□本报记者 某某", "□某某 某某", "记者 某某 通讯员 某某" (■ marks columns, not authors)
_BYLINE_RE = re.compile(
    r"^\s*(?:□\s*(?:(?:本报记者|记者|通讯员)\s*)?|(?:本报记者|记者|通讯员)\s+)"
    r"((?:[\u4e00-\u9fff·]{2,8})(?:\s+(?:通讯员|记者)?\s*[\u4e00-\u9fff·]{2,8}){0,4})\s*$"
)
_HEADER_LINES = 40
_BODY_LINE = 60


@dataclass
class TextMeta:
    published: date | None = None
    author: str | None = None
    publisher: str | None = None


def parse_date(value: str) -> date | None:
    """The first calendar date in ``value`` (2023-06-12, 2023年6月12日, 2023/6/12), if valid."""
    m = _DATE_RE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def header_lines(text: str) -> list[str]:
    """The lines before the body starts (the first long line), at most 40."""
    out: list[str] = []
    for line in text.splitlines()[:_HEADER_LINES]:
        if len(line.strip()) >= _BODY_LINE:
            break
        out.append(line)
    return out


def metadata_from_text(text: str) -> TextMeta:
    """Read the information fields of the header lines of ``text``."""
    meta = TextMeta()
    for line in header_lines(text):
        byline = _BYLINE_RE.match(t2s(line))
        if byline and meta.author is None:
            meta.author = re.sub(r"\s*(通讯员|记者)\s*", " ", byline.group(1)).strip()
            continue
        fields = _fields(t2s(line))
        for key, value in fields:
            target = _KEYS[key]
            if target == "published" and meta.published is None:
                meta.published = parse_date(value)
            elif target == "author" and meta.author is None and value:
                meta.author = value
            elif target == "publisher" and meta.publisher is None and value:
                meta.publisher = value
    return meta


def is_info_line(line: str) -> bool:
    """A line that is nothing but information fields (it starts with one and is short)."""
    s = line.strip()
    return len(s) <= 120 and bool(s) and _KEY_RE.match(t2s(s)) is not None


def _fields(line: str) -> list[tuple[str, str]]:
    """Split one line into (key, value) pairs; a value ends at the next key or a wide gap."""
    matches = list(_KEY_RE.finditer(line))
    pairs = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = re.split(r"\s{2,}|\u3000|[|｜】\]]", line[m.end():end].strip())[0].strip()
        pairs.append((m.group(1), value))
    return pairs
