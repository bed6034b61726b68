"""The FastAPI app factory. Nothing is built at import time.

The lifespan builds the configured store (no I/O), tries to set up its schema, and
closes it on shutdown. A store that is down at start-up does not stop the app: every
request answers 503 until the store is back (``api.deps.get_store`` retries).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from api.errors import install_error_handlers
from api.routes import actors, events, export, health, ingest, meetings, paths
from api.settings import ApiSettings
from graph.errors import StoreUnavailable
from graph.store import build_store

__all__ = ["create_app"]

logger = logging.getLogger(__name__)


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """Build the API for ``settings`` (read from the environment when omitted)."""
    settings = settings or ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = build_store(settings.store)
        app.state.settings = settings
        app.state.store = store
        app.state.schema_ready = False
        try:
            store.ensure_schema()
            app.state.schema_ready = True
        except StoreUnavailable as exc:
            logger.warning(
                "store unavailable at start-up, answering 503 until it is back: %s", exc
            )
        try:
            yield
        finally:
            store.close()

    app = FastAPIOffline(
        title="diplograph",
        summary="Diplomatic events from news: who met whom, where, when; evidence.",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    for module in (health, meetings, events, actors, paths, ingest, export):
        app.include_router(module.router)
    return app
