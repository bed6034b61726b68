"""Request dependencies: the store opened by the lifespan, and the API-key guard."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from api.settings import ApiSettings
from graph.store import GraphStore

__all__ = ["SettingsDep", "StoreDep", "WriteGuard", "get_settings", "get_store"]


def get_store(request: Request) -> GraphStore:
    """The app's store; its schema is (re)tried here if the store was down at start-up.

    Raises:
        StoreUnavailable: still unreachable (mapped to 503).
    """
    state = request.app.state
    if not state.schema_ready:
        state.store.ensure_schema()
        state.schema_ready = True
    store: GraphStore = state.store
    return store


def get_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[ApiSettings, Depends(get_settings)]


def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Writes need ``X-API-Key`` when ``DIPLOGRAPH_API_KEY`` is set."""
    if settings.api_key is None:
        return
    expected = settings.api_key.get_secret_value().encode()
    if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), expected):
        raise HTTPException(status_code=401, detail="missing or wrong X-API-Key")


WriteGuard = Depends(require_api_key)
