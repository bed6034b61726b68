"""Map diplograph errors to JSON responses, once, for the whole API.

Every error body has the same shape: ``{"error": <code>, "detail": <message or list>}``.
NotFound -> 404, InvalidQuery and request validation -> 422, StoreUnavailable -> 503.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import DiploGraphError, InvalidQuery, NotFound, StoreUnavailable
from ingest.errors import IngestError

__all__ = ["error_body", "install_error_handlers"]

logger = logging.getLogger(__name__)


def error_body(code: str, detail: object) -> dict[str, object]:
    return {"error": code, "detail": jsonable_encoder(detail)}


def _json(status: int, code: str, detail: object) -> JSONResponse:
    return JSONResponse(status_code=status, content=error_body(code, detail))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _json(404, "not_found", str(exc))

    @app.exception_handler(InvalidQuery)
    async def invalid_query(_: Request, exc: InvalidQuery) -> JSONResponse:
        return _json(422, "invalid_query", str(exc))

    @app.exception_handler(IngestError)
    async def bad_article(_: Request, exc: IngestError) -> JSONResponse:
        return _json(422, "invalid_article", str(exc))

    @app.exception_handler(StoreUnavailable)
    async def unavailable(_: Request, exc: StoreUnavailable) -> JSONResponse:
        logger.warning("store unavailable: %s", exc)
        return _json(503, "store_unavailable", str(exc))

    @app.exception_handler(DiploGraphError)
    async def other(_: Request, exc: DiploGraphError) -> JSONResponse:
        logger.error("unexpected store error: %s", exc)
        return _json(500, "store_error", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "loc": list(e.get("loc", ())),
                "msg": e.get("msg", ""),
                "type": e.get("type"),
            }
            for e in exc.errors()
        ]
        return _json(422, "invalid_request", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed"}
        return _json(
            exc.status_code, code.get(exc.status_code, "http_error"), exc.detail
        )
