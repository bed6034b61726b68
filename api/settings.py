"""Settings read from the environment (``DIPLOGRAPH_*``) and an optional ``.env``.

Only the edges (the API factory and the CLI) read settings; ``graph`` and ``ingest``
receive plain values. Nested fields use ``__``: ``DIPLOGRAPH_STORE__BACKEND=neo4j``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.config import Backend, StoreConfig

__all__ = ["EXAMPLE_PASSWORD", "ApiSettings"]

#: The password shipped in .env.example and docker-compose.yml; refused outside dev.
EXAMPLE_PASSWORD = "diplograph-dev"


class ApiSettings(BaseSettings):
    """Everything the API and CLI need; defaults run the embedded store on loopback."""

    model_config = SettingsConfigDict(
        env_prefix="DIPLOGRAPH_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    env: Literal["dev", "test", "prod"] = "dev"
    store: StoreConfig = StoreConfig()
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    api_key: SecretStr | None = Field(
        default=None, description="when set, write endpoints require X-API-Key"
    )
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _no_example_password_in_prod(self) -> ApiSettings:
        password = self.store.neo4j_password
        if (
            self.env != "dev"
            and self.store.backend is Backend.NEO4J
            and password is not None
            and password.get_secret_value() == EXAMPLE_PASSWORD
        ):
            raise ValueError("the example Neo4j password is only allowed with env=dev")
        return self
