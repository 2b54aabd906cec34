"""Persons by role cues and the frames only a person's name fits.

A person is a name right after a role cue (书记, 村主任, 嘎查达 …, from
``person_roles.tsv``) that ends where a verb or punctuation starts, the names
listed after it, a name before 同志/老人, a name taking up a post (某某担任…书记),
a name founding a named body (某某牵头成立了某合作社), or a member quoted to the
reporter (党员某某跟记者说).  Everyday words (jieba's dictionary) are not
two-character names unless jieba tags them a name and a speech verb follows
(书记王明说).  Transliterated names may go on over 和 (巴图孟和带领…).  Bylines,
photo credits and credit lines (图片由…提供) are not people of the graph (SCHEMA.md).

Separate from organisations.py, which finds named bodies by their suffix grammar:
a person's name is told by a surname or transliterated characters and the words
that may end it, not by a suffix.  ``OrganisationFinder`` calls ``find_persons``
for each sentence after its organisations (the founders' frame needs them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from policykg.facts import Evidence
from policykg.paths import lexicon

from .context import DocContext, Span
from .name_chars import (
    BREAK,
    COMMON_WORD_FREQ,
    NAME_CHAR_RE,
    NAME_CHARS,
    transliteration_chars,
    word_frequencies,
    word_tags,
)


@lru_cache(maxsize=1)
def person_nouns() -> tuple[str, ...]:
    """Common nouns for people (干部, 群众 …) that a cue may be followed by instead of a name."""
    return tuple(ln.strip() for ln in lexicon("person_nouns.tsv").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#"))


def common_word(name: str) -> bool:
    """农村, 周边, 马上: two characters that start with a surname but are an everyday word (or a count, 万人)."""
    return len(name) == 2 and ((word_frequencies().get(name) or 0) >= COMMON_WORD_FREQ or name[1] in "人名个户次位")


def _everyday_start(name: str) -> bool:
    """常态化, 全程参: a three-character candidate that is, or opens with, an everyday word jieba does not tag a name."""
    if common_word(name[:2]) and word_tags().get(name[:2], "")[:1] in tuple("cdprufmtav"):
        return True  # 何时能, 马上就: a conjunction, adverb, pronoun … opens it, whatever jieba says of the whole
    if dictionary_name(name) or dictionary_name(name[:2]) or dictionary_name(name[1:]):
        return False  # 王明亮, 包金山 (金山 a given name jieba knows)
    return common_word(name[:2]) or (word_frequencies().get(name) or 0) >= COMMON_WORD_FREQ


def dictionary_name(name: str) -> bool:
    """王明, 高峰: a frequent word that jieba itself tags as a person's name (nr), not as an adverb or noun."""
    return word_tags().get(name) == "nr"


@lru_cache(maxsize=1)
def person_roles() -> list[str]:
    rows = [ln.strip() for ln in lexicon("person_roles.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return sorted(rows, key=len, reverse=True)


_NAME_END = ("介绍", "说", "带动", "带领", "感慨", "热泪", "活动", "来", "在", "的", "是", "表示", "告诉", "家",
             "同志", "和", "与", "等", "显得", "一行", "讲", "作", "主动", "也", "就", "还", "正", "今年", "老人",
             "有", "谈", "跟", "笑", "对", "为", "把", "向", "从", "牵头", "创办", "领办", "创立", "组织",
             "发挥", "积极", "主动", "带头", "坚持", "率先", "多年", "一直", "始终", "走访", "看望", "告诉", "通过",
             "利用", "每天", "经常", "先后", "已经", "已", "自驻", "自从", "自上", "自任", "正在",
             "扎根", "坚守", "从事", "担任", "任职", "驻村", "带着", "领着", "夫妇", "夫妻", "老两口", "两口子",
             # verbs jieba tags as nouns (部长某某带队深入…, 党员中心户某某联系着11户)
             "带队", "联系", "深入", "负责", "帮助", "帮扶", "入户", "包联", "发起", "任", "领衔")


_NAME_END_RE = re.compile("|".join(_NAME_END))
_NAME_END_ONE = frozenset(w for w in _NAME_END if len(w) == 1)
_NAME_END_LONG_RE = re.compile("|".join(w for w in _NAME_END if len(w) >= 2))
# the name characters after a role cue, at most 8 and up to a function character (BREAK): the raw name,
# in one match rather than a loop over characters
_NAME_RUN_RE = re.compile("(?:(?![" + "".join(sorted(c for c in BREAK if NAME_CHAR_RE.match(c))) + "])" +
                          NAME_CHARS + "){0,8}")


@lru_cache(maxsize=1)
def _roles_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(role) for role in person_roles()))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(ln.strip() for ln in lexicon("surnames.tsv").read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


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


# cues that follow a person's name only; the name opens a clause or follows a role word
_BYLINE_RE = re.compile(r"^(?:本报|[\u4e00-\u9fff]{2,3}社|总台)?(?:见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s|$)")


_SPEAKER_RE = re.compile(r"(党员中心户|党员|村民|牧民|居民|群众)([\u4e00-\u9fff]{2,3}?)"
                         r"(?:(?:跟|对|向)记者(?:说|介绍|表示)|告诉记者)")


# verbs of taking up a post (某某担任/现任/当选为…书记); shared with the relation finder
ASSUME_VERBS = "担任|兼任|出任|现任|当选为|当选|被选为|被推选为|被任命为"


_ASSUME_VERB_RE = re.compile(ASSUME_VERBS)
_ASSUMES_RE = re.compile(r"(?:^|(?<=[，。；：、]))由?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:" + ASSUME_VERBS + ")")


# frames that name a person opening a sentence or clause with no role cue before the name:
# 某某，男，蒙古族…; 某某今年52岁; 某某是某村的一名老党员; 某某说，… / 某某笑着说 (sentence start only)
_SELF_FRAMES = (
    re.compile(r"^([\u4e00-\u9fff]{2,7}?)[，,](?:男|女)[，,、]"),
    re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{2,7}?)(?:今年|现年)[\d一二三四五六七八九十]+岁"),
    re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{2,7}?)(?:曾|也|就|现在|如今)?是[^，。；“”]{0,14}?的?"
               r"(?:一名|一位|一个)?(?:老党员|党员|村民|牧民|致富带头人|护边员|网格员|党员中心户|第一书记|书记|嘎查达)"
               r"(?=[，。；]|$)"),
    re.compile(r"^([\u4e00-\u9fff]{2,7}?)(?:笑着|高兴地|感慨地|激动地)?(?:说|告诉记者|介绍说|介绍道|感慨道)[，,：:]"),
    # 今年58岁的某某是某村党支部书记: the age before the name, the post after 是 ending the clause
    re.compile(r"(?:^|(?<=[，。；：]))(?:今年|现年)?[\d一二三四五六七八九十]+岁的([\u4e00-\u9fff]{2,7}?)(?:现在|如今)?是"
               r"[^，。；“”]{0,16}?(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|董事长|嘎查达)(?=[，。；]|$)"),
    # 某某，某苏木党委委员，每次都…: the name opening the sentence, a party post in apposition between commas
    re.compile(r"^([\u4e00-\u9fff]{2,7}?)[，,][^，。；“”]{2,16}?(?:党总支|党支部|党委)(?:副书记|书记|委员)[，,]"),
)


# a character each frame needs (most sentences lack 岁 and many 是: the frame's scan is skipped)
_SELF_FRAME_CUES = ("", "岁", "是", "", "岁的", "党")
# the frames that open with ^ (no MULTILINE): their one possible match is at the sentence's start, which
# ``match`` tries alone where ``finditer`` would try every position
_SELF_FRAME_ANCHORED = tuple(frame.pattern.startswith("^") for frame in _SELF_FRAMES)
_SELF_FRAME_SPECS = tuple(zip(_SELF_FRAMES, _SELF_FRAME_CUES, _SELF_FRAME_ANCHORED, strict=True))


# titles a surname is addressed by (老王, 王书记, 李大姐): not a name
_TITLES = ("书记", "主任", "队长", "站长", "所长", "镇长", "乡长", "局长", "老师", "医生", "大姐", "大哥", "大爷",
           "大妈", "阿姨", "师傅", "总", "姐", "哥", "叔", "婶", "嫂", "奶奶", "爷爷", "老汉")


# a name opening a clause before founding verbs (某某牵头成立了某合作社)
_FOUNDS_RE = re.compile(r"(?:^|(?<=[，。；：、]))([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:牵头|带头)?"
                        r"(?:创办|领办|创立|成立|组建)了?")


_POST_RE = re.compile(r"副?(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|队长|站长|所长|院长|校长|董事长|总经理)")


_NAME_BOUNDARY = frozenset("，。；：、“”（( 户员民说见望访问") | BREAK


_AFTER_NAME_RE = re.compile(r"(?:^|(?<=[" + re.escape("".join(sorted(_NAME_BOUNDARY))) +
                            r"]))([\u4e00-\u9fff]{2,6}?)(同志|老人|额吉|阿妈)(?!们)")


# words that look like names before 同志/老人 but are not (留守老人, 青年同志 are screened by the name test)
_NOT_NAMES = ("全体", "全国", "各位", "广大", "年轻", "老年", "高龄", "孤寡", "空巢")


# name elements with 和 in them (巴图孟和, 孟和巴雅尔): 和 is part of the name there, not a conjunction
_HE_ELEMENTS = ("孟和", "呼和")


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
        while end < len(text) and text[end] in translit and text[end] not in BREAK and end - start < 7:
            end += 1
        after = text[end:end + 2]
    name = text[start:end]
    if not 3 <= len(name) <= 7 or not (not after or after[0] in BREAK - {"和"} or after.startswith(_NAME_END)):
        return None
    return name


# what may follow a name holding 和 after a role cue: a speech verb, a break of the clause, a verb of leading
_HE_NAME_FOLLOWERS = (*_SPEECH_VERBS, "，", "。", "；", "：", "、", "的", "是", "在", "也", "还", "今年",
                      "带领", "带动", "牵头", "创办", "领办", "同志")


def _he_given_name(name: str) -> bool:
    """王和平, 李春和: a surname and a two-character given name holding 和 (not 王和李, 王和群众).

    和 opens the given name only as the start of a dictionary word that is no
    conjunction's second noun (和平, 和谐: jieba knows the word, its second character no
    surname); 和 ending it needs a name character before it.  The caller checks the frame.
    """
    if len(name) != 3 or name[0] not in surnames() or name.count("和") != 1 or name[0] == "和":
        return False
    other = name[2] if name[1] == "和" else name[1]
    if other in BREAK or not NAME_CHAR_RE.match(other):
        return False
    if name[1] == "和":
        word = "和" + other
        return word in word_frequencies() and other not in surnames() and word_tags().get(word, "")[:1] not in "cpr"
    return True


def _given_name_over_he(text: str, start: int) -> str | None:
    """党员王和平说, 书记李春和介绍: after a role cue, a three-character name holding 和, then a speech verb or break."""
    name = text[start:start + 3]
    if "和" not in name or not _he_given_name(name) or not text.startswith(_HE_NAME_FOLLOWERS, start + 3):
        return None
    return name


def _mostly_transliterated(name: str) -> bool:
    """道尔吉, 乌兰其其格: three or more characters, all but one of them transliteration characters.

    The list of characters cannot be complete; before 同志/老人 a name that is
    transliterated but for one character is still a name (no common word has that shape).
    """
    translit = transliteration_chars()
    return 3 <= len(name) <= 6 and sum(ch not in translit for ch in name) <= 1 and \
        not any(ch in BREAK for ch in name) and not name.startswith(person_nouns())


def _person_name(text: str, start: int, raw: str) -> str | None:
    """The name after a role cue, if what follows it reads as the end of a name."""
    base = looks_like_name(raw)
    if base is None or _idiom_at(text, start):
        return None
    # whether any end word stands inside the name after its first character: most often none, and
    # then none stands in any shorter prefix either, so the ~90 look-ups per length are skipped
    ends_inside = _NAME_END_RE.search(base, 1) is not None
    # a transliterated name holds characters that are one-character ends elsewhere (达来巴特尔: 来):
    # there one ends it only where it opens a word of the text (巴图来到…: 来到)
    if ends_inside and len(base) >= 3 and all(ch in transliteration_chars() for ch in base):
        freq = word_frequencies()
        cut = next((i for i in range(1, len(base)) if base[i] in _NAME_END_ONE and
                    (freq.get(text[start + i:start + i + 2]) or 0) >= COMMON_WORD_FREQ), None)
        base = base if cut is None else base[:cut]
        ends_inside = _NAME_END_LONG_RE.search(base, 1) is not None
    for length in range(len(base), 1, -1):
        name = base[:length]
        if ends_inside:
            for stop in _NAME_END:
                i = name.find(stop, 1)
                if i >= 0:
                    name = name[:i]
        if len(name) < 2 or any(r in name[1:] for r in ("组长", "书记", "主任", "队长")):
            continue
        if (len(name) == 2 and name[1] in "市区户片组联") or any(ch in "旗县村镇盟乡" for ch in name[1:]) or \
                name.endswith("户"):
            continue  # 班子成员包旗县, 党员包村, 干部包牧户, 干部包联: 包 + a division, a unit or 联 is a duty
        if len(name) == 3 and _everyday_start(name) and not all(ch in transliteration_chars() for ch in name):
            continue  # 党员全程参与: a name does not open with an everyday word (王明亮 opens with a name)
        if common_word(name) and not (dictionary_name(name) and
                                      text.startswith(_SPEECH_VERBS, start + len(name))):
            continue  # 书记马上…: an everyday word, not a name (but 书记王明说: a name jieba knows, then speech)
        after = text[start + len(name):start + len(name) + 2]
        if not after or after[0] in BREAK or after.startswith(_NAME_END) or not NAME_CHAR_RE.match(after[0]):
            return name
        if len(name) >= 3 and word_tags().get(after) in _VERB_TAGS and not _everyday_start(name):
            return name  # 书记李某某深入牧户, 第一书记赵某某协调资金: a verb (jieba's tag) starts after the name
        if len(name) >= 4 and name == base and all(ch in transliteration_chars() for ch in name):
            return name  # 牧民苏日古嘎大学毕业后…: four transliterated characters are a name, whatever follows
    return None


# jieba's tags of idioms (成语, 习用语): 干部任劳任怨 opens with a surname but names nobody
_IDIOM_TAGS = frozenset(("i", "l"))


def _idiom_at(text: str, start: int) -> bool:
    """干部任劳任怨, 书记马到成功: a four-character idiom where the name would start is no name."""
    word = text[start:start + 4]
    return len(word) == 4 and word_tags().get(word) in _IDIOM_TAGS and \
        (word_frequencies().get(word) or 0) >= COMMON_WORD_FREQ


def _named_before_cue(ctx: DocContext, index: int, text: str) -> None:
    """某某同志, 某某老人: a name right before a cue that only follows names.

    The name opens a clause or follows a role word (…户, …员, …民, 的) and reads as a
    name on its own: a surname and one or two characters, or two to four characters
    of transliterated Mongolian or Tibetan names (朝鲁老人, 其木格同志).
    """
    if not ("同志" in text or "老人" in text or "额吉" in text or "阿妈" in text):
        return  # (an `or` chain: no generator per sentence)
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


@lru_cache(maxsize=1)
def _after_quote_re() -> re.Pattern[str]:
    """”牧民某某说。: a role cue right after a closing quote, a name, then a speech verb ending the clause.

    The role may be of a body named before it (”某村党支部书记某某自豪地说。): the body's name is
    skipped, the role and name read as right after the quote.
    """
    roles = "|".join(re.escape(role) for role in person_roles())
    return re.compile(r"(?:^|[”\"])[\u4e00-\u9fff]{0,12}?(" + roles + r")([\u4e00-\u9fff]{2,7}?)(?:笑着|[\u4e00-\u9fff]{2}地)?"
                      r"(?:" + "|".join(_AFTER_QUOTE_VERBS) + r")(?=[。，！；：]|$)")


# the speech verbs ending the frame of ``_after_quote_re``: a sentence with none of them has no match (most
# quoted sentences; the pattern, tried from the start and after every closing quote, costs ~4 us a sentence)
_AFTER_QUOTE_VERBS = ("说", "表示", "介绍", "感慨道", "告诉记者")


def _speakers_after_quotes(ctx: DocContext, index: int, text: str) -> None:
    """“……。”牧民某某说。: the one who said the quote, named even when the name is also an everyday word.

    The frame (a closing quote, a role cue, the name, a speech verb ending the clause)
    only a speaker fits; the name must still read as one (a surname and one or two
    characters, or transliterated characters) and be no common noun of people.
    """
    if not any(verb in text for verb in _AFTER_QUOTE_VERBS):
        return
    translit = transliteration_chars()
    for m in _after_quote_re().finditer(text):
        if m.start() == 0 and not (index > 0 and ctx.sentences[index - 1].text.endswith(("”", '"'))):
            continue  # (the quote closes the sentence before: “……。” | 牧民某某说。)
        name = m.group(2)
        if not (all(ch in translit for ch in name) or _mostly_transliterated(name) or
                (name[0] in surnames() and len(name) <= 3)) or \
                name.startswith(person_nouns()) or name[1:] in _TITLES or _roles_re().search(name) or \
                (any(ch in BREAK for ch in _without_he_elements(name)[1:]) and not _he_given_name(name)) or \
                any(s.start < m.end(2) and m.start(2) < s.end for s in ctx.spans_in(index)):
            continue
        ctx.spans.append(Span("Person", name, m.start(2), m.end(2), index, kind=m.group(1)))
        ctx.add_entity("Person", name, index, role=m.group(1))


def _without_he_elements(name: str) -> str:
    """孟和 → 孟□: 和 inside a name element is no conjunction breaking the name (孟和说, 巴图孟和说)."""
    for element in _HE_ELEMENTS:
        name = name.replace(element, element[0] + "□")
    return name


def find_persons(ctx: DocContext, index: int, text: str) -> None:
    if text.startswith(("□", "◎")) or (("记者" in text or "通讯员" in text) and _BYLINE_RE.match(text)) or \
            (len(text) <= 20 and text.endswith("摄")):
        return  # bylines and photo credits are not people of the graph
    _named_before_cue(ctx, index, text)
    if "”" in text or '"' in text or (index > 0 and ctx.sentences[index - 1].text.endswith(("”", '"'))):
        _speakers_after_quotes(ctx, index, text)
    _quoted_speakers(ctx, index, text)
    if "说" in text or "表示" in text or "记者" in text or "介绍" in text:
        _residents_speaking(ctx, index, text)
    _assuming_posts(ctx, index, text)
    _founders(ctx, index, text)
    for m in _roles_re().finditer(text):  # one scan, the longest role first at each position
        role = m.group()
        raw = _NAME_RUN_RE.match(text, m.end()).group()  # type: ignore[union-attr]  # (may be empty: always matches)
        if not raw and text.startswith("于", m.end()):
            raw = _surname_yu(text, m.end())
        name = _over_he(text, m.end(), raw) or _given_name_over_he(text, m.end()) or \
            _person_name(text, m.end(), raw)
        if name is None:
            continue
        if any(s.start <= m.end() < s.end for s in ctx.spans_in(index)):
            continue
        span = Span("Person", name, m.end(), m.end() + len(name), index, kind=role)
        ctx.spans.append(span)
        ctx.add_entity("Person", name, index, role=role)
        _listed_after(ctx, index, text, span.end, role)
    _self_framed(ctx, index, text)  # after the role cues, which name more precisely


def _surname_yu(text: str, start: int) -> str:
    """书记于海燕: 于 after a role cue opens a name unless it is the preposition (书记于2019年, 主任于今年).

    The raw name run (``_NAME_RUN_RE`` stops at 于, a function character) read on from the
    character after 于, when that starts no date or time word.
    """
    rest = _NAME_RUN_RE.match(text, start + 1).group()  # type: ignore[union-attr]
    if len(rest) < 1 or rest[0] in "一二三四五六七八九十上下本当此" or word_tags().get(rest[:2]) in ("t", "m") or \
            (word_tags().get(rest[:2]) or "")[:1] in ("p", "c", "d"):
        return ""
    return "于" + rest


def _listed_after(ctx: DocContext, index: int, text: str, pos: int, role: str) -> None:
    """党员中心户张三、李四和王五: names listed after the first one share its role cue."""
    while text[pos:pos + 1] in ("、", "和") and pos < len(text):
        raw = ""
        for ch in text[pos + 1:pos + 9]:
            if ch in BREAK or not NAME_CHAR_RE.match(ch):
                break
            raw += ch
        name = _given_name_over_he(text, pos + 1) or _person_name(text, pos + 1, raw)
        if name is None or any(s.start <= pos + 1 < s.end for s in ctx.spans_in(index)):
            return
        ctx.spans.append(Span("Person", name, pos + 1, pos + 1 + len(name), index, kind=role))
        ctx.add_entity("Person", name, index, role=role)
        pos += 1 + len(name)


def _assuming_posts(ctx: DocContext, index: int, text: str) -> None:
    """某某担任某村党支部书记: a name opening a clause before 担任/兼任/出任 and a post.

    The name must read as one (a surname and one or two characters that are not an
    everyday word, or transliterated characters) and the clause must name the post
    (书记, 主任, 理事长 …), which becomes the person's role.
    """
    if not ("任" in text or "选" in text) or _ASSUME_VERB_RE.search(text) is None:
        return  # (任 and 选 stand in many words: the verbs themselves are looked for before the clause pattern)
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


def _self_framed(ctx: DocContext, index: int, text: str) -> None:
    """某某，男，…; 某某今年52岁; 某某是某村的老党员; 某某说，…: frames that only a person's name fits.

    The name must read as one on its own: a surname and one or two characters that are
    no everyday word, or two to seven transliterated characters.
    """
    for frame, cue, anchored in _SELF_FRAME_SPECS:
        if cue not in text:
            continue
        if anchored:
            first = frame.match(text)
            if first is None:
                continue  # (most sentences: the one place a ^-anchored frame can match)
            matches: Iterable[re.Match[str]] = (first,)
        else:
            matches = frame.finditer(text)
        for m in matches:
            name = m.group(1)
            translit = transliteration_chars()
            if all(ch in translit for ch in name) and len(name) >= 2:
                pass
            elif frame is _SELF_FRAMES[3] and _he_given_name(name):
                pass  # 王和平说，…: a speech verb frames a name holding 和
            elif not (name[0] in surnames() and 2 <= len(name) <= 3) or common_word(name) or \
                    (len(name) == 3 and _everyday_start(name)) or any(ch in BREAK for ch in name):
                continue
            if name.startswith(person_nouns()) or name[1:] in _TITLES or _roles_re().search(name) or \
                    any(s.start < m.end(1) and m.start(1) < s.end for s in ctx.spans_in(index)):
                continue  # (徐书记说: a surname and a title address someone the text names elsewhere)
            ctx.spans.append(Span("Person", name, m.start(1), m.end(1), index, kind=""))
            ctx.add_entity("Person", name, index)


def _founders(ctx: DocContext, index: int, text: str) -> None:
    """某某牵头成立了某村某合作社: a name opening a clause before a founding verb and a named body.

    The name must read as one (as for posts), and the clause must go on to a named
    cooperative, company or association, found by the suffix grammar, right after the
    verb (places of its name may come first).
    """
    if not ("创办" in text or "领办" in text or "创立" in text or "成立" in text or "组建" in text):
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


# 某村养殖户某某说，…: a people's noun of the place, a name and a speech verb (then a break); the
# nouns are those of a trade or standing (果农, 菜农, 牧户, 种粮大户, 返乡青年 …), and the speech may
# close a 一边…，一边…说 pair of actions (66岁的果农某某一边分拣苹果，一边笑着说)
# growers and keepers by their trade: residents of the village a report names (also read by
# org_person_relations for a villager's place)
GROWER_NOUNS = ("养殖大户", "种粮大户", "种植大户", "养殖户", "种植户")
CROP_TRADE_NOUNS = ("果农", "菜农", "瓜农", "茶农", "棉农", "药农", "蔗农", "花农", "菇农")
_RESIDENT_NOUNS = "|".join((*GROWER_NOUNS, "农牧民", "村民", "牧民", "农民", "居民", "脱贫户",
                            *CROP_TRADE_NOUNS, "渔民", "农户", "牧户", "返乡青年", "返乡大学生"))
_RESIDENT_SPEAKER_RE = re.compile(r"((?:老党员|党员)?(?:" + _RESIDENT_NOUNS + r"))"
                                  r"([\u4e00-\u9fff]{2,7}?)"
                                  r"(?:一边[^，。；：“”]{1,12}[，,]一边[^，。；：“”]{0,6}?)?"
                                  r"(?:笑着|高兴地|感慨地|激动地)?(?:(?:跟|对|向)记者)?(?:说|介绍说|介绍|表示|告诉记者)"
                                  r"(?=[，,：:。！])")


def _residents_speaking(ctx: DocContext, index: int, text: str) -> None:
    """某镇某村养殖户某某说，…: a resident quoted by name, the people's noun before, a speech verb after.

    The name must read as one (a surname and one or two characters that are no everyday
    word, or transliterated characters) and be no common noun of people (村民代表说).
    """
    translit = transliteration_chars()
    for m in _RESIDENT_SPEAKER_RE.finditer(text):
        name = m.group(2)
        if name.startswith(person_nouns()) or any(ch in BREAK for ch in name) or name[1:] in _TITLES or \
                any(s.start < m.end(2) and m.start(2) < s.end for s in ctx.spans_in(index)):
            continue  # (村民王大爷说: a surname and an address, someone the text may name elsewhere)
        if not (all(ch in translit for ch in name) or
                (name[0] in surnames() and len(name) <= 3 and not common_word(name) and
                 not (len(name) == 3 and _everyday_start(name)))):
            continue
        ctx.spans.append(Span("Person", name, m.start(2), m.end(2), index, kind=m.group(1)))
        ctx.add_entity("Person", name, index, role=m.group(1))


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


def persons_named_again(ctx: DocContext) -> None:
    """巴特尔带领嘎查“两委”牵头成立某合作社: a person found by a cue, named again opening a later clause.

    Only names of three or more characters (a two-character name is too often a word), only
    after the sentence that found them, and only opening a clause (its subject): the later
    stages then read that clause's founding, posts and places for the person too.
    """
    found = {e.name: e.evidence.sentence_index for e in ctx.entities.values()
             if e.label == "Person" and len(e.name) >= 3}
    if not found:
        return
    pattern = re.compile("|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)))
    for sent in ctx.sentences:
        text = sent.text
        for m in pattern.finditer(text):
            if sent.index <= found[m.group()] or not (m.start() == 0 or text[m.start() - 1] in "，；：") or \
                    text[m.end():m.end() + 1] in transliteration_chars() or \
                    any(x.start < m.end() and m.start() < x.end for x in ctx.spans_in(sent.index)):
                continue
            ctx.spans.append(Span("Person", m.group(), m.start(), m.end(), sent.index))
