"""The API's per-generation memo on the real embedded store: a write from outside the API
(an ingest, a delete) is seen without ``invalidate``, and without counting the graph."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from api.qa import memo
from policykg.ingest import ingest_paths
from tests.ingest.helpers import bracket_extract, make_folder


class Calls:
    """A compute function that says how often it ran."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


@pytest.fixture
def fresh(store: Any) -> Any:
    """The store with no memo state."""
    memo.invalidate()
    yield store
    memo.invalidate()


def remember(store: Any, compute: Calls) -> int:
    """``memo.remember`` with counting forbidden: the memo must not scan the graph."""

    def no_counts() -> dict[str, dict[str, int]]:
        raise AssertionError("the memo counted the graph (two full scans) instead of reading the generation")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "counts", no_counts)
        return memo.remember(store, "k", compute)


def _ingest(store: Any, folder: Path) -> None:
    report = ingest_paths(folder, store=store, extract=bracket_extract)
    assert not report.failed


def test_an_ingest_and_a_delete_from_outside_the_api_are_seen(fresh: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_API_GENERATION_LAG", "0")
    compute = Calls()
    assert remember(fresh, compute) == 1
    assert remember(fresh, compute) == 1  # same generation: kept
    _ingest(fresh, make_folder(tmp_path / "in", ["a", "b"], token="memo"))
    assert remember(fresh, compute) == 2  # ingested: computed again
    assert remember(fresh, compute) == 2
    _ingest(fresh, tmp_path / "in")  # the same files again change nothing
    assert remember(fresh, compute) == 2
    assert fresh.delete_document("memoa") > 0
    assert remember(fresh, compute) == 3  # deleted: computed again


def test_with_a_lag_the_change_is_seen_after_a_background_read(fresh: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_API_GENERATION_LAG", "0.05")
    compute = Calls()
    assert remember(fresh, compute) == 1
    _ingest(fresh, make_folder(tmp_path / "in", ["c"], token="lag"))
    deadline = time.monotonic() + 10
    while remember(fresh, compute) == 1:  # requests go on with the old generation meanwhile
        assert time.monotonic() < deadline, "the memo never saw the ingest"
        time.sleep(0.02)
    assert compute.n == 2


def test_a_store_written_before_the_counter_existed(fresh: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_API_GENERATION_LAG", "0")
    _ingest(fresh, make_folder(tmp_path / "old", ["d"], token="old"))
    fresh._write(lambda tx: tx.run("MATCH (g:Meta) DELETE g").consume())  # as an older version left it
    compute = Calls()
    assert remember(fresh, compute) == 1  # generation 0: works, kept
    assert remember(fresh, compute) == 1
    _ingest(fresh, make_folder(tmp_path / "new", ["e"], token="old"))
    assert remember(fresh, compute) == 2  # the first counted write is seen
