"""``GET /events`` with filters and paging, ``GET /events/{id}`` with evidence."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.filters import EventFilters
from api.schemas import ErrorOut, EventOut, EventPageOut

router = APIRouter(tags=["events"])


@router.get("/events", response_model=EventPageOut)
def list_events(store: StoreDep, query: EventFilters) -> EventPageOut:
    """Events matching every filter; ``actor`` repeated means all of them took part."""
    page = store.find_events(query)
    return EventPageOut.of(page)


@router.get(
    "/events/{event_id}", response_model=EventOut, responses={404: {"model": ErrorOut}}
)
def get_event(store: StoreDep, event_id: str) -> EventOut:
    """One event by id (or by the id of any report merged into it)."""
    return EventOut.of(store.get_event(event_id))
