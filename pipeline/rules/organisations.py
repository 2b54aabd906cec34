"""Named organisations by suffix grammar, and persons by role cues.

An organisation is a name ending in a suffix of ``org_suffixes.tsv``
(专业合作社, 协会, 党支部, 集团, 有限责任公司, 大学, 银行 …) whose name part is
specific: a place in front of it (新安镇党委, 扎鲁特旗…公司) or a proper name
of its own (查干花养殖专业合作社).  Generic ones (嘎查村党组织, 各村党总支,
社会组织) are not organisations of the graph.  Besides:

- 旗民政局, 旗委组织部, 旗某某纪念馆: written with the level only, of the topic's banner or league;
- 村党总支, 社区党委 opening a clause in a paragraph about one village: that village's;
- …检查站执勤三队: a numbered unit is the organisation meant, not its parent;
- 纪念馆, 工作站 (``facility`` in the lexicon): named by a proper prefix, not by
  generic words (facility_generic_words.tsv) nor set up by the dozen;
- X镇党委政府 is the place acting; 孝心银行 (scheme_heads.tsv) is a scheme, not a bank.

A person is a name right after a role cue (书记, 村主任, 嘎查达 …, from
``person_roles.tsv``) that ends where a verb or punctuation starts, the names
listed after it, a name before 同志/老人, a name taking up a post (某某担任…书记),
a name founding a named body (某某牵头成立了某合作社), or a member quoted to the
reporter (党员某某跟记者说).  Everyday words (jieba's dictionary) are not
two-character names unless jieba tags them a name and a speech verb follows
(书记王明说).  Transliterated names may go on over 和 (巴图孟和带领…).  Bylines,
photo credits and credit lines (图片由…提供) are not people of the graph (SCHEMA.md),
nor do credit lines name organisations.

Names made only of words of trade (养殖专业合作社; org_generic_words.tsv), with a
verb between place and suffix (某镇有小学) or with 各/每个 in them are generic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.facts import Evidence
from policykg.paths import lexicon

from .context import DocContext, Span

_GENERIC_HEADS = ("嘎查村", "村", "社区", "基层", "各级", "非公企业", "社会", "企业", "农牧民", "专业", "村级",
                  "股份制经济", "合作", "党", "各类", "新", "该", "本", "各", "全", "一", "两", "驻区", "辖区",
                  "市直", "盟直", "旗直", "国有", "民营", "机关", "事业", "领导", "集体经济", "相关", "有关")
_NAME_CHARS = r"[\u4e00-\u9fff]"
_NAME_CHAR_RE = re.compile(_NAME_CHARS)  # asked for every character after a role cue
# bracketed words inside firms' names (某某（集团）有限公司)
_BRACKETED_PARTS = ("（集团）", "(集团)", "（控股）", "(控股)")
# function characters that also make words of names (乳都, 薯都): the left walk may cross one of them
# when a place opens the name a character or two before it
_SOFT_BREAK = frozenset("都")
_BREAK = set("的和与在为是了等及对向把将由从以被、，。；：“”（）()《》 　到并也还又就都而于给让使用同跟")


@lru_cache(maxsize=1)
def org_suffixes() -> list[tuple[str, str]]:
    rows = []
    for line in lexicon("org_suffixes.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            suffix, kind = line.split("\t")[:2]
            rows.append((suffix.strip(), kind.strip()))
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


@lru_cache(maxsize=1)
def _suffix_rows() -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")]
            for line in lexicon("org_suffixes.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def facility_suffixes() -> frozenset[str]:
    """Suffixes flagged ``facility`` (纪念馆, 工作站 …): named by a proper prefix, not by a place."""
    return frozenset(r[0] for r in _suffix_rows() if r[2:3] == ["facility"])


@lru_cache(maxsize=1)
def whole_names() -> frozenset[str]:
    """Suffixes flagged ``name``: a complete organisation name on its own (人民日报社)."""
    return frozenset(r[0] for r in _suffix_rows() if r[2:3] == ["name"])


@lru_cache(maxsize=1)
def _name_words() -> tuple[str, ...]:
    return tuple(ln.strip() for ln in lexicon("org_name_words.tsv").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=8192)  # asked for every place span of every sentence; place names repeat
def department_words_in(name: str) -> bool:
    """住房和城乡: a "place" that holds a department's words (和城乡, 和社会 …) is the start of a department's name."""
    return any(name.find(w, 1) > 0 for w in _name_words() if len(w) >= 3)


@lru_cache(maxsize=1)
def _name_words_ending() -> tuple[str, ...]:
    """Name words whose last character is a function word (天和, 乳都): they end at it."""
    return tuple(w for w in _name_words() if w[-1] in _BREAK and w[0] not in _BREAK)


def _name_word_at(text: str, i: int) -> bool:
    """A word of a name (向日葵, 和平; 天和, 乳都) holds the function character at ``i``."""
    return text.startswith(_name_words(), i) or \
        any(text.startswith(w, i - len(w) + 1) for w in _name_words_ending() if i - len(w) + 1 >= 0)


@lru_cache(maxsize=1)
def person_nouns() -> tuple[str, ...]:
    """Common nouns for people (干部, 群众 …) that a cue may be followed by instead of a name."""
    return tuple(ln.strip() for ln in lexicon("person_nouns.tsv").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _word_frequencies() -> dict[str, int]:
    """jieba's dictionary (loaded by the cleaner anyway): a frequent word is not a two-character name."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


def common_word(name: str) -> bool:
    """农村, 周边, 马上: two characters that start with a surname but are an everyday word (or a count, 万人)."""
    return len(name) == 2 and ((_word_frequencies().get(name) or 0) >= _COMMON_WORD_FREQ or name[1] in "人名个户次位")


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's part-of-speech tags (nr: a person's name) for the words of its dictionary."""
    import jieba.posseg

    _word_frequencies()  # initialises jieba quietly
    return jieba.posseg.dt.word_tag_tab  # type: ignore[no-any-return]


def _everyday_start(name: str) -> bool:
    """常态化, 全程参: a three-character candidate that is, or opens with, an everyday word jieba does not tag a name."""
    if common_word(name[:2]) and _word_tags().get(name[:2], "")[:1] in tuple("cdprufmtav"):
        return True  # 何时能, 马上就: a conjunction, adverb, pronoun … opens it, whatever jieba says of the whole
    if dictionary_name(name) or dictionary_name(name[:2]) or dictionary_name(name[1:]):
        return False  # 王明亮, 包金山 (金山 a given name jieba knows)
    return common_word(name[:2]) or (_word_frequencies().get(name) or 0) >= _COMMON_WORD_FREQ


def dictionary_name(name: str) -> bool:
    """王明, 高峰: a frequent word that jieba itself tags as a person's name (nr), not as an adverb or noun."""
    return _word_tags().get(name) == "nr"


@lru_cache(maxsize=1)
def facility_generic_words() -> tuple[str, ...]:
    """Words that say what a facility does, not which one it is (乡村振兴, 党群服务, 革命 …)."""
    rows = [ln.strip() for ln in lexicon("facility_generic_words.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=1)
def person_roles() -> list[str]:
    rows = [ln.strip() for ln in lexicon("person_roles.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return sorted(rows, key=len, reverse=True)


_NAME_END = ("介绍", "说", "带动", "带领", "感慨", "热泪", "活动", "来", "在", "的", "是", "表示", "告诉", "家",
             "同志", "和", "与", "等", "显得", "一行", "讲", "作", "主动", "也", "就", "还", "正", "今年", "老人",
             "有", "谈", "跟", "笑", "对", "为", "把", "向", "从", "牵头", "创办", "领办", "创立", "组织",
             "发挥", "积极", "主动", "带头", "坚持", "率先", "多年", "一直", "始终", "走访", "看望", "告诉", "通过",
             "利用", "每天", "经常", "先后", "已经", "正在", "带着", "领着", "夫妇", "夫妻", "老两口", "两口子")


@lru_cache(maxsize=1)
def _suffix_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(suffix, kind, re.compile(re.escape(suffix))) for suffix, kind in org_suffixes()]


@lru_cache(maxsize=1)
def _suffixes_by_last() -> dict[str, list[int]]:
    """The positions in ``_suffix_patterns`` of the suffixes ending in each character."""
    by_last: dict[str, list[int]] = {}
    for i, (suffix, _kind, _pattern) in enumerate(_suffix_patterns()):
        by_last.setdefault(suffix[-1], []).append(i)
    return by_last


def _suffixes_in(text: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """The suffixes ``text`` holds, in lexicon order: a sentence holds a few of the ~70."""
    patterns = _suffix_patterns()
    by_last = _suffixes_by_last()
    at = sorted(i for ch in by_last if ch in text for i in by_last[ch])  # ~20 `in` tests, no set(text)
    return [patterns[i] for i in at if patterns[i][0] in text]


@lru_cache(maxsize=1)
def _roles_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(role) for role in person_roles()))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(ln.strip() for ln in lexicon("surnames.tsv").read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def transliteration_chars() -> frozenset[str]:
    text = lexicon("transliteration_chars.tsv").read_text(encoding="utf-8")
    return frozenset("".join(ln.strip() for ln in text.splitlines() if not ln.startswith("#")))


def looks_like_name(name: str) -> str | None:
    """The person name at the start of ``name``: surname + 1-2 characters, or a transliterated name."""
    translit = transliteration_chars()
    run = ""
    for ch in name:
        if ch in translit:
            run += ch
        else:
            break
    if 3 <= len(run) <= 7:
        return run
    if len(run) == 2 and (len(name) == 2 or name[2:].startswith(_NAME_END)):
        return run  # 巴图说: a two-character transliterated name, ended by a verb after a role cue
    if name and name[0] in surnames() and len(name) >= 2:
        return name[:3] if len(name) >= 3 else name
    return None


# jieba tags of a two-character word that can follow a name and end it: verbs, adverbs, prepositions, times
_VERB_TAGS = frozenset(("v", "vd", "vn", "d", "ad", "p", "t"))
# speech verbs: a word between a role cue and one of them is the speaker (书记王明说)
_SPEECH_VERBS = ("说", "表示", "介绍", "告诉", "讲", "谈到", "感慨")

# verbs and function words that end the walk left from an organisation suffix
_LEFT_STOPS = ("创立", "创办", "领办", "引进", "组建", "成立", "推动", "落实", "健全", "完善", "采取", "实施", "建立",
               "会同", "联合", "携手", "联手", "依托", "整合", "上报", "联系", "经过", "调整", "优化", "设立", "推行", "贯彻", "执行", "明确", "制定",
               "组织", "带动", "协调", "支持", "扶持", "服务", "挂职", "兼任", "担任", "争创", "评为", "命名",
               "单位", "部门")
# a verb between a place and a suffix: the place has or builds such a body (有机, 有限 are words of names)
_VERB_HEAD_RE = re.compile("(?:共有|现有|建有|拥有|新建|新成立|是|有(?![机限]))")
_LEFT_STOP_RE = re.compile("(?:" + "|".join(_LEFT_STOPS) + ")$")
_GENERIC_ORG_HEADS = ("牧民", "农民", "苏木乡镇", "乡镇", "县乡", "县级", "旗县", "网格", "街道", "社区", "学校", "小区", "旗级",
                      "盟级", "市级", "村级", "各", "所属", "基层", "机关", "非公", "企业", "农牧民", "专业",
                      "嘎查村", "村", "联合", "股份制", "最强", "领办", "行政", "乡村振兴", "县", "市", "盟", "旗", "镇",
                      "党", "个", "名", "余", "多", "新型", "新成立", "新建", "该", "本", "全", "一", "两", "驻区",
                      "辖区", "市直",
                      "盟直", "旗直", "国有", "民营", "事业", "集体", "相关", "有关", "返乡", "选调生", "高校")


# the level a one-character prefix (市委, 旗民政局) names
_LEVEL_OF = {"市": "league", "盟": "league", "旗": "banner", "县": "banner"}
_BARE_BRANCH_REACH = 5  # sentences back to the village's name for a bare 村党支部 to be that village's
_BARE_BRANCH_RE = re.compile(r"(?:^|(?<=[，。；：、（(“]))(村|社区|嘎查)(党总支|党支部|党委)(?!书记处)")


@lru_cache(maxsize=1)
def _scheme_heads_re() -> re.Pattern[str]:
    """道德, 爱心 …: before 银行 they name a points scheme (scheme_heads.tsv), not a bank."""
    words = [ln.strip() for ln in lexicon("scheme_heads.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return re.compile("(?:" + "|".join(words) + ")$")


# photo and video credits: （本文图片由某部提供）, 图/某某, 某某 供图, （某某 摄）
_CREDIT_RE = re.compile(r"^[（(【]?\s*(?:(?:本文|文中|文章)?(?:图片|照片|配图|视频|图)(?:均|皆)?(?:由|来源|来自|[：:/|])"
                        r"|[^。！？]{0,30}(?:供图|摄影?)\s*[）)】]?\s*$)")
# cues that follow a person's name only; the name opens a clause or follows a role word
_BYLINE_RE = re.compile(r"^(?:本报|[\u4e00-\u9fff]{2,3}社|总台)?(?:见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s|$)")
_SPEAKER_RE = re.compile(r"(党员中心户|党员|村民|牧民|居民|群众)([\u4e00-\u9fff]{2,3}?)"
                         r"(?:(?:跟|对|向)记者(?:说|介绍|表示)|告诉记者)")
# jieba frequency from which a two-character word is an everyday word (宝音 4, 乌兰 7; 康乐 40, 农村 11478)
_COMMON_WORD_FREQ = 20
# verbs of taking up a post (某某担任/现任/当选为…书记); shared with the relation finder
ASSUME_VERBS = "担任|兼任|出任|现任|当选为|当选|被选为|被推选为|被任命为"
_ASSUMES_RE = re.compile(r"(?:^|(?<=[，。；：、]))([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:" + ASSUME_VERBS + ")")
# frames that name a person opening a sentence or clause with no role cue before the name:
# 某某，男，蒙古族…; 某某今年52岁; 某某是某村的一名老党员; 某某说，… / 某某笑着说 (sentence start only)
_SELF_FRAMES = (
    re.compile(r"^([\u4e00-\u9fff]{2,7}?)[，,](?:男|女)[，,、]"),
    re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{2,7}?)(?:今年|现年)[\d一二三四五六七八九十]+岁"),
    re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{2,7}?)(?:曾|也|就|现在|如今)?是[^，。；“”]{0,14}?的?"
               r"(?:一名|一位|一个)?(?:老党员|党员|村民|牧民|致富带头人|护边员|网格员|党员中心户|第一书记|书记|嘎查达)"
               r"(?=[，。；]|$)"),
    re.compile(r"^([\u4e00-\u9fff]{2,7}?)(?:笑着|高兴地|感慨地|激动地)?(?:说|告诉记者|介绍说|介绍道|感慨道)[，,：:]"),
)
# a character each frame needs (most sentences lack 岁 and many 是: the frame's scan is skipped)
_SELF_FRAME_CUES = ("", "岁", "是", "")
# titles a surname is addressed by (老王, 王书记, 李大姐): not a name
_TITLES = ("书记", "主任", "队长", "站长", "所长", "镇长", "乡长", "局长", "老师", "医生", "大姐", "大哥", "大爷",
           "大妈", "阿姨", "师傅", "总", "姐", "哥", "叔", "婶", "嫂", "奶奶", "爷爷", "老汉")
# a name opening a clause before founding verbs (某某牵头成立了某合作社)
_FOUNDS_RE = re.compile(r"(?:^|(?<=[，。；：、]))([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:牵头|带头)?"
                        r"(?:创办|领办|创立|成立|组建)了?")
_POST_RE = re.compile(r"副?(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|队长|站长|所长|院长|校长|董事长|总经理)")
_NAME_BOUNDARY = frozenset("，。；：、“”（( 户员民说见望访问") | _BREAK
_AFTER_NAME_RE = re.compile(r"(?:^|(?<=[" + re.escape("".join(sorted(_NAME_BOUNDARY))) +
                            r"]))([\u4e00-\u9fff]{2,6}?)(同志|老人|额吉|阿妈)(?!们)")
# words that look like names before 同志/老人 but are not (留守老人, 青年同志 are screened by the name test)
_NOT_NAMES = ("全体", "全国", "各位", "广大", "年轻", "老年", "高龄", "孤寡", "空巢")
_FOUNDING_RE = re.compile("建设|建立|设立|成立|挂牌|揭牌|打造|组建|参观|瞻仰")
_OWNER_RE = re.compile("大学|学院|公司|集团|协会|医院|银行|研究院|研究所")
_SUB_UNIT_RE = re.compile(r"([\u4e00-\u9fff]{0,4}?)[一二三四五六七八九十\d]{1,3}(?:中队|大队|小队|分队|队)")


@lru_cache(maxsize=1)
def _org_generic_words() -> tuple[str, ...]:
    rows = [ln.strip() for ln in lexicon("org_generic_words.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(rows, key=len, reverse=True))


def _only_generic_words(head: str) -> bool:
    """养殖, 肉牛养殖, 奶食品加工: a name part made of words of trade only (org_generic_words.tsv) names nothing."""
    rest = head
    for word in _org_generic_words():
        rest = rest.replace(word, "")
    return len(rest) < 2


# an adverb and a verb of fostering between a place and a suffix (某旗大力培育合作社, 培育示范合作社):
# what the place does with such bodies, none named, when only words of trade follow the verb
_FOSTER_HEAD_RE = re.compile(r"^(?:大力|积极|着力|重点|加快|持续|不断|共|新)?"
                             r"(?:培育|组建|发展|扶持|新增|创建|打造|壮大|引导|规范|提升|成立|建成|建立)")


def _fostered_kind(head: str) -> bool:
    """大力培育, 培育示范, 组建强村: a verb of fostering and words of trade, no name (see ``_FOSTER_HEAD_RE``)."""
    m = _FOSTER_HEAD_RE.match(head)
    return m is not None and (m.end() == len(head) or _only_generic_words(head[m.end():]))


# jieba frequency from which what is left of a factory's name is an everyday word (大型, 现代), not its name
_FACTORY_WORD_FREQ = 1000


def _generic_factory(head: str) -> bool:
    """奶粉厂, 水泥厂, 大型乳品厂: no proper name before 厂 (红星水泥厂, 某某粮食加工厂 have one).

    The words of trade are taken out; when there are none the product is the dictionary
    word right before 厂.  Two characters must be left that are no everyday word.
    """
    rest = head
    for word in _org_generic_words():
        rest = rest.replace(word, "")
    if rest == head:
        freq = _word_frequencies()
        product = next((k for k in range(len(head) - 1) if (freq.get(head[k:]) or 0) > 0), None)
        rest = head[:product] if product is not None else head
    if not 2 <= len(rest) <= 4 or set(rest) & _FACTORY_STOP or _non_name_word_in(rest):
        return True  # 建成屠宰厂, 老砖厂, 这家民营企业发电厂: a verb, a determiner or a description, no brand
    return (_word_frequencies().get(rest) or 0) >= _FACTORY_WORD_FREQ or \
        rest.startswith(_GENERIC_ORG_HEADS) or _common_nouns_only(rest)


# characters a factory's brand (红星, 金穗) does not hold: age, size, determiners, counters, building verbs
_FACTORY_STOP = frozenset("老新旧原大小这那该此各每家座个所处改建成的")
# jieba tags of words that make a factory's "name" a phrase: verbs, adverbs, pronouns, numerals, attributes
_PHRASE_TAGS = frozenset(("v", "vn", "vd", "d", "r", "m", "q", "a", "ad", "b", "t", "p", "c"))


def _non_name_word_in(words: str) -> bool:
    """闲置, 建成, 民营: an everyday word of a phrase's kind among the two-character pieces of ``words``."""
    freq, tags = _word_frequencies(), _word_tags()
    return any((freq.get(words[i:i + 2]) or 0) >= _COMMON_WORD_FREQ and tags.get(words[i:i + 2]) in _PHRASE_TAGS
               for i in range(len(words) - 1))


# jieba tags of words that describe a product or a kind (颗粒, 燃料, 大型, 现代), not a firm's own name
_DESCRIBING_TAGS = frozenset(("n", "vn", "b", "t", "a", "v"))


def _common_nouns_only(words: str) -> bool:
    """颗粒燃料, 绿色有机: every word (longest dictionary match) an everyday noun or attribute, no proper name.

    红星 (nz), 亚东 (ns) or a word jieba lacks (金穗) make a name.
    """
    freq, tags = _word_frequencies(), _word_tags()
    i = 0
    while i < len(words):
        size = next((k for k in (4, 3, 2) if i + k <= len(words) and (freq.get(words[i:i + k]) or 0) >=
                     _COMMON_WORD_FREQ), 0)
        if not size or tags.get(words[i:i + size]) not in _DESCRIBING_TAGS:
            return False
        i += size
    return True


# name elements with 和 in them (巴图孟和, 孟和巴雅尔): 和 is part of the name there, not a conjunction
_HE_ELEMENTS = ("孟和",)


def _over_he(text: str, start: int, raw: str) -> str | None:
    """A transliterated name that goes on over 和 (会长巴图孟和带领…): the whole name, else None.

    和 after transliterated characters belongs to the name when it ends the name (a verb
    or a break follows, where a conjunction would need a second noun) or when it closes
    a known element (孟和) that more transliterated characters follow.
    """
    translit = transliteration_chars()
    if not raw or not all(ch in translit for ch in raw) or text[start + len(raw):start + len(raw) + 1] != "和":
        return None
    end = start + len(raw) + 1
    after = text[end:end + 2]
    if text[end - 2:end] in _HE_ELEMENTS:
        while end < len(text) and text[end] in translit and text[end] not in _BREAK and end - start < 7:
            end += 1
        after = text[end:end + 2]
    name = text[start:end]
    if not 3 <= len(name) <= 7 or not (not after or after[0] in _BREAK - {"和"} or after.startswith(_NAME_END)):
        return None
    return name


def _mostly_transliterated(name: str) -> bool:
    """道尔吉, 乌兰其其格: three or more characters, all but one of them transliteration characters.

    The list of characters cannot be complete; before 同志/老人 a name that is
    transliterated but for one character is still a name (no common word has that shape).
    """
    translit = transliteration_chars()
    return 3 <= len(name) <= 6 and sum(ch not in translit for ch in name) <= 1 and \
        not any(ch in _BREAK for ch in name) and not name.startswith(person_nouns())


def _transliterated_village(head: str) -> bool:
    """某某嘎查 written in transliterated characters only: a village the division data may lack, but a name."""
    if not head.endswith("嘎查"):
        return False
    name = head[:-2]
    return len(name) >= 2 and all(ch in transliteration_chars() for ch in name)


def _deep_place_names(ctx: DocContext) -> list[str]:
    """The villages and townships the document has named (with their own suffix, 3+ characters)."""
    return [name for (label, name), ent in ctx.entities.items()
            if label == "Place" and ent.level in ("village", "township") and len(name) >= 3]


def _county_city(ctx: DocContext) -> str | None:
    """The document's main place when it is a county-level city (扎兰屯市, 满洲里市): there 市 means that city.

    The main place is the league or banner named most often (anaphors aside).
    """
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for s in ctx.spans:
        if s.label == "Place" and not s.anaphor and s.level in ("league", "banner"):
            counts[s.name] = counts.get(s.name, 0) + 1
    if not counts:
        return None
    main = max(counts, key=lambda n: counts[n])
    div = gaz.divisions.get(main)
    return main if div is not None and div.level == "banner" and main.endswith("市") else None


class OrganisationFinder:
    def __call__(self, ctx: DocContext) -> None:
        for sent in ctx.sentences:
            if _CREDIT_RE.search(sent.text):
                continue  # （图片由某某部提供）: a credit line, no organisation or person of the report
            self._orgs(ctx, sent.index, sent.text)
            self._persons(ctx, sent.index, sent.text)
        ctx.spans.sort(key=lambda s: (s.sentence, s.start))

    def _orgs(self, ctx: DocContext, index: int, text: str) -> None:
        place_spans = [s for s in ctx.spans_in(index, "Place") if not s.anaphor and not department_words_in(s.name)]
        place_starts = {s.start: s for s in place_spans}
        # a village or township named again later in the document (新胜村党支部) anchors as well
        for name in ctx.derived("deep_place_names", _deep_place_names, version=len(ctx.entities)):
            if department_words_in(name):
                continue
            at = text.find(name)  # str.find: no pattern to build per name and sentence
            while at >= 0:
                if not any(s.start <= at < s.end for s in place_spans):
                    place_starts.setdefault(at, Span("Place", name, at, at + len(name), index))
                at = text.find(name, at + len(name))
        blocked = [(s.start, s.end) for s in ctx.spans_in(index, "Programme")]
        found: dict[tuple[int, int], tuple[str, str]] = {}
        bare: list[tuple[int, int]] = []
        for suffix, kind, pattern in _suffixes_in(text):
            for m in pattern.finditer(text):
                end = m.end()
                if text[end:end + 1] in ("生", "长") or (suffix == "厂" and text[end:end + 1] in set("房区家商址矿")) or any(a <= m.start() < b for a, b in blocked) or \
                        (suffix == "党组" and text[end:end + 1] == "织"):  # 党组织 is no 党组
                    continue
                if suffix == "局" and text[m.start() - 1:m.start()] in set("格布大全结变开当时总残骗赌"):
                    continue
                if suffix in whole_names():
                    found[(m.start(), end)] = (suffix, kind)  # 人民日报社: a name on its own
                    continue
                if suffix == "政府" and text[m.start() - 1:m.start()] == "委":
                    continue  # 旗委政府: the banner's leadership as a whole, i.e. the place acting
                if kind == "party_committee" and text.startswith("政府", end):
                    continue  # X镇党委政府, X旗委政府: the place's leadership as a whole, i.e. the place acting
                if suffix == "银行" and _scheme_heads_re().search(text, 0, m.start()):
                    continue  # 孝心银行, 美德银行: a points scheme named like an institution
                if any(e == end and s_ <= m.start() for (s_, e) in found):
                    continue  # a longer suffix already ends here
                start = self._left_edge(text, m.start(), place_starts)
                if start is None:
                    bare.append((m.start(), end))  # …）股份有限公司 with nothing before: no shorter suffix names it
                    continue
                if any(e == end and start >= b for b, e in bare):
                    continue
                # the most specific place of a chain in front (乌拉特前旗新安镇党委 → 新安镇党委)
                while True:
                    p = place_starts.get(start)
                    nxt = place_starts.get(p.end) if p else None
                    if p is None or nxt is None or nxt.end > m.start():
                        break
                    start = nxt.start
                back = next((s for s in ctx.spans_in(index, "Place") if s.anaphor and s.start == start and
                             s.end < m.start() and text[s.start] in "该本我"), None)
                if back is not None:
                    start = back.end  # 该旗旗委组织部: the department of the banner 该旗 points back to
                name = text[start:end]
                anchored = start in place_starts
                if suffix in facility_suffixes():
                    if not anchored and text[start] in "市旗盟县" and \
                            (start == 0 or text[start - 1] in _BREAK or _LEFT_STOP_RE.search(text, 0, start)):
                        # 旗某某纪念馆: the facility of the banner the text is about
                        place = self._level_place(ctx, index, text[start])
                        if place is not None and self._facility(text, start + 1, m.start(), True) == start + 1:
                            found[(start, end)] = (place + name[1:], kind)
                        continue
                    facility = self._facility(text, start, m.start(), anchored)
                    if facility is None:
                        blocked.append((start, end))  # a unit of an organisation, but not a named one
                    elif facility >= 0:
                        found[(facility, end)] = (text[facility:end], kind)
                    continue
                head = name[len(place_starts[start].name if anchored else ""):-len(suffix)] if anchored else \
                    name[: -len(suffix)]
                verb = None if anchored else _VERB_HEAD_RE.match(head)
                if verb is not None and len(head) - verb.end() >= 2:
                    # 有凯达食品有限公司: the name starts after the verb
                    start += verb.end()
                    name, head = name[verb.end():], head[verb.end():]
                if anchored:
                    anchor = place_starts[start]
                    surface_place = text[start:anchor.end]
                    if text[anchor.end:anchor.end + 1] == anchor.name[-1:] and anchor.name[-1:] in ("旗", "县", "市", "盟"):
                        surface_place += anchor.name[-1]  # 鄂温克|旗人民医院: the short form's level character
                    head = name[len(surface_place):-len(suffix)]
                    # 某盟行政公署农牧局, 某旗人民政府办公室: a department of the place's government is named by it
                    if head.removeprefix("行政公署").removeprefix("人民政府").startswith(_GENERIC_ORG_HEADS) and head:
                        continue
                    if _VERB_HEAD_RE.match(head):
                        continue  # 某镇有小学2所, 某村新建合作社: the place has or builds one, none named
                    if kind in ("cooperative", "enterprise", "association") and _fostered_kind(head):
                        continue  # 某旗大力培育合作社: the place fosters such bodies
                elif kind in ("government", "party_committee") and \
                        re.fullmatch(r"[市旗盟县][\u4e00-\u9fff]{0,6}", head) and \
                        (start == 0 or text[start - 1] in _BREAK or _LEFT_STOP_RE.search(text, 0, start)
                         or back is not None):
                    # 市发改委, 旗民政局: a department of the place the text is about (or 该旗 names)
                    place = back.name if back is not None and back.level == _LEVEL_OF[head[0]] else \
                        self._level_place(ctx, index, head[0])
                    if place is not None:
                        found[(start, end)] = (place + name[1:], kind)
                        self._department_list(ctx, index, text, end, place, head[0], found)
                    continue
                elif len(head) < 2 or head.startswith(_GENERIC_ORG_HEADS) or re.search(r"\d", head) or \
                        head.startswith("农村"):
                    continue  # (a place's 农村商业银行 is named; 农村商业银行 on its own is a kind of bank)
                elif kind in ("cooperative", "enterprise", "association") and \
                        (_only_generic_words(head) or _fostered_kind(head) or (suffix == "厂" and _generic_factory(head))):
                    continue  # 领办了养殖专业合作社, 培育示范合作社: what it does, with no place or proper name
                elif any(g in head for g in ("乡镇", "县乡", "苏木", "布局", "格局")):
                    continue
                elif kind in ("party_branch", "party_committee", "other", "government") and not any(
                        w in head for w in ("集团", "公司", "协会", "合作社", "大学", "学院", "医院", "银行")) \
                        and not _transliterated_village(head):
                    continue  # a party or government body is named by its place or parent organisation
                if re.search("各|每个|所有", head):
                    continue  # 某银行各支行, 某镇各村党支部: every one of a kind, no named organisation
                found[(start, end)] = (name, kind)
        self._bare_branches(ctx, index, text, found)
        self._sub_units(text, found)
        for (start, end), (name, kind) in sorted(found.items()):
            outer = [k for (s2, e2), (_n, k) in found.items() if s2 <= start and e2 >= end and (s2, e2) != (start, end)]
            # an organisation inside a longer one counts only as the parent of a party branch
            if outer and not all(k in ("party_branch", "party_committee") for k in outer):
                continue
            if outer and any(e2 - end > 3 for (s2, e2) in found if s2 <= start and e2 > end):
                continue
            canonical = self._canonical(ctx, name, kind)
            if kind == "party_committee" and name.endswith(("市委", "盟委", "旗委", "县委", "纪委")) and \
                    text[end:end + 3].startswith(("组织部", "宣传部", "统战部", "书记", "副书记")):
                continue
            ctx.spans.append(Span("Organisation", canonical, start, end, index, kind=self._kind(name, kind)))
            aliases = [a for a in dict.fromkeys((name, text[start:end])) if a != canonical]
            ctx.add_entity("Organisation", canonical, index, kind=self._kind(name, kind), aliases=aliases)

    @staticmethod
    def _bare_branches(ctx: DocContext, index: int, text: str,
                       found: dict[tuple[int, int], tuple[str, str]]) -> None:
        """村党总支, 社区党委 … in a paragraph about one village: that village's branch.

        A paragraph that opens with a village or community (its topic) goes on to say
        村党总支 or 社区党总支 for that place's own party organisation.  Only a bare form
        opening a clause counts (各村党支部 or 嘎查村党组织 stay generic), and only when the
        topic is a village whose name ends in the same word.
        """
        topic = ctx.topic.get(index)
        if not topic or not topic.endswith(("村", "社区", "嘎查")):
            return
        ent = ctx.entities.get(("Place", topic))
        if ent is None or ent.level != "village" or not _BARE_BRANCH_RE.search(text):
            return
        # the village must have been named a few sentences ago, not only carried over as a stale topic
        if not any(topic in ctx.sentences[i].text for i in range(max(0, index - _BARE_BRANCH_REACH), index + 1)):
            return
        for m in _BARE_BRANCH_RE.finditer(text):
            if topic.endswith(m.group(1)):
                suffix = m.group(2)
                kind = "party_committee" if suffix.endswith("委") else "party_branch"
                found[(m.start(), m.end())] = (topic + suffix, kind)

    @staticmethod
    def _facility(text: str, start: int, suffix_start: int, anchored: bool) -> int | None:
        """Where a facility's name starts (乌兰夫纪念馆, 北部草原生态工作站), -1 when it has no name.

        The name is what follows the last founding verb (建设, 设立 …) and must keep two
        characters once the words that only say what it does are taken out; a facility
        of an organisation (某大学…教学站) is named by it.  ``None``: a network of
        facilities (在9个旗县设立…站), which names neither the facility nor its owner.
        """
        head = text[start:suffix_start]
        cut = [m.end() for m in _FOUNDING_RE.finditer(head)]
        if cut:
            start += cut[-1]
            head = head[cut[-1]:]
        clause = text[max(text.rfind(c, 0, start) for c in "，；：。") + 1:start]
        owned = _OWNER_RE.search(head) is not None
        if re.search(r"[\d一二三四五六七八九十百]+个", clause):
            return None if owned else -1
        if owned or (anchored and not cut):
            return start
        rest = head
        for word in facility_generic_words():
            rest = rest.replace(word, "")
        if len(rest) < 2 or re.search(r"\d", head) or head.startswith(_GENERIC_ORG_HEADS) or \
                any(g in head for g in ("乡镇", "县乡", "苏木", "旗县", "嘎查", "村级", "每")):
            return -1
        return start

    @staticmethod
    def _sub_units(text: str, found: dict[tuple[int, int], tuple[str, str]]) -> None:
        """A numbered unit right after an organisation (…检查站执勤三队) is the organisation meant."""
        for (start, end), (_name, kind) in sorted(found.items()):
            m = _SUB_UNIT_RE.match(text, end)
            if m is None or any(ch in _BREAK for ch in m.group(1)):
                continue
            del found[(start, end)]
            found[(start, m.end())] = (text[start:m.end()], kind)

    @staticmethod
    def _level_place(ctx: DocContext, index: int, level_char: str) -> str | None:
        """The topic place at the level a one-character prefix names (市/盟 → league, 旗/县 → banner)."""
        from .gazetteer import load_gazetteer

        gaz = load_gazetteer()
        want = "league" if level_char in "市盟" else "banner"
        topic = ctx.topic.get(index)
        city = ctx.derived("county_city", _county_city) if level_char == "市" else None
        if city is not None and (topic == city or city in gaz.ancestors(topic or "")):
            return city  # 市委组织部 in a report about 扎兰屯市: that city's, not its league's
        # a village or township topic that the data lacks: climb the parents the text gave it
        parents = {s.name: s.kind for s in ctx.spans if s.label == "Place" and s.kind and s.name != s.kind}
        seen: set[str] = set()
        while topic and topic not in gaz.divisions and topic in parents and topic not in seen:
            seen.add(topic)
            topic = parents[topic]
        if not topic or topic not in gaz.divisions:
            return None
        if gaz.divisions[topic].level == want and topic.endswith(level_char):
            return topic
        for anc in gaz.ancestors(topic):
            if gaz.divisions[anc].level == want and anc.endswith(level_char):
                return anc
        for span in reversed(ctx.spans_in(index, "Place")):
            if span.level == want and span.name.endswith(level_char):
                return span.name
        return None

    @staticmethod
    def _department_list(ctx: DocContext, index: int, text: str, pos: int, place: str, level_char: str,
                         found: dict[tuple[int, int], tuple[str, str]]) -> None:
        """市发改委、财政局、住建局 (or 、市财政局): departments listed after a prefixed one share its place."""
        while text[pos:pos + 1] == "、":
            m = re.match(r"、([\u4e00-\u9fff]{1,10}?(?:局|委|办))(?=[、等和])", text[pos:])
            if not m:
                break
            dept = m.group(1)
            found[(pos + 1, pos + m.end())] = (place + (dept[1:] if dept[0] == level_char else dept), "government")
            pos += m.end()

    @staticmethod
    def _kind(name: str, kind: str) -> str:
        if name.endswith(("党支部", "党总支")):
            return "party_branch"
        return kind

    @staticmethod
    def _left_edge(text: str, suffix_start: int, place_starts: dict[int, Span]) -> int | None:
        """Walk left from the suffix over name characters; stop at a break, a verb or a place start."""
        i = suffix_start
        limit = max(0, suffix_start - 24)
        best = None
        # a stop that is also a word of trade (服务): 某旗某某农机服务专业合作社 goes on to its place,
        # else the walk ends there as before
        soft: tuple[int, int | None] | None = None
        while True:
            if text.endswith(_BRACKETED_PARTS, max(0, i - 6), i) and i > limit + 4:
                i -= 4  # 某某（集团）股份有限公司: the bracketed word is part of the name
                continue
            if not (i > limit and (text[i - 1] not in _BREAK or _name_word_at(text, i - 1)) and
                    _NAME_CHAR_RE.match(text[i - 1])):
                break
            stop = _LEFT_STOP_RE.search(text, max(0, i - 4), i)
            if stop:
                if soft is not None or stop.group() not in _org_generic_words():
                    break
                soft = (i, best)
            i -= 1
            if i in place_starts:
                best = i
        if soft is not None and best == soft[1]:
            i, best = soft  # no place opens the name beyond the word of trade: it was the verb
        if best is None and text[i - 1:i] in _SOFT_BREAK:
            # 内蒙古薯都凯达…公司: 都 inside a word of the name, a place one or two name characters before it
            for p in place_starts.values():
                if i - 1 - 2 <= p.end < i - 1 and not any(ch in _BREAK for ch in text[p.end:i - 1]) and \
                        re.fullmatch(_NAME_CHARS + "+", text[p.end:i - 1]):
                    return p.start
        if best is not None:
            return best
        if i == suffix_start:
            return None
        return i

    @staticmethod
    def _person_name(text: str, start: int, raw: str) -> str | None:
        """The name after a role cue, if what follows it reads as the end of a name."""
        base = looks_like_name(raw)
        if base is None:
            return None
        for length in range(len(base), 1, -1):
            name = base[:length]
            for stop in _NAME_END:
                i = name.find(stop, 1)
                if i >= 0:
                    name = name[:i]
            if len(name) < 2 or any(r in name[1:] for r in ("组长", "书记", "主任", "队长")):
                continue
            if (len(name) == 2 and name[1] in "市区户片组") or any(ch in "旗县村镇盟乡" for ch in name[1:]):
                continue  # 班子成员包旗县, 党员包村: 包 + a division or a unit of them is a duty, not a name
            if len(name) == 3 and _everyday_start(name) and not all(ch in transliteration_chars() for ch in name):
                continue  # 党员全程参与: a name does not open with an everyday word (王明亮 opens with a name)
            if common_word(name) and not (dictionary_name(name) and
                                          text.startswith(_SPEECH_VERBS, start + len(name))):
                continue  # 书记马上…: an everyday word, not a name (but 书记王明说: a name jieba knows, then speech)
            after = text[start + len(name):start + len(name) + 2]
            if not after or after[0] in _BREAK or after.startswith(_NAME_END) or not _NAME_CHAR_RE.match(after[0]):
                return name
            if len(name) >= 3 and _word_tags().get(after) in _VERB_TAGS and not _everyday_start(name):
                return name  # 书记李某某深入牧户, 第一书记赵某某协调资金: a verb (jieba's tag) starts after the name
        return None

    @staticmethod
    def _named_before_cue(ctx: DocContext, index: int, text: str) -> None:
        """某某同志, 某某老人: a name right before a cue that only follows names.

        The name opens a clause or follows a role word (…户, …员, …民, 的) and reads as a
        name on its own: a surname and one or two characters, or two to four characters
        of transliterated Mongolian or Tibetan names (朝鲁老人, 其木格同志).
        """
        if not any(cue in text for cue in ("同志", "老人", "额吉", "阿妈")):
            return
        translit = transliteration_chars()
        for m in _AFTER_NAME_RE.finditer(text):
            group = m.group(1)
            # the longest tail of the match that reads as a name and starts after a boundary (来到|朝鲁)
            start = next((m.start(1) + k for k in range(len(group) - 1)
                          if (k == 0 or group[k - 1] in _NAME_BOUNDARY)
                          and (all(ch in translit for ch in group[k:]) or _mostly_transliterated(group[k:])
                               or (group[k] in surnames() and len(group) - k <= 3))), None)
            if start is None:
                continue
            name = text[start:m.end(1)]
            if common_word(name) or any(w in name for w in _NOT_NAMES) or any(s.start < m.end(1) and start < s.end
                                                         for s in ctx.spans_in(index)):
                continue
            ctx.spans.append(Span("Person", name, start, m.end(1), index, kind=m.group(2)))
            ent = ctx.add_entity("Person", name, index, role=m.group(2))
            # the evidence: the first sentence that also says where or with whom the person is
            if ent.evidence.sentence_index != index and ctx.spans_in(index, "Place") and \
                    not ctx.spans_in(ent.evidence.sentence_index, "Place"):
                ent.evidence = Evidence.of(ctx.sentences[index])

    @staticmethod
    def _canonical(ctx: DocContext, name: str, kind: str) -> str:
        if kind == "party_committee" and ("中共" + name) in ctx.document.text:
            return "中共" + name
        return name

    def _persons(self, ctx: DocContext, index: int, text: str) -> None:
        if text.startswith(("□", "◎")) or _BYLINE_RE.match(text) or (len(text) <= 20 and text.endswith("摄")):
            return  # bylines and photo credits are not people of the graph
        self._named_before_cue(ctx, index, text)
        self._quoted_speakers(ctx, index, text)
        self._assuming_posts(ctx, index, text)
        self._founders(ctx, index, text)
        for m in _roles_re().finditer(text):  # one scan, the longest role first at each position
            role = m.group()
            rest = text[m.end():m.end() + 8]
            raw = ""
            for ch in rest:
                if ch in _BREAK or not _NAME_CHAR_RE.match(ch):
                    break
                raw += ch
            name = _over_he(text, m.end(), raw) or self._person_name(text, m.end(), raw)
            if name is None:
                continue
            if any(s.start <= m.end() < s.end for s in ctx.spans_in(index)):
                continue
            span = Span("Person", name, m.end(), m.end() + len(name), index, kind=role)
            ctx.spans.append(span)
            ctx.add_entity("Person", name, index, role=role)
            self._listed_after(ctx, index, text, span.end, role)
        self._self_framed(ctx, index, text)  # after the role cues, which name more precisely

    def _listed_after(self, ctx: DocContext, index: int, text: str, pos: int, role: str) -> None:
        """党员中心户张三、李四和王五: names listed after the first one share its role cue."""
        while text[pos:pos + 1] in ("、", "和") and pos < len(text):
            raw = ""
            for ch in text[pos + 1:pos + 9]:
                if ch in _BREAK or not _NAME_CHAR_RE.match(ch):
                    break
                raw += ch
            name = self._person_name(text, pos + 1, raw)
            if name is None or any(s.start <= pos + 1 < s.end for s in ctx.spans_in(index)):
                return
            ctx.spans.append(Span("Person", name, pos + 1, pos + 1 + len(name), index, kind=role))
            ctx.add_entity("Person", name, index, role=role)
            pos += 1 + len(name)

    @staticmethod
    def _assuming_posts(ctx: DocContext, index: int, text: str) -> None:
        """某某担任某村党支部书记: a name opening a clause before 担任/兼任/出任 and a post.

        The name must read as one (a surname and one or two characters that are not an
        everyday word, or transliterated characters) and the clause must name the post
        (书记, 主任, 理事长 …), which becomes the person's role.
        """
        if not any(v in text for v in ("任", "选")):
            return
        translit = transliteration_chars()
        for m in _ASSUMES_RE.finditer(text):
            name = m.group(1)
            if common_word(name) or not (all(ch in translit for ch in name) or
                                         (name[0] in surnames() and len(name) <= 3)):
                continue
            clause_end = min((i for i in (text.find(c, m.end()) for c in "，。；") if i >= 0), default=len(text))
            post = _POST_RE.search(text, m.end(), clause_end)
            if post is None or any(s.start < m.end(1) and m.start(1) < s.end for s in ctx.spans_in(index)):
                continue
            ctx.spans.append(Span("Person", name, m.start(1), m.end(1), index, kind=post.group()))
            ctx.add_entity("Person", name, index, role=post.group())

    @staticmethod
    def _self_framed(ctx: DocContext, index: int, text: str) -> None:
        """某某，男，…; 某某今年52岁; 某某是某村的老党员; 某某说，…: frames that only a person's name fits.

        The name must read as one on its own: a surname and one or two characters that are
        no everyday word, or two to seven transliterated characters.
        """
        translit = transliteration_chars()
        for frame, cue in zip(_SELF_FRAMES, _SELF_FRAME_CUES, strict=True):
            for m in (frame.finditer(text) if cue in text else ()):
                name = m.group(1)
                if all(ch in translit for ch in name) and len(name) >= 2:
                    pass
                elif not (name[0] in surnames() and 2 <= len(name) <= 3) or common_word(name) or \
                        (len(name) == 3 and _everyday_start(name)) or any(ch in _BREAK for ch in name):
                    continue
                if name.startswith(person_nouns()) or name[1:] in _TITLES or _roles_re().search(name) or \
                        any(s.start < m.end(1) and m.start(1) < s.end for s in ctx.spans_in(index)):
                    continue  # (徐书记说: a surname and a title address someone the text names elsewhere)
                ctx.spans.append(Span("Person", name, m.start(1), m.end(1), index, kind=""))
                ctx.add_entity("Person", name, index)

    @staticmethod
    def _founders(ctx: DocContext, index: int, text: str) -> None:
        """某某牵头成立了某村某合作社: a name opening a clause before a founding verb and a named body.

        The name must read as one (as for posts), and the clause must go on to a named
        cooperative, company or association, found by the suffix grammar, right after the
        verb (places of its name may come first).
        """
        if not any(v in text for v in ("创办", "领办", "创立", "成立", "组建")):
            return
        translit = transliteration_chars()
        orgs = [s for s in ctx.spans_in(index, "Organisation") if s.kind in ("cooperative", "enterprise", "association")]
        for m in _FOUNDS_RE.finditer(text):
            name = m.group(1)
            if common_word(name) or _everyday_start(name) or not (
                    all(ch in translit for ch in name) or (name[0] in surnames() and len(name) <= 3)):
                continue
            at = m.end()
            for p in sorted(ctx.spans_in(index, "Place"), key=lambda p: p.start):
                if p.start == at:
                    at = p.end
            if not any(o.start in (m.end(), at) or (o.start <= at < o.end and o.start >= m.end()) for o in orgs):
                continue
            if any(s.start < m.end(1) and m.start(1) < s.end for s in ctx.spans_in(index)):
                continue
            ctx.spans.append(Span("Person", name, m.start(1), m.end(1), index, kind="创办人"))
            ctx.add_entity("Person", name, index, role="创办人")

    @staticmethod
    def _quoted_speakers(ctx: DocContext, index: int, text: str) -> None:
        """参加学习的党员某某跟记者说: a member quoted to the reporter is named by the frame itself.

        The frame (跟/对/向记者说, 告诉记者) names a person; the two or three characters
        between a member cue (党员, 村民, 牧民 …) and the frame are that person's name
        unless they are a common noun of people (person_nouns.tsv: 干部, 群众, 代表 …).
        """
        if "记者" not in text:
            return
        for m in _SPEAKER_RE.finditer(text):
            name = m.group(2)
            if name.startswith(person_nouns()) or name.endswith(("们", "都", "也", "还")) or common_word(name) or \
                    any(s.start < m.end(2) and m.start(2) < s.end for s in ctx.spans_in(index)):
                continue
            ctx.spans.append(Span("Person", name, m.start(2), m.end(2), index, kind=m.group(1)))
            ctx.add_entity("Person", name, index, role=m.group(1))
