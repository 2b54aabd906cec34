"""Metric subjects: which place, organisation or person a reported figure is about.

The subject is the place nearest before the number in its clause (the most
specific of a chain such as X旗Y镇; not places that only name the items of a
list ending in 等), else the organisation the sentence is about, else a place
opening a clause (the unit whose name it begins, 某旗人民法院…，设立…3个, when
that unit opens the sentence and is no party committee or university), else a place an earlier sentence of the paragraph opened
with, else the topic place of the sentence (全盟, 全市 … already resolved).
A person is the subject when a pronoun takes the person up in the number's
clause, the clause opens with the person's name (or only their description:
某村村民某某今年58岁), or the sentence opens with a clause that describes the
person (某村村民某某，今年62岁).  A sentence that takes up an organisation named
just before by its kind word (合作社现有社员86户) is about that organisation.

Take-ups go first: a clause opening with a kind word (去年，合作社销售…, 该公司…)
is about the last organisation of that kind named in the sentence, its paragraph
or the one before (unless the kind word was last said of many: 全旗合作社达到300家),
and so are the later clauses that name no place or unit; a clause opening with a
level word (该镇, 全村, 镇里, 嘎查集体) is about the last township or village named (or the village
written after 该镇 that no span covers: 该镇某某村推行…，全村…; a name the document does not know
leaves the figure with no subject).
A company after 与/联合/携手 (某镇党委与某公司共建…, or a clause opening with it:
某村依托…，与某公司签订合作协议，…) or brought in (引进) is the partner of whoever
opens the sentence, not the subject of its figures.  A demonstrative (这个嘎查,
这个边境嘎查, 这里) takes up the one village its paragraph (or, naming none, the
paragraph before) names; with two, or a level word (村里, 该镇) whose place no
sentence names, the figure has no subject rather than the report's banner.  So has a
kind word taking up a body founded under a name no stage found (成立了某某合作社。
合作社现有…).  Banks are taken up by 该支行/该行, hospitals and schools by 该院/该校.
Posts listed before a name (合作社理事长、村党支部书记某某今年47岁) only say who the
person is; a place named only inside a longer place name is never a subject.

A kind word may follow a time word with no comma (去年合作社分红…); 社区党委/村党支部
take up the branch named before (a place's own branch speaks for the place).  A place
whose branch founds or runs a body (某村党支部领办某合作社，发展民宿32家) keeps the
later clauses, except the body's members and those it brings along.  A count right
after a list of villages is the list owner's; an age before a name is the person's
(今年68岁的某某); a figure after an unnamed group (另外两个嘎查…) has no subject and is dropped.

A body opening a sentence hands its later sentences on (某镇某某协会成立于2018年。现有会员260户),
as does a body the sentence before ends by founding (…成立了某某合作社。现有社员120户); a place after
在/为 in a sentence a body opens only says where or for whom it acts (某公司…，在某村建成棚圈60座).
A programme owns its parts and what it counts (“某某”工程的6个示范子品牌, 该行动已建成…, 组建
“某某联盟”，把…14个党组织联结起来); a department owns the items of the list it draws up (制定…清单，
细化重点任务46项); 她和协会党支部的9名党员 are the association's members, not the person's.

Round 3: a partner right after 与/联合 (某支行与某镇党委签订…，已向某镇9个村发放贷款) does not stop the body
opening the sentence from owning what it gives a place (nor the villages it serves, listed after 为/向);
a body taken up by its kind word keeps its clauses past a place that only says where it acts (…，在全县开办…)
or whose people it enlists (协会联合全县126名党员); the clauses after 成立“某某联盟” that open with 吸纳/覆盖 …,
or a sentence opening with 联盟现有…, count the alliance's members and reach; and a company brought in
(镇里引进某公司，建成生产线2条，年加工…) owns the building and producing clauses right after it.

Separate from metrics.py, which decides what is a figure at all (its value, unit,
qualifier, year and indicator): given where a figure stands in its sentence, this
module reads the mentions the earlier stages found around it and the words that
take a subject up, and decides whose figure it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from .backrefs import HEADS_OF, org_taken_up
from .context import DocContext, Span
from .gazetteer import level_rank
from .leads import SENTENCE_LEAD
from .persons import person_roles


def known_entities(ctx: DocContext) -> Known:
    """The places and persons the document has named (``MetricFinder`` reads them once per document)."""
    return Known({e[1] for e in ctx.entities if e[0] == "Place"},
                 tuple(e[1] for e in ctx.entities if e[0] == "Person"))


def metric_subject(ctx: DocContext, index: int, pos: int, end: int,
                   local: dict[int, tuple[str, str]] | None = None, known: Known | None = None) -> tuple[str, str] | None:
    """The place, organisation or person the number is about; see the module docstring."""
    text = ctx.sentences[index].text
    clause_start = max(text.rfind("，", 0, pos), text.rfind("；", 0, pos), text.rfind("：", 0, pos)) + 1
    if known is None:
        known = known_entities(ctx)
    if _unnamed_group(ctx, index, text, pos):
        return None  # 另外两个嘎查…也都超过了40万元: whose figure it is the text does not say
    if "起来" in text and _bound_into_programme(text, clause_start, pos, end):
        # 组建“某某联盟”，把…的14个党组织联结起来: the alliance's members (none if no programme was found)
        return _formed_programme(ctx, index, text, clause_start)
    programme = _programme_subject(ctx, index, text, clause_start, pos) if "”" in text or "该" in text \
        or "联盟" in text else None
    if programme is None and "”，" in text and text.startswith(_ALLIANCE_VERBS, clause_start):
        programme = _alliance_counts(ctx, index, text, clause_start, pos)
    if programme is not None:
        return ("Programme", programme)  # “某某”工程的6个示范子品牌; 该行动已建成…100个
    if any(v in text for v in _BRINGING_IN) and _PRODUCES.match(text, clause_start):
        brought = _brought_in_builds(ctx, index, text, clause_start, pos)
        if brought is not None:
            return ("Organisation", brought)  # 镇里引进某某有限公司，建成生产线2条，年加工蔬菜1.5万吨
    if text[end - 1:end] in ("项", "条") and _DRAWN_UP.search(text, 0, pos):
        department = _drafting_department(ctx, index, text, pos)
        if department is not None:
            return ("Organisation", department)  # 某旗委组织部牵头制定…任务清单，细化重点任务46项
    anaphor = _anaphor_clause(ctx, index, text, pos) if _word_in(_KIND_WORD_RE, text) else None
    again = None if anaphor is None else _org_named_again(ctx, index, text, anaphor)
    if again == _NO_ORG:
        return None  # the body taken up is one whose name was not found: no subject rather than the banner
    if again is not None:
        return again  # 去年，合作社销售杂粮1200吨，实现销售额960万元: the cooperative's
    aged = _person_after_age(ctx, index, text, clause_start, end, known.persons) if text[end - 1:end] == "岁" else None
    if aged is not None:
        return ("Person", aged)  # 今年68岁的某某
    if text[end - 1:end + 1] == "岁的":
        return None  # 60岁的老人, 35岁的青年: an age that describes no one named, or a category
    persons = _persons_before(ctx, index, pos, known.persons)
    if persons and _PRONOUN.search(text, max(persons[-1][1], clause_start), pos):
        joined = _WITH_BODY.search(text, max(persons[-1][1], clause_start), pos)
        if joined is not None:
            # 她和协会党支部的9名党员一起…: the members of the body taken up, not the person's
            body = org_taken_up(ctx, index, joined.group(1), joined.start(1))
            return ("Organisation", body) if body else None
        # 村民X谈起…，今年他还打算再种500亩: the person the pronoun takes up
        return ("Person", persons[-1][2])
    if persons and _opens_clause(ctx, index, text, clause_start, persons[0][0]) and \
            not _LEADING.search(text, persons[0][1], pos):
        # X今年58岁: a clause that opens with a person's name is about the person
        return ("Person", persons[0][2])
    described = _described_person(ctx, index, text, pos, known.persons, text[end - 1:end] == "岁") or _person_taken_up(ctx, index, text, pos, known.persons)
    if described is not None:
        return ("Person", described)  # 某村村民某某，今年62岁，养牛50头; 他…，今年还打算再买10头
    named_again = _place_named_again(ctx, index, text, pos)
    if named_again == _NO_SUBJECT:
        return None  # 这个嘎查… in a paragraph naming two gachas: whose figure it is the text does not say
    if named_again is not None:
        return ("Place", named_again)  # 某镇…。\n该镇组建了12个产业党小组
    place_names = known.places
    orgs = [s for s in _named_orgs(ctx, index) if s.end <= pos]
    school = _school_subject(ctx, index, text, orgs, clause_start, pos) if any(
        w in text for w in _SCHOOL_CUES) else None
    if school is not None:
        return ("Organisation", school.name)  # 某职业技术学院有学生3000余人，教职工200人
    all_places = ctx.spans_in(index, "Place")
    member_orgs = [o for o in orgs if o.kind in ("cooperative", "enterprise", "association")
                   and text[max(0, o.start - 2):o.start] not in _INSTRUMENT_VERBS
                   and not _partner(text, o, all_places)]
    places = [s for s in all_places
              if s.end <= pos and s.name in place_names and not _inside_other(s, all_places)
              and not any(o.start < s.end and s.start < o.end for o in orgs
                          if o.kind not in ("party_committee", "party_branch", "government"))
              and not text[max(0, s.start - 3):s.start].endswith(("中央、", "中央和", "中央"))]
    in_clause = [p for p in places if p.start >= clause_start]
    if in_clause:
        last = in_clause[-1]
        between = text[last.end:pos]
        if text.startswith(_PLACE_WORDS, end) and ("等" in between[:3] or _listed(text, in_clause, pos)):
            # a list of places that the number counts (X村、Y村等7个村, X村、Y村和Z村3个村): its owner
            # is the subject, a place of higher level before the list or the one the sentence goes on about
            actor = _body_acting_where(ctx, index, text, orgs, places, in_clause[0], place_names)
            if actor is not None:
                return ("Organisation", actor.name)  # 某支行…，已为某镇A村等9个村发放贷款: the villages it serves
            heads = [p for p in places if level_rank(p.level) < level_rank(last.level)]
            if heads:
                return ("Place", heads[-1].name)
            list_org = _opening_org(orgs, text, all_places)
            if list_org is not None:
                return ("Organisation", list_org.name)
            opened = (local or {}).get(index)
            list_owner = opened[1] if opened and opened[0] == "Place" else ctx.topic.get(index)
            return ("Place", list_owner) if list_owner and list_owner not in {p.name for p in in_clause} else None
        deng = between.rfind("等")
        if deng >= 0 and not text.startswith(_PLACE_WORDS, end):
            # X区Y村冷库、Z区W嘎查文旅等20个项目: the places name the listed items, not the subject
            items_start = _list_start(text, in_clause, clause_start, last.end + deng)
            in_clause = [p for p in in_clause if p.start < items_start]
            places = [p for p in places if p.start < items_start]
        if in_clause:
            if member_orgs and member_orgs[-1].start >= in_clause[-1].end:
                # X镇Y村党支部领办的Z合作社带动农户320户: the nearest named subject
                return ("Organisation", member_orgs[-1].name)
            actor = _body_acting_where(ctx, index, text, orgs, places, in_clause[-1], place_names)
            if actor is not None:
                return ("Organisation", actor.name)  # 某公司…，在某嘎查建成棚圈60座: the company's
            return ("Place", in_clause[-1].name)
    if member_orgs:
        founder = _founding_place(text, member_orgs[-1], places, clause_start, pos)
        if founder is not None:
            return ("Place", founder)  # 某村党支部领办某某合作社，发展民宿32家: the village goes on
        return ("Organisation", member_orgs[-1].name)
    # a place opening a clause is the subject of the clauses after it
    openers = [p for p in places if (p.start <= 1 or text[p.start - 1] in "，；：" or
               (p.start >= 2 and text[p.start - 2] in "，；：" and text[p.start - 1] in "如在由经") or
               text[max(0, p.start - 3):p.start] in _AGENT_PREFIXES or _SCENE.fullmatch(text, 0, p.start) or
               (text[p.start - 1:p.start] == "驻" and _STATIONED_TEAM.match(text, p.end) is not None))
               and text[p.end:p.end + 1] != "、"]  # (在A村、B村等5个村…: the first of a list opens nothing)
    opening = _opening_org(orgs, text, all_places, place_names)
    if opening is not None and not openers:
        return ("Organisation", opening.name)  # 某旗人民医院与…结成医联体，开展义诊40余次
    if openers:
        first = openers[-1]
        owner = _opening_owner(orgs, first, text)
        if owner is not None:
            # 某旗人民法院与某镇结对共建，设立…3个: the place only begins the acting unit's name
            return ("Organisation", owner.name)
        chain = [first]
        for p in places[places.index(first) + 1:]:
            if p.start == chain[-1].end:
                chain.append(p)
        return ("Place", chain[-1].name)
    again = _org_named_again(ctx, index, text)
    if again == _NO_ORG:
        return None
    if again is not None:
        return again  # 某某合作社成立于…。合作社现有社员86户
    founded = _founded_just_before(ctx, index, text, pos)
    if founded is not None:
        return ("Organisation", founded)  # …牵头成立了某某合作社。现有社员120户
    if local and index in local:
        return local[index]  # (an organisation opening an earlier sentence: 某协会成立于2018年。现有会员260户)
    topic = ctx.topic.get(index)
    return ("Place", topic) if topic else None



# 在某嘎查建成…, 为某苏木620户牧户授信…: a place after these only says where or for whom the acting body works
_WHERE_PREPOSITIONS = "在为向给"


def _body_acting_where(ctx: DocContext, index: int, text: str, orgs: list[Span], places: list[Span],
                       last: Span, place_names: set[str]) -> Span | None:
    """The body opening the sentence when the number's place only says where or for whom it acts.

    某公司三年累计投入2000万元，在某镇某村建成棚圈60座; 某银行…，已为某镇620户农户授信9800万元:
    the figures are the body's (a committee or a place's government body still speaks for its
    place, as it does anywhere).  Nothing else may be named between the body and the place.
    """
    start = last.start
    for p in reversed(places):
        if p.end == start:
            start = p.start
    if text[start - 1:start] not in tuple(_WHERE_PREPOSITIONS) or start < 1:
        return None
    opening = _opening_org(orgs, text, ctx.spans_in(index, "Place"), place_names)
    if opening is None:
        return None
    # (某支行与某镇党委签订…协议，…，已向某镇9个村发放贷款: the partner right after 与 is named in between)
    partner_end = _partner_named_after(text, opening.end, ctx.spans_in(index))
    if any(s.label in ("Place", "Organisation", "Person") and max(opening.end, partner_end) <= s.start < start - 1
           for s in ctx.spans_in(index)):
        return None
    return opening


# 某银行与某镇党委签订…, 某公司同某镇结对…: the word joining a partner to the body that opens the sentence
_PARTNER_JOIN = ("与", "同", "和", "跟", "联合", "携手")


def _partner_named_after(text: str, at: int, spans: list[Span]) -> int:
    """Where the partner ends that is joined by 与/同/联合 … right after ``at`` (``at`` itself if none).

    A partner is a named place or body (with the places its name begins with: 某镇 + 某镇党委)
    standing right after the joining word; it acts with the body, it is not the figures' subject.
    """
    word = next((w for w in _PARTNER_JOIN if text.startswith(w, at)), None)
    if word is None:
        return at
    begin = end = at + len(word)
    named = sorted((s for s in spans if s.label in ("Place", "Organisation") and s.start >= begin),
                   key=lambda s: s.start)
    for s in named:
        if s.start > end:
            break
        end = max(end, s.end)
    return end


# the generic word after a programme's quotes (“某某”行动) and the take-up of the programme by it (该行动)
_PROGRAMME_WORDS = ("行动", "工程", "品牌", "计划", "项目", "联盟", "模式", "机制", "活动")
# (an alliance is also taken up by its bare word when its own members or reach follow: 联盟现有成员单位27家)
_PROGRAMME_AGAIN = re.compile(r"\s*(?:截至[^，。；]{0,8}[，,]|目前[，,]?|近年来[，,]?)?(?:(?:该|此)"
                              rf"({'|'.join(_PROGRAMME_WORDS)})|(联盟)(?=现有|共有|已有|目前|成员|吸纳|覆盖|拥有|已吸纳))")
# “某某”区域公用品牌，…，已有46个产品获得授权: what a brand counts (the products licensed to bear it)
_BRAND_AFTER = re.compile(r"”(?:区域公用品牌|公用品牌|区域品牌|品牌)")
_HAS_CLAUSE = re.compile(r"\s*(?:目前|现|已|共|累计|目前已)?有(?=\d)")
# (the generic word is required: 推行“积分制”的100个村 counts the villages that adopt it)
_PROGRAMME_OF = re.compile(rf"”(?:{'|'.join(_PROGRAMME_WORDS)})的$")


def _programme_subject(ctx: DocContext, index: int, text: str, clause_start: int, pos: int) -> str | None:
    """The programme a figure is about: its own parts or what it counts, never what a place does in it.

    - “某某”工程的6个示范子品牌: the programme's name and 的 right before the number;
    - 截至目前，该行动已建成示范村100个: a clause opening with 该 + the programme's generic word
      takes up the last programme written with that word, in the sentence or the paragraph;
    - 打造“某某”区域公用品牌，…，已有46个产品获得授权: a brand, then a clause of having that names
      nothing else.
    """
    programmes = [p for p in ctx.spans_in(index, "Programme") if p.end <= pos]
    if programmes and _PROGRAMME_OF.search(text, programmes[-1].end - 1, pos):
        return programmes[-1].name
    if "该" in text or "此" in text or "联盟" in text:
        again = _programme_taken_up(ctx, index, text, clause_start, pos)
        if again is not None:
            return again
    if programmes and "品牌" in text and _HAS_CLAUSE.match(text, clause_start):
        last = programmes[-1]
        if _BRAND_AFTER.match(text, last.end - 1) and not re.search(r"\d", text[last.end:clause_start]) \
                and not any(s.label in ("Place", "Organisation", "Person") and last.end <= s.start < pos
                            for s in ctx.spans_in(index)):
            return last.name
    return None


def _programme_taken_up(ctx: DocContext, index: int, text: str, clause_start: int, pos: int) -> str | None:
    """该行动, 该工程: the last programme written with that generic word, in this sentence or its paragraph."""
    starts = [0, *(c for c in _clause_starts(text) if c <= clause_start)]
    for start in reversed(starts):
        m = _PROGRAMME_AGAIN.match(text, start)
        if m is not None:
            break
        if any(s.label in ("Place", "Organisation", "Person") and start <= s.start < pos for s in ctx.spans_in(index)):
            return None  # (a clause naming another subject comes between)
    else:
        return None
    word = m.group(1) or m.group(2)
    if any(s.label in ("Place", "Organisation", "Person") and m.end() <= s.start < pos for s in ctx.spans_in(index)):
        return None
    for i in range(index, max(-1, index - 1 - _KIND_AGAIN_REACH), -1):
        sent = ctx.sentences[i].text
        found = [p for p in ctx.spans_in(i, "Programme") if (i < index or p.end <= m.start())
                 and (sent.startswith(word, p.end) or p.name.endswith(word))]
        if found:
            return found[-1].name
        if ctx.opens_paragraph(i):
            return None
    return None


# 制定…任务清单，细化重点任务46项: the items of a document a department draws up are the department's
_DRAWN_UP = re.compile("制定|出台|印发|编制|起草")
_DEPARTMENT_ENDS = ("组织部", "宣传部", "统战部", "政法委", "局")


def _drafting_department(ctx: DocContext, index: int, text: str, pos: int) -> str | None:
    """The department opening the sentence that draws up the document whose items the number counts.

    A committee's department (某旗委组织部) or a bureau speaks for its place elsewhere (选派干部236名
    is the banner's); only the items of its own list or plan (细化任务46项, 明确措施12条) are its own.
    Nothing else may be named between the department and the number.
    """
    lead = _LEAD.match(text)
    offset = lead.end() if lead else 0
    opening = [o for o in _named_orgs(ctx, index) if o.start == offset and o.name.endswith(_DEPARTMENT_ENDS)]
    if not opening:
        return None
    department = max(opening, key=lambda o: o.end)
    drawn = _DRAWN_UP.search(text, department.end, pos)
    if drawn is None or any(s.label in ("Place", "Organisation", "Person") and department.end <= s.start < pos
                            for s in ctx.spans_in(index)):
        return None
    return department.name


# 现有社员120户, 目前共有会员260户: a sentence opening with a verb of having and no subject
_HAS_OPENING = re.compile(r"(?:目前|现在|如今|截至目前)?[，,]?(?:现|共|已|目前|现已)?(?:有|拥有|吸纳|发展)")
_FOUNDED_END = re.compile(r"(?:成立|组建|创办|领办|创建|注册)了?$")


def _founded_just_before(ctx: DocContext, index: int, text: str, pos: int) -> str | None:
    """The body the sentence before ends by founding, when this one opens with a verb of having (现有社员120户).

    某某牵头成立了某某合作社。现有社员120户，种植杂粮3000亩: the sentence names no subject and
    goes on about the body just founded (a cooperative, an association or a company, in the same paragraph).
    """
    if index == 0 or ctx.opens_paragraph(index) or not any(w in text[:pos] for w in ("有", "吸纳", "发展")):
        return None
    if not _HAS_OPENING.match(text) or any(s.label in ("Place", "Organisation", "Person") and s.start < pos
                                           for s in ctx.spans_in(index)):
        return None
    before = ctx.sentences[index - 1].text.rstrip()
    end = len(before.rstrip("。！；"))
    bodies = [o for o in _named_orgs(ctx, index - 1) if o.end == end
              and o.kind in ("cooperative", "association", "enterprise")]
    if not bodies:
        return None
    body = bodies[-1]
    chain_start = body.start
    for p in sorted(ctx.spans_in(index - 1, "Place"), key=lambda p: p.start, reverse=True):
        if p.end == chain_start:
            chain_start = p.start
    return body.name if _FOUNDED_END.search(before, 0, chain_start) else None


# a school's own name ending (a university's kind aside): its counts of pupils and staff are its own
_SCHOOL_ENDS = ("学院", "大学", "学校", "小学", "中学", "党校", "幼儿园")
# the school, a time word at most before it, opening a clause, then a verb of having (有, 现有, 拥有, 设有 …)
# (or what it does for pupils: 培养, 招收 …; or its pupils and staff as the predicate: 某学院在校生5000人)
_SCHOOL_HAS = re.compile(r"(?:现|共|已|目前|现在|累计|先后|每年|年均)?(?:拥有|设有|建有|开设|有|培养|招收|招生|输送)"
                         r"|(?:在校生|在校学生|在校师生|教职工|专任教师)")
_CLAUSE_TIME = re.compile(r"(?:目前|现在|如今|近年来|截至目前|今年|去年)?[，,]?")
_SCHOOL_CUES = ("有", "培养", "招", "输送", "在校", "教职工", "专任")
# a clause going on about the school names no other whole (全旗, 该镇, 其中 …) and is short
_HANDOVER_STOPS = ("全", "该", "各", "其中", "本", "这")


def _school_subject(ctx: DocContext, index: int, text: str, orgs: list[Span], clause_start: int,
                    pos: int) -> Span | None:
    """A college or school that is the grammatical subject of the figure's clause (某学院有学生3000余人).

    A university "speaks for" its place when it only opens the sentence; but when it opens
    the number's clause and a verb of having follows it, the count is the school's own.
    A later short clause that names nothing else (…，教职工200人) goes on about it.
    """
    starts = _clause_starts(text)
    for o in reversed(orgs):
        if not (o.kind == "university" or o.name.endswith(_SCHOOL_ENDS)) or o.end > pos:
            continue
        opens = max((c for c in starts if c <= o.start), default=0)
        lead = _CLAUSE_TIME.match(text, opens)
        if lead is None or lead.end() != o.start or not _SCHOOL_HAS.match(text, o.end):
            return None
        if any(o.end <= s.start < pos for s in ctx.spans_in(index) if s.label in ("Place", "Organisation", "Person")):
            return None
        if clause_start > o.start and (pos - clause_start > 8 or
                                       any(w in text[clause_start:pos] for w in _HANDOVER_STOPS) or
                                       any(text[c] in "；：" for c in range(o.end, clause_start))):
            return None  # (a later clause about something else, or past a semicolon)
        return o
    return None


def _inside_other(span: Span, places: list[Span]) -> bool:
    """Whether a place is only named inside a longer place name (鄂温克 in 某某鄂温克民族乡): never a subject."""
    return any(p.start <= span.start and span.end <= p.end and (p.start, p.end) != (span.start, span.end)
               for p in places)


# 组建“某某联盟”，把全镇14个党组织联结起来: the units a newly formed alliance binds together
_BINDS = re.compile(r"^[^，；。]{0,12}?(?:联结|联合|整合|串联|连结|链接)起来")
_FORMED_NAMED = re.compile(r"(?:组建|成立|建立|打造)了?“[^“”]{2,20}”")


def _formed_programme(ctx: DocContext, index: int, text: str, clause_start: int) -> tuple[str, str] | None:
    """The programme formed in the quote of 组建“某某联盟” before the number's clause (the last one)."""
    formed = [m for m in _FORMED_NAMED.finditer(text, 0, clause_start)]
    if not formed:
        return None
    quote = formed[-1]
    named = [s for s in ctx.spans_in(index, "Programme") if quote.start() <= s.start < quote.end()]
    return ("Programme", named[-1].name) if named else None


# 成立“某某联盟”，吸纳成员单位27家，覆盖种植面积46万亩: the clauses right after an alliance is founded
# that open with a verb of taking in or covering count the alliance's own members and reach
_ALLIANCE_VERBS = ("吸纳", "覆盖", "涵盖", "联结", "辐射", "拥有", "汇聚", "吸收")
_ALLIANCE_FOUNDED = re.compile(r"(?:组建|成立|建立|组成)了?“([^“”]{2,20}?(?:联盟|联合体|共同体))”$")


def _alliance_counts(ctx: DocContext, index: int, text: str, clause_start: int, pos: int) -> str | None:
    """The alliance founded in the clause before the figure's chain of 吸纳…/覆盖… clauses, if it was found.

    Each clause from the founding one to the figure's must open with such a verb and name
    nothing (a place, a body, a person) of its own: 全镇覆盖… or 某村吸纳… speak for themselves.
    """
    at = clause_start
    while True:
        if any(s.label in ("Place", "Organisation", "Person") and at <= s.start < pos for s in ctx.spans_in(index)):
            return None
        founded = _ALLIANCE_FOUNDED.search(text, 0, at - 1)
        if founded is not None:
            named = [p for p in ctx.spans_in(index, "Programme") if founded.start() <= p.start < founded.end()]
            return named[-1].name if named else None
        before = max(text.rfind(c, 0, at - 1) for c in "，；：。") + 1
        if before <= 0 or not text.startswith(_ALLIANCE_VERBS, before) or text[at - 1] != "，":
            return None
        at = before


# 镇里引进某某有限公司，建成…生产线2条，年加工…1.5万吨: the clauses right after a company brought in that
# open with a verb of building or producing are what the company builds and makes (带动/增收 stay the place's)
_BRINGING_IN = ("引进", "引入", "招引")
_PRODUCES = re.compile(r"(?:每年|年均|已|可|当年|目前)?(?:建成|建设|新建|投资|总投资|投产|年加工|年产|年生产|年屠宰|"
                       r"年处理|年出栏|年销售|加工|生产)")


def _brought_in_builds(ctx: DocContext, index: int, text: str, clause_start: int, pos: int) -> str | None:
    """The company brought in (引进/引入/招引) whose name ends the clause before the figure's chain of building clauses.

    Every clause from the company's to the figure's must open with a verb of building or
    producing and name no place, body or person of its own.
    """
    at = clause_start
    while at > 0:
        if any(s.label in ("Place", "Organisation", "Person") and at <= s.start < pos for s in ctx.spans_in(index)):
            return None
        if text[at - 1] != "，":
            return None
        companies = [o for o in _named_orgs(ctx, index) if o.end == at - 1 and o.kind == "enterprise"]
        if companies:
            company = max(companies, key=lambda o: o.end - o.start)
            start = company.start
            for place in sorted(ctx.spans_in(index, "Place"), key=lambda p: p.start, reverse=True):
                if place.end == start:
                    start = place.start
            return company.name if text[max(0, start - 2):start] in _BRINGING_IN else None
        before = max(text.rfind(c, 0, at - 1) for c in "，；：。") + 1
        if not _PRODUCES.match(text, before):
            return None
        pos, at = at, before
    return None


def _bound_into_programme(text: str, clause_start: int, pos: int, end: int) -> bool:
    """Whether the number counts what a quoted alliance formed in the sentence binds (把…N个…联结起来)."""
    return text.find("把", clause_start, pos) >= 0 and _BINDS.match(text[end:]) is not None \
        and _FORMED_NAMED.search(text, 0, clause_start) is not None


# 另外两个嘎查, 其余3个村, 其他苏木: a group of divisions that the text does not name opens the clause
_UNNAMED_GROUP = re.compile(r"(?:^|(?<=[，；：]))(?:另外|其余|其他|其它|另|剩下的|剩余)的?"
                            r"(?:[\d两二三四五六七八九十几]+个)?(?:行政村|嘎查村|村|嘎查|社区|苏木乡镇|乡镇|苏木|镇|乡)")
_GROUP_CUES = ("另", "其余", "其他", "其它", "剩")


def _unnamed_group(ctx: DocContext, index: int, text: str, pos: int) -> bool:
    """Whether the number stands in or after a clause about an unnamed group, with nothing named since."""
    if not any(c in text for c in _GROUP_CUES):
        return False
    groups = [m for m in _UNNAMED_GROUP.finditer(text, 0, pos + 8) if m.start() <= pos]
    if not groups:
        return False
    start = groups[-1].start()
    return not any(s.label in ("Place", "Organisation") and start <= s.start < pos for s in ctx.spans_in(index))


# kinds of organisation that speak for the place their name starts with (某旗委, 某大学): the place stays the subject
_PLACE_SPEAKERS = ("party_committee", "university")


def _opening_owner(orgs: list[Span], opener: Span, text: str) -> Span | None:
    """The organisation whose name the opening place begins, when that organisation opens the sentence.

    Not a bureau of the place's government (某旗农牧局联合…，累计发放贷款1.8亿元): its figures are
    the place's, as they are when the number stands in the bureau's own clause.  A court or a
    hospital of the place (某旗人民法院…，设立巡回审判点3个) is a body of its own.
    """
    lead = _LEAD.match(text)
    offset = lead.end() if lead else 0
    owners = [o for o in orgs if o.start == opener.start == offset and o.end > opener.end
              and o.kind not in _PLACE_SPEAKERS and text[opener.end:o.end] not in _OWN_BRANCH
              and not (o.kind == "government" and o.name.endswith("局"))]  # 某旗农牧局: the banner's bureau
    return max(owners, key=lambda o: o.end, default=None)  # 某旗税务局党支部, not the 某旗税务局 inside it


def _opening_org(orgs: list[Span], text: str, places: list[Span] | None = None,
                 place_names: set[str] | None = None) -> Span | None:
    """The organisation that opens the sentence, when it is no committee or university speaking for a place.

    An organisation found by a short form inside the place that opens the sentence
    (县农商银行 in 某某县农商银行) opens it too.  A government body speaks for the place
    its name begins with (某旗人民政府, 某旗农牧局); one named by no known place (某某林业局
    of a forest area) is the subject itself.
    """
    lead = _LEAD.match(text)
    offset = lead.end() if lead else 0
    starts = {offset} | {o.start for o in orgs for p in places or ()
                         if p.start == offset and p.start < o.start < p.end}
    return max((o for o in orgs if o.start in starts and o.kind not in _PLACE_SPEAKERS
                and o.kind != "party_branch"
                and (o.kind != "government" or (place_names is not None and not _named_by_place(o.name, place_names)))),
               key=lambda o: o.end, default=None)


def _named_by_place(name: str, place_names: set[str]) -> bool:
    """Whether an organisation's name begins with a place the document names (某旗农牧局)."""
    return any(name.startswith(p) for p in place_names)


# 某村党支部: the place's own branch speaks for the place (a unit's branch, 某地某大队党支部, does not)
_OWN_BRANCH = ("党支部", "党总支", "党委", "总支", "支部", "两委", "村委会", "居委会")


_INSTRUMENT_VERBS = ("引进", "引入", "招引", "依托", "借助", "通过")
_LEADING = re.compile("带领|带动|组织|发动|领办")
# 某镇党委与某某公司共建…, 某村联合某集团…: the body after the partner word is the opener's partner
_PARTNER_WORDS = ("与", "同", "跟", "联合", "携手", "协同")


def _partner(text: str, org: Span, places: list[Span]) -> bool:
    """Whether ``org`` is named as the partner of whoever opens its clause (某村与内蒙古某某集团合作建设…), or brought in.

    The figures after such a sentence belong to the village, town or body that opens it,
    not to the company it works with.  A place written before the name (内蒙古) is skipped.
    """
    start = org.start
    for place in sorted(places, key=lambda p: p.start, reverse=True):
        if place.end == start:
            start = place.start
    clause_start = max(text.rfind(c, 0, start) for c in "，；：。") + 1
    before = text[max(0, start - 2):start]
    if before in _INSTRUMENT_VERBS:
        return True  # 某村引进内蒙古某某集团…: brought in, no subject either
    if before.endswith(_PARTNER_WORDS) and start > clause_start + 1:
        return True
    # …，与某公司签订合作协议，…: a clause opening with the partner word goes on with the sentence's subject
    return clause_start > 0 and any(text.startswith(w, clause_start) and clause_start + len(w) == start
                                    for w in _PARTNER_WORDS)


# 某村党支部领办了某合作社, 由某村党支部牵头组建某公司: a place's own branch founds or runs the body
# the members of a body and those it brings along: figures of the body, whoever founded it
_MEMBERS = re.compile("入社|社员|成员|会员|带动|分红|户均|入股")
# (the branch word is required: 某镇成立了某农机合作社，年作业面积3万亩 is the cooperative's)
_FOUNDED_BY = re.compile(r"(?:党支部|党总支|党委|两委|村委会|居委会)(?:牵头|带头)?(?:领办|创办|兴办|组建|成立|创建)了?")


def _founding_place(text: str, org: Span, places: list[Span], clause_start: int, pos: int) -> str | None:
    """The place whose branch founds or runs ``org``, when the number stands in a later clause.

    某镇某村党支部领办某某合作社，发展民宿32家，接待游客8.6万人次: the village is the subject
    of the sentence and of its later clauses; the body it runs is the object of its verb.
    (某村党支部领办的某合作社带动农户210户: the body is the subject, and no later clause; nor
    are the body's members and the households it brings along: 吸纳脱贫户87户入社, 带动牧户126户.)
    """
    if clause_start <= org.end:
        return None
    clause_end = min((i for i in (text.find(c, pos) for c in "，；。") if i >= 0), default=len(text))
    if _MEMBERS.search(text, clause_start, clause_end):
        return None
    for p in reversed(places):
        if p.end <= org.start and _FOUNDED_BY.fullmatch(text, p.end, org.start):
            return p.name
    return None


def duration_person(ctx: DocContext, index: int, pos: int, known: Known) -> str | None:
    """The person a span of years of work is about when the usual reading finds none (某某带领村民…，已连续担任书记9年).

    A span of years after a verb of long work is only ever a person's: it is the one person
    the sentence names before it, when no place or organisation is named between them.
    """
    persons = _persons_before(ctx, index, pos, known.persons)
    if len({p[2] for p in persons}) != 1:
        return None
    last_end = persons[-1][1]
    if any(s.label in ("Place", "Organisation") and last_end <= s.start < pos for s in ctx.spans_in(index)):
        return None
    return persons[-1][2]


class Known(NamedTuple):
    """The document's places and persons found by the earlier stages."""

    places: set[str]
    persons: tuple[str, ...]



def _persons_before(ctx: DocContext, index: int, pos: int, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Persons named before ``pos``: found by a role cue here, or named again without one."""
    text = ctx.sentences[index].text
    found = {(s.start, s.end, s.name) for s in ctx.spans_in(index, "Person") if s.end <= pos}
    found.update(o for o in _name_occurrences(text, names) if o[1] <= pos)
    return sorted(found)


@lru_cache(maxsize=64)
def _name_occurrences(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """Where each of ``names`` stands in ``text`` (each name's occurrences left to right, not overlapping).

    Found once per sentence, not once per number: those before a position are the ones
    ending by it (a scan stopped at the position finds the same, as every later
    occurrence of a name ends later).
    """
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append((at, at + len(name), name))
            at = text.find(name, at + len(name))
    return tuple(found)


_PRONOUN = re.compile(r"[他她](?![们人])")
# 她和协会党支部的9名党员: the person together with the members of a body taken up by its kind word
_WITH_BODY = re.compile(r"[他她][和与同跟](?:该|本)?(合作社|联合社|协会|公司|企业)(?:党支部|党总支|党委)?的?$")
_SPEECH = re.compile("说|表示|介绍|告诉|谈到|讲")


def _described_person(ctx: DocContext, index: int, text: str, pos: int, names: tuple[str, ...],
                      aged: bool = False) -> str | None:
    """某村村民某某，今年62岁: a first clause that opens with a person makes the clauses after it theirs.

    The first clause must open with the person's name, or only its description before it
    (places, unit, role cue: 牧民某某今年56岁，养牛30头); no place or organisation may
    come between it and the number, and the person must not lead others (带领, 带动).
    """
    comma = text.find("，")
    if comma < 0 or comma >= pos:
        return None
    found = [(s.start, s.end, s.name) for s in ctx.spans_in(index, "Person") if s.end <= comma]
    if not found and ("岁的" in text[:comma] or text.startswith(names)):
        # 某村今年68岁的某某，…: a person named before, after an age; 某某家里种了45亩，…: opening the sentence
        found = _persons_before(ctx, index, comma, names)
    if not found:
        return None
    start, end, name = found[0]
    if not _opens_clause(ctx, index, text, 0, start) or \
            _LEADING.search(text, end, pos) or _SPEECH.search(text, end, comma + 1):
        return None  # (…，带领村民种植3000亩: the people led are counted; 某某说，…: what is reported)
    if any(s.label in ("Place", "Organisation") and end <= s.start < pos and not (aged and _post_clause(text, s.start))
           for s in ctx.spans_in(index)):
        return None  # (某某，是某村党支部书记，今年47岁: the post's village only says who the person is)
    return name


# ，是某村党支部书记，: a clause that only states the post of the person named before it
_POST_CLAUSE_LEAD = ("是", "现任", "系")


def _post_clause(text: str, at: int) -> bool:
    """Whether the place or body at ``at`` stands in a clause stating a post (是某村党支部书记) and nothing more."""
    start = max(text.rfind(c, 0, at) for c in "，；：") + 1
    if start == 0:
        return False
    ends = [i for i in (text.find(c, at) for c in "，；。") if i >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    return clause.startswith(_POST_CLAUSE_LEAD) and any(clause.endswith(r) for r in person_roles())


def _person_taken_up(ctx: DocContext, index: int, text: str, pos: int, names: tuple[str, ...] = ()) -> str | None:
    """他告诉记者，今年还打算再买10头: a sentence opening with 他/她 is about the one person named just before.

    The sentence before must be of the same paragraph and name exactly one person, and
    no place or organisation of this sentence may come before the number.
    """
    if not _PRONOUN.match(text) or index == 0 or ctx.spans_in(index, "Person"):
        return None
    if ctx.opens_paragraph(index):
        return None
    # (named by a role cue there, or a person of the document named again: 某某家里种了45亩…。他家…)
    named = {name for _a, _b, name in _persons_before(ctx, index - 1, len(ctx.sentences[index - 1].text), names)}
    if len(named) != 1 or any(s.label in ("Place", "Organisation") and s.start < pos for s in ctx.spans_in(index)):
        return None
    if _LEADING.search(text, 0, pos):
        return None  # 他…，带领村民养牛3000头: the people led are counted, not the person
    return named.pop()


# a clause or sentence that opens with the kind word of an organisation named before (合作社现有…, 该公司…);
# a sentence may open with a time first (去年，合作社销售…)
# the words that point back to one body before its kind word (该合作社, 这家公司)
_DEMONSTRATIVES = ("该", "这个", "这家", "此")
_KIND_DEMONSTRATIVE = f"(?:{'|'.join(_DEMONSTRATIVES)})?"
_KIND_WORD = _KIND_DEMONSTRATIVE + (r"(?:(合作社|联合社|联社|信用联社|信用社|农商行|农商银行|学院|公司|企业|协会|集团|"
                                    r"(?<=[该此])[社厂](?![员区会])"  # 该社, 该厂
                                    r"|(?<=[该此])(?:支行|分行|行(?![业动为政列程使走径])|院(?![落子坝内外])|校(?![园区内外]))"  # 该支行, 该行
                                    r"|(?:社区|村|嘎查)(?:党委|党总支|党支部)(?!书记|副书记|委员|成员|班子|[、和与]))"  # 社区党委
                                    # (合作社理事长某某今年56岁: the person after the body's post is the subject)
                                    r"(?!理事长|副理事长|社长|会长|副会长|秘书长|董事长|总经理|经理|负责人|书记|主任|党支部书记))")
# a time word may stand right before the kind word with no comma (去年合作社分红…)
_TIME_WORD = r"(?:去年|今年|前年|上年|当年|全年|目前|如今|现在|(?:19|20)\d\d年(?:以来)?)"
_KIND_AGAIN = re.compile(rf"^(?:(?:去年|今年|前年|上年|当年|近年来|目前|如今|近日|同时|此外|另外|"
                         rf"(?:19|20)\d\d年[^，。]{{0,6}}|截至[^，。]{{0,10}})[，,]|{_TIME_WORD})?{_KIND_WORD}")
# an organisation span that is only a time word and a kind word (去年合作社) is a take-up, not a name
_BARE_KIND = re.compile(rf"{_TIME_WORD}?{_KIND_WORD}")
_KIND_AGAIN_CLAUSE = re.compile(rf"\s*{_TIME_WORD}?{_KIND_WORD}")
_KIND_AGAIN_REACH = 6  # sentences back: the paragraph and the one before it
_CLAUSE_BREAK = re.compile("[，；：]")
# the take-up words alone: a sentence without one has no clause that takes a subject up (checked once per sentence).
# Only whether one is there is asked, so the optional demonstrative before the kind word is left out: a match of
# _KIND_WORD holds a match of the rest at the kind word (its lookbehinds read the text, not the match), and the
# search without a leading optional group runs about twice as fast
_KIND_WORD_RE = re.compile(_KIND_WORD.removeprefix(_KIND_DEMONSTRATIVE))


@lru_cache(maxsize=128)
def _word_in(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _anaphor_clause(ctx: DocContext, index: int, text: str, pos: int,
                    opening: re.Pattern[str] | None = None, clause: re.Pattern[str] | None = None) -> int | None:
    """Where the clause opens that takes up an organisation by its kind word and whose subject the number shares.

    That is the number's clause, or an earlier clause of the sentence when no place or
    organisation is named between it and the number (该公司年加工鲜奶3万吨，吸纳就业120人).
    """
    spans = ctx.spans_in(index)
    places = [s for s in spans if s.label == "Place"]
    orgs = [s for s in spans if s.label == "Organisation"]
    # (村里推行…，与某公司签订订单，托管耕地3200亩: the partner named between takes nothing up, nor the
    # place its name begins with)
    last_named = max((s.end for s in spans if s.label in ("Place", "Organisation") and s.end <= pos
                      and not _bare(text, s) and not (s.label == "Organisation" and _partner(text, s, places))
                      and not (s.label == "Place" and any(o.start <= s.start and s.end <= o.end for o in orgs))
                      and not (clause is None and s.label == "Place" and (_where(text, s) or _object_place(text, s)))),
                     default=-1)
    breaks = _clause_starts(text)
    if clause is None and last_named > 0:
        own = _own_demonstrative_clause(text, breaks, pos, spans)
        if own is not None:
            return own  # 该公司每年收购某县马铃薯3000吨: the place inside only names what it buys
    for k in range(bisect_right(breaks, pos) - 1, -1, -1):  # the clauses before the number, the nearest first
        start = breaks[k]
        if last_named > start:
            return None
        if (clause or _KIND_AGAIN_CLAUSE).match(text, start):
            return start
        if _KIND_AGAIN_CLAUSE.match(text, start) or _LEVEL_AGAIN_CLAUSE.match(text, start):
            return None  # 该合作社…，嘎查集体收入增加18万元: the clause takes up another subject
    if (opening or _KIND_AGAIN).match(text):  # the sentence's first clause, asked last
        return None if last_named > 0 else 0
    return None


_DEMONSTRATIVE_KIND = re.compile(r"\s*该(?:合作社|联合社|公司|企业|协会|集团|社|厂)")
_PARTNER_IN = re.compile("与|和|同|跟|联合|携手")


def _own_demonstrative_clause(text: str, breaks: tuple[int, ...], pos: int, spans: list[Span]) -> int | None:
    """The number's own clause when it opens with 该公司/该合作社 and names only places (no body, no partner) before it."""
    k = bisect_right(breaks, pos) - 1
    if k < 0:
        return None
    m = _DEMONSTRATIVE_KIND.match(text, breaks[k])
    if m is None or _PARTNER_IN.search(text, m.end(), pos):
        return None
    if any(s.label not in ("Place",) and m.end() <= s.start < pos for s in spans):
        return None
    return breaks[k]


def _where(text: str, place: Span) -> bool:
    """Whether a place only says where a body acts (该公司每年在全县收购…): after 在 inside its clause."""
    return place.start >= 2 and text[place.start - 1] == "在" and text[place.start - 2] not in "，；：。"


# 协会组建…，在全县开办…, 协会联合全县126名党员…: a place after these only says where the body acts or whom
# it enlists, in a sentence that a kind word opens (a clause of its own does not start there)
_OBJECT_PLACE_LEADS = ("，在", "；在", "联合", "带动", "带领", "吸纳", "组织", "发动", "动员")


def _object_place(text: str, place: Span) -> bool:
    """Whether a place only says where a body taken up acts (…，在全县开办…) or whose people it enlists (联合全县126名党员)."""
    return text[max(0, place.start - 2):place.start] in _OBJECT_PLACE_LEADS


@lru_cache(maxsize=64)
def _clause_starts(text: str) -> tuple[int, ...]:
    """Where the clauses after the first start (after ，；：); asked for every number of a sentence."""
    return tuple(m.end() for m in _CLAUSE_BREAK.finditer(text))


# 该镇, 全村, 村里, 嘎查里: a township or village taken up by its level word; 村集体 only takes up
# a village of its own sentence (某公司与某嘎查合作…，嘎查集体年增收26万元)
_LEVEL_WORD = (r"(?:(?:该|全|本|我)(镇|乡|苏木|街道|村|嘎查|社区)|(镇|乡|苏木|村|嘎查|社区)里|"
               # 村集体…, 嘎查已有17名…: the bare level word before what the place has
               r"(村|嘎查|社区)(?=集体|已有|已经有|现有|共有|累计)"
               # 这个嘎查, 这个边境嘎查, 这个小山村; 这里 (a scene the paragraph has named): groups 4 and 5
               r"|这个[\u4e00-\u9fff]{0,4}?(镇|乡|苏木|村|嘎查|社区)(?!党|两委|书记|主任|干部|村民|牧民|农民)|(这里))")
_LEVEL_AGAIN = re.compile(rf"^(?:(?:去年|今年|前年|上年|当年|近年来|目前|如今|近日|同时|此外|另外|"
                          rf"(?:19|20)\d\d年[^，。]{{0,6}}|截至[^，。]{{0,10}})[，,])?{_LEVEL_WORD}")
_LEVEL_AGAIN_CLAUSE = re.compile(rf"\s*{_LEVEL_WORD}")
_LEVEL_WORD_RE = re.compile(_LEVEL_WORD)
# a take-up whose place the paragraph does not name once only: the figure is dropped (not the report's banner)
_NO_SUBJECT = ""
_PLURAL = re.compile("全部|均|都|各|所有")
_LEVEL_OF_WORD = {"镇": "township", "乡": "township", "苏木": "township", "街道": "township",
                  "村": "village", "嘎查": "village", "社区": "village"}


def _place_named_again(ctx: DocContext, index: int, text: str, pos: int) -> str | None:
    """The township or village a clause takes up by its level word (该镇组建了12个…, 全村共有农户260户).

    It is the last place of that level named before, in the sentence, its paragraph or
    the paragraph before (a new paragraph often goes on about the place of the last one).
    """
    if not _word_in(_LEVEL_WORD_RE, text):
        return None  # no level word in the sentence: no clause takes a place up by one
    start = _anaphor_clause(ctx, index, text, pos, _LEVEL_AGAIN, _LEVEL_AGAIN_CLAUSE)
    if start is None:
        return None
    m = _LEVEL_AGAIN.match(text) if start == 0 else _LEVEL_AGAIN_CLAUSE.match(text, start)
    if m is None:
        return None
    word = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
    at = m.start(word)
    if word >= 4:
        return _demonstrated_place(ctx, index, at, "village" if word == 5 else _LEVEL_OF_WORD[m.group(word)])
    level = _LEVEL_OF_WORD[m.group(word)]

    def of_level(i: int, before: int | None = None) -> list[Span]:
        return [p for p in ctx.spans_in(i, "Place") if p.level == level and not p.anaphor
                and (before is None or p.end <= before)]

    named = of_level(index, at)
    written = _written_village(ctx, text, at, named[-1].end if named else 0) if level == "village" else None
    if written is not None:
        return written  # 该镇石门子村推行…，全村86户: the village written after 该镇 that no span covers
    if named:
        return named[-1].name
    if word == 3 and _PLURAL.search(text, at, pos):
        return None  # 村集体经济收入全部达到…: said of every village, not one named before
    breaks = 0
    for i in range(index - 1, max(-1, index - 1 - _KIND_AGAIN_REACH), -1):
        if ctx.opens_paragraph(i + 1):
            breaks += 1
            if breaks > 1:
                break
        named = of_level(i)
        if named:
            return named[-1].name
    # 村里推行…, 该镇… with no village or township named before: not the report's banner either
    # (村集体经济收入… in a banner's report may be said of all its villages: read as usual)
    return None if word == 3 else _NO_SUBJECT


# 该镇某某村: a village named after its township's level word (the place stage may miss the name there)
_VILLAGE_AFTER_LEVEL = re.compile(r"该(?:镇|乡|苏木)(?!各|所有|全|多|部分|其他|其余|其它|\d)"
                                  r"(?P<name>[\u4e00-\u9fff]{2,5}?(?:村|嘎查))(?![民委])")


def _written_village(ctx: DocContext, text: str, at: int, after: int) -> str | None:
    """The village written after 该镇 before the level word at ``at`` and after the last place found (at ``after``).

    A village the document knows is that village; a name it does not know leaves the figure with
    no subject (_NO_SUBJECT) rather than the village named before.
    """
    if "该" not in text[after:at]:
        return None
    written = [m for m in _VILLAGE_AFTER_LEVEL.finditer(text, after, at)]
    if not written:
        return None
    name = written[-1].group("name")
    known = ctx.entities.get(("Place", name))
    return name if known is not None and known.level == "village" else _NO_SUBJECT


def _demonstrated_place(ctx: DocContext, index: int, at: int, level: str) -> str | None:
    """The place 这个嘎查 / 这个边境嘎查 / 这里 points back to: the one place of that level its paragraph names before it.

    A paragraph naming none goes on about the one place of the paragraph before (记者来到某嘎查。\n
    这个嘎查有牧户…).  Two different places of the level (or none, for 这个嘎查) leave the figure
    with no subject rather than a wrong one; 这里 naming no village before it is read as usual.
    """
    doc = ctx.document.text
    cue = ctx.sentences[index].start + at
    para_start = doc.rfind("\n", 0, cue) + 1
    named = _places_between(ctx, index, para_start, cue, level)
    if not named and para_start > 0:
        named = _places_between(ctx, index, doc.rfind("\n", 0, para_start - 1) + 1, para_start, level)
    if len(named) == 1:
        return named.pop()
    if not named and doc.startswith("这里", cue):
        return None
    return _NO_SUBJECT


def _places_between(ctx: DocContext, index: int, lo: int, hi: int, level: str) -> set[str]:
    """The places of a level named between two characters of the document, up to sentence ``index``."""
    found: set[str] = set()
    for i in range(index, -1, -1):
        sent = ctx.sentences[i]
        if sent.end <= lo:
            break
        found |= {s.name for s in ctx.spans_in(i, "Place") if s.level == level and not s.anaphor
                  and lo <= sent.start + s.start and sent.start + s.end <= hi}
    return found


def _org_named_again(ctx: DocContext, index: int, text: str,
                     clause_start: int | None = None) -> tuple[str, str] | None:
    """The organisation a sentence (or, with ``clause_start``, its clause) takes up by its kind word.

    去年，合作社销售杂粮1200吨: the last organisation of that kind named before, in this
    sentence, its paragraph or the paragraph before.
    """
    m = _KIND_AGAIN.match(text) if not clause_start else _KIND_AGAIN_CLAUSE.match(text, clause_start)
    if m is None:
        return None
    word = m.group(1)
    heads = HEADS_OF.get(word, (word,))

    def nearest(i: int, before: int | None = None) -> tuple[int, str | None] | None:
        """The last mention of the kind in sentence ``i``: (its end, the organisation, or None if generic)."""
        sent = ctx.sentences[i].text[:before]
        orgs = _named_orgs(ctx, i)
        named = [(o.end, o.name) for o in orgs if o.end <= len(sent)
                 and (o.name.endswith(heads) or (word == "企业" and o.kind == "enterprise"))]
        occurrences = _occurrences(sent, word) if len(word) > 1 else []
        # the first 这家/该 + the kind word: one body pointed back to, from there on in the sentence
        pointed = next((k for k in occurrences if sent.endswith(_ONE_BODY_BEFORE, 0, k)), None)
        generic = [(at + len(word), _UNFOUND if _FOUNDED_UNFOUND.search(sent, 0, at) else None)
                   for at in occurrences
                   if not sent.endswith(_ONE_BODY_BEFORE, 0, at)
                   and not any(o.start <= at < o.end for o in orgs) and not _takes_up(sent, at)
                   and not _at_the_body(sent, at)
                   and not _in_formula(sent, at, at + len(word))
                   and not _same_body_again(named, pointed, sent, at, word)]
        return max([*named, *generic], key=lambda x: x[0], default=None)

    found = nearest(index, m.start(1))
    breaks = 0
    named_between = False  # whether the paragraph before names a place or a body (else one more may be read)
    for i in range(index - 1, max(-1, index - 1 - _KIND_AGAIN_REACH), -1):
        if found is not None:
            break
        if ctx.opens_paragraph(i + 1):
            breaks += 1
            if breaks > 2 or (breaks == 2 and named_between):
                return None  # only the paragraph and the one before it (or two before, past one naming nothing)
        if breaks == 1 and any(s.label in ("Place", "Organisation") and not s.anaphor for s in ctx.spans_in(i)):
            named_between = True
        found = nearest(i)
    # 培育合作社120家，合作社年均分红…: the kind word last said of many, not of one named
    if found is None or found[1] is None:
        return None
    if found[1] == _UNFOUND:
        return _NO_ORG  # 他牵头成立了某某合作社。合作社现有社员36户: one body, whose name was not found
    return _branch_place(ctx, found[1], word) or ("Organisation", found[1])


# 成立了某某牧业专业合作社 whose name no earlier stage found: the take-up is of one body, not of the place
_FOUNDED_UNFOUND = re.compile(r"(?:成立|创办|组建|领办|创建|兴办|注册)了?[^，。；：、“”\s]{2,20}$")
_UNFOUND = ""
_NO_ORG = ("", "")


def _branch_place(ctx: DocContext, name: str, word: str) -> tuple[str, str] | None:
    """某某社区党委 taken up as 社区党委: a place's own branch speaks for the place, when the place is known."""
    if not word.endswith(("党委", "党总支", "党支部")):
        return None
    place = name.removesuffix(word[-2:] if word.endswith("党委") else word[-3:])
    if place != name and ("Place", place) in ctx.entities:
        return ("Place", place)
    return None


def _bare(text: str, span: Span) -> bool:
    """Whether an organisation span is only a take-up (去年合作社, 该公司) that an earlier stage read as a name."""
    return span.label == "Organisation" and _BARE_KIND.fullmatch(text, span.start, span.end) is not None


def _named_orgs(ctx: DocContext, index: int) -> list[Span]:
    """The organisations a sentence names (not the take-ups by a kind word alone)."""
    text = ctx.sentences[index].text
    return [s for s in ctx.spans_in(index, "Organisation") if not _bare(text, s)]


_QUOTED_FORMULA = re.compile(r"“[^“”]{1,30}”")


def _in_formula(text: str, start: int, end: int) -> bool:
    """Whether a kind word is part of a model's formula (“合作社+农户”, 支部+合作社): no mention of bodies at all."""
    if text[start - 1:start] == "+" or text[end:end + 1] == "+":
        return True
    return any(q.start() < start and end < q.end() for q in _QUOTED_FORMULA.finditer(text, max(0, start - 30)))


def _at_the_body(text: str, at: int) -> bool:
    """Whether a bare kind word only says where people are (在合作社大棚采收…, 到合作社务工): one body taken up, not many."""
    return text[at - 1:at] in ("在", "到", "进") and text[at - 2:at - 1] not in ("", "，", "；", "：")


# words before a bare kind word that make it many bodies, not the one just named (各合作社, 3家合作社, 其他协会)
_PLURAL_BEFORE = ("各", "每", "等", "个", "家", "多", "些", "其他", "其它", "别的", "所有", "全部")


# a demonstrative before a bare kind word points back to one body (创办了这家合作社): the search goes on
# before it for the body's name
_ONE_BODY_BEFORE = (*_DEMONSTRATIVES, "这一")


_WHOLE_PLACE_BEFORE = re.compile(r"全(?:盟|市|旗|县|区|镇|乡|苏木|嘎查|村)$")
_COUNT_AFTER = re.compile(r"[^，。；：]{0,8}?[\d一二两三四五六七八九十百千]+[家个所]")


def _same_body_again(named: list[tuple[int, str]], pointed: int | None, sent: str, at: int, word: str) -> bool:
    """A bare kind word after one body of that kind earlier in the same sentence is that body again.

    某镇党委引导成立某某协会，推行…模式，由协会统一接单; 创办了这家合作社，…，由合作社统一收购: the one
    body named (``named``: ends) or pointed back to (``pointed``: where 这家/该 + the word stands) before,
    not bodies at large.  (The caller has set aside the occurrences after a demonstrative, whose 家/个
    would read as a count here.)
    """
    if sent.endswith(_PLURAL_BEFORE, 0, at) or _WHOLE_PLACE_BEFORE.search(sent, max(0, at - 4), at) or \
            _COUNT_AFTER.match(sent, at + len(word)):
        return False  # 全旗合作社达到300家: the kind across a place, or counted
    return any(end <= at for end, _name in named) or (pointed is not None and pointed < at)


def _occurrences(text: str, word: str) -> list[int]:
    return [mm.start() for mm in re.finditer(re.escape(word), text)]


def _takes_up(text: str, at: int) -> bool:
    """Whether the kind word at ``at`` is itself a take-up (合作社现有社员…): it opens its sentence or clause."""
    head = text[:at]
    for word in _DEMONSTRATIVES:
        head = head.removesuffix(word)
    lead = _KIND_AGAIN.match(text)
    return not head or head[-1] in "，；：" or (lead is not None and lead.start(1) == at)


def _opens_clause(ctx: DocContext, index: int, text: str, clause_start: int, at: int) -> bool:
    """Whether a person's name at ``at`` opens its clause: nothing before it, or only its description.

    某旗某村村民某某今年58岁: the places, units and role cue that only say who the person is
    leave the person the clause's subject.
    """
    if at == clause_start:
        return True
    described = [s for s in ctx.spans_in(index) if s.label in ("Place", "Organisation")
                 and clause_start <= s.start and s.end <= at]
    level_word = _LEVEL_AGAIN_CLAUSE.match(text, clause_start)
    pos = level_word.end() if level_word else clause_start  # 该村村民某某今年52岁
    if _skip_age(text, pos) == at > pos:
        return True  # 今年68岁的某某
    pos = _skip_age(text, pos)  # 今年68岁的某村村民某某
    for s in sorted(described, key=lambda s: s.start):
        if s.start > _skip_age(text, pos):
            break
        pos = max(pos, s.end)
    aged = _skip_age(text, pos)  # 某村今年68岁的某某
    if aged == at > pos:
        return True
    rest = text[aged:at].removeprefix("的")
    bare = _BARE_BODY.match(rest)  # 合作社理事长某某: the body taken up by its kind word only says who
    if rest in person_roles() or (bare is not None and rest[bare.end():] in person_roles()):
        return True
    if any(rest.startswith(e[1]) and rest[len(e[1]):] in person_roles() for e in ctx.entities if e[0] == "Place"):
        return True  # 某村村民某某今年58岁 where the village, named before, was not found again here
    trade = next((h for h in _TRADE_HOLDERS if rest.endswith(h)), None)
    if trade is not None and len(rest) - len(trade) <= 4 and _TRADE_PREFIX.fullmatch(rest[: -len(trade)]):
        return True  # 牧家乐经营户某某今年52岁, 种植大户某某: a trade word and its holder only say who
    return "、" in rest and _roles_only(ctx, index, text, aged + len(text[aged:at]) - len(rest), at)


# holders of a trade, written after the trade (民宿经营户, 种植大户, 养殖专业户)
_TRADE_HOLDERS = ("经营户", "专业户", "大户")
_TRADE_PREFIX = re.compile(r"[^由在对向把被将与和的是为从，、；：“”]*")  # (由种植大户某某发起: 由 makes the person an agent)
_ROLE_JOIN = ("、", "兼", "和")
# 村党支部书记, 某某嘎查党支部书记 (a village the place stage did not find is still only where the post is held)
_ROLE_HOST = re.compile(r"(?:该|本|[\u4e00-\u9fff]{0,4}?)(?:村|嘎查|社区|镇|苏木|乡)(?=党|[村居]委|两委|书记|主任)")
# 村委会主任, 嘎查委员会副主任: the village committee a post is held in
_COMMITTEE_HOST = re.compile(r"(?:村|居|嘎查|社区)(?:民委员会|委员会|委会|委)(?=副?主任|委员)")


def _roles_only(ctx: DocContext, index: int, text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` only lists the posts of the person named at ``at``.

    合作社理事长、村党支部书记某某; 某合作社理事长、某村党支部书记某某: each post may follow the
    body or place it is held in (a name found by an earlier stage, a bare kind word, 村/嘎查).
    """
    spans = sorted((s for s in ctx.spans_in(index) if s.label in ("Place", "Organisation")
                    and start <= s.start and s.end <= at), key=lambda s: s.start)
    roles = person_roles()
    pos, posts = start, 0
    while pos < at:
        for s in spans:
            if s.start == pos:
                pos = s.end  # the body or place the post is held in
        host = _BARE_BODY.match(text, pos) or _ROLE_HOST.match(text, pos) or _COMMITTEE_HOST.match(text, pos)
        if host:
            pos = host.end()
        role = next((r for r in roles if text.startswith(r, pos) and pos + len(r) <= at), None)
        if role is None:
            return False
        pos += len(role)
        posts += 1
        if pos < at:
            if text[pos] not in _ROLE_JOIN:
                return False
            pos += 1
    return posts >= 2


_BARE_BODY = re.compile(r"(?:该|这个|这家|此)?(?:合作社|联合社|联社|公司|企业|协会|集团)")


# 今年68岁的, 现年72岁的: an age that describes the person named after it
_AGE_LEAD = re.compile(r"(?:今年|现年|年近|年逾|年过)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?岁(?:高龄)?的")


def _skip_age(text: str, pos: int) -> int:
    """The position after an age that describes the person named next (今年68岁的), else ``pos``."""
    if "岁" not in text[pos:pos + 8]:
        return pos
    m = _AGE_LEAD.match(text, pos)
    return m.end() if m else pos


def _person_after_age(ctx: DocContext, index: int, text: str, clause_start: int, end: int,
                      names: tuple[str, ...]) -> str | None:
    """今年68岁的某某, 今年68岁的某村村民某某: the age is the person's named right after it in its clause."""
    if not text.startswith("的", end) or not text.endswith("岁", 0, end):
        return None
    clause_end = min((i for i in (text.find(c, end) for c in "，；。") if i >= 0), default=len(text))
    found = {(s.start, s.name) for s in ctx.spans_in(index, "Person") if end < s.start < clause_end}
    found |= {(text.find(n, end, clause_end), n) for n in names if text.find(n, end, clause_end) > 0}
    for at, name in sorted(found):
        if _opens_clause(ctx, index, text, clause_start, at):
            return name
        break
    return None


_PLACE_WORDS = ("村", "嘎查", "社区", "苏木", "镇", "乡", "街道", "旗", "县", "区", "市", "盟")
_AGENT_PREFIXES = ("经过", "，经", "，由")
# 某局驻某镇某村工作队…: a team stationed in a village works for it, and its figures are the village's
_STATIONED_TEAM = re.compile(r"[^，。；：、]{0,10}?(?:驻村)?工作队")
# 走进某嘎查，…; 记者在某镇看到，…: a report's scene opens the sentence and is what it goes on about
_SCENE = re.compile(r"(?:记者|笔者)?(?:走进|来到|走在|深入|在)")
_LEAD = SENTENCE_LEAD  # (leads.py: a span of time, a moment or a date before the subject)


def _listed(text: str, places: list[Span], pos: int) -> bool:
    """Whether the number right after a place counts a list of places (X村、Y村和Z村3个村), not the place's own parts."""
    last = places[-1]
    between = text[last.end:pos]
    if _LAST_ITEM.fullmatch(between):
        return True  # X村、Y村和Z村3个村 where Z村 was not found as a place
    return between in ("", "共", "这") and len(places) >= 2 and \
        text[places[-2].end:last.start] in ("、", "和", "及", "与")


_LAST_ITEM = re.compile(r"[、和及与][\u4e00-\u9fff]{1,8}?(?:村|嘎查|社区|镇|乡|苏木)(?:共|这)?")


def _list_start(text: str, places: list[Span], clause_start: int, deng: int) -> int:
    """Where the items of a 、-list ending at 等 begin: the first item starts at its place chain."""
    first_sep = text.find("、", clause_start, deng)
    if first_sep < 0:
        return clause_start
    first_item = [p for p in places if p.end <= first_sep]
    if not first_item:
        return clause_start
    start = first_item[-1].start
    for p in reversed(first_item[:-1]):
        if p.end != start:
            break
        start = p.start
    return start


def paragraph_openers(ctx: DocContext) -> dict[int, tuple[str, str]]:
    """Sentence index → the place (or organisation) an earlier sentence of its paragraph opens with.

    ``产业兴旺是前提。赤峰市坚持……。深化改革，打造141个共同体。``: the third sentence
    names no place; it goes on about the place the second one opened with.  A sentence
    opening with a body's full name (某镇某某种植协会成立于2018年。现有会员260户…) hands on
    the body, not the place its name begins with (not a committee, a branch or a government
    body, which speak for their place).
    """
    out: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for sent in ctx.sentences:
        if ctx.opens_paragraph(sent.index):
            current = None
        elif current:
            out[sent.index] = current
        places = ctx.spans_in(sent.index, "Place")
        lead = _LEAD.match(sent.text)
        offset = lead.end() if lead else 0
        chain: list[Span] = []
        for sp in places:
            if (not chain and sp.start == offset) or (chain and sp.start == chain[-1].end):
                chain.append(sp)
        body = _opening_body(ctx, sent.index, offset, chain)
        if body is not None:
            current = ("Organisation", body.name)
        elif chain:
            current = ("Place", chain[-1].name)
    return out


def _opening_body(ctx: DocContext, index: int, offset: int, chain: list[Span]) -> Span | None:
    """The body whose full name opens the sentence (at its first place or at its start), if it speaks for itself."""
    if not ctx.spans_in(index, "Organisation"):
        return None  # (most sentences name no body: asked for every sentence of the report)
    starts = {offset} | {p.start for p in chain}
    end = chain[-1].end if chain else offset
    text = ctx.sentences[index].text
    return max((o for o in _named_orgs(ctx, index) if o.start in starts and o.end > end
                and o.kind not in _PLACE_SPEAKERS and o.kind not in ("party_branch", "government")
                and text[o.end:o.end + 1] not in "、和与及"),
               key=lambda o: o.end, default=None)
