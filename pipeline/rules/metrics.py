"""Metrics: every number the text reports about a subject.

A metric is a number with a unit (``units.tsv``), 万/亿 folded into the value,
with its qualifier (余/多 → 余, 近, 超过/突破 → 超过, 以上/不低于/不少于 → 以上),
the year its clause states, the indicator it counts and its subject.

Not metrics: numbers inside quotes or 《》 (slogans such as 5个100%), years and
dates, ordinals (第N), ranges (8—10颗星, 1至2户), anniversaries (100周年),
and thresholds that only describe a category (10万元以上的, 超过10万元的村).
Nor are aims and forecasts (力争, 目标是, 预计, 确保, 将新建 …, 争取/计划 before a
year: ``metric_aims.tsv``) up to a clause of what is done already (目前, 已 …);
争取到18万元 is money obtained and stays.  A span of years after a verb of long
work (从事养殖30年, ``metric_durations.tsv``) is a figure only about a person.

Nor are quotas of one (每年打造1个, 各选派1名), thresholds that define a subset
(其中N个村…达到M人以上, 有12个行政村…突破50万元), age bounds of a criterion (年龄在35岁以下的),
radii and idioms (不出1公里范围, 最后1公里); a stock of divisions stated twice in a
report (全市527个嘎查村) is one fact.  分 counts points only after a word of scoring
(考核得分96分); compound units (头只, 台套, 人次) are units of their own.

The subject a figure is about (a place, an organisation or a person) is decided in
metric_subjects.py, and for figures inside direct speech in metric_speech.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from policykg.facts import EntityRef, Evidence, Metric
from policykg.paths import lexicon

from .context import DocContext
from .metric_speech import speech_at, speech_subject, speeches
from .metric_subjects import Known, duration_person, known_entities, metric_subject, paragraph_openers


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    table = {}
    for line in lexicon("units.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            written, base = line.split("\t")[:2]
            table[written.strip()] = base.strip()
    return table


_CN_DIGITS = "零一二两三四五六七八九十百千"
_PEOPLE_NOUNS = ("农牧民", "牧民", "农民", "群众", "居民", "党员", "人")


@lru_cache(maxsize=1)
def number_re() -> re.Pattern[str]:
    unit_alt = "|".join(re.escape(u) for u in sorted(units(), key=len, reverse=True))
    return re.compile(
        # a figure starts with its qualifier word or its first digit: the lookahead turns every other
        # position down at once (the pattern opens with optional groups, so the engine cannot skip ahead)
        rf"(?=[近超突不达约逾\d{_CN_DIGITS}])"
        r"(?:(?P<pre>近|超过|突破|不低于|不少于|达到|达|约|逾)(?:(?<=[过破到达])了)?)?"  # 超过了40万元
        rf"(?P<num>\d+(?:\.\d+)?|[{_CN_DIGITS}]{{1,4}}(?=[余多]))\s*"
        r"(?:(?P<q1>余|多)(?=[万亿]))?"  # 40余万亩: the qualifier before the multiplier
        r"(?P<mult>万|亿)?(?P<q2>余|多)?\s*"
        rf"(?P<unit>{unit_alt}|(?<=万)(?={'|'.join(_PEOPLE_NOUNS)}))"
        r"(?:及(?=以[上下]))?(?P<post>以上|以下)?"  # 50万元及以上
    )


def _value(num: str, mult: str | None) -> float:
    try:
        base = float(num)
    except ValueError:
        base = float(cn2an.cn2an(num, "smart"))
    if mult == "万":
        base *= 10_000
    elif mult == "亿":
        base *= 100_000_000
    return round(base, 6)


def _qualifier(pre: str | None, q2: str | None, post: str | None) -> str | None:
    if q2:
        return "余"
    if pre == "近":
        return "近"
    if pre in ("超过", "突破", "逾"):
        return "超过"
    if pre in ("不低于", "不少于") or post == "以上":
        return "以上"
    return None


_YEAR_IN = re.compile(r"(19|20)(\d\d)年")


def _year(text: str, pos: int) -> int | None:
    """The last year stated before ``pos`` in the sentence (2021年…, 2016年以来 → 2016)."""
    last: re.Match[str] | None = None
    for m in _YEAR_IN.finditer(text, 0, pos):  # (only the last one is read: no list, no slice of the text)
        last = m
    return int(last.group(1) + last.group(2)) if last is not None else None


_RANGE_BEFORE = re.compile(rf"[\d{_CN_DIGITS}][%万亿]?\s*[—\-~至到]\s*$")
_RADIUS_AFTER = ("范围", "以内", "之内", "半径")
_TIME_ONLY = re.compile(r"\s*(?:(?:19|20)\d\d年(?:底|末|以来)?|目前|截至目前|现在|如今)?\s*")
_COUNT_UNITS = frozenset("个名人位家户项所条支座处间套台辆只头种件场期批篇")
# words that make the number after them an upper bound (不足30%, 不到一半, 低于5%; 不低于 and 不少于,
# lower bounds, are the number's ``pre`` group)
_UPPER_BOUND_PRE = ("不足", "不到", "低于", "少于")
# 每年打造1个, 各选派1名: a quota per unit (每 + a noun, or 各 right before the verb)
_DISTRIBUTIVE = re.compile(r"每(?![一二三四五六七八九十])|各[\u4e00-\u9fff]{1,3}\s*$")
# a bound before an amount: with 的 after it (超过10万元的村) the amount only defines a category
# (不低于15万元的标准, 不少于20%的农户 state a norm or a share: figures)
_THRESHOLD_PRE = frozenset(("超过", "突破", "达到", "达", "逾"))
# 收入10万元的村: an amount before 的 and a division or household is the category's bound
_CATEGORY_NOUNS = ("村", "嘎查", "社区", "行政村", "镇", "乡", "苏木", "户", "农户", "牧户", "农牧户", "家庭", "脱贫户")
_SUBSET_THRESHOLD = re.compile(r"^其中\s*\d+(?:\.\d+)?\s*[个家名所户][^，；。]*?$")
# 有12个行政村…, 另有3个嘎查…: a count of divisions that opens the clause (or follows 有) before a bound
_ALL_OF = re.compile("全部|均|都")  # (…全部/均/都 达到: every one of them, no subset)
_COUNTED_SUBSET = re.compile(r"(?:^|有|其中)\s*\d+\s*个(?:行政村|嘎查村|村|嘎查|社区|苏木乡镇|乡镇|苏木|镇)[^\d]*$")


def _excluded(text: str, m: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    s, e = m.start("num"), m.end()
    if quoted and any(a <= s < b for a, b in quoted):
        return True
    before, after = text[max(0, s - 3):s].rstrip(), text[e:e + 3]
    # the groups the tests below read, fetched in one call (each m.group call is a method call)
    pre, mult, q1, q2, unit, post = m.group("pre", "mult", "q1", "q2", "unit", "post")
    q2 = q2 or q1
    if before.endswith("第") and not pre:
        return True
    if _RANGE_BEFORE.search(text, max(0, s - 8), s) and not pre:
        return True  # 8—10颗星, 3到 5人 (but 达到 79名, 争取到18万元 are figures)
    if before.endswith(("最后", "不出", "不超过")) or after.startswith(_RADIUS_AFTER):
        return True  # 最后1公里, 不出1公里范围: a norm or an idiom, not a reported figure
    if (before.endswith(_UPPER_BOUND_PRE) and not pre) or (post == "以下" and unit != "岁"):
        return True  # 占比不足30%, 降到5%以下: an upper bound, which no qualifier of FORMAT.md states
    if after.startswith(("—", "-", "~", "至")) or text[e:e + 1] in ("—", "~"):
        return True
    if unit == "" and not mult:
        return True
    if unit == "分" and _not_points(text, s, e):
        return True  # 8点30分, 3分钟, 1分地: a time or a measure; 考核得分96分 is a score
    if after.startswith(("周年", "年", "月", "日", "号", "届")) and unit in ("", "个"):
        return True
    if (post or unit == "%") and text[e:e + 1] == "的" and not pre:
        clause_head = text[max(text.rfind(c, 0, s) for c in "，；：") + 1:s]
        if post or not _TIME_ONLY.fullmatch(clause_head):
            return True  # 10万元以上的, 推进100%的: a category or an aim, not a figure
        # 2021年30%的村党支部达到…: the share the clause opens with is a figure
    if text.startswith(("大关的", "关口的"), e):
        e += 2  # 突破50万元大关的行政村: the same category
    if (text[e:e + 1] == "的" and unit not in _COUNT_UNITS and unit != "%"
            and (pre in _THRESHOLD_PRE or (text.startswith(_CATEGORY_NOUNS, e + 1) and unit != "岁"))) or \
            (post and text.startswith(_CATEGORY_NOUNS, e)):  # 收入10万元以上村12个
        return True  # 收入超过10万元的嘎查村达到64个: the threshold names a category, the count is the figure
    explained = text.rfind("（即", 0, s)
    if explained >= 0 and text.find("）", explained) > s:
        return True  # (即每个嘎查村储备1名…): the parts of a programme's name, not figures
    num = m.group("num")
    if _CN_NUMERAL.fullmatch(num) and not q2:
        return True
    clause = text[max(text.rfind("，", 0, s), text.rfind("；", 0, s), text.rfind("：", 0, s)) + 1:s]
    if num == "1" and unit in _COUNT_UNITS and not mult and _DISTRIBUTIVE.search(clause):
        return True  # 每年打造1个…, 各选派 1名…: a quota, not a count
    if post == "以上" and _SUBSET_THRESHOLD.match(clause) and not _ALL_OF.search(clause):
        return True  # 其中96个村…达到4人以上: the threshold defines the counted subset
    if (post == "以上" or pre in _THRESHOLD_PRE) and _COUNTED_SUBSET.search(clause) \
            and not _ALL_OF.search(clause):
        return True  # 有12个行政村集体经济收入突破50万元: the bound of the villages counted, not a figure
    if unit == "岁" and post and "平均" not in clause:
        return True  # 年龄在35岁以下的, 35岁以下年轻干部: an age bound of a criterion or a category
    if _in_aim(text, s, quoted):
        return True  # 力争2024年…超过20万元, 计划新建200座: an aim, not a reported figure
    return unit == "年"


# 分 counts points only after a word of scoring in its clause (考核得分96分, 综合评分92.5分)
_SCORE_WORDS = re.compile("得分|评分|打分|分数|总分|满分|积分|考核|测评|考评|评估|成绩")


def _not_points(text: str, s: int, e: int) -> bool:
    """Whether a number before 分 is no score: a time (8点30分), minutes (3分钟), land (1分地) or no word of scoring."""
    if text[e:e + 1] in ("钟", "之", "地", "厘", "秒") or text[max(0, s - 1):s] in ("点", "时"):
        return True
    clause_start = max(text.rfind(c, 0, s) for c in "，；。：") + 1
    return _SCORE_WORDS.search(text, clause_start, s) is None


@lru_cache(maxsize=1)
def _aim_lexicon() -> tuple[list[str], list[str]]:
    """The aim markers of ``metric_aims.tsv``, escaped: (always markers, markers only before a time)."""
    always: list[str] = []
    timed: list[str] = []
    for line in lexicon("metric_aims.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, when = [*line.split("\t"), "always"][:2]
            (timed if when.strip() == "time" else always).append(re.escape(word.strip()))
    return always, timed


@lru_cache(maxsize=1)
def _aim_marker_words() -> re.Pattern[str]:
    """Every aim marker as a plain alternation: a sentence holding none has no aim (a quick first test).

    Python's regex engine skips ahead to a possible first character only for a pattern that
    opens with literals, which ``_aim_words`` (opening with a lookbehind) does not.
    """
    always, timed = _aim_lexicon()
    return re.compile("|".join(always + timed) or r"(?!)")


@lru_cache(maxsize=1)
def _aim_words() -> re.Pattern[str]:
    """The aim markers of ``metric_aims.tsv`` as one pattern (争取 only before a year or a span of years)."""
    always, timed = _aim_lexicon()
    alts = [f"(?:{'|'.join(always)})"] if always else []
    if timed:
        # (争取到2023年度资金500万元: a budget year names money obtained)
        alts.append(rf"(?:{'|'.join(timed)})(?=[到在于用]?\s*(?:[\d{_CN_DIGITS}]+年(?!度)|实现|达到|使))")
    # (模拟, 虚拟: no 拟; 确保了: done, no aim)
    return re.compile(f"(?<![模虚])(?:{'|'.join(alts)})(?!了)" if alts else r"(?!)")


_AIM_NOUN_AFTER = re.compile(r"[，。；、：”》）)的等中和与及]|实施|落地|项目")
# a clause stating what is done already ends the reach of an aim stated before it
_DONE_CLAUSE = re.compile(r"[，；](?:目前|截至|现已|已|累计|实际|当年|其中已)")


@lru_cache(maxsize=64)
def _aim_word_in(text: str) -> bool:
    """Whether the sentence holds an aim marker at all (asked for each of its numbers)."""
    return _aim_marker_words().search(text) is not None and _aim_words().search(text) is not None


def _in_aim(text: str, pos: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the number at ``pos`` is inside an aim: after a marker of the sentence, no completed clause between."""
    if not _aim_word_in(text):
        return False  # no marker anywhere in the sentence, so none before the number (most sentences)
    for m in _aim_words().finditer(text, 0, pos):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if m.group().endswith("计划") and _AIM_NOUN_AFTER.match(text, m.end()):
            continue  # 《某某计划》, 实施某某计划，: the name of a programme, not a plan
        if not _DONE_CLAUSE.search(text, m.end(), pos):
            return True
    return False


_INDICATOR_STOP = re.compile(r"[，。；：、（）()“”《》\s]|共|累计|全部|分别|已|达到|达|为|实现|其中|目前|现")
_VERBS = ("建立", "成立", "设置", "划分", "选派", "培训", "培育", "组建", "发展", "提供", "引进", "打造",
          "开展", "举办", "创建", "领办", "评定", "储备", "选出", "投入", "争取", "撬动", "解决", "收集",
          "完成", "建设", "配齐配强", "配强", "设立", "命名", "遴选", "评选", "上线", "带动", "帮助")


_VERBS_LONGEST_FIRST = sorted(_VERBS, key=len, reverse=True)
# whether a head holds any of the verbs at all (one scan; which one and where is then asked in order)
_VERB = re.compile("|".join(_VERBS_LONGEST_FIRST))
# verbs that end the noun phrase after the unit (tried in this order); and whether a tail holds any
_TAIL_VERBS = ("参加", "实现", "兼任", "担任", "融入", "到", "在", "联系", "进行", "开展", "实行")
_TAIL_VERB = re.compile("|".join(_TAIL_VERBS))
_HEAD_LEAD = re.compile(r"^(全盟|全市|全旗|全区|共|累计|已|现|为|达到|达)")
_HEAD_YEAR = re.compile(r"^(?:19|20)\d\d年(?:以来|度)?")
_PUNCT_SPLIT = re.compile(r"[，。；：、（）()“”《》\s]")
_CN_NUMERAL = re.compile(f"[{_CN_DIGITS}]+")


_TRAILING_PAREN = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def _indicator(text: str, m: re.Match[str]) -> str:
    """The noun phrase the number counts: after the unit if a noun follows, else before it."""
    after = text[m.end():m.end() + 14]
    cut = _INDICATOR_STOP.search(after)
    tail = after[: cut.start()] if cut else after
    for verb in (_TAIL_VERBS if _TAIL_VERB.search(tail) else ()):  # (most tails hold none: no loop)
        i = tail.find(verb)
        if i > 0:
            tail = tail[:i]
    if len(tail) >= 2 and not tail.startswith(("的", "和", "以", "，")):
        return tail
    before = text[max(0, m.start() - 16):m.start()].rstrip()  # (发放贷款 4500余万元: a space before the number)
    before = _TRAILING_PAREN.sub("", before)  # 走访嘎查（社区）76个: the aside is no part of what is counted
    parts = _PUNCT_SPLIT.split(before)
    head = parts[-1] if parts else ""
    for verb in (_VERBS_LONGEST_FIRST if _VERB.search(head) else ()):  # (a head holding none is kept whole)
        i = head.rfind(verb)
        if i >= 0:
            head = head[i + len(verb):]
            break
    head = _HEAD_LEAD.sub("", head)
    head = _HEAD_YEAR.sub("", head)
    return head or text[m.start("unit"):m.end()] or "数量"


@lru_cache(maxsize=1)
def _duration_re() -> re.Pattern[str]:
    """A span of years after a verb of long work (``metric_durations.tsv``): 从事养殖30年, 扎根基层20余年."""
    verbs = [line.strip() for line in lexicon("metric_durations.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"(?P<verb>{alt})(?P<obj>[^，。；：、“”《》\d]{{0,8}}?)(?P<pre>近|超过|长达|整整)?"
        rf"(?P<num>\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})(?P<q2>余|多)?年(?P<post>以上)?"
        r"(?!来|以来|前|后|内|间|代|级|度|底|初|末|中|如一日|时间|的时间|计划|规划)"
    )


# 已有12年党龄: the span of years names what it counts after it
_SENIORITY = re.compile("党龄|工龄|教龄|驾龄|兵龄")
# 是一名有30年党龄的老党员: a span of years right before the seniority it counts, after 有 (no verb of work)
_SENIORITY_SPAN = re.compile(
    rf"(?:(?<=有)|(?<=有着))(?P<verb>)(?P<obj>)(?P<pre>近|超过)?(?P<num>\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})(?P<q2>余|多)?年(?P<post>)"
    r"(?=党龄|工龄|教龄|驾龄|兵龄)"
)


def _durations(text: str) -> list[re.Match[str]]:
    """Spans of a person's years: after a verb of long work, or before a seniority (有30年党龄) no verb took."""
    found = list(_duration_re().finditer(text))
    if "龄" in text:
        taken = {d.start("num") for d in found}
        found += [d for d in _SENIORITY_SPAN.finditer(text) if d.start("num") not in taken]
    return found
# the divisions a place is made of: a count of them is a stock that reports restate
_COUNTED_NOUN = re.compile(r"旗县市区|旗县区|旗县|苏木乡镇|苏木镇|乡镇|苏木|街道|嘎查村|嘎查|社区|行政村|村")
# (written to open with one character class, which the engine skips to at C speed: ``\d|[…][余多]``
# opens with a choice and was tried at every character)
_ANY_NUMBER = re.compile(rf"[\d{_CN_DIGITS}](?:(?<=\d)|[余多])")


def _subject(ctx: DocContext, index: int, pos: int, end: int, local: dict[int, tuple[str, str]], known: Known,
             said: bool) -> tuple[str, str] | None:
    """The figure's subject: in direct speech only where it is unambiguous (metric_speech.py), else as usual."""
    speech = speech_at(ctx, index, pos) if said else None
    if speech is not None:
        found = speech_subject(ctx, index, pos, speech)
        if found is not True:
            return found or None
    return metric_subject(ctx, index, pos, end, local, known)


class MetricFinder:
    def __call__(self, ctx: DocContext) -> None:
        pattern = number_re()
        unit_of = units()
        local = paragraph_openers(ctx)
        stated: set[tuple[str, str, float, str, str]] = set()
        known = known_entities(ctx)
        said = bool(speeches(ctx))
        for sent in ctx.sentences:
            text = sent.text
            if not _ANY_NUMBER.search(text):
                continue  # most sentences: nothing the number pattern could match
            quoted = ctx.quoted(sent.index)
            if said:  # direct speech is read below, not dropped as a quote
                quoted = [(a, b) for a, b in quoted if speech_at(ctx, sent.index, a + 1) is None]
            for m in pattern.finditer(text):
                if _excluded(text, m, quoted):
                    continue
                pre, num, mult, q1, q2, unit_written, post = m.group("pre", "num", "mult", "q1", "q2", "unit", "post")
                q2 = q2 or q1
                unit = unit_of.get(unit_written, unit_written) if unit_written else "人"
                if unit_written in ("万元", "亿元"):
                    mult = unit_written[0]
                value = _value(num, mult)
                subject = _subject(ctx, sent.index, m.start(), m.end(), local, known, said)
                if subject is None:
                    continue
                counted = _COUNTED_NOUN.match(text, m.end())
                if counted:
                    # 全市527个嘎查村…。527个嘎查村…: the same stock of divisions stated again, one fact
                    key = (*subject, value, unit, counted.group())
                    if key in stated:
                        continue
                    stated.add(key)
                ctx.metrics.append(Metric(
                    subject=EntityRef.of(*subject),
                    # (某某今年61岁: a person's age is their 年龄, whatever words stand before it)
                    indicator="年龄" if unit == "岁" and subject[0] == "Person" else _indicator(text, m),
                    value=value,
                    unit=unit,
                    qualifier=_qualifier(pre, q2, post),  # type: ignore[arg-type]
                    year=_year(text, m.start()),
                    raw=m.group().strip(),
                    evidence=Evidence.of(sent),
                ))
            for d in _durations(text):
                # 从事养殖30年: the years of a person's work, a figure only about a person
                if any(a <= d.start("num") < b for a, b in quoted):
                    continue
                subject = _subject(ctx, sent.index, d.start("num"), d.end(), local, known, said)
                if subject is None or subject[0] != "Person":
                    person = duration_person(ctx, sent.index, d.start("num"), known) \
                        if speech_at(ctx, sent.index, d.start("num")) is None else None
                    if person is None:
                        continue
                    subject = ("Person", person)  # 某某带领村民致富，已连续担任书记9年
                seniority = _SENIORITY.match(text, d.end())
                ctx.metrics.append(Metric(
                    subject=EntityRef.of("Person", subject[1]),
                    indicator=seniority.group() if seniority else (d.group("verb") + d.group("obj")).strip() or "年限",
                    value=_value(d.group("num"), None),
                    unit="年",
                    qualifier=_qualifier(d.group("pre"), d.group("q2"), d.group("post")),  # type: ignore[arg-type]
                    year=None,
                    raw=d.group()[len(d.group("verb") + d.group("obj")):].strip(),
                    evidence=Evidence.of(sent),
                ))
