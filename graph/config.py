"""Store configuration: a plain pydantic model, never read from the environment here.

Settings classes at the edges (``api/settings.py``) nest ``StoreConfig`` and read
``DIPLOGRAPH_STORE__*`` variables. This module must not import ``api`` or ``ingest``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["Backend", "StoreConfig"]


class Backend(StrEnum):
    MEMORY = "memory"
    NEO4J = "neo4j"


class StoreConfig(BaseModel):
    """Which store to open and how.

    ``data_dir`` is used by the embedded (memory) backend; the ``neo4j_*`` fields by the
    Neo4j backend.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    backend: Backend = Backend.MEMORY
    data_dir: Path = Path(".diplograph/data")
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    batch_size: int = Field(default=500, ge=1, le=50_000)
    connect_timeout: float = Field(default=5.0, gt=0)
