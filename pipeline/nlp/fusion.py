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
    from pipeline.rules.organisations import person_roles

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
    from pipeline.rules import organisations as org

    fn = getattr(org, "surnames", None)
    return fn() if fn else frozenset()  # type: ignore[no-any-return]


def _translit() -> frozenset[str]:
    from pipeline.rules import organisations as org

    fn = getattr(org, "transliteration_chars", None)
    return fn() if fn else frozenset()  # type: ignore[no-any-return]


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
    if _NOT_NAME.search(name) or any(ch in _PERSON_STOP for ch in name[1:]) or name.startswith(_CONJ):
        return None
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
    before = text[:start].endswith(_person_cues())
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
    if strength == "given":  # a bare given name: a cue on both sides
        return person_context_ok(text, c.start, c.end, both=True)
    return not cfg.person_cue or person_context_ok(text, c.start, c.end) or _listed_after_person(ctx, c)


def organisation_kind(name: str, cfg: FusionConfig) -> str | None:
    """The org kind when ``name`` passes the filter, else None."""
    if not cfg.org_min_len <= len(name) <= cfg.org_max_len or _NOT_NAME.search(name):
        return None
    if name.startswith(_GENERIC):
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
    for c in sorted(candidates(ctx, predictions), key=lambda c: (c.sentence, c.start)):
        if c.label not in cfg.labels:
            continue
        sent = ctx.sentences[c.sentence]
        if is_byline(sent.text):
            continue
        rule_spans = ctx.spans_in(c.sentence)
        if any(s.start < c.end and c.start < s.end and not (
                c.label == "Organisation" and s.label == "Place" and c.start <= s.start and s.end <= c.end)
               for s in rule_spans):
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
            places = [s for s in rule_spans if s.label == "Place" and s.start == c.start and not s.anaphor]
            if cfg.org_place_start and not places:
                continue
            body = c.text[max(p.end for p in places) - c.start:] if places else c.text
            if places and body.startswith((*_GENERIC, *_CONJ, *_FUNCTION)):
                continue  # 某旗各党委, 某市以党支部: a generic body or a clause after the place, not a name
            span = Span("Organisation", c.text, c.start, c.end, c.sentence, kind=kind)
            ctx.spans.append(span)
            ctx.add_entity("Organisation", c.text, c.sentence, kind=kind)
        added.append(span)
    ctx.spans.sort(key=lambda s: (s.sentence, s.start))
    return added
