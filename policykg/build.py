"""Which build of the rule modules runs: pure Python, or compiled by mypyc (setup.py).

A compiled module shadows its ``.py`` source: after an edit of the source it still runs
the old rules until it is rebuilt or removed.  This module tells which build is loaded
and which compiled modules are older than their sources, so ``policykg extract`` and the
benchmark can say so instead of silently measuring or extracting with stale rules.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from pathlib import Path

log = logging.getLogger(__name__)

COMPILED_SUFFIXES = (".so", ".pyd")
# an installer writes a wheel's files one after another within a second or so; a source
# edited after a build is newer by far more than this
INSTALL_SLACK_S = 5.0


# the modules setup.py compiles besides pipeline.rules (its COMPILED patterns)
COMPILED_MODULES = ("pipeline.clean", "pipeline.sentences", "pipeline.document")


def rule_module_files() -> dict[str, Path]:
    """Each compiled-build module's loaded file, by module name (a ``.py`` or a compiled extension).

    The rule modules and the text preparation setup.py compiles with them.
    """
    package = importlib.import_module("pipeline.rules")
    files = {package.__name__: Path(str(package.__file__))}
    for info in pkgutil.iter_modules(package.__path__, prefix=package.__name__ + "."):
        module = importlib.import_module(info.name)
        files[info.name] = Path(str(module.__file__))
    for name in COMPILED_MODULES:
        files[name] = Path(str(importlib.import_module(name).__file__))
    return files


def is_compiled(path: Path) -> bool:
    """Whether ``path`` is a compiled extension module rather than Python source."""
    return path.name.endswith(COMPILED_SUFFIXES)


def rules_build() -> str:
    """``"mypyc"`` when every rule module is compiled, ``"python"`` when none is, else ``"mixed"``."""
    compiled = [is_compiled(p) for p in rule_module_files().values()]
    if all(compiled):
        return "mypyc"
    return "mixed" if any(compiled) else "python"


def stale_compiled(files: dict[str, Path]) -> list[str]:
    """Modules whose compiled file is older than the ``.py`` source beside it.

    Such a module runs rules the source no longer says; rebuild (setup.py) or delete it.
    A source newer by less than ``INSTALL_SLACK_S`` was written by the same install.
    """
    stale = []
    for name, path in files.items():
        if not is_compiled(path):
            continue
        source = path.with_name(path.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > path.stat().st_mtime + INSTALL_SLACK_S:
            stale.append(name)
    return sorted(stale)


def warn_if_stale() -> list[str]:
    """Log a warning naming each stale compiled rule module; returns them."""
    stale = stale_compiled(rule_module_files())
    if stale:
        log.warning("compiled rule modules older than their sources (they run the old rules; "
                    "rebuild with POLICYKG_MYPYC=1 pip install --no-build-isolation . or delete "
                    "the .so files): %s", ", ".join(stale))
    return stale
