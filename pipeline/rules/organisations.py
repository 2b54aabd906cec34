"""Named organisations by suffix grammar (and, through persons.py, persons by role cues).

An organisation is a name ending in a suffix of ``org_suffixes.tsv``
(专业合作社, 协会, 党支部, 集团, 有限责任公司, 大学, 银行 …) whose name part is
specific: a place in front of it (新安镇党委, 扎鲁特旗…公司) or a proper name
of its own (查干花养殖专业合作社).  Generic ones (嘎查村党组织, 各村党总支,
社会组织) are not organisations of the graph.  Besides:

- 旗民政局, 旗委组织部, 旗某某纪念馆: written with the level only, of the topic's banner or league;
- 村党总支, 社区党委 opening a clause in a paragraph about one village: that village's;
  社区党委, 联社 … taking up the one body of its paragraph whose name ends in it (backrefs.py);
- 某某林业局, 某某林场 named by a forest area the divisions lack; 旗农商银行, 旗某局党支部
  written with the level only: the topic banner's;
- 中共某某族自治旗委员会组织部 and 某某旗委组织部: one body (``_committee_key``);
- …检查站执勤三队: a numbered unit is the organisation meant, not its parent;
- 纪念馆, 工作站 (``facility`` in the lexicon): named by a proper prefix, not by
  generic words (facility_generic_words.tsv) nor set up by the dozen;
- X镇党委政府 is the place acting; 孝心银行 (scheme_heads.tsv) is a scheme, not a bank.
- 中共某县委员会 is named in full (its short 某县委 an alias); 中国某某银行某旗支行 (a national
  bank's local branch) is the body, not the bank; 某大学A与B学院 is one college; the parent of a
  party branch paired with another (…派出所党支部与…党支部结对共建) is no party of its own;
  今年合作社 (a time word and a kind word) names none.

Names made only of words of trade (养殖专业合作社; org_generic_words.tsv), with a
verb between place and suffix (某镇有小学, 某村依靠合作社), with 各/每个 in them, or
counted right after (某旗种植合作社达到120家) are generic.
Credit lines (图片由…提供) name no organisation or person of the graph (SCHEMA.md).

Persons are found in persons.py; ``OrganisationFinder`` runs that step for each
sentence right after its organisations, so that founders (某某牵头成立了某合作社) see
the bodies of their sentence.  The characters and dictionary look-ups both read are
in name_chars.py.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from policykg.paths import lexicon

from .backrefs import org_taken_up, paragraph_village
from .context import DocContext, Span
from .name_chars import (
    BREAK,
    COMMON_WORD_FREQ,
    NAME_CHARS,
    transliteration_chars,
    word_frequencies,
    word_tags,
)
from .persons import find_persons, persons_named_again, surnames

# bracketed words inside firms' names (某某（集团）有限公司)
_BRACKETED_PARTS = ("（集团）", "(集团)", "（控股）", "(控股)")
# function characters that also make words of names (乳都, 薯都): the left walk may cross one of them
# when a place opens the name a character or two before it
_SOFT_BREAK = frozenset("都")


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
    return tuple(w for w in _name_words() if w[-1] in BREAK and w[0] not in BREAK)


@lru_cache(maxsize=1)
def _name_words_ending_by_length() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """``_name_words_ending`` grouped by length: one ``startswith`` of a tuple per length, not one per word."""
    by_length: dict[int, list[str]] = {}
    for w in _name_words_ending():
        by_length.setdefault(len(w), []).append(w)
    return tuple((n, tuple(words)) for n, words in sorted(by_length.items()))


# 某镇是旗政府所在地: the seat of the banner's government names a place, not the body
_SEAT_AFTER = ("所在地", "驻地")


def _inside_transliteration(text: str, i: int) -> bool:
    """某旗巴音温都尔牧业专业合作社: 都 or 和 inside a transliterated name (温都尔, 呼和), no function word.

    The character after it is a transliteration character and the one before it is a
    name character: 都是, 和群众 have a verb or a noun after them.
    """
    translit = transliteration_chars()
    if i < 1 or text[i] not in translit or text[i + 1:i + 2] == "" or text[i + 1] not in translit or \
            text[i - 1] in BREAK:
        return False
    return text[i] == "都" or text[i - 1] in translit  # (和 between two: 呼和; not 党委和那吉镇…)


def _name_word_at(text: str, i: int) -> bool:
    """A word of a name (向日葵, 和平; 天和, 乳都) holds the function character at ``i``."""
    return text.startswith(_name_words(), i) or \
        any(text.startswith(words, i - n + 1) for n, words in _name_words_ending_by_length() if i - n + 1 >= 0)


@lru_cache(maxsize=1)
def facility_generic_words() -> tuple[str, ...]:
    """Words that say what a facility does, not which one it is (乡村振兴, 党群服务, 革命 …)."""
    rows = [ln.strip() for ln in lexicon("facility_generic_words.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(rows, key=len, reverse=True))


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


@lru_cache(maxsize=1)
def _last_chars_re() -> re.Pattern[str]:
    """One character class of the suffixes' last characters: one scan finds which of them a text holds."""
    return re.compile("[" + "".join(map(re.escape, _suffixes_by_last())) + "]")


def _suffixes_in(text: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """The suffixes ``text`` holds, in lexicon order: a sentence holds a few of the ~70.

    The last characters a sentence holds are found by one scan (not ~25 ``in`` tests); only
    the suffixes ending in them are looked for.
    """
    lasts = _last_chars_re().findall(text)
    if not lasts:
        return []  # most sentences hold none of the last characters
    patterns, by_last = _suffix_patterns(), _suffixes_by_last()
    if len(lasts) == 1:
        return [patterns[i] for i in by_last[lasts[0]] if patterns[i][0] in text]
    at: list[int] = []
    for ch in set(lasts):
        at.extend(by_last[ch])
    at.sort()
    return [patterns[i] for i in at if patterns[i][0] in text]


# verbs and function words that end the walk left from an organisation suffix
_LEFT_STOPS = ("创立", "创办", "领办", "引进", "组建", "成立", "推动", "落实", "健全", "完善", "采取", "实施", "建立",
               "会同", "联合", "携手", "联手", "依托", "整合", "上报", "联系", "经过", "调整", "优化", "设立", "推行", "贯彻", "执行", "明确", "制定",
               "组织", "带动", "协调", "支持", "扶持", "服务", "挂职", "兼任", "担任", "争创", "评为", "命名",
               "单位", "部门", "通过", "借助", "引导", "加入", "入股", "参加", "办起", "筹建",
               "依靠", "带领", "鼓励", "动员", "帮助", "吸纳", "辐射", "牵手", "协同", "对接", "邀请", "走进", "来到",
               # 某镇则发挥协会作用, 公司按保护价收购合作社: what an actor does with a body, no name of it
               "发挥", "收购",
               # 某镇招引某公司, 某镇有个某某协会: bringing a body in, or saying one is there
               "招引", "有个", "有一个", "有一家",
               # 将继续深化片区联合党委建设, 说起合作社，…: a verb of the work or of talk before a kind word
               "深化", "推进", "加强", "说起", "谈起", "提起")
# adverbs, prepositions and conjunctions a name's middle does not hold (某镇则…, 公司按…, 家庭农场或合作社):
# besides BREAK, for bodies only (则 and 按 may stand in a person's given name, so name_chars.BREAK keeps them)
_ORG_BREAK = frozenset("则按或")
# 进/入 after a one-character verb is the direction of a motion (把羊赶进合作社, 把玉米送入合作社): the
# body's name starts after it; words of names that end in 进 (奋进, 前进 …) are no such motion
_DIRECTIONS = frozenset("进入")
_NAME_WORDS_WITH_DIRECTION = ("奋进", "跃进", "前进", "先进", "精进", "共进", "同进", "新进", "上进", "长进", "跃入")
# a verb between a place and a suffix: the place has or builds such a body (有机, 有限 are words of names)
_VERB_HEAD_RE = re.compile("(?:共有|现有|建有|拥有|新建|新成立|是|有(?![机限]))")
_LEFT_STOP_RE = re.compile("(?:" + "|".join(_LEFT_STOPS) + ")$")
_LEFT_STOP_ENDS = frozenset(stop[-1] for stop in _LEFT_STOPS)
_GENERIC_ORG_HEADS = ("网络", "牧民", "农民", "苏木乡镇", "乡镇", "县乡", "县级", "旗县", "网格", "街道", "社区", "学校", "小区", "旗级",
                      "盟级", "市级", "村级", "各", "所属", "基层", "机关", "非公", "企业", "农牧民", "专业",
                      "嘎查村", "村", "联合", "股份制", "最强", "领办", "行政", "乡村振兴", "县", "市", "盟", "旗", "镇",
                      "党", "个", "名", "余", "多", "新型", "新成立", "新建", "该", "本", "全", "一", "两", "驻区",
                      "辖区", "市直",
                      "盟直", "旗直", "国有", "民营", "事业", "集体", "相关", "有关", "返乡", "选调生", "高校",
                      # a time word before a kind word (今年合作社收入…): the body the text is about, no name
                      "今年", "去年", "明年", "前年", "当年", "近年", "同年", "次年", "目前", "现在")


# 厂房, 厂区 …: 厂 opening another word, no factory; 格局, 布局, 大局 …: 局 closing a word, no bureau
_NOT_FACTORY_AFTER = frozenset("房区家商址矿")
_NOT_BUREAU_BEFORE = frozenset("格布大全结变开当时总残骗赌")
# mass organisations a level word alone names (旗妇联, 市工商联): the topic place's own
_MASS_ORGANISATIONS = frozenset(("妇联", "妇女联合会", "工商联", "工商业联合会", "残联", "残疾人联合会", "科协",
                                 "团委", "总工会", "红十字会"))
# a demonstrative right before the kind word (这家合作社, 该协会, 这个公司): a reference, no name of its own
_DEMONSTRATIVE_END_RE = re.compile("(?:这|那|此|该)(?:家|个|所)?$")
# the level a one-character prefix (市委, 旗民政局) names
# (区: a city district, banner level; only a district the report is about takes 区委组织部, see _level_place)
_LEVEL_OF = {"市": "league", "盟": "league", "旗": "banner", "县": "banner", "区": "banner"}
_BARE_BRANCH_REACH = 5  # sentences back to the village's name for a bare 村党支部 to be that village's
_BARE_BRANCH_RE = re.compile(r"(?:^|(?<=[，。；：、（(“由经在让]))(村|社区|嘎查|镇|乡|苏木|街道)(党总支|党支部|党委|党工委)"
                             r"(?!书记处)")
# 联社 opening a clause (after a time word): the union of credit or cooperatives named before
_BARE_UNION_RE = re.compile(r"(?:^|(?<=[，。；：、（(“])|(?<=[年来今去]))()(联社)(?![员区会长])")


@lru_cache(maxsize=1)
def _scheme_heads_re() -> re.Pattern[str]:
    """道德, 爱心 …: before 银行 they name a points scheme (scheme_heads.tsv), not a bank."""
    words = [ln.strip() for ln in lexicon("scheme_heads.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return re.compile("(?:" + "|".join(words) + ")$")


# photo and video credits: （本文图片由某部提供）, 图/某某, 某某 供图, （某某 摄）
_CREDIT_RE = re.compile(r"^[（(【]?\s*(?:(?:本文|文中|文章)?(?:图片|照片|配图|视频|图)(?:均|皆)?(?:由|来源|来自|[：:/|])"
                        r"|[^。！？]{0,30}(?:供图|摄影?)\s*[）)】]?\s*$)")
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


# family farms: named by their owner (某某家庭农场), so a place alone before the suffix names none
_FAMILY_FARMS = ("家庭农场", "家庭牧场")
# people's nouns that a cooperative named by its founder may follow (牧民某某养殖专业合作社)
_OWNER_NOUNS = ("农牧民", "牧民", "农民", "村民", "党员", "居民")


def _owner_named(head: str) -> int | None:
    """牧民某某养殖: where a body's name starts after a people's noun, when a person's name then opens it.

    The walk left from 合作社 crosses the noun (a generic head, so the body was lost); the
    name after it must read as a person's (a surname and one or two characters, not an
    everyday word) and be followed only by words of trade, as the founder names the body.
    """
    noun = next((n for n in _OWNER_NOUNS if head.startswith(n)), None)
    if noun is None:
        return None
    rest = head[len(noun):]
    if not rest or rest[0] not in surnames():
        return None
    for size in (3, 2):
        person, trade = rest[:size], rest[size:]
        if len(person) == size and not any(ch in BREAK for ch in person) and \
                (word_frequencies().get(person) or 0) < COMMON_WORD_FREQ and (not trade or _only_generic_words(trade)) \
                and (not trade or (word_frequencies().get(trade[:2]) or 0) >= COMMON_WORD_FREQ):
            return len(noun)
    return None


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
        freq = word_frequencies()
        product = next((k for k in range(len(head) - 1) if (freq.get(head[k:]) or 0) > 0), None)
        rest = head[:product] if product is not None else head
    if not 2 <= len(rest) <= 4 or set(rest) & _FACTORY_STOP or _non_name_word_in(rest):
        return True  # 建成屠宰厂, 老砖厂, 这家民营企业发电厂: a verb, a determiner or a description, no brand
    return (word_frequencies().get(rest) or 0) >= _FACTORY_WORD_FREQ or \
        rest.startswith(_GENERIC_ORG_HEADS) or _common_nouns_only(rest)


# characters a factory's brand (红星, 金穗) does not hold: age, size, determiners, counters, building verbs
_FACTORY_STOP = frozenset("老新旧原大小这那该此各每家座个所处改建成的")
# jieba tags of words that make a factory's "name" a phrase: verbs, adverbs, pronouns, numerals, attributes
_PHRASE_TAGS = frozenset(("v", "vn", "vd", "d", "r", "m", "q", "a", "ad", "b", "t", "p", "c"))


def _non_name_word_in(words: str) -> bool:
    """闲置, 建成, 民营: an everyday word of a phrase's kind among the two-character pieces of ``words``."""
    freq, tags = word_frequencies(), word_tags()
    return any((freq.get(words[i:i + 2]) or 0) >= COMMON_WORD_FREQ and tags.get(words[i:i + 2]) in _PHRASE_TAGS
               for i in range(len(words) - 1))


# jieba tags of words that describe a product or a kind (颗粒, 燃料, 大型, 现代), not a firm's own name
_DESCRIBING_TAGS = frozenset(("n", "vn", "b", "t", "a", "v"))


def _common_nouns_only(words: str) -> bool:
    """颗粒燃料, 绿色有机: every word (longest dictionary match) an everyday noun or attribute, no proper name.

    红星 (nz), 亚东 (ns) or a word jieba lacks (金穗) make a name.
    """
    freq, tags = word_frequencies(), word_tags()
    i = 0
    while i < len(words):
        size = next((k for k in (4, 3, 2) if i + k <= len(words) and (freq.get(words[i:i + k]) or 0) >=
                     COMMON_WORD_FREQ), 0)
        if not size and i > 0 and i == len(words) - 1 and tags.get(words[i]) == "n" and \
                (freq.get(words[i]) or 0) >= COMMON_WORD_FREQ:
            return True  # 玉米面: a product noun and its form (粉, 油, 面 …)
        if not size or tags.get(words[i:i + size]) not in _DESCRIBING_TAGS:
            return False
        i += size
    return True


def _department_branch(kind: str, head: str) -> bool:
    """旗林草局党支部, 县水务局党支部: the party branch of a department written with the level only."""
    return kind == "party_branch" and re.fullmatch(r"[市旗盟县][\u4e00-\u9fff]{1,6}(?:局|委|办|院|所|站|中心)", head) \
        is not None


def _verb_and_trade(head: str) -> bool:
    """依靠, 带领养殖: a frequent verb that is no word of trade, then only words of trade or nothing (no name)."""
    return _opens_with_verb(head) and head[:2] not in _org_generic_words() and \
        (len(head) == 2 or _only_generic_words(head[2:]))


# a count right after a body's name (…合作社达到120家, …公司有30多家): the name is a kind counted
_COUNT_AFTER_RE = re.compile(r"(?:已|共|总数)?(?:达到?|发展到|增至|增加到|超过|有|共有)?[\d一二三四五六七八九十百千]+(?:余|多)?[家个所]")


def _brand_word(text: str, place: Span) -> bool:
    """A township or village written without its level word (那吉 for 那吉镇) inside a firm's name: a brand word."""
    return place.level in ("township", "village") and text[place.start:place.end] != place.name


def _opens_with_verb(head: str) -> bool:
    """推进国有…, 深入…: a frequent verb (not 得力 of 得力其尔) opens what stands between a place and a suffix."""
    return word_tags().get(head[:2]) in ("v", "vn") and (word_frequencies().get(head[:2]) or 0) >= _FACTORY_WORD_FREQ


def _forest_body(name: str, head: str) -> bool:
    """某某林业局, 某某林场: a state forestry bureau or forest farm named by its own forest area.

    Such areas (a forest district, a mountain) are often no division of the data, so no
    place anchors the name; the part before 林业/林场 must then read as a proper name:
    two to five characters, no everyday phrase word, not only common nouns or words of trade.
    """
    if name.endswith("林业局"):
        core = head[:-2]
    elif name.endswith("林场"):
        core = head
    else:
        return False
    return 2 <= len(core) <= 5 and not core.startswith(_GENERIC_ORG_HEADS) and \
        not any(ch in BREAK for ch in core) and not re.search(r"\d|各|每|所有|国有", core) and \
        not _only_generic_words(core) and not _non_name_word_in(core) and not _common_nouns_only(core) and \
        not ((word_frequencies().get(core) or 0) >= COMMON_WORD_FREQ and word_tags().get(core) not in _PLACE_TAGS)


# jieba tags of a proper place or name (根河, 毕拉河): a forest area may be a dictionary word of these kinds
_PLACE_TAGS = frozenset(("ns", "nr", "nz", "nt"))


# words after 大学/学院 that make it a person's schooling (大学毕业, 大学学历), not a named body
_STUDIES_AFTER = ("毕业", "学历", "本科", "专科", "文化")
def _generic_head(head: str) -> bool:
    """Whether a body's name opens with a generic word (牧民, 乡镇, 个 …); 个体 (self-employed) is a trade."""
    return head.startswith(_GENERIC_ORG_HEADS) and not head.startswith("个体")


# a kind of body written alone before a party unit (公司党支部, 合作社党总支): no name of its own
_BARE_BODY_HEADS = frozenset(("公司", "集团", "协会", "合作社", "大学", "学院", "医院", "银行"))
# areas that have a party body of their own (某某片区联合党委, 某某商圈党委, 某某工业园区党工委, 某某景区联合党委)
_AREA_UNITS = ("片区", "园区", "商圈", "开发区", "产业园", "商贸城", "市场", "景区")
_AREA_TRADE_RE = re.compile(r"(?:经济技术|高新技术|产业|工业|农业|物流|经济|科技|农贸|商贸|现代)+$")
# jieba frequency from which an area's name is an everyday word (金山 291, 高新 563; 重点 16k, 城市 38k)
_AREA_NAME_WORD_FREQ = 1000


def _named_area(head: str) -> bool:
    """某某片区, 某某商贸城商圈: an area with a proper name, whose party body is named by it.

    The name before the area's word and its trade (金山|工业|园区) must be no everyday word:
    产业园区, 工业园区, 重点商圈 name a kind of area, not one.
    """
    unit = next((u for u in _AREA_UNITS if head.endswith(u)), None)
    if unit is None:
        return False
    part = _AREA_TRADE_RE.sub("", head[: -len(unit)])
    return len(part) >= 2 and (word_frequencies().get(part) or 0) < _AREA_NAME_WORD_FREQ


def _transliterated_village(head: str) -> bool:
    """某某嘎查 written in transliterated characters only: a village the division data may lack, but a name."""
    if not head.endswith("嘎查"):
        return False
    name = head[:-2]
    return len(name) >= 2 and all(ch in transliteration_chars() for ch in name)


def _deep_place_names(ctx: DocContext) -> list[str]:
    """The villages, townships, leagues and banners the document has named (with their own suffix, 3+ characters).

    (某旗融媒体中心: the place stage may leave a banner inside a body's name without a span.)
    """
    return [name for (label, name), ent in ctx.entities.items()
            if label == "Place" and len(name) >= 3 and
            (ent.level in ("village", "township") or (ent.level in ("league", "banner") and name[-1] in "旗县市盟区"))]


def _anchoring_place_names(ctx: DocContext) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The deep place names (``_deep_place_names``) that may anchor a body: no department's words in them.

    Filtered once per version of the entities, not per sentence; with one pattern finding any
    of them, which tells in one scan whether a sentence holds one at all (most hold none).
    """
    names = tuple(name for name in _deep_place_names(ctx) if not department_words_in(name))
    return names, _any_of(names) if names else None


@lru_cache(maxsize=256)  # the entities' version changes often, the names they give seldom
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of ``words``: searching it finds whether a text holds any of them."""
    return re.compile("|".join(map(re.escape, words)))


def _main_place(ctx: DocContext, level: str, level_char: str) -> str | None:
    """The place at ``level`` ending in ``level_char`` the report names most often (one clear first, else None)."""
    counts: dict[str, int] = {}
    for s in ctx.spans:
        if s.label == "Place" and not s.anaphor and s.level == level and s.name.endswith(level_char):
            counts[s.name] = counts.get(s.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


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
            find_persons(ctx, sent.index, sent.text)
        persons_named_again(ctx)
        ctx.spans.sort(key=lambda s: (s.sentence, s.start))

    def _orgs(self, ctx: DocContext, index: int, text: str) -> None:
        suffixes = _suffixes_in(text)
        # the places are read by the suffix walk and by the bank passes below (银行 and the short
        # bank names hold 行): a sentence with neither (most) needs none of them
        place_starts: dict[int, Span] = {}
        if suffixes or "行" in text:
            place_spans = [s for s in ctx.spans_in(index, "Place")
                           if not s.anaphor and not department_words_in(s.name)]
            place_starts = {s.start: s for s in place_spans}
            # a village or township named again later in the document (新胜村党支部) anchors as well
            names, any_name = ctx.derived("anchoring_place_names", _anchoring_place_names,
                                          version=len(ctx.entities))
            for name in names if any_name is not None and any_name.search(text) else ():
                at = text.find(name)  # str.find: no pattern to build per name and sentence
                while at >= 0:
                    if not any(s.start <= at < s.end for s in place_spans):
                        place_starts.setdefault(at, Span("Place", name, at, at + len(name), index))
                    at = text.find(name, at + len(name))
        blocked = [(s.start, s.end) for s in ctx.spans_in(index, "Programme")] if suffixes else []
        found: dict[tuple[int, int], tuple[str, str]] = {}
        referenced: set[tuple[int, int]] = set()  # short references to a body named in full (no alias)
        bare: list[tuple[int, int]] = []
        for suffix, kind, pattern in suffixes:
            for m in pattern.finditer(text):
                end = m.end()
                if text[end:end + 1] in ("生", "长") or (suffix == "厂" and text[end:end + 1] in _NOT_FACTORY_AFTER) or any(a <= m.start() < b for a, b in blocked) or \
                        (suffix == "党组" and text[end:end + 1] == "织"):  # 党组织 is no 党组
                    continue
                if suffix == "局" and text[m.start() - 1:m.start()] in _NOT_BUREAU_BEFORE:
                    continue
                if kind == "university" and text.startswith(_STUDIES_AFTER, end):
                    continue  # 某某大学毕业后, 大学学历: a person's schooling, no named university
                if suffix == "工会" and (text[end:end + 1] in ("议", "上") or text[m.start() - 1:m.start()] in ("施", "开", "员")):
                    continue  # 开工会议, 施工会影响, 员工会上: no trade union
                if suffix == "联合会" and text[end:end + 1] == "议":
                    continue  # 联合会议: a joint meeting
                if suffix in whole_names():
                    if text[end:end + 1] in ("区", "会"):
                        continue  # 新华社区: a community's name, not the agency
                    found[(m.start(), end)] = (suffix, kind)  # 人民日报社: a name on its own
                    continue
                if suffix == "政府" and (text[m.start() - 1:m.start()] == "委" or text.startswith(_SEAT_AFTER, end)):
                    continue  # 旗委政府: the banner's leadership as a whole; 旗政府所在地: the banner's seat
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
                    if kind in ("enterprise", "cooperative", "association") and _brand_word(text, nxt):
                        break  # 某旗那吉文旅有限公司: a township's short form after the county is the brand
                    if kind == "enterprise" and p.level == "region" and text[nxt.start:nxt.end] != nxt.name:
                        break  # 内蒙古科尔沁某某有限公司: a registered name; a short form after the region is its brand
                    if kind == "cooperative" and p.level == "banner" and nxt.level == "village":
                        break  # 某县某村某某专业合作社: the county written in is part of the cooperative's name
                    if kind in ("enterprise", "cooperative", "association") and p.level == "league" and \
                            nxt.level == "banner":
                        break  # 某市某区某某专业合作社: a registered name written from its city
                    if kind in ("cooperative", "association") and p.level == "banner" and \
                            nxt.level == "township" and (start == 0 or text[start - 1] in "，。；：") and \
                            place_starts.get(nxt.end) is None:
                        break  # 某旗某镇某某种植协会 opening a sentence: the banner and town are its written name
                    start = nxt.start
                back = next((s for s in ctx.spans_in(index, "Place") if s.anaphor and s.start == start and
                             s.end < m.start() and text[s.start] in "该本我"), None)
                if back is not None:
                    start = back.end  # 该旗旗委组织部: the department of the banner 该旗 points back to
                name = text[start:end]
                if suffix == "区委" and not _district_committee(name):
                    continue  # 社区委员会, 园区委: only a district the data holds has a 区委 (九原区委)
                anchored = start in place_starts
                if suffix in facility_suffixes():
                    if not anchored and text[start] in "市旗盟县" and \
                            (start == 0 or text[start - 1] in BREAK or _LEFT_STOP_RE.search(text, 0, start)):
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
                if _DEMONSTRATIVE_END_RE.search(head):
                    continue  # 这家合作社, 某村这家公司: a body named before taken up (backrefs, metric subjects)
                if suffix in _FAMILY_FARMS and (text[end:end + 1] == "主" or (anchored and len(head) < 2)):
                    continue  # 家庭农场主 is a person; 某旗家庭农场: the kind of farm in the banner, none named
                owner = None if anchored or kind not in ("cooperative", "enterprise") else _owner_named(head)
                if owner is not None:
                    # 牧民某某养殖专业合作社: the member's cooperative, named by the person (no role word)
                    start += owner
                    name, head = name[owner:], head[owner:]
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
                    if kind == "cooperative" and not head and anchor.level == "village":
                        # 某嘎查合作社 (a caption): the cooperative of that village the report names in full
                        full = _full_cooperative(ctx, surface_place)
                        if full:
                            found[(start, end)] = (full, kind)
                            referenced.add((start, end))
                        if full is not None:
                            continue
                    owner = _owner_named(head) if kind in ("cooperative", "enterprise") else None
                    if owner is not None:
                        # 某旗牧民某某养殖专业合作社: the body is named by the person, the place and noun describe
                        found[(start + len(surface_place) + owner, end)] = (name[len(surface_place) + owner:], kind)
                        continue
                    # 某盟行政公署农牧局, 某旗人民政府办公室: a department of the place's government is named by it
                    if _generic_head(head.removeprefix("行政公署").removeprefix("人民政府")) and head:
                        continue
                    if _VERB_HEAD_RE.match(head):
                        continue  # 某镇有小学2所, 某村新建合作社: the place has or builds one, none named
                    if kind in ("cooperative", "enterprise", "association") and \
                            (_fostered_kind(head) or _verb_and_trade(head)):
                        continue  # 某旗大力培育合作社, 某村依靠合作社: what the place does with such bodies
                    if kind in ("cooperative", "enterprise", "association") and _only_generic_words(head) and \
                            _COUNT_AFTER_RE.match(text, end):
                        continue  # 某旗种植合作社达到120家: a kind of body counted, not one named
                    if suffix == "林场" and ("国有" in head or _opens_with_verb(head)):
                        continue  # 某旗推进国有林场改革: what the place does with its forest farms
                elif (kind in ("government", "party_committee", "bank") or _department_branch(kind, head) or
                      (suffix in _MASS_ORGANISATIONS and len(head) == 1)) and \
                        re.fullmatch(r"[市旗盟县区][\u4e00-\u9fff]{0,6}", head) and \
                        (start == 0 or text[start - 1] in BREAK or _LEFT_STOP_RE.search(text, 0, start)
                         or back is not None):
                    # 市发改委, 旗民政局: a department of the place the text is about (or 该旗 names)
                    place = back.name if back is not None and back.level == _LEVEL_OF[head[0]] else \
                        self._level_place(ctx, index, head[0])
                    if place is not None:
                        found[(start, end)] = (place + name[1:], kind)
                        if kind == "government":
                            self._department_list(ctx, index, text, end, place, head[0], found)
                    continue
                elif len(head) < 2 or _generic_head(head) or re.search(r"\d", head) or \
                        head.startswith("农村") or head in _BARE_BODY_HEADS:
                    # (a place's 农村商业银行 is named; 农村商业银行 on its own is a kind of bank;
                    # 公司党支部 with nothing before it: the branch of a company named elsewhere, not a name)
                    continue
                elif kind in ("cooperative", "enterprise", "association") and \
                        (_only_generic_words(head) or _fostered_kind(head) or (suffix == "厂" and _generic_factory(head))):
                    continue  # 领办了养殖专业合作社, 培育示范合作社: what it does, with no place or proper name
                elif any(g in head for g in ("乡镇", "县乡", "苏木", "布局", "格局")):
                    continue
                elif kind in ("party_branch", "party_committee", "other", "government") and not any(
                        w in head for w in ("集团", "公司", "协会", "合作社", "大学", "学院", "医院", "银行")) \
                        and not _transliterated_village(head) and not _forest_body(name, head) and \
                        not (kind in ("party_branch", "party_committee") and _named_area(head)):
                    continue  # a party or government body is named by its place or parent organisation
                if re.search("各|每个|所有", head):
                    continue  # 某银行各支行, 某镇各村党支部: every one of a kind, no named organisation
                found[(start, end)] = (name, kind)
        taken = self._bare_branches(ctx, index, text, found) | referenced
        self._sub_units(text, found)
        if "员会" in text:
            _full_committees(text, found)
        if "共青团" in text:
            _youth_league_committees(text, found)
        if "银行" in text:
            _national_bank_branches(text, found, place_starts)
        if "行" in text and any(w in text for w in _SHORT_BANKS):
            _short_bank_names(text, found, place_starts)
        if "支行" in text or "营业部" in text or "分理处" in text or "信用社" in text or "分社" in text:
            _local_bank_branches(text, found)
        if "与" in text and "学院" in text:
            _colleges_with_yu(text, found)
        for (start, end), (name, kind) in sorted(found.items()):
            outer = [k for (s2, e2), (_n, k) in found.items() if s2 <= start and e2 >= end and (s2, e2) != (start, end)]
            # an organisation inside a longer one counts only as the parent of a party branch
            if outer and not all(k in ("party_branch", "party_committee") for k in outer):
                continue
            if outer and any(e2 - end > 3 for (s2, e2) in found if s2 <= start and e2 > end):
                continue
            if outer and any(_pairing_party(text, s2, e2) for (s2, e2) in found
                             if s2 <= start and e2 >= end and (s2, e2) != (start, end)):
                continue  # 某派出所党支部与某村党支部结对共建: the branches are the parties, not the station
            canonical = self._canonical(ctx, name, kind)
            if kind == "party_committee" and name.endswith(("市委", "盟委", "旗委", "县委", "区委", "纪委")) and \
                    text[end:end + 3].startswith(("组织部", "宣传部", "统战部", "书记", "副书记")):
                continue
            ctx.spans.append(Span("Organisation", canonical, start, end, index, kind=self._kind(name, kind)))
            # (a bare kind word taking up a body named before is no name of it: no alias)
            aliases = [a for a in dict.fromkeys((name, text[start:end])) if a != canonical and (start, end) not in taken]
            ctx.add_entity("Organisation", canonical, index, kind=self._kind(name, kind), aliases=aliases)

    @staticmethod
    def _bare_branches(ctx: DocContext, index: int, text: str,
                       found: dict[tuple[int, int], tuple[str, str]]) -> set[tuple[int, int]]:
        """村党总支, 社区党委, 联社 … opening a clause: the body of that kind the text is about.

        A paragraph that opens with a village or community (its topic) goes on to say
        村党总支 or 社区党总支 for that place's own party organisation.  Only a bare form
        opening a clause counts (各村党支部 or 嘎查村党组织 stay generic), and only when the
        topic is a village whose name ends in the same word.  Otherwise the bare form
        takes up the one body of its paragraph whose name ends in it (某某社区党委 …
        社区党委; 某某信用联社 … 联社), or, in a paragraph about one village, that
        village's branch when the report has named it (backrefs.py).  The spans of the
        last two are returned: a bare kind word is no alias of the body.
        """
        taken: set[tuple[int, int]] = set()
        if not ("党总支" in text or "党支部" in text or "党委" in text or "联社" in text):  # (no generator per sentence)
            return taken
        topic = ctx.topic.get(index) or ""
        ent = ctx.entities.get(("Place", topic)) if topic.endswith(("村", "社区", "嘎查")) else None
        # the village must have been named a few sentences ago, not only carried over as a stale topic
        topical = ent is not None and ent.level == "village" and \
            any(topic in ctx.sentences[i].text for i in range(max(0, index - _BARE_BRANCH_REACH), index + 1))
        for m in itertools.chain(_BARE_BRANCH_RE.finditer(text), _BARE_UNION_RE.finditer(text)):
            if (m.start(), m.end()) in found:
                continue
            place_word, suffix = m.group(1) or "", m.group(2) or m.group()
            kind = "party_committee" if suffix.endswith("委") else "party_branch"
            if topical and place_word and topic.endswith(place_word):
                found[(m.start(), m.end())] = (topic + suffix, kind)
                continue
            name = org_taken_up(ctx, index, m.group(), before=m.start())
            if name is None and place_word:
                village = paragraph_village(ctx, index)
                if village is not None and village.endswith(place_word) and \
                        ("Organisation", village + suffix) in ctx.entities:
                    name = village + suffix
            named = ctx.entities.get(("Organisation", name or ""))
            if named is not None:
                found[(m.start(), m.end())] = (named.name, named.kind or kind)
                taken.add((m.start(), m.end()))
        return taken

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
            if m is None or any(ch in BREAK for ch in m.group(1)):
                continue
            del found[(start, end)]
            found[(start, m.end())] = (text[start:m.end()], kind)

    @staticmethod
    def _level_place(ctx: DocContext, index: int, level_char: str) -> str | None:
        """The topic place at the level a one-character prefix names (市/盟 → league, 旗/县/区 → banner).

        区 names a city district only: in a banner's report no place ends in 区 at that level.
        """
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
            # a village topic the data and the text give no parents: the report's own place at that level
            return ctx.derived(f"main_place_{level_char}", lambda c: _main_place(c, want, level_char))
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
            if i > limit + 4 and text[i - 1] in "）)" and text.endswith(_BRACKETED_PARTS, max(0, i - 6), i):
                i -= 4  # 某某（集团）股份有限公司: the bracketed word is part of the name
                continue
            if not (i > limit and (text[i - 1] not in BREAK or _name_word_at(text, i - 1) or
                                   _inside_place(text, i - 1, place_starts) or _inside_transliteration(text, i - 1)) and
                    text[i - 1] not in _ORG_BREAK and "\u4e00" <= text[i - 1] <= "\u9fff"):  # (NAME_CHARS)
                break
            if text[i - 1] in _DIRECTIONS and _motion_into(text, i - 1, place_starts):
                break  # 把羊赶进合作社: the verb and its direction are no part of the name
            # a stop ends right at i (text[i - 1] is a name character, no newline for $): only after one's last character
            stop = _LEFT_STOP_RE.search(text, max(0, i - 4), i) if text[i - 1] in _LEFT_STOP_ENDS else None
            if stop and any(p.start <= stop.start() and stop.end() <= p.end for p in place_starts.values()):
                stop = None  # 联合村, 团结嘎查: a verb's characters inside a place's name are the name
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
                if i - 1 - 2 <= p.end < i - 1 and not any(ch in BREAK for ch in text[p.end:i - 1]) and \
                        re.fullmatch(NAME_CHARS + "+", text[p.end:i - 1]):
                    return p.start
        if best is not None:
            return best
        if i == suffix_start:
            return None
        return i

    @staticmethod
    def _canonical(ctx: DocContext, name: str, kind: str) -> str:
        """A party committee (or its department) under the full name the report gives it anywhere.

        中共某旗委组织部 and 某旗委组织部, 中共某某族自治旗委员会组织部 and 某某旗委组织部
        are one body: both read the same once 中共 and 委员会 are dropped and the place's
        short form is written in full (``_committee_key``).
        """
        if name.endswith("委党校") and ("中共" + name) in ctx.document.text:
            return "中共" + name  # 中共某旗委党校: the committee's school, named by the committee
        if kind in ("cooperative", "association"):
            return _with_banner_written(ctx, name, kind)
        if kind != "party_committee":
            return name
        if _written_with_cpc(ctx.document.text, name):
            return "中共" + name
        key = _committee_key(name)
        full = ctx.derived("committee_full_forms", _committee_full_forms, version=0).get(key)
        if full is not None:
            return full
        # 某某族自治旗委组织部 and 某某旗委组织部, neither with 中共: the one found first
        return next((n for (label, n), e in ctx.entities.items() if label == "Organisation" and
                     e.kind == "party_committee" and n.endswith(name[-2:]) and _committee_key(n) == key), name)


def _motion_into(text: str, i: int, place_starts: dict[int, Span]) -> bool:
    """赶进, 送入, 搬进: 进/入 at ``i`` completing a one-character verb before it (jieba's tag), not in a place's name.

    进/入 opening a word with the character after it (出入境, 进口) or closing 出入/进出 is no direction.
    """
    if text[i] not in _DIRECTIONS or i < 1 or text.startswith(_NAME_WORDS_WITH_DIRECTION, i - 1) or \
            text[i - 1] in "出进" or text[i:i + 2] in word_frequencies():
        return False
    return word_tags().get(text[i - 1], "") in ("v", "vn") and not _inside_place(text, i, place_starts)


def _inside_place(text: str, i: int, place_starts: dict[int, Span]) -> bool:
    """呼和浩特市, 和林格尔: a function character (和) inside a place's name is no conjunction for the left walk.

    Only a character strictly after the place's first one: a name opening with 和 (和林格尔县) starts
    there, and the walk reaches that start through the characters after it.
    """
    return any(p.start < i < p.end for p in place_starts.values())


def _with_banner_written(ctx: DocContext, name: str, kind: str) -> str:
    """某镇某某种植协会 after 某旗某镇某某种植协会: the body named before with its banner written in.

    The full name (banner, then the town or village) is kept where a clause opens with it;
    a later mention without the banner is the same body, not a new one.
    """
    for (label, other), ent in ctx.entities.items():
        if label == "Organisation" and ent.kind == kind and len(other) > len(name) and other.endswith(name):
            banner = ctx.entities.get(("Place", other[:-len(name)]))
            if banner is not None and banner.level == "banner":
                return other
    return name


def _full_cooperative(ctx: DocContext, place: str) -> str | None:
    """某嘎查合作社 (a place and the bare kind word): which cooperative of that village the report names in full.

    The one cooperative named so far whose name holds the village; "" (emit nothing) when the
    report names one or more with a name of their own after the village anywhere else (the short
    form then refers to one of them, which may not be known yet); None when it names none: the
    village's own cooperative, as before.
    """
    named = {n for (label, n), e in ctx.entities.items()
             if label == "Organisation" and e.kind == "cooperative" and place in n and len(n) > len(place) + 3}
    if len(named) == 1:
        return named.pop()
    pattern = re.compile(re.escape(place) + NAME_CHARS + "{2,12}?合作社")
    for m in pattern.finditer(ctx.document.text):
        if not any(ch in BREAK for ch in m.group()[len(place):-3]):
            return ""
    return "" if named else None


# a national bank, whose name alone is no local actor: its branch named by a place is the body meant
_NATIONAL_BANKS = ("农业银行", "建设银行", "工商银行", "交通银行", "邮政储蓄银行", "邮储银行", "中国银行")
_BRANCH_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:支行|分行)")


def _national_bank_branches(text: str, found: dict[tuple[int, int], tuple[str, str]],
                            place_starts: dict[int, Span]) -> None:
    """中国某某银行某旗支行, 中国某某银行某旗某镇支行: the local branch is the organisation, not the national bank.

    The branch must open with a place (a division, a place the report named, or a
    banner's short form) right after the bank's name (or its legal form, 中国某某银行
    股份有限公司某旗支行); a local bank (某旗农村商业银行某镇支行) keeps its own name.
    """
    from .gazetteer import load_gazetteer

    for (start, end), (name, _kind) in sorted(found.items()):
        bank = name.removesuffix("股份有限公司").removesuffix("有限责任公司")
        if not bank.endswith(_NATIONAL_BANKS):
            continue
        place_end = place_starts[end].end if end in place_starts else None
        if place_end is None:
            # 中国建设银行某某支行: the banner's short form (the data's forms), which the place stage may leave
            gaz = load_gazetteer()
            place_end = next((end + k for k in range(min(gaz.max_form_len, 6), 1, -1)
                              if len(gaz.forms.get(text[end:end + k]) or []) == 1 and
                              text.startswith(("支行", "分行"), end + k)), None)
        if place_end is None:
            continue
        m = _BRANCH_TAIL_RE.match(text, place_end)
        if m is None or any(ch in BREAK for ch in text[end:m.end()]) or \
                re.search("各|每|所有|\\d", text[end:m.end()]):
            continue
        del found[(start, end)]
        found[(start, m.end())] = (text[start:m.end()], "bank")


# the short names of the national banks (农行, 建行, 工行 …: the national banks by two characters): a bank only with a place written next to them
_SHORT_BANKS = ("农行", "建行", "工行", "中行", "交行")
# (村中行走, 新建行政村, 镇中行为: 中行 and 建行 read across two words)
_SHORT_BANK_RE = re.compile("(?:农行|建行|工行|交行)(?![政动走业之长列使])|中行(?![政动为走业之长列使])")
_SHORT_BRANCH_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:支行|营业部|分理处)")


def _short_bank_names(text: str, found: dict[tuple[int, int], tuple[str, str]],
                      place_starts: dict[int, Span]) -> None:
    """某旗农行, 某旗建行某某支行, 农行某旗支行: a national bank's local office by its short name.

    A bare 农行 names the national bank, no body of the graph; with a place right before
    it (its office there, a branch or 营业部 of it may follow) or a place and 支行 right
    after it, it is that place's office.  The next character must not make another word
    of the two (新建行政村, 农行动).
    """
    place_ends = {p.end: p for p in place_starts.values()}
    for m in _SHORT_BANK_RE.finditer(text):
        start = end = None
        if m.start() in place_ends:
            start, end = place_ends[m.start()].start, m.end()
            tail = _SHORT_BRANCH_TAIL_RE.match(text, end)
            if tail is not None and not any(ch in BREAK for ch in text[end:tail.end()]) and \
                    not re.search("各|每|所有|\\d", text[end:tail.end()]):
                end = tail.end()
        elif m.end() in place_starts:
            tail = _SHORT_BRANCH_TAIL_RE.match(text, place_starts[m.end()].end)
            if tail is not None and tail.end() - place_starts[m.end()].end <= 6 and \
                    not any(ch in BREAK for ch in text[m.end():tail.end()]):
                start, end = m.start(), tail.end()
        if start is None or end is None or any(s < end and start < e for s, e in found):
            continue
        found[(start, end)] = (text[start:end], "bank")


# a bank's office named after the bank (某旗农商行某某支行, 某旗农村信用社某某信用社): 2-4 characters of its own
_LOCAL_BRANCH_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:支行|营业部|分理处|信用社|分社)")
# words between a bank and 支行 that say which offices, not name one (所属支行, 辖内支行, 基层支行)
_NOT_BRANCH_NAME = ("各", "每", "所", "下", "辖", "全", "基层", "直属", "旗内", "县域")


def _local_bank_branches(text: str, found: dict[tuple[int, int], tuple[str, str]]) -> None:
    """某旗邮储银行某某支行: a national bank's office named right after the bank of the place is the body meant.

    The national banks' branches named by a place are ``_national_bank_branches``; here the
    bank of the place (某旗邮储银行) and a branch name of two to four characters with no break,
    number or word of quantity in it.  A local bank's office keeps the local bank
    (某旗农商行某某支行: 某旗农商行), as the extractor names local banks.  (The walk left from the
    second 信用社 of 某旗农村信用社某某信用社 stops inside the first: that piece is dropped.)
    """
    for (start, end), (name, kind) in sorted(found.items()):
        if kind != "bank" or (start, end) not in found:
            continue
        m = _LOCAL_BRANCH_RE.match(text, end)
        if m is None or any(ch in BREAK for ch in m.group(1)) or re.search(r"\d", m.group(1)) or \
                any(w in m.group(1) for w in _NOT_BRANCH_NAME) or _NAME_CHAR_AFTER_RE.match(text, m.end()):
            continue
        national = name.endswith(_NATIONAL_BANKS) or _SHORT_BANK_RE.search(name) is not None or \
            _names_a_banner(m.group(1))  # 某市农村商业银行某旗支行: a wider bank's branch in a banner is the body
        for key in [k for k in found if start < k[0] < (m.end() if national else end) and k != (start, end)]:
            del found[key]  # (社某某信用社: a piece the walk left cut from the first bank's suffix)
        if national:  # a local bank's office keeps the local bank (某旗农村商业银行某某支行: the bank)
            del found[(start, end)]
            found[(start, m.end())] = (text[start:m.end()], "bank")


@lru_cache(maxsize=1)
def _banner_forms() -> frozenset[str]:
    """Banner-level divisions' full names and own short forms (乌审旗, 乌审; 九原区, 九原): what a bank's branch in one is named by.

    Two-character short forms are no trusted place forms in running text (they may be everyday
    words), but right between a bank and 支行 they name the banner of the branch.
    """
    from .gazetteer import load_gazetteer

    forms: set[str] = set()
    for div in load_gazetteer().divisions.values():
        if div.level == "banner" and div.name.endswith(("旗", "县", "区", "市")):
            forms.add(div.name)
            if div.short and len(div.short) >= 2:
                forms.add(div.short)
    return frozenset(forms)


def _district_committee(name: str) -> bool:
    """某某区委: the party committee of a district (a banner-level 区 of the division data), named in full."""
    from .gazetteer import load_gazetteer

    divisions = load_gazetteer().divisions
    place = name.removeprefix("中共")[:-1]
    # (包头市九原区委: the district may follow its city in the name)
    return any((div := divisions.get(place[k:])) is not None and div.level == "banner"
               for k in range(len(place) - 2))


def _names_a_banner(branch: str) -> bool:
    """乌审, 乌审旗 before 支行: the branch is named by a banner (a township's short form is a local office)."""
    return branch in _banner_forms()


# a bank office's name goes on (某某支行长, 某某信用社员): the suffix ends no office there
_NAME_CHAR_AFTER_RE = re.compile("[长员]")


_COLLEGE_FIELD_RE = re.compile(r"([\u4e00-\u9fff]{2,8})与")


def _colleges_with_yu(text: str, found: dict[tuple[int, int], tuple[str, str]]) -> None:
    """某某大学资源与环境学院: a college whose name joins two fields with 与 is one organisation.

    The walk left from 学院 stops at 与; when a university (大学/学院) ends right before the
    first field, and that field is no organisation's name of its own (党委, 公司 …), the
    university, both fields and 学院 are the college's name.
    """
    for (s1, e1), (n1, k1) in sorted(found.items()):
        if k1 != "university" or not n1.endswith(("大学", "学院")):
            continue
        m = _COLLEGE_FIELD_RE.match(text, e1)
        if m is None or m.group(1).endswith(tuple(sfx for sfx, _k in org_suffixes())) or \
                any(ch in BREAK for ch in m.group(1)):
            continue
        college = next(((s2, e2) for (s2, e2), (n2, k2) in found.items()
                        if s2 == m.end() and k2 == "university" and n2.endswith("学院")), None)
        if college is None or any(e1 < s < college[0] for s, _e in found):
            continue
        del found[(s1, e1)]
        del found[college]
        found[(s1, college[1])] = (text[s1:college[1]], "university")


def _written_with_cpc(text: str, name: str) -> bool:
    """中共 + ``name`` written as a name of its own (中共某旗委 not only inside 中共某旗委员会)."""
    full = "中共" + name
    at = text.find(full)
    while at >= 0:
        if not (name.endswith("委") and text.startswith("员会", at + len(full))):
            return True
        at = text.find(full, at + 1)
    return False


_PAIRING_WORD_RE = re.compile("结对|共建|联建|结成")


def _pairing_party(text: str, start: int, end: int) -> bool:
    """A party branch joined by 与/和 to another in a pairing (…党支部与…党支部结对共建): a party of its own."""
    if not text.endswith(("党支部", "党总支", "党委"), 0, end):
        return False
    joined = text[end:end + 1] in ("与", "和") or text[start - 1:start] in ("与", "和")
    clause_end = min((i for i in (text.find(c, end) for c in "，。；") if i >= 0), default=len(text))
    return joined and _PAIRING_WORD_RE.search(text, end, clause_end) is not None


def _full_committees(text: str, found: dict[tuple[int, int], tuple[str, str]]) -> None:
    """中共某县委员会: the committee written in full (a report's signature line) is named so, not cut at 县委.

    Only after 中共 (政协某旗委员会 is another body) and not before a department's name
    (中共某旗委员会组织部 is the department, found by its own suffix).
    """
    for (start, end), (name, kind) in sorted(found.items()):
        if kind == "party_committee" and name.endswith(("市委", "盟委", "旗委", "县委", "区委")) and \
                text.startswith("员会", end) and (name.startswith("中共") or text.endswith("中共", 0, start)) and \
                not text.startswith(("组织部", "宣传部", "统战部", "办公室"), end + 2):
            del found[(start, end)]
            found[(start, end + 2)] = (name + "员会", kind)


def _youth_league_committees(text: str, found: dict[tuple[int, int], tuple[str, str]]) -> None:
    """共青团某旗委(员会): the Youth League's committee of the place, not the party's 某旗委 inside it.

    The suffix grammar reads 某旗委 (a party committee) in 共青团某旗委员会; with 共青团
    right before, the body is the League's committee, named in full (员会 included).
    """
    for (start, end), (name, kind) in sorted(found.items()):
        if kind == "party_committee" and name.endswith("委") and text.endswith("共青团", 0, start):
            del found[(start, end)]
            end += 2 if text.startswith("员会", end) else 0
            found[(start - 3, end)] = (text[start - 3:end], "other")


# 中共 + a committee's name (某旗委, 某旗委员会, …委组织部): the full forms a report gives its committees
_FULL_COMMITTEE_RE = re.compile(r"中共([\u4e00-\u9fff]{2,12}?(?:委员会|[市盟旗县区镇乡]委(?!员))(?:组织部|宣传部|统战部)?)")


def _committee_full_forms(ctx: DocContext) -> dict[str, str]:
    """The document's 中共… committee names by their key (see ``_committee_key``), the first one written."""
    forms: dict[str, str] = {}
    text = ctx.document.text
    if "中共" in text:
        for m in _FULL_COMMITTEE_RE.finditer(text):
            forms.setdefault(_committee_key(m.group(1)), m.group())
    return forms


def _committee_key(name: str) -> str:
    """某旗委组织部 for 中共某旗委员会组织部 or 某短称旗委组织部: no 中共, 委员会 as 委, the place in full."""
    from .gazetteer import load_gazetteer

    base = re.sub("([旗县市盟])党委", r"\1委", name.removeprefix("中共").replace("委员会", "委"))
    gaz = load_gazetteer()
    for size in range(min(gaz.max_form_len, len(base) - 1), 1, -1):
        canon = gaz.forms.get(base[:size]) or []
        if len(canon) == 1:
            full, rest = canon[0], base[size:]
            if full[-1] in "旗县市盟" and rest.startswith(full[-1]) and not base[:size].endswith(full[-1]):
                rest = rest[1:]  # 鄂温克|旗委: the short form's level character
            return full + rest
    return base
