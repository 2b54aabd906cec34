"""``BoltStore``: the one ``GraphStore`` implementation, on the official neo4j driver.

The same code talks to the embedded ArcadeDB server (which the driver sees as
"Neo4j/5.26.0 compatible") and to a real Neo4j. The few differences are small
methods chosen by the server's agent string (``dialect``):

- ``element ids``: ArcadeDB's look like ``#4:0``; nothing here depends on them.
- ``query type`` (``_check_read_only``): a read must not write, and the database
  says whether a query writes before it runs. Neo4j answers ``EXPLAIN`` with the
  query type; anything but "r" is refused. ArcadeDB answers "w" for every query
  over Bolt (even ``MATCH (n) RETURN n``) and ignores the READ access mode, so the
  embedded server is asked through its Cypher engine instead (``graph.analyzer``:
  ``analyze(text)`` → not idempotent or DDL = refused), the check ArcadeDB's own
  HTTP query endpoint applies. Schema changes (``CREATE INDEX``) must be stopped
  there, before running: ArcadeDB applies them outside the transaction.
- then, on ArcadeDB only: ``write_clause``, a scan of the text (string literals,
  comments and backquoted names removed) for write clause words, kept as defence
  in depth. It also refuses ``LOAD CSV``, which ArcadeDB's analyzer calls
  idempotent but which reads any file the server can read (Neo4j confines it to
  its import folder), and it is the only pre-check left on an ArcadeDB reached
  without the analyzer (a standalone server, not one policykg started).
- last, on both: the query runs in a transaction that is always rolled back, and
  a result whose update counters are non-zero is refused.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction, Query, Session
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship

from policykg.errors import StoreError
from policykg.facts import DocumentFacts
from policykg.settings import get_settings

from .analyzer import Analyzer
from .schema import constraint_statements
from .store import WriteReport
from .writes import (
    BUMP_GENERATION,
    GENERATION_KEY,
    READ_GENERATION,
    delete_statements,
    document_writes,
    documents_writes,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
WRITE_ATTEMPTS = 8


_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WRITE_WORDS = re.compile(
    r"(?<![\w.$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|LOAD\s+CSV|FOREACH|GRANT|REVOKE|DENY"
    r"|RENAME|TERMINATE|ENABLE|DEALLOCATE|START\s+DATABASE|STOP\s+DATABASE)(?![\w$])(?!\s*:)",
    re.I,
)


def write_clause(cypher: str) -> str | None:
    """The first write clause word of a Cypher text, or None when it has none.

    String literals, comments and backquoted names are removed first, so a word
    inside them (``'CREATE'``) or a property called ``n.set`` is not a clause; a
    map key (``{set: 1}``) is not either.
    """
    found = _WRITE_WORDS.search(_LITERALS.sub(" ", cypher))
    return " ".join(found.group(1).upper().split()) if found else None


def _connect_error(uri: str, exc: BaseException) -> BaseException:
    """A failed first contact as a StoreError that says which of the usual causes it is."""
    if isinstance(exc, neo4j_errors.AuthError):
        return StoreError(f"{uri}: wrong user name or password ({exc.message})")
    if isinstance(exc, neo4j_errors.ServiceUnavailable | OSError):
        if "looks like HTTP" in str(exc):
            return StoreError(f"{uri}: that port answers HTTP, not Bolt (another program, or a browser "
                              "port: Neo4j's Bolt port is usually 7687, its browser 7474)")
        return StoreError(f"{uri}: the graph server does not answer ({exc})")
    if isinstance(exc, neo4j_errors.DriverError | neo4j_errors.Neo4jError):
        return StoreError(f"{uri}: the server at this address did not accept a Bolt connection ({exc})")
    if isinstance(exc, ValueError):
        return StoreError(f"{uri}: not a usable store URI ({exc})")
    return exc


def _stored_hashes(tx: ManagedTransaction, doc_ids: list[str]) -> dict[str, str]:
    """The sha256 of those documents already stored, read inside a write transaction."""
    result = tx.run("UNWIND $ids AS id MATCH (d:Document {docId: id}) RETURN id, d.sha256 AS sha256",
                    {"ids": doc_ids})
    return {r["id"]: r["sha256"] for r in result}


def _run_statements(tx: ManagedTransaction, statements: list[tuple[str, list[dict[str, Any]]]]) -> tuple[int, int]:
    """Run (statement, rows) pairs; the nodes and relationships they created."""
    nodes = rels = 0
    for statement, rows in statements:
        counters = tx.run(statement, {"rows": rows}).consume().counters
        nodes += counters.nodes_created
        rels += counters.relationships_created
    return nodes, rels


def _bump_generation(tx: ManagedTransaction) -> None:
    """Increment the store's generation in the write transaction that changed the graph.

    Run last, so on Neo4j the counter node is locked only for the commit and on
    ArcadeDB a conflict on it is found at commit (and the transaction re-run).
    """
    tx.run(BUMP_GENERATION, {"key": GENERATION_KEY}).consume()


def to_plain(value: Any) -> Any:
    """Driver values as JSON-friendly Python: nodes and relationships become their properties."""
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class BoltStore:
    """A graph store reached over Bolt."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None,
                 store_uri: str | None = None, analyzer: Analyzer | None = None) -> None:
        self.bolt_uri = uri
        self.analyzer = analyzer  # the embedded server's Cypher classifier (ArcadeDB dialect)
        # the policykg store URI (embedded:PATH for the embedded server) another process can open
        self.uri = store_uri or uri
        self.database = database
        try:
            self.driver: Driver = GraphDatabase.driver(uri, auth=(user, password))
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise StoreError(f"{uri}: not a usable store URI ({exc})") from None
        try:
            self.driver.verify_connectivity()
            self.agent = self.driver.get_server_info().agent
        except BaseException as exc:
            self.driver.close()
            raise _connect_error(uri, exc) from None
        self.dialect = "arcadedb" if "ArcadeDB" in self.agent else "neo4j"
        self.settings = get_settings()
        if self.dialect == "arcadedb" and analyzer is None:
            log.warning("%s: ArcadeDB without policykg's query analyzer (not an embedded server started by "
                        "this version): read-only Cypher is checked by the clause scan and rollback only", uri)

    # -- plumbing -------------------------------------------------------------
    def _write(self, work: Callable[[ManagedTransaction], T]) -> T:
        """One managed write transaction, retried on transient errors and write conflicts.

        The driver retries what the server calls transient; ``_conflict`` adds the
        conflicts ArcadeDB reports as client errors, so the whole transaction runs again.
        """
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.driver.session(database=self.database) as session:
                    return session.execute_write(work)
            except neo4j_errors.Neo4jError as exc:
                if attempt + 1 < WRITE_ATTEMPTS and self._conflict(exc):
                    log.info("write conflict (%s), retrying", exc.message)
                    time.sleep(random.uniform(0.01, 0.05) * 2 ** attempt)
                    continue
                raise StoreError(f"the graph store refused a write: {exc.message}") from None
            except neo4j_errors.DriverError as exc:
                raise StoreError(f"the graph store failed during a write: {exc}") from None
        raise AssertionError("unreachable")

    def _conflict(self, exc: neo4j_errors.Neo4jError) -> bool:
        """Whether a failed write lost a race with another writer, so running it again is right.

        A unique key violated at commit can only be such a race: every write either
        MERGEs on its key or CREATEs a node of a document that the same transaction
        found not stored (two writers of one new document: the loser's retry then
        finds it stored). ArcadeDB checks unique indexes at commit, without locks, so
        two transactions that MERGE the same new key both create it and the second
        fails the same way ("Duplicated key"); its concurrent updates of one record
        surface as ConcurrentModificationException. Neo4j locks keys on MERGE; for the
        rest the driver retries what it calls transient.
        """
        message = exc.message or ""
        if exc.code == "Neo.ClientError.Schema.ConstraintValidationFailed" or "Duplicated key" in message:
            return True
        return self.dialect == "arcadedb" and "ConcurrentModification" in message

    def ensure_schema(self) -> None:
        for statement in constraint_statements():

            def apply(tx: ManagedTransaction, ddl: str = statement) -> None:
                tx.run(ddl).consume()

            try:
                self._write(apply)
            except StoreError as exc:
                log.warning("schema statement not applied (%s): %s", statement, exc)

    # -- documents -----------------------------------------------------------
    def document_hash(self, doc_id: str) -> str | None:
        rows = self.read("MATCH (d:Document {docId: $docId}) RETURN d.sha256 AS sha256", {"docId": doc_id})
        return rows[0]["sha256"] if rows else None

    def write_document(self, facts: DocumentFacts) -> WriteReport:
        doc_id, sha = facts.document.doc_id, facts.document.sha256
        if self.document_hash(doc_id) == sha:
            return WriteReport(doc_id=doc_id, status="unchanged")
        statements = document_writes(facts, self.settings.batch_size)
        params = {"docId": doc_id, "prefix": f"{doc_id}:"}

        def work(tx: ManagedTransaction) -> WriteReport:
            # read again inside the transaction: another writer may have stored it meanwhile
            current = _stored_hashes(tx, [doc_id]).get(doc_id)
            if current == sha:
                return WriteReport(doc_id=doc_id, status="unchanged")
            if current is not None:  # its old support goes first: sentences and metrics are CREATEd
                for statement in delete_statements():
                    tx.run(statement, params).consume()
            nodes, rels = _run_statements(tx, statements)
            _bump_generation(tx)
            return WriteReport(doc_id=doc_id, status="replaced" if current else "written", nodes=nodes,
                               relationships=rels)

        started = time.perf_counter()
        report = self._write(work)
        log.info("%s: %d statements in %.2f s", doc_id, len(statements), time.perf_counter() - started)
        return report

    def write_documents(self, batch: Sequence[DocumentFacts]) -> list[WriteReport]:
        """Store several documents: the new ones together in one transaction (the bulk path).

        Their rows share statements (``documents_writes``), so a load makes far fewer,
        fuller round trips; either all of them are stored or none. Unchanged ones are
        skipped and changed ones are replaced one by one, as ``write_document`` does.
        The node and relationship counts of the shared transaction are reported on
        its last document, so the reports still add up to the totals.
        """
        reports: dict[int, WriteReport] = {}
        stored = {r["id"]: r["sha256"] for r in self.read(
            "UNWIND $ids AS id MATCH (d:Document {docId: id}) RETURN id, d.sha256 AS sha256",
            {"ids": [f.document.doc_id for f in batch]}, limit=len(batch) + 1)}
        fresh: list[int] = []
        one_by_one: list[int] = []
        seen: set[str] = set()
        for i, facts in enumerate(batch):
            doc = facts.document
            if doc.doc_id in seen or doc.doc_id in stored:
                if stored.get(doc.doc_id) == doc.sha256 and doc.doc_id not in seen:
                    reports[i] = WriteReport(doc_id=doc.doc_id, status="unchanged")
                else:
                    one_by_one.append(i)
            else:
                fresh.append(i)
            seen.add(doc.doc_id)

        def work(tx: ManagedTransaction) -> tuple[list[int], list[int], int, int]:
            now = _stored_hashes(tx, [batch[i].document.doc_id for i in fresh])
            todo = [i for i in fresh if batch[i].document.doc_id not in now]
            nodes, rels = _run_statements(
                tx, documents_writes([batch[i] for i in todo], self.settings.batch_size))
            if todo:
                _bump_generation(tx)
            return todo, [i for i in fresh if i not in todo], nodes, rels

        if fresh:
            started = time.perf_counter()
            todo, raced, nodes, rels = self._write(work)
            for i in todo:
                reports[i] = WriteReport(doc_id=batch[i].document.doc_id, status="written")
            if todo:
                reports[todo[-1]] = reports[todo[-1]].model_copy(update={"nodes": nodes, "relationships": rels})
            one_by_one += raced  # stored by another writer meanwhile: unchanged or replaced one by one
            log.info("%d documents in one transaction in %.2f s", len(todo), time.perf_counter() - started)
        for i in sorted(one_by_one):
            reports[i] = self.write_document(batch[i])
        return [reports[i] for i in range(len(batch))]

    def delete_document(self, doc_id: str) -> int:
        if self.document_hash(doc_id) is None:
            return 0
        params = {"docId": doc_id, "prefix": f"{doc_id}:"}

        def work(tx: ManagedTransaction) -> int:
            removed = 0
            for statement in delete_statements():
                counters = tx.run(statement, params).consume().counters
                removed += counters.nodes_deleted + counters.relationships_deleted
            _bump_generation(tx)
            return removed

        return self._write(work)

    def generation(self) -> int:
        """The store's write generation (graph/writes.py): one indexed lookup; 0 before any counted write."""
        rows = self.read(READ_GENERATION, {"key": GENERATION_KEY}, limit=1)
        value = rows[0]["value"] if rows else None
        return int(value) if value is not None else 0

    # -- reading -------------------------------------------------------------
    def read(self, cypher: str, params: Mapping[str, Any] | None = None, *,
             limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run Cypher that must not write: in a transaction that is always rolled back."""
        limit = limit or self.settings.cypher_row_limit
        timeout = timeout or self.settings.cypher_timeout_s
        try:
            with self.driver.session(database=self.database, default_access_mode="READ") as session:
                self._check_read_only(session, cypher, params)
                tx = session.begin_transaction(timeout=timeout)
                try:
                    result = tx.run(cypher, dict(params or {}))
                    rows: list[dict[str, Any]] = []
                    for record in result:
                        if len(rows) >= limit:
                            break
                        rows.append({k: to_plain(v) for k, v in record.items()})
                    summary = result.consume()
                    if summary.counters.contains_updates or summary.counters.contains_system_updates:
                        raise StoreError("refused: this Cypher writes to the graph (read-only here); "
                                         "nothing was changed")
                    return rows
                finally:
                    tx.rollback()
        except StoreError:
            raise
        except (OverflowError, TypeError, ValueError) as exc:
            # a parameter the driver cannot send (an integer beyond 64 bits, an unsupported type)
            raise StoreError(f"Cypher error: a parameter cannot be sent to the database ({exc})") from None
        except neo4j_errors.Neo4jError as exc:
            raise StoreError(f"Cypher error: {exc.message}") from None
        except neo4j_errors.DriverError as exc:
            raise StoreError(f"the graph store failed: {exc}") from None

    def _check_read_only(self, session: Session, cypher: str, params: Mapping[str, Any] | None) -> None:
        """Refuse a query that would write, before it runs (see the module docstring)."""
        if self.dialect == "neo4j":
            kind = session.run(Query("EXPLAIN " + cypher), dict(params or {})).consume().query_type
            if kind != "r":
                raise StoreError("refused: this Cypher would write to the graph (read-only here)")
            return
        if self.analyzer is not None:
            verdict = self.analyzer.verdict(cypher)
            if verdict.error is not None:
                raise StoreError(f"Cypher error: {verdict.error}")
            if verdict.writes:
                what = "changes the schema" if verdict.ddl else "writes to the graph"
                raise StoreError(f"refused: ArcadeDB says this Cypher {what} (read-only here); "
                                 "nothing was changed")
        word = write_clause(cypher)
        if word == "LOAD CSV":
            raise StoreError("refused: LOAD CSV reads files on the database's machine (not allowed in "
                             "read-only Cypher here); nothing was changed")
        if word is not None:
            raise StoreError(f"refused: {word} writes to the graph (read-only here); nothing was changed")

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = {r["label"]: r["n"] for r in self.read(
            "MATCH (n) WHERE NOT n:Meta UNWIND labels(n) AS label RETURN label, count(*) AS n", limit=1000)}
        rels = {r["type"]: r["n"] for r in self.read(
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", limit=1000)}
        return {"nodes": nodes, "relationships": rels}

    def wipe(self) -> None:
        """Delete the graph (tests and maintenance only); the generation counter stays and moves on.

        Keeping it means a reader that knew generation N never sees N again for a
        different graph (a counter restarted at 0 could climb back to N).
        """

        def work(tx: ManagedTransaction) -> None:
            tx.run("MATCH (n) WHERE NOT n:Meta DETACH DELETE n").consume()
            _bump_generation(tx)

        self._write(work)

    def close(self) -> None:
        self.driver.close()
