"""Fusion: statistical person/organisation mentions added where the rules found nothing.

Rules keep priority: a model span that touches any rule span is dropped, so
fusion only ever adds.  What it adds must pass a precision filter made of
checks a reader can follow (no scores to tune blindly):

- persons: 2-4 characters starting with a known surname, or 2-7
  transliteration characters, or (only with a word segmenter, jieba or
  pkuseg) a 2-3 character given name that the segmenter reads as one word;
  not a common word of jieba's dictionary
  (全程, 文化 …), not starting with a conjunction; right after a role cue
  (``person_roles.tsv``: 书记, 村民 …) or right before a speech verb
  (说, 介绍, 跟记者说 …) or a title that follows names (老人, 同志 …);
  a 2-3 character name with neither surname nor transliteration (a given
  name alone, common in Inner Mongolia) needs both: a role cue before and
  a speech verb or title after; never in a byline (bylines are not people of the graph);
- organisations: 4-25 characters starting with a place the rules found and
  ending in a suffix of ``org_suffixes.tsv`` or ``models/spacy/fusion_org_suffixes.tsv``
  (局, 政府 …), not starting with a generic head (村, 各级, 社会 …), not inside quotes;
- optionally (``align_words``) both edges on word boundaries of the segmenter.

Boundary repairs, made before the filter (the model often cuts a long name
short or takes the last character of the word before it):

- a person span ending one or two name characters before a punctuation mark,
  a speech verb or a title is completed to there (书记娜仁|花， → 娜仁花);
- a span whose first character ends a common word with the character before
  it loses that character (说起|呼和… → 呼和…);
- a village party branch whose village the rules do not know (X嘎查党支部,
  X村党总支) is taken when a role cue follows it (X嘎查党支部书记某某) and it
  stands at a clause start, after a place or after 说起/提起-like words, and
  X is no descriptive word (``models/spacy/fusion_not_village_names.tsv``);
- a model organisation ending where a rule organisation ends but starting
  earlier replaces the rule's when the extra part is a place the rules found
  (某旗 + 某有限公司) or the rest of the rule name's village (呼和 + 诺尔嘎查…).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.rules.context import DocContext, Span

from .silver import LABELS, is_byline

_GENERIC = ("嘎查村", "村", "社区", "基层", "各级", "各类", "各", "全", "该", "本", "社会", "企业", "农牧民",
            "专业", "村级", "合作", "党", "新", "一", "两", "相关", "有关", "市直", "旗直", "盟直", "驻区", "辖区",
            "机关", "国有", "民营", "集体", "这", "那", "其", "我", "他", "她", "们")
_NOT_NAME = re.compile(r"[^\u4e00-\u9fff·]")
_CONJ = tuple("和与及并或等的向在对把被为")
_ORG_JOIN = set("和与及、同")
_SPEECH = ("说", "介绍", "表示", "告诉", "谈", "感慨", "坦言", "笑着", "指出", "回忆", "跟记者说", "对记者说",
           "向记者介绍", "告诉记者")
# titles that follow a person's name (X老人, X同志): a cue after the name like a speech verb
_TITLE_AFTER = ("老人", "同志", "大爷", "大娘", "阿妈", "老阿妈", "额吉")
_FUNCTION = tuple("以将从把被让使由于")
_COMMON_WORD_FREQ = 50
# characters that start no name (牧民们都说: 们都 is no given name)
_NOT_FIRST = set("们都也就还又才便却很把被将已正在的了是和与及等着过")
_CLAUSE_END = tuple("，。、；：！？,;:!?“”")
_VILLAGE_BRANCH = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(嘎查|村|社区)(党支部|党总支|党委)$")
_BRANCH_LEFT = ("说起", "提起", "谈起", "来到", "走进", "在", "与", "同", "联合", "和")
_BRANCH_VERBS = ("领办", "牵头", "带领", "组织", "创办", "与", "联合")
_NEW_VERBS = ("新建", "新成", "新组", "新设", "新增", "新选", "新任", "新一", "新的", "新型", "新时")  # 新立屯村 is a name
# forms of address a completed name must not end in (王|老师说, 李|大夫说)
_ADDRESS = ("老师", "师傅", "大夫", "医生", "书记", "主任", "校长", "经理", "老板", "阿姨", "大叔", "大哥", "大姐",
            "老人", "同志", "大爷", "大娘", "阿妈", "额吉")
_LINK = set("有是为")  # 优秀党员有|张某某、…: the verb between a cue and a name
_PLACE_BODIES = ("party_committee", "party_branch", "government")
_PLACE_UNITS = ("嘎查", "村", "社区", "镇", "苏木", "乡", "旗", "县")
_PERSON_STOP = set("的了是在和与及等为把被向对从书记长主任员县市旗镇乡村区盟委局队所站部社会党组"
                   "爷娘妈姐哥叔婶嫂们")  # 张大爷, 李大姐: a form of address, not a name


@dataclass(frozen=True)
class Candidate:
    """A model mention in sentence offsets, before the filter."""

    label: str  # Person | Organisation
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FusionConfig:
    labels: tuple[str, ...] = ("Person", "Organisation")
    person_max_len: int = 4
    org_min_len: int = 4
    org_max_len: int = 25
    require_org_suffix: bool = True
    align_words: bool = False
    person_cue: bool = True
    org_place_start: bool = True


@lru_cache(maxsize=1)
def _word_freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _person_cues() -> tuple[str, ...]:
    from pipeline.rules.persons import person_roles

    return (*person_roles(), "党员", "志愿者", "网格员", "护边员", "牧民")


@lru_cache(maxsize=1)
def _fusion_suffixes() -> list[tuple[str, str]]:
    from policykg.paths import models_dir

    rows = []
    path = models_dir() / "spacy" / "fusion_org_suffixes.tsv"
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        if line.strip() and not line.startswith("#"):
            suffix, kind = line.split("\t")[:2]
            rows.append((suffix.strip(), kind.strip()))
    return rows


def _surnames() -> frozenset[str]:
    from pipeline.rules.persons import surnames

    return surnames()


def _translit() -> frozenset[str]:
    from pipeline.rules.name_chars import transliteration_chars

    return transliteration_chars()


@lru_cache(maxsize=1)
def _not_village_names() -> frozenset[str]:
    from policykg.paths import models_dir

    path = models_dir() / "spacy" / "fusion_not_village_names.tsv"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(x.split("\t")[0].strip() for x in lines if x.strip() and not x.startswith("#"))


def _is_suffix(body: str) -> bool:
    """The body after the place is a suffix alone (某嘎查 + 党支部): the place names the body."""
    from pipeline.rules.organisations import org_suffixes

    return any(body == suffix for suffix, _ in (*org_suffixes(), *_fusion_suffixes()))


def _org_suffix(name: str) -> str | None:
    from pipeline.rules.organisations import org_suffixes

    table = sorted([*org_suffixes(), *_fusion_suffixes()], key=lambda r: len(r[0]), reverse=True)
    for suffix, kind in table:
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def person_ok(name: str, cfg: FusionConfig, one_word: bool = False) -> bool:
    """Does ``name`` look like a person's name (the context is checked by ``person_context_ok``)?

    ``one_word``: the segmenter read the name as a single word, which lets a
    given name without a surname through (common in Inner Mongolia).
    """
    strength = name_strength(name, cfg, one_word)
    return strength == "name"


def name_strength(name: str, cfg: FusionConfig, one_word: bool = False) -> str | None:
    """"name" (surname, transliteration or one segmenter word), "given" (a bare 2-3 character
    name that needs context on both sides) or None (not a name)."""
    inner = name[2:] if len(name) > 3 and name[1] == "和" else name[1:]  # 苏和巴特尔, 呼和: 和 inside a name
    if _NOT_NAME.search(name) or any(ch in _PERSON_STOP for ch in inner) or name.startswith(_CONJ):
        return None
    if (name[0] in _NOT_FIRST and name[0] not in _surnames()) or (len(name) > 2 and name.endswith(_ADDRESS)):
        return None  # 们都 (牧民们都说), 王老师: no name
    freq = _word_freq()
    if freq.get(name, 0) > _COMMON_WORD_FREQ:
        return None
    translit = _translit()
    if translit and 2 <= len(name) <= 7 and all(ch in translit for ch in name):
        return "name"
    if 2 <= len(name) <= cfg.person_max_len and name[0] in _surnames():
        return "name"
    if not 2 <= len(name) <= 3 or name in freq or any(freq.get(name[:k], 0) > _COMMON_WORD_FREQ
                                                       for k in range(2, len(name))):
        return None
    return "name" if one_word else "given"


def person_context_ok(text: str, start: int, end: int, both: bool = False) -> bool:
    """A role cue right before the name, or a speech verb or title right after it (``both``: and)."""
    cues = _person_cues()
    before = text[:start].endswith(cues) or (start > 0 and text[start - 1] in _LINK
                                               and text[:start - 1].endswith(cues))
    after = text[end:].startswith((*_SPEECH, *_TITLE_AFTER))
    return before and after if both else before or after


_LIST_END = ("、", "，", "。", "；", "等", "和", "及")


def _listed_after_person(ctx: DocContext, c: Candidate) -> bool:
    """The name is the next item of a list (A、B、) after a person already found: an honour list.

    The item must end where list items end (、 ， 等 …), so a name the model cut short is refused.
    """
    text = ctx.sentences[c.sentence].text
    return c.start > 1 and text[c.start - 1] == "、" and (c.end == len(text) or text.startswith(_LIST_END, c.end)) \
        and any(s.label == "Person" and s.end == c.start - 1 for s in ctx.spans_in(c.sentence))


def _cut_short(text: str, start: int, end: int) -> bool:
    """A name the model ended (or began) inside.

    Any name: a speech verb or title starts one character after its end, not
    right at it (张建|国说).  A transliterated name: the next (or previous)
    character is a transliteration character too.
    """
    after = (*_SPEECH, *_TITLE_AFTER)
    if end < len(text) and not _NOT_NAME.match(text[end]) and text.startswith(after, end + 1) \
            and not text.startswith(after, end):
        return True
    translit = _translit()
    name = text[start:end]
    if not translit or not all(ch in translit for ch in name):
        return False
    return (end < len(text) and text[end] in translit and not text.startswith(_TITLE_AFTER, end)) or (
        start > 0 and text[start - 1] in translit and not text[:start].endswith(_person_cues()))


def _person_accepted(ctx: DocContext, c: Candidate, cfg: FusionConfig, one_word: bool) -> bool:
    """The person filter: a name shape, not cut short, and its context (or its place in an honour list)."""
    text = ctx.sentences[c.sentence].text
    strength = name_strength(c.text, cfg, one_word)
    if strength is None or _cut_short(text, c.start, c.end):
        return False
    if strength == "given":  # a bare given name: a cue on both sides, or an organisation's role before it
        return person_context_ok(text, c.start, c.end, both=True) or _after_org_role(ctx, c)
    return not cfg.person_cue or person_context_ok(text, c.start, c.end) or _listed_after_person(ctx, c)


def _after_org_role(ctx: DocContext, c: Candidate) -> bool:
    """某嘎查党支部书记娜仁花，: an organisation, a role cue, the name, then a clause end or a speech verb."""
    text = ctx.sentences[c.sentence].text
    if not (c.end == len(text) or text.startswith((*_CLAUSE_END, *_SPEECH), c.end)):
        return False
    ends = {s.end for s in ctx.spans_in(c.sentence, "Organisation")}
    return any(text[:c.start].endswith(cue) and c.start - len(cue) in ends for cue in _person_cues())


def complete_person(text: str, start: int, end: int) -> int:
    """The end of a name the model stopped one or two name characters short of a boundary.

    A boundary is a clause mark, a speech verb or a title (书记娜仁|花， → 娜仁花; 刘建|军介绍).
    """
    after = (*_SPEECH, *_TITLE_AFTER)
    if end >= len(text) or text.startswith(_CLAUSE_END, end) or text.startswith(after, end):
        return end
    for e in (end + 1, end + 2):
        if e > len(text) or any(_NOT_NAME.match(ch) or ch in _PERSON_STOP or ch in _NOT_FIRST
                                for ch in text[end:e]):
            return end
        if e == len(text) or text.startswith(_CLAUSE_END, e) or text.startswith(after, e):
            return end if text[start:e].endswith(_ADDRESS) else e  # 王|老师说: a form of address
    return end


def _strip_person_head(text: str, start: int, end: int) -> int:
    """A role cue or a linking verb the model took into a name (嘎查达|布和朝鲁, 有|张某某)."""
    for cue in sorted(_person_cues(), key=len, reverse=True):
        if text.startswith(cue, start) and end - start - len(cue) >= 2:
            return start + len(cue)
    if text[start] in _LINK and end - start >= 3:
        return start + 1
    return start


def trim_left(text: str, start: int, end: int) -> int:
    """A start moved past a word no name starts with (提起|某村…) or past a first character that
    ends a common word with the one before it (说|起某村…)."""
    for word in _BRANCH_LEFT:
        if text.startswith(word, start) and end - start - len(word) > 3:
            return start + len(word)
    if start > 0 and end - start > 3 and _word_freq().get(text[start - 1:start + 1], 0) > _COMMON_WORD_FREQ:
        return start + 1
    return start


def _clause_left(ctx: DocContext, c: Candidate) -> bool:
    """The span opens a clause, follows a place the rules found or a word like 说起/与."""
    text = ctx.sentences[c.sentence].text
    return c.start == 0 or text[c.start - 1] in _CLAUSE_END or text[:c.start].endswith(_BRANCH_LEFT) or any(
        s.label == "Place" and s.end == c.start for s in ctx.spans_in(c.sentence))


def village_branch(ctx: DocContext, c: Candidate) -> bool:
    """X嘎查党支部 / X村党总支 the rules did not read, with a role cue after it and a clause start before.

    X is a village name the gazetteer lacks: no descriptive word (贫困, 示范 …), no generic head.
    """
    m = _VILLAGE_BRANCH.match(c.text)
    if not m:
        return False
    village = m.group(1)
    if _generic_head(village) or village in _not_village_names() or village[0] in _NOT_FIRST \
            or any(ch in _PERSON_STOP or ch in _ORG_JOIN for ch in village):
        return False
    text = ctx.sentences[c.sentence].text
    return text.startswith((*_person_cues(), *_BRANCH_VERBS), c.end) and _clause_left(ctx, c)


def extends_rule_org(ctx: DocContext, c: Candidate, rule: Span) -> bool:
    """The model's name is the rule's with a place in front: 某旗 + 某有限公司, or 呼和 + 诺尔嘎查党支部.

    Either places the rules found fill the part before the rule's name, or one to three name
    characters complete the village or township the rule's name starts with, at a clause start.
    """
    if not (rule.label == "Organisation" and rule.end == c.end and c.start < rule.start):
        return False
    at = c.start
    places = ctx.spans_in(c.sentence, "Place")
    chain: list[Span] = []
    while at < rule.start:
        nxt = next((p for p in places if p.start == at and p.end <= rule.start and not p.anaphor), None)
        if nxt is None:
            break
        chain.append(nxt)
        at = nxt.end
    if at == rule.start:
        # a body named by its place (某镇党委, 某村党支部) keeps its own name after an address chain
        # (赤峰市某区|某镇党委, 某镇|某村党支部: the gold writes them short); a company's or a
        # cooperative's name holds its banner (某旗|某有限公司)
        own = any(p.start == rule.start and not p.anaphor for p in places)
        return not own or rule.kind not in _PLACE_BODIES
    text = ctx.sentences[c.sentence].text
    extra, head = text[c.start:rule.start], text[rule.start:rule.end]
    unit = min((i for i in (head.find(u) for u in _PLACE_UNITS) if i > 0), default=-1)
    return len(extra) <= 3 and 0 < unit <= 4 and not _NOT_NAME.search(extra) and extra[0] not in _NOT_FIRST \
        and extra[0] not in _ORG_JOIN and _clause_left(ctx, c)


def _generic_head(name: str) -> bool:
    """A generic head (村, 各级, 新成立 …); 新 followed by no verb starts a name (新立屯村)."""
    if name.startswith("新"):
        return name[:2] in _NEW_VERBS or len(name) < 3
    return name.startswith(_GENERIC)


def organisation_kind(name: str, cfg: FusionConfig) -> str | None:
    """The org kind when ``name`` passes the filter, else None."""
    if not cfg.org_min_len <= len(name) <= cfg.org_max_len or _NOT_NAME.search(name):
        return None
    if _generic_head(name):
        return None
    if any(ch in _ORG_JOIN and _org_suffix(name[:i]) for i, ch in enumerate(name)):
        return None  # 某旗人民政府与某大学: two organisations joined, not one name
    kind = _org_suffix(name)
    if kind is None and cfg.require_org_suffix:
        return None
    return kind or "other"


def candidates(ctx: DocContext, predictions: Iterable[tuple[str, int, int]]) -> list[Candidate]:
    """Model spans (document offsets, HanLP tags) turned into sentence-relative candidates."""
    out = []
    sents = ctx.sentences
    for tag, start, end in predictions:
        label = LABELS.get(tag, {"PERSON": "Person", "NR": "Person", "ORGANIZATION": "Organisation",
                                 "NT": "Organisation"}.get(tag, ""))
        if not label:
            continue
        for s in sents:
            if s.start <= start and end <= s.end:
                out.append(Candidate(label, s.index, start - s.start, end - s.start, s.text[start - s.start:end - s.start]))
                break
    return out


def fuse(ctx: DocContext, predictions: Iterable[tuple[str, int, int]], cfg: FusionConfig | None = None,
         word_edges: set[int] | None = None, words: set[tuple[int, int]] | None = None) -> list[Span]:
    """Add the model's mentions that pass the filter to ``ctx``; returns the spans added.

    ``word_edges`` / ``words``: token boundaries and token spans (document
    offsets) of a word segmenter, None when the doc is split into characters.
    """
    cfg = cfg or FusionConfig()
    added: list[Span] = []
    for c in sorted((repair(ctx, c) for c in candidates(ctx, predictions)), key=lambda c: (c.sentence, c.start)):
        if c.label not in cfg.labels:
            continue
        sent = ctx.sentences[c.sentence]
        if is_byline(sent.text):
            continue
        rule_spans = ctx.spans_in(c.sentence)
        overlapping = [s for s in rule_spans if s.start < c.end and c.start < s.end and not (
            c.label == "Organisation" and s.label == "Place" and c.start <= s.start and s.end <= c.end)]
        replaced = None
        if c.label == "Organisation" and len(overlapping) == 1 and extends_rule_org(ctx, c, overlapping[0]):
            replaced = overlapping[0]  # 某旗 + the rule's 某有限公司: the longer name, same suffix
        elif overlapping:
            continue  # the rules already read this stretch: they keep priority (an org may hold a place)
        if any(a < c.end and c.start < b for a, b in ctx.quoted(c.sentence)):
            continue
        if cfg.align_words and word_edges is not None and not (
                sent.start + c.start in word_edges and sent.start + c.end in word_edges):
            continue
        if c.label == "Person":
            one_word = words is not None and (sent.start + c.start, sent.start + c.end) in words
            if not _person_accepted(ctx, c, cfg, one_word):
                continue
            span = Span("Person", c.text, c.start, c.end, c.sentence)
            ctx.spans.append(span)
            ctx.add_entity("Person", c.text, c.sentence)
        else:
            kind = organisation_kind(c.text, cfg)
            if kind is None:
                continue
            if replaced is None:
                c = _village_body_short(ctx, c, kind)
            places = [s for s in rule_spans if s.label == "Place" and s.start == c.start and not s.anaphor]
            place_end = max((p.end for p in places), default=c.start + _known_place_prefix(ctx, c.text))
            if cfg.org_place_start and place_end == c.start and replaced is None and not village_branch(ctx, c):
                continue
            body = c.text[place_end - c.start:]
            if place_end > c.start and body.startswith((*_GENERIC, *_CONJ, *_FUNCTION)) and not _is_suffix(body):
                continue  # 某旗各党委, 某市以党支部: a generic body or a clause after the place, not a name
            if replaced is not None:
                _replace(ctx, replaced, c.text)
            span = Span("Organisation", c.text, c.start, c.end, c.sentence, kind=kind)
            ctx.spans.append(span)
            ctx.add_entity("Organisation", c.text, c.sentence, kind=kind)
        added.append(span)
    ctx.spans.sort(key=lambda s: (s.sentence, s.start))
    return added


def _village_body_short(ctx: DocContext, c: Candidate, kind: str) -> Candidate:
    """某镇某村党支部 → 某村党支部: a village's party branch is named without the address chain before it
    (as the gold writes it; the model, taught on made-up chains, often takes the chain in)."""
    if kind not in _PLACE_BODIES:
        return c
    places = ctx.spans_in(c.sentence, "Place")
    at, last = c.start, None
    while True:
        nxt = next((p for p in places if p.start == at and p.end < c.end and not p.anaphor), None)
        if nxt is None:
            break
        last, at = nxt, nxt.end
    if last is None or last.start == c.start or last.level != "village":
        return c
    text = ctx.sentences[c.sentence].text
    return Candidate(c.label, c.sentence, last.start, c.end, text[last.start:c.end])


def _known_place_prefix(ctx: DocContext, name: str) -> int:
    """Length of the longest place the rules found in the document (3+ characters) that opens ``name``:
    the places stage reads a village once per sentence, so 某村党支部牵头成立了某村…合作社 has no
    place span at the second 某村."""
    return max((len(n) for (label, n) in ctx.entities if label == "Place" and len(n) >= 3 and name.startswith(n)
                and len(name) > len(n)), default=0)


def repair(ctx: DocContext, c: Candidate) -> Candidate:
    """The candidate with the model's usual boundary slips mended (see the module docstring)."""
    text = ctx.sentences[c.sentence].text
    start, end = c.start, c.end
    if c.label == "Person":
        start = _strip_person_head(text, start, end)
        end = complete_person(text, start, end)
    else:
        start = trim_left(text, start, end)
        # the model began inside a place the rules read (鄂|托克前旗农牧局): start with the place
        start = next((p.start for p in ctx.spans_in(c.sentence, "Place")
                      if p.start < start < p.end < end and not p.anaphor), start)
    if (start, end) == (c.start, c.end):
        return c
    return Candidate(c.label, c.sentence, start, end, text[start:end])


def _replace(ctx: DocContext, rule: Span, name: str) -> None:
    """Take a rule organisation out for a longer model name.

    When no other mention keeps the old name, its entity goes and the relations the rule
    stages already made with it (LOCATED_IN …) are moved to the new name.
    """
    ctx.spans.remove(rule)
    if any(s.label == "Organisation" and s.name == rule.name for s in ctx.spans):
        return
    old = ("Organisation", rule.name)
    ctx.entities.pop(old, None)
    moved = {}
    for key, rel in list(ctx.relations.items()):
        head, tail = (rel.head.label, rel.head.name), (rel.tail.label, rel.tail.name)
        if old not in (head, tail):
            continue
        del ctx.relations[key]
        update = {part: getattr(rel, part).model_copy(update={"name": name})
                  for part, ref in (("head", head), ("tail", tail)) if ref == old}
        new = rel.model_copy(update=update)
        moved[(new.type, new.head.label, new.head.name, new.tail.label, new.tail.name)] = new
    for key, rel in moved.items():
        ctx.relations.setdefault(key, rel)
