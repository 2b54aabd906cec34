"""Programmes and models: named items in quotes, X+Y models, policies in 《》, named 工程.

A quoted string is a programme when the text treats it as one: a kind word
follows it (工程, 机制, 模式 …, from ``programme_kinds.tsv``), a trigger verb
governs it (推行, 实施, 开展 …), or it has the numbered-slogan shape of Chinese
policy names (一村一策, 5+N).  A quoted 某某联盟 that units 组建/成立/结成 is a
mechanism they run, whatever follows it.  Metaphors and generic words in quotes
(``programme_stop.tsv``) and quotes that only label a thing (…门牌, …纪念章)
are not programmes.  The name is the text inside the quotes; X+Y names keep
their ``+`` and list their components.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.clean import _dictionary as _word_frequencies  # jieba's counts, loaded once for the cleaner
from policykg.paths import lexicon

from .context import DocContext, Span

NUMERAL = "一二两三四五六七八九十百千万双多"
_SLOGAN = re.compile(rf"[{NUMERAL}\d]")
_PLUS_MODEL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,20}(?:\+[\u4e00-\u9fffA-Za-z0-9]{1,20})+")
_NAMED_PROJECT = re.compile(r"(?:开展|实施|推进|启动|组织开展|深化|创建)(?:[\u4e00-\u9fff]{0,8}?(\d{2,6}工程)|"
                            r"([\u4e00-\u9fff]{2,6}工程)|([\u4e00-\u9fff]{6,20}(?:三年行动|专项行动|攻坚行动)))")
# 以X为统领/抓手…: the frame a place works in (X ends in a kind word or names a kind of party building)
_FRAME = re.compile(r"以([\u4e00-\u9fff]{4,16}?)为(?:统领|抓手|载体|切入点|引领|主线|突破口)")
# 建立资源村统一用、项目镇统一管机制: a parallel phrase governed by a verb and closed by a kind word
_PARALLEL = re.compile(r"(?:建立|推行|实行|探索|形成|健全)([\u4e00-\u9fff]{3,8}(?:、[\u4e00-\u9fff]{3,8})+)"
                       r"(机制|模式|制度|体系)")
# 开设/开办 right before a quoted name (开设“某某直播间”): the bodies open a named initiative (facility
# types such as …课堂/…服务室 are still vetoed by their endings)
_OPENS_FACILITY = re.compile(r"(?:开设|开办)了?$")
# 开设/开办/办起“某某课堂”: a named class (…课堂, 讲堂, 夜校, 学堂) bodies open is a programme they run
_CLASS_ENDINGS = ("课堂", "讲堂", "夜校", "学堂")
_OPENS_CLASS = re.compile(r"(?:开设|开办|办起|举办|创办|开讲|推出)了?(?:[\d一二两三四五六七八九十百千]+[个期所家处间])?$")
# facility types, awards, posts and categories of villages or people are not programmes
_FACILITY_ENDINGS = ("服务室", "调解室", "代理室", "室", "课堂", "服务中心", "之乡", "擂主", "站长", "人员", "指挥部",
                     "作战部", "示范村", "引领村", "重点村")
# a place or a unit right before 的 owns the practice that follows (某旗的“X”, 某村党支部的“X”)
_OWNER_DE = re.compile(r"(?:旗|盟|市|县|区|镇|乡|苏木|嘎查|村|社区|街道|党委|党工委|党支部|党总支|党组|公司|合作社|协会|局)的$")
# 共建/建成/打造 “某某科技小院”/“某某驿站”: a named site built by units is a programme they run, even with
# no kind word after it (党群服务站, 工作站 name bodies, left to the organisations)
_SITE_ENDINGS = ("小院", "驿站")
_BUILDS_SITE = re.compile(r"(?:共建|联建|建成|建起|打造|建设|创建|设立|建立|开设|挂牌|组建)了?"
                          r"(?:[\d一二两三四五六七八九十]+[个座家处])?$")
# 某物是/成为某旗的“X”。: a copula, an owner and 的 right before a quote that closes its clause (a metaphor)
_COPULA_OWNER = re.compile(r"(?:是|成为|成了|变成|堪称|誉为|称为|作为)[^，。；：“”]{1,12}的$")
_CLAUSE_ENDS = ("，", "。", "；", "！", ",", ";", "")
# 从“要我干”变为“我要干”: a change of attitude told by two quotes, neither a programme
_FROM_TO_OPENERS = ("从“", "由“", "把“")
# words of the past right before a quote: what it quotes is how things were (过去“…”), no programme
_PAST_BEFORE = ("过去", "以前", "从前", "昔日", "曾经是", "过去是", "以前是")
# the same words with the comma after them (过去，“…”), built once rather than per quote
_PAST_BEFORE_COMMA = tuple(w + "，" for w in _PAST_BEFORE)
# (把“美丽风景”真正转化为“美丽经济”: one thing turned into another, an adverb between)
_FROM_TO = re.compile(rf"(?:{'|'.join(_FROM_TO_OPENERS)})[^“”]{{1,12}}”(?:真正|逐步|加快|不断|切实|有效)?"
                      r"(?:变为|转变为|变成|转为|转化为|转换为|转向|到|向)“[^“”]{1,12}”")
# a generation (“80后”干部, “九零后”): a label of people, no programme
_GENERATION = re.compile(r"[\d]{2}后|[五六七八九零〇][零〇]后")
# honours given to people (三八红旗手, 劳动模范, 岗位标兵): awards, not programmes
# “A”“B”等称号/荣誉: a list closed by a word for honours (each item is one, whatever its own words)
_LIST_VETO = re.compile(r"等[^，。；“”]{0,6}?(?:称号|荣誉|奖项|奖章|表彰|殊荣)")
_AWARD_ENDINGS = ("红旗手", "劳动模范", "标兵", "能手", "先进个人", "先进工作者", "好人", "之星", "榜样")
_COUNTED_CATEGORY = re.compile(rf"[{NUMERAL}\d]+个(类别|等次|方面|环节|层次|阶段|档次|类型)")
# a clause that states a goal (实现“班子强、集体经济强”, 确保…“动态清零”, 让群众自己“说事、议事”):
# the quote says what should come about, not a named practice, unless a kind word or a numeral names it
_GOAL_VERBS = re.compile(r"(?:实现|确保|做到|达到|力争|让|使)[^，。；：“”]{0,12}$")
# a working principle written as a list of four-character idioms (“上下联动、分类施策”原则)
_PRINCIPLE = re.compile(r"的?原则")
# 甲模式、乙银行、丙驿站等一批好经验好做法: a list opening its clause, closed by a word for practices
_PRACTICE_LIST = re.compile(r"(?:^|(?<=[，,。；：]))((?:[\u4e00-\u9fffA-Za-z0-9]{3,10}、)+[\u4e00-\u9fffA-Za-z0-9]{3,10})"
                            r"等(?:一批|一系列|多项)?(?:好|特色|先进|典型)?(?:经验|做法|模式|品牌)")
# 深化双联系机制 / ，三联三带工程…: a numbered name after a trigger verb or opening its clause
# (the numeral first, the words before it tested behind it: a pattern opening with a character class
# is skipped to at C speed, one opening with the lookbehinds was tried at every character)
_NUMBERED_UNQUOTED = re.compile(r"([双两三四五六七八九十百千万]"
                                r"(?:(?<=(?:深化|推行|实行|落实|推广|实施|开展|健全|建立)[双两三四五六七八九十百千万])"
                                r"|(?<=[，,。；][双两三四五六七八九十百千万]))"
                                r"[\u4e00-\u9fff]{2,4}?)(机制|制度|工程|行动)")
# 打造141个党建引领X共同体: counted instances of a named kind of alliance built on a model
_NUMBERED_KINDS = ("机制", "制度", "工程", "行动")
# whether a sentence holds any of them: one scan of the text, not one ``in`` per word
_NUMBERED_KIND = re.compile("|".join(_NUMBERED_KINDS))
_QUOTED_OR_TITLE = re.compile(r"“([^“”]{1,60})”|《([^《》]{2,60})》")
_COUNTED_COMMUNITIES = re.compile(r"(?:打造|成立|组建|建立|培育|构建)(?:了)?\d+个([\u4e00-\u9fff]{4,14}?(?:共同体|联合体))")
# 某某说：“…” / 表示，“…”: a quote opened by a verb of saying is direct speech, never a programme
_SPEECH_CUE = re.compile(r"(?:(?:说|说道|笑道|感慨道)(?:就是|的是)?[，,：:]?|"
                         r"(?:表示|介绍|告诉记者|谈到|谈道|坦言|感慨|指出|称|点赞|直言|笑言|回忆)[，,]?[：:，,])$")
# “…”，牧民某某笑着说。: a quote opening its clause and followed by its speaker
_SPEECH_AFTER = re.compile(r"[，,][^，。；：“”]{0,12}?(?:说|表示|介绍|感慨|笑道|坦言)(?:道)?[。！!，,]")
# a verb of saying earlier in the sentence, closing its clause (某某说，… / 她告诉记者，…)
_SAID_EARLIER = re.compile(r"(?:说|表示|告诉记者|介绍|坦言|感慨)[，,]")
# a quote holding sentence punctuation (…越过越好。) is a sentence someone said or wrote, not a name
_SENTENCE_PUNCT = re.compile(r"[。！？!?]")
# “A、B、C”的“三统一”: a list spelled out before the numbered short name that sums it up
_SHORT_NAME_AFTER = re.compile(rf"的?“[{NUMERAL}\d]")
# 聚焦“强组织、兴产业、优治理”: the aims a place focuses on (a goal), unless a kind word or verb names a practice
_FOCUS_CUE = re.compile(r"(?:聚焦|围绕|紧扣|锚定|瞄准|着眼)$")
# 组建/成立/结成“某某联盟”: the verbs that found an alliance of units (a mechanism, named by its founders)
_ALLIANCE_VERBS = re.compile(r"(?:组建|成立|结成|组成|建立|牵头成立|联合成立)了?$")
_GRADE_TITLE = re.compile(rf"(?:[{NUMERAL}\d]+个?[好强优星佳])+")
_MEASURE_WORDS = set("个项级类种批名次条大小年月日支是要")
_TRIGGER_WORDS = ("完善", "健全", "建立", "推行", "落实", "强化", "加强", "深化", "创新", "规范")
_POLICY_WORDS = ("条例", "办法", "意见", "措施", "规定", "方案", "规范", "标准", "决定", "通知", "细则")
_NOT_PROGRAMME_ENDINGS = _FACILITY_ENDINGS + _AWARD_ENDINGS
# the small patterns read for each quote or list item, compiled once
_GLOSS = re.compile(r"[（(][^（）()]{1,40}[）)]")  # “三统一”（统一防疫、统一销售）服务模式
_TRAILING_GLOSS = re.compile(r"[（(][^）)]*[）)]$")
_ITEM_SPLIT = re.compile("[、，,；;]")
_LIST_PUNCT = re.compile("[、，,]")
_SHORT_QUOTE = re.compile(r"“([^“”]{2,8})”")
_DIGIT_OR_LATIN = re.compile(r"[\dA-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MODIFIES_NEXT = re.compile(r"[A-Za-z]|[\u4e00-\u9fff]{0,2}化")  # X APP, X科学化
_NUMBER_ONLY = re.compile(r"[\d.%]+")
_HEADING_BREAK = re.compile(r"[，。；]")
_CLAUSE_BREAK = re.compile(r"[，；]")
_SENTENCE_CLOSE = re.compile(r"[。！？!?][”’]?$")
_BY_BEFORE = re.compile(r"以$")  # 以“X”为…
_COUNTED_BEFORE = re.compile(rf"[{NUMERAL}\d]+[种项类条套张]$")  # 18种“X”
_CLOSES_CLAUSE = re.compile(r"等?[，。；,;]")
_NAMED_AS_BEFORE = re.compile(r"(?:命名为|评为|评定为|授予)[^，。；“”]{0,4}$")  # 被命名为“X”党组织


@dataclass(frozen=True)
class KindRule:
    word: str
    kind: str


@lru_cache(maxsize=1)
def kind_rules() -> list[KindRule]:
    """Kind words, longest first, from the lexicon."""
    rules = []
    for line in lexicon("programme_kinds.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")[:2]
            rules.append(KindRule(word.strip(), kind.strip()))
    return sorted(rules, key=lambda r: len(r.word), reverse=True)


@lru_cache(maxsize=1)
def veto_nouns() -> tuple[str, ...]:
    """Nouns that, after “X”的 (or right after the quote), show the quote describes them (…的戍边事迹)."""
    return tuple(
        ln.split("\t")[1].strip()
        for ln in lexicon("programme_stop.tsv").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#") and ln.split("\t")[0] == "veto_noun"
    )


@lru_cache(maxsize=1)
def _veto_noun_re() -> re.Pattern[str]:
    return re.compile(rf"的?[^，。；“”]{{0,4}}?(?:{'|'.join(map(re.escape, veto_nouns()))})")


@lru_cache(maxsize=1)
def stop_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(quoted strings that are never programmes, words after a quote that veto it, trigger verbs)."""
    never: set[str] = set()
    veto: list[str] = []
    for line in lexicon("programme_stop.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word = line.split("\t")[:2]
        if kind == "never":
            never.add(word.strip())
        elif kind == "veto_after":
            veto.append(word.strip())
    triggers = tuple(
        ln.split("\t")[0].strip()
        for ln in lexicon("trigger_verbs.tsv").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#") and ln.split("\t")[1].strip() == "IMPLEMENTS"
    )
    return frozenset(never), tuple(veto), triggers


_LIST_TAIL = re.compile(r"(?:等(?:[\d一二两三四五六七八九十多]+[种个项类批])?(?:主要|特色|新|多种)?(?:发展)?|的)")


@lru_cache(maxsize=1)
def _kind_word_re() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r.word: r.kind for r in kind_rules()}
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"[^，。；、“”]{{0,3}}?({words})"), table


def kind_after(text: str, pos: int) -> str | None:
    """The programme kind named by the word right after position ``pos`` (等9种主要发展模式 → model)."""
    paren = _GLOSS.match(text[pos:pos + 42]) if text[pos:pos + 1] in ("（", "(") else None
    if paren:  # “三统一”（统一防疫、统一销售）服务模式: the gloss stands between the name and its kind
        pos += paren.end()
    tail = _LIST_TAIL.match(text, pos, pos + 12)
    if tail and tail.end() > pos:
        pos = tail.end()
    pattern, table = _kind_word_re()
    m = pattern.match(text, pos, pos + 8)
    return table[m.group(1)] if m else None


def _clause_end_kind(text: str, pos: int) -> str | None:
    """The kind a list's clause ends with (“A”、“B”等贴近群众的特色服务品牌 → brand)."""
    m = re.match(r"等[^，。；,;“”]{0,24}", text[pos:])
    if m is None:
        return None
    tail = m.group()
    return next((r.kind for r in kind_rules() if tail.endswith(r.word)), None)


# kind words that make a quoted name in a headline a programme (the headline's other quotes are slogans)
_HEADLINE_KINDS = ("模式", "工作法", "工程", "行动", "机制", "品牌")


def kind_of_name(name: str) -> str | None:
    """A kind from the name's own ending (红色堡垒工程 → project, 积分评议工作法 → approach).

    The longest kind word the name ends with (and is longer than), looked up by the name's
    last characters at each kind word length rather than by trying every rule in turn.
    """
    table, sizes = _kind_endings()
    for size in sizes:
        if len(name) > size:
            kind = table.get(name[-size:])
            if kind is not None:
                return kind
    return None


@lru_cache(maxsize=1)
def _kind_endings() -> tuple[dict[str, str], tuple[int, ...]]:
    """Kind word → kind (the first rule of a word wins, as in ``kind_rules``' order) and the word lengths, longest first."""
    table: dict[str, str] = {}
    for rule in kind_rules():
        table.setdefault(rule.word, rule.kind)
    return table, tuple(sorted({len(w) for w in table}, reverse=True))


def components_of(name: str) -> list[str]:
    return [c for c in name.split("+") if c] if "+" in name else []


_NUMERAL_VALUE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _spelled_out(text: str, name: str) -> bool:
    """Whether the quoted list ``name`` spells out a numbered short name of its sentence.

    “三统一”服务模式，即“统一防疫、统一配种、统一销售”: the quoted short name's numeral
    counts the list's items, so the list is its content, not a programme.  An unquoted
    count after the list (“看、听、讲、练”四步课堂) leaves the list the name.
    """
    n = len([p for p in _ITEM_SPLIT.split(name) if p])
    shorts = [m.group(1) for m in _SHORT_QUOTE.finditer(text) if m.group(1) != name]
    return any(_NUMERAL_VALUE.get(x[0]) == n for x in shorts)


def _dictionary_word(name: str) -> bool:
    """Whether jieba's dictionary holds ``name`` as a word (a quoted idiom is a figure of speech)."""
    return _word_frequencies().get(name, 0) > 0


# ‘X’ inside a quote (the second group never matches, so a match reads like a “X” one)
_INNER_QUOTE = re.compile(r"‘([^‘’“”]{1,60})’|(?!x)x(.)")


def _quoted_in_speech(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """‘X’ inside direct speech (负责人说：“我们将开展‘X’活动。”): named the way “X” is outside it.

    Only inside a quote that is speech: inside a programme's own name (“…走实‘六个一’”)
    the inner quote is part of that name.
    """
    if "‘" not in text:
        return []
    out: list[re.Match[str]] = []
    for m in matches:
        if m.group(1) is not None and "‘" in m.group(1) and _is_speech(text, m.start(), m.group(1)):
            out.extend(_INNER_QUOTE.finditer(text, m.start() + 1, m.end() - 1))
    return out


def _is_speech(text: str, start: int, name: str) -> bool:
    """Whether the quote at ``start`` is direct speech.

    It is when it holds a whole sentence (…越过越好。), when a verb of saying opens it
    (说：, 表示，, 用牧民的话说就是), or when it opens its clause and its speaker follows
    (“…”，牧民某某笑着说。).
    """
    if _SENTENCE_PUNCT.search(name) or _SPEECH_CUE.search(text, max(0, start - 8), start):
        return True
    end = start + len(name) + 2
    if text[end:end + 1] in ("", "。", "！", "!") and (len(name) >= 10 or "，" in name) and \
            _SAID_EARLIER.search(text, 0, start):
        return True  # 某某说，明年他打算…，“跟着党支部走，…”。: the speaker's words closing the sentence
    return (start == 0 or text[start - 1] in "，。；：,;") and bool(_SPEECH_AFTER.match(text, end))


# bare quotes that the grammar shows to be no practice (each pattern names what the quote is):
# 地处黄河“几字弯”东南岸 — a place nickname before a bank, a side or a point of the compass
_PLACE_NICKNAME_AFTER = re.compile(r"(?:[东南西北]{1,2}(?:岸|部|侧|麓|端|缘|翼)|沿岸|南岸|北岸|两岸|腹地|之畔|流域|地区|一带|脚下)")
_PLACE_NICKNAME_BEFORE = re.compile(r"(?:地处|位于|坐落于|地跨|处于)")
# 联合全县126名党员“带货达人”, 一批农民“土专家”: a label for people right after a people noun
_PEOPLE_BEFORE = re.compile(r"(?:[\d一二两三四五六七八九十百千万余多]+(?:名|位|个|户|支)|一批|一群|一支)"
                            r"[\u4e00-\u9fff]{0,6}?(?:党员|干部|群众|农民|牧民|果农|菜农|农户|牧户|青年|妇女|志愿者|"
                            r"村民|居民|能人|乡贤|大学生|骨干|书记|人才|网红|主播|代表)$")
# 在果业的“后半篇文章”上下功夫: the field a place works on, a metaphor
_WORK_ON_AFTER = re.compile(r"上(?:下功夫|下足功夫|做文章|做足文章|发力|用力|求突破|见实效)")
# 过去烂在地里的“等外果”如今每斤…: a quote after 的 that is the subject of its clause (an adverb follows)
_SUBJECT_AFTER = re.compile(r"(?:如今|现在|目前|已经|已|也|都|正|还|便|就|终于|逐渐|变成|成了|成为)")


def _only_modifying(words: str, triggers: tuple[str, ...]) -> bool:
    """Whether every trigger verb in ``words`` only modifies a noun (成为新技术推广的“试验场”)."""
    return all(words[i + len(t):i + len(t) + 1] == "的"
               for t in triggers for i in [j for j in range(len(words)) if words.startswith(t, j)])


def _bare_figure(text: str, start: int, end: int, clause: str) -> bool:
    """Whether a bare quote (no kind word, no verb, no slogan shape) is a nickname, a label or a figure.

    地处黄河“几字弯”东南岸 (a place's nickname), 126名党员“带货达人” (a label for people),
    在…的“后半篇文章”上下功夫 (the field worked on), 地里的“等外果”如今… (the subject of its clause).
    """
    if _PLACE_NICKNAME_AFTER.match(text, end) and _PLACE_NICKNAME_BEFORE.search(clause):
        return True
    if _PEOPLE_BEFORE.search(text, max(0, start - 14), start):
        return True
    if "在" in clause and _WORK_ON_AFTER.match(text, end):
        return True
    return text[start - 1:start] == "的" and bool(_SUBJECT_AFTER.match(text, end))


class ProgrammeFinder:
    """Finds programme mentions and their kinds in each sentence.

    ``known`` holds programme names (with kinds) already found in other documents of
    the corpus or the graph: an unquoted mention of one counts when a verb governs it
    or a kind word follows it (结合嘎查村十星级管理, 全面推行…一肩挑).
    """

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.known = known or {}

    def __call__(self, ctx: DocContext) -> None:
        never, veto, triggers = stop_words()
        pending: list[tuple[int, int, int, str]] = []  # bare quotes, kept if named a programme elsewhere
        for sent in ctx.sentences:
            text = sent.text
            taken: list[tuple[int, int]] = []
            # (most sentences hold no quote: the pattern needs “ or 《, and a list two quotes)
            matches = list(_QUOTED_OR_TITLE.finditer(text)) if "“" in text or "《" in text else []
            if "‘" in text:
                matches = sorted(matches + _quoted_in_speech(text, matches), key=lambda m: m.start())
            list_kind = self._list_kinds(text, matches, never, veto, triggers) if len(matches) >= 2 else {}
            for m in matches:
                inner = m.group(1) or m.group(2)
                inner = inner.strip()
                book = m.group(2) is not None
                if book:
                    kind = self._policy_kind(inner)
                    if kind is None:
                        continue
                elif list_kind.get(m.start()) == "":
                    continue  # an item of a list of honours (“A”“B”等称号)
                elif m.start() in list_kind and self._canonical(inner) not in never \
                        and not _is_speech(text, m.start(), inner):
                    kind = list_kind[m.start()]
                else:
                    verdict = self._is_programme(text, m.start(), m.end(), inner, never, veto, triggers)
                    if verdict is None:
                        pending.append((sent.index, m.start(), m.end(), inner))
                        continue
                    if not verdict:
                        continue
                    kind = self._kind(text, m.end(), inner)
                name = self._canonical(inner)
                span = Span("Programme", name, m.start(), m.end(), sent.index, kind=kind)
                ctx.spans.append(span)
                taken.append((m.start(), m.end()))
                self._register(ctx, span, text, m)
            # unquoted X+Y models
            for m in (_PLUS_MODEL.finditer(text) if "+" in text else ()):  # most sentences have no +
                if any(a <= m.start() < b for a, b in taken):
                    continue
                raw = m.group()
                for place in ctx.spans_in(sent.index, "Place"):
                    if m.start() <= place.start and place.end <= m.start() + raw.find("+"):
                        raw = text[place.end:m.end()]
                trimmed = self._trim_model(raw)
                if trimmed is None:
                    continue
                name = trimmed
                start = text.find(name, m.start())
                span = Span("Programme", name, start, start + len(name), sent.index, kind="model")
                ctx.spans.append(span)
                taken.append((span.start, span.end))
                ctx.add_entity("Programme", name, sent.index, kind="model", components=components_of(name))
            # unquoted named 工程 / 行动 governed by a verb
            for m in (_NAMED_PROJECT.finditer(text) if "工程" in text or "行动" in text else ()):
                group = next(g for g in (1, 2, 3) if m.group(g))
                name = m.group(group)
                if any(a <= m.start(group) < b for a, b in taken) or name[:-2] in never:
                    continue
                kind = "campaign" if name.endswith("行动") else "project"
                ctx.spans.append(Span("Programme", name, m.start(group), m.end(group), sent.index, kind=kind))
                taken.append((m.start(group), m.end(group)))
                ctx.add_entity("Programme", name, sent.index, kind=kind)
            self._unquoted_lists_and_numbered(ctx, sent.index, text, taken, never)
            for pattern, group, cue in ((_FRAME, 1, "为"), (_PARALLEL, 1, "、")):  # cue: a character it needs
                for m in (pattern.finditer(text) if cue in text else ()):
                    name = m.group(group)
                    if any(a <= m.start(group) < b for a, b in taken):
                        continue
                    if pattern is _FRAME and not (kind_of_name(name) in ("project", "brand") or
                                                  name.endswith("党建")):
                        continue
                    parts = name.split("、")
                    if pattern is _PARALLEL and (len({len(x) for x in parts}) != 1 or len(parts[0]) < 4):
                        continue  # a slogan's halves are parallel: same length, four or more characters
                    kind = (kind_after(text, m.end(group)) if pattern is _PARALLEL else None) or \
                        kind_of_name(name) or "approach"
                    ctx.spans.append(Span("Programme", name, m.start(group), m.end(group), sent.index, kind=kind))
                    taken.append((m.start(group), m.end(group)))
                    ctx.add_entity("Programme", name, sent.index, kind=kind)
        self._named_elsewhere(ctx, pending)
        self._remention(ctx, triggers)
        ctx.spans.sort(key=lambda s: (s.sentence, s.start))

    def _named_elsewhere(self, ctx: DocContext, pending: list[tuple[int, int, int, str]]) -> None:
        """Bare quotes whose name another mention in the report (or ``known``) shows to be a programme."""
        for index, start, end, inner in pending:
            name = self._canonical(inner)
            ent = ctx.entities.get(("Programme", name))
            kind = ent.kind if ent is not None else self.known.get(name)
            if kind is None:
                continue
            ctx.spans.append(Span("Programme", name, start, end, index, kind=kind))
            ctx.add_entity("Programme", name, index, kind=kind, components=components_of(name))

    @staticmethod
    def _unquoted_lists_and_numbered(ctx: DocContext, index: int, text: str, taken: list[tuple[int, int]],
                                     never: frozenset[str]) -> None:
        """Unquoted named items the grammar marks as such.

        - A list that opens its clause and is closed by 等一批…经验/做法/模式/品牌
          (甲模式、乙银行、丙驿站等一批好经验好做法得到推广): each item is a practice.
        - Counted alliances built on a model (打造N个党建引领X共同体).
        - A numbered name (双X, 三X…) right after a trigger verb or opening its clause,
          closed by 机制/制度/工程/行动 (深化双联系机制; ，三联三带工程长效运行): the
          name without its kind word, as a quoted one would be written.
        """
        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        # each pattern's scan only where its cue words are (most sentences have none)
        for m in (_PRACTICE_LIST.finditer(text) if "等" in text and "、" in text else ()):
            items = m.group(1).split("、")
            if len(items) < 2 or not any(kind_of_name(i) or _DIGIT_OR_LATIN.search(i) for i in items):
                continue  # one item at least is plainly a name (…模式, 369驿站): 党建引领、资源整合 are not
            pos = m.start(1)
            for item in items:
                a, b = pos, pos + len(item)
                pos = b + 1
                if not free(a, b) or item in never or not _HAN.search(item):
                    continue
                kind = kind_of_name(item) or "mechanism"
                ctx.spans.append(Span("Programme", item, a, b, index, kind=kind))
                ctx.add_entity("Programme", item, index, kind=kind)
                taken.append((a, b))
        for m in (_COUNTED_COMMUNITIES.finditer(text) if "个" in text else ()):
            name, a, b = m.group(1), m.start(1), m.end(1)
            if free(a, b):
                ctx.spans.append(Span("Programme", name, a, b, index, kind="model"))
                ctx.add_entity("Programme", name, index, kind="model")
                taken.append((a, b))
        for m in (_NUMBERED_UNQUOTED.finditer(text) if _NUMBERED_KIND.search(text) else ()):
            name = m.group(1)
            a, b = m.start(1), m.end(1)
            if not free(a, m.end()) or name in never or name[1] in _MEASURE_WORDS or \
                    any(t in name for t in _TRIGGER_WORDS):
                continue  # 三项制度, 三是完善机制: a count or an enumeration, not a name
            kind = {"机制": "mechanism", "制度": "mechanism", "工程": "project", "行动": "campaign"}[m.group(2)]
            ctx.spans.append(Span("Programme", name, a, b, index, kind=kind))
            ctx.add_entity("Programme", name, index, kind=kind)
            taken.append((a, b))

    def _remention(self, ctx: DocContext, triggers: tuple[str, ...]) -> None:
        """Unquoted mentions of programmes named in this document (or, via ``known``, in others).

        They count when a trigger verb opens their clause or a kind word follows them
        (全面推行…一肩挑, 结合嘎查村十星级管理).
        """
        names: dict[str, str] = {n: k for n, k in self.known.items() if len(n) >= 3}
        for (label, name), ent in ctx.entities.items():
            if label == "Programme" and len(name) >= 3:
                names[name] = ent.kind or "mechanism"
        if not names:
            return
        alternation = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        # the programme mentions each sentence has so far: the loop below adds mentions to the sentence
        # it reads only, so these are what ctx.spans_in would give (without re-indexing after each add)
        found_before: dict[int, list[tuple[int, int]]] = {}
        for s in ctx.spans:
            if s.label == "Programme":
                found_before.setdefault(s.sentence, []).append((s.start, s.end))
        for sent in ctx.sentences:
            text = sent.text
            found = list(alternation.finditer(text))
            if not found:
                continue  # (most sentences name none of them)
            taken = list(found_before.get(sent.index, ()))
            for m in found:
                name = m.group()
                a, b = m.start(), m.end()
                if any(x <= a < y or x < b <= y for x, y in taken):
                    continue
                if _MODIFIES_NEXT.match(text[b:b + 3]):
                    continue  # X APP, X科学化: the name only modifies the word after it
                clause_start = max(text.rfind("，", 0, a), text.rfind("；", 0, a), text.rfind("：", 0, a),
                                   text.rfind("。", 0, a)) + 1
                governed = any(t in text[clause_start:a] for t in triggers)
                if not governed and kind_after(text, b) is None:
                    continue
                kind = names[name]
                ctx.spans.append(Span("Programme", name, a, b, sent.index, kind=kind))
                ctx.add_entity("Programme", name, sent.index, kind=kind, components=components_of(name))
                taken.append((a, b))

    def _list_kinds(self, text: str, matches: list[re.Match[str]], never: frozenset[str],
                    veto: tuple[str, ...], triggers: tuple[str, ...]) -> dict[int, str]:
        """Quotes written as a list (“A”“B”、“C”等…模式) share the kind of the list's head word."""
        groups: list[list[re.Match[str]]] = []
        for m in matches:
            if m.group(1) is None:
                continue
            if groups and text[groups[-1][-1].end():m.start()] in ("", "、", "，", "和", "与"):
                groups[-1].append(m)
            else:
                groups.append([m])
        out: dict[int, str] = {}
        for group in groups:
            group = [g for g in group if len(self._canonical(g.group(1))) >= 2]
            if len(group) < 2:
                continue
            last = group[-1]
            if _LIST_VETO.match(text, last.end()):
                for g in group:  # “A”“B”等称号: the noun after the list says what every item is
                    out[g.start()] = ""
                continue
            kind = kind_after(text, last.end()) or _clause_end_kind(text, last.end())
            if kind is None and not any(
                    self._is_programme(text, g.start(), g.end(), g.group(1), never, veto, triggers)
                    for g in group):
                continue
            for g in group:
                out[g.start()] = kind or self._kind(text, g.end(), g.group(1))
        return out

    @staticmethod
    def _policy_kind(inner: str) -> str | None:
        core = _TRAILING_GLOSS.sub("", inner)
        if core.endswith(("规范", "标准")):
            return "standard"
        if core.endswith(_POLICY_WORDS):
            return "policy"
        return None

    @staticmethod
    def _canonical(inner: str) -> str:
        # str.split() splits at exactly the characters re's \s matches (str.isspace): 3x faster than _SPACES.sub
        return "".join(inner.split())

    def _is_programme(self, text: str, start: int, end: int, inner: str, never: frozenset[str],
                      veto: tuple[str, ...], triggers: tuple[str, ...]) -> bool | None:
        """Whether the quote is a programme; ``None`` when only its length speaks for it.

        Such a quote counts only if the same document names it as a programme elsewhere
        (a kind word, a governing verb or a slogan shape at another mention).
        """
        name = self._canonical(inner)
        if name in never or len(name) < 2 or _NUMBER_ONLY.fullmatch(name) or _GENERATION.fullmatch(name):
            return False
        if _is_speech(text, start, name):
            return False
        if text.endswith(_PAST_BEFORE, 0, start) or text.endswith(_PAST_BEFORE_COMMA, 0, start):
            return False  # 过去“一年一场风，从春刮到冬”: how things were, a saying, not a practice
        if _LIST_PUNCT.search(name) and (_SHORT_NAME_AFTER.match(text, end) or _spelled_out(text, name)):
            return False  # “统一防疫、统一配种”的“两统一”: the content of the short name, which is the programme
        after = text[end:end + 6]
        if after.startswith(veto):
            return False
        if "+" in name:
            return True
        if any(o in text for o in _FROM_TO_OPENERS) and any(start <= m.end() and m.start() <= start for m in _FROM_TO.finditer(text)):
            return False  # 从“要我干”变为“我要干”
        if name.endswith(_CLASS_ENDINGS) and len(name) >= 4 and _OPENS_CLASS.search(text, max(0, start - 10), start):
            return True  # 开设“四点半课堂”, 开办“某某夜校”: a named class the bodies open and run
        if name.endswith(_NOT_PROGRAMME_ENDINGS) or _COUNTED_CATEGORY.fullmatch(name):
            return False  # facility types (…服务室, 四点半课堂), awards, posts, categories
        if _veto_noun_re().match(text, end, end + 8):
            return False  # “X”的戍边事迹, “X”精神: the quote describes a story, a spirit, a style
        parts = _LIST_PUNCT.split(name)
        if len(parts) >= 3 and all(kind_of_name(p_) for p_ in parts):
            return False  # a list of generic mechanisms, not one named item
        if len(parts) >= 3 and all(len(p_) == 4 for p_ in parts) and not _SLOGAN.search(name) \
                and _PRINCIPLE.match(text, end):
            return False  # working principles: a list of four-character idioms closed by 原则
        if kind_after(text, end) is not None:
            return True
        if name.endswith(_SITE_ENDINGS) and len(name) >= 4 and _BUILDS_SITE.search(text, max(0, start - 8), start):
            return True  # 与某大学共建“某某科技小院”。: a named site units build and run (a brand of service)
        if len(parts) >= 2 and all(p_.startswith("有") for p_ in parts):
            return False  # 有X、有Y、有Z: a checklist of goals
        clause = text[max(text.rfind("，", 0, start), text.rfind("。", 0, start), text.rfind("；", 0, start),
                          text.rfind("：", 0, start)) + 1:start]
        focus = _FOCUS_CUE.search(clause)
        if focus is not None and len(parts) >= 2 and len({len(p_) for p_ in parts}) == 1 and len(parts[0]) <= 4 \
                and not _SLOGAN.search(name) and not any(t in clause[:focus.start()] for t in triggers):
            return False  # 聚焦“强组织、兴产业、优治理”: parallel aims, a goal rather than a named practice
        if _GOAL_VERBS.search(clause) and not any(t in clause for t in triggers) and not _SLOGAN.search(name):
            return False  # 实现“班子强、集体经济强”, 确保…“动态清零”: a goal, not a practice
        if text[start - 1:start] == "以" and len(name) >= 3:
            return True  # 以“X”推进…: the means a place works by
        if len(name) >= 4 and name.endswith("联盟") and _ALLIANCE_VERBS.search(clause):
            return True  # 与周边村组建“某某联盟”，带动…: an alliance units form is a mechanism they run
        # a heading or a headline (某地：“某某”焕发新活力): no clause punctuation and no closing 。！？
        heading = (len(text) <= 25 and not _HEADING_BREAK.search(text)) or \
            (len(text) <= 45 and not _CLAUSE_BREAK.search(text) and not _SENTENCE_CLOSE.search(text))
        if heading and "—" not in name and name.endswith(_HEADLINE_KINDS) and \
                len(name) >= 2 + min(len(k) for k in _HEADLINE_KINDS if name.endswith(k)):
            return True  # 某地：以“X”引领“某某模式”走出新路子: a headline naming a model by its own kind word
        if heading or "—" in name:
            return False
        before = text[max(0, start - 12):start]
        governed = any(t in before for t in triggers)
        if not governed and len(name) >= 4 and _OPENS_FACILITY.search(before):
            governed = True  # 联合各村党支部开设“某某直播间”: a named initiative bodies open and run
        if _BY_BEFORE.search(before) and text[end:end + 1] == "为":
            governed = True
        if _COUNTED_BEFORE.search(before):
            governed = True  # 18种“X”: counted items of a named kind
        copula = _COPULA_OWNER.search(clause)
        if copula is not None and text[end:end + 1] in _CLAUSE_ENDS and not _SLOGAN.search(name) and \
                "、" not in name and (not governed or _only_modifying(before, triggers)):
            return False  # 西瓜已成为某旗的“金字招牌”。: a figure the copula gives the subject, no practice
        if _OWNER_DE.search(before) and len(name) >= 3:
            governed = True  # X旗的“P”: a place's own named practice (牧民的“贴心人”, 曾经的“不毛之地” are figures)
        slogan = bool(_SLOGAN.search(name)) or "、" in name or "，" in name
        if len(name) <= 2:
            return bool(_SLOGAN.search(name)) and governed
        if not governed and text.startswith(("作用", "的作用"), end):
            return False  # 激发…“X”作用: the role something plays (发挥“X”作用 is governed)
        if not governed and not slogan and _CLOSES_CLAUSE.match(text[end:end + 2]):
            return False  # 持续跟进“补短板”，: a phrase that closes its clause with no verb putting it to work
        if not governed and not slogan and len(name) == 4 and _dictionary_word(name):
            return False  # 曾经的“不毛之地”: an idiom, used as a figure
        if governed or slogan or kind_of_name(name) is not None:
            return True
        if len(name) < 3:
            return False
        if _bare_figure(text, start, end, clause):
            return None  # a nickname, a label or a figure, unless the report names it a practice elsewhere
        # a quoted name of three or more characters names a practice unless shown otherwise
        return True

    @staticmethod
    def _kind(text: str, end: int, inner: str) -> str:
        if "+" in inner:
            return "model"
        start = end - len(inner) - 2
        if _NAMED_AS_BEFORE.search(text[max(0, start - 10):start]):
            return kind_after(text, end) or "standard"  # 被命名为“X”党组织: a title units are measured against
        if inner.endswith(_CLASS_ENDINGS):
            return kind_after(text, end) or "platform"  # 开设“四点半课堂”: a class held as a service
        if _GRADE_TITLE.fullmatch(inner):
            return kind_after(text, end) or "standard"  # 三强四好, 五个好: the grades a unit must reach
        return kind_after(text, end) or kind_of_name(inner) or "mechanism"

    @staticmethod
    def _register(ctx: DocContext, span: Span, text: str, m: re.Match[str]) -> None:
        ctx.add_entity("Programme", span.name, span.sentence, kind=span.kind,
                       components=components_of(span.name))

    @staticmethod
    def _trim_model(raw: str) -> str | None:
        """Cut a leading verb or place phrase off an unquoted X+Y (深化合作社+基地+牧户 → 合作社+基地+牧户)."""
        _, _, triggers = stop_words()
        name = raw
        for t in sorted(triggers, key=len, reverse=True):
            idx = name.find(t)
            if 0 <= idx < name.find("+"):
                name = name[idx + len(t):]
        for rule in kind_rules():
            last = name.split("+")[-1]
            if last.endswith(rule.word) and len(last) > len(rule.word) + 1:
                name = name[: -len(rule.word)]
                break
        trimmed = re.sub(r"(服务|工作|发展|组织生活|治理)$", "", name)
        if len(trimmed.split("+")[-1]) >= 2:
            name = trimmed
        parts = name.split("+")
        if any(len(p) < 1 for p in parts) or len(parts) < 2:
            return None
        if all(re.fullmatch(r"[\dA-Za-z]+", p) for p in parts) and not re.search("[A-Za-z]", name):
            return None  # arithmetic, not a model
        return name
