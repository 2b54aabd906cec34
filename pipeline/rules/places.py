"""Places: divisions from the gazetteer, deeper ones by suffix grammar, anaphora, topic.

- Regions, leagues and banners are matched by full name or trusted short form
  (longest match wins).
- Townships and villages are matched only with their suffix (苏木 镇 乡 街道
  嘎查 村 社区), and only when the dataset puts them under a place the
  document names, or when the text itself chains them to a parent
  (X旗Y镇Z村), or when they continue a list that started that way.
- 全盟/全市/全旗/我旗/该盟/自治区 … are anaphora resolved to the place the
  document or section is about (its *topic*).
- A place followed by a media outlet's or an honour's word (锡林郭勒新闻网,
  通辽电视台, 自治区劳动模范, 自治区级; place_name_hosts.tsv) is part of that name.
- A village opening the clause after 在/走进/来到某镇， (after 提起/说起/走进 … as well)
  is in that township.
- An autonomous banner's short form that is a people's name (鄂伦春) names the people
  before 民族/民俗/族/语 …, not the banner; a 乡/镇 the grammar alone finds is no slogan
  (抓党建促乡村振兴 holds no township).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from pipeline.clean import _dictionary as _word_frequencies  # jieba's counts, loaded once for the cleaner
from policykg.facts import Evidence
from policykg.paths import lexicon

from .context import BACK_REFERENCE, DocContext, Span
from .gazetteer import Division, Gazetteer, load_gazetteer
from .leads import TIME_LEAD
from .name_chars import transliteration_chars, word_tags

DEEP_SUFFIXES = ("苏木", "嘎查", "街道", "社区", "镇", "乡", "村")
DEEP_LEVEL = {"苏木": "township", "镇": "township", "乡": "township", "街道": "township",
              "嘎查": "village", "村": "village", "社区": "village"}
# characters that never occur inside a grammar-found township/village name
_NAME_STOP = set("的和与在为是了等及对向把将由从以、，。；：“”（）()《》 　0123456789个名户型")
_PUNCT_STOP = set("、，。；：“”（）()《》 　0123456789")
_NUMERALS = set("一二三四五六七八九十百千万")
# the levels of a place a township or village may be chained to in the text (某旗某某镇, 某镇某某村)
_PARENT_LEVELS = ("banner", "township", "league")
# 和 may stand inside a name found by grammar (呼和诺尔镇): the stops of a name part besides it
_NAME_STOP_BUT_HE = frozenset(_NAME_STOP - {"和"})
_VERBISH = ("建立", "成立", "开展", "实现", "推进", "推动", "实施", "组织", "设立", "打造", "建设", "发展", "提升",
            "带动", "完成", "举办", "参加", "服务", "管理", "治理", "联合", "整合", "打破")
_RANK = {"region": 0, "league": 1, "banner": 2, "township": 3, "village": 4}
ANAPHORA = {
    "全盟": "league", "该盟": "league", "我盟": "league", "本盟": "league",
    "全市": "league", "该市": "league", "我市": "league", "本市": "league",
    "全旗": "banner", "该旗": "banner", "我旗": "banner", "本旗": "banner",
    "全县": "banner", "该县": "banner", "我县": "banner",
    "全区": "region", "我区": "region", "自治区": "region",
    "全镇": "township", "全苏木": "township", "全乡": "township",
}
# 旗委书记表示…: a unit named by its level speaks for the document's league or banner, so a paragraph
# naming one is no longer about the deeper place of an earlier paragraph
_LEVEL_UNIT_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:盟|旗|县|市)(?:委|政府|人大|政协|纪委)")
_ANAPHOR_RE = re.compile("|".join(sorted(ANAPHORA, key=len, reverse=True)))
_WIDE_ANAPHOR_RE = re.compile("|".join(sorted((a for a, level in ANAPHORA.items() if level in ("league", "banner")),
                                              key=len, reverse=True)))
_WIDE_DISTRICT_RE = re.compile(_WIDE_ANAPHOR_RE.pattern + "|全区|我区")
# 该镇, 该苏木, 该村 …: a township or village named before (not 该乡镇/该村民, which are words of their own);
# 镇党委书记, 苏木长 … opening a clause: the level word alone before the post of that township
_SAME_PLACE_RE = re.compile(r"该(苏木|街道|嘎查|社区|镇|乡(?!村)|村)(?!镇|民|干部|级|委会|集体)|"
                            r"(?:^|(?<=[，。；：、]))(苏木|镇|乡)(?=党委(?:副?书记|委员)|长(?!期|效|远)|达(?!到|成|标)|人大主席"
                            # 镇里推行…, 苏木里组织…: the township's own people, opening a clause
                            r"|里(?![程])(?=[\u4e00-\u9fff]))")
# a time phrase a sentence may open with before its subject (compiled once: asked for every sentence)
# (no date lead here, unlike the metric subjects: tried in session 5, it moved a paragraph's topic that a rule
# test holds and gained nothing on the held-out sets)
# the people's name of an ethnic township (某某回族乡, 某某达斡尔民族乡), right before its suffix
_ETHNIC_TOWNSHIP_RE = re.compile(r"(?:回|满|蒙古|朝鲜|达斡尔|鄂温克|鄂伦春|俄罗斯|锡伯)族$|"
                                 r"(?:达斡尔|鄂温克|鄂伦春|朝鲜|俄罗斯)?民族$")
# words that lead a clause (a time, a turn) and open no township's name found by grammar
_CLAUSE_LEAD_WORDS = ("如今", "目前", "现在", "当前", "近年", "过去", "以前", "后来", "随后", "同时", "此外", "另外",
                      "然后", "于是", "还有")
# name characters up to a body's suffix right after a place's short form: the body's name, not the place
_BODY_AFTER_SHORT = re.compile(r"[^，。；：、“”\s]{1,12}?(?:有限公司|公司|集团|合作社|协会|银行|学院|大学)")
# a numbered section heading (（七）…, 三、…): the deeper place of the section before is no longer the topic
_NUMBERED_HEADING_RE = re.compile(r"[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、")
_SUBJECT_LEAD = re.compile(rf"^(?:{TIME_LEAD})?[，,]?")
# words after a short form that show it is part of a larger word, not a place (鄂温克族, 杜拉尔鄂温克民族乡;
# 内蒙古民族大学 keeps its place)
_NOT_PLACE_AFTER = ("族", "民族乡", "民族苏木")
# a township's suffix right after a short form (科尔沁镇, not 科尔沁区): the town's own name; 乡镇/乡村 are words
_TOWN_AFTER_SHORT = ("镇", "苏木", "乡")
_NOT_TOWN_AFTER_SHORT = ("乡镇", "乡村", "苏木乡镇", "苏木镇")
# jieba frequency from which the last name character and the suffix make a word (城乡, 城镇, 家乡, 集镇):
# 住房和城乡建设局 holds no township 住房和城乡
_ACROSS_SUFFIX_FREQ = 300


@lru_cache(maxsize=1)
def _name_hosts() -> tuple[str, ...]:
    """Words that make a place before them part of a media outlet's or an honour's name (place_name_hosts.tsv)."""
    rows = (ln.split("\t")[0].strip() for ln in lexicon("place_name_hosts.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#"))
    return tuple(sorted({r for r in rows if r}, key=len, reverse=True))


@lru_cache(maxsize=1)  # asked for every sentence: the tuple is joined once
def _not_place_after() -> tuple[str, ...]:
    """What may not follow a place name: 族 (蒙古族), a media outlet's or an honour title's word.

    锡林郭勒新闻网, 通辽电视台记者, “内蒙古自治区劳动模范”: the place is part of another
    name and says nothing about where the report's facts are.
    """
    return _NOT_PLACE_AFTER + _name_hosts()


def _scan_divisions(text: str, gaz: Gazetteer,
                    villages: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
    """Longest-match scan for region/league/banner surface forms (see ``Gazetteer.scan``).

    A short form followed by a township's suffix (科尔沁镇, 科尔沁苏木) names the town,
    which the deep scan finds, not the banner or district of that short form.  A district
    outside the focus regions named by a generic word (矿区, 郊区, 城区, 市中区) is that word
    unless its city is written right before it.
    """
    return [(a, b, name) for a, b, name in gaz.scan(text, _not_place_after())
            if not _ethnic_word(text, a, b, name)
            and not _landscape_after_short(text, a, b, name)
            and not _village_opening_with_short(text, a, b, name, villages)
            and (text[a:b] == name or not text.startswith(_TOWN_AFTER_SHORT, b)
                or text.startswith(_NOT_TOWN_AFTER_SHORT, b))
            and not (text[a:b] == name and _generic_district(name, gaz) and not _parent_before(text, a, name, gaz))]


# a village's name that opens with its banner's short form: 1-4 more name characters and a village's suffix
_VILLAGE_AFTER_SHORT = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|嘎查)(?!民|委|级|集体|干部|庄)")
# what a short form may not end with to count as a bare name part (科右前旗某村: the banner, then its village)
_LEVEL_ENDS = ("旗", "县", "区", "市", "盟")


def _village_opening_with_short(text: str, a: int, b: int, name: str,
                                villages: list[tuple[int, int, str]] | None = None) -> bool:
    """A banner's short form that opens a longer village name (某锦旗's 某锦 in 某锦淖村): the village.

    The longest place wins: a bare short form (no level word at its end) followed by
    more name characters and 村/嘎查 is the first part of the village's name, which the
    deep scan then finds whole; the banner is not named there.
    """
    surface = text[a:b]
    if surface == name or surface.endswith(_LEVEL_ENDS) or ("村" not in text and "嘎查" not in text):
        return False
    m = _VILLAGE_AFTER_SHORT.match(text, b)
    if m is None or not _name_ok(surface + text[b:m.end()].removesuffix("嘎查").removesuffix("村")):
        return False
    if villages is not None:
        villages.append((a, m.end(), name))  # (the village's span, its banner)
    return True


# landscape nouns that make a short form before them the name of a sand land, a grassland, a lake …
# (科尔沁沙地, 呼伦贝尔草原), not of the division; 山/河/湖 alone only when no other word starts there
_LANDSCAPE_AFTER = ("沙地", "沙漠", "沙区", "沙带", "草原", "大草原", "草甸", "湿地", "高原", "平原", "盆地", "丘陵",
                    "戈壁", "山脉", "山地", "森林", "林海", "流域", "水系", "峡谷", "火山", "温泉", "湖泊")
_LANDSCAPE_ONE = re.compile(r"山(?![区羊地])|河(?![北南东西套])|湖(?![北南])")


def _landscape_after_short(text: str, a: int, b: int, name: str) -> bool:
    """A short form followed by a landscape noun (科尔沁沙地, 呼伦贝尔草原): a feature named after the place.

    The sand land or grassland is no mention of the district or league whose short form
    it opens with.  The full name (某某旗草原) and a short form ending in a level word
    (科右中旗草原) still name the division.
    """
    surface = text[a:b]
    if surface == name or surface.endswith(_LEVEL_ENDS):
        return False
    return text.startswith(_LANDSCAPE_AFTER, b) or _LANDSCAPE_ONE.match(text, b) is not None


# words after an autonomous banner's short form that make it the people's name (鄂温克民俗, 鄂伦春民族…)
_ETHNIC_AFTER = ("民族", "民俗", "族", "语", "人家", "风情", "猎民")


def _ethnic_word(text: str, a: int, b: int, name: str) -> bool:
    """A short form of an autonomous banner that is also a people's name, used for the people.

    鄂温克族自治旗's short form 鄂温克 is the people's name first: before 民族/民俗/族 … it
    names the people (某某鄂温克民族乡, 鄂温克民俗体验馆), not the banner.  Only the short
    form of a banner named 自治旗 after its people counts; the full name is always the banner.
    """
    surface = text[a:b]
    return surface != name and name.endswith("自治旗") and name.startswith(surface) and \
        text.startswith(_ETHNIC_AFTER, b)


# what a district's name before 区 may be and still be a generic word (城区, 矿区, 市中区, 老城区)
_GENERIC_DISTRICT_PARTS = frozenset(("矿", "郊", "城", "东", "西", "南", "北", "中", "市中", "市北", "市南", "老城",
                                     "新城", "新市", "城关", "城东", "城西", "城南", "城北", "城中", "城厢"))


def _generic_district(name: str, gaz: Gazetteer) -> bool:
    """矿区 (a district of a city far away) in 在矿区所在地: a generic word, not a place."""
    return name.endswith("区") and name[:-1] in _GENERIC_DISTRICT_PARTS and name not in gaz.focus_names


def _parent_before(text: str, at: int, name: str, gaz: Gazetteer) -> bool:
    """Whether the place's parent (any of its forms) is written right before ``at`` (某市矿区)."""
    parent = gaz.divisions[name].parent
    return parent is not None and any(parent in gaz.forms.get(text[i:at], ()) for i in range(max(0, at - 12), at - 1))


def _word_across_suffix(name_part: str, suffix: str) -> bool:
    """城乡, 城镇, 家乡: the name's last character and a township's suffix make a word (no name found by grammar).

    Only 乡 and 镇: numeral villages (七一村) end in a word of 村 and stay names.
    """
    return suffix in ("乡", "镇") and _word_frequencies().get(name_part[-1:] + suffix, 0) >= _ACROSS_SUFFIX_FREQ


# words a 乡 opens (乡亲, 乡愁, 乡土 …): 父老乡亲, 一缕乡愁 hold no township
_XIANG_WORD_NEXT = set("亲愁音土情贤里下邻野间风俗味")
# characters before 乡 that make a word of it though jieba counts it rarely (他乡, 之乡, 各乡, 每乡)
_XIANG_WORD_BEFORE = set("他之各全本该每异望寻爱在")
# jieba frequency from which the character before 乡 and 乡 make a word (返乡 49, 侨乡 97, 外乡 22)
_XIANG_ACROSS_FREQ = 20


# single characters that stand before a place's name as a verb or preposition (赴某镇, 至某镇, 经某镇)
_BEFORE_PLACE = set("赴到至往去来从向经于驻进入回出抵离近临自由及跟同对把被让给为即属处达距含括")
# directions and sizes that open villages' names (东某某村, 大某某村, 前某某村)
_VILLAGE_OPENERS = set("东西南北前后上中下大小新老")
# jieba frequency from which two characters across a township's left edge make a word (太平 1113, 新城 824)
_CUT_WORD_FREQ = 100


def _cut_at_left(text: str, start: int, ends: dict[int, Span], village: bool = False) -> bool:
    """Whether a township the data holds starts inside a word (太|平庄镇), not at a name's left edge.

    The character before it and its first character make an everyday word (太平, 新城)
    and the one before is no verb or preposition: the match is the tail of a longer name
    the data lacks (太平庄镇 where only 平庄镇 is held).  A single character that makes no
    word with it (如某镇, 所在地某镇, 摄某嘎查) stands before the name, not in it.  A village's
    name may open with a direction or size the data's name lacks (东某某村 where only 某某村
    is held), when a character no name holds stands before that.
    """
    if start == 0 or start in ends or text[start - 1] in _NAME_STOP or text[start - 1] in _BEFORE_PLACE:
        return False
    if village and text[start - 1] in _VILLAGE_OPENERS and \
            (start == 1 or text[start - 2] in _NAME_STOP or text[start - 2] in _BEFORE_PLACE):
        return True
    return _word_frequencies().get(text[start - 1:start + 1], 0) >= _CUT_WORD_FREQ


# jieba frequency from which a verb opening a name chained to its township is the sentence's verb
_VERB_AFTER_PARENT_FREQ = 1000


def _verb_after_parent(name_part: str) -> int:
    """某镇引导东城村党总支…: the length of a frequent verb between a township and its village (else 0).

    A name chained to the place written before it starts right after that place,
    so the sentence's verb lands in it.  Two-character verbs only, and only with a
    name of two characters or more after them: 前进村, 解放村 are names themselves.
    """
    if len(name_part) < 4:
        return 0
    head = name_part[:2]
    return 2 if word_tags().get(head) == "v" and _word_frequencies().get(head, 0) >= _VERB_AFTER_PARENT_FREQ \
        else 0


def _vouched_village_name(name: str, suffix: str, gaz: Gazetteer, unit_after: bool) -> bool:
    """Whether a village name the sentence vouches for is one: after a township's verb or its 所辖.

    A name the data holds as a village anywhere reads as one (东城村, 向阳社区: 东城 and
    向阳 are words, but the data and the township the sentence ties them to vouch for
    them); others must read as a name (``_proper_village``).
    """
    if any(d.level == "village" for d in gaz.deep.get(name, [])):
        # (its first character may be one that opens no name elsewhere: 向阳社区, where 向 is "towards")
        part = name[: -len(suffix)]
        return _PUNCT_STOP.isdisjoint(part) and _word_frequencies().get(name, 0) < _RARE_WORD_FREQ and \
            not any(w in part for w in _CATEGORY_WORDS) and _GENERIC_NAMES_RE.search(part) is None
    return _proper_village(name[: -len(suffix)], gaz, name, unit_after)


def _xiang_name_by_grammar(name_part: str, text: str, end: int) -> bool:
    """Whether a 乡 found by grammar alone (no dataset entry, no parent written before it) reads as a name.

    乡 ends many everyday words (家乡, 返乡, 下乡, 异乡, 鱼米之乡) and opens others (乡亲, 乡愁),
    so it is held to more than 镇 and 苏木: the character before it may not make a word
    with it even a rare one, no two characters of the name may be an everyday word
    (青年返乡: 青年), and 乡 may not open a word of its own.
    """
    last = name_part[-1:]
    freq = _word_frequencies()
    return last not in _XIANG_WORD_BEFORE and freq.get(last + "乡", 0) < _XIANG_ACROSS_FREQ and \
        text[end:end + 1] not in _XIANG_WORD_NEXT and \
        not any(freq.get(name_part[i:i + 2], 0) >= _TOWN_PART_WORD_FREQ for i in range(len(name_part) - 1))


def _brand_xiang(name_part: str, suffix: str, text: str, end: int) -> bool:
    """某旗戈壁驼乡养驼专业合作社: a 乡 the data lacks, inside a body's name, is a brand word (驼乡, 荞乡).

    Only where it fails the test of a 乡 found by grammar alone and the body's own
    suffix follows in the same run of name characters.
    """
    return suffix == "乡" and not _xiang_name_by_grammar(name_part, text, end) and \
        _BODY_SUFFIX_AHEAD.match(text, end) is not None


_BODY_SUFFIX_AHEAD = re.compile(r"[^，。；、：“”（）()\s]{0,10}?(?:合作社|公司|协会|联盟|联合社|商会|集团)")


# single verbs of a slogan (抓党建促乡村振兴, 以党建推动…): no township found by grammar holds them
_SLOGAN_VERBS = set("抓促推")


def _slogan_township(name_part: str, suffix: str, text: str, end: int) -> bool:
    """抓党建促乡村振兴: a grammar-found 乡/镇 that is a slogan cut at the word 乡村 or holding its verbs.

    A 乡 followed by 村 is the word 乡村 (促乡村振兴), and a name holding 抓/促/推 or 党建 is a
    slogan (抓党建促乡), not a township.  Names the dataset holds are not asked.
    """
    if suffix not in ("乡", "镇"):
        return False
    return (suffix == "乡" and text.startswith("村", end)) or bool(set(name_part) & _SLOGAN_VERBS) or \
        "党建" in name_part


def _deep_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every (start, end, suffix) where a township/village suffix ends a 2-8 char name."""
    return [(m.start(), m.end(), m.group()) for m in _DEEP_SUFFIX_RE.finditer(text)]


# one pass for every suffix (none is the end of another; finditer yields the matches in the order of their ends)
_DEEP_SUFFIX_RE = re.compile("|".join(DEEP_SUFFIXES) + r"|街(?=党工委|办事处)")


_GENERIC_NAMES = ("嘎查", "苏木", "乡镇", "社区", "村", "镇", "乡", "街道", "发展", "壮大", "基层", "农村", "牧区",
                  "城乡", "地区", "各", "全", "本", "该", "所在", "相关", "示范", "重点", "行政", "自然", "边境")
# any of them inside a name part, in one scan (asked for every length tried before every suffix)
_GENERIC_NAMES_RE = re.compile("|".join(_GENERIC_NAMES))


@lru_cache(maxsize=1)
def _verbish_re() -> re.Pattern[str]:
    """Verbs a name found by grammar alone never holds: _VERBISH and the programme triggers (推行, 深化 …)."""
    rows = (ln.split("\t") for ln in lexicon("trigger_verbs.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#"))
    verbs = set(_VERBISH) | {r[0].strip() for r in rows if len(r[0].strip()) >= 2}
    return re.compile("|".join(sorted(verbs, key=len, reverse=True)))


# numeral village names (五一村, 八号村, 二道沟村): numerals, then at most a counter word and two characters
# (a direction may open it: 西三家, 后八家, 东二道沟)
_NUMERAL_NAME = re.compile(r"[东西南北前后上中下新老]?[一二三四五六七八九十]+[号道家队股连营井排]?[\u4e00-\u9fff]{0,2}")
# characters that make a numeral phrase a count, not a name (一批村, 三项村, 十个村)
_COUNT_CHARS = set("个项级类种批名次条大小年月日支是要些位多户")
# characters of a grade (十佳村, 五星村, 四强村): after its township 五星村 is a name, alone before its unit a grade
_GRADE_CHARS = set("佳强星优好")
# jieba frequency below which a word inside a name is a rare (transliterated) one: 巴彦塔拉 2, 塔拉 47 (two
# characters count from 200: 哈达 102, 软弱 428)
_RARE_WORD_FREQ = 20
# words that make a village a category (易地搬迁村, 软弱涣散村), never part of a name found by grammar
_CATEGORY_WORDS = ("搬迁", "贫困", "薄弱", "涣散", "后进", "先进", "示范", "试点", "重点", "空壳", "脱贫", "移民",
                   "中心", "美丽", "文明", "生态", "特色", "民族", "少数", "半农", "半牧", "牧区", "农区", "城郊",
                   "边远", "偏远", "山区")
# a village name written right before its unit (宝日胡硕嘎查党支部, 五一村村委会), opening its clause
# (the name runs from the last character no name holds: 在, 与, punctuation …; 和 may stand inside one)
_STOP_CLASS = re.escape("".join(sorted(_NAME_STOP - {"和"}))).replace("]", "\\]")
# verbs of coming or of speaking about that may stand before a village's name (提起某村党支部书记…)
_INTRO_WORDS = "提起|说起|谈起|讲起|聊起|问起|提到|说到|走进|走入|来到|步入|踏进|深入"
_UNIT_WORDS = (r"党支部|党总支|党委|村委会|居委会|村民委员会|委员会|两委|村务监督委员会|"
               r"股份经济合作社|经济合作社|集体经济")
_UNIT_AFTER = re.compile(_UNIT_WORDS)
_VILLAGE_BEFORE_UNIT = re.compile(rf"(?:^|(?<=[{_STOP_CLASS}和]))(?:(?:{_INTRO_WORDS})了?)?"
                                  rf"([^{_STOP_CLASS}]{{2,8}}?)(嘎查|村|社区)(?={_UNIT_WORDS})")
# 在某某镇，…: the clause that follows is about a place in that township (its village may come after a verb
# of coming or of speaking about: 在某镇，提起某村党支部书记…; 在某镇，走进某村，…)
# 某街道所辖某社区党委: a village right after the word for "under it" (its name may open with 向: 向阳社区)
_VILLAGE_HELD_RE = re.compile(rf"(?:所辖|下辖)(向?[^{_STOP_CLASS}]{{1,7}}?)(嘎查|村|社区)(?={_UNIT_WORDS})")
_INTRO_VERBS = rf"(?:(?:{_INTRO_WORDS})了?|在)?"
_IN_TOWNSHIP_CLAUSE = re.compile(rf"{_INTRO_VERBS}([^{_STOP_CLASS}]{{2,8}}?)(嘎查|村|社区)")
# 某镇在A村、B村…: a village opening a list right after its township and 在
# 该镇某某村推行…: a village named right after 该镇/该苏木/该乡, before its clause's verb or unit
_VILLAGE_AFTER_SAME = re.compile(rf"([^{_STOP_CLASS}]{{2,6}}?)(嘎查|村)(?![民委级庄落里组内])")
_LISTED_AFTER_ZAI = re.compile(rf"在([^{_STOP_CLASS}]{{2,8}}?)(嘎查|村|社区)(?=[、和及]|等[一二三四五六七八九十\d]+个)")
# the words before a township that open a sentence about it (在某镇，/ 走进某镇，/ 来到某旗某镇，)
_TOWNSHIP_OPENERS = ("在", "走进", "走入", "来到", "步入", "踏进")


# who comes, before 走进/来到 (记者走进某镇，, 驱车来到某镇，)
_COMER = ("记者", "驱车", "笔者", "我们", "近日", "日前")


# jieba frequency from which two characters of a township found after 在/所在地 make an everyday word
# (牧业 489, 红旗 1052; 四家 204, 敖包 43 and transliterations stay names)
_TOWN_PART_WORD_FREQ = 300
# words after which a township's name stands on its own: 旗府所在地某某镇, 县城驻地某某镇
_SEAT_WORDS = ("所在地", "驻地")


def _township_lead(text: str, a: int, end: int) -> bool:
    """A township found by grammar alone may follow 在 opening its sentence (在某某苏木，…) or a seat word.

    在 must open the sentence and the township end its clause, so that the name is the
    place the sentence is set in (在某某苏木，牧民们…), not a run of words after 在.
    """
    if text[:a] in _TOWNSHIP_OPENERS:  # 在某某苏木，/ 走进某某镇，opening the sentence
        lead = text[end:end + 1] in ("，", ",")
    else:
        lead = text.endswith(_SEAT_WORDS, 0, a)
    suffix = "苏木" if text.endswith("苏木", 0, end) else text[end - 1:end]
    part = text[a:end - len(suffix)]
    freq = _word_frequencies()
    # 在纯牧业苏木，: a description holding an everyday word (牧业), no name
    return lead and not any(freq.get(part[i:i + 2], 0) >= _TOWN_PART_WORD_FREQ for i in range(len(part) - 1))


def _opens_clause(text: str, at: int) -> bool:
    """Whether the place chain at ``at`` follows an opener (在, 走进, 来到 …) that starts the sentence or clause."""
    for word in _TOWNSHIP_OPENERS:
        for done in ("", "了"):
            a = at - len(word) - len(done)
            if a < 0 or not text.startswith(word + done, a):
                continue
            if word != "在" and text.endswith(_COMER, 0, a):
                a -= 2  # 记者走进某镇，
            if a == 0 or text[a - 1] in "，。；：":
                return True
    return False


# a surname, 家 and at most two characters (韩家, 王家营子): a village named after a family
_FAMILY_NAME_RE = re.compile(r"[\u4e00-\u9fff]家[\u4e00-\u9fff]{0,2}")
# surnames that with 家 make an everyday word (农家, 全家, 管家, 商家)
_NOT_FAMILY = set("农全管商国大人自老专作")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """One-character surnames (surnames.tsv)."""
    return frozenset(ln.strip() for ln in lexicon("surnames.tsv").read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


def _numeral_name(name_part: str) -> bool:
    """五一, 八号, 二道沟: a village named by numerals (a count such as 一批, 三个 is no name)."""
    return bool(_NUMERAL_NAME.fullmatch(name_part)) and not set(name_part) & _COUNT_CHARS


def _proper_village(name_part: str, gaz: Gazetteer, name: str, unit_after: bool = False) -> bool:
    """Whether a village name found by grammar alone reads as a name, not an ordinary word.

    Numeral names (五一, 二道沟) are names; otherwise neither the name nor any part of it may
    be a frequent word (贫困村, 软弱涣散村, 集体经济薄弱村 are categories) - unless the division
    data holds the village and the name as a whole is no word.  Transliterated names hold
    rare words (乌兰 7, 塔拉 47 in jieba's counts), which do not count.  A family's village
    (王家塔, 韩家) is a name when the data holds it or its unit follows (``unit_after``: 王家塔村党支部).
    """
    if not _name_ok(name_part, numerals=True):
        return False
    if _numeral_name(name_part):
        return not set(name_part) & _GRADE_CHARS
    freq = _word_frequencies()
    in_data = any(d.level == "village" for d in gaz.deep.get(name, []))
    if (in_data or unit_after) and _FAMILY_NAME_RE.fullmatch(name_part) and name_part[0] in _surnames() and \
            name_part[0] not in _NOT_FAMILY and not any(w in name_part for w in _CATEGORY_WORDS):
        return True  # 韩家村, 王家营子村: a family's village (韩家 is also a word), which the data holds
    if any(w in name_part for w in _CATEGORY_WORDS):
        return False
    if in_data and unit_after and freq.get(name, 0) < _RARE_WORD_FREQ:
        return True  # 光荣村党支部书记…: a village of the data before its own unit, though 光荣 is a word
    if freq.get(name_part, 0) >= _RARE_WORD_FREQ:
        return False
    if in_data:
        return True
    for size in (2, 3, 4):
        for i in range(len(name_part) - size + 1):
            if freq.get(name_part[i:i + size], 0) >= (200 if size == 2 else _RARE_WORD_FREQ):
                return False
    return True


# jieba frequency from which a township's name part is an everyday word (乌兰 7, 库伦 30; 新华 549, 团结 3941)
_TOWN_WORD_FREQ = 100


def _common_place_word(name: str, suffix: str) -> bool:
    """小城镇, 特色小镇, 重点镇: a word for a kind of town (a dictionary word, or a category word in it)."""
    freq = _word_frequencies()
    part = name[: -len(suffix)]
    return freq.get(name, 0) > 0 or freq.get(part, 0) >= _TOWN_WORD_FREQ or \
        any(w in part for w in _CATEGORY_WORDS)


def _unique_township(gaz: Gazetteer, name: str, name_part: str) -> Division | None:
    """桑根达来镇 with its banner unnamed: the data's only township of that name, when the name is no word.

    Township names repeat less than village names, and one the focus region holds once
    names that place; a name that is an everyday word (新华镇, 团结镇) needs its banner named.
    """
    divs = gaz.deep.get(name, [])
    if len(divs) != 1 or divs[0].level != "township":
        return None
    freq = _word_frequencies()
    if freq.get(name_part, 0) >= _TOWN_WORD_FREQ or \
            any(freq.get(name_part[i:i + 2], 0) >= 1000 for i in range(len(name_part) - 1)):
        return None
    return divs[0]


def _name_ok(name_part: str, verified: bool = False, numerals: bool = False) -> bool:
    """A township/village name part: 2-8 name characters, not itself a generic word.

    Names the dataset confirms may contain numerals (六家子镇); names found by
    grammar alone may not, nor verbs (建立村民小组 is no village), unless ``numerals``
    allows a numeral name (五一村 after its township).
    """
    if not 2 <= len(name_part) <= (12 if verified else 8):
        return False  # the dataset's ethnic townships run long (某某达斡尔鄂温克民族乡)
    if not (_PUNCT_STOP if verified else _NAME_STOP_BUT_HE).isdisjoint(name_part) or name_part[0] in _NAME_STOP:
        return False  # 和 may stand inside a name (呼和诺尔镇), never first
    if not verified and ((not _NUMERALS.isdisjoint(name_part) and not (numerals and _numeral_name(name_part)))
                         or _verbish_re().search(name_part) or name_part.endswith(("农", "乡", "驻", "出"))):
        # 深化农村改革: a verb, or the generic 农村/乡村 split by the suffix; 吸纳驻镇企业, 大事不出村:
        # 驻/出 before 镇/村 is the verb (stationed in, leave), no name's last character
        return False
    return _GENERIC_NAMES_RE.search(name_part) is None


def _deep_lengths(gaz: Gazetteer, text: str, end: int, suffix: str, ends: dict[int, Span]) -> list[int]:
    """The name lengths (2-8 characters and the suffix) worth trying before a suffix ending at ``end``.

    Only those of a township or village name the dataset holds, or reaching back to
    a place that may be its parent, can pass the look-ups of ``PlaceFinder._deep``.
    """
    if suffix == "街":  # looked up as 某某街道
        lengths = [n - 1 for n in gaz.deep_lengths(text[end - 2:end] + "道")]
    else:
        lengths = list(gaz.deep_lengths(text[end - 3:end]))
    lo, hi = len(suffix) + 2, min(len(suffix) + 12, end)
    # the data's lengths come ascending and distinct: only a chained length may need sorting in
    out = [n for n in lengths if lo <= n <= hi]
    reach = min(hi, len(suffix) + 9)
    added = False
    for a, p in ends.items():
        n = end - a
        if lo <= n <= reach and p.level in _PARENT_LEVELS and n not in out:
            out.append(n)
            added = True
    if added:
        out.sort()
    return out


def _name_again(ctx: DocContext, per_sentence: list[list[Span]], found: dict[str, str | None], level: str,
                accept: Callable[[str, int, int, list[Span]], bool]) -> None:
    """Each of ``found`` (name -> parent) wherever a sentence names it again, where ``accept`` allows.

    Names a place found there already overlaps are passed over; the mention keeps the
    level and the parent of the first finding.
    """
    if not found:
        return
    for sent, spans in zip(ctx.sentences, per_sentence, strict=True):
        text = sent.text
        for name, parent in found.items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(s.start < end and at < s.end for s in spans) and accept(text, at, end, spans):
                    spans.append(Span("Place", name, at, end, sent.index, level=level, kind=parent))
                at = text.find(name, end)


def _repeat_chained_townships(ctx: DocContext, per_sentence: list[list[Span]], gaz: Gazetteer) -> None:
    """A township the text chains to its banner once (某旗某某乡) is that township wherever the document names it.

    The dataset does not hold every township (new names, merged ones), so such a name is
    found by grammar only after its parent; written alone in another sentence (干部在某某乡
    推行…) it is the same place, with the same parent.  Only whole names the chain
    confirmed count, not overlapping a place found there already; 乡 before 村 is 乡村.
    """
    chained: dict[str, str | None] = {}
    for spans in per_sentence:
        for s in spans:
            if s.level == "township" and s.kind and s.name not in gaz.deep and s.name not in gaz.divisions:
                chained.setdefault(s.name, s.kind)

    def accept(text: str, at: int, end: int, spans: list[Span]) -> bool:
        return not (text[end - 1] == "乡" and text.startswith(("村", "镇"), end))

    _name_again(ctx, per_sentence, chained, "township", accept)


# jieba frequency from which two characters before a village named again are a word of their own (其中 ≈ 60k)
_EVERYDAY_BEFORE_FREQ = 1000


def _repeat_grammar_villages(ctx: DocContext, per_sentence: list[list[Span]]) -> None:
    """A village found once (某镇把A村、B村、C村…, 光荣村党支部…) is that village wherever the document names it.

    No dataset holds it under a township the document names, so written alone at the head
    of a later paragraph (C村依托…) only the earlier finding vouches for it.  Whole names
    with their suffix only, starting where no name can run on from the left (after a stop,
    a place, an everyday word such as 其中, or at the sentence's start), and not followed by
    民/委/级 (村民, 村委).
    """
    found: dict[str, str | None] = {}
    for spans in per_sentence:
        for s in spans:
            if s.level == "village" and len(s.name) >= 3:
                found.setdefault(s.name, s.kind)

    def accept(text: str, at: int, end: int, spans: list[Span]) -> bool:
        return (at == 0 or text[at - 1] in _NAME_STOP or text[at - 1] in _BEFORE_PLACE or
                any(s.end == at for s in spans) or
                _word_frequencies().get(text[max(0, at - 2):at], 0) >= _EVERYDAY_BEFORE_FREQ) and \
            not text.startswith(("民", "委", "级", "集体", "干部"), end)

    _name_again(ctx, per_sentence, found, "village", accept)


def _village_name_of_data(name: str, suffix: str) -> bool:
    """A village the data holds under a township the document names: no word as a whole, no category.

    Its name part may be an everyday word (兴隆, 红旗, 前进 are common village names) since
    the data and the named township vouch for it; the whole (山村, 新农村) may not be one,
    nor hold a category word (中心村, 示范村).
    """
    part = name[: -len(suffix)]
    return _name_ok(part, verified=True) and _word_frequencies().get(name, 0) < _RARE_WORD_FREQ and \
        not any(w in part for w in _CATEGORY_WORDS)


def _villages_of_named_townships(ctx: DocContext, per_sentence: list[list[Span]], gaz: Gazetteer,
                                 ancestors: set[str]) -> None:
    """A village the data holds under a township the document names, written alone anywhere in the document.

    The banner may go unnamed (某某镇 found on its own, then 某某村 two paragraphs on): the
    township is the village's parent in the same document, which the look-up under the
    named leagues and banners cannot see.  Only whole names of the data, written with
    their suffix, starting after a character no name holds, and reading as a name
    (``_village_name_of_data``: 中心村 or 山村 stays out); a name under two of the
    named townships gets no parent.
    """
    towns = {s.name for spans in per_sentence for s in spans
             if s.level == "township" and s.name in gaz.deep and s.name not in ancestors}
    if not towns:
        return
    under: dict[str, set[str]] = {}
    for town in towns:
        for name in gaz.villages_under(town):
            under.setdefault(name, set()).add(town)
    # only the names the report holds at all (a few of the dozens under the named townships)
    under = {name: parents for name, parents in under.items() if name in ctx.document.text}
    if not under:
        return
    for sent, spans in zip(ctx.sentences, per_sentence, strict=True):
        text = sent.text
        if "村" not in text and "嘎查" not in text and "社区" not in text:
            continue
        for name, parents in under.items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                suffix = next(x for x in ("嘎查", "社区", "村") if name.endswith(x))
                if (at == 0 or text[at - 1] in _NAME_STOP or text[at - 1] in _BEFORE_PLACE or
                        any(s.end == at for s in spans)) and \
                        not text.startswith(("民", "委", "级", "集体", "干部"), end) and \
                        not any(s.start < end and at < s.end for s in spans) and \
                        _village_name_of_data(name, suffix):
                    spans.append(Span("Place", name, at, end, sent.index, level="village",
                                      kind=next(iter(parents)) if len(parents) == 1 else None))
                at = text.find(name, end)


class PlaceFinder:
    """Finds the place mentions of one document and its topic place per sentence."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or load_gazetteer()

    def __call__(self, ctx: DocContext) -> None:
        gaz = self.gaz
        doc_places: set[str] = set()
        per_sentence: list[list[Span]] = []
        short_villages: list[list[tuple[int, int, str]]] = []
        for sent in ctx.sentences:
            spans = []
            villages: list[tuple[int, int, str]] = []
            for start, end, name in _scan_divisions(sent.text, gaz, villages):
                div = gaz.divisions[name]
                spans.append(Span("Place", name, start, end, sent.index, level=div.level))
                doc_places.add(name)
            per_sentence.append(spans)
            short_villages.append(villages)
        ancestors = set(doc_places)
        for name in list(doc_places):
            ancestors.update(gaz.ancestors(name))
        # how often each is named: a township of two named banners is the most named one's
        weight = Counter(s.name for spans in per_sentence for s in spans)
        # deep levels: dataset under a named place, or chained to a parent in the text
        for sent, spans in zip(ctx.sentences, per_sentence, strict=True):
            spans.extend(self._deep(sent.text, sent.index, spans, ancestors, weight))
        _repeat_chained_townships(ctx, per_sentence, gaz)
        _repeat_grammar_villages(ctx, per_sentence)
        _villages_of_named_townships(ctx, per_sentence, gaz, ancestors)
        for sent, spans, villages in zip(ctx.sentences, per_sentence, short_villages, strict=True):
            for a, b, banner in villages:
                # 某锦淖村 with no township written before it: a village of the banner its name opens with
                if not any(s.start < b and a < s.end for s in spans) and \
                        _proper_village(sent.text[a:b].removesuffix("嘎查").removesuffix("村"), gaz, sent.text[a:b],
                                        unit_after=_UNIT_AFTER.match(sent.text, b) is not None):
                    spans.append(Span("Place", sent.text[a:b], a, b, sent.index, level="village", kind=banner))
            spans.sort(key=lambda s: s.start)
            ctx.spans.extend(spans)
        for s in ctx.spans:
            if s.label == "Place":
                self._register(ctx, s)
        self._topics(ctx)
        self._anaphora(ctx)

    def _deep(self, text: str, index: int, spans: list[Span], ancestors: set[str],
              weight: Counter[str] | None = None) -> list[Span]:
        gaz = self.gaz
        taken = [(s.start, s.end) for s in spans]
        found: list[Span] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        ends = {s.end: s for s in spans}
        # in order of their ends: finditer's matches do not overlap, so that is the order they come in
        for _start, end, suffix in _deep_candidates(text):
            if text.startswith(("乡镇", "乡", "镇", "嘎查"), end) and suffix in ("苏木", "乡", "镇"):
                continue  # 苏木乡镇: the level words, not a name
            if suffix == "村" and text.startswith("镇银行", end):
                continue  # 某旗某某村镇银行: a kind of bank (a rural bank), no village
            verified: Span | None = None
            chained: Span | None = None
            for length in _deep_lengths(gaz, text, end, suffix, ends):
                a = end - length
                name = text[a:end]
                key = name + "道" if suffix == "街" else name
                div = gaz.deep_under(key, ancestors, weight) if key in gaz.deep else None
                if div is None and key in gaz.deep and suffix in ("镇", "苏木", "乡"):
                    div = _unique_township(gaz, key, name[: -len(suffix)])
                parent = ends.get(a)
                if div is None and (parent is None or parent.level not in ("banner", "township", "league")):
                    continue
                if not free(a, end):  # after the look-ups: most lengths fail those first
                    continue
                numerals = div is None and parent is not None and parent.level in ("township", "banner") and \
                    DEEP_LEVEL.get(suffix) == "village"  # 上都镇五一村: a numeral name after its township
                if not _name_ok(name[: -len(suffix)], verified=div is not None, numerals=numerals):
                    continue
                if div is not None:
                    if suffix == "街":
                        name = div.name
                    verified = Span("Place", name, a, end, index, level=div.level)
                    verified.kind = parent.name if parent is not None else (
                        div.parent if div.parent in ancestors else None)
                elif parent is not None and parent.level in ("banner", "township", "league") and \
                        not _word_across_suffix(name[: -len(suffix)], suffix) and \
                        not _slogan_township(name[: -len(suffix)], suffix, text, end) and \
                        not _brand_xiang(name[: -len(suffix)], suffix, text, end):
                    # chained to a parent in the text: the text's hierarchy wins
                    skip = _verb_after_parent(name[: -len(suffix)])
                    if skip and not _vouched_village_name(name[skip:], suffix, gaz, bool(_UNIT_AFTER.match(text, end))):
                        continue  # 某镇组织群众村…: a verb, and no name after it
                    chained = Span("Place", name[skip:], a + skip, end, index,
                                   level=DEEP_LEVEL.get(suffix, "township"))
                    chained.kind = parent.name
            best = verified or chained
            # 某区太平庄镇 where the data holds only 平庄镇: the longer name the text chains to its parent
            cut = verified is not None and _cut_at_left(text, verified.start, ends, verified.level == "village")
            if cut and verified is not None and chained is not None and chained.start == verified.start - 1:
                best = chained
            # 在某某苏木，…: the whole name after an opening 在, though the data holds a shorter
            # township (查干某某苏木 where only 某某苏木 is in the data) somewhere else
            opening = text.startswith("在") and 1 < end - len(suffix) and (best is None or
                                                                        (best.start > 1 and verified is best))
            if cut and verified is not None and verified is best:
                # 太平庄镇推行…, 在太平庄镇，…: the whole name from the last character no name holds
                a = verified.start - 1
                if (a == 0 or text[a - 1] in _NAME_STOP or text[a - 1] in _BEFORE_PLACE) and free(a, end) and \
                        _name_ok(text[a:end - len(suffix)]) and not _common_place_word(text[a:end], suffix):
                    best = Span("Place", text[a:end], a, end, index, level=verified.level)
            opening = opening and verified is best
            if (best is None or opening) and suffix in ("镇", "苏木", "乡"):
                # 某某回族乡, 某某鄂温克民族苏木: the people's name stands between the name and the suffix
                ethnic = _ETHNIC_TOWNSHIP_RE.search(text, max(0, end - len(suffix) - 6), end - len(suffix))
                extra = len(ethnic.group()) if ethnic is not None else 0
                # (a sumu's transliterated name runs longer: 宝格达音高勒苏木, six characters)
                longest = 8 if suffix == "苏木" else 4
                for length in range(len(suffix) + extra + 2, len(suffix) + extra + longest + 1):
                    a = end - length
                    part = text[a:end - len(suffix) - extra]
                    if len(part) > 4 and not all(ch in transliteration_chars() for ch in part):
                        continue
                    if part.startswith(_CLAUSE_LEAD_WORDS):
                        continue  # ，如今开着苏木配发的巡逻车: the clause's lead word, no name
                    # (an ethnic township's name may hold numerals: 小五家回族乡; not a count, 三个回族乡)
                    if a < 0 or not free(a, end) or not _name_ok(part, verified=bool(extra)) or "个" in part or \
                            _slogan_township(part, suffix, text, end) or \
                            (not extra and _word_across_suffix(part, suffix)) or \
                            (suffix == "乡" and not extra and not _xiang_name_by_grammar(text[a:end - 1], text, end)):
                        continue
                    if text.startswith("中共", a):
                        continue  # 中共某镇委员会: the party's name is no part of the township's
                    party = text.endswith("中共", 0, a) and (a == 2 or text[a - 3] in "，。；：、“（(")
                    if (a == 0 or text[a - 1] in "，。；：、“（(" or party or _township_lead(text, a, end)) and \
                            not _common_place_word(text[a:end], suffix) and \
                            not text.startswith(_TOWNSHIP_OPENERS, a):  # 走进某镇: the verb is no part of it
                        best = Span("Place", text[a:end], a, end, index, level="township")
            if best is not None:
                found.append(best)
                taken.append((best.start, best.end))
                ends[best.end] = best
        # a township written without its suffix right after its banner (某县某某 → 某某镇 in the data)
        for parent in [s for s in spans if s.level == "banner"]:
            for length in (4, 3, 2):
                bare = text[parent.end:parent.end + length]
                if len(bare) < length or not free(parent.end, parent.end + length) or not _name_ok(bare):
                    continue
                if text.startswith(("镇", "乡", "苏木", "街道", "嘎查", "村"), parent.end + length):
                    continue  # the suffixed name is found above
                divs = [d for suffix in ("镇", "苏木", "乡") for d in gaz.deep.get(bare + suffix, [])
                        if d.parent == parent.name and d.level == "township"]
                if len(divs) == 1:
                    short = Span("Place", divs[0].name, parent.end, parent.end + length, index, level="township")
                    short.kind = parent.name
                    found.append(short)
                    taken.append((short.start, short.end))
                    break
        found.extend(self._grammar_villages(text, index, spans + found, free, taken))
        # list continuation: "X村、Y村、Z村" (or a last "和Z村") after a found village
        more: list[Span] = []
        for sp in found:
            pos = sp.end
            # 某村党总支、某村党总支: the list may run through the same unit after each village
            unit_m = _UNIT_AFTER.match(text, pos) if sp.level == "village" else None
            unit = unit_m.group() if unit_m is not None else ""
            pos += len(unit)
            while pos < len(text) and text[pos] in "、和及":
                m = re.match(r"[、和及]([^、，。；：“”（）\s\d]{2,8}?)(苏木|嘎查|社区|镇|乡|村)", text[pos:])
                if not m or DEEP_LEVEL[m.group(2)] != sp.level or not free(pos + 1, pos + m.end()) or \
                        not text.startswith(unit, pos + m.end()):
                    break
                if text[pos] != "、" and not _proper_village(m.group(1), gaz, m.group(1) + m.group(2)):
                    break  # 和/及 join a last item only when it reads as a name
                nxt = Span("Place", m.group(1) + m.group(2), pos + 1, pos + m.end(), index, level=sp.level)
                nxt.kind = sp.kind
                more.append(nxt)
                taken.append((nxt.start, nxt.end))
                pos += m.end() + len(unit)
        return found + more

    def _grammar_villages(self, text: str, index: int, spans: list[Span], free: Callable[[int, int], bool],
                          taken: list[tuple[int, int]]) -> list[Span]:
        """Villages the grammar names though no parent is written next to them.

        - a name opening its clause right before its unit (，宝日胡硕嘎查党支部领办…);
        - the name opening the clause after 在某镇， (在某镇，某嘎查…), which puts it in that township;
        - the first of a list right after 某镇在 (某镇在A村、B村等N个村推广…), in that township.
        The name must read as one (see ``_proper_village``).  The township the sentence
        opens with (在某镇，) or that its clause names before the village is its parent.
        """
        gaz = self.gaz
        out: list[Span] = []
        townships = [s for s in spans if s.level == "township"]
        # the pattern's scan only where a village word and a unit word are (about one sentence in seven)
        unit_named = ("村" in text or "嘎查" in text or "社区" in text) and _UNIT_AFTER.search(text)
        if not townships and not unit_named:
            return out  # neither a township to name villages after nor a unit: no candidate (most sentences)
        opener = next((s for s in townships if text[s.end:s.end + 1] in ("，", ",")
                       and _opens_clause(text, self._chain_start(s, spans))), None)
        candidates = [(m.start(1), m.end(), m.group(1), m.group(2))
                      for m in (_VILLAGE_BEFORE_UNIT.finditer(text) if unit_named else ())]
        if unit_named and "辖" in text:
            candidates += [(m.start(1), m.end(), m.group(1), m.group(2)) for m in _VILLAGE_HELD_RE.finditer(text)]
        for t in townships:
            # 说起某镇的某村，…: a village its township names with 的
            m = _IN_TOWNSHIP_CLAUSE.match(text, t.end + 1) if text.startswith("的", t.end) else None
            if m is not None and text[m.end():m.end() + 1] in ("，", "。", "；", "、", "") and \
                    (m.start(1), m.end()) not in [(c[0], c[1]) for c in candidates]:
                candidates.append((m.start(1), m.end(), m.group(1), m.group(2)))
        for t in townships:
            # 某镇在A村、B村等N个村推广…: the list's first village right after the township's 在
            m = _LISTED_AFTER_ZAI.match(text, t.end) if text.startswith("在", t.end) else None
            if m is not None and (m.start(1), m.end()) not in [(c[0], c[1]) for c in candidates]:
                candidates.append((m.start(1), m.end(), m.group(1), m.group(2)))
        if opener is not None:
            m = _IN_TOWNSHIP_CLAUSE.match(text, opener.end + 1)
            if m is not None and (m.start(1), m.end()) not in [(c[0], c[1]) for c in candidates]:
                candidates.append((m.start(1), m.end(), m.group(1), m.group(2)))
        for a, b, part, suffix in candidates:
            if "和" in part[1:] and not _proper_village(part, gaz, part + suffix):
                cut = part.rindex("和") + 1  # 合作社和某某嘎查党支部: the name starts after 和
                a, part = a + cut, part[cut:]
            held = max(part.rfind("所辖"), part.rfind("下辖"))
            if held >= 0 and len(part) - held - 2 >= 2:
                a, part = a + held + 2, part[held + 2:]  # 街道所辖某社区党委: the name starts after 所辖
            unit_after = bool(_UNIT_AFTER.match(text, b))
            skip = _verb_after_parent(part)
            after_verb = bool(skip) and _vouched_village_name(part[skip:] + suffix, suffix, gaz, unit_after)
            if after_verb:
                a, part = a + skip, part[skip:]  # ，引导某村党总支…: the clause's verb opens the match
            name = part + suffix
            # (所辖某社区, 某镇在某村、…: a township the sentence ties the village to vouches for a name the data holds)
            under = (text.endswith(("所辖", "下辖"), 0, a) or
                     (text.endswith("在", 0, a) and text[b:b + 1] == "、" and
                      any(t.end == a - 1 for t in townships))) and _vouched_village_name(name, suffix, gaz, unit_after)
            if not free(a, b) or not (after_verb or under or _proper_village(part, gaz, name, unit_after)):
                continue
            span = Span("Place", name, a, b, index, level=DEEP_LEVEL[suffix])
            clause_start = max(text.rfind(c, 0, a) for c in "，；：。") + 1
            parent = next((s for s in reversed(townships) if clause_start <= s.start and s.end <= a), None)
            if parent is None and opener is not None and opener.end <= a:
                parent = opener
            earlier = {s.name for s in townships if s.end <= a}
            if parent is None and len(earlier) == 1:
                # 在某镇采访时，提起某村党支部书记…: the one township the sentence named before the village
                parent = next(s for s in townships if s.end <= a)
            span.kind = parent.name if parent is not None else None
            out.append(span)
            taken.append((a, b))
        return out

    @staticmethod
    def _chain_start(township: Span, spans: list[Span]) -> int:
        """Where the chain of places ending in ``township`` starts (某旗某镇: at the banner)."""
        start = township.start
        ends = {s.end: s for s in spans}
        while start in ends and ends[start].start < start:
            start = ends[start].start
        return start

    def _register(self, ctx: DocContext, span: Span) -> None:
        gaz = self.gaz
        div = gaz.divisions.get(span.name)
        sentence_text = ctx.sentences[span.sentence].text
        surface = sentence_text[span.start:span.end]
        aliases = [surface] if surface != span.name else []
        if div is not None:
            if div.short and div.short != span.name and div.short not in aliases:
                aliases.append(div.short)  # (not twice when the text wrote the short form)
            ent = ctx.add_entity("Place", span.name, span.sentence, level=div.level, code=div.code,
                                 aliases=aliases)
        else:
            ent = ctx.add_entity("Place", span.name, span.sentence, level=span.level, aliases=aliases)
        # the evidence should name the place in full, in a sentence rather than a heading
        if span.name not in ent.evidence.text and surface == span.name and len(sentence_text) > 12:
            ent.evidence = Evidence.of(ctx.sentences[span.sentence])

    def _topics(self, ctx: DocContext) -> None:
        """The place each sentence is about.

        The document's most-named league or banner is the default.  A paragraph that
        opens with a place at the main place's level or above switches the section's
        topic (multi-article pages); one that opens with a deeper place is about that
        place for that paragraph only.
        """
        counts: Counter[str] = Counter()
        for s in ctx.spans:
            if s.label == "Place" and s.level in ("league", "banner"):
                counts[s.name] += 1
        main = self._main_place(ctx, counts)
        main_rank = _RANK.get(self.gaz.divisions[main].level, 2) if main in self.gaz.divisions else 2
        section = main
        paragraph: str | None = None
        local: str | None = None
        stated = False
        wide = False  # the paragraph spoke of the whole league or banner (目前，全旗…)
        # (in a district's report 全区 is the whole district, as 全旗 in a banner's)
        wide_re = _WIDE_DISTRICT_RE if main and _district_of(main, self.gaz) else _WIDE_ANAPHOR_RE
        for sent in ctx.sentences:
            starts_paragraph = ctx.opens_paragraph(sent.index)
            if not starts_paragraph:
                wide = wide or (paragraph is not None and wide_re.search(sent.text) is not None)
                # a league or banner opening a sentence inside a paragraph (通辽市坚持…) ends the
                # deeper place's paragraph and is the subject until the paragraph ends; a deeper
                # place there is the subject of its own sentence only (a list of examples)
                subject = self._sentence_subject(ctx, sent.index)
                level = self.gaz.divisions[subject].level if subject in self.gaz.divisions else "village"
                if subject is not None and _RANK.get(level, 4) <= main_rank:
                    local = subject
                    paragraph = None
                elif subject is not None and not stated:
                    local = subject  # 如何…？科尔沁区按照…: the paragraph's first statement names its place
            else:
                local = None
                stated = False
                if wide:
                    paragraph = None  # a paragraph that went on to the whole banner left the deeper place
                wide = False
                # a deeper place stays the topic of following paragraphs that name no league or banner
                named = [s for s in ctx.spans_in(sent.index, "Place") if s.level in ("league", "banner")]
                if named or _ANAPHOR_RE.search(sent.text) or _LEVEL_UNIT_RE.search(sent.text) or \
                        (len(sent.text) <= 25 and not re.search(r"[，。]", sent.text)) or \
                        _NUMBERED_HEADING_RE.match(sent.text):
                    paragraph = None  # (a numbered section, （七）加强…，…, starts afresh too)
                if sent.text.startswith(("■", "#")):
                    section = main
                subject = self._sentence_subject(ctx, sent.index)
                if subject is not None:
                    level = self.gaz.divisions[subject].level if subject in self.gaz.divisions else "village"
                    if _RANK.get(level, 4) <= main_rank:
                        section = subject
                    else:
                        paragraph = subject
            if not (sent.text.rstrip().endswith(("？", "?")) or len(sent.text) <= 25):
                stated = True  # a statement, not a question or a heading
            ctx.topic[sent.index] = local or paragraph or section or ""

    def _document_places(self, ctx: DocContext) -> dict[str, str]:
        """The document's own league and banner: the main place and its ancestors, else the only one named.

        The main place is the most named league or banner; a level below it is the
        document's own only when the document names a single place of that level.
        """
        counts: Counter[str] = Counter()
        for s in ctx.spans:
            if s.label == "Place" and s.level in ("league", "banner") and not s.anaphor:
                counts[s.name] += 1
        main = self._main_place(ctx, counts)
        out: dict[str, str] = {}
        for name in ([main, *self.gaz.ancestors(main)] if main else []):
            div = self.gaz.divisions.get(name)
            if div is not None and div.level in ("league", "banner"):
                out.setdefault(div.level, name)
        by_level: dict[str, list[str]] = {}
        for name in counts:
            level = self.gaz.divisions[name].level if name in self.gaz.divisions else None
            if level in ("league", "banner"):
                by_level.setdefault(level, []).append(name)
        for level, names in by_level.items():
            if len(names) == 1:  # a league's report naming several banners has no banner of its own
                out.setdefault(level, names[0])
        return out

    def _same_place(self, ctx: DocContext, index: int, paragraph_places: list[Span]) -> None:
        """该镇/该乡/该苏木/该村/该嘎查/该社区/该街道: the nearest earlier place of that kind in the paragraph.

        So is the level word alone before a township's post opening a clause (镇党委书记某某,
        苏木长某某).  The spans are anaphors of kind ``BACK_REFERENCE``: a person's post after
        one is in that place.

        The document's topic (its banner) is not what 该镇 points to; the township the
        paragraph named last is, even when the sentence also names another party later.
        """
        text = ctx.sentences[index].text
        matches = list(_SAME_PLACE_RE.finditer(text))
        here = ctx.spans_in(index, "Place") if matches else []
        for m in matches:
            if any(s.start <= m.start() < s.end for s in here):
                continue
            earlier = paragraph_places + [s for s in here if not s.anaphor and s.end <= m.start()]
            target = _same_place_target(m.group(), m.group(1) or m.group(2), earlier, ctx.topic.get(index))
            if target is None:
                continue
            ctx.spans.append(Span("Place", target.name, m.start(), m.end(), index, level=target.level,
                                  kind=BACK_REFERENCE, anaphor=True))
            if target.level == "township" and text.startswith("在", m.end()):
                for village in self._listed_villages(text, index, m.end(), target.name, here):
                    ctx.spans.append(village)
                    self._register(ctx, village)
            elif target.level == "township" and m.group(1):
                after = self._village_after_same(text, index, m.end(), target.name, here)
                if after is not None:
                    ctx.spans.append(after)
                    self._register(ctx, after)

    def _village_after_same(self, text: str, index: int, at: int, town: str, here: list[Span]) -> Span | None:
        """该镇某某村推行…: the village written right after 该镇 is in the township 该镇 points to.

        The name must read as one (``_proper_village``) and no place found already may
        overlap it (a village the deep scan found keeps its own parent).
        """
        m = _VILLAGE_AFTER_SAME.match(text, at)
        if m is None or not _proper_village(m.group(1), self.gaz, m.group(1) + m.group(2),
                                            unit_after=_UNIT_AFTER.match(text, m.end()) is not None) or \
                any(s.start < m.end() and at < s.end for s in here):
            return None
        return Span("Place", m.group(1) + m.group(2), at, m.end(), index, level="village", kind=town)

    def _listed_villages(self, text: str, index: int, at: int, town: str, here: list[Span]) -> list[Span]:
        """该镇在A村、B村等N个村…: the villages listed right after the township's 在 (in that township).

        The first must read as a village's name (``_proper_village``), the others follow
        it with 、 (和/及 only before a name that reads as one too), as in ``_deep``.
        """
        m = _LISTED_AFTER_ZAI.match(text, at)
        if m is None or not _proper_village(m.group(1), self.gaz, m.group(1) + m.group(2)) or \
                any(s.start < m.end() and m.start(1) < s.end for s in here):
            return []
        out = [Span("Place", m.group(1) + m.group(2), m.start(1), m.end(), index, level="village", kind=town)]
        pos = m.end()
        while pos < len(text) and text[pos] in "、和及":
            nxt = re.match(r"[、和及]([^、，。；：“”（）\s\d]{2,8}?)(嘎查|社区|村)", text[pos:])
            if nxt is None or (text[pos] != "、" and not _proper_village(nxt.group(1), self.gaz,
                                                                          nxt.group(1) + nxt.group(2))):
                break
            out.append(Span("Place", nxt.group(1) + nxt.group(2), pos + 1, pos + nxt.end(), index, level="village",
                            kind=town))
            pos += nxt.end()
        return out

    def _main_place(self, ctx: DocContext, counts: Counter[str]) -> str | None:
        if not counts:
            regions = [s.name for s in ctx.spans if s.label == "Place"]
            return regions[0] if regions else None
        return counts.most_common(1)[0][0]

    def _sentence_subject(self, ctx: DocContext, index: int) -> str | None:
        """A league or banner that opens a sentence (after a time phrase) becomes the topic."""
        places = ctx.spans_in(index, "Place")
        if not places:
            return None  # (most sentences: no lead phrase to match)
        text = ctx.sentences[index].text
        lead = _SUBJECT_LEAD.match(text)
        offset = lead.end() if lead else 0
        chain: list[Span] = []
        for s in places:
            if s.anaphor:
                continue
            if (not chain and s.start == offset) or (chain and s.start == chain[-1].end):
                chain.append(s)
        if chain and len(text) > 25:
            last = chain[-1]
            if text[last.start:last.end] != last.name and _BODY_AFTER_SHORT.match(text, last.end):
                return None  # 阿拉善驼源乳业有限公司总经理…: a short form opening a body's name
            return last.name
        return None

    def _anaphora(self, ctx: DocContext) -> None:
        gaz = self.gaz
        doc_level = self._document_places(ctx)
        paragraph_named: set[str] = set()
        paragraph_places: list[Span] = []  # the paragraph's places so far, in text order (for 该镇)
        for sent in ctx.sentences:
            if ctx.opens_paragraph(sent.index):
                paragraph_named = set()
                paragraph_places = []
            if "该" in sent.text or "镇" in sent.text or "乡" in sent.text or "苏木" in sent.text:
                self._same_place(ctx, sent.index, paragraph_places)
            named = [s for s in ctx.spans_in(sent.index, "Place") if not s.anaphor]
            paragraph_places.extend(named)
            paragraph_named.update(s.name for s in named)
            topic = ctx.topic.get(sent.index)
            if not topic:
                continue
            for m in _ANAPHOR_RE.finditer(sent.text):
                level = ANAPHORA[m.group()]
                target = _resolve(topic, level, gaz, m.group())
                district = (_district_of(topic, gaz) or _district_of(doc_level.get("banner", ""), gaz)) \
                    if m.group() in ("全区", "我区") else None
                if district is not None:
                    level, target = "banner", district  # 全区 in a report about 某某区 (a city's district) is that district
                city = doc_level.get("banner", "")
                if m.group() in ("全市", "我市", "本市") and city.endswith("市") and target != city and \
                        target not in paragraph_named and (target is None or target in gaz.ancestors(city)):
                    # 全市 in a county-level city's report (满洲里市, 扎兰屯市) is that city, not its league,
                    # unless the paragraph names the league
                    level, target = "banner", city
                if level in ("league", "banner") and m.group()[0] in "全我本" and target not in paragraph_named \
                        and doc_level.get(level):  # (该旗 points back to the banner last named)
                    # 全盟/全旗 in a paragraph that names no place of that level: the document's own
                    # (下一步，全盟将… after a paragraph about one banner; 全旗 after a paragraph about the league)
                    target = doc_level[level]
                if target is None:
                    continue
                if any(s.start <= m.start() < s.end for s in ctx.spans_in(sent.index)):
                    continue
                if sent.text.startswith(_not_place_after(), m.end()) or \
                        (m.group() == "自治区" and sent.text[:m.start()].endswith("内蒙古")):
                    continue  # 全区劳动模范, (内蒙古)自治区劳动模范: an honour's name
                ctx.spans.append(Span("Place", target, m.start(), m.end(), sent.index,
                                      level=level, anaphor=True))
                if level == "region":
                    div = gaz.divisions.get(target)
                    ctx.add_entity("Place", target, sent.index, level="region",
                                   code=div.code if div else None)
        ctx.spans.sort(key=lambda s: (s.sentence, s.start))


def _same_place_target(word: str, suffix: str, earlier: list[Span], topic: str | None) -> Span | None:
    """The place 该镇/该苏木/该村 points back to: the nearest earlier one written with that suffix.

    Only places of the paragraph count (``earlier``, nearest last); with none, the topic if
    it is such a place (a paragraph about one township).  乡 and 镇 are told apart (该乡 is
    no 镇); a list's items are all candidates and the last one wins, as in the text.
    """
    for span in reversed(earlier):
        if span.level in ("township", "village") and span.name.endswith(suffix):
            return span
    if topic and topic.endswith(suffix):
        return Span("Place", topic, 0, 0, -1, level=DEEP_LEVEL[suffix])
    return None


def _district_of(topic: str, gaz: Gazetteer) -> str | None:
    """The banner-level district (某某区 of a city) that the topic is or lies in, if any.

    A district's report says 全区/我区 of itself, as a banner's says 全旗; only the
    autonomous region's own texts (or a banner's, which has no 区 of its own) mean the region.
    """
    for name in (topic, *gaz.ancestors(topic)):
        div = gaz.divisions.get(name)
        if div is not None and div.level == "banner" and name.endswith("区"):
            return name
    return None


def _resolve(topic: str, level: str, gaz: Gazetteer, word: str = "") -> str | None:
    """The topic place itself or its ancestor at ``level``.

    全市 in a paragraph about a county-level city (扎兰屯市) is that city: the
    anaphor names the topic when the topic's name ends in the anaphor's level word.
    """
    if word and word[-1] in "市旗县" and topic.endswith(word[-1]):
        return topic
    div = gaz.divisions.get(topic)
    if div is not None and div.level == level:
        return topic
    for anc in gaz.ancestors(topic):
        d = gaz.divisions.get(anc)
        if d is not None and d.level == level:
            return anc
    if div is None and level in ("township", "village"):
        return topic
    return None
