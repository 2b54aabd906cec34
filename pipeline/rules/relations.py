"""Relations between the mentions of a sentence: programmes, and places among themselves.

- IMPLEMENTS: the actor of a programme is the last place (or list of places)
  named before it in its sentence, the most specific of a chain (X旗Y苏木 → Y
  苏木); when a trigger verb (推广, 探索推行 …) governs that place as an object,
  the sentence's topic place is an actor too; with no place, the topic place.
  A party committee or university opening the sentence implements as well
  (某旗某镇党委: for its own township).  The unit the clause before just founded
  (她创办了某合作社，以“X”方式…) implements, unless a unit founded it (某村党支部领办了
  某合作社，推行“X”: the branch, the subject of both clauses); the unit whose officer speaks (某县委组织部负责人表示，…; 镇里 → its
  township); units joined by 与/和 that 共建/联建/共同打造 “X” (or sign and then do so, or
  签订“X”合作协议, or 结对共建 and then 开展“X”) all implement it.  镇党委/该镇党委 by its
  level word is the committee of the township the sentence or paragraph names (an
  organisation 某镇党委) when the report writes that committee out somewhere; when it never
  does, the township itself acts (no body is made up from the level word); a committee's department joined to a body by
  会同/联合 acts with it, not for its county.
- Places only inside a university's or programme's name, or the region opening a
  company's, cooperative's or association's name, are no entities of the document.
- PART_OF: adjacent places in the text (X市Y县) → basis text; otherwise the
  nearest ancestor in the division data that the document names → admin_knowledge
  (of two as near, the one the place's own paragraph names, then the most named).
- PART_OF_PROGRAMME: “A”为主要内容的“B”; A是…“B”…示范品牌; 作为“A”工程的重要组成部分，实施“B”.

LOCATED_IN, LEADS and PARTNERS_WITH (organisations and persons) are decided in
org_person_relations.py; ``RelationFinder`` runs that step for each sentence after
IMPLEMENTS, so that this stage still finds every relation of the document.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping

from .backrefs import org_taken_up
from .context import BACK_REFERENCE, DocContext, Span
from .gazetteer import Gazetteer, level_rank, load_gazetteer
from .leads import TIME_LEAD
from .org_person_relations import relate_organisations_and_persons
from .trigger_verbs import triggers  # pipeline.nlp.mtl reads it from here too

# the patterns of PART_OF_PROGRAMME and IMPLEMENTS read per sentence or per pair, compiled once
_JOINED_IN = re.compile(r"(?:会同|联合|携手)$")  # 会同/联合某单位: a unit joined in
_MAIN_CONTENT = re.compile(r"为主要内容的|为主要内容的?")  # “A”为主要内容的“B”
_AROUND_BEFORE = re.compile(r"(?:围绕|聚焦|紧扣)$")  # 围绕“A”，开展B工程
_AROUND_THEN_DO = re.compile(r"”?[，,](?:开展|实施|推进|启动|打造)了?")
_ITEM_OF = re.compile(r"”?(?:工程|行动|活动|体系|机制)?(?:中|里)的“?")  # “B”工程中的“A”
_AS_PART_GAP = re.compile(r"[，,][^，,。；;“”]{0,12}")  # 作为“A”工程的重要组成部分，全县实施“B”
_VARIANTS_LEAD = re.compile(r"[^，,。；“]{0,6}[，,](?:形成|涌现出?|探索出|打造出)了?")  # …，形成A镇“X”、B镇“Y”等
_VARIANTS_CLOSE = re.compile(r"等[^，,。；]{0,6}(?:做法|经验|模式|品牌|典型)")
_SENTENCE_BREAK = re.compile("[。；;]")
_NAME_PARTS_SPLIT = re.compile(r"[、，,‘’]")  # “党建联盟、村企共建”活动: the parts a name lists
_GAP_BREAK = re.compile(r"[，。；：“”]")


def _chains(places: list[Span], text: str) -> list[list[Span]]:
    """Group place spans into chains (adjacent) and lists (joined by 、 和 与)."""
    groups: list[list[Span]] = []
    for p in places:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end:p.start]
            if gap == "" or gap in ("、", "和", "与", "及", "，"[:0]):
                groups[-1].append(p)
                continue
        groups.append([p])
    return groups


def _most_specific(group: list[Span], text: str) -> list[Span]:
    """From a chain keep its deepest member; from a list keep every item."""
    items: list[list[Span]] = [[group[0]]]
    for prev, cur in itertools.pairwise(group):
        if text[prev.end:cur.start] == "":
            items[-1].append(cur)
        else:
            items.append([cur])
    return [chain[-1] for chain in items]


class RelationFinder:
    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or load_gazetteer()

    def __call__(self, ctx: DocContext) -> None:
        _drop_embedded_places(ctx)
        for sent in ctx.sentences:
            self._implements(ctx, sent.index, sent.text)
            relate_organisations_and_persons(ctx, sent.index, sent.text)  # LOCATED_IN, LEADS, PARTNERS_WITH
            self._programme_parts(ctx, sent.index, sent.text)
        self._part_of(ctx)

    # -- IMPLEMENTS ---------------------------------------------------------
    def _implements(self, ctx: DocContext, index: int, text: str) -> None:
        programmes = ctx.spans_in(index, "Programme")
        if not programmes:
            return
        orgs = ctx.spans_in(index, "Organisation")
        # every place span of the sentence, read once (re-read when 镇党委 adds one below)
        all_places = ctx.spans_in(index, "Place")
        places = [p for p in all_places if not any(o.start <= p.start < o.end for o in orgs)]
        verbs = triggers()["IMPLEMENTS"]
        topic = ctx.topic.get(index)
        subject_at = _subject_offset(ctx, index, text)
        # 党的二十大召开以来，中共某旗委员会…: the committee after a longer time phrase opens the sentence too
        subject_orgs = [o for o in orgs if (o.start <= 6 or _opens_at(o, text, subject_at))
                        and o.kind in ("party_committee", "university")]
        opener = self._opener(places, text)
        # a named unit that is the subject of the sentence or of its paragraph acts, not the topic place
        org_subject = ctx.derived("org_subjects", ctx_org_subjects).get(index)
        own_place: str | None = None
        if org_subject is not None and _OWN_SUBJECT.search(text):
            # 某村党支部书记某某说，村里推广“X”: 村里 is the village the speaker's unit is named after
            own_place = max((e[1] for e in ctx.entities if e[0] == "Place" and org_subject[0].startswith(e[1])),
                            key=len, default=None)
            org_subject = None
        partners = [o for o in orgs if _JOINED_IN.search(text[max(0, o.start - 2):o.start])]
        joint_cue = "共同" in text or "联合" in text or "携手" in text or "合力" in text  # (A与B共同实施…)
        sentence_subjects = subject_orgs
        for prog in programmes:
            clause_start = max(text.rfind(c, 0, prog.start) for c in "，；：") + 1
            # 围绕某事，某镇党委推行“X”: a committee opening the programme's clause after a lead phrase
            subject_orgs = sentence_subjects + [
                o for o in orgs if o.start == clause_start > 6 and o.kind in ("party_committee", "university")
                and o.end <= prog.start and o not in sentence_subjects and _LEAD_PHRASE.fullmatch(text, 0, o.start)]
            before = [p for p in places if clause_start <= p.start and p.end <= prog.start
                      and not _joined_partner_place(p, orgs, text, clause_start)]
            if org_subject is not None and 0 <= org_subject[1] <= prog.start:
                before = [p for p in before if p.start >= org_subject[1]]  # 某旗 of 某旗某单位 is no actor
            if before and text[_chains(before, text)[-1][0].start - 1:][:1] == "在" and \
                    any(_deep_committee(o, all_places) and o.end < _chains(before, text)[-1][0].start
                        for o in subject_orgs):
                before = []  # 某镇党委…，在全镇推广“P”: the place after 在 is where, the committee is who
            if before and text[_chains(before, text)[-1][0].start - 1:][:1] == "在" and org_subject is not None and \
                    0 <= org_subject[1] < _chains(before, text)[-1][0].start:
                before = []  # 某协会在某镇开展“P”活动: the named unit opening the sentence is who, the town where
            actors: list[tuple[str, str]] = []
            by_topic = False  # the topic place stands in for a subject the sentence does not name
            zai_at = _chains(before, text)[-1][0].start if before else -1
            if before and text[zai_at - 1:zai_at] == "在" and opener is None:
                # 今年，某镇在A村、B村等5个村推广“P”: the place opening the clause right before 在
                opener_here = next((p for p in places if p.end == zai_at - 1 and
                                    (p.start == 0 or text[p.start - 1] in "，；：")), None)
            else:
                opener_here = opener
            if before and text[zai_at - 1:zai_at] == "在" and opener_here is not None \
                    and opener_here.end <= zai_at:
                # X旗在Y镇推广“P”: Y is where, X (the subject) is who
                actors.append(("Place", opener_here.name))
            elif before:
                groups = _chains(before, text)
                # A村、B村和C村党支部推行…: the last item names a unit; its place is listed too
                last = groups[-1] + _listed_after(groups[-1][-1], all_places, text,
                                                  prog.start)
                for p in _most_specific(last, text):
                    actors.append(_actor_of(p, orgs, all_places))
                head = text[:last[0].start]
                # 推广X旗“P”: the topic spreads X's practice; 形成X镇“P”: X's own, the topic is no actor
                if any(v in head[-8:] for v in verbs if v not in _OWN_PRACTICE_VERBS) and topic:
                    actors.append(("Place", topic))
            elif org_subject is not None and 0 <= org_subject[1] <= prog.start:
                actors.append(("Organisation", org_subject[0]))  # 某区某镇卫生院党支部采取“X”
            elif own_place is not None:
                actors.append(("Place", own_place))
            elif opener is not None and opener.end <= prog.start:
                actors.append(_actor_of(opener, orgs, all_places))
                actors.extend(("Place", p.name) for p in self._subject_list(places, text, opener,
                                                                            all_places))
            elif org_subject is not None and org_subject[1] < 0:
                actors.append(("Organisation", org_subject[0]))
            elif (speaker := _speaker_org(orgs, text, prog.start)) is not None:
                # 据某镇党委书记某某介绍，镇里将开展“X”: the speaker's unit, and its place for 镇里/村里
                actors.append(("Organisation", speaker.name))
                if _OWN_SUBJECT.search(text, speaker.end):
                    home = max((e[1] for e in ctx.entities if e[0] == "Place" and speaker.name.startswith(e[1])),
                               key=len, default=None)
                    actors.append(("Place", home or topic or ""))
            elif topic and not any(_deep_committee(o, all_places) for o in subject_orgs
                                   if o.end <= prog.start) and \
                    not any(o.name.endswith(_DEPARTMENT_ENDS) and o.end == x.start - 2 for o in orgs for x in partners) \
                    and not _department_acts(subject_orgs, text, prog.start, subject_at):
                # (某县委组织部会同某局实施“X”: the two bodies act together, the county is not said to;
                # 某县委组织部实施“X”计划: the department alone, its county is not said to)
                actors.append(("Place", topic))  # (某镇党委推行“X”: the committee, not the banner)
                by_topic = True
            referred = _referred_unit(ctx, index, text) if not before else None
            clause_committee = _clause_committee(orgs, places, all_places, clause_start, prog.start)
            if clause_committee is None and not before:
                # 某苏木党委推行“X”模式，培育…，打造“Y”线路: later clauses with no subject of their own go on
                clause_committee = _committee_going_on(orgs, places, all_places, text, clause_start, prog.start)
            if clause_committee is not None:
                # 某旗聚焦产业，某镇党委推行“X”: the township's committee opening the clause acts, not the
                # banner of the clause before (nor its township)
                actors = [("Organisation", clause_committee.name)]
            if referred is None and clause_start > 0:
                # 某部门与某银行某支行开展“X”，该支行推出“Y”: 该支行 is the unit named before in the sentence
                referred = _clause_back_reference(orgs, text, clause_start)
            bare_kind = None
            if referred is None and clause_start > 0 and not before and clause_committee is None:
                # …，协会现有会员67家，推行“X”模式 / 他告诉记者，合作社把…，推广“Y”: a bare kind word
                # opening this or an earlier clause takes up the one body of that kind the paragraph named
                referred = bare_kind = _bare_kind_subject(ctx, index, text, orgs + places, clause_start)
            if referred is not None:
                # 她创办了某合作社。合作社/她以“X”方式…: the unit the back-reference points to acts
                actors = [("Organisation", referred)]
            founded = _founded_before(orgs, text, clause_start, prog.start)
            if founded is not None and not before and not _OWN_CLAUSE_SUBJECT.match(text, clause_start) and \
                    bare_kind is None:
                # 她带头创办了某合作社，以“合作社+电商+农户”方式销售: the unit just founded carries out the
                # model (a person cannot, nor the banner); a founder that is a unit (某村党支部领办了某合作社，
                # 推行“X”) is the subject of both clauses and carries it out alone
                founder = next((o for o in orgs if o.end <= founded.start and
                                _FOUNDED_RE.fullmatch(text[o.end:founded.start])), None)
                actors = [("Organisation", (founder or founded).name)]
            for o in subject_orgs:
                if o.end <= prog.start and founded is None and referred is None and \
                        not _speaks_for_place(o, orgs, text, prog.start) and \
                        not _department_gives_to_place(o, text, prog.start):
                    actors.append(("Organisation", o.name))
            committee = _bare_town_committee(ctx, index, text, clause_start, prog.start)
            town_acts: str | None = None
            if committee is not None and not _named_in_full(ctx, committee[1]):
                # 某镇…。镇党委推行“X”, and the report never names 某镇党委 in full: the township acts
                # (organisations are named ones; none is made up from the level word and 党委)
                town_acts = committee[0]
                places = [*places, _town_span(ctx, index, text, clause_start, town_acts)]
                all_places = ctx.spans_in(index, "Place")
                committee = None
            if committee is not None:
                # 镇党委与某公司签订“X”协议: the committee is a party the partner and co-builder rules see
                _committee_span(ctx, index, text, clause_start, committee[1])
                orgs = ctx.spans_in(index, "Organisation")
            builders = _co_builders(orgs, text, prog.start, places)
            if not builders and joint_cue and _JOINT_FRAME.search(text, clause_start, prog.start):
                # 某镇党委与某某供销社共同开展“X”: the second party is no unit found, so a place of its
                # name (某旗 of 某旗供销社) or the topic is not the actor either; the first party is
                actors = [a for a in actors if a[0] == "Organisation" or
                          any(p.name == a[1] and text[p.end:p.end + 1] in _JOINED for p in before)]
            if builders and by_topic and topic and not any(b.label == "Place" and b.name == topic for b in builders):
                # 2022年，某镇与某大学签订协议，共建“X”: the builders are the subject; the banner is not
                actors = [a for a in actors if a != ("Place", topic)]
            for o in builders:
                # 某镇党委与某公司共建“某某红”党建联盟: every builder implements the brand it builds
                actors.append(_actor_of(o, orgs, all_places) if o.label == "Place"
                              else (o.label, o.name))
            for o in partners:
                # 会同/联合某单位开展“X”: the unit joined in carries it out too
                if o.end <= prog.start and o.start >= clause_start:
                    actors.append(("Organisation", o.name))
            named_at = text.rfind("命名为", 0, prog.start)
            if named_at >= 0:
                # the organisations "named as" meeting a standard implement it (outermost names only)
                group_start = max(text.rfind(c, 0, named_at) for c in "，；：") + 1
                named = [o for o in orgs if group_start <= o.start and o.end <= named_at]
                for o in named:
                    if not any(x is not o and x.start <= o.start and o.end <= x.end for x in named):
                        actors.append(("Organisation", o.name))
            if town_acts is not None:
                actors = [a for a in actors if a[0] != "Place"] + [("Place", town_acts)]
            if committee is not None:
                # 在某镇，镇党委探索“X”: the township's committee acts, not the township nor the banner
                town, name = committee
                actors = [a for a in actors if a[0] != "Place"] + [("Organisation", name)]
                if ("Organisation", name) not in ctx.entities:
                    ctx.add_entity("Organisation", name, index, kind="party_committee")
                ctx.add_relation("LOCATED_IN", ("Organisation", name), ("Place", town), index)
            for actor in dict.fromkeys(actors):
                if actor[1]:
                    ctx.add_relation("IMPLEMENTS", actor, ("Programme", prog.name), index)

    @staticmethod
    def _opener(places: list[Span], text: str) -> Span | None:
        """The place that opens the sentence (its subject), most specific of its chain."""
        lead = _LEAD.match(text)
        offset = lead.end() if lead else 0
        # 在某镇，/走进某镇，…: a clause that only says where opens the sentence
        opening = next((w for w in _WHERE_OPENERS if text.startswith(w, offset)), "")
        where = bool(opening)
        offset += len(opening)
        chain: list[Span] = []
        for p in places:
            if p.anaphor and p.level == "region":
                continue
            if (not chain and p.start == offset) or (chain and p.start == chain[-1].end):
                chain.append(p)
        if where and chain and text[chain[-1].end:chain[-1].end + 1] not in ("，", ","):
            return None
        return chain[-1] if chain else None

    @staticmethod
    def _subject_list(places: list[Span], text: str, opener: Span, every: list[Span] | None = None) -> list[Span]:
        """Places listed in the subject after the opener (X苏木A村、B村、C村等7个村联合…).

        The list must lie in the first clause and be closed by 等, so that the places
        named are the ones doing what the sentence says, not objects of a verb.
        """
        first_clause = min((i for i in (text.find(c) for c in "，,；。") if i >= 0), default=len(text))
        listed = [p for p in places if opener.end <= p.start and p.end <= first_clause]
        # X镇A村、B村和C村…: places of the opener's level listed right after it share the subject (the
        # last item may name a unit, A村、B村和C村党支部: its place counts as well)
        shared = _listed_after(opener, every or places, text, first_clause)
        if shared:
            return shared
        for group in _chains(listed, text):
            if len(group) >= 2 and text.startswith("等", group[-1].end) and \
                    not any(v in text[opener.end:group[0].start] for v in triggers()["IMPLEMENTS"]):
                return group
        return []

    # -- PART_OF_PROGRAMME --------------------------------------------------
    def _programme_parts(self, ctx: DocContext, index: int, text: str) -> None:
        progs = ctx.spans_in(index, "Programme")
        if not progs:
            return  # every rule below relates this sentence's programmes (most sentences name none)
        for a, b in itertools.pairwise(progs):
            between = text[a.end:b.start]
            if _MAIN_CONTENT.fullmatch(between):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            # “双联双带”融合服务: a named item right before the programme it belongs to
            if a.end == b.start and text[a.end - 1:a.end] == "”" and text[b.start:b.start + 1] != "“":
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            # 围绕“A”，开展B工程: the project is built around its named part
            if _AROUND_BEFORE.search(text[max(0, a.start - 2):a.start]) and \
                    _AROUND_THEN_DO.fullmatch(text[a.end:b.start]):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            between, after = text[a.end:b.start], text[b.end:b.end + 20]
            # 把“A”作为“B”的重要内容 / “A”是“B”的组成部分: A is a part of B
            if _PART_COPULA.fullmatch(between) and _PART_WORDS.match(after):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
            # “B”工程中的“A”: A is one of B's items
            elif _ITEM_OF.fullmatch(between):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", b.name), ("Programme", a.name), index)
        if "子" in text or "之一" in text:
            self._sub_brands(ctx, index, text, progs)
        if "子" in text or "分品牌" in text:
            _covered_parts(ctx, index, text, progs)
        if "打造" in text or "创建" in text or "推出" in text or "培育" in text:
            _built_under(ctx, index, text, progs)
        if "作为" in text:
            for a, b in itertools.pairwise(progs):
                # 作为“A”工程的重要组成部分，全县实施“B”计划: B, carried out in the next clause, is a part of A
                words = _PART_WORDS.match(text, a.end)
                if words is None or not text.endswith("作为", 0, a.start) or text[b.start:b.start + 1] != "“" or \
                        not _AS_PART_GAP.fullmatch(text[words.end():b.start]) or \
                        not (text[words.end():b.start] in ("，", ",") or
                             any(v in text[words.end():b.start] for v in triggers()["IMPLEMENTS"])):
                    continue
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", b.name), ("Programme", a.name), index)
        for p in progs:
            # 深化“P”机制，形成A镇“X”、B镇“Y”等特色做法: the local variants belong to P
            m = _VARIANTS_LEAD.match(text[p.end:])
            if m is None:
                continue
            start = p.end + m.end()
            close = _VARIANTS_CLOSE.search(text, start)
            if close is None or _SENTENCE_BREAK.search(text[start:close.start()]):
                continue
            for b in progs:
                if start <= b.start and b.end <= close.start() and b.name != p.name:
                    ctx.add_relation("PART_OF_PROGRAMME", ("Programme", b.name), ("Programme", p.name), index)
        names = {p.name for p in progs}
        for p in progs:
            # “党建联盟、村企共建”活动 … “村企共建”: a programme named after one of its parts
            for part in _NAME_PARTS_SPLIT.split(p.name):
                if part and part != p.name and (("Programme", part) in ctx.entities or part in names):
                    ctx.add_relation("PART_OF_PROGRAMME", ("Programme", p.name), ("Programme", part), index)
                    # 某旗开展“A、B”活动 where B is a programme of its own: the actors carry out B too
                    actors = [(r.head.label, r.head.name) for r in list(ctx.relations.values())
                              if r.type == "IMPLEMENTS" and r.tail.name == p.name
                              and r.evidence.sentence_index == index and "、" in p.name]
                    for actor in actors:
                        ctx.add_relation("IMPLEMENTS", actor, ("Programme", part), index)
        m = _OPENING_NAME_IS.match(text)
        if m and "品牌" in text:
            part = m.group(1)
            for b in progs:
                if b.start > m.end() and b.name != part:
                    ctx.add_entity("Programme", part, index, kind="brand")
                    ctx.spans.append(Span("Programme", part, 0, len(part), index, kind="brand"))
                    ctx.add_relation("PART_OF_PROGRAMME", ("Programme", part), ("Programme", b.name), index)
                    break

    @staticmethod
    def _sub_brands(ctx: DocContext, index: int, text: str, progs: list[Span]) -> None:
        """A named part chosen into, or built on, a parent programme.

        - “B”品牌，被确定为/被评为/被列为“C”工程首批6个子品牌之一: B is one of C's parts
          (the passive names the parent, a count and 子品牌/子项目/之一 name the part);
        - 依托/借助“C”品牌打造/培育“B”子品牌: B, a sub-brand, is built on C.
        The actor of such a sentence carries out B only: its IMPLEMENTS of C is dropped
        when it comes from this sentence alone.
        """
        for a, b in itertools.pairwise(progs):
            between, after = text[a.end:b.start], text[b.end:b.end + 24]
            if _PART_PASSIVE.fullmatch(between) and _SUB_PART_AFTER.match(after):
                part, parent = a, b
            elif _BUILT_ON_BEFORE.search(text, max(0, a.start - 4), a.start) and _BUILT_ON_BETWEEN.fullmatch(between) \
                    and _SUB_WORD.match(after):
                part, parent = b, a
            else:
                continue
            ctx.add_relation("PART_OF_PROGRAMME", ("Programme", part.name), ("Programme", parent.name), index)
            for key, rel in list(ctx.relations.items()):
                if rel.type == "IMPLEMENTS" and rel.tail.name == parent.name and rel.evidence.sentence_index == index \
                        and ("IMPLEMENTS", rel.head.label, rel.head.name, "Programme", part.name) in ctx.relations:
                    del ctx.relations[key]  # the subject runs the part, not the parent

    # -- PART_OF ------------------------------------------------------------
    def _part_of(self, ctx: DocContext) -> None:
        """PART_OF from the text's own chains first, then from the division data.

        A place written right after its parent (X市Y县, X旗Y镇Z村) is PART_OF it with
        basis text, unless the data puts a named place between them (包头市美岱召镇
        with 土默特右旗 named elsewhere → 美岱召镇 PART_OF 土默特右旗, admin_knowledge).
        A village found after a township in its clause belongs to that township.
        """
        gaz = self.gaz
        named = {e[1]: e for e in ctx.entities if e[0] == "Place"}
        # how often each place is named: of two named banners holding a township's name, the most named
        doc_counts = Counter(s.name for s in ctx.spans if s.label == "Place" and not s.anaphor)
        by_paragraph = _paragraph_places(ctx)
        done: set[str] = set()
        for s in ctx.spans:
            if s.label != "Place" or s.anaphor or s.name in done:
                continue
            text = ctx.sentences[s.sentence].text
            clause_start = max(text.rfind(c, 0, s.start) for c in "，；：。") + 1
            before = [p for p in ctx.spans_in(s.sentence, "Place")
                      if not p.anaphor and p.end <= s.start and p.start >= clause_start and p.name != s.name
                      and level_rank(p.level) < level_rank(s.level)]
            siblings = [p for p in ctx.spans_in(s.sentence, "Place")
                        if p.end <= s.start and p.level == s.level and text[p.end:s.start] in ("、", "和", "及")]
            if siblings:
                # X村、Y村: a list shares the parent its first item was given
                sib = next((r.tail.name for r in ctx.relations.values()
                            if r.type == "PART_OF" and r.head.name == siblings[-1].name), None)
                if sib is not None:
                    ctx.add_relation("PART_OF", ("Place", s.name), ("Place", sib), s.sentence, "text")
                    done.add(s.name)
                    continue
            if not before:
                # 该乡砧子山村: a township taken up by its level word, written right before the village
                # (or opening the sentence whose later clause names the village: 该镇探索…，由某村党支部领办…,
                # when the sentence names no township of its own)
                sentence_places = ctx.spans_in(s.sentence, "Place")
                pointer = next((p for p in sentence_places if p.anaphor and p.kind == BACK_REFERENCE
                                and (p.end == s.start or (p.start == 0 and p.end < s.start and not any(
                                    not q.anaphor and q.level == p.level for q in sentence_places)))
                                and p.name in named and level_rank(p.level) < level_rank(s.level)), None)
                if pointer is not None:
                    ctx.add_relation("PART_OF", ("Place", s.name), ("Place", pointer.name), s.sentence, "text")
                    done.add(s.name)
                continue
            parent = before[-1]
            adjacent = parent.end == s.start
            # (the weights, a copy of the document's counts, are read only for a place the data lacks)
            counts = doc_counts if s.name in gaz.divisions else _weights_near(s, doc_counts, by_paragraph)
            direct = self._data_parent(s, named, counts)
            if direct is not None and direct != parent.name and direct in named and \
                    level_rank(ctx.entities[("Place", direct)].level) > level_rank(parent.level):
                ctx.add_relation("PART_OF", ("Place", s.name), ("Place", direct),
                                 ctx.entities[("Place", s.name)].evidence.sentence_index, "admin_knowledge")
                done.add(s.name)
                continue
            chained_list = s.level in ("township", "village") and text[parent.end:s.start].count("、") == 0 \
                and len(text[parent.end:s.start]) <= 6
            if adjacent or chained_list or (s.kind == parent.name):
                ctx.add_relation("PART_OF", ("Place", s.name), ("Place", parent.name), s.sentence, "text")
                done.add(s.name)
        # villages continuing a list inherit the parent of the list's first village
        for s in ctx.spans:
            if s.label == "Place" and s.kind and s.name not in done and s.kind in named \
                    and s.level in ("township", "village"):
                here = {x.name for x in ctx.spans_in(s.sentence, "Place")}
                head = next((r for r in ctx.relations.values() if r.type == "PART_OF" and r.head.name != s.name
                             and r.basis == "text" and r.evidence.sentence_index == s.sentence
                             and r.head.name in here and ctx.entities[("Place", r.head.name)].level == s.level), None)
                target = head.tail.name if head is not None else s.kind
                ctx.add_relation("PART_OF", ("Place", s.name), ("Place", target), s.sentence, "text")
                done.add(s.name)
        # 某镇是某旗的边境重镇, 某嘎查位于某苏木东部: a township or village that says which place it lies in
        for s in ctx.spans:
            if s.label != "Place" or s.anaphor or s.name in done or s.level not in ("township", "village"):
                continue
            text = ctx.sentences[s.sentence].text
            verb = _LIES_IN.match(text, s.end)
            if verb is None:
                continue
            lies_in = next((p for p in ctx.spans_in(s.sentence, "Place") if p.start == verb.end() and not p.anaphor
                            and level_rank(p.level) < level_rank(s.level)), None)
            if lies_in is not None:
                ctx.add_relation("PART_OF", ("Place", s.name), ("Place", lies_in.name), s.sentence, "text")
                done.add(s.name)
        # admin knowledge: nearest named ancestor
        for s in ctx.spans:
            if s.label != "Place" or s.anaphor or s.name in done:
                continue
            in_data = s.name in gaz.divisions
            counts = doc_counts if in_data else _weights_near(s, doc_counts, by_paragraph)  # (read for deep ones)
            for anc in gaz.ancestors(s.name) if in_data else self._deep_ancestors(s, named, counts):
                if anc in named and anc != s.name:
                    if ctx.entities[("Place", anc)].level == "region" and s.level != "league":
                        break  # a banner whose league the document does not name is not tied to the region
                    # evidence: the sentence that names the child place (as the entity's own evidence)
                    evidence = ctx.entities[("Place", s.name)].evidence.sentence_index
                    ctx.add_relation("PART_OF", ("Place", s.name), ("Place", anc), evidence, "admin_knowledge")
                    done.add(s.name)
                    break

    def _data_parent(self, s: Span, named: Mapping[str, object], named_counts: Counter[str]) -> str | None:
        """The direct parent the division data gives a place (for deep places, under a named place)."""
        if s.name in self.gaz.divisions:
            return self.gaz.divisions[s.name].parent
        div = self.gaz.deep_under(s.name, set(named), named_counts)
        return div.parent if div is not None else None

    def _deep_ancestors(self, s: Span, named: Mapping[str, object], named_counts: Counter[str]) -> list[str]:
        gaz = self.gaz
        div = gaz.deep_under(s.name, set(named), named_counts)
        if div is None or not div.parent:
            return []
        chain = [div.parent]
        parent = gaz.deep_parent(div)
        if parent is not None and parent.parent:
            chain.append(parent.parent)
            chain.extend(gaz.ancestors(parent.parent))
        elif div.parent in gaz.divisions:
            chain.extend(gaz.ancestors(div.parent))
        return chain


def _paragraph_places(ctx: DocContext) -> dict[int, set[str]]:
    """The places each sentence's paragraph names (该镇 … by what it points to), by sentence index."""
    out: dict[int, set[str]] = {}
    current: set[str] = set()
    for sent in ctx.sentences:
        if ctx.opens_paragraph(sent.index):
            current = set()
        current.update(s.name for s in ctx.spans_in(sent.index, "Place"))
        out[sent.index] = current
    return out


# how much a place named in the mention's own paragraph outweighs the document's counts
_PARAGRAPH_WEIGHT = 1000


def _weights_near(span: Span, doc_counts: Counter[str], by_paragraph: Mapping[int, set[str]]) -> Counter[str]:
    """How strongly each named place claims a deep place of a repeated name (a village under two towns).

    新营子镇是…，该镇某村党支部…: the town the village's own paragraph names wins over a
    town of the same banner named more often elsewhere in the document.
    """
    near = by_paragraph.get(span.sentence, set())
    if not near:
        return doc_counts
    counts = Counter(doc_counts)
    for name in near:
        counts[name] += _PARAGRAPH_WEIGHT
    return counts


# a sentence opening with a name and 是 (某某是…品牌): compiled once, asked for every sentence
_OPENING_NAME_IS = re.compile(r"^([\u4e00-\u9fff]{2,8})是")


# (a plan's lead too: 下一步，…将推广; dates are _DATE_LEAD's, read after this at the subject)
_LEAD = re.compile(rf"^(?:{TIME_LEAD}|下一步|今后|接下来)?[，,]?")
_OWN_PRACTICE_VERBS = ("形成",)
# (…工程的6个示范子品牌之一, …品牌确定的重点项目之一: a count and the verb that chose the parts may stand)
_PART_WORDS = re.compile(r"”?(?:工程|行动|活动|体系|机制|品牌|计划)?(?:确定|选定|培育|打造)?的"
                         r"(?:[0-9一二三四五六七八九十两]{1,3}[个项大])?(?:重要|主要|核心|关键|重点|示范)?"
                         r"(?:内容|组成部分|一部分|部分|一环|环节|子项目|示范品牌|子品牌|项目之一|工程之一|"
                         r"(?<=重点)(?:项目|工程)|(?<=示范)项目)")
# “B”党建品牌，被确定为“C”工程…: a passive that chooses the part into its parent
_PART_PASSIVE = re.compile(r"”?[^，,。；“”]{0,6}?[，,]?(?:被|已|先后|成功)?(?:确定为|评为|评选为|列为|选为|命名为|纳入|入选)"
                           r"(?:全|我|本)?(?:旗|县|市|盟|区|镇|乡)?(?:级)?“?")
def _covered_parts(ctx: DocContext, index: int, text: str, progs: list[Span]) -> None:
    """“A”…涵盖“B”“C”“D”三个子品牌: each item of the list after the covering verb is a part of A.

    A is the last programme before the verb in its sentence; the list must be closed by a
    word naming its items parts (子品牌, 子项目, 分品牌).
    """
    for m in _COVERS_RE.finditer(text):
        # (“A”是落实“B”工程打造的品牌，涵盖…: the programme carried out is not the one covering)
        parent = next((p for p in reversed(progs) if p.end <= m.start() and
                       not _CARRIES_OUT_BEFORE.search(text, max(0, p.start - 4), p.start)), None)
        items: list[Span] = []
        at = m.end()
        for p in progs:
            if p.start == at or (items and p.start == items[-1].end + (text[items[-1].end] == "、")):
                items.append(p)
                at = p.end
        if parent is None or not items or _SUB_LIST_END.match(text, items[-1].end) is None:
            continue
        for item in items:
            ctx.add_relation("PART_OF_PROGRAMME", ("Programme", item.name), ("Programme", parent.name), index)


_COVERS_RE = re.compile("(?:涵盖|包括|包含|下设|细分为|分为|设立)了?")
_CARRIES_OUT = "(?:落实|推进|深化|实施|围绕|深入推进|深入实施)"
_CARRIES_OUT_BEFORE = re.compile(_CARRIES_OUT + "$")
_SUB_LIST_END = re.compile(r"等?(?:[\d一二三四五六七八九十两]{1,3}个)?(?:子品牌|子项目|分品牌)")


def _built_under(ctx: DocContext, index: int, text: str, progs: list[Span]) -> None:
    """“A”是某旗落实“B”工程打造的旗级党建品牌: A was built to carry out B, a part of it."""
    for a, b in itertools.pairwise(progs):
        if _BUILT_UNDER_BEFORE.fullmatch(text, a.end, b.start) and _BUILT_UNDER_AFTER.match(text, b.end):
            ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)


_BUILT_UNDER_BEFORE = re.compile(r"是[^，。；“”]{0,12}?" + _CARRIES_OUT)
_BUILT_UNDER_AFTER = re.compile(r"(?:工程|行动|品牌|计划)?(?:打造|创建|推出|培育)的[^，。；“”]{0,8}?(?:品牌|项目)")


# …“C”工程首批6个子品牌之一 / …的示范子项目: the words after the parent that make the item one of its parts
_SUB_PART_AFTER = re.compile(r"”?(?:工程|行动|活动|品牌|计划|体系|项目)?的?(?:首批|第[一二三四五六七八九十\d]{1,3}批)?"
                             r"(?:[\d一二三四五六七八九十两]{1,3}[个项大])?(?:示范|重点|特色)?"
                             r"(?:子品牌|子项目|分品牌)(?:之一)?")
# 依托“C”品牌打造“B”子品牌: a sub-brand built on the parent named after 依托/借助
_BUILT_ON_BEFORE = re.compile(r"(?:依托|借助|依靠|立足|围绕)$")
_BUILT_ON_BETWEEN = re.compile(r"”?(?:党建)?(?:品牌|工程|行动|体系)?[，,]?(?:打造|培育|创建|推出|创设|孵化)(?:了|出)?"
                               r"(?:[\d一二三四五六七八九十两]{1,3}个)?“?")
_SUB_WORD = re.compile(r"”?(?:党建)?(?:子品牌|子项目|分品牌)")
# “B”品牌是全旗“A”工程的…: B's kind word and A's place word may stand around the copula
_PART_COPULA = re.compile(r"”?(?:品牌|工程|行动|活动|计划|项目|模式|机制)?(?:作为|是|成为|列为|纳入)"
                          r"(?:全|我|本)?(?:旗|县|市|盟|区|镇|乡|苏木|村|嘎查)?(?:打造|推出|确定|实施)?的?“?")
# 村里推广“X”: the clause names its own (place) subject, so the unit of the speaker is not the actor
_OWN_SUBJECT = re.compile(r"(?:^|[，,：:])(?:村里|镇里|乡里|旗里|县里|社区里|嘎查里|苏木里)")
_PURPOSE = re.compile(r"^为了?[^，。；“”]{2,40}[，,]")
# kinds of organisation whose opening the sentence leaves the place as an actor as well (某市委 → 某市)
_PLACE_LIKE_ORGS = ("party_committee", "university")


# a university's name is a proper name: a place inside it (某省农业大学) is not a place mention (a company's
# leading place, 某旗某某有限公司, is where it is registered, and stays)
_PROPER_NAMED_ORGS = ("university",)
# bodies whose name opens with the region they are registered in (内蒙古某某实业集团): the region is no place
# of the report (a party committee's or government's region, 自治区党委, still speaks for it)
_REGISTERED_ORGS = ("enterprise", "cooperative", "association", "bank", "other")


# 创办了/领办/牵头成立 + an organisation: the founding verb right before the unit founded
_FOUNDED_RE = re.compile(r"(?:带头|牵头|领头|先后|又|还)?(?:创办|领办|创建|创立|成立|组建|兴办|注册|办起)了?(?:一[个家所])?$")
# what may stand between a founded unit and the clause that says what it does (，以“X”方式…)
_FOUNDED_GAP_RE = re.compile(r"^[，,]?(?:并|还|后)?$")
# …成立某合作社，吸纳42户牧民入社，实行“X”: up to two clauses with no subject of their own may stand between
_FOUNDED_CLAUSES_RE = re.compile(r"^[，,](?:(?:并|还|先后)?[^，,。；;：:“”]{2,20}[，,]){1,2}$")
# a clause with a subject of its own (村里推行…, 村民们采取…): the unit founded before is not its actor
_OWN_CLAUSE_SUBJECT = re.compile(r"(?:村里|镇里|旗里|全村|全镇|全旗|村民|牧民|农户|群众|党员|大家|村集体|当地|乡亲)")
_FOUNDED_SAME_CLAUSE_RE = re.compile(r"^(?:并|后|，并|，)[\u4e00-\u9fff]{1,4}“?$")
# 据/记者从 … 某单位(相关)负责人/书记某某 表示/介绍: the unit whose officer speaks
_SPEECH_RE = re.compile(r"(?:表示|介绍|说|指出|告诉记者|透露)(?:说|道)?[，,：:]")
# 与/和/同 between builders, then a joint-building verb right before the programme's quote
_CO_BUILD_RE = re.compile(r"^(?:(?:共同|携手|合力|联合|签约)?(?:共建|联建|共创|打造|创建|组建|成立|结成|组成)|"
                          r"(?:共同|携手|合力|联合)(?:推出|开展|实施|推行|启动|举办|推进|探索|发布|设立))了?“?$")
# the clause after A与B签订协议: 共建/联建 (or 共同打造) “X”
_CO_BUILD_NEXT_RE = re.compile(r"^(?:双方)?(?:(?:共同|携手|合力)[\u4e00-\u9fff]{2}|联合(?:打造|创建|组建|成立)|"
                               r"(?:共同)?(?:共建|联建|共创))了?“?$")


# a committee's department (某县委组织部): with a body it joins (会同/联合), the two act, not their county
_DEPARTMENT_ENDS = ("组织部", "宣传部", "统战部", "政法委")
# A与B签订“X”合作协议: both parties sign the programme's agreement, and both carry it out
_SIGN_RE = re.compile(r"^(?:正式)?(?:签订|签署)了?“?$")
_AGREEMENT_AFTER = re.compile(r"(?:战略|框架)?(?:合作)?(?:框架)?协议")
# A与B结对共建，开展“X”: the pair's building clause, then a clause that names what they carry out
_PAIRED_RE = re.compile(r"(?:结对|结成对子)?(?:共建|联建)|结对(?:帮扶)?|结成对子")
# A与B开展“X”结对共建: a pairing, whose subject the next clause (开展/推出“Y”) shares
_PAIRED_PROGRAMME_RE = re.compile(r"(?:开展|建立|深化)了?(?:“[^“”]{1,20}”)?(?:结对)?(?:共建|联建)")
# A与B签订“X”合作协议，推出“Y”产品: the pair launches a product together (after a plain agreement,
# 推行/开展“Y” is the first party's own practice, and stays so)
_AGREED_RE = re.compile(r"(?:正式)?(?:签订|签署|达成)了?(?:“[^“”]{1,20}”)?(?:战略|框架)?(?:合作)?(?:框架)?协议")
_LAUNCH_NEXT_RE = re.compile(r"^(?:共同|联合|携手)?(?:推出|发布|发行|上线)了?“?$")
_DO_NEXT_RE = re.compile(r"^(?:共同|联合|携手)?(?:开展|实施|推行|推出|启动|举办|打造|创建)了?“?$")


# a sentence opening with a word for a unit or a pronoun that points back (合作社采取…, 该公司…, 她以…)
_BACK_REFERENCE = re.compile(r"(?:该|这个|这家|此)?(合作社|联合社|公司|企业|协会)"
                             r"(?![\u4e00-\u9fff]{0,2}(?:党支部|党委)|家|们|界|主|员|社员|成员|会员)|([她他])(?!们)")
_REFERRED_KINDS = {"合作社": ("cooperative",), "联合社": ("cooperative",), "公司": ("enterprise",),
                   "企业": ("enterprise",), "协会": ("association",)}
_LEAD_KINDS = ("cooperative", "enterprise", "association")


# 该支行/该公司/该合作社 … opening a clause: the unit of that kind the sentence named before
# (also bare: ，联社推出“Y”, when the sentence names one unit ending so)
_CLAUSE_BACK_REF = re.compile(r"该?(支行|分行|银行|公司|合作社|协会|联合社|联社)(?![的党们员])")


def _clause_back_reference(orgs: list[Span], text: str, clause_start: int) -> str | None:
    """The one organisation before the clause whose name ends with the word after 该 opening it."""
    if not text.startswith(("该", "支行", "分行", "银行", "公司", "合作社", "协会", "联合社", "联社"), clause_start):
        return None
    m = _CLAUSE_BACK_REF.match(text, clause_start)
    if m is None:
        return None
    named = {o.name for o in orgs if o.end <= clause_start and o.name.endswith(m.group(1))}
    return named.pop() if len(named) == 1 else None


def _referred_unit(ctx: DocContext, index: int, text: str) -> str | None:
    """The unit a sentence's opening word points back to, named in the sentence before in its paragraph.

    合作社采取…/该公司… after a sentence naming one cooperative or company: that unit; 她/他以…
    after a sentence in which that person founded or leads a cooperative, company or
    association: that unit (a person carries out a model through the unit).
    """
    if index == 0:
        return None
    sent = ctx.sentences[index]
    if ctx.document.text[sent.start - 1:sent.start] == "\n":
        return None
    lead = _LEAD.match(text)
    m = _BACK_REFERENCE.match(text, lead.end() if lead else 0)
    if m is None:
        return None
    if m.group(1):
        kinds = _REFERRED_KINDS[m.group(1)]
        named = [o for o in ctx.spans_in(index - 1, "Organisation") if o.kind in kinds]
        return named[-1].name if len({o.name for o in named}) == 1 else None
    led = [r.tail.name for r in ctx.relations.values()
           if r.type == "LEADS" and r.head.label == "Person" and r.evidence.sentence_index == index - 1
           and getattr(ctx.entities.get(("Organisation", r.tail.name)), "kind", None) in _LEAD_KINDS]
    return led[-1] if len(set(led)) == 1 else None


# A与B联合推出/共同实施 “X”: the two parties act together (the verb after 共同/联合/携手 …)
_JOINT_VERBS = "推出|开展|实施|推行|启动|举办|推进|打造|创建|建设|探索|发布|设立"
_JOINT_FRAME = re.compile(rf"(?:与|和|同)[^，。；“”]{{2,30}}?(?:共同|联合|携手|合力)(?:{_JOINT_VERBS})了?“?$")
_JOINED = ("与", "和", "同", "、", "及")
# 我县/我旗 …: the clause after a speaker names its own place as the subject (在全旗/在我旗 only say where)
_OWN_PLACE_WORDS = re.compile(r"(?<!在)我(?:县|旗|市|盟)")
# 全县/我县/本旗 as a clause's subject (not 在全县, where the department acts across the county)
_PLACE_OWN_WORK = re.compile(r"(?<![在到向])(?:我|全|本)(?:县|旗|市|盟)")


# a committee's name ending in a township's or village's level word (某某镇党委, 某某街党工委, 某某社区党委)
_DEEP_COMMITTEE_NAME = re.compile(r"(?:镇|乡|苏木|街道?|社区|村|嘎查)(?:党委|党工委)$")


def _deep_committee(org: Span, every: list[Span]) -> bool:
    """某镇党委, 某社区党委, 某街道党工委: a party committee named by a township or village (not 旗委/市委)."""
    if org.kind != "party_committee" or not org.name.endswith(("党委", "党工委")):
        return False
    inner = [p for p in every if org.start <= p.start and p.end < org.end and not p.anaphor]
    if inner:
        return max(inner, key=lambda p: p.end).level in ("township", "village")
    return _DEEP_COMMITTEE_NAME.search(org.name) is not None  # (社区党委 taken up as 某某社区党委)


# 镇党委/苏木党委/街道党工委 written by its level word alone, opening the clause that names the programme
_BARE_TOWN_COMMITTEE = re.compile(r"该?(镇|乡|苏木|街道)(党委|党工委)(?!书记|副书记|委员|班子|成员)")


def _bare_town_committee(ctx: DocContext, index: int, text: str, clause_start: int,
                         at: int) -> tuple[str, str] | None:
    """在某镇，镇党委探索“X”/该镇党委…: (the township, its committee's name) when the committee acts.

    The level word and 党委 must open the programme's clause with nothing but its verb
    between it and the quote; the township is the one the sentence names before it
    (在某镇，), else the last one of that level its paragraph names before it (某镇是…。镇党委…),
    else the sentence's topic when that is a township of that level.
    """
    if "党" not in text[:at]:
        return None
    m = _BARE_TOWN_COMMITTEE.match(text, clause_start)
    if m is None and clause_start > 0 and _SUBJECTLESS_DO.fullmatch(text, clause_start, at):
        # 2023年6月，镇党委联合辖区内的…，成立“Y联盟”: the committee opening the sentence (after a
        # date) is the actor of a later clause that has no subject of its own
        m = _lead_committee(text)
        if m is not None and (m.end() >= clause_start or re.search(r"[；;。]", text[m.end():at])):
            return None
    elif m is not None and re.search(r"[，,；;。]", text[m.end():at]):
        return None
    if m is None:
        return None
    suffix = m.group(1)
    towns = [p for p in ctx.spans_in(index, "Place")  # (该镇党委: the township 该镇 points to)
             if (p.end <= m.start() or (p.anaphor and p.start == m.start())) and p.level == "township"
             and p.name.endswith(suffix)]
    doc_text = ctx.document.text
    back = index
    while not towns and back > 0 and doc_text[ctx.sentences[back].start - 1:ctx.sentences[back].start] != "\n":
        back -= 1  # 某镇是…。镇党委探索…: the township an earlier sentence of the paragraph names
        towns = [p for p in ctx.spans_in(back, "Place")
                 if not p.anaphor and p.level == "township" and p.name.endswith(suffix)]
    if towns:
        town = towns[-1].name
    else:
        topic = ctx.topic.get(index) or ""
        ent = ctx.entities.get(("Place", topic))
        if not topic.endswith(suffix) or ent is None or getattr(ent, "level", None) != "township":
            return None
        town = topic
    return town, town + m.group(2)


# a clause with no subject of its own, only the verb that founds or carries out the quoted programme
_SUBJECTLESS_DO = re.compile(r"(?:共同|联合|携手)?(?:成立|组建|建立|结成|开展|实施|推出|推行|启动|打造|创建)了?“?$")


def _lead_committee(text: str) -> re.Match[str] | None:
    """镇党委 opening the sentence, after a date if one leads (2023年6月，镇党委联合…; ``_DATE_LEAD`` below)."""
    lead = _DATE_LEAD.match(text)
    return _BARE_TOWN_COMMITTEE.match(text, lead.end() if lead else 0)


def _named_in_full(ctx: DocContext, name: str) -> bool:
    """Whether the report writes the committee ``name`` out somewhere (某镇党委书记某某, 某旗某镇党委…).

    A bare 镇党委 stands for a named body only when the report names that body; otherwise it
    is the township acting through its committee.
    """
    if name not in ctx.document.text:
        return False
    for s in ctx.spans:
        if s.label == "Organisation" and s.name == name and \
                name in ctx.sentences[s.sentence].text[s.start:s.end]:
            return True
    return False


def _town_span(ctx: DocContext, index: int, text: str, clause_start: int, town: str) -> Span:
    """Record 镇党委 opening the clause as a pointer back to the township ``town`` (the co-builder
    and partner rules then see the township as the party, 镇党委与某公司签订“X”协议)."""
    m = _BARE_TOWN_COMMITTEE.match(text, clause_start) or _lead_committee(text)
    assert m is not None  # _bare_town_committee matched here
    span = Span("Place", town, m.start(), m.end(), index, level="township", kind=BACK_REFERENCE, anaphor=True)
    ctx.spans.append(span)
    return span


def _committee_span(ctx: DocContext, index: int, text: str, clause_start: int, name: str) -> None:
    """Record 镇党委/该镇党委 opening the clause as a mention of the committee ``name`` (once)."""
    m = _BARE_TOWN_COMMITTEE.match(text, clause_start) or _lead_committee(text)
    if m is None or any(o.start <= m.start() < o.end for o in ctx.spans_in(index, "Organisation")):
        return
    ctx.spans.append(Span("Organisation", name, m.start(), m.end(), index, kind="party_committee"))


def _actor_of(place: Span, orgs: list[Span], every: list[Span]) -> tuple[str, str]:
    """The actor a place of the actor position stands for.

    某旗某镇党委推行“X”: the committee of a township or village is the actor, not its place
    (a 旗委/市委 still speaks for its banner or league, and the place stays the actor); 某县某公司
    (a company, cooperative, association written after the place it is registered in) likewise.
    """
    for o in orgs:
        if o.start == place.end and (_deep_committee(o, every) or o.kind in _REGISTERED_ORGS):
            return ("Organisation", o.name)
    return ("Place", _own_place(place, orgs, every).name)


def _speaks_for_place(org: Span, orgs: list[Span], text: str, at: int) -> bool:
    """某县委组织部负责人表示，我县推行“X”: the officer speaks of the county's work, not the unit's."""
    if _speaker_org(orgs, text, at) is not org:
        return False
    speech = _SPEECH_RE.search(text, org.end, at)
    return speech is not None and _OWN_PLACE_WORDS.search(text, speech.end(), at) is not None


# what may stand before the subject's clause: one clause of purpose or topic (围绕产业振兴，/为破解某难题，)
_LEAD_PHRASE = re.compile(r"(?:围绕|为了?|聚焦|针对|按照|根据|立足|面对|面临|结合|坚持)[^，。；：“”]{2,20}[，,]")


# words opening a sentence that only set where it is (在某镇，/走进某镇，/来到某村，)
_WHERE_OPENERS = ("在", "走进", "走入", "来到", "步入", "踏进")


def _joined_partner_place(place: Span, orgs: list[Span], text: str, clause_start: int) -> bool:
    """某镇党委联合全镇12个村党支部开设“X”: a place after 联合/会同/携手 qualifies the partners, it is no actor.

    Only when an organisation before it in the clause is the subject that joins them.
    """
    return text[max(0, place.start - 2):place.start] in ("联合", "会同", "携手") and \
        any(clause_start <= o.start and o.end <= place.start - 2 for o in orgs)


def _department_acts(subject_orgs: list[Span], text: str, at: int, subject_at: int = 0) -> bool:
    """某县委组织部实施“X”计划: a committee's department opening the sentence acts for itself.

    The county is not said to act (a 旗委/县委 itself still speaks for its place), unless
    the clause names the place's own work (全县/我县…), which ``_department_gives_to_place``
    hands to the place.
    """
    return any(o.name.endswith(_DEPARTMENT_ENDS) and o.end <= at and (o.start <= 1 or _opens_at(o, text, subject_at)) and
               _PLACE_OWN_WORK.search(text, o.end, at) is None for o in subject_orgs)


def _department_gives_to_place(org: Span, text: str, at: int) -> bool:
    """某县委组织部牵头，全县推行“X”: the clause of the programme is the county's (全县/我县), not the department's."""
    if not org.name.endswith(_DEPARTMENT_ENDS):
        return False
    clause_start = max(text.rfind(c, 0, at) for c in "，；：") + 1
    return clause_start > org.end and _PLACE_OWN_WORK.search(text, clause_start, at) is not None


def _own_place(place: Span, orgs: list[Span], every: list[Span]) -> Span:
    """某旗某镇党委: the committee right after a place speaks for the place its own name opens with (某镇)."""
    for o in orgs:
        if o.start == place.end and o.kind in ("party_committee", "government"):
            inner = [p for p in every if p.start == o.start and p.end < o.end and not p.anaphor]
            if inner:
                return max(inner, key=lambda p: p.end)
    return place


def _founded_before(orgs: list[Span], text: str, clause_start: int, at: int) -> Span | None:
    """The organisation founded just before the programme (她创办了某合作社，以“X”…; 创办某合作社并推行“X”).

    The founded unit ends the clause before the programme's, or stands in the programme's
    clause with only 并/还/后 and a verb between them.
    """
    for o in orgs:
        if o.end > at or any(x is not o and o.end <= x.start < at for x in orgs):
            continue
        if o.end <= clause_start:
            gap = text[o.end:clause_start]
            if not _FOUNDED_GAP_RE.match(gap) and not (
                    _FOUNDED_CLAUSES_RE.match(gap) and
                    not any(_OWN_CLAUSE_SUBJECT.match(text, o.end + 1 + i + 1) for i, c in enumerate(gap[1:])
                            if c in "，,") and not _OWN_CLAUSE_SUBJECT.match(text, o.end + 1)):
                continue
        elif not _FOUNDED_SAME_CLAUSE_RE.match(text[o.end:at]):
            continue
        prev_start = max(text.rfind(c, 0, o.start) for c in "，。；：") + 1
        if _FOUNDED_RE.search(text[prev_start:o.start]):
            return o
    return None


def _speaker_org(orgs: list[Span], text: str, at: int) -> Span | None:
    """The organisation whose officer speaks before ``at`` (某县委组织部负责人表示，…; 据某镇党委书记某某介绍，…)."""
    for o in orgs:
        m = _SPEECH_RE.search(text, o.end, at)
        if m is None:
            continue
        gap = text[o.end:m.start()]
        if len(gap) <= 12 and not _GAP_BREAK.search(gap) and \
                not any(x is not o and o.end <= x.start < m.start() for x in orgs):
            return o
    return None


def _co_builders(orgs: list[Span], text: str, at: int, places: list[Span] | None = None) -> list[Span]:
    """Units joined by 与/和/同 that together build the programme quoted at ``at``.

    A与B共建“X”, A、B和C共同打造“X”, 某镇与某公司共建“X”, or A与B签订协议，共建“X”/
    共同推进“X” (the next clause says what the pair does).  A unit is an organisation or
    the last place of a chain (某旗某镇 → 某镇) or a place pointed back to (该镇与某局联合推出…);
    places inside an organisation's name are part of it.
    """
    if len(orgs) + len(places or ()) < 2:
        return []  # (the builders are two units or more, each ending before the quote)
    units = sorted([x for x in orgs + [p for p in places or [] if not p.anaphor or p.kind == BACK_REFERENCE]
                    if x.label == "Organisation" or not any(o.start <= x.start and x.end <= o.end for o in orgs)],
                   key=lambda x: (x.start, -x.end))
    if sum(u.end <= at for u in units) < 2:
        return []
    plain = False
    last = next((u for u in reversed(units) if u.end <= at and (
        _CO_BUILD_RE.match(text[u.end:at]) or
        (_SIGN_RE.match(text[u.end:at]) and _AGREEMENT_AFTER.match(text, text.find("”", at) + 1, len(text))
         and "”" in text[at:]))), None)
    if last is None:
        # 某县委组织部与某银行某支行开展“X”: two bodies joined by 与 before a plain verb act together
        last = next((u for u in reversed(units) if u.end <= at and u.label == "Organisation" and
                     _PLAIN_DO_RE.match(text, u.end, at)), None)
        plain = last is not None
    if last is None:
        clause_start = max(text.rfind(c, 0, at) for c in "，；：") + 1
        if clause_start == 0:
            return []
        prev_start = max(text.rfind(c, 0, clause_start - 1) for c in "，。；：") + 1
        pair = [u for u in units if prev_start <= u.start and u.end < clause_start]
        last = pair[-1] if pair else None
        if last is None:
            return []
        paired = ((_PAIRED_RE.fullmatch(text[last.end:clause_start - 1]) or
                   _PAIRED_PROGRAMME_RE.fullmatch(text, last.end, clause_start - 1)) and
                  _DO_NEXT_RE.match(text[clause_start:at])) or \
            (_AGREED_RE.fullmatch(text, last.end, clause_start - 1) and _LAUNCH_NEXT_RE.match(text[clause_start:at]))
        if not _CO_BUILD_NEXT_RE.match(text[clause_start:at]) and not paired:
            return []
    group = [last]
    front = last.start  # where the unit first in the group starts (某旗某镇: at the banner)
    joined = False
    for u in reversed([u for u in units if u.end <= last.start]):
        gap = text[u.end:front]
        if gap in ("与", "和", "同", "、", "及"):
            group.insert(0, u)
            joined = True
        elif gap != "":
            break
        front = u.start  # a chain's earlier place (某旗 of 某旗某镇) is no unit of its own
    if plain and (len(group) != 2 or group[0].label != "Organisation" or
                  text[group[0].end:group[1].start] not in ("与", "同")):
        return []  # (a list of bodies or a place before a plain verb: no joint action said)
    return group if joined and len(group) >= 2 else []


# a plain verb of carrying out right before the programme's quote (the joint frame needs 与/同 too)
_PLAIN_DO_RE = re.compile(r"(?:开展|实施|推出|推行|启动|举办)了?“?$")


# what a place says of the place it lies in, right after its own name (某镇是某旗的…, 某嘎查位于某苏木…)
_LIES_IN = re.compile("是|位于|地处|隶属于|隶属|地属")


def _brand_after_region(ctx: DocContext, host: Span, place: Span) -> bool:
    """内蒙古科尔沁某某有限公司: a banner's short form right after the region that opens a registered name is its brand."""
    text = ctx.sentences[place.sentence].text
    return text.startswith("内蒙古", host.start) and place.start == host.start + 3 and \
        text[place.start:place.end] != place.name


def _drop_embedded_places(ctx: DocContext) -> None:
    """Forget places the document names only inside another name.

    A place inside a university's name (某省农业大学) or inside a
    programme's quoted name (“某地红”品牌) is part of that name, not a mention of the
    place; so is the region opening any organisation's name (内蒙古某某实业集团股份有限公司:
    where it is registered, not where the report is).  When every mention of a place is
    like that, it is no entity of the document.
    """
    hosts = [s for s in ctx.spans if s.label in ("Organisation", "Programme")]
    if not hosts:
        return
    by_sentence: dict[int, list[Span]] = {}  # a place is looked up among its own sentence's hosts only
    for h in hosts:
        by_sentence.setdefault(h.sentence, []).append(h)
    embedded: list[Span] = []
    free: set[str] = set()
    for s in ctx.spans:
        if s.label != "Place":
            continue
        if any(h.start <= s.start and s.end <= h.end and
               (h.label == "Programme" or h.kind in _PROPER_NAMED_ORGS or
                (h.kind in _REGISTERED_ORGS and (s.level == "region" or _brand_after_region(ctx, h, s))))
               for h in by_sentence.get(s.sentence, ())):
            embedded.append(s)
        else:
            free.add(s.name)
    gone = {s.name for s in embedded} - free
    if not gone:
        return
    ctx.spans[:] = [s for s in ctx.spans if not (s.label == "Place" and s.name in gone)]
    for name in gone:
        ctx.entities.pop(("Place", name), None)
    for index, topic in list(ctx.topic.items()):
        if topic in gone:  # 内蒙古大学与某镇签订…: no place of the document acts for that sentence
            ctx.topic[index] = ""
    # a figure cannot be about a place the document does not name (it falls back to no subject)
    ctx.metrics[:] = [m for m in ctx.metrics if not (m.subject.label == "Place" and m.subject.name in gone)]


def _subject_offset(ctx: DocContext, index: int, text: str) -> int:
    """Where a sentence's subject starts: after a clause of purpose, a time phrase and a where clause."""
    purpose = _PURPOSE.match(text)  # 为…，近日，某单位开展…
    skip = purpose.end() if purpose else 0
    lead = _LEAD.match(text[skip:])
    at = skip + (lead.end() if lead else 0)
    date = _DATE_LEAD.match(text, at)
    return _after_where_clause(ctx, index, text, date.end() if date else at)


# 2023年，/2023年5月，/今年上半年，: a date opening the sentence before its subject
_DATE_LEAD = re.compile(r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|(?:今年|去年|前年)(?:年初|年底|上半年|下半年|以来)?)"
                        r"(?:以来|初|底|上半年|下半年)?[，,]")


def _opens_at(org: Span, text: str, at: int) -> bool:
    """The organisation starts the subject at ``at`` (中共 before a committee's place is part of its name)."""
    return at > 0 and org.start >= at and text[at:org.start] in ("", "中共")


# kinds of body that, opening a later clause, are its subject (a 旗委 or a government speaks for its place)
_CLAUSE_SUBJECT_KINDS = ("party_branch", "cooperative", "enterprise", "association", "bank")


def _clause_committee(orgs: list[Span], places: list[Span], every: list[Span], clause_start: int,
                      at: int) -> Span | None:
    """A township's or village's committee, a branch or a registered body opening a later clause of the
    programme's (…，某镇党委推行“X”; …，某嘎查党支部推行“X”; …，某公司推行“X”).

    Nothing between it and the programme may be a place or another organisation.
    """
    if clause_start == 0:
        return None
    # the longest body there: 某某有限责任公司党委 holds the company, which is not what acts
    opening = max((o for o in orgs if o.start == clause_start and o.end <= at), key=lambda o: o.end, default=None)
    # (a registered body's own committee acts as the body would: 某某有限责任公司党委推行“X”)
    body_committee = opening is not None and opening.kind == "party_committee" and any(
        o.start == opening.start and o.end < opening.end and o.kind in _CLAUSE_SUBJECT_KINDS for o in orgs)
    if opening is None or not (_deep_committee(opening, every) or opening.kind in _CLAUSE_SUBJECT_KINDS
                               or body_committee):
        return None
    if any(opening.end <= x.start and x.end <= at for x in orgs + places if x is not opening):
        return None
    return opening


# (协会会长某某…: a post and its holder open the clause, not the body)
_BARE_KIND_OPENING = re.compile(r"(协会|合作社|联合社|公司)(?:还|也|又|则|就)?"
                                r"(?!党|的|成员|社员|会员|理事|会长|社长|董事长|总经理|经理|负责人)")


def _bare_kind_subject(ctx: DocContext, index: int, text: str, named: list[Span], clause_start: int) -> str | None:
    """The body a bare kind word opening the programme's clause, or an earlier one, takes up.

    The nearest clause from the programme's backwards that opens with a bare kind word
    (协会, 合作社, 公司) or names a place or body decides: only the first gives an actor.
    """
    starts = [0] + [i + 1 for i, ch in enumerate(text[:clause_start]) if ch in "，；"]
    ends = [*starts[1:], clause_start + 1]
    for start, end in reversed(list(zip(starts, ends, strict=True))):
        if start > clause_start:
            continue
        m = _BARE_KIND_OPENING.match(text, start)
        if m is not None:
            return org_taken_up(ctx, index, m.group(1), start)
        if any(start <= x.start < end for x in named):
            return None
    return None


def _committee_going_on(orgs: list[Span], places: list[Span], every: list[Span], text: str, clause_start: int,
                        at: int) -> Span | None:
    """The committee or body that opened an earlier clause of the sentence, when nothing since names another.

    某苏木党委推行“X”模式，培育牧家乐43家，打造“Y”线路: the nearest earlier clause that names
    anything decides; if a committee or body opens it (``_clause_committee``, which also asks
    that nothing up to the programme names another), the later clauses are still its.
    """
    starts = [i + 1 for i, ch in enumerate(text[:clause_start - 1]) if ch in "，；"]
    named = orgs + places
    for start in reversed(starts):
        if any(start <= x.start < clause_start for x in named):
            opening = _clause_committee(orgs, places, every, start, at)
            if opening is not None and _POST_AT.match(text, opening.end):
                return None  # 某嘎查党支部书记某某牵头创办…，探索“X”: the person is the subject, not the branch
            return opening
    return None


_POST_AT = re.compile(r"副?(?:书记|主任|理事长|会长|社长|董事长|总经理|队长|负责人)")


def ctx_org_subjects(ctx: DocContext) -> dict[int, tuple[str, int]]:
    """Per sentence, the named organisation that is its subject: (name, end offset; -1 if carried over).

    An organisation that opens a sentence (after a time phrase such as 近日，) is the
    subject of that sentence and of the following sentences of its paragraph that open
    with no place or organisation of their own (某街道党工委…。在小区成立党支部…构建起“X”).
    A party committee or university opening a sentence speaks for its place, which
    stays the actor there; only in later sentences does it replace the topic place.
    """
    out: dict[int, tuple[str, int]] = {}
    current: str | None = None
    for sent in ctx.sentences:
        if ctx.opens_paragraph(sent.index):
            current = None
        purpose = _PURPOSE.match(sent.text)  # 为…，近日，某单位开展…
        skip = purpose.end() if purpose else 0
        lead = _LEAD.match(sent.text[skip:])
        offset = skip + (lead.end() if lead else 0)
        offset = _after_where_clause(ctx, sent.index, sent.text, offset)
        opening: list[Span] = []
        at = offset
        for s in ctx.spans_in(sent.index):
            # a chain of places and the organisation they name (某区某街道党工委) opens the sentence
            if s.label in ("Place", "Organisation") and (s.start == at or (s.label == "Organisation" and
                                                                            s.start < at <= s.end)):
                opening.append(s)
                at = s.end
        orgs = [s for s in opening if s.label == "Organisation"]
        if orgs:
            org = max(orgs, key=lambda o: o.end)
            led = _SET_UP_BY.match(sent.text, org.end)
            if led is not None:
                # 某村党支部领办的某合作社推行…: the unit set up is the subject, not its founder
                org = next((o for o in ctx.spans_in(sent.index, "Organisation") if o.start == led.end()), org)
            current = org.name
            if org.kind not in _PLACE_LIKE_ORGS:
                out[sent.index] = (org.name, org.end)
            continue
        if opening:
            current = None
            continue
        if current is not None:
            out[sent.index] = (current, -1)
    return out


def _listed_after(first: Span, places: list[Span], text: str, limit: int) -> list[Span]:
    """Places of ``first``'s level listed right after it (、 和 及 与), up to offset ``limit``."""
    out: list[Span] = []
    prev = first
    for p in places:
        if p.start < prev.end or p.end > limit:
            continue
        if p.level != first.level or p.anaphor or text[prev.end:p.start] not in ("、", "和", "及", "与"):
            break
        out.append(p)
        prev = p
    return out


# 某村党支部领办的某合作社: the words between a founder and the unit it set up
_SET_UP_BY = re.compile(r"(?:领办|创办|牵头成立|牵头组建|成立|组建|兴办|引进|培育)的")


def _after_where_clause(ctx: DocContext, index: int, text: str, offset: int) -> int:
    """The offset after a clause that only says where (在某镇，某嘎查党支部…): the subject follows it."""
    if not text.startswith("在", offset):
        return offset
    at = offset + 1
    for s in ctx.spans_in(index, "Place"):
        if s.start == at and not s.anaphor:
            at = s.end
    return at + 1 if at > offset + 1 and text[at:at + 1] in ("，", ",") else offset


