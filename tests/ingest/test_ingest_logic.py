"""Ingest's own logic against a minimal in-memory store: outcomes, skipping, isolation of failures.

The store-backed behaviour (transactions, replacement, a killed run) is in
test_ingest_store.py; here only what ``policykg.ingest`` decides is checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from graph.store import WriteReport
from pipeline.read import RawDocument
from policykg.errors import StoreError
from policykg.facts import DocumentFacts
from policykg.ingest import ingest_paths, print_summary

from .helpers import bracket_extract, make_folder


class MemoryStore:
    """Documents by id with their hash; a write either happens whole or not at all."""

    def __init__(self) -> None:
        self.docs: dict[str, DocumentFacts] = {}
        self.writes: list[str] = []
        self.refuse: set[str] = set()
        self.programmes: list[dict[str, Any]] = []

    def ensure_schema(self) -> None:
        pass

    def document_hash(self, doc_id: str) -> str | None:
        facts = self.docs.get(doc_id)
        return facts.document.sha256 if facts else None

    def write_document(self, facts: DocumentFacts) -> WriteReport:
        doc_id = facts.document.doc_id
        if doc_id in self.refuse:
            raise StoreError(f"{doc_id}: the store refused the write")
        self.writes.append(doc_id)
        old = self.docs.get(doc_id)
        status = "written" if old is None else ("unchanged" if old.document.sha256 == facts.document.sha256
                                                else "replaced")
        self.docs[doc_id] = facts
        return WriteReport(doc_id=doc_id, status=status)

    def delete_document(self, doc_id: str) -> int:
        return 1 if self.docs.pop(doc_id, None) else 0

    def read(self, cypher: str, params: Mapping[str, Any] | None = None, *,
             limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        return self.programmes if "Programme" in cypher else []

    def counts(self) -> dict[str, dict[str, int]]:
        return {"nodes": {"Document": len(self.docs)}}

    def close(self) -> None:
        pass


def test_second_run_skips_what_is_stored(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a", "b"])
    store = MemoryStore()
    first = ingest_paths(folder, store=store, extract=bracket_extract)
    assert first.outcomes == {"a.txt": "written", "b.txt": "written"}
    second = ingest_paths(folder, store=store, extract=bracket_extract)
    assert second.outcomes == {"a.txt": "unchanged", "b.txt": "unchanged"}
    assert store.writes == ["a", "b"]  # nothing extracted or written the second time
    (folder / "a.txt").write_text("甲旗推行新的模式。【甲旗新合作社】成立。", encoding="utf-8")
    third = ingest_paths(folder, store=store, extract=bracket_extract)
    assert third.outcomes == {"a.txt": "replaced", "b.txt": "unchanged"}


def test_a_bad_file_fails_alone(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a", "b"])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    store = MemoryStore()
    report = ingest_paths(folder, store=store, extract=bracket_extract)
    assert report.outcomes["empty.txt"] == "failed: empty.txt: the file is empty"
    assert report.outcomes["blob.txt"].startswith("failed: blob.txt: a binary file")
    assert sorted(report.succeeded) == ["a.txt", "b.txt"]
    assert set(store.docs) == {"a", "b"}


def test_extractor_crash_and_refused_write_are_outcomes(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a", "b", "c"])

    def flaky(raw: RawDocument) -> DocumentFacts:
        if raw.doc_id == "b":
            raise ZeroDivisionError("division by zero")
        return bracket_extract(raw)

    store = MemoryStore()
    store.refuse.add("c")
    report = ingest_paths(folder, store=store, extract=flaky)
    assert report.outcomes["a.txt"] == "written"
    assert report.outcomes["b.txt"] == "failed: internal error (ZeroDivisionError: division by zero)"
    assert report.outcomes["c.txt"] == "failed: c: the store refused the write"
    assert set(store.docs) == {"a"}


def test_same_document_id_twice_in_a_folder(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a"])
    page = "<html><body><p>甲旗另一份报告的正文，内容与文本文件不同。</p></body></html>"
    (folder / "a.html").write_text(page, encoding="utf-8")
    report = ingest_paths(folder, store=MemoryStore(), extract=bracket_extract)
    assert report.outcomes["a.html"] == "written"
    assert report.outcomes["a.txt"].startswith("failed: a.txt: document id 'a' is already taken by a.html")


def test_one_file_and_missing_target(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a", "b"])
    report = ingest_paths(folder / "b.txt", store=MemoryStore(), extract=bracket_extract)
    assert report.outcomes == {"b.txt": "written"}
    with pytest.raises(Exception, match="no such file or directory"):
        ingest_paths(tmp_path / "nope", store=MemoryStore(), extract=bracket_extract)


def test_summary_names_every_file(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a"])
    (folder / "empty.txt").write_bytes(b"")
    console = Console(record=True, width=200)
    print_summary(ingest_paths(folder, store=MemoryStore(), extract=bracket_extract), console)
    out = console.export_text()
    assert "a.txt" in out and "written" in out
    assert "empty.txt" in out and "the file is empty" in out
    assert "1 failed, 1 written" in out


def test_default_extractor_knows_the_stored_programmes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Like ``policykg extract``'s two passes: programmes named elsewhere are passed to the rules."""
    import pipeline.extract

    calls: list[tuple[str, dict[str, str] | None]] = []

    def recording(raw: RawDocument, known_programmes: dict[str, str] | None = None) -> DocumentFacts:
        calls.append((raw.doc_id, known_programmes))
        return bracket_extract(raw)

    monkeypatch.setattr(pipeline.extract, "extract_document", recording)
    folder = make_folder(tmp_path / "in", ["a", "b"])
    store = MemoryStore()
    store.programmes = [{"name": "某某工程", "kind": "project"}]
    report = ingest_paths(folder, store=store)
    assert report.outcomes == {"a.txt": "written", "b.txt": "written"}
    assert [doc for doc, _ in calls] == ["a", "b", "a", "b"]  # a first pass, then the writing pass
    assert calls[2][1] == {"某某工程": "project"}
    again = ingest_paths(folder, store=store)
    assert again.outcomes == {"a.txt": "unchanged", "b.txt": "unchanged"}
    assert len(calls) == 4  # stored documents are not even extracted


def test_interrupt_keeps_what_was_committed_and_lists_the_rest(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ["a", "b", "c"])

    class Interrupted(MemoryStore):
        stop_at: str | None = "b"

        def write_document(self, facts: DocumentFacts) -> WriteReport:
            if facts.document.doc_id == self.stop_at:
                raise KeyboardInterrupt
            return super().write_document(facts)

    store = Interrupted()
    report = ingest_paths(folder, store=store, extract=bracket_extract)
    assert report.interrupted
    assert report.outcomes == {"a.txt": "written", "b.txt": "not attempted: interrupted",
                               "c.txt": "not attempted: interrupted"}
    assert set(store.docs) == {"a"}
    store.stop_at = None
    resumed = ingest_paths(folder, store=store, extract=bracket_extract)
    assert not resumed.interrupted
    assert resumed.outcomes == {"a.txt": "unchanged", "b.txt": "written", "c.txt": "written"}
