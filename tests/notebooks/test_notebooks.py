"""The notebooks run top to bottom against the seeds, draw Chinese, and are committed without outputs."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import pytest

from policykg.paths import PROJECT_ROOT

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))
nbformat = pytest.importorskip("nbformat")


def test_the_three_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_explore.ipynb", "02_compare_places.ipynb", "03_models.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip outputs before committing"


@pytest.fixture(scope="module")
def notebook_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One embedded store for the three notebooks (each kernel ingests the seeds; the second finds them stored)."""
    own = os.environ.get("POLICYKG_STORE") is None
    uri = os.environ.get("POLICYKG_STORE") or f"embedded:{tmp_path_factory.mktemp('nbstore') / 'store'}"
    old = os.environ.get("POLICYKG_NOTEBOOK_STORE")
    os.environ["POLICYKG_NOTEBOOK_STORE"] = uri
    yield uri
    if own:  # the server the notebooks started for their own folder
        from graph.embedded import stop_server

        stop_server(Path(uri.removeprefix("embedded:")))
    if old is None:
        os.environ.pop("POLICYKG_NOTEBOOK_STORE", None)
    else:
        os.environ["POLICYKG_NOTEBOOK_STORE"] = old


def _execute(path: Path) -> Any:
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    env_threads = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    os.environ.update(env_threads)
    NotebookClient(book, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return book


def _outputs(book: Any) -> list[Any]:
    return [o for c in book.cells if c.cell_type == "code" for o in c.outputs]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path: Path, notebook_store: str, tmp_path: Path) -> None:
    book = _execute(path)
    outputs = _outputs(book)
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("text", "")) for o in outputs if o.output_type == "stream")
    assert "missing from font" not in text  # matplotlib's warning when a label would be boxes
    images = [o["data"]["image/png"] for o in outputs if o.output_type in ("display_data", "execute_result")
              and "image/png" in o.get("data", {})]
    html = "".join(str(o["data"].get("text/html", "")) for o in outputs
                   if o.output_type in ("display_data", "execute_result"))
    if path.name.startswith("01"):
        assert "entities" in html or "entity" in html  # displaCy's markup
        assert "vis-network" in html or "vis.Network" in html  # the pyvis view, inlined
        assert "RETURN p.name, p.level, m.name" in text
    else:
        assert images, "the charts were not drawn"
        for i, png in enumerate(images):  # kept for looking at by hand
            (tmp_path / f"{path.stem}_{i}.png").write_bytes(base64.b64decode(png))
