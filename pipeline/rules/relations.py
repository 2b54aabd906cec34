"""Relations between the mentions of a sentence.

- IMPLEMENTS: the actor of a programme is the last place (or list of places)
  named before it in its sentence, the most specific of a chain (X旗Y苏木 → Y
  苏木); when a trigger verb (推广, 探索推行 …) governs that place as an object,
  the sentence's topic place is an actor too; with no place, the topic place.
  A party committee or university opening the sentence implements as well
  (某旗某镇党委: for its own township).  The unit the clause before just founded
  (她创办了某合作社，以“X”方式…) implements, with a founding unit but not a founding
  person; the unit whose officer speaks (某县委组织部负责人表示，…; 镇里 → its
  township); units joined by 与/和 that 共建/联建/共同打造 “X” (or sign and then do so)
  all implement it.
- Places only inside a university's or programme's name, or the region opening a
  company's, cooperative's or association's name, are no entities of the document.
- PART_OF: adjacent places in the text (X市Y县) → basis text; otherwise the
  nearest ancestor in the division data that the document names → admin_knowledge.
- LOCATED_IN: an organisation in the place its name starts with (not a university,
  not the region), where it was built (到我旗建设…) or where it is sited (位于某镇);
  a person with a place or organisation in front of the role, of the village or
  banner their paragraph is about, where they were visited, or of the first
  official's place in a list (某镇党委书记A、镇长B).
- LEADS: a person who 创立/领办/创办 an organisation (or by whom it was, 由某某创办),
  is its 书记/队长/局长 (not a deputy) or 担任/现任/当选为 its post; an organisation
  that set up another (牵头成立, 建设).
- PARTNERS_WITH: an organisation after a cue (与/和 + 签订/结对/结成/共建/合作, 联合/会同/
  携手 + 开展/推出, 包联单位, 引进 a university), with the organisation or place before
  the cue; a unit and the place chain written after its 与 (某公司与某旗某镇签订…).
- PART_OF_PROGRAMME: “A”为主要内容的“B”; A是…“B”…示范品牌.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import lru_cache

from policykg.paths import lexicon

from .context import DocContext, Span
from .gazetteer import Gazetteer, load_gazetteer
from .organisations import ASSUME_VERBS, department_words_in


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in lexicon("trigger_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verb, rel = line.split("\t")[:2]
            table.setdefault(rel.strip(), []).append(verb.strip())
    return table


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
            self._located_and_leads(ctx, sent.index, sent.text)
            self._partners(ctx, sent.index, sent.text)
            self._programme_parts(ctx, sent.index, sent.text)
        self._part_of(ctx)

    # -- IMPLEMENTS ---------------------------------------------------------
    def _implements(self, ctx: DocContext, index: int, text: str) -> None:
        programmes = ctx.spans_in(index, "Programme")
        if not programmes:
            return
        orgs = ctx.spans_in(index, "Organisation")
        places = [p for p in ctx.spans_in(index, "Place")
                  if not any(o.start <= p.start < o.end for o in orgs)]
        verbs = triggers()["IMPLEMENTS"]
        topic = ctx.topic.get(index)
        subject_orgs = [o for o in orgs if o.start <= 6 and o.kind in ("party_committee", "university")]
        opener = self._opener(places, text)
        # a named unit that is the subject of the sentence or of its paragraph acts, not the topic place
        org_subject = ctx.derived("org_subjects", ctx_org_subjects).get(index)
        own_place: str | None = None
        if org_subject is not None and _OWN_SUBJECT.search(text):
            # 某村党支部书记某某说，村里推广“X”: 村里 is the village the speaker's unit is named after
            own_place = max((e[1] for e in ctx.entities if e[0] == "Place" and org_subject[0].startswith(e[1])),
                            key=len, default=None)
            org_subject = None
        partners = [o for o in orgs if re.search(r"(?:会同|联合|携手)$", text[max(0, o.start - 2):o.start])]
        for prog in programmes:
            clause_start = max(text.rfind(c, 0, prog.start) for c in "，；：") + 1
            before = [p for p in places if clause_start <= p.start and p.end <= prog.start]
            if org_subject is not None and 0 <= org_subject[1] <= prog.start:
                before = [p for p in before if p.start >= org_subject[1]]  # 某旗 of 某旗某单位 is no actor
            actors: list[tuple[str, str]] = []
            if before and text[_chains(before, text)[-1][0].start - 1:][:1] == "在" and opener is not None \
                    and opener.end <= _chains(before, text)[-1][0].start:
                # X旗在Y镇推广“P”: Y is where, X (the subject) is who
                actors.append(("Place", opener.name))
            elif before:
                groups = _chains(before, text)
                # A村、B村和C村党支部推行…: the last item names a unit; its place is listed too
                last = groups[-1] + _listed_after(groups[-1][-1], ctx.spans_in(index, "Place"), text,
                                                  prog.start)
                for p in _most_specific(last, text):
                    actors.append(("Place", _own_place(p, orgs, ctx.spans_in(index, "Place")).name))
                head = text[:last[0].start]
                # 推广X旗“P”: the topic spreads X's practice; 形成X镇“P”: X's own, the topic is no actor
                if any(v in head[-8:] for v in verbs if v not in _OWN_PRACTICE_VERBS) and topic:
                    actors.append(("Place", topic))
            elif org_subject is not None and 0 <= org_subject[1] <= prog.start:
                actors.append(("Organisation", org_subject[0]))  # 某区某镇卫生院党支部采取“X”
            elif own_place is not None:
                actors.append(("Place", own_place))
            elif opener is not None and opener.end <= prog.start:
                actors.append(("Place", _own_place(opener, orgs, ctx.spans_in(index, "Place")).name))
                actors.extend(("Place", p.name) for p in self._subject_list(places, text, opener,
                                                                            ctx.spans_in(index, "Place")))
            elif org_subject is not None and org_subject[1] < 0:
                actors.append(("Organisation", org_subject[0]))
            elif (speaker := _speaker_org(orgs, text, prog.start)) is not None:
                # 据某镇党委书记某某介绍，镇里将开展“X”: the speaker's unit, and its place for 镇里/村里
                actors.append(("Organisation", speaker.name))
                if _OWN_SUBJECT.search(text, speaker.end):
                    home = max((e[1] for e in ctx.entities if e[0] == "Place" and speaker.name.startswith(e[1])),
                               key=len, default=None)
                    actors.append(("Place", home or topic or ""))
                elif topic:
                    actors.append(("Place", topic))
            elif topic:
                actors.append(("Place", topic))
            referred = _referred_unit(ctx, index, text) if not before else None
            if referred is not None:
                # 她创办了某合作社。合作社/她以“X”方式…: the unit the back-reference points to acts
                actors = [("Organisation", referred)]
            founded = _founded_before(orgs, text, clause_start, prog.start)
            if founded is not None and not before and not _OWN_CLAUSE_SUBJECT.match(text, clause_start):
                # 她带头创办了某合作社，以“合作社+电商+农户”方式销售: the unit just founded carries out the
                # model (a person cannot, nor the banner); a founder that is a unit (某村党支部领办了某合作社，
                # 推行“X”) carries it out with it
                founder = next((o for o in orgs if o.end <= founded.start and
                                _FOUNDED_RE.fullmatch(text[o.end:founded.start])), None)
                actors = [("Organisation", o.name) for o in (founder, founded) if o is not None]
            for o in subject_orgs:
                if o.end <= prog.start and founded is None and referred is None:
                    actors.append(("Organisation", o.name))
            for o in _co_builders(orgs, text, prog.start, places):
                # 某镇党委与某公司共建“某某红”党建联盟: every builder implements the brand it builds
                actors.append((o.label, _own_place(o, orgs, ctx.spans_in(index, "Place")).name
                               if o.label == "Place" else o.name))
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
            for actor in dict.fromkeys(actors):
                if actor[1]:
                    ctx.add_relation("IMPLEMENTS", actor, ("Programme", prog.name), index)

    @staticmethod
    def _opener(places: list[Span], text: str) -> Span | None:
        """The place that opens the sentence (its subject), most specific of its chain."""
        lead = _LEAD.match(text)
        offset = lead.end() if lead else 0
        where = text.startswith("在", offset)  # 在某镇，…: a clause that only says where opens the sentence
        offset += where
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

    # -- LOCATED_IN / LEADS -------------------------------------------------
    def _located_and_leads(self, ctx: DocContext, index: int, text: str) -> None:
        # 住房和城乡(建设局) found as a township is the start of a department's name, not where it is
        places = [p for p in ctx.spans_in(index, "Place") if not p.anaphor and not department_words_in(p.name)]
        place_entities = ({e[1] for e in ctx.entities if e[0] == "Place"}  # only read for orgs and persons
                          if ctx.spans_in(index, "Organisation") or ctx.spans_in(index, "Person") else set())
        orgs = ctx.spans_in(index, "Organisation")
        persons = ctx.spans_in(index, "Person")
        for o in orgs:
            # an organisation is in the place its name starts with (扎鲁特旗…公司, 中共通辽市委, 通辽市财政局)
            bare = o.name[2:] if o.name.startswith("中共") else o.name
            inner = [p for p in places if o.start <= p.start and p.end <= o.end and p.name in place_entities]
            prefix = max((n for n in place_entities if bare.startswith(n) and len(n) < len(bare)), key=len,
                         default=None)
            target = inner[-1].name if inner and inner[-1].start > o.start else (prefix or
                                                                                 (inner[-1].name if inner else None))
            # a university named after its region or city says where it was founded, not where it works here
            if target and o.kind != "university" and \
                    getattr(ctx.entities.get(("Place", target)), "level", None) != "region":
                ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", target), index)
        self._sited(ctx, index, text, orgs, places)
        leads_verbs = "|".join(triggers()["LEADS"])
        for a, b in itertools.pairwise(orgs):
            # 某村党支部领办的某合作社, 某县农牧局牵头成立的某协会: an organisation leads what it set up
            if b.kind in ("cooperative", "enterprise", "association", "other") and b.start >= a.end \
                    and re.search(leads_verbs, text[a.end:b.start]) and len(text[a.end:b.start]) <= 8:
                ctx.add_relation("LEADS", ("Organisation", a.name), ("Organisation", b.name), index)
        self._founded_at(ctx, index, text, orgs)
        for person in persons:
            role = person.kind or ""
            role_start = person.start - len(role)
            # the organisation the role is of: right before it, the role's own words shared with its name
            # (社区党总支 + 党总支书记), or with a department between (…支队政治处民警)
            org_before = [o for o in orgs if o.end <= person.start and (_role_of(text[o.end:person.start], role)
                                                                        or _dual_post(text[o.end:person.start], role))]
            place_before = [p for p in places if p.end <= role_start and role_start - p.end <= 1]
            named_before = max((n for n in place_entities if text.endswith(n, 0, role_start)), key=len, default=None)
            if org_before:
                org = org_before[-1]
                gap = text[org.end:person.start]
                dual = _dual_post(gap, role)
                if (_leading_role(role) and gap and role.endswith(gap)) or (dual and _leading_role(dual)):
                    # (某村党支部书记、村委会主任某某: the first post is the unit's, and it leads)
                    ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", org.name), index)
                org_places = [p for p in places if org.start <= p.start and p.end <= org.end]
                org_place = next((r.tail.name for k, r in ctx.relations.items()
                                  if k[:3] == ("LOCATED_IN", "Organisation", org.name)), None)
                target = org_places[-1].name if org_places else org_place
                if target:
                    ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", target), index)
            elif place_before:
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", place_before[-1].name),
                                 index)
            elif named_before is not None:
                # 某镇镇长某某 with the township named again (no span of its own): that place
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", named_before), index)
            elif (listed := _listed_official(ctx, index, text, persons, person, role_start)) is not None:
                # 某镇党委书记某某、镇长某某: the second official of a list is of the first one's place
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", listed), index)
            elif not places and not any(n in text for n in place_entities
                                        if len(n) >= 3 and n != ctx.topic.get(index)):
                self._village_person(ctx, index, person)
            else:
                self._visited_person(ctx, index, text, person, places)
            assumed = _ASSUMES_AT_RE.match(text, person.end)
            # 某某现任某镇某村党支部书记: the post's organisation, after the places of its name
            post_org = next((o for o in orgs if assumed is not None and
                             _chain_start(places, o.start) == assumed.end()), None)
            if post_org is not None:
                # 某某担任某村党支部书记: the post's organisation, led unless the post is a deputy's
                if _POST_AFTER_RE.match(text, post_org.end):  # 副书记 does not match: a deputy does not lead
                    ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", post_org.name), index)
                target = next((r.tail.name for k, r in ctx.relations.items()
                               if k[:3] == ("LOCATED_IN", "Organisation", post_org.name)), None)
                if target:
                    ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", target), index)
            member_of = _MEMBER_OF_RE.match(text, person.end)
            home = _place_chain_end(places, member_of.end()) if member_of else None
            if home is not None and text.startswith("的", home.end) and home.level != "region":
                # 某某是某村的一名老党员: the person is of that place
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", home.name), index)
            founded = next((o for o in orgs if text[o.end:role_start] == "由"), None)
            if founded is not None and re.match(leads_verbs, text[person.end:]):
                # 某合作社由村民某某创办: the founder named after 由 leads it
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", founded.name), index)
            for o in orgs:
                between = text[person.end:o.start]
                # not across another unit or person, nor from a speaker to what the speaker reports (某某说，…领办…)
                if o.start > person.end and re.search("|".join(triggers()["LEADS"]), between) and \
                        len(between) <= 20 and not re.search("说|表示|介绍|告诉", between) and not any(person.end <= x.start < o.start
                                                       for x in ctx.spans_in(index) if x is not o and
                                                       x.label in ("Organisation", "Person")):
                    ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", o.name), index)
                    if place_before and o.kind == "cooperative":
                        ctx.add_relation("LOCATED_IN", ("Organisation", o.name),
                                         ("Place", place_before[-1].name), index)

    @staticmethod
    def _sited(ctx: DocContext, index: int, text: str, orgs: list[Span], places: list[Span]) -> None:
        """某公司位于某镇, 位于某镇的某公司: where an organisation whose name names no place is sited."""
        for o in orgs:
            if any(k[:3] == ("LOCATED_IN", "Organisation", o.name) for k in ctx.relations):
                continue  # named after its place already (某旗某公司)
            after = _SITED_RE.match(text, o.end)
            target = _place_chain_end(places, after.end()) if after else None
            if target is None:
                clause_start = max(text.rfind(c, 0, o.start) for c in "，。；：") + 1
                before = list(_SITED_BEFORE_RE.finditer(text, clause_start, o.start))
                end = _place_chain_end(places, before[-1].end()) if before else None
                if end is not None and text[end.end:o.start] == "的":
                    target = end  # 位于某镇的某公司
            if target is not None and target.level != "region":
                ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", target.name), index)

    @staticmethod
    def _founded_at(ctx: DocContext, index: int, text: str, orgs: list[Span]) -> None:
        """某大学专家团队到我旗建设某工作站: the builder leads what it builds, which is in that place."""
        all_places = ctx.spans_in(index, "Place")
        for b in orgs:
            clause_start = max(text.rfind(c, 0, b.start) for c in "，。；：") + 1
            m = _FOUNDED_AT_RE.search(text[clause_start:b.start])
            if m is None:
                continue
            at = clause_start + m.start(1)
            place = next((p for p in all_places if p.start == at and p.end == clause_start + m.end(1)), None)
            if place is not None:
                ctx.add_relation("LOCATED_IN", ("Organisation", b.name), ("Place", place.name), index)
            builders = [a for a in orgs if clause_start <= a.start and a.end <= clause_start + m.start()
                        and a.kind in ("university", "enterprise", "other")]
            if builders:
                ctx.add_relation("LEADS", ("Organisation", builders[-1].name), ("Organisation", b.name), index)

    @staticmethod
    def _visited_person(ctx: DocContext, index: int, text: str, person: Span, places: list[Span]) -> None:
        """某旗某支部组织党员来到/走访/看望…某某老人家: the person visited lives where the visitors work.

        The place is the one visited (来到某村看望某某), else the last one of the clause
        before the visiting verb (inside the visiting unit's name or not).
        """
        clause_start = max(text.rfind(c, 0, person.start) for c in "，。；：") + 1
        visit = None
        for m in _VISIT_RE.finditer(text, clause_start, person.start):
            visit = m
        if visit is None:
            return
        visited = [p for p in places if visit.end() <= p.start and p.end <= person.start]
        before = [p for p in places if clause_start <= p.start and p.end <= visit.start()]
        if visited:
            place = visited[-1]  # 来到某村看望某某: the place visited
        elif before:
            place = before[-1]
        else:
            return
        if place.level == "region":
            return
        ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", place.name), index)

    @staticmethod
    def _village_person(ctx: DocContext, index: int, person: Span) -> None:
        """A person named with no place in a paragraph about one village (老书记某某) is of that village;
        in a paragraph that has named its league, banner or township, of that place.

        Its secretary (书记, not 副书记 or 第一书记, who is sent from outside) leads the
        village's party branch when the document names that branch.
        """
        topic = ctx.topic.get(index)
        ent = ctx.entities.get(("Place", topic or ""))
        if not topic or ent is None:
            return
        # the evidence is the sentence that names the place (the person's own names neither)
        if ent.level != "village":
            # 某旗举办读书班。参加学习的党员某某跟记者说: of the place its paragraph has just named
            named = _last_named(ctx, index, topic, within_paragraph=True)
            if named is not None and ent.level in ("league", "banner", "township"):
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", topic), named)
            return
        named = _last_named(ctx, index, topic, within_paragraph=False)
        ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", topic),
                         named if named is not None else index)
        role = person.kind or ""
        if "书记" in role and _leading_role(role) and "第一书记" not in role:
            for suffix in ("党总支", "党支部", "党委"):
                if ("Organisation", topic + suffix) in ctx.entities:
                    ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", topic + suffix), index)
                    break

    # -- PARTNERS_WITH ------------------------------------------------------
    def _partners(self, ctx: DocContext, index: int, text: str) -> None:
        """Pairing, agreements and joint work between a place or organisation and an organisation.

        The partner is an organisation (or a list of them, A、B和C) right after a cue:
        与/同/和/携手 with an agreement or joint-building word later in its clause
        (签订…协议, 结对, 共建, 联建, 合作), 联合/会同 with joint work (开展, 举办 …),
        包联单位/帮扶单位/结对单位, or 引进 a university's team.  An organisation written
        right before the cue (A镇党委与B学院签订…, A队联合B所开展…) is the other party;
        otherwise the place right before the cue, else the last place of the sentence
        before it, else the topic.  An organisation signing with a place written after
        与 (某学院与某旗签订…协议) partners with that place.  An organisation a place arranges to pair (推动某银行与N个村
        结对共建) partners with the place that arranged it.  合作社 is a cooperative, not 合作.
        """
        orgs = ctx.spans_in(index, "Organisation")
        if not orgs:
            return
        scrubbed = re.sub("合作社|合作联社|合作医疗", lambda m: "□" * len(m.group()), text)
        places = [p for p in ctx.spans_in(index, "Place")
                  if not p.anaphor and not any(o.start <= p.start < o.end for o in orgs)]
        topic = ctx.topic.get(index)
        for group in _org_lists(orgs, text):
            first, last = group[0], group[-1]
            clause_start = max(text.rfind(c, 0, first.start) for c in "，。；：") + 1
            ends = [i for i in (text.find(c, last.end) for c in "，。；") if i >= 0]
            post = scrubbed[last.end:min(ends) if ends else len(text)]
            pre = scrubbed[clause_start:_chain_start(ctx.spans_in(index, "Place"), first.start)]
            cue = _PARTNER_CUE_RE.search(pre)
            head: tuple[str, str] | None = None
            if cue is not None:
                word = cue.group(1)
                if word in ("与", "同", "和", "携手") and not _AGREEMENT_RE.search(post):
                    continue
                if word in ("联合", "会同") and not _JOINT_WORK_RE.search(post):
                    continue
                if word == "引进" and not all(o.kind == "university" for o in group):
                    continue
                cue_at = clause_start + cue.start()
                actor_org = next((o for o in orgs if o.end == cue_at), None)
                # 某村的包联单位: the place before 的 is the party as well
                actor_place = next((p for p in places if p.end == cue_at or
                                    (p.end == cue_at - 1 and text[p.end:cue_at] == "的")), None)
                if actor_org is not None:
                    head = ("Organisation", actor_org.name)
                elif actor_place is not None:
                    head = ("Place", actor_place.name)
                elif _UNKNOWN_PARTY_RE.search(text, 0, cue_at) or \
                        (text[cue_at - 1:cue_at] == "的" and _UNKNOWN_PARTY_RE.search(text, 0, cue_at - 1)):
                    continue  # 某某村党支部和某公司…, 某某村的包联单位…: the other party is a name not found
                else:
                    head = self._partner_place(places, cue_at, topic)
                partners = group
            elif re.match(r"与[^，。；]{0,12}?(?:结对|共建|联建)", post) and len(group) == 1 and \
                    _ARRANGING_RE.search(pre) and not any(last.end < o.start <= last.end + len(post) for o in orgs):
                # 某银行与N个嘎查村结对共建: the place that arranged it; 某学院与某旗签订…: that place
                named = _pairing_place(places, last.end + 1, text) if post.startswith("与") else None
                head = ("Place", named.name) if named is not None else self._partner_place(places, first.start, topic)
                partners = group
            elif post.startswith("与") and len(group) == 1 and \
                    (named := _pairing_place(places, last.end + 1, text)) is not None:
                head = ("Place", named.name)  # 某学院与某旗签订校地合作协议
                partners = group
            elif len(group) == 2 and text[first.end:last.start] == "和" and _AGREEMENT_AFTER_RE.match(post):
                head = ("Organisation", first.name)  # 某党支部和某公司党支部签订共建协议: the pair
                partners = [last]
            else:
                continue
            if head is None:
                continue
            for o in partners:
                ctx.add_relation("PARTNERS_WITH", head, ("Organisation", o.name), index)

    @staticmethod
    def _partner_place(places: list[Span], before: int, topic: str | None) -> tuple[str, str] | None:
        """The place that acts for a pairing with no party written next to it."""
        earlier = [p for p in places if p.end <= before]
        if earlier:
            return ("Place", earlier[-1].name)
        return ("Place", topic) if topic else None

    # -- PART_OF_PROGRAMME --------------------------------------------------
    def _programme_parts(self, ctx: DocContext, index: int, text: str) -> None:
        progs = ctx.spans_in(index, "Programme")
        for a, b in itertools.pairwise(progs):
            between = text[a.end:b.start]
            if re.fullmatch(r"为主要内容的|为主要内容的?", between):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            # “双联双带”融合服务: a named item right before the programme it belongs to
            if a.end == b.start and text[a.end - 1:a.end] == "”" and text[b.start:b.start + 1] != "“":
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            # 围绕“A”，开展B工程: the project is built around its named part
            if re.search(r"(?:围绕|聚焦|紧扣)$", text[max(0, a.start - 2):a.start]) and \
                    re.fullmatch(r"”?[，,](?:开展|实施|推进|启动|打造)了?", text[a.end:b.start]):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
        for a, b in itertools.pairwise(progs):
            between, after = text[a.end:b.start], text[b.end:b.end + 12]
            # 把“A”作为“B”的重要内容 / “A”是“B”的组成部分: A is a part of B
            if re.fullmatch(r"”?(?:作为|是|成为|列为|纳入)“?", between) and _PART_WORDS.match(after):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", a.name), ("Programme", b.name), index)
            # “B”工程中的“A”: A is one of B's items
            elif re.fullmatch(r"”?(?:工程|行动|活动|体系|机制)?(?:中|里)的“?", between):
                ctx.add_relation("PART_OF_PROGRAMME", ("Programme", b.name), ("Programme", a.name), index)
        for p in progs:
            # 深化“P”机制，形成A镇“X”、B镇“Y”等特色做法: the local variants belong to P
            m = re.match(r"[^，,。；“]{0,6}[，,](?:形成|涌现出?|探索出|打造出)了?", text[p.end:])
            if m is None:
                continue
            start = p.end + m.end()
            closer = re.compile(r"等[^，,。；]{0,6}(?:做法|经验|模式|品牌|典型)")
            close = closer.search(text, start)
            if close is None or re.search("[。；;]", text[start:close.start()]):
                continue
            for b in progs:
                if start <= b.start and b.end <= close.start() and b.name != p.name:
                    ctx.add_relation("PART_OF_PROGRAMME", ("Programme", b.name), ("Programme", p.name), index)
        names = {p.name for p in progs}
        for p in progs:
            # “党建联盟、村企共建”活动 … “村企共建”: a programme named after one of its parts
            for part in re.split(r"[、，,‘’]", p.name):
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
        done: set[str] = set()
        for s in ctx.spans:
            if s.label != "Place" or s.anaphor or s.name in done:
                continue
            text = ctx.sentences[s.sentence].text
            clause_start = max(text.rfind(c, 0, s.start) for c in "，；：。") + 1
            before = [p for p in ctx.spans_in(s.sentence, "Place")
                      if not p.anaphor and p.end <= s.start and p.start >= clause_start and p.name != s.name
                      and _rank(p.level) < _rank(s.level)]
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
                continue
            parent = before[-1]
            adjacent = parent.end == s.start
            direct = self._data_parent(s, named)
            if direct is not None and direct != parent.name and direct in named and \
                    _rank(ctx.entities[("Place", direct)].level) > _rank(parent.level):
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
                head = next((r for r in ctx.relations.values() if r.type == "PART_OF" and r.head.name != s.name
                             and r.basis == "text" and r.evidence.sentence_index == s.sentence
                             and r.head.name in {x.name for x in ctx.spans_in(s.sentence, "Place")}
                             and ctx.entities[("Place", r.head.name)].level == s.level), None)
                target = head.tail.name if head is not None else s.kind
                ctx.add_relation("PART_OF", ("Place", s.name), ("Place", target), s.sentence, "text")
                done.add(s.name)
        # admin knowledge: nearest named ancestor
        for s in ctx.spans:
            if s.label != "Place" or s.anaphor or s.name in done:
                continue
            for anc in gaz.ancestors(s.name) if s.name in gaz.divisions else self._deep_ancestors(s, named):
                if anc in named and anc != s.name:
                    if ctx.entities[("Place", anc)].level == "region" and s.level != "league":
                        break  # a banner whose league the document does not name is not tied to the region
                    # evidence: the sentence that names the child place (as the entity's own evidence)
                    evidence = ctx.entities[("Place", s.name)].evidence.sentence_index
                    ctx.add_relation("PART_OF", ("Place", s.name), ("Place", anc), evidence, "admin_knowledge")
                    done.add(s.name)
                    break

    def _data_parent(self, s: Span, named: Mapping[str, object]) -> str | None:
        """The direct parent the division data gives a place (for deep places, under a named place)."""
        if s.name in self.gaz.divisions:
            return self.gaz.divisions[s.name].parent
        div = self.gaz.deep_under(s.name, set(named))
        return div.parent if div is not None else None

    def _deep_ancestors(self, s: Span, named: Mapping[str, object]) -> list[str]:
        gaz = self.gaz
        div = gaz.deep_under(s.name, set(named))
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


_PARTNER_CUE_RE = re.compile(r"((?<![参给])与|(?<![共不协陪])同|(?<![平谐])和|携手|联合|会同|引进|(?:包联|帮扶|结对|共建|联建)单位)"
                             r"[^，。；与同和]{0,2}$")
_AGREEMENT_RE = re.compile("签订|签署|协议|结对|结成|共建|联建|合作|共同")
# a sentence opening with a name and 是 (某某是…品牌): compiled once, asked for every sentence
_OPENING_NAME_IS = re.compile(r"^([\u4e00-\u9fff]{2,8})是")
# the place after 与 is the other party only when the pairing verb follows it (not 与某市某研究所合作)
_AGREEMENT_AFTER_RE = re.compile("(?:(?:开展|建立|进行|深化)了?“?[\u4e00-\u9fff]{0,2}?)?(?:签订|签署|结对|结成|共建|联建|合作|达成|共同)")
_JOINT_WORK_RE = re.compile("开展|举办|组织|签订|共建|结对|合作|共同|联合|成立|建设|打造|推出|发布|启动|创办|实施")


_ASSUMES_AT_RE = re.compile(r"(?:同志)?(?:" + ASSUME_VERBS + ")")
_POST_AFTER_RE = re.compile(r"(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|队长|站长|所长|院长|校长|董事长|总经理)")
# 推动/组织某银行与N个村结对共建: the place that arranges a pairing is the partner of the unit it pairs
_ARRANGING_RE = re.compile("推动|组织|引导|促成|协调|动员|安排")
# a unit's or place's suffix right before 与/和: the other party is a name the rules did not find
_UNKNOWN_PARTY_RE = re.compile("(?:党支部|党总支|党委|公司|合作社|协会|村|社区|嘎查|镇|苏木|乡|局|委|办|站|所|队|学校|医院)$")
_VISIT_RE = re.compile("来到|走进|走访|看望|慰问|探望|拜访")
_FOUNDED_AT_RE = re.compile(r"[到在]([^到在，。；]{2,12})(?:建设|设立|建立|创办|成立|挂牌成立|揭牌成立)$")


def _org_lists(orgs: list[Span], text: str) -> list[list[Span]]:
    """Organisations in lists (A、B和C) as groups; an organisation inside another one is left out."""
    outer = [o for o in orgs if not any(x is not o and x.start <= o.start and o.end <= x.end for x in orgs)]
    groups: list[list[Span]] = []
    for o in outer:
        if groups and text[groups[-1][-1].end:o.start] in ("、", "和", "及", "以及"):
            groups[-1].append(o)
        else:
            groups.append([o])
    return groups


def _last_named(ctx: DocContext, index: int, place: str, within_paragraph: bool) -> int | None:
    """The last sentence up to ``index`` naming ``place`` (not as 全旗/我旗), in its paragraph if asked."""
    text = ctx.document.text
    for i in range(index, -1, -1):
        if any(s.name == place and not s.anaphor for s in ctx.spans_in(i, "Place")):
            return i
        start = ctx.sentences[i].start
        if within_paragraph and (start == 0 or text[start - 1] == "\n"):
            return None
    return None


_MEMBER_OF_RE = re.compile("(?:曾|也|就|现在|如今)?是")
_SITED_RE = re.compile("(?:位于|地处|坐落[在于]|落户[在于]?)")
_SITED_BEFORE_RE = re.compile("(?:位于|地处|坐落[在于])")


def _place_chain_end(places: list[Span], at: int) -> Span | None:
    """The last place of a chain written from ``at`` on (某旗某镇 → 某镇), or None if no place starts there."""
    chain: list[Span] = []
    for p in sorted(places, key=lambda p: p.start):
        if p.start == (chain[-1].end if chain else at):
            chain.append(p)
    return chain[-1] if chain else None


def _pairing_place(places: list[Span], at: int, text: str) -> Span | None:
    """The place written at ``at`` (after 与) that a pairing verb follows: the last of a chain (某旗某镇签订…)."""
    last = _place_chain_end(places, at)
    if last is None or last.level == "region" or not _AGREEMENT_AFTER_RE.match(text, last.end):
        return None
    return last


def _chain_start(places: list[Span], start: int) -> int:
    """Where the places written right before ``start`` begin (携手|某镇|某村党支部: the cue is before 某镇)."""
    moved = True
    while moved:
        moved = False
        for p in places:
            if p.end == start and p.start < start:
                start, moved = p.start, True
    return start


def _listed_official(ctx: DocContext, index: int, text: str, persons: list[Span], person: Span,
                     role_start: int) -> str | None:
    """某镇党委书记A、镇长B: the place of A when B's role follows A's name after 、 and names a post."""
    post = (person.kind or "").replace("副", "")
    if role_start < 1 or text[role_start - 1] != "、" or not _leading_role(post):
        return None  # 、村民某某: a member of the public listed after an official is not of the official's place
    prev = next((p for p in persons if p.end == role_start - 1), None)
    if prev is None:
        return None
    return next((r.tail.name for k, r in ctx.relations.items()
                 if k[:3] == ("LOCATED_IN", "Person", prev.name) and r.evidence.sentence_index == index), None)


_DUAL_POST_RE = re.compile(r"(副?(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|队长|站长|所长|院长|校长|董事长|总经理))"
                           r"(?:、|兼|兼任|和)[\u4e00-\u9fff“”]{0,8}")


_SECOND_POST_RE = re.compile("书记|长|主任|嘎查达|苏木达|主席|经理")


def _dual_post(gap: str, role: str) -> str:
    """某村党支部书记、村委会主任某某 / 书记兼嘎查达某某: the first of two posts, held of the unit before ("" if none)."""
    m = _DUAL_POST_RE.match(gap)
    if m is None or not gap.endswith(role) or not _SECOND_POST_RE.search(role):
        return ""  # (书记、村民某某: a post and a member of the public, two people)
    return m.group(1) if len(gap) - len(role) > m.end(1) else ""


def _role_of(gap: str, role: str) -> bool:
    """Whether ``gap`` (text between an organisation and a name) is the role, or ends in it after a department."""
    if not role:
        return gap == ""
    if gap in (role, "的" + role) or (gap and role.endswith(gap)):
        return True
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:处|科|室|股|办|部|中心)" + re.escape(role), gap))


def _leading_role(role: str) -> bool:
    """书记, 主任, 队长 … lead their organisation; deputies (副…) and members do not."""
    return "副" not in role and any(w in role for w in ("书记", "长", "主任", "主席"))


_LEAD = re.compile(r"^(?:[^，。“”]{0,12}(?:以来|年来|时|中|后|前|近日|这样|如今|目前|同时)[，,]|近年来|目前|如今|近日)?[，,]?")
_OWN_PRACTICE_VERBS = ("形成",)
_PART_WORDS = re.compile(r"”?(?:工程|行动|活动|体系|机制)?的(?:重要|主要|核心|关键)?(?:内容|组成部分|一部分|部分|一环|环节|子项目|示范品牌|子品牌)")
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
# a clause with a subject of its own (村里推行…, 村民们采取…): the unit founded before is not its actor
_OWN_CLAUSE_SUBJECT = re.compile(r"(?:村里|镇里|旗里|全村|全镇|全旗|村民|牧民|农户|群众|党员|大家|村集体|当地|乡亲)")
_FOUNDED_SAME_CLAUSE_RE = re.compile(r"^(?:并|后|，并|，)[\u4e00-\u9fff]{1,4}“?$")
# 据/记者从 … 某单位(相关)负责人/书记某某 表示/介绍: the unit whose officer speaks
_SPEECH_RE = re.compile(r"(?:表示|介绍|说|指出|告诉记者|透露)(?:说|道)?[，,：:]")
# 与/和/同 between builders, then a joint-building verb right before the programme's quote
_CO_BUILD_RE = re.compile(r"^(?:共同|携手|合力|联合|签约)?(?:共建|联建|共创|打造|创建|组建|成立|结成|组成)了?“?$")
# the clause after A与B签订协议: 共建/联建 (or 共同打造) “X”
_CO_BUILD_NEXT_RE = re.compile(r"^(?:双方)?(?:(?:共同|携手|合力)[\u4e00-\u9fff]{2}|联合(?:打造|创建|组建|成立)|"
                               r"(?:共同)?(?:共建|联建|共创))了?“?$")


# a sentence opening with a word for a unit or a pronoun that points back (合作社采取…, 该公司…, 她以…)
_BACK_REFERENCE = re.compile(r"(?:该|这个|这家|此)?(合作社|联合社|公司|企业|协会)"
                             r"(?![\u4e00-\u9fff]{0,2}(?:党支部|党委)|家|们|界|主|员|社员|成员|会员)|([她他])(?!们)")
_REFERRED_KINDS = {"合作社": ("cooperative",), "联合社": ("cooperative",), "公司": ("enterprise",),
                   "企业": ("enterprise",), "协会": ("association",)}
_LEAD_KINDS = ("cooperative", "enterprise", "association")


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
            if not _FOUNDED_GAP_RE.match(text[o.end:clause_start]):
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
        if len(gap) <= 12 and not re.search(r"[，。；：“”]", gap) and \
                not any(x is not o and o.end <= x.start < m.start() for x in orgs):
            return o
    return None


def _co_builders(orgs: list[Span], text: str, at: int, places: list[Span] | None = None) -> list[Span]:
    """Units joined by 与/和/同 that together build the programme quoted at ``at``.

    A与B共建“X”, A、B和C共同打造“X”, 某镇与某公司共建“X”, or A与B签订协议，共建“X”/
    共同推进“X” (the next clause says what the pair does).  A unit is an organisation or
    the last place of a chain (某旗某镇 → 某镇); places inside an organisation's name are
    part of it.
    """
    units = sorted([x for x in orgs + [p for p in places or [] if not p.anaphor]
                    if x.label == "Organisation" or not any(o.start <= x.start and x.end <= o.end for o in orgs)],
                   key=lambda x: (x.start, -x.end))
    last = next((u for u in reversed(units) if u.end <= at and _CO_BUILD_RE.match(text[u.end:at])), None)
    if last is None:
        clause_start = max(text.rfind(c, 0, at) for c in "，；：") + 1
        if clause_start == 0 or not _CO_BUILD_NEXT_RE.match(text[clause_start:at]):
            return []
        prev_start = max(text.rfind(c, 0, clause_start - 1) for c in "，。；：") + 1
        pair = [u for u in units if prev_start <= u.start and u.end < clause_start]
        last = pair[-1] if pair else None
        if last is None:
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
    return group if joined and len(group) >= 2 else []


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
                (s.level == "region" and h.kind in _REGISTERED_ORGS)) for h in by_sentence.get(s.sentence, ())):
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


def ctx_org_subjects(ctx: DocContext) -> dict[int, tuple[str, int]]:
    """Per sentence, the named organisation that is its subject: (name, end offset; -1 if carried over).

    An organisation that opens a sentence (after a time phrase such as 近日，) is the
    subject of that sentence and of the following sentences of its paragraph that open
    with no place or organisation of their own (某街道党工委…。在小区成立党支部…构建起“X”).
    A party committee or university opening a sentence speaks for its place, which
    stays the actor there; only in later sentences does it replace the topic place.
    """
    out: dict[int, tuple[str, int]] = {}
    text = ctx.document.text
    current: str | None = None
    for sent in ctx.sentences:
        if sent.start == 0 or text[sent.start - 1] == "\n":
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


def _rank(level: str | None) -> int:
    return {"region": 0, "league": 1, "banner": 2, "township": 3, "village": 4}.get(level or "", 5)
