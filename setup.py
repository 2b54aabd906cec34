"""Optional compiled build of the rule modules with mypyc (off by default).

The rule stages are plain Python; mypyc compiles the same mypy-clean sources to C
extension modules that give the same facts 1.3-1.7 times faster (docs/quality.md#speed).
It is opt-in because a compiled module sits beside its source and shadows it: a developer
editing ``pipeline/rules/*.py`` after a compiled install would run the old rules
(``policykg.build.stale_compiled`` and ``policykg extract`` warn when that happens).

    POLICYKG_MYPYC=1 pip install --no-build-isolation .   # mypy (the dev extra) must be installed

Everything else (metadata, dependencies, packages) is in pyproject.toml.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# what `extract` spends its time in: the rule stages and the text preparation they run on
# (policykg.build.COMPILED_MODULES names the same modules, to tell which build is loaded)
COMPILED = ("pipeline/rules/*.py", "pipeline/clean.py", "pipeline/sentences.py", "pipeline/document.py")


def _ext_modules() -> list:  # type: ignore[type-arg]
    """The mypyc extensions when POLICYKG_MYPYC=1, else none (the pure-Python default)."""
    if os.environ.get("POLICYKG_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    files = sorted(str(p) for pattern in COMPILED for p in Path().glob(pattern))
    return mypycify(files, opt_level="3")  # type: ignore[no-any-return]


setup(ext_modules=_ext_modules())
