"""A headline with a colon is its own sentence, and its quoted epithet is no programme."""

from __future__ import annotations

from pipeline.clean import clean


def test_a_colon_headline_is_not_joined_to_the_first_sentence():
    raw = "乌兰察布：“草原云谷”迎来新机遇\n乌兰察布市集宁区加快数据中心建设，产业集聚效应显现。"
    paragraphs = clean(raw).text.split("\n")
    assert paragraphs[0] == "乌兰察布：“草原云谷”迎来新机遇"


def test_a_broken_line_with_a_colon_and_no_quote_inside_the_body_still_joins():
    raw = ("兴安盟扎赉特旗召开党建工作会议，会上明确：今年重点抓好嘎查村党组织书记队伍\n"
           "建设，推动各项工作落实。")
    assert "队伍建设" in clean(raw).text


def test_a_quoted_epithet_in_a_headline_is_no_programme(extract):
    facts = extract("乌兰察布：“草原云谷”迎来新机遇\n乌兰察布市集宁区加快数据中心建设，产业集聚效应显现。")
    assert not [e for e in facts.entities if e.label == "Programme"]
    assert not [r for r in facts.relations if r.type == "IMPLEMENTS"]


def test_a_headline_epithet_with_a_kind_word_stays_a_programme(extract):
    facts = extract("乌兰察布：“草原云谷”工程见实效\n乌兰察布市集宁区加快数据中心建设，产业集聚效应显现。")
    assert {e.name for e in facts.entities if e.label == "Programme"} == {"草原云谷"}


def test_a_first_line_with_a_quoted_epithet_and_no_clause_punctuation_is_a_title():
    raw = "乌兰察布“草原云谷”焕发新活力\n乌兰察布市集宁区加快数据中心建设，产业集聚效应显现。"
    assert clean(raw).text.split("\n")[0] == "乌兰察布“草原云谷”焕发新活力"


def test_a_first_line_broken_mid_sentence_without_quotes_still_joins():
    raw = "扎赉特旗认真落实嘎查村党组织书记述职评\n\n议制度，推动责任落实。"
    assert "述职评议制度" in clean(raw).text
