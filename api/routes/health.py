"""``GET /health``: is the store reachable, and how much does it hold."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.schemas import HealthOut
from graph.errors import StoreUnavailable
from graph.store import GraphStore

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut, responses={503: {"model": HealthOut}})
def health(request: Request) -> HealthOut | JSONResponse:
    store: GraphStore = request.app.state.store
    backend = request.app.state.settings.store.backend.value
    try:
        store.ping()
        events = store.stats().events
    except StoreUnavailable as exc:
        body = HealthOut(status="unavailable", backend=backend, detail=str(exc))
        return JSONResponse(status_code=503, content=body.model_dump())
    return HealthOut(status="ok", backend=backend, events=events)
