"""The shared state of one document's extraction: sentences, spans and mentions so far.

Stages add to it in order (places, organisations, persons, programmes,
metrics, relations) and read what earlier stages found, the way spaCy
components read ``doc.ents``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from policykg.facts import Document, Entity, Evidence, Mention, Metric, Relation, Sentence

T = TypeVar("T")

QUOTE_RE = re.compile(r"“([^“”]{1,60})”|‘([^‘’]{1,40})’|《([^《》]{2,60})》")


@dataclass
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
    _derived: dict[str, tuple[int, Any]] = field(default_factory=dict)

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

        Indexed once and rebuilt only when spans were added: the stages ask this
        many times per sentence.  The lists are shared; callers must not change them.
        """
        if self._indexed != len(self.spans):
            self._index = {}
            self._by_label = {}
            for s in sorted(self.spans, key=lambda x: (x.sentence, x.start)):
                self._index.setdefault(s.sentence, []).append(s)
                self._by_label.setdefault((s.sentence, s.label), []).append(s)
            self._indexed = len(self.spans)
        if label is None:
            return self._index.get(sentence) or []
        return self._by_label.get((sentence, label)) or []

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
        from policykg.facts import EntityRef

        self.relations[key] = Relation(
            type=rtype,  # type: ignore[arg-type]
            head=EntityRef(label=head[0], name=head[1]),  # type: ignore[arg-type]
            tail=EntityRef(label=tail[0], name=tail[1]),  # type: ignore[arg-type]
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
