"""The one interface every store speaks.

The CLI, the API and the notebooks talk to a ``GraphStore``; they never know
whether the server behind the driver is the embedded ArcadeDB or Neo4j.
``open_store`` turns a store URI into one:

- ``embedded:PATH`` (or a bare path): an ArcadeDB server that policykg starts
  on a free loopback port with its data in PATH, reused while it runs;
- ``bolt://HOST:PORT`` / ``neo4j://HOST:PORT``: a Neo4j server, credentials
  from ``POLICYKG_NEO4J_USER`` / ``_PASSWORD`` / ``_DATABASE``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from policykg.facts import DocumentFacts


class WriteReport(BaseModel):
    """What writing one document did."""

    doc_id: str
    status: str  # "written", "unchanged", "replaced"
    nodes: int = 0
    relationships: int = 0


@runtime_checkable
class GraphStore(Protocol):
    """A graph that holds SCHEMA.md and answers parameterised Cypher."""

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of SCHEMA.md's keys (idempotent)."""

    def document_hash(self, doc_id: str) -> str | None:
        """The sha256 stored for a document, or None if it is not stored."""

    def write_document(self, facts: DocumentFacts) -> WriteReport:
        """Store one document's facts in one transaction; same bytes change nothing,
        changed bytes replace only that document's support."""

    def write_documents(self, batch: Sequence[DocumentFacts]) -> list[WriteReport]:
        """Store several documents, the new ones together in one transaction (bulk loads)."""

    def delete_document(self, doc_id: str) -> int:
        """Remove a document and every fact that only it supported; returns facts removed."""

    def read(self, cypher: str, params: Mapping[str, Any] | None = None, *,
             limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher in a read transaction; writes are refused."""

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by SCHEMA.md label and relationship counts by type (two full scans)."""

    def generation(self) -> int:
        """A number every committed write increments (0 for a store never written since it existed):
        an indexed lookup that tells readers the graph changed, without counting it."""

    def close(self) -> None:
        """Release the driver (an embedded server keeps running for reuse)."""
