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
from typing import Any

from pypinyin import lazy_pinyin

from graph import queries
from graph.store import GraphStore


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


def _strip_quotes(text: str) -> str:
    return re.sub(r"[“”\"'‘’]", "", text)
