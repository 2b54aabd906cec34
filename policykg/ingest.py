"""Ingest: read, extract and store a folder of reports, new documents in bulk transactions.

What ingest promises, and how:

- **bulk, atomic per batch**: documents the store does not hold yet are
  written ``docs_per_tx`` at a time (default 20, ``POLICYKG_INGEST_DOCS_PER_TX``
  or ``--docs-per-tx``; 1 = one transaction per document) through the store's
  bulk path ``write_documents``: one transaction per batch, rows of the batch
  merged into fuller statements (fewer round trips and commits). A crash, a
  kill or an error before a batch commits leaves the graph as it was before
  that batch; every document of a committed batch is whole;
- **a failed batch is retried one by one**: if the store refuses a batch,
  its documents are written one transaction each (``write_document``), so a
  document the store cannot take fails alone, with the store's reason, and
  the others are stored; documents stored before are never touched;
- **resumable**: a document whose content hash (sha256 of the file's bytes)
  is already stored is skipped without being extracted, so running ingest
  again after an interruption finishes the folder and re-running it on the
  same folder changes nothing;
- **replacing**: a changed file (same document id, new hash) is extracted
  and written again in its own transaction; the store replaces that
  document's support, and facts other documents also state survive;
- **reported**: every file gets an outcome (written, replaced, unchanged,
  failed with the reason), logged as it happens and summarised at the end.

One document's failure never stops the run: a bad file, a limit, an
extractor bug or a refused write is that document's outcome, and the next
file is read.  Only an interrupt (Ctrl-C, a signal) stops it, and what was
committed before stays committed (documents extracted but not yet written
are reported "not attempted").
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from policykg.errors import InputError, PolicyKGError

if TYPE_CHECKING:
    from graph.store import GraphStore
    from pipeline.read import RawDocument
    from policykg.facts import DocumentFacts

log = logging.getLogger(__name__)

DOCS_PER_TX = 20  # new documents per bulk transaction (docs/store.md: measured on the seeds)
ROWS_PER_TX = 20_000  # ... fewer when they are large: a batch's rows are held by the server until commit

Extractor = Callable[["RawDocument"], "DocumentFacts"]


@dataclass
class DocOutcome:
    """What happened to one file."""

    file: str
    status: str  # written, replaced, unchanged, failed, not attempted
    doc_id: str | None = None
    kind: str | None = None
    detail: str = ""
    sentences: int = 0
    facts: int = 0
    seconds: float = 0.0

    def describe(self) -> str:
        return f"{self.status}: {self.detail}" if self.detail else self.status


@dataclass
class IngestReport:
    """What happened to each document, and what the graph holds afterwards."""

    documents: list[DocOutcome] = field(default_factory=list)
    sentences: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    metrics: int = 0
    graph_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def outcomes(self) -> dict[str, str]:
        """File name -> outcome ("written", "unchanged", "failed: reason", ...)."""
        return {d.file: d.describe() for d in self.documents}

    @property
    def failed(self) -> list[str]:
        return [d.file for d in self.documents if d.status == "failed"]

    @property
    def succeeded(self) -> list[str]:
        return [d.file for d in self.documents if d.status not in ("failed", "not attempted")]

    @property
    def by_status(self) -> Counter[str]:
        return Counter(d.status for d in self.documents)


def docs_per_tx_default() -> int:
    """``POLICYKG_INGEST_DOCS_PER_TX``, else ``DOCS_PER_TX``."""
    value = os.environ.get("POLICYKG_INGEST_DOCS_PER_TX", "")
    try:
        return max(1, int(value)) if value else DOCS_PER_TX
    except ValueError:
        raise InputError(f"POLICYKG_INGEST_DOCS_PER_TX={value!r}: not a whole number") from None


def ingest_paths(target: Path, store_uri: str | None = None, console: Console | None = None, *,
                 store: GraphStore | None = None, extract: Extractor | None = None,
                 docs_per_tx: int | None = None) -> IngestReport:
    """Ingest a folder (or one file); a failed document leaves the graph as it was.

    ``store`` and ``extract`` are for callers that already hold a store (the
    API, tests); by default the store is opened from ``store_uri`` and closed
    afterwards, and the rule pipeline extracts. ``docs_per_tx`` new documents
    share one transaction (None: ``docs_per_tx_default()``); a store without
    a bulk path (a test double) is written one document at a time.
    """
    from pipeline.read import list_reports

    if not target.exists():
        raise InputError(f"{target}: no such file or directory")
    files = [target] if target.is_file() else list_reports(target)
    per_tx = docs_per_tx if docs_per_tx is not None else docs_per_tx_default()
    owned = store is None
    if store is None:
        from graph.connect import open_store

        store = open_store(store_uri)
    report = IngestReport()
    try:
        store.ensure_schema()
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=False) as progress, _stop_on_signals() as stop:
            try:
                if extract is None:
                    extract = _corpus_extractor(files, store, progress)
                task = progress.add_task("ingesting", total=len(files))
                batch = _Batch(store, report, per_tx, lambda n: progress.advance(task, n))
                seen: dict[str, str] = {}
                for path in files:
                    stop.check()
                    waiting = f" ({len(batch.items)} extracted, to write)" if batch.items else ""
                    progress.update(task, description=f"ingesting {path.name}{waiting}")
                    job = prepare_one(path, store, extract, seen)
                    if job.facts is None or job.replaces or not batch.bulk:
                        # unchanged, failed, a replacement (its own transaction) or a store without bulk
                        report.documents.append(write_one(job, store, report))
                        progress.advance(task)
                    elif batch.add(job):
                        progress.update(task, description=f"writing {len(batch.items)} documents")
                        batch.flush()
                stop.check()
                if batch.items:
                    progress.update(task, description=f"writing {len(batch.items)} documents")
                    batch.flush()
                progress.update(task, description="ingested")
            except KeyboardInterrupt:
                # the batch or document being written was rolled back with its transaction; the
                # ones before it are committed, so running ingest again finishes the folder;
                # documents extracted for a batch not yet sent are "not attempted"
                report.interrupted = True
                done = {d.file for d in report.documents}
                report.documents += [DocOutcome(file=p.name, status="not attempted", detail="interrupted")
                                     for p in files if p.name not in done]
                log.warning("interrupted: %d documents left; run ingest again to finish",
                            len(files) - len(done))
        order = {p.name: i for i, p in enumerate(files)}
        report.documents.sort(key=lambda d: order.get(d.file, len(order)))  # batched ones end in file order
        if not report.interrupted:
            report.graph_counts = store.counts()
    finally:
        if owned:
            store.close()
    return report


class _StopRequest:
    """Set by SIGTERM/SIGINT; ingest checks it between documents.

    Raising from the signal handler could interrupt the database driver while it
    holds a connection-pool lock, and closing the driver then waits for that lock
    for ever; so the first signal only asks to stop after the current document's
    transaction, and a second one stops at once.
    """

    def __init__(self) -> None:
        self.requested = False

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt


@contextmanager
def _stop_on_signals() -> Iterator[_StopRequest]:
    stop = _StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def request(signum: int, frame: object) -> None:
        if stop.requested:
            os._exit(130)  # asked twice: stop now; the open transaction dies with the connection
        stop.requested = True
        log.warning("stopping after the current document (signal %d)", signum)

    previous = {sig: signal.signal(sig, request) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _corpus_extractor(files: list[Path], store: GraphStore, progress: Progress) -> Extractor:
    """The rule extractor, told the programmes named elsewhere, as ``policykg extract`` is.

    ``policykg extract`` links programmes across a corpus in two passes; ingest
    does the same with the programmes already in the graph plus those named
    by the files it is about to write (a first pass over them, facts thrown
    away).  Nothing is written in the first pass, so atomicity and resuming
    are untouched; a file that fails here fails again, and is reported, in
    the second pass.
    """
    from functools import partial

    from pipeline.extract import extract_document
    from pipeline.read import read_file
    from pipeline.rules import quoted_programmes

    known: dict[str, str] = {}
    try:
        rows = store.read("MATCH (p:Programme) RETURN p.name AS name, p.kind AS kind", {}, limit=1_000_000)
    except PolicyKGError as exc:
        log.warning("programmes already stored not read (%s); linking within this run only", exc)
        rows = []
    for row in rows:
        if row.get("name"):
            known.setdefault(str(row["name"]), str(row.get("kind") or "mechanism"))
    task = progress.add_task("reading", total=len(files))
    for path in files:
        try:
            raw = read_file(path)
            if store.document_hash(raw.doc_id) != raw.sha256:
                for name, kind in quoted_programmes(extract_document(raw)).items():
                    known.setdefault(name, kind)
        except Exception as exc:  # reported by the second pass
            log.debug("%s: first pass: %s", path.name, exc)
        progress.advance(task)
    return partial(extract_document, known_programmes=known)


@dataclass
class Job:
    """One file read and extracted, waiting to be written (``facts`` None: its outcome is final)."""

    outcome: DocOutcome
    facts: DocumentFacts | None = None
    replaces: bool = False  # the store holds an older version of it


def prepare_one(path: Path, store: GraphStore, extract: Extractor, seen: dict[str, str]) -> Job:
    """Read and extract one file unless the store already holds the same bytes; never raises."""
    from pipeline.read import doc_id_for, read_file

    started = time.perf_counter()
    job = Job(DocOutcome(file=path.name, status="failed", doc_id=doc_id_for(path)))
    outcome = job.outcome
    try:
        doc_id = doc_id_for(path)
        if doc_id in seen:
            raise InputError(f"{path.name}: document id {doc_id!r} is already taken by {seen[doc_id]} "
                             "in this run; rename one of them")
        seen[doc_id] = path.name
        raw = read_file(path)
        outcome.kind = raw.kind if raw.encoding is None else f"{raw.kind} ({raw.encoding})"
        if raw.notes:
            outcome.detail = "; ".join(raw.notes)
        stored = store.document_hash(raw.doc_id)
        if stored == raw.sha256:
            outcome.status = "unchanged"
        else:
            job.facts, job.replaces = extract(raw), stored is not None
            outcome.status = "extracted"
    except PolicyKGError as exc:
        outcome.status, outcome.detail = "failed", str(exc)
        log.warning("%s", exc)
    except Exception as exc:  # an extractor bug must not stop the other documents
        outcome.status, outcome.detail = "failed", f"internal error ({type(exc).__name__}: {exc})"
        log.exception("%s: internal error", path.name)
    outcome.seconds = time.perf_counter() - started
    return job


def _stored(job: Job, status: str, report: IngestReport, seconds: float) -> DocOutcome:
    """Record a document the store took (its facts counted when it wrote them) and log it."""
    outcome, facts = job.outcome, job.facts
    outcome.status = status
    outcome.seconds += seconds
    if facts is not None and status in ("written", "replaced"):
        outcome.sentences = len(facts.sentences)
        outcome.facts = len(facts.entities) + len(facts.relations) + len(facts.metrics)
        report.sentences += len(facts.sentences)
        report.entities.update(e.label for e in facts.entities)
        report.relations.update(r.type for r in facts.relations)
        report.metrics += len(facts.metrics)
    _log_outcome(outcome)
    return outcome


def _log_outcome(outcome: DocOutcome) -> None:
    log.info("%s: %s (%d sentences, %d facts, %.2fs)", outcome.file, outcome.describe(),
             outcome.sentences, outcome.facts, outcome.seconds)


def write_one(job: Job, store: GraphStore, report: IngestReport) -> DocOutcome:
    """Write one prepared document in its own transaction; a refusal becomes its outcome."""
    if job.facts is None:  # unchanged or failed while reading or extracting
        _log_outcome(job.outcome)
        return job.outcome
    started = time.perf_counter()
    try:
        result = store.write_document(job.facts)
    except PolicyKGError as exc:
        job.outcome.status, job.outcome.detail = "failed", str(exc)
        log.warning("%s", exc)
    except Exception as exc:  # a driver bug must not stop the other documents
        job.outcome.status, job.outcome.detail = "failed", f"internal error ({type(exc).__name__}: {exc})"
        log.exception("%s: internal error", job.outcome.file)
    else:
        return _stored(job, result.status, report, time.perf_counter() - started)
    job.outcome.seconds += time.perf_counter() - started
    _log_outcome(job.outcome)
    return job.outcome


class _Batch:
    """New documents waiting for one bulk transaction (``GraphStore.write_documents``)."""

    def __init__(self, store: GraphStore, report: IngestReport, size: int, advance: Callable[[int], None]) -> None:
        self.store, self.report, self.size, self.advance = store, report, size, advance
        self.items: list[Job] = []
        self.rows = 0
        self.bulk = size > 1 and callable(getattr(store, "write_documents", None))

    def add(self, job: Job) -> bool:
        """Queue a document; True when the batch is full and should be written."""
        facts = job.facts
        assert facts is not None
        self.items.append(job)
        self.rows += (len(facts.sentences) + len(facts.entities) + len(facts.mentions) + len(facts.relations)
                      + len(facts.metrics))
        return len(self.items) >= self.size or self.rows >= ROWS_PER_TX

    def flush(self) -> None:
        """Write the batch in one transaction; if the store refuses it, each document alone."""
        items, self.items, self.rows = self.items, [], 0
        if not items:
            return
        started = time.perf_counter()
        try:
            results = self.store.write_documents([job.facts for job in items if job.facts is not None])
        except Exception as exc:  # refused or failed as a whole: nothing of it was committed
            reason = str(exc) if isinstance(exc, PolicyKGError) else f"{type(exc).__name__}: {exc}"
            log.warning("a batch of %d documents (%s … %s) was not stored (%s); writing them one by one",
                        len(items), items[0].outcome.file, items[-1].outcome.file, reason)
            for job in items:
                self.report.documents.append(write_one(job, self.store, self.report))
                self.advance(1)
            return
        share = (time.perf_counter() - started) / len(items)
        log.info("%d documents in one bulk write (%.2f s)", len(items), share * len(items))
        for job, result in zip(items, results, strict=True):
            self.report.documents.append(_stored(job, result.status, self.report, share))
        self.advance(len(items))


def print_summary(report: IngestReport, console: Console) -> None:
    """The closing summary: per-document outcome, then what this run extracted and the graph holds."""
    docs = Table(title="documents")
    docs.add_column("file")
    docs.add_column("read as")
    docs.add_column("outcome")
    docs.add_column("sentences", justify="right")
    docs.add_column("facts", justify="right")
    docs.add_column("seconds", justify="right")
    for d in report.documents:
        style = {"failed": "red", "not attempted": "yellow", "unchanged": "dim"}.get(d.status, "")
        docs.add_row(d.file, d.kind or "", d.describe(), str(d.sentences), str(d.facts), f"{d.seconds:.2f}",
                     style=style)
    console.print(docs)
    console.print(", ".join(f"{n} {status}" for status, n in sorted(report.by_status.items())) or "no files")
    if report.interrupted:
        console.print("[yellow]interrupted:[/yellow] run the same ingest again to finish the folder")
    extracted = Table(title="extracted this run")
    extracted.add_column("what")
    extracted.add_column("count", justify="right")
    extracted.add_row("documents", str(len(report.succeeded)))
    extracted.add_row("sentences", str(report.sentences))
    for label, n in sorted(report.entities.items()):
        extracted.add_row(f"entities: {label}", str(n))
    for rel, n in sorted(report.relations.items()):
        extracted.add_row(f"relations: {rel}", str(n))
    extracted.add_row("metrics", str(report.metrics))
    console.print(extracted)
    if report.graph_counts:
        graph = Table(title="graph now holds")
        graph.add_column("what")
        graph.add_column("count", justify="right")
        for kind, counts in report.graph_counts.items():
            for name, n in sorted(counts.items()):
                graph.add_row(f"{kind}: {name}", str(n))
        console.print(graph)
