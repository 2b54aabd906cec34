"""The rule extractor: ordered stages over one document's sentences.

Each stage is a callable taking the shared ``DocContext`` (see context.py) and
adding what it finds, so the spaCy pipeline can wrap each one as a component.
``STAGES`` is the order; ``run_rules`` runs them and returns typed facts.
"""

from __future__ import annotations

from collections.abc import Callable

from policykg.facts import Document, DocumentFacts, Sentence

from .context import DocContext
from .metrics import MetricFinder
from .organisations import OrganisationFinder
from .places import PlaceFinder
from .programmes import ProgrammeFinder
from .relations import RelationFinder

Stage = Callable[[DocContext], None]


def default_stages(known_programmes: dict[str, str] | None = None) -> list[tuple[str, Stage]]:
    """(name, stage) in the order they must run: later stages read earlier mentions."""
    return [
        ("places", PlaceFinder()),
        ("programmes", ProgrammeFinder(known_programmes)),
        ("organisations", OrganisationFinder()),
        ("metrics", MetricFinder()),
        ("relations", RelationFinder()),
    ]


_STAGES: list[tuple[str, Stage]] | None = None


def stages() -> list[tuple[str, Stage]]:
    global _STAGES
    if _STAGES is None:
        _STAGES = default_stages()
    return _STAGES


def to_facts(ctx: DocContext) -> DocumentFacts:
    """Turn a finished context into the typed facts every other layer reads."""
    return DocumentFacts(document=ctx.document, sentences=ctx.sentences, entities=list(ctx.entities.values()),
                         mentions=ctx.mentions(), relations=list(ctx.relations.values()),
                         metrics=_dedupe_metrics(ctx))


def _dedupe_metrics(ctx: DocContext) -> list:  # type: ignore[type-arg]
    seen = set()
    out = []
    for m in ctx.metrics:
        key = (m.subject, m.value, m.unit, m.evidence.sentence_index, m.raw)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def run_rules(document: Document, sentences: list[Sentence],
              known_programmes: dict[str, str] | None = None) -> DocumentFacts:
    """Run every stage; ``known_programmes`` (name → kind) links programmes across documents."""
    ctx = DocContext(document=document, sentences=sentences)
    pipeline = default_stages(known_programmes) if known_programmes else stages()
    for _name, stage in pipeline:
        stage(ctx)
    return to_facts(ctx)


def quoted_programmes(facts: DocumentFacts) -> dict[str, str]:
    """The programmes a document names (for linking the other documents of a corpus)."""
    return {e.name: e.kind or "mechanism" for e in facts.entities if e.label == "Programme"}
