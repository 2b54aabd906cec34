"""What kind of programme the text calls a name: the kind word written right after it.

The extractor stores one ``kind`` per programme; a kind-filtered question
("which mechanisms…", "what system…") first trusts the sentences that state the
fact: “两委联席”制度 is a mechanism, “三治融合”乡村治理体系 a system, and
“五个三”要求 is not a model whatever the stored kind says. Chains of quoted
names share the word after the last one (“A”“B”等多种模式). The word list is the
extractor's own ``models/lexicons/programme_kinds.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.paths import lexicon

OTHER = "other"
_CHAIN = re.compile(r"^(?:[”’》」』]|“[^”]{1,40}”|《[^》]{1,40}》|、|和|及|与|\s)+")
_LEAD = re.compile(r"^(?:等多种|等多项|等一系列|等|的新|的)")
_END = re.compile(r"[，。；：！？,;:!?（(\n]")


@lru_cache(maxsize=1)
def kind_words() -> tuple[tuple[str, str], ...]:
    rows = []
    for line in lexicon("programme_kinds.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = (c.strip() for c in line.split("\t")[:2])
            rows.append((word, kind))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def kind_in_text(name: str, sentence: str, window: int = 6) -> str | None:
    """The kind the sentence gives the name; ``OTHER`` when another word follows it; None when nothing does."""
    at = sentence.find(name)
    if at < 0:
        return None
    tail = sentence[at + len(name):]
    tail = _LEAD.sub("", _CHAIN.sub("", tail))
    segment = _END.split(tail, maxsplit=1)[0]
    if not segment:
        return None
    best: tuple[int, str] | None = None
    for word, kind in kind_words():
        pos = segment.find(word)
        if 0 <= pos <= window and (best is None or pos < best[0]):
            best = (pos, kind)
    return best[1] if best else OTHER


def matches_kinds(name: str, stored_kind: str | None, sentences: list[str], kinds: list[str]) -> bool:
    """Whether a programme is of one of the asked kinds: the text's word first, else the stored kind."""
    said = [k for k in (kind_in_text(name, s) for s in sentences) if k is not None]
    if said:
        return any(k in kinds for k in said)
    return stored_kind in kinds
