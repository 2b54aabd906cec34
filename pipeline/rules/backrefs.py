"""What a paragraph has already named, for words that take it up without a name.

A report names a body in full once (某某社区党委, 某某农村信用合作联社) and then
writes only its kind (社区党委, 联社); a story about one village names the village
and then speaks of 村党支部书记某某 or of a cooperative without saying where.  The
organisation, relation and metric stages all need the same answer to "which one
is meant", so it is decided here once:

- ``paragraph_start``: the first sentence of the paragraph a sentence is in;
- ``org_taken_up``: the organisation of the paragraph whose name ends in a bare
  kind word, when exactly one does;
- ``paragraph_village``: the one village a paragraph (or the whole report) is about.

Precision first: every answer is ``None`` when more than one candidate exists.
"""

from __future__ import annotations

from .context import DocContext

# the name endings a bare or short kind word takes up (联社: 某某信用联社 or 某某农牧业联合社;
# 该行: a bank or its branch); the organisation and metric stages read the same table
_RURAL_BANK = ("农商行", "农商银行", "农村商业银行")
HEADS_OF = {"联社": ("联社", "联合社"), "行": ("银行", "支行", "分行", "农商行"),
            "信用联社": ("联社",), "信用社": ("信用社", "联社"), "农商行": _RURAL_BANK, "农商银行": _RURAL_BANK,
            "院": ("医院", "卫生院", "法院", "检察院", "研究院", "科学院", "学院"),
            "校": ("学校", "小学", "中学", "大学", "学院", "党校", "技校")}


def paragraph_start(ctx: DocContext, index: int) -> int:
    """The index of the first sentence of the paragraph sentence ``index`` is in."""
    i = index
    while i > 0 and not ctx.opens_paragraph(i):
        i -= 1
    return i


def org_taken_up(ctx: DocContext, index: int, word: str, before: int | None = None) -> str | None:
    """The organisation a bare ``word`` (社区党委, 联社) at ``before`` in sentence ``index`` stands for.

    It is the one organisation named in the paragraph up to there whose name ends in
    the word and is longer than it; two different ones (两个社区党委) make it ambiguous.
    """
    heads = HEADS_OF.get(word, (word,))
    names: set[str] = set()
    for i in range(paragraph_start(ctx, index), index + 1):
        text = ctx.sentences[i].text
        for s in ctx.spans_in(i, "Organisation"):
            if i == index and before is not None and s.end > before:
                continue
            surface = text[s.start:s.end]
            if s.name.endswith(heads) and len(surface) > len(word) and surface not in heads:
                names.add(s.name)
    return names.pop() if len(names) == 1 else None


def paragraph_village(ctx: DocContext, index: int) -> str | None:
    """The village the paragraph of sentence ``index`` is about, if it is unambiguously one.

    Either the paragraph names exactly one village and names it in its first
    sentence (its topic), or it names no village and no place but those named with
    it in a report that names exactly one village, in its title or lead (a story
    about that village).
    """
    # recomputed when spans were added (organisations found later hide the places of their names);
    # the relation stage adds none, so there it is computed once
    return ctx.derived("paragraph_villages", _paragraph_villages).get(index)


def _villages_in(ctx: DocContext, index: int) -> set[str]:
    return {s.name for s in ctx.spans_in(index, "Place") if s.level == "village" and not s.anaphor}


def _places_in(ctx: DocContext, index: int) -> set[str]:
    """The places a sentence names, but those inside an organisation's name (they say where the body is)."""
    orgs = ctx.spans_in(index, "Organisation")
    return {s.name for s in ctx.spans_in(index, "Place")
            if not s.anaphor and not any(o.start <= s.start and s.end <= o.end for o in orgs)}


def _paragraph_villages(ctx: DocContext) -> dict[int, str]:
    """Sentence index → the one village its paragraph (or the report) is about."""
    everywhere: set[str] = set()
    for i in range(len(ctx.sentences)):
        everywhere |= _villages_in(ctx, i)
    first = 0
    paragraphs: list[range] = []
    for i in range(1, len(ctx.sentences)):
        if ctx.opens_paragraph(i):
            paragraphs.append(range(first, i))
            first = i
    paragraphs.append(range(first, len(ctx.sentences)))
    # the report's one village, named in its title or lead (the first three paragraphs: title, byline, lead);
    # the places named with it there (its township, banner, league) may be named again in its story
    lead: set[str] = set()
    with_it: set[str] = set()
    for para in paragraphs[:3]:
        villages = set().union(*(_villages_in(ctx, i) for i in para))
        lead |= villages
        if villages:
            with_it |= set().union(*(_places_in(ctx, i) for i in para))
    whole = next(iter(everywhere)) if len(everywhere) == 1 and everywhere <= lead else None
    out: dict[int, str] = {}
    for para in paragraphs:
        named: set[str] = set()
        for i in para:
            named |= _villages_in(ctx, i)
        village = None
        if len(named) == 1 and named <= _villages_in(ctx, para.start):
            village = next(iter(named))
        elif not named and whole is not None and all(_places_in(ctx, i) <= with_it for i in para):
            village = whole  # (a paragraph naming other places, 对口帮扶 by a district elsewhere: not the village's)
        if village is not None:
            out.update(dict.fromkeys(para, village))
    return out
