"""Named organisations by suffix grammar, and persons by role cues.

An organisation is a name ending in a suffix of ``org_suffixes.tsv``
(专业合作社, 协会, 党支部, 集团, 有限责任公司, 大学, 银行 …) whose name part is
specific: a place in front of it (大庙镇党委, 太仆寺旗…公司) or a proper name
of its own (浩博尔畜牧业专业合作社).  Generic ones (嘎查村党组织, 村党总支,
社会组织) are not organisations of the graph.

A person is a name right after a role cue (书记, 党员中心户, 支队长 …, from
``person_roles.tsv``) that ends where a verb or punctuation starts.  Bylines
(□ or 记者 lines) are not people of the graph (SCHEMA.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.paths import lexicon

from .context import DocContext, Span

_GENERIC_HEADS = ("嘎查村", "村", "社区", "基层", "各级", "非公企业", "社会", "企业", "农牧民", "专业", "村级",
                  "股份制经济", "合作", "党", "各类", "新", "该", "本", "各", "全", "一", "两", "驻区", "辖区",
                  "市直", "盟直", "旗直", "国有", "民营", "机关", "事业", "领导", "集体经济", "相关", "有关")
_NAME_CHARS = r"[\u4e00-\u9fff]"
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
def person_roles() -> list[str]:
    rows = [ln.strip() for ln in lexicon("person_roles.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return sorted(rows, key=len, reverse=True)


_NAME_END = ("介绍", "说", "带动", "带领", "感慨", "热泪", "活动", "来", "在", "的", "是", "表示", "告诉", "家",
             "同志", "和", "与", "等", "显得", "一行", "讲", "作", "主动", "也", "就", "还", "正", "今年", "老人")


class OrganisationFinder:
    def __call__(self, ctx: DocContext) -> None:
        for sent in ctx.sentences:
            self._orgs(ctx, sent.index, sent.text)
            self._persons(ctx, sent.index, sent.text)
        ctx.spans.sort(key=lambda s: (s.sentence, s.start))

    def _orgs(self, ctx: DocContext, index: int, text: str) -> None:
        places = {s.end: s for s in ctx.spans_in(index, "Place") if not s.anaphor}
        place_starts = {s.start: s for s in ctx.spans_in(index, "Place") if not s.anaphor}
        taken: list[tuple[int, int]] = [(s.start, s.end) for s in ctx.spans_in(index, "Programme")]
        for suffix, kind in org_suffixes():
            for m in re.finditer(re.escape(suffix), text):
                end = m.end()
                if any(a < end <= b or a <= m.start() < b for a, b in taken):
                    continue
                start = self._left_edge(text, m.start(), places, place_starts)
                if start is None:
                    continue
                name = text[start:end]
                name_part = name[: -len(suffix)]
                anchored = start in place_starts
                if anchored:
                    head = name_part[len(place_starts[start].name):] if name_part.startswith(
                        place_starts[start].name) else name_part
                else:
                    head = name_part
                if not anchored and (len(head) < 2 or head.startswith(_GENERIC_HEADS)):
                    continue
                if anchored and head.startswith(_GENERIC_HEADS[:4]):
                    continue
                canonical = self._canonical(ctx, name, kind)
                taken.append((start, end))
                ctx.spans.append(Span("Organisation", canonical, start, end, index, kind=kind))
                aliases = [name] if name != canonical else []
                ctx.add_entity("Organisation", canonical, index, kind=kind, aliases=aliases)

    @staticmethod
    def _left_edge(text: str, suffix_start: int, places: dict[int, Span],
                   place_starts: dict[int, Span]) -> int | None:
        """Walk left from the suffix over name characters; stop at a break or a place start."""
        i = suffix_start
        limit = max(0, suffix_start - 14)
        best = None
        while i > limit and text[i - 1] not in _BREAK and re.match(_NAME_CHARS, text[i - 1]):
            i -= 1
            if i in place_starts:
                best = i
        if best is not None:
            return best
        if suffix_start - i < 2:
            return None
        # no place in front: a proper name of its own, at most 10 characters
        return max(i, suffix_start - 10)

    @staticmethod
    def _canonical(ctx: DocContext, name: str, kind: str) -> str:
        if kind == "party_committee" and ("中共" + name) in ctx.document.text:
            return "中共" + name
        return name

    def _persons(self, ctx: DocContext, index: int, text: str) -> None:
        if text.startswith(("□", "◎")) or re.search(r"记者|通讯员|摄$", text[:12]):
            return  # bylines are not people of the graph
        for role in person_roles():
            for m in re.finditer(re.escape(role), text):
                rest = text[m.end():m.end() + 8]
                name = ""
                for ch in rest:
                    if ch in _BREAK or not re.match(_NAME_CHARS, ch):
                        break
                    name += ch
                for stop in _NAME_END:
                    i = name.find(stop)
                    if i >= 0:
                        name = name[:i]
                if not 2 <= len(name) <= 6:
                    continue
                if any(s.start <= m.end() < s.end for s in ctx.spans_in(index)):
                    continue
                if name.startswith(("党", "书记", "主任", "委员", "成员", "干部", "工作", "队伍", "人选",
                                    "助理", "代表", "的", "们", "和", "抓", "述职", "履职", "项目",
                                    "带头", "梯队", "班子", "负责", "包", "户", "代办", "全部", "全程",
                                    "为", "领", "创", "活", "成", "建", "动", "集", "中", "平", "联",
                                    "示", "提", "投", "认", "工", "制", "队", "网", "人", "职", "进")):
                    continue
                span = Span("Person", name, m.end(), m.end() + len(name), index, kind=role)
                ctx.spans.append(span)
                ctx.add_entity("Person", name, index, role=role)
