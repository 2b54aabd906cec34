"""Related-news blocks and footers below a report give no facts (pipeline/clean.py, page_tail.tsv)."""

from __future__ import annotations

from pathlib import Path

from pipeline.clean import clean
from tests.rules.conftest import facts_of

BODY = "近日，阿荣旗那吉镇开展“党员先锋岗”活动，全镇200名党员参与其中，受到群众好评，取得了良好效果。"
TAIL = ("相关新闻：\n奈曼旗大沁他拉镇推进“红色驿站”建设\n相关新闻：扎鲁特旗鲁北镇打造“草原书屋”\n"
        "【相关阅读】科尔沁区开展“百日攻坚”行动\n版权所有：兴安盟委组织部 地址：乌兰浩特市兴安北大路\n")


def test_related_news_and_footer_give_no_facts() -> None:
    facts = facts_of(f"{BODY}\n{TAIL}")
    names = {e.name for e in facts.entities}
    assert {"阿荣旗", "那吉镇", "党员先锋岗"} <= names
    assert not names & {"奈曼旗", "大沁他拉镇", "鲁北镇", "科尔沁区", "红色驿站", "草原书屋", "百日攻坚",
                        "兴安盟", "乌兰浩特市"}


def test_related_block_ends_at_the_next_paragraph() -> None:
    later = "活动中，党员们深入田间地头，帮助群众解决实际困难，共解决各类问题50余件。"
    text = clean(f"{BODY}\n相关新闻：\n奈曼旗推进“红色驿站”建设\n{later}\n").text
    assert later in text and "红色驿站" not in text


def test_words_in_a_body_sentence_stay() -> None:
    line = "镇党委主办单位联席会议，研究解决问题12个。"
    assert line in clean(f"{BODY}\n{line}\n").text


def test_html_page_menus_and_related_links_give_no_facts(tmp_path: Path) -> None:
    from pipeline.document import prepare
    from pipeline.read import read_file
    from pipeline.rules import run_rules

    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>那吉镇开展活动_呼伦贝尔新闻网</title></head><body>'
        '<div class="top"><ul><li><a href="/">首页</a></li><li><a href="/a">奈曼旗</a></li>'
        '<li><a href="/b">扎鲁特旗</a></li><li><a href="/c">科尔沁区</a></li><li><a href="/d">党建动态</a></li></ul></div>'
        f'<div class="article"><h1>那吉镇开展活动</h1><p>{BODY}镇党委书记表示，下一步将继续深化活动内容。</p></div>'
        '<div class="related"><p>相关新闻：</p><ul><li><a href="/x">敖汉旗新惠镇推进“红色驿站”建设</a></li>'
        '<li><a href="/y">鲁北镇打造“草原书屋”</a></li></ul></div>'
        '<div class="foot"><p>版权所有：呼伦贝尔日报社 地址：海拉尔区胜利大街</p></div></body></html>',
        encoding="utf-8")
    document, sentences = prepare(read_file(page))
    names = {e.name for e in run_rules(document, sentences).entities}
    assert "那吉镇" in names
    assert not names & {"奈曼旗", "扎鲁特旗", "科尔沁区", "敖汉旗", "新惠镇", "鲁北镇", "红色驿站", "草原书屋",
                        "呼伦贝尔市", "海拉尔区"}


def test_source_and_editor_lines_below_the_body_are_dropped() -> None:
    text = clean(f"{BODY}\n来源：兴安日报\n责任编辑：王明\n").text
    assert text == BODY


def test_link_list_below_the_body_is_dropped() -> None:
    facts = facts_of(f"{BODY}\n首页\n奈曼旗\n扎鲁特旗\n科尔沁区\n党建动态\n")
    assert not {e.name for e in facts.entities} & {"奈曼旗", "扎鲁特旗", "科尔沁区"}


def test_captions_between_blank_lines_stay() -> None:
    captions = "\n\n".join(["奈曼旗举办", "群众文化活动", "扎鲁特旗义诊", "科尔沁区志愿服务"])
    text = clean(f"{BODY}\n\n{captions}\n").text
    assert "奈曼旗举办" in text and "科尔沁区志愿服务" in text


def test_breadcrumb_and_publisher_lines_below_the_body_are_dropped() -> None:
    text = clean(f"{BODY}\n当前位置：首页 > 奈曼旗 > 基层动态\n鄂尔多斯日报社主办\n").text
    assert text == BODY


def test_site_name_after_a_page_title_is_cut() -> None:
    facts = facts_of(f"阿荣旗推进乡村振兴_呼伦贝尔市人民政府\n{BODY}")
    assert "呼伦贝尔市" not in {e.name for e in facts.entities}
    assert clean(f"阿荣旗推进乡村振兴_呼伦贝尔市人民政府\n{BODY}").text.startswith("阿荣旗推进乡村振兴\n")


def test_underscore_inside_a_sentence_stays() -> None:
    line = "近日，阿荣旗那吉镇开展“党员先锋岗”活动_全镇200名党员参与其中，受到群众好评。"
    assert clean(line).text == line


def test_list_of_linked_titles_below_the_body_is_dropped() -> None:
    tail = "敖汉旗新惠镇推进“红色驿站”建设\n鲁北镇打造“草原书屋”\n翁牛特旗\n林西县\n"
    assert clean(f"标题\n{BODY}\n{tail}").text == f"标题\n{BODY}"
