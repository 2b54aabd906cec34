"""Shared fixtures.

``store``: a ``GraphStore`` on an embedded ArcadeDB server that the test session
starts once in a temporary folder (never the user's or CI's store) and stops at
the end; the graph is emptied before each test. ``store.uri`` is the
``embedded:PATH`` URI another process (a subprocess running ``policykg``) opens.

Torch runs on one thread in tests (the machine has two cores).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


@pytest.fixture(scope="session")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("graph") / "store"
    yield folder
    from graph.embedded import stop_server

    stop_server(folder)


@pytest.fixture(scope="session")
def session_store(store_folder: Path) -> Iterator[Any]:
    from graph.connect import open_store

    graph = open_store(f"embedded:{store_folder}")
    graph.ensure_schema()
    yield graph
    graph.close()


@pytest.fixture
def store(session_store: Any) -> Any:
    session_store.wipe()
    return session_store
