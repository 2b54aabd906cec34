"""Relations of organisations and persons: LOCATED_IN, LEADS and PARTNERS_WITH.

- LOCATED_IN: an organisation in the place its name starts with (not the region; a
  university only when named by a league or city of the focus regions), where it was
  built (到我旗建设…) or where it is sited (位于某镇), a cooperative named nowhere in the
  village its paragraph or report is about (backrefs.paragraph_village);
  a person with a place or organisation in front of the role, of the village or
  banner their paragraph is about (a villager or village post: the story's village),
  where they were visited, or of the first official's place in a list (某镇党委书记A、镇长B).
- LEADS: a person who 创立/领办/创办/成立 an organisation (or by whom it was, 由某某创办;
  带领…牵头成立; 在某某的带领下…成立了; 她创办了 after one person named), is its
  书记/队长/局长/会长 (not a deputy; 协会会长 after the 协会 named) or 担任/现任/当选为 its
  post, or 是 it ending the clause (今年58岁的某某是某村党支部书记); each of two posts joined by 、
  before a name (村党支部书记、合作社理事长某某: a bare kind word the paragraph's body); 该公司董事长
  某某 the firm named before; an organisation that set up another (牵头成立, 建设) unless a
  person stands between.  在某镇，某旗某公司… is in that township (its head too), a cooperative
  named by its banner and its village's name, founded by that village's branch, in the village.
- PARTNERS_WITH: an organisation after a cue (与/和 + 签订/结对/结成/共建/合作, 联合/会同/
  携手/牵手 + 开展/推出, 包联单位, 引进 a university), with the organisation(s) or place before
  the cue, or the body ending the clause before (…组建了某合作社，并与某局签订…); a unit
  and the place chain written after its 与 (某公司与某旗某镇签订…).

These decide who is where, who runs what and who works with whom, from role cues,
founding verbs and pairing cues; the programme relations (IMPLEMENTS, PART_OF_PROGRAMME)
and the place hierarchy (PART_OF) in relations.py decide what is carried out where.
The two share no helper, only the trigger verbs.  The relation stage
(``relations.RelationFinder``) still runs this step per sentence between IMPLEMENTS and
PART_OF_PROGRAMME: IMPLEMENTS reads the LEADS of the sentence before (她创办了某合作社。
她以“X”方式…), and the relations keep the order they were always found in.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .backrefs import org_taken_up, paragraph_start, paragraph_village
from .context import BACK_REFERENCE, DocContext, Span
from .organisations import department_words_in
from .persons import ASSUME_VERBS, CROP_TRADE_NOUNS, GROWER_NOUNS
from .trigger_verbs import triggers


def relate_organisations_and_persons(ctx: DocContext, index: int, text: str) -> None:
    """LOCATED_IN and LEADS, then PARTNERS_WITH, for sentence ``index`` (``text``)."""
    _located_and_leads(ctx, index, text)
    if "由" in text or "任" in text:
        _own_head(ctx, index, text)
    _partners(ctx, index, text)


# 某协会由某某发起成立: the body, 由, a person (a role noun may stand first), a founding verb
_FOUNDED_BY_RE = re.compile(r"由[^，。；：、“”]{0,6}?$")
_FOUNDING_AFTER_RE = re.compile(r"(?:牵头|带头|发起|联合)?(?:成立|创办|创立|组建|领办)")
# 某某任会长 / 由某某担任理事长: the person, the verb of taking a post, the head's post of one kind of body
_HEAD_POST_RE = re.compile(r"(?:同志)?(?:担任|兼任|出任|任)(会长|理事长|社长|董事长)(?![助秘])")


# 会长由某某担任: the head's post, 由 and a role noun or two before the name, then the verb of taking it
_POST_BY_RE = re.compile(r"(?:^|(?<=[，；]))(会长|理事长|社长|董事长)由[^，。；：、“”]{0,6}?$")
_TAKES_POST_AFTER_RE = re.compile(r"(?:同志)?(?:担任|兼任|出任)(?:[，。；]|$)")


def _own_head(ctx: DocContext, index: int, text: str) -> None:
    """The person who founded or heads the one body of a kind the sentence names.

    某协会由种植大户某某发起成立，…，某某任会长: the founder (由 before the name, the body
    opening the clause before it) and the head (任/担任 and the post a body of that kind has:
    会长 an association's, 理事长 or 社长 a cooperative's, 董事长 an enterprise's) lead it,
    when the sentence names exactly one body of that kind before the person.
    """
    persons = ctx.spans_in(index, "Person")
    if not persons:
        return
    orgs = ctx.spans_in(index, "Organisation")
    for person in persons:
        before = [o for o in orgs if o.end <= person.start]
        founded = _FOUNDED_BY_RE.search(text, 0, person.start)
        if founded is not None and _FOUNDING_AFTER_RE.match(text, person.end):
            body = next((o for o in reversed(before) if o.end == founded.start()), None)
            if body is not None:
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", body.name), index)
                continue
        post = _HEAD_POST_RE.match(text, person.end)
        if post is None and _TAKES_POST_AFTER_RE.match(text, person.end):
            # 某镇党委牵头成立某协会，会长由牧民企业家某某担任: the post written before 由 and the name
            post = _POST_BY_RE.search(text, max(0, person.start - 12), person.start)
        if post is None:
            continue
        kind = _BARE_HEAD_KINDS[post.group(1)]
        of_kind = {o.name for o in before if o.kind == kind}
        if len(of_kind) == 1:
            ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", of_kind.pop()), index)


@lru_cache(maxsize=1)
def _leads_re() -> re.Pattern[str]:
    """The LEADS trigger verbs as one pattern (创立|领办|…), compiled once rather than joined per sentence."""
    return re.compile("|".join(triggers()["LEADS"]))


_SAYS_RE = re.compile("说|表示|介绍|告诉")
# 某某大学毕业后回到家乡某嘎查，成立了某公司: the person opening the sentence founds the body a later clause
# opens with (no other subject between: the caller checks for units and persons, and 说)
_CLAUSE_BREAK_RE = re.compile("[，。；：“”]")
_LATER_FOUNDING_RE = re.compile(r"[^。；：“”]{2,30}?，(?:先后|随后|并|又|便|于(?:19|20)\d\d年)?"
                                r"(?:(?:注册)?(?:成立|创办|创立|领办)了|带领(?:村|嘎查)?(?:党支部|党总支|[^，。；]{1,8}?)领办)")
# 某镇党委把…联合起来，成立某联合党委 / 某村党总支组织村里的老人成立了某服务队: a body opening its clause
# founds the body a later verb of founding names (no other body between: the caller's pairs are adjacent)
_ORG_LATER_FOUNDING_RE = re.compile(r"(?:[^。；：“”]{2,40}?，|(?:组织|带领|动员|发动)[^。；：“”，]{2,20}?)"
                                    r"(?:并|又|先后|随后)?(?:牵头|联合|引导|指导)?(?:成立|组建|创办|领办)了?")
# 带领党支部领办: the person's own branch founds the body with them
_LEADS_OWN_BRANCH_RE = re.compile(r"带领(?:村|嘎查)?(?:党支部|党总支)领办")


def _place_entity_names(ctx: DocContext) -> tuple[set[str], tuple[int, ...]]:
    """The names of the document's place entities and their lengths, longest first.

    A name that opens or ends a piece of text is found by slicing that text at each of
    these lengths (the longest that is a name wins) instead of testing every name.
    Read as a ``ctx.derived`` view versioned by the entity count: the relation stage only
    adds entities after its first sentence (places are dropped before), so the count says
    when to rebuild.  The set is shared: callers must not change it.
    """
    names = {e[1] for e in ctx.entities if e[0] == "Place"}
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


def _branch_banner(name: str, place_entities: set[str]) -> str | None:
    """某市农村商业银行乌审支行: a bank's branch named by a banner (or its short form) is in that banner.

    Only a banner the report names as a place itself (the short form alone is no trusted place form).
    """
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    head = name.removesuffix("支行")
    for banner in sorted(place_entities):
        div = gaz.divisions.get(banner)
        if div is not None and div.level == "banner" and \
                (head.endswith(banner) or (div.short and len(div.short) >= 2 and head.endswith(div.short))):
            return banner
    return None


def _located_and_leads(ctx: DocContext, index: int, text: str) -> None:
    """Where organisations and persons are, and who leads which organisation (see the module docstring)."""
    orgs = ctx.spans_in(index, "Organisation")
    persons = ctx.spans_in(index, "Person")
    if not orgs and not persons:
        return  # every rule below is about an organisation or a person (most sentences name neither)
    # 住房和城乡(建设局) found as a township is the start of a department's name, not where it is
    places = [p for p in ctx.spans_in(index, "Place") if not p.anaphor and not department_words_in(p.name)]
    # built once per state of the entities, not per sentence
    place_entities, name_lengths = ctx.derived("place_entity_names", _place_entity_names, version=len(ctx.entities))
    for o in orgs:
        # an organisation is in the place its name starts with (扎鲁特旗…公司, 中共通辽市委, 通辽市财政局)
        bare = o.name[2:] if o.name.startswith("中共") else o.name
        # (某旗那吉文旅有限公司: a township's short form after the county is a brand word, not where it is)
        inner = [p for p in places if o.start <= p.start and p.end <= o.end and p.name in place_entities and
                 not (p.start > o.start and o.kind in ("enterprise", "cooperative", "association") and
                      p.level in ("township", "village") and text[p.start:p.end] != p.name)]
        prefix = next((bare[:k] for k in name_lengths if k < len(bare) and bare[:k] in place_entities), None)
        target = inner[-1].name if inner and inner[-1].start > o.start else (prefix or
                                                                             (inner[-1].name if inner else None))
        if inner and inner[0].start == o.start and o.name != text[o.start:o.end] and \
                o.name.endswith(text[o.start:o.end]):
            target = inner[-1].name  # 某镇某某协会 taking up 某旗某镇某某协会: where the mention says, not the banner
        if target is None and o.kind == "university":
            target = _named_by_short_form(o.name, place_entities)
        if o.kind == "bank" and o.name.endswith("支行"):
            target = _branch_banner(o.name, place_entities) or target
        if o.kind in ("enterprise", "cooperative"):
            target = _opening_place(ctx, text, o, places, target) or _founding_village(text, o, orgs, target) \
                or target
        # a university named after its region or a city elsewhere says where it was founded, not where it
        # works here; one named after a league or city of the focus regions (某某学院, 某某职业学院) is there
        level = getattr(ctx.entities.get(("Place", target or "")), "level", None)
        if target and level != "region" and (o.kind != "university" or _home_institution(target, level)):
            ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", target), index)
            scene = _opening_place(ctx, text, o, places, target) if o.kind == "association" else None
            if scene is not None and scene != target:
                # 在某苏木，某旗某协会会长某某…: the association of the banner works in that sumu too
                ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", scene), index)
            owner = _place_chain_end_at(places, o.start - 1) if text[o.start - 1:o.start] == "的" else None
            if owner is not None and o.kind in ("cooperative", "association", "enterprise") and \
                    owner.level in ("township", "village") and _within(ctx, owner.name, target):
                # 某镇的某旗某某协会: the place the text says it is of, inside the banner of its name
                ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", owner.name), index)
            if o.kind == "cooperative" and len(inner) >= 2 and inner[0].start == o.start and \
                    inner[0].level == "banner" and inner[1].start == inner[0].end and inner[1].level == "village" \
                    and target == inner[1].name:
                # 某县某村某某专业合作社: the county written into its name is where it is as well
                ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", inner[0].name), index)
    _sited(ctx, index, text, orgs, places)
    leads_verbs = _leads_re()
    for a, b in itertools.pairwise(orgs):
        # 某村党支部领办的某合作社, 某县农牧局牵头成立的某协会: an organisation leads what it set up
        # (某村党支部书记某某领办某合作社: the secretary between them leads it, not the branch);
        # 某镇党委把三个村的党组织联合起来，成立某片区联合党委: the body opening the clause, founding later
        later = (a.start == 0 or text[a.start - 1] in "，；") and b.kind != "government" and \
            _ORG_LATER_FOUNDING_RE.fullmatch(text, a.end, b.start) is not None and \
            not _SAYS_RE.search(text, a.end, b.start)
        if (later or (b.kind in ("cooperative", "enterprise", "association", "other")
                      and len(text[a.end:b.start]) <= 8 and leads_verbs.search(text[a.end:b.start]))) and \
                b.start >= a.end and not any(a.end <= p.start < b.start for p in persons):
            ctx.add_relation("LEADS", ("Organisation", a.name), ("Organisation", b.name), index)
            members = _listed_before(orgs, a, text)
            if not members:  # (甲村党总支、乙村党总支联合成立某公司: in neither village alone)
                _founded_where_founder_is(ctx, index, a, b)
            for member in members:
                # 甲村党总支、乙村党总支联合成立某公司: every body of the list founded it
                ctx.add_relation("LEADS", ("Organisation", member.name), ("Organisation", b.name), index)
    _founded_at(ctx, index, text, orgs)
    if orgs and ("她" in text or "他" in text):
        _pronoun_founders(ctx, index, text, orgs)
    if orgs and not free_places_of(places, orgs):
        _village_cooperatives(ctx, index, orgs)
    free_places = free_places_of(places, orgs) if persons else []
    free_text = text
    for o in orgs if persons else ():
        free_text = free_text[:o.start] + "□" * (o.end - o.start) + free_text[o.end:]
    for person in persons:
        role = person.kind or ""
        role_start = person.start - len(role)
        # the organisation the role is of: right before it, the role's own words shared with its name
        # (社区党总支 + 党总支书记), or with a department between (…支队政治处民警)
        org_before = [o for o in orgs if o.end <= person.start and (_role_of(text[o.end:person.start], role)
                                                                    or _dual_post(text[o.end:person.start], role))]
        elsewhere: str | None = None
        if not org_before and (kind_word := _KIND_BEFORE_ROLE_RE.search(text, 0, role_start)) is not None:
            # 成立某某协会，协会会长某某带领…: the bare kind word takes up the body named before (backrefs.py)
            taken = org_taken_up(ctx, index, kind_word.group(1), before=kind_word.start(1))
            org_before = [o for o in orgs if o.name == taken and o.end <= kind_word.start(1)][-1:]
            if org_before and not _leading_role(role):
                org_before = []
            elif not org_before and taken is not None and _leading_role(role) and \
                    text[kind_word.end(1):role_start] == "":
                elsewhere = taken  # 某公司…。公司董事长某某介绍: the body of the sentences before
        if not org_before and elsewhere is None and role in _BARE_HEAD_KINDS and index > 0 and \
                (role_start == 0 or _AGE_BEFORE_HEAD_RE.fullmatch(text, 0, role_start) is not None):
            # 某镇养蜂协会成立于2019年。会长某某是…: a bare head opening the next sentence heads the one
            # body of that kind the sentence before names
            before = {o.name for o in ctx.spans_in(index - 1, "Organisation") if o.kind == _BARE_HEAD_KINDS[role]}
            if len(before) == 1 and not orgs:
                elsewhere = before.pop()
        if not org_before and elsewhere is None and role in _BARE_HEAD_KINDS and \
                text[role_start - 1:role_start] in ("，", "；") and \
                (_AGE_BEFORE_HEAD_RE.search(text, 0, role_start) is None):
            # 某镇组建了某某果业协会，会长某某介绍: a bare head opening a later clause heads the one body of
            # the head's kind the sentence has named before it, when that body is the last one named (某苏木党委
            # 指导成立某协会，会长某某: the founder before it is of another kind; 某协会与某合作社签约，会长某某:
            # the partner after it leaves the head unclear)
            orgs_before = [o for o in orgs if o.end <= role_start]
            of_kind = {o.name for o in orgs_before if o.kind == _BARE_HEAD_KINDS[role]}
            if len(of_kind) == 1 and orgs_before[-1].kind == _BARE_HEAD_KINDS[role]:
                elsewhere = orgs_before[-1].name
        place_before = [p for p in places if p.end <= role_start and
                        (role_start - p.end <= 1 or text[p.end:role_start] in _ROLE_MODIFIERS or
                         _AGE_BEFORE_HEAD_RE.fullmatch(text, p.end, role_start))] or \
            [p for p in _back_references(ctx, index) if text[p.end:role_start] in ("", "党委", "党工委")]
        before_role = text[:role_start]
        named_before = next((before_role[len(before_role) - k:] for k in name_lengths
                             if k <= len(before_role) and before_role[len(before_role) - k:] in place_entities), None)
        assumed = _ASSUMES_AT_RE.match(text, person.end)
        is_post = assumed is None and (assumed := _IS_AT_RE.match(text, person.end)) is not None
        # 某某现任某镇某村党支部书记: the post's organisation, after the places of its name
        post_org = next((o for o in orgs if assumed is not None and
                         _chain_start(places, o.start) == assumed.end()), None)
        if assumed is None and (apposed := _APPOSITION_AT_RE.match(text, person.end)) is not None:
            post_org = next((o for o in orgs if _chain_start(places, o.start) == apposed.end() and
                             _APPOSED_POST_RE.match(text, o.end)), None)
            is_post = post_org is not None
        if org_before:
            org = org_before[-1]
            gap = text[org.end:person.start]
            dual = _dual_post(gap, role)
            taken_up = gap.endswith(role) and _KIND_BEFORE_ROLE_RE.search(gap, 0, len(gap) - len(role)) is not None
            if (_leading_role(role) and gap and (role.endswith(gap) or taken_up)) or (dual and _leading_role(dual)):
                # (某村党支部书记、村委会主任某某: the first post is the unit's, and it leads)
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", org.name), index)
            org_places = [p for p in places if org.start <= p.start and p.end <= org.end]
            org_place = next((r.tail.name for k, r in ctx.relations.items()
                              if k[:3] == ("LOCATED_IN", "Organisation", org.name)), None)
            target = org_places[-1].name if org_places else org_place
            if target:
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", target), index)
        elif elsewhere is not None:
            ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", elsewhere), index)
            firm_home = next((r.tail.name for k, r in ctx.relations.items()
                         if k[:3] == ("LOCATED_IN", "Organisation", elsewhere)), None)
            if firm_home is not None:
                ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", firm_home), index)
        elif place_before:
            ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", place_before[-1].name),
                             index)
        elif named_before is not None:
            # 某镇镇长某某 with the township named again (no span of its own): that place
            ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", named_before), index)
        elif (listed := _listed_official(ctx, index, text, persons, person, role_start)) is not None:
            # 某镇党委书记某某、镇长某某: the second official of a list is of the first one's place
            ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", listed), index)
        elif post_org is not None:
            pass  # 某某担任/是某村党支部书记: where the post's organisation is (below), not the topic
        elif not free_places and not any(n in free_text for n in place_entities
                                         if len(n) >= 3 and n != ctx.topic.get(index)):
            # (a place inside an organisation's name says where that body is, not the person)
            _village_person(ctx, index, person, _village_post(text, role_start, role))
        elif _village_post(text, role_start, role) and not any(p.end <= role_start for p in free_places) and \
                paragraph_village(ctx, index) is not None:
            # 村党支部书记某某说，全旗…: places after the person are what is said, not where the person is
            _village_person(ctx, index, person, True)
        else:
            _visited_person(ctx, index, text, person, places)
        if post_org is not None:
            # 某某担任某村党支部书记: the post's organisation, led unless the post is a deputy's
            # (某某是某村党支部书记: only when the post ends the clause, not 是…书记的妻子)
            post = _POST_AFTER_RE.match(text, post_org.end)  # 副书记 does not match: a deputy does not lead
            if post is not None and (not is_post or text[post.end():post.end() + 1] in ("", "，", "。", "；")):
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
        if "、" in text[:person.start] or "该" in text[:person.start]:
            _posts_before(ctx, index, text, person, orgs)
        founded = next((o for o in orgs if text[o.end:role_start] == "由"), None)
        if founded is not None and leads_verbs.match(text[person.end:]):
            # 某合作社由村民某某创办: the founder named after 由 leads it
            ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", founded.name), index)
        if _LED_BY_RE.match(text, person.end):
            # 在某某的带领下，村里成立了某合作社: the body founded in the clauses the person leads
            for o in orgs:
                if o.start > person.end and _FOUNDED_BEFORE_RE.search(text, max(person.end, o.start - 4), o.start):
                    ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", o.name), index)
        for o in orgs:
            between = text[person.end:o.start]
            # not across another unit or person, nor from a speaker to what the speaker reports (某某说，…领办…)
            later = not _CLAUSE_BREAK_RE.search(text, 0, role_start) and \
                _LATER_FOUNDING_RE.fullmatch(between) is not None
            if o.start > person.end and ((len(between) <= 20 and leads_verbs.search(between))
                                         or _FOUNDING_GAP_RE.fullmatch(between) is not None or later) and \
                    not _SAYS_RE.search(between) and \
                    not any(person.end <= x.start < o.start for x in ctx.spans_in(index)
                            if x is not o and x.label in ("Organisation", "Person")):
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", o.name), index)
                if org_before and org_before[-1].kind == "party_branch" and _LEADS_OWN_BRANCH_RE.search(between):
                    # 某村党支部书记某某…带领党支部领办某合作社: the secretary's branch founds it too
                    ctx.add_relation("LEADS", ("Organisation", org_before[-1].name), ("Organisation", o.name),
                                     index)
                if place_before and o.kind == "cooperative":
                    ctx.add_relation("LOCATED_IN", ("Organisation", o.name),
                                     ("Place", place_before[-1].name), index)
        founded_this = _FOUNDED_THIS_RE.match(text, person.end)
        if founded_this is not None:
            # 某某牵头创办了这家合作社: the one body of that kind the paragraph named before
            body = org_taken_up(ctx, index, founded_this.group(1), founded_this.start(1))
            if body is not None:
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", body), index)


def _within(ctx: DocContext, place: str, outer: str) -> bool:
    """Whether ``place`` lies in ``outer`` (the division data, or a PART_OF the report gave)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if outer in gaz.ancestors(place) or ("PART_OF", "Place", place, "Place", outer) in ctx.relations:
        return True
    # a township the data lacks: the parents the text gave it (某旗某镇 → the span's kind)
    parents = {s.name: s.kind for s in ctx.spans if s.label == "Place" and s.kind and s.name != s.kind}
    seen: set[str] = set()
    while place in parents and place not in seen:
        seen.add(place)
        place = parents[place] or ""
        if place == outer or outer in gaz.ancestors(place):
            return True
    return False


_FOUNDED_BEFORE_RE = re.compile(r"(?:创办|创立|领办|成立|组建)了?$")


def _opening_place(ctx: DocContext, text: str, o: Span, places: list[Span], target: str | None) -> str | None:
    """在某镇，某旗某公司年加工…: the firm opening the clause after 在 + a township is in that township.

    Only a township or village, and only when the place of the firm's own name (if any)
    is a banner or league above it: the sentence says where in its banner the firm works.
    """
    if not text.startswith("在"):
        return None
    town = _place_chain_end(places, 1)
    if town is None or town.level not in ("township", "village") or text[town.end:town.end + 1] != "，":
        return None
    # (or founded in the clause after it: 在某乡，返乡青年某某创办了某公司)
    # (not when a place between them is the founder's: 在某镇，某村党支部书记某某领办了…)
    founded_there = o.start > town.end + 1 and "，" not in text[town.end + 1:o.start] and \
        _FOUNDED_BEFORE_RE.search(text, max(town.end + 1, o.start - 4), o.start) is not None and \
        not any(town.end < p.start < o.start for p in places)
    if o.start != town.end + 1 and not founded_there:
        return None
    if target is not None and not _within(ctx, town.name, target):
        return None
    return town.name


def _founded_where_founder_is(ctx: DocContext, index: int, founder: Span, body: Span) -> None:
    """某镇党委牵头成立某旗某协会: a body a township's or village's party unit founds is in that place too.

    Only for a party unit of a township or village (its LOCATED_IN), a cooperative, association
    or enterprise as the body, and when the place its own name gives (if any) holds that place.
    """
    if founder.kind not in ("party_committee", "party_branch") or \
            body.kind not in ("cooperative", "association", "enterprise"):
        return
    home = next((r.tail.name for k, r in ctx.relations.items()
                 if k[:3] == ("LOCATED_IN", "Organisation", founder.name)), None)
    ent = ctx.entities.get(("Place", home or ""))
    if home is None or ent is None or ent.level not in ("township", "village") or \
            (ent.level == "township" and body.kind != "cooperative"):
        return  # (an association a township founds may serve the whole banner its name gives)
    named = [r.tail.name for k, r in ctx.relations.items() if k[:3] == ("LOCATED_IN", "Organisation", body.name)]
    if all(name == home or _within(ctx, home, name) for name in named):
        ctx.add_relation("LOCATED_IN", ("Organisation", body.name), ("Place", home), index)


def _founding_village(text: str, o: Span, orgs: list[Span], target: str | None) -> str | None:
    """某村党支部领办某旗某某…合作社 (某某 the village's name without 村): the cooperative is in that village.

    The cooperative's name opens with its banner and then the village's own name; the
    branch of that village founding it in the same sentence says which village that is.
    """
    if o.kind != "cooperative" or target is None or not o.name.startswith(target):
        return None
    rest = o.name[len(target):]
    for b in orgs:
        if b.end > o.start or b.kind != "party_branch":
            continue
        village = b.name.removesuffix("党支部").removesuffix("党总支")
        short = village.removesuffix("嘎查").removesuffix("村").removesuffix("社区")
        if len(short) >= 2 and short != village and rest.startswith(short) and \
                len(text[b.end:o.start]) <= 8 and _leads_re().search(text[b.end:o.start]):
            return village
    return None


def _home_institution(place: str, level: str | None) -> bool:
    """赤峰学院, 锡林郭勒职业学院: a college named by a league or city of the focus regions is in it.

    (吉林大学 and other universities named by a province or a city outside those
    regions are not in the place of their name for the reports' purposes.)
    """
    from .gazetteer import load_gazetteer

    return level in ("league", "banner") and place in load_gazetteer().focus_names


def _named_by_short_form(name: str, place_entities: set[str]) -> str | None:
    """赤峰学院: the league or city whose short form opens the name, when the report names that place too."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for size in range(min(gaz.max_form_len, len(name) - 2), 1, -1):
        canon = gaz.forms.get(name[:size]) or []
        if len(canon) == 1 and canon[0] in place_entities:
            return canon[0]
    return None


def _pronoun_founders(ctx: DocContext, index: int, text: str, orgs: list[Span]) -> None:
    """2016年，她带头创办了某某合作社: the one person the sentences before named founded (LEADS) it.

    The pronoun opens a clause; the person is the only one named in the nearest earlier
    sentence of the paragraph that names any (two or more: nothing).
    """
    for m in _PRONOUN_FOUNDS_RE.finditer(text):
        at = _chain_end_at(ctx.spans_in(index, "Place"), m.end())
        founded = next((o for o in orgs if o.start in (m.end(), at) and
                        o.kind in ("cooperative", "enterprise", "association", "other")), None)
        if founded is None:
            continue
        for i in range(index - 1, max(paragraph_start(ctx, index), index - 3) - 1, -1):
            named = {p.name for p in ctx.spans_in(i, "Person")}
            if named:
                if len(named) == 1:
                    ctx.add_relation("LEADS", ("Person", named.pop()), ("Organisation", founded.name), index)
                break


def _chain_end_at(places: list[Span], at: int) -> int:
    """Where the places written from ``at`` on end (某旗某镇|…): ``at`` itself when none starts there."""
    end = _place_chain_end(places, at)
    return end.end if end is not None else at


def free_places_of(places: list[Span], orgs: list[Span]) -> list[Span]:
    """The places of a sentence written outside any organisation's name (those say where the body is)."""
    return [p for p in places if not any(o.start <= p.start and p.end <= o.end for o in orgs)]


def _village_cooperatives(ctx: DocContext, index: int, orgs: list[Span]) -> None:
    """A cooperative whose name and sentence say nowhere, in a paragraph about one village: in that village."""
    village = None
    for o in orgs:
        if o.kind != "cooperative" or any(k[:3] == ("LOCATED_IN", "Organisation", o.name) for k in ctx.relations):
            continue
        village = village or paragraph_village(ctx, index)
        if village is None:
            return
        ctx.add_relation("LOCATED_IN", ("Organisation", o.name), ("Place", village), index)


def _sited(ctx: DocContext, index: int, text: str, orgs: list[Span], places: list[Span]) -> None:
    """某公司位于某镇, 位于某镇的某公司: where an organisation whose name names no place is sited."""
    if not orgs:
        return
    # the organisations placed already, read from the relations once (this loop adds the only new ones)
    located = {k[2] for k in ctx.relations if k[0] == "LOCATED_IN" and k[1] == "Organisation"}
    for o in orgs:
        if o.name in located:
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
            located.add(o.name)


def _back_references(ctx: DocContext, index: int) -> list[Span]:
    """该镇/镇 before a post (该镇党委书记某某, 镇长某某): the township the place stage resolved it to."""
    return [p for p in ctx.spans_in(index, "Place") if p.anaphor and p.kind == BACK_REFERENCE]


def _listed_before(orgs: list[Span], last: Span, text: str) -> list[Span]:
    """The bodies listed right before ``last`` (A、B和C: A and B for C), nearest first."""
    out: list[Span] = []
    current = last
    for o in reversed([o for o in orgs if o.end <= last.start]):
        if text[o.end:current.start] not in ("、", "和", "与", "及"):
            break
        out.append(o)
        current = o
    return out


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
        if not _home_person(ctx, index, text, person, places):
            _scene_person(ctx, index, text, person, places)
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


def _home_person(ctx: DocContext, index: int, text: str, person: Span, places: list[Span]) -> bool:
    """某某大学毕业后回到家乡某苏木某嘎查: the person is of the home the clause returns to (the chain's last place)."""
    home = _HOME_RE.search(text, person.end)
    last = _place_chain_end(places, home.end()) if home is not None else None
    if home is None or last is None or last.level == "region" or \
            _CLAUSE_BREAK_RE.search(text, person.end, home.start()):
        return False
    ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", last.name), index)
    return True


_HOME_RE = re.compile("(?:回到|返回|回)(?:了)?(?:家乡|老家|故乡)")


def _scene_person(ctx: DocContext, index: int, text: str, person: Span, places: list[Span]) -> None:
    """在某苏木，58岁的护边员某某守护了26年: a sentence opening with where it happens sets where its person is.

    Only when that opening (在, the place or its chain, a comma) is the one place before the person.
    """
    scene = _SCENE_RE.match(text)
    last = _place_chain_end(places, 1) if scene is not None else None
    if scene is None or last is None or last.end != scene.end() - 1 or last.level == "region" or \
            any(last.end <= p.start and p.end <= person.start for p in places):
        return
    ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", last.name), index)


_SCENE_RE = re.compile(r"在[^，。；：、]{2,24}?，")


def _village_post(text: str, role_start: int, role: str) -> bool:
    """村党支部书记, 嘎查达, 村民, 老党员 …: a post or a standing held in a village, not at a township or banner."""
    if text.endswith(("村", "嘎查", "社区"), 0, role_start) or role.startswith(("村", "嘎查", "社区")):
        return True
    return role in _VILLAGER_ROLES and not text.endswith(("镇", "乡", "苏木", "旗", "县", "市", "盟"), 0, role_start)


# a standing that is a villager's (村民某某, 老党员某某), unless a township or banner is written before it
_VILLAGER_ROLES = frozenset(("村民", "牧民", "农民", "居民", "党员", "老党员", "脱贫户", "农户", "牧户",
                             "党员中心户", "致富带头人", "网格员", "护林员", "护边员", "嘎查达",
                             *CROP_TRADE_NOUNS, *GROWER_NOUNS))


def _village_person(ctx: DocContext, index: int, person: Span, village_post: bool = False) -> None:
    """A person named with no place in a paragraph about one village (老书记某某) is of that village;
    in a paragraph that has named its league, banner or township, of that place.

    A villager or a village post (``village_post``) in a paragraph (or a report) about one
    village (backrefs.paragraph_village) is of that village even when the topic is the banner.
    Its secretary (书记, not 副书记 or 第一书记, who is sent from outside) leads the
    village's party branch when the document names that branch.
    """
    if any(k[:3] == ("LOCATED_IN", "Person", person.name) for k in ctx.relations):
        return  # 某村党总支书记某某 … 某某今年58岁: placed where the text put the person, not again by the topic
    topic = ctx.topic.get(index)
    ent = ctx.entities.get(("Place", topic or ""))
    village = paragraph_village(ctx, index) if village_post else None
    from_story = False
    if village is not None and (ent is None or ent.level != "village"):
        from_story = True
        topic, ent = village, ctx.entities.get(("Place", village))
    if not topic or ent is None:
        return
    # the evidence is the sentence that names the place (the person's own names neither)
    if ent.level != "village":
        # 某旗举办读书班。参加学习的党员某某跟记者说: of the place its paragraph has just named
        named = _last_named(ctx, index, topic, within_paragraph=True)
        if named is not None and ent.level in ("league", "banner", "township"):
            ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", topic), named)
        return
    # (placed by the story, not by its paragraph's topic: the person's own sentence is the evidence)
    named = None if from_story else _last_named(ctx, index, topic, within_paragraph=False)
    ctx.add_relation("LOCATED_IN", ("Person", person.name), ("Place", topic),
                     named if named is not None else index)
    role = person.kind or ""
    if "书记" in role and _leading_role(role) and "第一书记" not in role:
        for suffix in ("党总支", "党支部", "党委"):
            if ("Organisation", topic + suffix) in ctx.entities:
                ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", topic + suffix), index)
                break


def _partners(ctx: DocContext, index: int, text: str) -> None:
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
    pointers = [p for p in ctx.spans_in(index, "Place") if p.anaphor and p.kind == BACK_REFERENCE]
    topic = ctx.topic.get(index)
    for group in _org_lists(orgs, text):
        first, last = group[0], group[-1]
        clause_start = max(text.rfind(c, 0, first.start) for c in "，。；：") + 1
        ends = [i for i in (text.find(c, last.end) for c in "，。；") if i >= 0]
        post = scrubbed[last.end:min(ends) if ends else len(text)]
        pre = scrubbed[clause_start:_chain_start(ctx.spans_in(index, "Place"), first.start)]
        cue = _PARTNER_CUE_RE.search(pre)
        head: tuple[str, str] | None = None
        co_heads: list[tuple[str, str]] = []  # A、B与C签订…: every unit listed before the cue is a party
        if cue is not None:
            word = cue.group(1)
            if word in ("与", "同", "和", "携手", "牵手") and not _AGREEMENT_RE.search(post) and \
                    not (word == "牵手" and _JOINT_WORK_RE.search(post)):
                continue
            if word in ("联合", "会同") and not _JOINT_WORK_RE.search(post):
                continue
            if word == "引进" and not all(o.kind == "university" for o in group):
                continue
            cue_at = clause_start + cue.start()
            # (某旗委组织部还与某学院结对共建: an adverb may stand between the body and the cue)
            actor_org = next((o for o in orgs if o.end == cue_at or
                              (o.end < cue_at and text[o.end:cue_at] in _PARTY_ADVERBS)), None)
            # 某村的包联单位: the place before 的 is the party as well
            # (a pointer back to a township counts too: 镇党委与某公司签订…, the township the
            # relation stage read the unnamed committee as)
            actor_place = next((p for p in places + pointers if p.end == cue_at or
                                (p.end == cue_at - 1 and text[p.end:cue_at] == "的")), None)
            if actor_org is not None:
                head = ("Organisation", actor_org.name)
                listed = next((g for g in _org_lists(orgs, text) if g[-1] is actor_org), [])
                co_heads = [("Organisation", o.name) for o in listed[:-1]]
            elif actor_place is not None:
                head = ("Place", actor_place.name)
            elif (carried := _carried_party(orgs, text, clause_start, cue_at)) is not None:
                head = ("Organisation", carried.name)
            elif (bare := _BARE_PARTY_RE.fullmatch(text, clause_start, cue_at)) is not None and \
                    (taken := org_taken_up(ctx, index, bare.group(1), clause_start)) is not None:
                head = ("Organisation", taken)  # 协会与某大学签订…: the one association the paragraph named
            elif _UNKNOWN_PARTY_RE.search(text, 0, cue_at) or \
                    (text[cue_at - 1:cue_at] == "的" and _UNKNOWN_PARTY_RE.search(text, 0, cue_at - 1)):
                continue  # 某某村党支部和某公司…, 某某村的包联单位…: the other party is a name not found
            elif "订单" in post and not any(p.end <= cue_at for p in places):
                continue  # ，与某公司签订订单: growers sign orders; the report's banner is no subject named here
            else:
                head = _partner_place(places, cue_at, topic)
            partners = group
        elif re.match(r"与[^，。；]{0,12}?(?:结对|共建|联建)", post) and len(group) == 1 and \
                _ARRANGING_RE.search(pre) and not any(last.end < o.start <= last.end + len(post) for o in orgs):
            # 某银行与N个嘎查村结对共建: the place that arranged it; 某学院与某旗签订…: that place
            named = _pairing_place(places, last.end + 1, text) if post.startswith("与") else None
            head = ("Place", named.name) if named is not None else _partner_place(places, first.start, topic)
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
            for h in (head, *co_heads):
                ctx.add_relation("PARTNERS_WITH", h, ("Organisation", o.name), index)


# a bare kind word opening the partner's clause (协会与…, 公司还与…): the body of that kind taken up
_BARE_PARTY_RE = re.compile(r"(?:去年|今年|目前|同时)?[，,]?(协会|公司|合作社|联合社)(?:还|也|又|先后|积极|主动)?")


def _carried_party(orgs: list[Span], text: str, clause_start: int, cue_at: int) -> Span | None:
    """…组建了某合作社，并与某局签订收购协议: the unit last named in the clause before is the party.

    Only when the pairing clause opens with the cue itself (并与, 还与, 同时与): the
    subject carried over is the body the clause before ended with.
    """
    if clause_start < 1 or text[clause_start:cue_at] not in _CARRIED_OPENERS:
        return None
    before = max(text.rfind(c, 0, clause_start - 1) for c in "，。；：") + 1
    # (由某镇党委牵头，与某公司签订…: the body leading the work ends its clause before 牵头)
    ended = next((o for o in reversed(orgs) if before <= o.start and o.end <= clause_start - 1 and
                  (o.end >= clause_start - 2 or text[o.end:clause_start - 1] in _LEADING_WORDS)), None)
    if ended is None and cue_at == clause_start:
        # 某镇党委探索“…”模式，联合某研究所建设…: the body opening the clause before goes on as the subject
        return next((o for o in orgs if o.start == before and o.end <= clause_start - 1), None)
    return ended


_LEADING_WORDS = ("牵头", "带头", "主导", "统筹")
# adverbs between a party and its cue (某局还与…, 某党委先后与…)
_PARTY_ADVERBS = frozenset(("还", "也", "又", "先后", "分别", "积极", "主动", "同时", "已", "已经", "率先"))
# what may open a clause before 与 when its subject is the unit the clause before ended with (or, with
# nothing before the cue, the unit opening the sentence)
_CARRIED_OPENERS = ("", "并", "还", "同时", "并且", "又", "并积极", "还积极")


def _partner_place(places: list[Span], before: int, topic: str | None) -> tuple[str, str] | None:
    """The place that acts for a pairing with no party written next to it."""
    earlier = [p for p in places if p.end <= before]
    if earlier:
        return ("Place", earlier[-1].name)
    return ("Place", topic) if topic else None


# (与驻地企业某公司, 与辖区单位某局: a word of what kind of unit the partner is may stand between)
_PARTNER_CUE_RE = re.compile(r"((?<![参给])与|(?<![共不协陪])同|(?<![平谐])和|携手|牵手|联合|会同|引进|(?:包联|帮扶|结对|共建|联建)单位)"
                             r"(?:[^，。；与同和]{0,2}|(?:驻地|辖区|驻村|驻区|共建|包联|帮扶|结对)(?:企业|单位|部门|机关))$")
_AGREEMENT_RE = re.compile("签订|签署|协议|结对|结成|结为|共建|联建|联学|合作|共同|联合(?:开展|推出|发布|举办|打造)|携手开展|达成|帮扶")
# the place after 与 is the other party only when the pairing verb follows it (not 与某市某研究所合作)
_AGREEMENT_AFTER_RE = re.compile("(?:(?:开展|建立|进行|深化)了?“?[\u4e00-\u9fff]{0,2}?)?(?:签订|签署|结对|结成|共建|联建|合作|达成|共同)")
_JOINT_WORK_RE = re.compile("开展|举办|组织|签订|共建|结对|合作|共同|联合|成立|建设|打造|推出|发布|启动|创办|实施")


# 在某某(同志)的带领下 and a founding verb right before a body later in the sentence
_LED_BY_RE = re.compile("(?:同志)?的带领下")
_FOUNDED_BEFORE_RE = re.compile("(?:成立|组建|创办|领办|创立)了?$")
# a person, then founding a body the text points back to (牵头创办了这家合作社)
_FOUNDED_THIS_RE = re.compile(r"(?:牵头|带头|带领群众|带领村民)?(?:创办|领办|创立|成立|组建)了?(?:这家|该|这个)"
                              r"(合作社|联合社|协会|公司|企业)")
# a pronoun opening a clause before a founding verb (2016年，她带头创办了…)
_PRONOUN_FOUNDS_RE = re.compile(r"(?:^|(?<=[，。；：]))(?:她|他)(?:先后|还|又|就)?(?:于?(?:19|20)\d\d年(?:\d{1,2}月)?)?"
                                r"(?:带头|牵头|主动|率先|(?:带领|领着|带着)[^，。；：]{1,12}?(?:牵头|带头))?"
                                r"(?:创办|领办|创立|成立|组建)了?")
# (他带领村“两委”班子牵头成立了某合作社: the one he leads to found it with founds it himself)
# a bare kind word right before a role (，协会会长某某): the body named before in the paragraph
# a head's post with no body before it, and the one kind of body it heads (会长 an association's)
_BARE_HEAD_KINDS = {"会长": "association", "理事长": "cooperative", "社长": "cooperative", "董事长": "enterprise"}
# words describing a person between a place and the role (某乡青年致富带头人某某, 某村女党员某某)
_ROLE_MODIFIERS = frozenset(("青年", "返乡", "年轻", "女", "老", "优秀", "青年女"))
# 58岁的会长某某, 今年62岁的理事长某某: the head's age before the bare head opening the sentence
_AGE_BEFORE_HEAD_RE = re.compile(r"(?:今年|现年)?\d{2}岁的")
_KIND_BEFORE_ROLE_RE = re.compile(r"(?:^|(?<=[，。；：、]))(?:在|据)?(协会|合作社|联合社|公司|商会)(?:会长|理事长|社长|董事长|总经理|经理)?$")
# 某某成立了, 某某带领党员群众，发动村民入股，注册成立: the person founds the body named right after
_FOUNDING_GAP_RE = re.compile(r"(?:同志)?(?:(?:带领|领着|带着|组织|发动)[^。；：]{1,28}?)?(?:牵头|带头)?"
                              r"(?:于(?:19|20)\d\d年)?(?:注册)?(?:成立|创建|创办|组建)了?")
# (某村党支部书记某某同时担任某合作社理事长: an adverb of a second post may stand before the verb)
_ASSUMES_AT_RE = re.compile(r"(?:同志)?(?:同时|还|并|也|又|现在)?(?:" + ASSUME_VERBS + ")")
# 某某是某村党支部书记 (今年58岁的某某是…): the post held, read like 担任 when the post ends the clause
# (合作社理事长某某，是某村党支部书记: the second post after a comma and 是 as well)
_IS_AT_RE = re.compile("[，,]?(?:现在|如今|现)?是")
# 某某，某苏木党委委员，…: a party post in apposition between commas (a 委员 is there but does not lead)
_APPOSITION_AT_RE = re.compile("[，,]")
_APPOSED_POST_RE = re.compile(r"(?:党总支|党支部|党委)?(?:副书记|书记|委员)(?=[，,])")
_POST_AFTER_RE = re.compile(r"(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|队长|站长|所长|院长|校长|董事长|总经理)")
# 推动/组织某银行与N个村结对共建: the place that arranges a pairing is the partner of the unit it pairs
_ARRANGING_RE = re.compile("推动|组织|引导|促成|协调|动员|安排")
# a unit's or place's suffix right before 与/和: the other party is a name the rules did not find
# (农户与某公司签订订单: people, not the place of the report, are the other party)
_UNKNOWN_PARTY_RE = re.compile("(?:党支部|党总支|党委|公司|合作社|协会|村|社区|嘎查|镇|苏木|乡|局|委|办|站|所|队|学校|医院"
                               "|农户|牧户|农牧户|村民|牧民|农牧民|群众|大户|种植户|养殖户|社员|企业)$")
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
    for i in range(index, -1, -1):
        if any(s.name == place and not s.anaphor for s in ctx.spans_in(i, "Place")):
            return i
        if within_paragraph and ctx.opens_paragraph(i):
            return None
    return None


# 某某是某村的一名老党员, 某某今年45岁，是某村的老党员: the person's standing in a place (an age may come first)
_MEMBER_OF_RE = re.compile(r"(?:(?:今年|现年)\d{1,3}岁，)?(?:曾|也|就|现在|如今)?是")
_SITED_RE = re.compile("(?:位于|地处|坐落[在于]|落户[在于]?)")
_SITED_BEFORE_RE = re.compile("(?:位于|地处|坐落[在于])")


def _place_chain_end_at(places: list[Span], end: int) -> Span | None:
    """The place (the last of a chain) that ends right at ``end`` (某旗某镇|的), or None."""
    return next((p for p in places if p.end == end), None)


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


# one of the posts written before a name (某村党支部书记、合作社理事长某某; 该公司董事长某某)
_LEADING_POST_RE = re.compile("(?:党总支|党支部|党委)?(?:书记|主任|理事长|会长|社长|董事长|总经理)")
_BARE_BODY_POST_RE = re.compile(r"(该)?(合作社|联合社|协会|公司|商会)(?:理事长|会长|社长|董事长|总经理)")
_BARE_BRANCH_POST_RE = re.compile(r"(村|嘎查|社区)(党支部|党总支)书记")


def _posts_before(ctx: DocContext, index: int, text: str, person: Span, orgs: list[Span]) -> None:
    """合作社理事长、村党支部书记某某; 该公司董事长某某: the person leads the body of each leading post.

    The posts are joined by 、 in the clause right before the name (or one post after
    该).  Each one's body is the organisation whose name it follows, or, for a bare
    kind word (合作社理事长, 该公司董事长), the one body of the paragraph whose name ends
    in it (backrefs.org_taken_up), or, for 村党支部书记, the branch of the paragraph's
    village when the report names it.  Deputies (副…) lead nothing.
    """
    clause_start = max(text.rfind(c, 0, person.start) for c in "，。；：“”") + 1
    region = text[clause_start:person.start]
    parts = region.split("、")
    if len(parts) < 2 and not region.startswith("该"):
        return
    if not re.search("(?:书记|主任|长|嘎查达)$", parts[-1]) or "副" in parts[-1]:
        return  # 某村党支部书记、村民某某: a post and a member, two people
    at = clause_start
    for part in parts:
        start, end = at, at + len(part)
        at = end + 1
        if "副" in part or not part:
            continue
        body = next((o for o in orgs if start <= o.start and o.end < end and
                     _LEADING_POST_RE.fullmatch(text, o.end, end)), None)
        name = body.name if body is not None else None
        if name is None and (bare := _BARE_BODY_POST_RE.fullmatch(part)) is not None and \
                (bare.group(1) or len(parts) >= 2):
            name = org_taken_up(ctx, index, bare.group(2), before=start)
        elif name is None and (branch := _BARE_BRANCH_POST_RE.fullmatch(part)) is not None:
            village = paragraph_village(ctx, index)
            if village is not None and village.endswith(branch.group(1)) and \
                    ("Organisation", village + branch.group(2)) in ctx.entities:
                name = village + branch.group(2)
        if name is not None and ("Organisation", name) in ctx.entities:
            ctx.add_relation("LEADS", ("Person", person.name), ("Organisation", name), index)


def _leading_role(role: str) -> bool:
    """书记, 主任, 队长, 总经理 … lead their organisation; deputies (副…) and members do not."""
    return "副" not in role and any(w in role for w in ("书记", "长", "主任", "主席", "总经理"))
