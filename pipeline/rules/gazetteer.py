"""Administrative divisions from jionlp's five-level tree, with short forms by rule.

The tree (province, city, county, township, village; codes and jionlp's own
short forms on the first three levels) is read once from the ``jionlp``
package.  Levels follow SCHEMA.md: 盟 and prefecture cities are ``league``;
旗/县/县级市/区 ``banner``; 苏木/乡/镇/街道 ``township``; 嘎查/村/社区 ``village``.

Short forms are only trusted where they cannot be ordinary words: for the
regions listed in ``models/lexicons/focus_regions.tsv`` (the corpus's own
province) leagues and banners get their short forms, and a two-character short
form only if it ends in 旗 (达旗, 喀旗) - 青山, 东河, 新城 are words first.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from policykg.paths import lexicon

log = logging.getLogger(__name__)

LEVELS = ("region", "league", "banner", "township", "village")


def level_rank(level: str | None) -> int:
    """How deep a division level is (region 0 … village 4; anything else 5): the stages compare places by it."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


@dataclass(frozen=True)
class Division:
    """One administrative division of the dataset."""

    name: str
    level: str
    code: str | None
    parent: str | None  # canonical name of the parent division
    short: str | None = None


@dataclass
class Gazetteer:
    """Divisions by canonical name, and every surface form that may name them."""

    # regions, leagues and banners by canonical name (focus regions win name clashes)
    divisions: dict[str, Division] = field(default_factory=dict)
    # surface form -> canonical names of regions, leagues and banners
    forms: dict[str, list[str]] = field(default_factory=dict)
    # townships and villages of the focus regions by name (names repeat, so a list)
    deep: dict[str, list[Division]] = field(default_factory=dict)
    focus_names: set[str] = field(default_factory=set)
    max_form_len: int = 0
    # first two characters of every form -> the lengths of forms starting with them (longest first)
    prefixes: dict[str, list[int]] = field(default_factory=dict)
    _candidate_re: re.Pattern[str] | None = field(default=None, repr=False)
    _candidate_forms: int = -1
    _deep_tails: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _deep_tails_of: int = -1
    _villages_of: dict[str, list[str]] | None = field(default=None, repr=False)
    _villages_of_size: int = -1

    def add_form(self, form: str, canonical: str) -> None:
        names = self.forms.setdefault(form, [])
        if canonical not in names:
            names.append(canonical)
        self.max_form_len = max(self.max_form_len, len(form))
        lengths = self.prefixes.setdefault(form[:2], [])
        if len(form) not in lengths:
            lengths.append(len(form))
            lengths.sort(reverse=True)

    def scan(self, text: str, not_before: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
        """Longest-match scan for region/league/banner surface forms: (start, end, canonical name).

        Positions are found by one compiled pattern (a first and a second character
        that some form starts with, about one position in seven), and only those
        are looked up by their first two characters.  A match followed by one of
        ``not_before`` is no place; the scan goes on at the next character.
        """
        found: list[tuple[int, int, str]] = []
        prefixes, forms = self.prefixes, self.forms
        i, n = 0, len(text)
        # the candidates are one character wide, so finditer yields every one of them in order
        # (no search call per candidate); those inside a form found before are passed over
        for m in self._candidates().finditer(text):
            at = m.start()
            if at < i:
                continue
            for length in prefixes.get(text[at:at + 2], ()):
                names = forms.get(text[at:at + length]) if at + length <= n else None
                if names:
                    if not text.startswith(not_before, at + length):
                        found.append((at, at + length, names[0]))
                        i = at + length
                    break  # the longest form here; followed by not_before it is no place, and the scan goes on
        return found

    def _candidates(self) -> re.Pattern[str]:
        if self._candidate_re is None or self._candidate_forms != len(self.forms):
            firsts = {p[0] for p in self.prefixes if len(p) == 2}
            seconds = {p[1] for p in self.prefixes if len(p) == 2}
            self._candidate_re = re.compile(f"[{_char_class(firsts)}](?=[{_char_class(seconds)}])")
            self._candidate_forms = len(self.forms)
        return self._candidate_re

    def deep_lengths(self, tail: str) -> tuple[int, ...]:
        """The lengths (ascending) of the township and village names ending in ``tail`` (3 characters).

        The deep-name scan tries every length of name before each suffix; asking
        this first leaves only the lengths the dataset holds a name of.
        """
        if self._deep_tails_of != len(self.deep):
            tails: dict[str, set[int]] = {}
            for name in self.deep:
                if len(name) >= 3:
                    tails.setdefault(name[-3:], set()).add(len(name))
            self._deep_tails = {t: tuple(sorted(lengths)) for t, lengths in tails.items()}
            self._deep_tails_of = len(self.deep)
        return self._deep_tails.get(tail, ())

    def ancestors(self, name: str) -> list[str]:
        """Canonical names from the parent upwards (regions, leagues, banners)."""
        out: list[str] = []
        cur = self.divisions.get(name)
        while cur is not None and cur.parent:
            out.append(cur.parent)
            cur = self.divisions.get(cur.parent)
        return out

    def deep_under(self, name: str, ancestors: set[str], weight: Mapping[str, int] | None = None) -> Division | None:
        """The township or village called ``name`` that sits closest under a place in ``ancestors``.

        Only the nearest two levels count (a village's township or banner, a
        township's banner or league), never the region: village names repeat across
        the province and are often ordinary words.  Between two as close (巴彦花镇 of
        two banners the document names), the one under the place named most often
        (``weight``: the document's own banner, not one of a related-reading list) wins.
        """
        best: tuple[int, int, Division] | None = None
        for div in self.deep.get(name, []):
            for distance, anc in enumerate(self._chain(div)[:2]):
                if anc in ancestors:
                    named = weight.get(anc, 0) if weight else 0
                    if best is None or (distance, -named) < (best[0], -best[1]):
                        best = (distance, named, div)
                    break
        return best[2] if best else None

    def _chain(self, div: Division) -> list[str]:
        """Parent names upwards from a deep division (township, banner, league)."""
        chain: list[str] = []
        parent = div.parent
        while parent:
            chain.append(parent)
            if parent in self.divisions:
                chain.extend(self.ancestors(parent))
                break
            up = self.deep.get(parent)
            parent = up[0].parent if up else None
        return [c for c in chain if self.divisions.get(c) is None or self.divisions[c].level != "region"]

    def villages_under(self, township: str) -> list[str]:
        """The names of the villages the data holds directly under a township of that name.

        Built once for all townships (a reverse index of ``deep``), asked only for the
        townships a document names.
        """
        if self._villages_of is None or self._villages_of_size != len(self.deep):
            index: dict[str, list[str]] = {}
            for name, divs in self.deep.items():
                for d in divs:
                    if d.level == "village" and d.parent:
                        index.setdefault(d.parent, []).append(name)
            self._villages_of = index
            self._villages_of_size = len(self.deep)
        return self._villages_of.get(township, [])

    def deep_parent(self, div: Division) -> Division | None:
        for cand in self.deep.get(div.parent or "", []):
            return cand
        return None


def _char_class(chars: set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _jionlp_location_file() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        raise RuntimeError("the jionlp package is not installed; it provides the division data")
    return Path(spec.origin).parent / "dictionary" / "china_location.zip"


def _level_of(depth: int, name: str) -> str:
    if depth == 0:
        return "region"
    if depth == 1:
        return "league"
    if depth == 2:
        return "banner"
    if depth == 3:
        return "township"
    return "village"


def _focus_regions() -> set[str]:
    path = lexicon("focus_regions.tsv")
    return {
        ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"
    }


def _rule_short_forms(name: str, level: str, given: str | None) -> set[str]:
    """Short forms by rule: jionlp's own, and the name without its level suffix."""
    forms: set[str] = set()
    if given and given != name:
        forms.add(given)
    for suffix in ("自治区", "管理区", "管委会", "盟", "市"):
        if level in ("region", "league", "banner") and name.endswith(suffix) and len(name) - len(suffix) >= 2:
            if suffix == "市" and level == "banner":
                continue
            forms.add(name[: -len(suffix)])
    return forms


def _trusted_short(form: str, level: str) -> bool:
    if len(form) >= 3:
        return True
    if level == "region":
        return False
    return form.endswith("旗") or level == "league"


def _without_banner_prefix(gaz: Gazetteer, name: str, parent: str | None) -> str | None:
    """A township's name without the short form of its banner that the dataset opens it with.

    The dataset writes some townships with their banner's name or short form first
    (陈旗鄂温克民族苏木, 四子王旗乌兰花镇); reports write them without it.  The longest
    form the name opens with is cut, if it ends in a level word (化德县七号镇 → 七号镇,
    never 县七号镇; 多伦诺尔镇 keeps 多伦), and the rest must still be a name (two
    characters or more before the suffix).
    """
    div = gaz.divisions.get(parent) if parent else None
    if div is None or div.level != "banner":
        return None
    form = next((f for f in sorted(_rule_short_forms(div.name, div.level, div.short) | {div.name},
                                   key=len, reverse=True) if name.startswith(f)), None)
    if form is None or not form.endswith(("旗", "县", "市", "区")):  # 多伦诺尔镇 is not 多伦 + 诺尔镇
        return None
    rest = name[len(form):]
    suffix = next((x for x in ("苏木", "镇", "乡") if rest.endswith(x)), None)
    return rest if suffix is not None and len(rest) - len(suffix) >= 2 else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer (about a second; cached for the process)."""
    focus = _focus_regions()
    gaz = Gazetteer()
    data = zipfile.ZipFile(_jionlp_location_file()).read("china_location.txt").decode("utf-8")
    stack: list[str] = []
    in_focus = False
    for line in data.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if not parts or not parts[0]:
            continue
        name = parts[0]
        code = parts[1] if len(parts) > 1 else None
        short = parts[2] if len(parts) > 2 else None
        if depth == 0:
            in_focus = name in focus
        del stack[depth:]
        parent = stack[-1] if stack else None
        # direct-administered municipalities repeat themselves one level down
        if depth == 1 and parent == name:
            stack.append(name)
            continue
        level = _level_of(depth, name)
        if level == "banner" and name.endswith("管委会"):
            # a management committee is the administration of a 管理区 (SCHEMA.md level banner)
            short = short or name[:-3]
            name = name[:-3] + "管理区"
        stack.append(name)
        if depth >= 3:
            if in_focus:
                gaz.deep.setdefault(name, []).append(
                    Division(name=name, level=level, code=code, parent=parent))
                bare = _without_banner_prefix(gaz, name, parent) if level == "township" else None
                if bare is not None:
                    # 陈旗鄂温克民族苏木 is written 鄂温克民族苏木: index it without its banner's short form too
                    gaz.deep.setdefault(bare, []).append(Division(name=bare, level=level, code=code, parent=parent))
                if name.endswith(("苏木乡", "苏木镇")):
                    # 展旦召苏木乡 is written 展旦召苏木: index the sumu under its own name too
                    gaz.deep.setdefault(name[:-1], []).append(
                        Division(name=name[:-1], level=level, code=code, parent=parent))
            continue
        if name in gaz.divisions and (name in gaz.focus_names or not in_focus):
            continue
        gaz.divisions[name] = Division(name=name, level=level, code=code, parent=parent, short=short)
        if in_focus:
            gaz.focus_names.add(name)
        gaz.add_form(name, name)
        if in_focus or depth == 0:
            for form in _rule_short_forms(name, level, short):
                if _trusted_short(form, level):
                    gaz.add_form(form, name)
    log.info("gazetteer: %d divisions, %d surface forms", len(gaz.divisions), len(gaz.forms))
    # The tree and everything imported so far live as long as the process.  Moved out of
    # the collector's reach (after a collection, so that no garbage is kept), they are not
    # walked again on every full collection: about 10% of extraction time.
    gc.collect()
    gc.freeze()
    return gaz
