"""Configuration in one place; every field can be set as ``POLICYKG_<NAME>``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", extra="ignore")

    store: str = "embedded:" + str(Path.home() / ".policykg" / "store")
    neo4j_user: str = "neo4j"
    neo4j_password: str = "neo4j"
    neo4j_database: str | None = None
    batch_size: int = 500
    hanlp_ner: str | None = None
    segmenter: str = "char"
    api_key: str | None = None
    max_file_bytes: int = 20_000_000
    max_chars: int = 2_000_000
    cypher_timeout_s: float = 10.0
    cypher_row_limit: int = 1000


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
