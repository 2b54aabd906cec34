"""Where bundled assets live: found relative to the project, never by absolute path."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    """The ``models/`` folder (lexicons, trained models, spaCy config).

    ``POLICYKG_MODELS_DIR`` overrides it, e.g. for an installed wheel.
    """
    override = os.environ.get("POLICYKG_MODELS_DIR")
    return Path(override) if override else PROJECT_ROOT / "models"


def lexicon(name: str) -> Path:
    return models_dir() / "lexicons" / name
