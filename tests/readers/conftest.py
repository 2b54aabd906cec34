"""Every test here sees settings read afresh from the environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policykg.settings import get_settings


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Limits come from the environment; tests that change it must see the change."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
