"""The shared state of one document's extraction: sentences, spans and mentions so far.

Stages add to it in order (places, organisations, persons, programmes,
metrics, relations) and read what earlier stages found, the way spaCy
components read ``doc.ents``.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter, is_
from typing import Any, TypeVar

from policykg.facts import Document, Entity, EntityRef, Evidence, Mention, Metric, Relation, Sentence

T = TypeVar("T")

# the kind of a place anaphor that points back to a township or village named before (该镇, 镇党委书记某某):
# set by the place stage, read by the person stage for a post's place
BACK_REFERENCE = "back_reference"

QUOTE_RE = re.compile(r"“([^“”]{1,60})”|‘([^‘’]{1,40})’|《([^《》]{2,60})》")


@dataclass(slots=True)
class Span:
    """A mention found in a sentence (offsets are into the sentence text)."""

    label: str
    name: str
    start: int
    end: int
    sentence: int
    level: str | None = None
    kind: str | None = None
    anaphor: bool = False


# the sort keys of the index, as C-level getters (called for every comparison of an insort)
_start: Callable[[Span], int] = attrgetter("start")
_position: Callable[[Span], tuple[int, int]] = attrgetter("sentence", "start")


@dataclass
class DocContext:
    document: Document
    sentences: list[Sentence]
    spans: list[Span] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    relations: dict[tuple[str, str, str, str, str], Relation] = field(default_factory=dict)
    metrics: list[Metric] = field(default_factory=list)
    # topic place per sentence index (the place the document or section is about)
    topic: dict[int, str] = field(default_factory=dict)

    _index: dict[int, list[Span]] = field(default_factory=dict)
    _by_label: dict[tuple[int, str], list[Span]] = field(default_factory=dict)
    _indexed: int = -1
    _ids: set[int] = field(default_factory=set)
    _snapshot: list[Span] = field(default_factory=list)  # the span list as it was when last indexed
    _derived: dict[str, tuple[int, Any]] = field(default_factory=dict)
    _opens: list[bool] = field(default_factory=list)  # opens_paragraph per sentence, built on first use

    def derived(self, key: str, compute: Callable[[DocContext], T], version: int | None = None) -> T:
        """A per-document view, recomputed only when ``version`` changed (default: the span count).

        Stages that need a whole-document view (who opens each paragraph …) for every
        sentence would otherwise rebuild it once per sentence.  A view of the entities
        passes ``len(ctx.entities)`` as its version.
        """
        now = len(self.spans) if version is None else version
        hit = self._derived.get(key)
        if hit is None or hit[0] != now:
            hit = (now, compute(self))
            self._derived[key] = hit
        return hit[1]  # type: ignore[no-any-return]

    def spans_in(self, sentence: int, label: str | None = None) -> list[Span]:
        """The spans of one sentence in text order, of one label if given.

        Indexed once and brought up to date only when spans were added: the stages ask
        this many times per sentence.  The lists are shared; callers must not change them
        (the index replaces a list rather than change it, so a list once returned stays as it was).
        """
        if self._indexed != len(self.spans):
            self._reindex()
        if label is None:
            return self._index.get(sentence) or []
        return self._by_label.get((sentence, label)) or []

    def _reindex(self) -> None:
        """Add the spans appended since the last call; rebuild when some span left the list.

        The index holds every span it lists, so no new span can take a listed one's id.
        A span goes after those of its sentence that start where it starts or before,
        which is where a stable sort of the list by (sentence, start) puts it too.
        """
        seen = self._ids
        spans = self.spans
        before = self._snapshot
        if len(spans) > len(before) and all(map(is_, spans, before)):
            # the usual case, spans appended since: the list still opens with the very spans it held
            # (all indexed), so only the tail can hold new ones.  (Compared by identity at C speed:
            # 3x faster than looking each one's id up in ``seen``, which made an int per span.)
            new = [s for s in spans[len(before):] if id(s) not in seen]
        else:
            new = [s for s in spans if id(s) not in seen]
        if len(self.spans) - len(new) != len(seen):
            self._index, self._by_label, seen = {}, {}, set()
            self._ids = seen
            new = sorted(self.spans, key=_position)
        # lists handed out before stay as they were (a caller may still be reading one): copied once
        fresh_index: set[int] = set()
        fresh_label: set[tuple[int, str]] = set()
        for s in new:
            if s.sentence not in fresh_index:
                self._index[s.sentence] = list(self._index.get(s.sentence, ()))
                fresh_index.add(s.sentence)
            insort(self._index[s.sentence], s, key=_start)
            key = (s.sentence, s.label)
            if key not in fresh_label:
                self._by_label[key] = list(self._by_label.get(key, ()))
                fresh_label.add(key)
            insort(self._by_label[key], s, key=_start)
            seen.add(id(s))
        self._snapshot = self.spans[:]
        self._indexed = len(self.spans)

    def opens_paragraph(self, index: int) -> bool:
        """Whether sentence ``index`` begins a paragraph: the text's start, or right after a line break.

        Every stage that keeps something per paragraph (its topic, the places it named, what
        a bare 该镇/合作社 takes up) asks this one question, so it is answered here once.
        """
        opens = self._opens
        if len(opens) != len(self.sentences):
            # asked some 450 times per report: answered for every sentence at once, then looked up
            text = self.document.text
            opens = self._opens = [s.start == 0 or text[s.start - 1] == "\n" for s in self.sentences]
        return opens[index]

    def quoted(self, sentence: int) -> list[tuple[int, int]]:
        """Character ranges inside quotes or book-title marks."""
        text = self.sentences[sentence].text
        return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]

    def add_entity(self, label: str, name: str, sentence: int, **attrs: object) -> Entity:
        key = (label, name)
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity.model_validate({"label": label, "name": name,
                                         "evidence": Evidence.of(self.sentences[sentence]), **attrs})
            self.entities[key] = ent
        else:
            aliases = attrs.get("aliases") or []
            assert isinstance(aliases, list)
            for alias in aliases:
                if alias not in ent.aliases and alias != name:
                    ent.aliases.append(alias)
        return ent

    def add_relation(self, rtype: str, head: tuple[str, str], tail: tuple[str, str], sentence: int,
                     basis: str = "text") -> None:
        if head == tail:
            return
        key = (rtype, head[0], head[1], tail[0], tail[1])
        if key in self.relations:
            return
        self.relations[key] = Relation(
            type=rtype,  # type: ignore[arg-type]
            head=EntityRef.of(*head),  # (validated once, shared: an entity ends many relations)
            tail=EntityRef.of(*tail),
            basis=basis,  # type: ignore[arg-type]
            evidence=Evidence.of(self.sentences[sentence]),
        )

    def mentions(self) -> list[Mention]:
        out = []
        for s in self.spans:
            if s.anaphor:
                continue
            sent = self.sentences[s.sentence]
            out.append(Mention(label=s.label, name=s.name, surface=sent.text[s.start:s.end],  # type: ignore[arg-type]
                               sentence_index=s.sentence, start=sent.start + s.start,
                               end=sent.start + s.end))
        return out
