"""From a question (Chinese or English) to a query name and its parameters.

The parser recognises the graph's own names in the question (places, programmes,
organisations, persons, components; see names.py), English questions first get
Chinese cue words from ``models/lexicons/qa_en.tsv``, and then one rule per
question family picks a named query from ``graph/queries.py``. It never builds
Cypher. A question no rule accepts raises ``QuestionError`` with what was
understood and forms that work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from policykg.errors import QuestionError
from policykg.paths import lexicon

from .names import NameIndex

KIND_WORDS: dict[str, list[str]] = {
    "模式": ["model"], "机制": ["mechanism"], "制度": ["mechanism"], "体系": ["system"],
    "标准": ["standard"], "品牌": ["brand"], "工程": ["project"], "项目": ["project"],
    "活动": ["campaign"], "行动": ["campaign"], "平台": ["platform"], "做法": ["approach"],
    "方法": ["approach"], "工作法": ["approach"], "政策": ["policy"],
}
LEVEL_WORDS: list[tuple[str, str]] = [
    ("盟市", "league"), ("盟", "league"), ("地级市", "league"), ("市", "league"),
    ("旗县", "banner"), ("旗", "banner"), ("县", "banner"), ("苏木乡镇", "township"), ("镇", "township"),
    ("自治区", "region"), ("省", "region"),
]
ORG_KIND_WORDS: dict[str, str] = {
    "高校": "university", "大学": "university", "学院": "university", "银行": "bank", "合作社": "cooperative",
    "协会": "association", "企业": "enterprise", "公司": "enterprise",
}
SUGGESTIONS = [
    "哪些地方推行“协会+合作社”模式？",
    "达拉特旗采用了哪些模式？",
    "锡林郭勒盟建立了多少户党员中心户？",
    "苏尼特左旗属于哪个盟？",
    "锡林郭勒盟和达拉特旗有哪些共同实施的项目？",
    "which banners use the association-plus-cooperative model",
]


@dataclass
class Parse:
    """What the question asks: a family, the named query and its parameters."""

    family: str
    query: str
    params: dict[str, Any]
    answer_kind: str  # places, programmes, organisations, persons, components, metrics
    understood: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def english_cues() -> list[tuple[re.Pattern[str], str]]:
    rows = []
    for line in lexicon("qa_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, cue = line.split("\t")[:2]
            rows.append((re.compile(pattern.strip(), re.IGNORECASE), cue.strip()))
    return rows


def to_chinese_cues(question: str) -> str:
    """An English question with the Chinese cue words its phrases stand for appended."""
    if not re.search(r"[A-Za-z]{3,}", question):
        return question
    cues = [cue for pattern, cue in english_cues() if pattern.search(question)]
    # the figure asked for goes last, where a Chinese question puts its head noun
    cues.sort(key=lambda cue: "多少" in cue)
    return question + " " + " ".join(cues)


@lru_cache(maxsize=1)
def english_org_words() -> list[tuple[re.Pattern[str], str]]:
    rows = []
    for line in lexicon("qa_org_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, chinese = line.split("\t")[:2]
            rows.append((re.compile(r"\b(?:" + pattern.strip() + r")\b", re.IGNORECASE), chinese.strip()))
    return rows


def english_org_chinese(question: str) -> str:
    """The Chinese of the organisation words an English question writes, in its order (no overlaps)."""
    spans: list[tuple[int, int, str]] = []
    for pattern, chinese in english_org_words():
        for m in pattern.finditer(question):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), chinese))
    return "".join(chinese for _a, _b, chinese in sorted(spans))


def _quoted(text: str) -> list[str]:
    return [a or b for a, b in re.findall(r"“([^”]+)”|\"([^\"]+)\"", text)]


WITHIN = (r"哪些(旗县市?区?|旗市区?|旗区|旗|县区?|区县|地方|地区|单位|嘎查村|嘎查|村|社区|苏木乡镇|苏木|乡镇|镇|街道)"
          r"|哪个(旗|县|嘎查|村|苏木|镇)")
WITHIN_LEVELS: list[tuple[str, str]] = [("旗", "banner"), ("县", "banner"), ("区", "banner"), ("嘎查", "village"),
                                        ("村", "village"), ("社区", "village"), ("苏木", "township"),
                                        ("乡", "township"), ("镇", "township"), ("街道", "township")]


def _match(q: str) -> str:
    """Every component (a model of these parts) or any of them."""
    return "all" if re.search(r"既|同时|和.*都|both|-plus-|\bplus\b|\+|[A-Za-z]+-[A-Za-z]+ model", q) else "any"


def _implementers(question: str, quoted: list[str], programmes: list[str], components: list[str],
                  names: NameIndex) -> Parse:
    """Places implementing the programme named in quotes, else the model of the parts named, else the programme."""
    named = [names.programmes[x] for x in quoted if x in names.programmes]
    if named or (programmes and len(components) < 2):
        return Parse("implementers", "IMPLEMENTERS", {"programme": (named or programmes)[0], "label": "Place"},
                     "places")
    return Parse("implementers_of_component", "IMPLEMENTERS_OF_COMPONENTS",
                 {"components": components, "match": _match(question), "level": None}, "places")


def parse(question: str, names: NameIndex) -> Parse:
    q = to_chinese_cues(question.strip())
    places = [name for _pos, name in names.find(names.places, q)]
    for name in names.find_pinyin(question):
        if name not in places:
            places.append(name)
    places = list(dict.fromkeys(places))
    quoted = _quoted(q)
    programmes = [names.programmes[x] for x in quoted if x in names.programmes]
    programmes += [n for _p, n in names.find(names.programmes, q) if n not in programmes and n not in places]
    orgs = [n for _p, n in names.find(names.organisations, q)]
    if re.search(r"[A-Za-z]{3,}", question):
        english_org = names.organisation_in_english(places, english_org_chinese(question))
        if english_org and english_org not in orgs:
            orgs.insert(0, english_org)
    persons = [p for p in names.persons if p in q]
    components = [c for c in names.components if c in q and len(c) >= 2]
    # 党员 inside 党员中心户 is not a component of its own
    components = [c for c in components if not any(c != d and c in d for d in components)]
    understood: dict[str, Any] = {"places": places, "programmes": programmes, "organisations": orgs,
                                  "persons": persons, "components": components}

    def make(family: str, query: str, params: dict[str, Any], kind: str) -> Parse:
        return Parse(family=family, query=query, params=params, answer_kind=kind, understood=understood)

    org_kind = next((k for w, k in ORG_KIND_WORDS.items() if w in q), None)
    kinds = sorted({k for w, ks in KIND_WORDS.items() if w in q for k in ks}) or None

    if "全称" in q:
        target: str | None = next((x for x in quoted if x in names.places or x in names.organisations), None)
        if target is None:
            target = next((s for s in sorted(names.places, key=len, reverse=True) if s in q), None)
        if target:
            canonical = names.places.get(target) or names.organisations.get(target) or target
            return make("alias_of", "ALIAS", {"alias": target, "name": canonical}, "places")
    if re.search(r"组成|组成部分|由哪些部分|components", q):
        model = programmes[0] if programmes else names.model_with_components(components)
        if model:
            return make("components", "COMPONENTS_OF", {"name": model}, "components")
    if re.search(r"是哪一?个?(工程|项目|品牌|行动)的|属于哪个(工程|项目)", q) and programmes:
        return make("parent_programmes", "PARENT_PROGRAMMES", {"name": programmes[0]}, "programmes")
    m = re.search(r"属于哪个([\u4e00-\u9fff]{1,3})|在哪个([\u4e00-\u9fff]{1,3})", q)
    if m and places:
        word = m.group(1) or m.group(2)
        level = next((lv for w, lv in LEVEL_WORDS if word.startswith(w)), "league")
        return make("ancestor", "ANCESTORS", {"name": places[0], "level": level}, "places")
    if re.search(r"所辖|下辖|辖区内|所属的?旗|有哪些旗", q) and places:
        level = "township" if "苏木乡镇" in q or "乡镇" in q else "banner"
        return make("descendants", "DESCENDANTS", {"name": places[0], "level": level}, "places")
    if persons and re.search(r"创办|创立|领办|牵头|成立|领导|带领", q):
        return make("leads", "LED_BY", {"name": persons[0], "kind": org_kind}, "organisations")
    if orgs and re.search(r"是谁|负责人|书记|队长|主任|领导人|谁(创办|创立|领办|成立|带领|牵头|负责|领导)|由谁", q):
        return make("leaders", "LEADERS_OF", {"name": orgs[0]}, "persons")
    within = re.search(WITHIN, q)
    if within and places and (programmes or components) and "被命名为" not in q:
        # which banners of a league (which villages of a banner) implement a programme or a model of parts
        within_level = next((lv for w, lv in WITHIN_LEVELS if w in within.group(0)), None)
        p = _implementers(question, quoted, programmes, components, names)
        p.understood.update(understood)
        p.family = "implementers_within"
        p.understood["within"] = places[0]
        p.understood["within_level"] = within_level
        return p
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", q)
    if re.search(r"合作|共建|结对|签订|与哪|哪家", unquoted) and (places or orgs) and org_kind in (
            "university", "bank", "enterprise", None) and not re.search(r"多少|几", q):
        head = places[0] if places else orgs[0]
        return make("partners", "PARTNERS_OF", {"name": head, "kind": org_kind}, "organisations")
    if len(places) >= 2 and re.search(r"共同|共有|都|相同|in common", q):
        return make("shared", "SHARED_PROGRAMMES", {"first": places[0], "second": places[1]}, "programmes")
    if re.search(r"多少|几个|几户|几名|规模|数量|情况如何|是多少|how many|how much", q):
        return make("metrics", "METRICS", {"places": places, "question": q}, "metrics")
    named_as = "被命名为" in q or re.search(r"哪些(党组织|组织|企业|单位|支部)", q)
    if programmes and re.search(r"哪些|哪个|哪家|谁", q) and not (places and not named_as and kinds):
        label = "Organisation" if named_as else "Place"
        return make("implementers", "IMPLEMENTERS", {"programme": programmes[0], "label": label},
                    "organisations" if label == "Organisation" else "places")
    if components and re.search(r"哪些地方|哪些旗|哪些盟|哪些嘎查|哪些苏木|模式", q) and not places:
        banner_only: str | None = "banner" if "哪些旗" in q else None
        return make("implementers_of_component", "IMPLEMENTERS_OF_COMPONENTS",
                    {"components": components, "match": _match(q), "level": banner_only}, "places")
    if places and re.search(r"哪些|什么|有何|which|what", q):
        return make("programmes_of", "PROGRAMMES_OF", {"name": places[0], "kinds": kinds}, "programmes")
    if programmes:
        return make("implementers", "IMPLEMENTERS", {"programme": programmes[0], "label": "Place"}, "places")
    raise QuestionError("could not tell what the question asks", understood=understood, suggestions=SUGGESTIONS)
