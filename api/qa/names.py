"""The names a question can refer to, read from the store (never a list in code).

Places, programmes, organisations, persons, components and indicators with their
aliases, plus the pinyin of place names so "Dalad" or "Xilingol" finds 达拉特旗 or
锡林郭勒盟. Built once per store and rebuilt when the store's counts change.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from pypinyin import lazy_pinyin

from graph import queries
from graph.store import GraphStore
from policykg.paths import lexicon


@dataclass
class NameIndex:
    places: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    place_levels: dict[str, str] = field(default_factory=dict)
    programmes: dict[str, str] = field(default_factory=dict)
    programme_kinds: dict[str, str] = field(default_factory=dict)
    programme_components: dict[str, list[str]] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    organisation_kinds: dict[str, str] = field(default_factory=dict)
    persons: set[str] = field(default_factory=set)
    components: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    pinyin: dict[str, str] = field(default_factory=dict)  # pinyin of the name without level suffix -> name
    stems: dict[str, str] = field(default_factory=dict)  # place -> its name without level suffix
    english: dict[str, str] = field(default_factory=dict)  # English name (lower case) -> place, qa_places_en.tsv

    @classmethod
    def load(cls, store: GraphStore) -> NameIndex:
        idx = cls()
        for row in store.read(queries.PLACE_NAMES, limit=100_000):
            idx._add_place(row)
        for row in store.read(queries.PROGRAMME_NAMES, limit=100_000):
            idx.programmes[row["name"]] = row["name"]
            for alias in row.get("aliases") or []:
                idx.programmes.setdefault(_strip_quotes(alias), row["name"])
            idx.programme_kinds[row["name"]] = row.get("kind") or "mechanism"
            if row.get("components"):
                idx.programme_components[row["name"]] = list(row["components"])
        for row in store.read(queries.ORGANISATION_NAMES, limit=100_000):
            idx.organisations[row["name"]] = row["name"]
            for alias in row.get("aliases") or []:
                idx.organisations.setdefault(alias, row["name"])
            idx.organisation_kinds[row["name"]] = row.get("kind") or "other"
        by_stem: dict[str, str] = {}
        for place, stem in idx.stems.items():
            by_stem.setdefault(stem, place)
        for english, stem in english_place_names():
            found = by_stem.get(stem) or idx.places.get(stem)
            if found:
                idx.english[english.lower()] = found
        idx.persons = {r["name"] for r in store.read(queries.PERSON_NAMES, limit=100_000)}
        idx.components = {r["name"] for r in store.read(queries.COMPONENT_NAMES, limit=100_000)}
        idx.indicators = {r["name"] for r in store.read(queries.INDICATOR_NAMES, limit=100_000)}
        return idx

    def _add_place(self, row: dict[str, Any]) -> None:
        name = row["name"]
        self.places[name] = name
        self.place_levels[name] = row.get("level") or ""
        for alias in row.get("aliases") or []:
            if len(alias) >= 2:
                self.places.setdefault(alias, name)
        stem = re.sub(r"(自治区|管理区|盟|市|旗|县|区|镇|苏木|乡|嘎查|村|社区|街道)$", "", name)
        if len(stem) >= 2:
            self.pinyin.setdefault("".join(lazy_pinyin(stem)), name)
            self.stems[name] = stem

    def model_with_components(self, components: list[str]) -> str | None:
        """The model whose components best cover the ones named (a model asked for by its parts)."""
        asked = set(components)
        scored = [(len(asked & set(parts)) / len(asked | set(parts)), name)
                  for name, parts in self.programme_components.items()]
        best = max(scored, default=(0.0, None))
        return best[1] if best[0] >= 0.5 else None

    def find(self, table: dict[str, str], text: str) -> list[tuple[int, str]]:
        """Non-overlapping occurrences (position, canonical name) of a table's names, longest first."""
        found: list[tuple[int, int, str]] = []
        for surface in sorted(table, key=len, reverse=True):
            if len(surface) < 2:
                continue
            start = text.find(surface)
            while start >= 0:
                end = start + len(surface)
                if all(end <= a or start >= b for a, b, _ in found):
                    found.append((start, end, table[surface]))
                start = text.find(surface, end)
        return [(a, name) for a, _b, name in sorted(found)]

    def find_pinyin(self, text: str) -> list[str]:
        """Places named in Latin letters (Dalad, Xilingol, Baotou): the longest pinyin prefix wins."""
        out: list[str] = []
        for surface in sorted(self.english, key=len, reverse=True):  # Alxa, Ordos, Urad Front
            m = re.search(r"\b" + re.escape(surface) + r"\b", text, re.IGNORECASE)
            if m:
                if self.english[surface] not in out:
                    out.append(self.english[surface])
                text = text[:m.start()] + " " + text[m.end():]
        for word in re.findall(r"[A-Za-z]{4,}", text):
            w = word.lower()
            best, names = 0, []
            for py, name in self.pinyin.items():
                n = 0
                while n < min(len(w), len(py)) and w[n] == py[n]:
                    n += 1
                if n > best:
                    best, names = n, [name]
                elif n == best:
                    names.append(name)
            if best >= 4 and best >= 0.6 * len(w):
                out += [n for n in names if n not in out]
        # a transliteration of two words (Darhan Muminggan): closest pinyin by edit similarity
        words = re.findall(r"[A-Za-z]+", text)
        for a, b in itertools.pairwise(words):
            if not (a[:1].isupper() and b[:1].isupper()) or len(a) + len(b) < 10:
                continue
            pair = (a + b).lower()
            scored = [(SequenceMatcher(None, pair, py[:len(pair)]).ratio(), name) for py, name in self.pinyin.items()
                      if py[:1] == pair[:1]]
            if scored:
                ratio, name = max(scored)
                if ratio >= 0.75 and name not in out:
                    out.append(name)
        return out

    def organisation_in_english(self, places: list[str], translated: str) -> str | None:
        """An organisation named in English: a place (found by pinyin) followed by words whose Chinese
        (``translated``, in the question's order) is the rest of the name ("Alxa border management
        detachment" → 阿拉善 + 边境管理支队). The longest such name wins."""
        if not places or not translated:
            return None
        best: str | None = None
        for org in self.organisations.values():
            for place in places:
                for head in (place, self.stems.get(place, place)):
                    rest = org[len(head):] if org.startswith(head) else ""
                    # a city's organisation department: 通辽市委组织部 (the party committee's)
                    rest = re.sub(r"^(市|盟|旗|县|区)?委(?=.{2})", "", rest) if rest not in translated else rest
                    if len(rest) >= 2 and rest in translated and (best is None or len(org) > len(best)):
                        best = org
        return best


@lru_cache(maxsize=1)
def english_place_names() -> tuple[tuple[str, str], ...]:
    """English names of places whose spelling is not their pinyin (Alxa, Ordos), from qa_places_en.tsv."""
    rows = []
    for line in lexicon("qa_places_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, chinese = (c.strip() for c in line.split("\t")[:2])
            rows.append((english, chinese))
    return tuple(rows)


def _strip_quotes(text: str) -> str:
    return re.sub(r"[“”\"'‘’]", "", text)
