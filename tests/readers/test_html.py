"""Web pages: the article text without navigation and footer, metadata kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import prepare
from pipeline.read import read_file
from policykg.errors import InputError

from .files import BODY_1, BODY_2, BODY_3, SIMP_1, TRAD_1, write

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>某旗推行党员中心户模式_某市人民政府网</title>
<meta name="PubDate" content="2023-06-12 10:20">
<link rel="canonical" href="https://www.example.gov.cn/news/2023/0612/1.html">
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li>
<li><a href="/b">新闻中心</a></li><li><a href="/c">政民互动</a></li></ul></div>
<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 基层动态</div>
<div class="article">
<h1>某旗推行党员中心户模式</h1>
<div class="info">发布时间：2023-06-12 10:20 来源：某市日报 作者：王某 字号：大 中 小</div>
<div class="content"><p>{p1}</p><p>{p2}</p><p>{p3}</p></div></div>
<div class="footer"><p>主办单位：某市人民政府办公室 版权所有</p>
<p>备案号：蒙ICP备00000000号 网站标识码：0000000000</p><p>联系我们 | 网站地图</p></div>
</body></html>
"""


def _page(charset: str = "utf-8", p1: str = BODY_1) -> str:
    return PAGE.format(charset=charset, p1=p1, p2=BODY_2, p3=BODY_3)


def test_main_text_without_navigation_and_footer(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "page.html", _page().encode("utf-8")))
    assert raw.kind == "html"
    for body in (BODY_1, BODY_2, BODY_3):
        assert body in raw.text
    for furniture in ("政务公开", "政民互动", "当前位置", "版权所有", "ICP备", "网站地图", "字号"):
        assert furniture not in raw.text
    assert raw.text.startswith("某旗推行党员中心户模式\n")


def test_page_metadata_is_kept(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "page.html", _page().encode("utf-8")))
    assert raw.title == "某旗推行党员中心户模式"
    assert str(raw.published) == "2023-06-12"
    assert raw.publisher == "某市日报"
    assert raw.author == "王某"
    assert raw.url == "https://www.example.gov.cn/news/2023/0612/1.html"
    doc, sentences = prepare(raw)
    assert doc.title == "某旗推行党员中心户模式"
    assert doc.publisher == "某市日报"
    assert doc.url == raw.url
    assert [s.text for s in sentences][1:4] == [BODY_1, BODY_2, BODY_3]


def test_gbk_page_with_declared_charset(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "gbk.htm", _page("gb2312").encode("gbk")))
    assert BODY_2 in raw.text


def test_big5_page_is_converted(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "big5.html", _page("big5", p1=TRAD_1).encode("big5", "replace")))
    assert SIMP_1 in raw.text
    assert raw.original_text is not None and TRAD_1 in raw.original_text


def test_html_named_txt_is_read_as_html(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "saved.txt", _page().encode("utf-8")))
    assert raw.kind == "html"
    assert "政务公开" not in raw.text


def test_page_without_text_is_refused(tmp_path: Path) -> None:
    page = "<html><head><title></title></head><body><nav><a href='/'>首页</a></nav></body></html>"
    with pytest.raises(InputError, match=r"empty\.html: the web page has no text"):
        read_file(write(tmp_path / "empty.html", page.encode()))
