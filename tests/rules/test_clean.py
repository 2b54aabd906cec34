from pipeline.clean import clean, normalise_width, undouble
from pipeline.sentences import split_sentences


def test_hard_line_breaks_inside_a_sentence_are_joined():
    raw = "扎鲁特旗认真落实嘎查村党组织书记述职评\n\n议制度，推动责任落实。\n"
    assert "述职评议制度" in clean(raw).text


def test_headings_are_not_joined_to_the_body():
    raw = "## 建强组织 夯实基础\n\n扎鲁特旗坚持大抓基层，推动各项工作落实。"
    paragraphs = clean(raw).text.split("\n")
    assert paragraphs[0] == "## 建强组织 夯实基础"


def test_doubled_two_column_headings_are_halved():
    assert undouble("产业兴旺促增收产业兴旺促增收 组织引领见成效组织引领见成效") == "产业兴旺促增收 组织引领见成效"


def test_repeated_paragraphs_are_kept_once():
    para = "乌拉特前旗全面推行“三务公开”制度，所有嘎查村全部建立村务监督委员会。"
    text = clean(f"{para}\n\n{para}\n").text
    assert text.count("三务公开") == 1


def test_width_is_normalised_between_chinese_characters():
    assert normalise_width("党建引领,服务群众(试行)") == "党建引领，服务群众（试行）"
    assert normalise_width("２０２１年") == "2021年"


def test_navigation_menu_and_metadata_are_dropped_and_date_kept():
    raw = "首页\n新闻\n工作动态\n通知公告\n\n发布时间:2023-04-05 10:00\n\n" \
          "乌拉特前旗坚持以党建引领乡村振兴，推动各项工作取得新进展，群众满意度持续提升，基层组织更加坚强有力。"
    result = clean(raw)
    assert result.published is not None and result.published.isoformat() == "2023-04-05"
    assert "工作动态" not in result.text
    assert result.text.startswith("乌拉特前旗")


def test_sentences_carry_offsets_into_the_cleaned_text():
    text = "第一句话在这里。第二句话“带引号。”\n第三段"
    sents = split_sentences("d", text)
    assert [s.text for s in sents] == ["第一句话在这里。", "第二句话“带引号。”", "第三段"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_metadata_lines_of_a_short_page_are_taken_out():
    raw = "来源：通辽日报\n发布时间：2023-05-06\n\n扎鲁特旗推行积分制管理。\n"
    result = clean(raw)
    assert result.publisher == "通辽日报" and result.published is not None
    assert result.text == "扎鲁特旗推行积分制管理。"
