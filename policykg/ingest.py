"""Ingest: read, extract and store a folder of reports, one transaction per document.

What ingest promises, and how:

- **atomic per document**: each document's facts go to the store in one
  ``write_document`` call, which is one transaction; a crash, a kill or an
  error before it commits leaves the graph as it was before that document;
- **resumable**: a document whose content hash (sha256 of the file's bytes)
  is already stored is skipped without being extracted, so running ingest
  again after an interruption finishes the folder and re-running it on the
  same folder changes nothing;
- **replacing**: a changed file (same document id, new hash) is extracted
  and written again; the store replaces that document's support, and facts
  other documents also state survive;
- **reported**: every file gets an outcome (written, replaced, unchanged,
  failed with the reason), logged as it happens and summarised at the end.

One document's failure never stops the run: a bad file, a limit, an
extractor bug or a refused write is that document's outcome, and the next
file is read.  Only an interrupt (Ctrl-C, a signal) stops it, and what was
committed before stays committed.
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


def ingest_paths(target: Path, store_uri: str | None = None, console: Console | None = None, *,
                 store: GraphStore | None = None, extract: Extractor | None = None) -> IngestReport:
    """Ingest a folder (or one file); a failed document leaves the graph as it was.

    ``store`` and ``extract`` are for callers that already hold a store (the
    API, tests); by default the store is opened from ``store_uri`` and closed
    afterwards, and the rule pipeline extracts.
    """
    from pipeline.read import list_reports

    if not target.exists():
        raise InputError(f"{target}: no such file or directory")
    files = [target] if target.is_file() else list_reports(target)
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
                seen: dict[str, str] = {}
                for path in files:
                    stop.check()
                    progress.update(task, description=f"ingesting {path.name}")
                    outcome = ingest_one(path, store, extract, seen, report)
                    report.documents.append(outcome)
                    progress.advance(task)
                progress.update(task, description="ingested")
            except KeyboardInterrupt:
                # the document being written was rolled back with its transaction; the ones
                # before it are committed, so running ingest again finishes the folder
                report.interrupted = True
                done = {d.file for d in report.documents}
                report.documents += [DocOutcome(file=p.name, status="not attempted", detail="interrupted")
                                     for p in files if p.name not in done]
                log.warning("interrupted: %d documents left; run ingest again to finish",
                            len(files) - len(done))
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


def ingest_one(path: Path, store: GraphStore, extract: Extractor, seen: dict[str, str],
               report: IngestReport) -> DocOutcome:
    """Read, extract and write one file; every failure becomes the outcome, never an exception."""
    from pipeline.read import doc_id_for, read_file

    started = time.perf_counter()
    outcome = DocOutcome(file=path.name, status="failed", doc_id=doc_id_for(path))
    try:
        doc_id = doc_id_for(path)
        if doc_id in seen:
            raise InputError(f"{path.name}: document id {doc_id!r} is already taken by {seen[doc_id]} "
                             "in this run; rename one of them")
        seen[doc_id] = path.name
        raw = read_file(path)
        outcome.kind = raw.kind if raw.encoding is None else f"{raw.kind} ({raw.encoding})"
        if store.document_hash(raw.doc_id) == raw.sha256:
            outcome.status = "unchanged"
        else:
            facts = extract(raw)
            result = store.write_document(facts)
            outcome.status = result.status
            outcome.sentences = len(facts.sentences)
            outcome.facts = len(facts.entities) + len(facts.relations) + len(facts.metrics)
            report.sentences += len(facts.sentences)
            report.entities.update(e.label for e in facts.entities)
            report.relations.update(r.type for r in facts.relations)
            report.metrics += len(facts.metrics)
        if raw.notes:
            outcome.detail = "; ".join(raw.notes)
    except PolicyKGError as exc:
        outcome.status, outcome.detail = "failed", str(exc)
        log.warning("%s", exc)
    except Exception as exc:  # an extractor or driver bug must not stop the other documents
        outcome.status, outcome.detail = "failed", f"internal error ({type(exc).__name__}: {exc})"
        log.exception("%s: internal error", path.name)
    outcome.seconds = time.perf_counter() - started
    log.info("%s: %s (%d sentences, %d facts, %.2fs)", path.name, outcome.describe(),
             outcome.sentences, outcome.facts, outcome.seconds)
    return outcome


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
