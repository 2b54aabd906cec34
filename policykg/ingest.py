"""Ingest: read, extract and store a folder of reports, one transaction per document."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from policykg.errors import PolicyKGError

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What happened to each document, and what the graph holds afterwards."""

    outcomes: dict[str, str] = field(default_factory=dict)
    sentences: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    metrics: int = 0
    graph_counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def failed(self) -> list[str]:
        return [d for d, s in self.outcomes.items() if s.startswith("failed")]

    @property
    def succeeded(self) -> list[str]:
        return [d for d, s in self.outcomes.items() if not s.startswith("failed")]


def ingest_paths(target: Path, store_uri: str | None = None, console: Console | None = None) -> IngestReport:
    """Ingest a folder (or one file); a failed document leaves the graph as it was."""
    from graph.connect import open_store
    from pipeline.extract import extract_document
    from pipeline.read import list_reports, read_file

    files = [target] if target.is_file() else list_reports(target)
    report = IngestReport()
    store = open_store(store_uri)
    try:
        store.ensure_schema()
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=False) as progress:
            task = progress.add_task("ingesting", total=len(files))
            for path in files:
                progress.update(task, description=f"ingesting {path.name}")
                try:
                    raw = read_file(path)
                    if store.document_hash(raw.doc_id) == raw.sha256:
                        report.outcomes[path.name] = "unchanged"
                    else:
                        facts = extract_document(raw)
                        result = store.write_document(facts)
                        report.outcomes[path.name] = result.status
                        report.sentences += len(facts.sentences)
                        report.entities.update(e.label for e in facts.entities)
                        report.relations.update(r.type for r in facts.relations)
                        report.metrics += len(facts.metrics)
                except PolicyKGError as exc:
                    report.outcomes[path.name] = f"failed: {exc}"
                    log.warning("%s", exc)
                progress.advance(task)
        report.graph_counts = store.counts()
    finally:
        store.close()
    return report


def print_summary(report: IngestReport, console: Console) -> None:
    """The closing summary: per-document outcome, then what this run extracted and the graph holds."""
    docs = Table(title="documents")
    docs.add_column("file")
    docs.add_column("outcome")
    for name, outcome in report.outcomes.items():
        docs.add_row(name, outcome)
    console.print(docs)
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
