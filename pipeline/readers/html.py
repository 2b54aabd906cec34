"""Web pages: the article's text, without navigation, breadcrumbs and footer.

trafilatura finds the main content (it drops ``<nav>``, menus, breadcrumbs,
footers and link lists by their density of links and markup); when it finds
nothing, the ``<body>`` text without ``nav/header/footer/script/style``
elements is used and a note says so.  Metadata, in order of preference:
the ``<meta>`` fields Chinese government sites publish (ArticleTitle,
PubDate, ContentSource, Author), the information line of the page text
(发布时间/来源/作者, which trafilatura leaves out of the main text), then
trafilatura's own reading (og: tags, ``<h1>``, ``<title>``).  The title is
put as the first line of the text, because the cleaner and the reader of
the evidence both expect a report to start with its heading.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.html
import trafilatura

from policykg.errors import InputError

from .base import Extracted
from .meta import is_info_line, metadata_from_text, parse_date
from .text import decode

log = logging.getLogger(__name__)

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_META_NAMES = {
    "title": ("articletitle", "og:title", "title", "dc.title"),
    "published": ("pubdate", "publishdate", "article:published_time", "firstpublishedtime", "dc.date",
                  "date"),
    "publisher": ("contentsource", "source", "og:site_name", "sitename"),
    "author": ("author", "dc.creator", "article:author"),
    "url": ("og:url", "url"),
}
_BREADCRUMB_RE = re.compile(r"^(当前位置|您现在的位置|您的位置|當前位置|現在位置)\s*[:：]")
# not form: ASP.NET wraps whole pages in one
_DROP = ("nav", "header", "footer", "script", "style", "noscript", "aside")


def read_html(data: bytes, name: str) -> Extracted:
    page, encoding = _decode_page(data, name)
    try:
        tree = lxml.html.fromstring(page)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: not parseable as HTML ({exc})") from None
    fields = _meta_fields(tree)
    h1, canonical = _h1(tree), _canonical(tree)
    visible = _visible_text(tree)  # drops navigation elements from the tree: read it last
    visible_key = _squeeze(visible)
    found: dict[str, Any] = {}
    body = ""
    for recall in (False, True):  # precision first; recall only when precision finds nothing
        found = _trafilatura(page, recall)
        body = _drop_furniture(found.get("text") or "")
        # trafilatura falls back to any text it finds, menus included: keep only the lines that
        # stand outside nav/header/footer elements
        body = "\n".join(ln for ln in body.split("\n") if _squeeze(ln) and _squeeze(ln) in visible_key)
        if body:
            break
    notes = []
    if not body:
        body = _drop_furniture(visible)
        notes.append("main text not found; used the page text without navigation elements")
    if not body:
        raise InputError(f"{name}: the web page has no text")
    header = metadata_from_text(visible)
    title = fields.get("title") or found.get("title") or h1
    title = _strip_site_suffix(title) if title else None
    published = (parse_date(fields.get("published", "")) or header.published
                 or parse_date(found.get("date") or ""))
    publisher = fields.get("publisher") or header.publisher or found.get("sitename")
    author = fields.get("author") or header.author or found.get("author")
    url = canonical or fields.get("url") or found.get("url")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n{body}"
    return Extracted(text=body, kind="html", encoding=encoding, title=title, published=published,
                     author=author, publisher=publisher, url=url, notes=notes)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _trafilatura(page: str, recall: bool) -> dict[str, Any]:
    """trafilatura's main text and metadata as a plain dict (its return type changed across versions)."""
    # no extensive date search: it loads dateparser (seconds on first use) and our own sources
    # (<meta>, the 发布时间 line) come first anyway
    result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                         include_tables=True, favor_recall=recall,
                                         date_extraction_params={"extensive_search": False,
                                                                 "original_date": True})
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    return dict(result.as_dict())


def _drop_furniture(text: str) -> str:
    """Remove breadcrumb and information lines that main-text extraction sometimes keeps."""
    lines = text.strip().split("\n")
    edge = 5  # furniture sits around the article, not in it: a 时间： line mid-text stays
    kept = [ln for i, ln in enumerate(lines)
            if not ((i < edge or i >= len(lines) - edge)
                    and (_BREADCRUMB_RE.match(ln.strip()) or is_info_line(ln)))]
    return "\n".join(kept).strip()


def _decode_page(data: bytes, name: str) -> tuple[str, str]:
    """The page's declared charset when it decodes cleanly, else the text decoder's guess."""
    m = _CHARSET_RE.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        if declared in ("gb2312", "gbk"):
            declared = "gb18030"
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            log.info("%s: declared charset %s does not decode it; guessing", name, declared)
    return decode(data, name)


def _meta_fields(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    metas = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    for field, names in _META_NAMES.items():
        for n in names:
            if n in metas:
                found[field] = metas[n]
                break
    return found


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    """The body's text, one block element per line, without navigation and scripts."""
    body = tree.find("body")
    root = body if body is not None else tree
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in root.iter("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section"):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _h1(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.iter("h1"):
        text = el.text_content().strip()
        if text:
            return text
    return None


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return str(el.get("href")).strip()
    return None


def _strip_site_suffix(title: str) -> str:
    """'文章标题_某市人民政府网' -> '文章标题' (the site name follows _ or - or |)."""
    title = title.strip()
    parts = re.split(r"\s*[_|｜]\s*|\s+-\s+", title)
    return parts[0] if parts and len(parts[0]) >= 4 else title
