"""全盟/全旗 in a paragraph that names no place of that level resolve to the document's own place."""

from __future__ import annotations


def _implements(facts):
    return {(r.head.name, r.tail.name) for r in facts.relations if r.type == "IMPLEMENTS"}


def test_quan_meng_after_a_banner_paragraph_is_the_documents_league(extract):
    facts = extract("锡林郭勒盟坚持党建引领，推动基层治理水平不断提升，各旗县市区积极探索治理新路径。\n"
                    "阿巴嘎旗推行“草场共管”机制，牧民参与热情高涨，阿巴嘎旗牧区面貌焕然一新。\n"
                    "下一步，全盟将推广“草场共管”做法，推动牧区治理提质增效。")
    assert ("锡林郭勒盟", "草场共管") in _implements(facts)


def test_quan_qi_after_a_paragraph_about_another_banner_is_the_documents_banner(extract):
    facts = extract("阿巴嘎旗坚持党建引领，推动基层治理水平不断提升，各苏木镇积极探索治理新路径。\n"
                    "锡林郭勒盟西乌珠穆沁旗推行“草场共管”机制，牧民参与热情高涨，经验得到推广。\n"
                    "下一步，全旗将推广“草场共管”做法，推动牧区治理提质增效。")
    assert ("阿巴嘎旗", "草场共管") in _implements(facts)


def test_quan_qi_after_a_league_paragraph_is_the_documents_banner(extract):
    facts = extract("阿巴嘎旗坚持党建引领，推动基层治理水平不断提升，各苏木镇积极探索治理新路径。\n"
                    "锡林郭勒盟积极推行“草场共管”机制，牧民参与热情高涨，经验得到推广。\n"
                    "下一步，全旗将推广“草场共管”做法，推动牧区治理提质增效。")
    assert ("阿巴嘎旗", "草场共管") in _implements(facts)


def test_quan_qi_in_a_paragraph_naming_its_banner_stays_that_banner(extract):
    facts = extract("阿巴嘎旗坚持党建引领，推动基层治理水平不断提升，阿巴嘎旗各苏木镇积极探索治理新路径。\n"
                    "西乌珠穆沁旗推行“草场共管”机制，牧民参与热情高涨，全旗推广“联户放牧”做法。")
    assert ("西乌珠穆沁旗", "联户放牧") in _implements(facts)


def test_a_paragraph_naming_the_banner_committee_is_about_the_banner(extract):
    facts = extract("察哈尔右翼前旗坚持党建引领，推动基层治理水平不断提升，各乡镇积极探索治理新路径。\n"
                    "平地泉镇建立“周调度、月通报”工作机制，全镇各村集体经济收入全部超过10万元。\n"
                    "旗委书记表示，要坚持“一村一策”，因地制宜发展特色产业。")
    assert ("察哈尔右翼前旗", "一村一策") in _implements(facts)
    assert ("平地泉镇", "一村一策") not in _implements(facts)


def test_quan_qi_in_a_league_report_naming_two_banners_is_neither(extract):
    facts = extract("赤峰市坚持党建引领，推动基层治理水平不断提升，赤峰市各旗县区积极探索治理新路径。\n"
                    "阿鲁科尔沁旗创新实施“三联三带”工程。克什克腾旗开展“百村示范”行动，成效明显。\n"
                    "全旗推行“草场共管”机制，牧民参与热情高涨。")
    actors = {head for head, prog in _implements(facts) if prog == "草场共管"}
    assert not actors & {"阿鲁科尔沁旗", "克什克腾旗"}


def test_gai_qi_points_back_to_the_banner_last_named(extract):
    facts = extract("阿巴嘎旗坚持党建引领，推动基层治理水平不断提升，阿巴嘎旗各苏木镇积极探索治理新路径。\n"
                    "锡林郭勒盟西乌珠穆沁旗牧区治理成效明显，经验得到推广。\n"
                    "该旗推广“联户放牧”做法，推动牧区治理提质增效。")
    assert ("阿巴嘎旗", "联户放牧") not in _implements(facts)



def _topics(text: str) -> list[tuple[str, str]]:
    """(sentence, the place it is about) after the place stage, which sets each sentence's topic."""
    import hashlib

    from pipeline.document import prepare
    from pipeline.read import RawDocument
    from pipeline.rules.context import DocContext
    from pipeline.rules.places import PlaceFinder

    raw = RawDocument(doc_id="t", source="t.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)
    ctx = DocContext(*prepare(raw))
    PlaceFinder()(ctx)
    return [(s.text, ctx.topic[s.index]) for s in ctx.sentences]


_SUMMARY = ("阿巴嘎旗委组织部2025年工作总结\n"
            "全旗组建党员突击队62支。\n"
            "伊和高勒苏木额尔敦乌拉嘎查曾因班子不团结、集体经济“空壳”被列为软弱涣散党组织。苏木党委选派干部驻点帮扶，帮助嘎查建成储草棚2座。\n"
            "{middle}\n"
            "持续推进嘎查党群服务中心提档升级，全年投入资金760万元。")


def test_a_paragraph_that_goes_on_to_the_whole_banner_ends_the_villages_topic():
    topics = _topics(_SUMMARY.format(middle="实施“头雁”行动。目前，全旗嘎查党组织书记平均年龄46.1岁。"))
    assert topics[2][1] == "额尔敦乌拉嘎查"
    assert topics[-1] == ("持续推进嘎查党群服务中心提档升级，全年投入资金760万元。", "阿巴嘎旗")


def test_a_village_story_goes_on_in_the_next_paragraph_that_names_no_wider_place():
    topics = _topics(_SUMMARY.format(middle="如今的嘎查，牧民人人有活干。"))
    assert topics[-1][1] == "额尔敦乌拉嘎查"


def test_quan_qu_in_a_districts_report_is_the_district(extract):
    facts = extract("康巴什区推进基层治理。截至目前，全区已评定信用村21个。\n"
                    "全区同步推行“接诉即办”工作机制，今年以来受理群众诉求5300余件。")
    assert {m.subject.name for m in facts.metrics} == {"康巴什区"}
    assert ("康巴什区", "接诉即办") in _implements(facts)
    assert "内蒙古自治区" not in {e.name for e in facts.entities}


def test_quan_qu_in_a_banners_report_is_still_the_region(extract):
    facts = extract("阿巴嘎旗推进基层治理，全旗评定信用嘎查21个，位居全区前列。")
    assert "内蒙古自治区" in {e.name for e in facts.entities if e.label == "Place"}


def test_quan_qu_under_a_township_topic_in_a_districts_report_is_the_district(extract):
    facts = extract("康巴什区推进基层治理。\n"
                    "哈巴格希街道推行“红色网格”机制。截至目前，全区已评定信用村21个。")
    assert {m.subject.name for m in facts.metrics} == {"康巴什区"}
