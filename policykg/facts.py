"""The typed facts that every stage speaks.

One set of pydantic models is what ``pipeline/`` returns, what ``graph/`` stores,
what ``policykg extract`` writes and what the API serves, so that nothing
downstream ever reads spaCy or HanLP objects.  Names follow ``SCHEMA.md``.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityLabel = Literal["Place", "Organisation", "Programme", "Component", "Person"]
PlaceLevel = Literal["region", "league", "banner", "township", "village"]
OrgKind = Literal[
    "party_committee",
    "party_branch",
    "government",
    "cooperative",
    "association",
    "enterprise",
    "university",
    "bank",
    "other",
]
ProgrammeKind = Literal[
    "project",
    "approach",
    "mechanism",
    "campaign",
    "model",
    "system",
    "brand",
    "platform",
    "standard",
    "policy",
]
RelationType = Literal[
    "PART_OF", "IMPLEMENTS", "LOCATED_IN", "LEADS", "PARTNERS_WITH", "PART_OF_PROGRAMME"
]
Basis = Literal["text", "admin_knowledge", "inferred"]
Qualifier = Literal["余", "近", "超过", "以上"]

LEVEL_RANK: dict[str, int] = {"region": 0, "league": 1, "banner": 2, "township": 3, "village": 4}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntityRef(Frozen):
    """Points at an entity by its key (label + canonical name)."""

    label: EntityLabel
    name: str

    @classmethod
    def of(cls, label: str, name: str) -> EntityRef:
        """The reference to (label, name), validated once; one frozen object shared by the facts pointing at it.

        Building a model costs microseconds, and a report's figures and relations point at
        the same few entities again and again.
        """
        hit = _REFS.get((label, name))
        if hit is not None and cls is EntityRef:
            return hit
        ref = cls(label=label, name=name)  # type: ignore[arg-type]
        if cls is not EntityRef:
            return ref
        if len(_REFS) >= 8192:
            _REFS.clear()
        _REFS[(label, name)] = ref
        return ref


_REFS: dict[tuple[str, str], EntityRef] = {}


class Sentence(Frozen):
    """The provenance unit: offsets are into the cleaned document text."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int
    # the sentence in the file's own characters when they were converted to simplified ones
    # (same length and offsets as ``text``); None when nothing was converted
    original: str | None = None

    @property
    def sentence_id(self) -> str:
        return f"{self.doc_id}:{self.index}"


class Evidence(Frozen):
    """The sentence a fact was read from."""

    doc_id: str
    sentence_index: int
    text: str

    @property
    def sentence_id(self) -> str:
        return f"{self.doc_id}:{self.sentence_index}"

    @classmethod
    def of(cls, sentence: Sentence) -> Evidence:
        """The evidence of a sentence; one frozen object shared by the facts read from it."""
        hit = _EVIDENCE.get(id(sentence))
        if hit is not None and hit[0] is sentence and cls is Evidence:
            return hit[1]
        evidence = cls(doc_id=sentence.doc_id, sentence_index=sentence.index, text=sentence.text)
        if len(_EVIDENCE) >= 4096:
            _EVIDENCE.clear()
        # the entry holds the sentence, so its id cannot be taken by another object meanwhile
        _EVIDENCE[id(sentence)] = (sentence, evidence)
        return evidence


_EVIDENCE: dict[int, tuple[Sentence, Evidence]] = {}


class Mention(Frozen):
    """One occurrence of an entity in a sentence (document offsets)."""

    label: EntityLabel
    name: str
    surface: str
    sentence_index: int
    start: int
    end: int
    source: str = "rules"


class Entity(BaseModel):
    """A node of the graph with the attributes SCHEMA.md gives its label."""

    model_config = ConfigDict(extra="forbid")

    label: EntityLabel
    name: str
    level: PlaceLevel | None = None
    kind: str | None = None
    aliases: list[str] = Field(default_factory=list)
    code: str | None = None
    role: str | None = None
    components: list[str] = Field(default_factory=list)
    name_en: str | None = None
    context: str | None = None
    evidence: Evidence

    @property
    def ref(self) -> EntityRef:
        return EntityRef(label=self.label, name=self.name)


class Relation(Frozen):
    type: RelationType
    head: EntityRef
    tail: EntityRef
    basis: Basis = "text"
    evidence: Evidence


class Metric(Frozen):
    subject: EntityRef
    indicator: str
    value: float
    unit: str
    qualifier: Qualifier | None = None
    year: int | None = None
    raw: str
    evidence: Evidence

    @property
    def metric_id(self) -> str:
        """Stable key from what the metric says and where (SCHEMA.md)."""
        key = "|".join(
            [
                self.subject.label,
                self.subject.name,
                self.indicator,
                f"{self.value:.6g}",
                self.unit,
                str(self.year),
                self.evidence.doc_id,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


class Document(BaseModel):
    """A read and cleaned input document."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    source: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    publisher: str | None = None
    sha256: str
    chars: int
    text: str
    # where the document was published (an HTML page's canonical URL), when known
    url: str | None = None
    # ``text`` in the file's own characters when traditional ones were converted (same offsets)
    original_text: str | None = None


class DocumentFacts(BaseModel):
    """Everything extracted from one document, ready for a store or for JSONL."""

    document: Document
    sentences: list[Sentence]
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
