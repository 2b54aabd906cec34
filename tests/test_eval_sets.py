"""The held-out sets' gold files are what their hand annotations say (eval/annotate.py).

A gold line edited by hand, or an annotation changed without regenerating the gold,
would make the held-out figures in docs/quality.md measure something nobody wrote down.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
SETS = sorted(p.name.removesuffix("_annotations.txt") for p in EVAL.glob("heldout*_annotations.txt"))


def _annotate_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_annotate", EVAL / "annotate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_held_out_sets() -> None:
    assert len(SETS) >= 5


@pytest.mark.parametrize("name", SETS)
def test_gold_is_regenerated_from_annotations(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}_gold.jsonl"
    _annotate_module().main(EVAL / f"{name}_annotations.txt", EVAL / name, out)
    assert out.read_text(encoding="utf-8") == (EVAL / f"{name}_gold.jsonl").read_text(encoding="utf-8")
