"""Which reported figures a metric question asks for.

Indicators are free noun phrases written by the extractor, so a question is not
matched against a fixed list: its words (the question minus places, years and
question words) are compared by character bigrams, weighted by how rare each
bigram is among the candidates, with three texts of every candidate metric: its
indicator, the clause that states the number, and the whole sentence. The
clause carries what an elliptical indicator leaves out (纯收入 after 嘎查村集体经济…),
the rarity weighting lets the distinctive word (纯收入 vs 总收入) decide.

Two readings of the number itself help: a question word right next to it
("527个嘎查村", "网格2093个") says what it counts, and a whole-place marker
before it (全市, 全盟) says it is the place's total rather than a part. A growth
rate stated right after a chosen figure belongs to the answer too.

Pure functions: ``metric_ask`` reads the question, ``select`` ranks rows of
``graph.queries.METRICS_OF``; the lexicon is ``models/lexicons/qa_metrics.tsv``.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from policykg.paths import lexicon

log = logging.getLogger(__name__)
CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")
SURVEY = re.compile(r"情况|各地|哪些地方|by place|across")


@dataclass(frozen=True)
class MetricWords:
    stop: tuple[str, ...]
    keep: tuple[str, ...]
    money: tuple[str, ...]
    total: tuple[str, ...]
    units: dict[str, str]


@lru_cache(maxsize=1)
def metric_words() -> MetricWords:
    stop, keep, money, total, units = [], [], [], [], {}
    for line in lexicon("qa_metrics.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        word, role = cols[0], cols[1]
        if role == "stop":
            stop.append(word)
        elif role == "keep":
            keep.append(word)
        elif role == "money":
            money.append(word)
        elif role == "total":
            total.append(word)
        elif role == "unit":
            units[word] = cols[2]
    by_len = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
    return MetricWords(by_len(stop), by_len(keep), by_len(money), by_len(total), units)


@dataclass
class MetricAsk:
    """What a metric question asks: about whom, which words name the figure, units, year."""

    subjects: list[str]
    words: list[str]
    units: set[str] | None  # None: any unit
    year: int | None
    survey: bool = False  # every figure on the topic, not the best one per subject
    protected: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)

    @property
    def core(self) -> str:
        return "".join(self.words)


def _unit_class(unit: str | None) -> str:
    return {"人": "名", "位": "名"}.get(unit or "", unit or "")


def metric_ask(question: str, subjects: list[str], surfaces: list[str], protected: list[str]) -> MetricAsk:
    """Read a metric question. ``surfaces`` are the subject names as written (removed from the words);
    ``protected`` are names in the graph (programmes, indicators) that stop-word removal must not cut."""
    lex = metric_words()
    text = re.sub(r"[（(][^）)]*[）)]", lambda m: " " + m.group(0)[1:-1] + " ", question)
    year_m = re.search(r"(20\d\d)\s*年", text)
    year = int(year_m.group(1)) if year_m else None
    for surface in sorted(surfaces, key=len, reverse=True):
        text = text.replace(surface, " ")
    units: set[str] = set()
    for m in re.finditer(r"(?:多少|几)(万元|[户个名人位元项次亩所家处支件])?", text):
        if m.group(1):
            units.add(lex.units[m.group(1)])
    text = re.sub(r"(?:是?多少|几)(?:万元|[户个名人位元项次亩所家处支件])?", " ", text)
    text = re.sub(r"20\d\d\s*年?|\d+(\.\d+)?", " ", text)
    text = re.sub(r"[A-Za-z][A-Za-z'\-]*", " ", text)
    text = re.sub(r"[“”\"'‘’「」『』《》？?，,。、；;：:（）()\[\]+—-]", " ", text)
    guarded = [w for w in list(protected) + list(lex.keep) if len(w) >= 2 and w in text]
    words: list[str] = []
    for chunk in text.split():
        words += [w for w in _drop_stop(chunk, lex.stop, guarded).split() if len(w) >= 2]
    # a word written twice (an English cue and its Chinese gloss) counts once, where it comes last (the head noun)
    words = list(reversed(dict.fromkeys(reversed(words))))
    core = "".join(words)
    money = any(w in core for w in lex.money)
    allowed: set[str] | None
    if money:
        allowed = units | {"元", "%"}
    elif units:
        allowed = units
    else:
        allowed = None
    quoted = [a or b for a, b in re.findall(r"“([^”]+)”|\"([^\"]+)\"", question)]
    return MetricAsk(subjects=subjects, words=words, units=allowed, year=year, quoted=quoted,
                     survey=bool(SURVEY.search(question)) and not units, protected=guarded)


def _drop_stop(chunk: str, stop: tuple[str, ...], guarded: list[str]) -> str:
    """Replace stop words by spaces, except inside a guarded name."""
    keep = [False] * len(chunk)
    for g in guarded:
        start = chunk.find(g)
        while start >= 0:
            for i in range(start, start + len(g)):
                keep[i] = True
            start = chunk.find(g, start + 1)
    out = list(chunk)
    for w in stop:
        start = chunk.find(w)
        while start >= 0:
            span = range(start, start + len(w))
            if not any(keep[i] for i in span) and all(out[i] != " " for i in span):
                for i in span:
                    out[i] = " "
            start = chunk.find(w, start + 1)
    return "".join(out)


def bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def clause_of(sentence: str, raw: str | None, indicator: str) -> tuple[str, int, int, int]:
    """The clause of the sentence that states the number, where the number is and where the clause ends."""
    pos = sentence.find(raw) if raw else -1
    if pos < 0 and indicator:
        pos = sentence.find(indicator)
    if pos < 0:
        return indicator, -1, -1, len(sentence)
    end = pos + len(raw or indicator)
    left = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, pos)), default=0)
    right_m = CLAUSE_END.search(sentence, end)
    right = right_m.start() if right_m else len(sentence)
    return sentence[left:right], pos, end, right


def _weighted_recall(query: set[str], text: set[str], idf: dict[str, float]) -> float:
    total = sum(idf.get(g, 1.0) for g in query)
    return sum(idf.get(g, 1.0) for g in query & text) / total if total else 0.0


@dataclass
class _Candidate:
    row: dict[str, Any]
    sentence: str
    clause: str
    start: int
    end: int
    right: int
    score: float = 0.0
    prefix: float = 0.0
    hits: frozenset[str] = frozenset()  # question words the sentence states up to this clause
    local: frozenset[str] = frozenset()  # question words the clause or the indicator states
    restricted: bool = False  # the number counts those of the noun that do something the clause says
    counts_noun: bool = False  # the number is written next to a question word: it counts that noun

    @property
    def subject(self) -> str:
        return str(self.row["subject"])


def _word_in(word: str, text: str) -> bool:
    """A question word is in a text when it is there whole, or most of its bigrams are (放贷 ~ 发放贷款)."""
    if word in text:
        return True
    grams = bigrams(word)
    return len(grams) >= 3 and word[-3:] in text and len(grams & bigrams(text)) >= 0.75 * len(grams)


def select(ask: MetricAsk, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows that answer the question.

    Per subject the best candidate that contains a question word (ties across documents kept); then, for a
    question word no chosen figure covers, its best figure (授信和放贷: two figures); then each other
    document's best when it states everything the question says (a later report of the same measure);
    numbers stated in the same clause when the question names no measure word; growth rates right after.
    A survey question (各地…情况如何) keeps every figure close to the best.
    """
    lex = metric_words()
    core_grams = bigrams(ask.core)
    if not core_grams:
        return []
    rows = [r for r in rows if r.get("value") is not None]
    if ask.year is not None:
        rows = [r for r in rows if r.get("year") in (None, ask.year)] or rows
    cands = []
    for r in rows:
        sentence = r.get("sentence") or ""
        clause, start, end, right = clause_of(sentence, r.get("raw"), r.get("indicator") or "")
        cands.append(_Candidate(r, sentence, clause, start, end, right))
    df: Counter[str] = Counter()
    for c in cands:
        df.update(bigrams(c.sentence) | bigrams(c.clause))
    n = max(len(cands), 1)
    # a bigram no candidate has cannot tell candidates apart: weight 0 rather than the highest weight
    idf = {g: (math.log(1 + n / (1 + df[g])) if df[g] else 0.0) for g in core_grams}
    tail = ask.words[-1][-3:] if ask.words else ""
    allowed = {_unit_class(u) for u in ask.units} if ask.units is not None else None
    eligible: list[_Candidate] = []
    passing: list[_Candidate] = []  # right unit, no other money word: may come along with a chosen figure
    for c in cands:
        if allowed is not None and _unit_class(c.row.get("unit")) not in allowed:
            continue
        indicator = c.row.get("indicator") or ""
        s_ind = _weighted_recall(core_grams, bigrams(indicator), idf)
        s_clause = _weighted_recall(core_grams, bigrams(c.clause), idf)
        # the sentence up to the end of the clause: what an elliptical clause (纯收入突破…) inherits
        prefix = c.sentence[:c.right]
        c.prefix = _weighted_recall(core_grams, bigrams(prefix), idf)
        score = 0.35 * s_ind + 0.45 * s_clause + 0.2 * c.prefix
        if len(tail) == 3 and (tail in indicator or tail in c.clause):
            score += 0.45  # the head noun with its modifier (纯收入, not 总收入)
        if any(indicator.endswith(w) for w in ask.words):
            score += 0.1
        if any(q in c.clause for q in ask.quoted):
            score += 0.3  # a quoted term of the question stated with the number
        if c.start >= 0:
            after = CLAUSE_END.split(c.sentence[c.end:], maxsplit=1)[0].strip()
            after = re.split(r"[（(“]", after, maxsplit=1)[0]
            before = re.sub(r"(达到|达|为|共|有)$", "", c.sentence[max(0, c.start - 12):c.start].rstrip())
            if any(after.endswith(w) or before.endswith(w) for w in ask.words):
                score += 0.15  # the number counts the question's noun (3202个基础网格, 网格2093个)
                c.counts_noun = True
            elif any(after.startswith(w) for w in ask.words):
                score += 0.1
                c.counts_noun = True
                rest = next(after[len(w):] for w in ask.words if after.startswith(w))
                if re.search(r"[\u4e00-\u9fff]{2}", rest) and not re.search(r"全部|均|都|全", rest):
                    # the counted noun goes on to do something (1536户党员中心户联系贫困户…): those of them that
                    # do it, not the place's stock; 全部/均 (527个嘎查村集体经济收入全部达到…) says all of them
                    c.restricted = True
                    score -= 0.15
            if any(before.endswith(t) for t in lex.total):
                score += 0.1  # a whole-place total (全市527个嘎查村)
        c.score = score
        c.local = frozenset(w for w in ask.words if _word_in(w, c.clause) or _word_in(w, indicator))
        c.hits = c.local | frozenset(w for w in ask.words if _word_in(w, prefix))
        log.debug("%.3f ind %.2f clause %.2f prefix %.2f %s %s %s %s | %s", score, s_ind, s_clause, c.prefix,
                  c.subject, indicator, c.row.get("value"), sorted(c.hits), c.clause)
        asked_money = [m for m in lex.money if m in ask.core]
        other_money = [m for m in lex.money if m in c.clause and m not in ask.core]
        if asked_money and other_money and not any(m in c.clause for m in asked_money):
            continue  # a figure of 资金 does not answer a question about 收入
        passing.append(c)
        if c.hits or (ask.survey and score >= 0.3):
            eligible.append(c)
    if not eligible:
        return []
    best: dict[str, float] = {}
    for c in eligible:
        best[c.subject] = max(best.get(c.subject, 0.0), c.score)
    eligible.sort(key=lambda c: -c.score)
    if ask.survey:
        # every place that reports the measure, with the figures its sentence states alongside
        chosen = [c for c in eligible if c.score >= max(best[c.subject] - 0.05, 0.3)]
        sentences = {(x.subject, x.sentence) for x in chosen}
        chosen += [c for c in passing if c not in chosen and (c.subject, c.sentence) in sentences]
    else:
        chosen = [c for c in eligible if c.score >= best[c.subject] - 0.05]
        for c in eligible:  # a question word no chosen figure covers: its own best figure
            covered = {w for x in chosen if x.subject == c.subject for w in x.local}
            if c not in chosen and c.local - covered and c.score >= 0.6 * best[c.subject]:
                chosen.append(c)
        for c in eligible:  # another report's figure for the same measure
            docs = {x.row.get("doc") for x in chosen if x.subject == c.subject}
            if c not in chosen and c.row.get("doc") not in docs and c.prefix >= 0.75 and not c.restricted \
                    and (c.counts_noun or not any(x.counts_noun for x in chosen if x.subject == c.subject)) \
                    and c.score >= best[c.subject] - 0.35:
                chosen.append(c)
    if ask.units is None or "元" in (ask.units or set()):
        clauses = {(x.sentence, x.clause) for x in chosen}
        chosen += [c for c in passing if c not in chosen and (c.sentence, c.clause) in clauses and c.start >= 0]
    chosen += _growth_rates(cands, chosen)
    out, seen = [], set()
    for c in chosen:
        r = c.row
        key = (r["subject"], r.get("indicator"), r.get("value"), r.get("unit"), r.get("doc"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _growth_rates(cands: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """A percentage stated right after a chosen figure, in the next clause of the same sentence (增长40.1%)."""
    extra: list[_Candidate] = []
    for c in chosen:
        if c.end < 0:
            continue
        for d in cands:
            if d in chosen or d in extra or d.row.get("unit") != "%" or d.sentence != c.sentence or d.start < c.end:
                continue
            between = c.sentence[c.end:d.start]
            if len(between) <= 12 and len(CLAUSE_END.findall(between)) <= 1 \
                    and re.search(r"增长|增加|提高|上升|同比|较", between):
                extra.append(d)
    return extra
