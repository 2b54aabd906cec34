"""Training data for the NER model beyond the rules' own sentences: entity swaps and templates.

Why: trained on the rules' mentions over a handful of reports, the model
learns those few names by heart (and relearns the rules), so it adds
nothing.  Two remedies that do not depend on any report:

- entity swap (``swap_entities``): in a silver sentence every person and
  organisation the rules found is replaced by a made-up one (persons from
  ``surnames.tsv`` + given-name characters or transliteration characters;
  organisations from gazetteer places + made-up towns and villages + a body
  + a suffix of ``org_suffixes.tsv``), so what the model can learn is the
  context, not the name;
- templates (``models/hanlp_ner/templates.tsv``, written for this project):
  contexts the rules do not cover (a title after the name, a speech verb
  after a given name, honour lists, organisations acting together).

Everything is seeded: the same seed gives the same sentences.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Rows = list[tuple[str, str]]

# frequent given-name characters (a generic list, no real names)
GIVEN_CHARS = "建国华明丽红伟强军平芳英秀玉兰志文海东林春成福晓虎杰波涛宏峰鹏霞燕娟敏静丹鑫磊超勇斌刚辉凤荣桂梅琴"
# characters for made-up town and village names (generic, no real place)
_PLACE_CHARS = "东西南北新兴红光太平前后上下大小河山沟泉营子台湾岭川白黑青金宝丰安和顺德胜利"
_TOWN = ("镇", "乡", "苏木", "街道")
_VILLAGE = ("村", "嘎查", "社区")
# organisation bodies: what comes between a place and a suffix (generic words)
_GOV_BODIES = ("农牧", "林业和草原", "教育", "卫生健康", "信访", "民政", "司法", "文化旅游", "交通运输", "自然资源",
               "水利", "农电", "生态环境", "应急管理", "医疗保障", "市场监督管理", "审计", "统计", "人力资源和社会保障")
_PARTY_SUFFIXES = ("党支部", "党总支", "党委", "联合党委", "党工委")
_OTHER = ("{town}人民政府", "{banner}{gov}局", "{banner}公安局{town}派出所", "{village}股份经济合作社",
          "{village}{p2}种植专业合作社", "{banner}人民医院", "{league}{gov}局", "{banner}{gov}局党支部",
          "{banner}委组织部", "{league}委组织部", "{p2}{p2}有限公司", "{banner}{p2}农民专业合作社",
          "{banner}边防派出所", "{league}职业技术学院", "{banner}{gov}局{town}{gov}所")


# words that usually follow a person's name: where one follows untagged text, the rules may
# have missed a person, so the sentence does not teach the model "no name here"
_NAME_FOLLOWERS = ("说", "老人", "同志", "表示", "介绍", "告诉", "谈起", "感慨", "笑着", "坦言", "回忆")


def unsure(rows: Rows) -> bool:
    """A word that usually follows a name follows untagged text: the rules may have missed a person."""
    text = "".join(c for c, _ in rows)
    for cue in _NAME_FOLLOWERS:
        start = text.find(cue)
        while start > 0:
            if rows[start - 1][1] == "O":
                return True
            start = text.find(cue, start + 1)
    return False


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(leagues/cities, banners/counties) of the gazetteer."""
    from pipeline.rules.gazetteer import load_gazetteer

    divs = load_gazetteer().divisions
    leagues = tuple(sorted(n for n, d in divs.items() if d.level == "league"))
    banners = tuple(sorted(n for n, d in divs.items() if d.level == "banner"))
    return leagues, banners


@dataclass(frozen=True)
class Maker:
    """Made-up persons, organisations, places and role cues, from the lexicons."""

    surnames: tuple[str, ...]
    translit: tuple[str, ...]
    cues: tuple[str, ...]

    @classmethod
    def from_lexicons(cls) -> Maker:
        from pipeline.rules.name_chars import transliteration_chars
        from pipeline.rules.persons import person_roles, surnames

        return cls(tuple(sorted(surnames())), tuple(sorted(transliteration_chars())),
                   (*person_roles(), "党员", "村民", "牧民"))

    def given(self, rng: random.Random) -> str:
        return "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))

    def person(self, rng: random.Random) -> str:
        if self.translit and rng.random() < 0.25:  # a Mongolian name written in transliteration
            return "".join(rng.choice(self.translit) for _ in range(rng.choice((2, 3, 4, 5))))
        return rng.choice(self.surnames) + self.given(rng)

    def given_only(self, rng: random.Random) -> str:
        return "".join(rng.choice(GIVEN_CHARS) for _ in range(2))

    def _p2(self, rng: random.Random) -> str:
        return "".join(rng.choice(_PLACE_CHARS) for _ in range(2))

    def place(self, rng: random.Random) -> str:
        leagues, banners = _places()
        r = rng.random()
        if r < 0.3:
            return rng.choice(leagues)
        if r < 0.6:
            return rng.choice(banners)
        town = self._p2(rng) + rng.choice(_TOWN)
        return (rng.choice(banners) if rng.random() < 0.5 else "") + town + (
            self._p2(rng) + rng.choice(_VILLAGE) if rng.random() < 0.5 else "")

    def organisation(self, rng: random.Random) -> str:
        leagues, banners = _places()
        if rng.random() < 0.5:
            return self.place(rng) + rng.choice(_PARTY_SUFFIXES)
        return rng.choice(_OTHER).format(
            town=self._p2(rng) + rng.choice(_TOWN), village=self._p2(rng) + rng.choice(_VILLAGE),
            banner=rng.choice(banners), league=rng.choice(leagues), gov=rng.choice(_GOV_BODIES),
            p2=self._p2(rng))

    def role(self, rng: random.Random) -> str:
        return rng.choice(self.cues)


def _tagged(text: str, tag: str | None) -> Rows:
    if tag is None:
        return [(c, "O") for c in text]
    return [(c, ("B-" if i == 0 else "I-") + tag) for i, c in enumerate(text)]


def swap_entities(rows: Rows, rng: random.Random, maker: Maker, swap_cues: bool = True) -> Rows:
    """The sentence with each person and organisation replaced by a made-up one.

    A role cue right before a person is swapped for another cue too, so the
    model sees the pattern "cue, then a name" with many cues.
    """
    text = "".join(c for c, _ in rows)
    cues = sorted(maker.cues, key=len, reverse=True)
    out: Rows = []
    i = 0
    while i < len(rows):
        tag = rows[i][1]
        if tag.startswith("B-"):
            kind = tag[2:]
            j = i + 1
            while j < len(rows) and rows[j][1] == "I-" + kind:
                j += 1
            if kind == "PER":
                cue = next((c for c in cues if text[:i].endswith(c)), None) if swap_cues else None
                if cue and len(out) >= len(cue) and all(t == "O" for _, t in out[-len(cue):]):
                    del out[-len(cue):]
                    out.extend(_tagged(maker.role(rng), None))
                out.extend(_tagged(maker.person(rng), "PER"))
            else:
                out.extend(_tagged(maker.organisation(rng), kind))
            i = j
            continue
        out.append(rows[i])
        i += 1
    return out


_SLOT = re.compile(r"\{(PER|GIVEN|ORG|PLACE|ROLE|N)\}")


def load_templates(path: Path | None = None) -> list[str]:
    from policykg.paths import models_dir

    return _lines(path or models_dir() / "hanlp_ner" / "templates.tsv")


def fill_template(template: str, rng: random.Random, maker: Maker) -> Rows:
    """One sentence from a template, BIO-tagged."""
    out: Rows = []
    pos = 0
    for m in _SLOT.finditer(template):
        out.extend(_tagged(template[pos:m.start()], None))
        slot = m.group(1)
        if slot == "PER":
            out.extend(_tagged(maker.person(rng), "PER"))
        elif slot == "GIVEN":
            out.extend(_tagged(maker.given_only(rng), "PER"))
        elif slot == "ORG":
            out.extend(_tagged(maker.organisation(rng), "ORG"))
        elif slot == "PLACE":
            out.extend(_tagged(maker.place(rng), None))
        elif slot == "ROLE":
            out.extend(_tagged(maker.role(rng), None))
        else:
            out.extend(_tagged(str(rng.randint(2, 300)), None))
        pos = m.end()
    out.extend(_tagged(template[pos:], None))
    return out


def synthetic(n: int, rng: random.Random, maker: Maker, templates: list[str] | None = None) -> list[Rows]:
    """``n`` template sentences (templates taken in turn, slots filled at random)."""
    templates = templates if templates is not None else load_templates()
    return [fill_template(templates[i % len(templates)], rng, maker) for i in range(n)] if templates else []
