"""Which build of the rule modules runs, and stale compiled modules (policykg.build)."""

from __future__ import annotations

import os
from pathlib import Path

from policykg.build import is_compiled, rule_module_files, rules_build, stale_compiled


def test_every_rule_module_is_listed_with_its_loaded_file() -> None:
    files = rule_module_files()
    assert "pipeline.rules" in files
    assert "pipeline.rules.places" in files and "pipeline.rules.metrics" in files
    assert all(p.exists() for p in files.values())


def test_a_source_checkout_runs_the_python_rules() -> None:
    # the tests run on the editable install of the README, which compiles nothing
    assert rules_build() == "python"


def test_compiled_suffixes_are_recognised() -> None:
    assert is_compiled(Path("places.cpython-311-x86_64-linux-gnu.so"))
    assert is_compiled(Path("places.cp311-win_amd64.pyd"))
    assert not is_compiled(Path("places.py"))


def _touch(path: Path, mtime: float) -> Path:
    path.write_text("x")
    os.utime(path, (mtime, mtime))
    return path


def test_a_compiled_module_older_than_its_source_is_stale(tmp_path: Path) -> None:
    so = _touch(tmp_path / "places.cpython-311-x86_64-linux-gnu.so", 1_000)
    _touch(tmp_path / "places.py", 2_000)  # edited after the build
    fresh = _touch(tmp_path / "metrics.cpython-311-x86_64-linux-gnu.so", 3_000)
    _touch(tmp_path / "metrics.py", 2_000)
    source_only = _touch(tmp_path / "context.py", 5_000)
    installed = _touch(tmp_path / "persons.cpython-311-x86_64-linux-gnu.so", 7_000)
    _touch(tmp_path / "persons.py", 7_000.4)  # written by the same install a moment later
    files = {"r.places": so, "r.metrics": fresh, "r.context": source_only, "r.persons": installed}
    assert stale_compiled(files) == ["r.places"]


def test_the_modules_setup_py_compiles_are_the_ones_checked() -> None:
    import ast

    root = Path(__file__).resolve().parent.parent
    tree = ast.parse((root / "setup.py").read_text(encoding="utf-8"))
    patterns = next(ast.literal_eval(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    compiled = {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
                for pattern in patterns for p in root.glob(pattern)}
    assert compiled == set(rule_module_files())
