"""Figures inside direct speech: whose they are when someone is quoted.

A quote is speech when a verb of saying stands right before it (某某说：“…”) or
right after it (“…”某某说。); slogans and names in quotes have none.  The speaker is
the one person the attribution names, or for 他/她 the one person its paragraph named before.  Speech may
run over several sentences, so quotes are found on the document's text, once per
document.

Inside speech the subject of a figure is taken only where it is unambiguous:

- after the first person singular (我家去年挣了3000元，收入…) it is the speaker's, when
  the speaker is a named person;
- after a level word that takes a village up (村里, 全村, 我们村, 嘎查里, 这个嘎查, 这里) it is the one
  village the paragraph names (or, naming none, the paragraph before);
- after a place or organisation the speech names it is resolved as any other;
- money earned right after 挣/赚/收入 with no one else before it in the speech (她笑着说：“今年光卖
  香菇就挣了1.3万元”; “在合作社打工，一天能挣120元”: the workplace is no one else) is the named
  speaker's own;
- any other figure in speech is dropped (咱们一年能挣10多万元: whose, the text does not say).

Only the speech's part in the figure's sentence is read.

Separate from metric_subjects.py, which decides the subject of figures in the
report's own voice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .context import DocContext

_SAY = r"(?:说|表示|介绍|告诉记者|坦言|感慨|感叹|谈到|回忆|笑道|说道|算了一笔账|算起了账|算账)"
# 某某说：“, 某某笑着告诉记者：“ (the attribution ends right at the quote)
_SAID_BEFORE = re.compile(rf"{_SAY}(?:道)?[：:，,]?$")
# ”某某说。 ”村民某某笑着说。 (the attribution follows the quote)
_SAID_AFTER = re.compile(rf"[，,]?[^，。！？“”\n]{{0,24}}?{_SAY}")
_QUOTE = re.compile(r"“([^“”\n]{4,400})”")
_PRONOUN = re.compile(r"[他她](?![们人])")
_FIRST_PERSON = re.compile(r"[我俺](?![们国省区市盟旗县村镇乡社嘎])")  # (我们, 我村: no one speaker)
_VILLAGE_WORD = re.compile(r"村里|全村|我们村|咱们村|咱村|我村|本村|村集体|嘎查里|全嘎查|我们嘎查|社区里"
                           r"|这个[\u4e00-\u9fff]{0,4}?(?:村|嘎查)(?!党|两委|书记|主任)|这里")  # 这个边境嘎查, 我们这里


# 光卖香菇就挣了, 一年能赚: money earned, said by a named speaker with no one else before it, is the speaker's
# (一共收入了2.6万元, 光托管分红就有1.1万元)
_OWN_EARNING = re.compile(r"(?:挣|赚|收入|分红)(?:了|到|回)?(?:(?<=分红)就?有)?$")
# 在合作社打工, 到公司上班: where the speaker works, no one else's earning
_WORKPLACE = re.compile(r"[在到进去](?:合作社|公司|企业|基地|工厂|厂里|车间|园区)")
# (咱们, 大家, 他家, 乡亲们, 一户, 每户: earnings of others or of any household)
_OTHERS = re.compile(r"们|大家|咱|他|她|户|人|家家|谁|亲|[村社镇]|嘎查")


class Speech(NamedTuple):
    """A quote of direct speech: its characters in the document text and who says it (None if not named)."""

    start: int
    end: int
    speaker: str | None
    said_at: tuple[int, int]  # the attribution's characters in the document text


def speeches(ctx: DocContext) -> list[Speech]:
    """The document's quotes of direct speech (computed once per document)."""
    return ctx.derived("metric_speech", _find_speeches, version=len(ctx.spans))


def _find_speeches(ctx: DocContext) -> list[Speech]:
    text = ctx.document.text
    if "“" not in text:
        return []
    persons = _person_offsets(ctx)
    out = []
    for m in _QUOTE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead_start = max(text.rfind(c, line_start, m.start()) for c in "。！？") + 1
        lead_start = max(lead_start, line_start)
        before = text[lead_start:m.start()]
        after = _SAID_AFTER.match(text, m.end(), min(len(text), m.end() + 30))
        if _SAID_BEFORE.search(before):
            said = (lead_start, m.start())
        elif after is not None:
            said = (m.end(), after.end())
        else:
            continue
        named = _names_within(persons, said[0], said[1])
        if not named and _PRONOUN.search(text, said[0], said[1]):
            # 他说：“…”: the one person the paragraph has named before the quote
            named = _names_within(persons, line_start, m.start())
        # (某某对某某说: two persons, the speaker is not told apart)
        out.append(Speech(m.start(1), m.end(1), named.pop() if len(named) == 1 else None, said))
    return out


def _names_within(persons: list[tuple[int, int, str]], start: int, end: int) -> set[str]:
    """The names of the person mentions (sorted by offset) lying wholly in ``start``..``end``.

    Read from the first mention at ``start`` or after (bisect) up to the first at ``end`` or
    after, not through every mention of the report for each quote.
    """
    named = set()
    for k in range(bisect_left(persons, (start,)), len(persons)):
        at, stop, name = persons[k]
        if at > end:
            break  # (this one and the later ones end after ``end``)
        if stop <= end:
            named.add(name)
    return named


def _person_offsets(ctx: DocContext) -> list[tuple[int, int, str]]:
    """Every person mention in document offsets: spans of the person stage, and names found again."""
    found = set()
    for sent in ctx.sentences:
        for s in ctx.spans_in(sent.index, "Person"):
            found.add((sent.start + s.start, sent.start + s.end, s.name))
    text = ctx.document.text
    for name in {e[1] for e in ctx.entities if e[0] == "Person"}:
        at = text.find(name)
        while at >= 0:
            found.add((at, at + len(name), name))
            at = text.find(name, at + len(name))
    return sorted(found)


def speech_at(ctx: DocContext, index: int, pos: int) -> Speech | None:
    """The speech that the character ``pos`` of sentence ``index`` stands in, if any."""
    at = ctx.sentences[index].start + pos
    return next((s for s in speeches(ctx) if s.start <= at < s.end), None)


def speech_subject(ctx: DocContext, index: int, pos: int, speech: Speech) -> tuple[str, str] | bool | None:
    """The subject of a figure in speech: (label, name), None to drop it, or True to resolve it as usual.

    The last subject the speech gives before the figure (in its sentence) decides: the
    first person (我家去年挣了3000元，收入…), a village's level word (村里今年…), or a
    place or organisation named (东光村今年…: True, resolved as usual).
    """
    sent = ctx.sentences[index]
    text = sent.text
    quote_start = max(0, speech.start - sent.start)
    named = max((s.start for s in ctx.spans_in(index) if s.label in ("Place", "Organisation")
                 and not s.anaphor and quote_start <= s.start < pos), default=-1)
    person = max((m.start() for m in _FIRST_PERSON.finditer(text, quote_start, pos)), default=-1)
    village = max((m.start() for m in _VILLAGE_WORD.finditer(text, quote_start, pos)), default=-1)
    last = max(named, person, village)
    if last < 0:
        if speech.speaker and _OWN_EARNING.search(text, quote_start, pos) and \
                not _OTHERS.search(_WORKPLACE.sub("", text[quote_start:pos])):
            return ("Person", speech.speaker)  # 她笑着说：“今年光卖香菇就挣了1.3万元”: the speaker's own earning
        return None  # 咱们一年能挣10多万元: whose, the speech does not say
    if last == named:
        return True
    if last == person:
        return ("Person", speech.speaker) if speech.speaker else None
    taken = _paragraph_village(ctx, index, speech)
    return ("Place", taken) if taken else None


def _paragraph_village(ctx: DocContext, index: int, speech: Speech) -> str | None:
    """The one village named in the speech's paragraph up to its attribution, else in the paragraph before.

    None if there are several, or none in either: the speaker's village is then not told.
    """
    text = ctx.document.text
    para_start = text.rfind("\n", 0, speech.start) + 1
    named = _villages_between(ctx, para_start, max(speech.said_at[1], speech.end))
    if not named and para_start > 0:
        before = text[:para_start].rstrip("\n")
        named = _villages_between(ctx, before.rfind("\n") + 1, len(before))
    return named.pop() if len(named) == 1 else None


def _villages_between(ctx: DocContext, para_start: int, para_end: int) -> set[str]:
    """The villages named between two characters of the document text."""
    names = {s.name for sent in ctx.sentences if para_start <= sent.start < para_end or
             (sent.start <= para_start < sent.end)
             for s in ctx.spans_in(sent.index, "Place")
             if s.level == "village" and not s.anaphor and para_start <= sent.start + s.start < para_end}
    return names
